// GENERATED FILE, DO NOT EDIT. Source: spec/e2b-volume.yaml. Regenerate with `pnpm generate`.
export interface paths {
    "/volumecontent/{volumeID}/dir": {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        /**
         * List a directory
         * @description Lists the entries under a directory, `depth` levels deep (1 by default: its children).
         */
        get: operations["listVolumeDir"];
        put?: never;
        /**
         * Create a directory
         * @description Creates a directory with the given owner and mode. With `force`, missing parents are
         *     created too; without it, a missing parent is a `404`.
         */
        post: operations["makeVolumeDir"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumecontent/{volumeID}/path": {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        /**
         * Get an entry
         * @description Returns what the volume knows of a file, directory or symlink.
         */
        get: operations["getVolumeEntry"];
        put?: never;
        post?: never;
        /**
         * Remove an entry
         * @description Removes a file, a symlink, or a directory with everything under it.
         */
        delete: operations["removeVolumeEntry"];
        options?: never;
        head?: never;
        /**
         * Change an entry's owner or mode
         * @description Sets the fields given and keeps the others.
         */
        patch: operations["updateVolumeEntry"];
        trace?: never;
    };
    "/volumecontent/{volumeID}/file": {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        /**
         * Read a file
         * @description Answers the file's bytes.
         */
        get: operations["readVolumeFile"];
        /**
         * Write a file
         * @description Writes the request body as the file, creating it with the given owner and mode. An existing
         *     file is replaced only with `force`. The parent directory must exist.
         */
        put: operations["writeVolumeFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of every error answer. */
        Error: {
            /**
             * @description A short code of the failure.
             * @example not_found
             */
            code: string;
            /**
             * @description What went wrong.
             * @example path /data/train.csv not found
             */
            message: string;
        };
        /**
         * Format: uint32
         * @description An unsigned 32-bit integer.
         */
        Uint32: number;
        /** @description What kind of entry it is. */
        VolumeEntryType: ("unknown" | "file" | "directory" | "symlink") | (string & {});
        /** @description A file, directory or symlink of the volume. */
        VolumeEntryStat: {
            /** @description Last segment of the path. */
            name: string;
            type: components["schemas"]["VolumeEntryType"];
            /** @description Absolute path within the volume. */
            path: string;
            /**
             * Format: int64
             * @description Size in bytes.
             */
            size: number;
            mode: components["schemas"]["Uint32"];
            uid: components["schemas"]["Uint32"];
            gid: components["schemas"]["Uint32"];
            /**
             * Format: date-time
             * @description Last access.
             */
            atime: string;
            /**
             * Format: date-time
             * @description Last change of the content.
             */
            mtime: string;
            /**
             * Format: date-time
             * @description Last change of the entry (content, owner or mode).
             */
            ctime: string;
            /** @description What a symlink points to; absent for other entries. */
            target?: string;
        };
        /** @description The entries under a directory. */
        VolumeDirectoryListing: components["schemas"]["VolumeEntryStat"][];
        /** @description The owner and mode to set; fields left out are kept. */
        VolumeMetadata: {
            uid?: components["schemas"]["Uint32"];
            gid?: components["schemas"]["Uint32"];
            mode?: components["schemas"]["Uint32"];
        };
    };
    responses: {
        /** @description A parameter is missing or invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "400",
                 *       "message": "path is required"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is missing, invalid or for another volume. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "message": "invalid volume token"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No entry (or no parent directory) at that path. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "path /data/train.csv not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service failed. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "internal",
                 *       "message": "internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of the volume.
         * @example vol_3f9a1e5c2b4e8d9a
         */
        volumeID: string;
        /**
         * @description Absolute path of the entry within the volume.
         * @example /data/train.csv
         */
        path: string;
        /**
         * @description Owner's user ID.
         * @example 1000
         */
        uid: components["schemas"]["Uint32"];
        /**
         * @description Owner's group ID.
         * @example 1000
         */
        gid: components["schemas"]["Uint32"];
        /**
         * @description Permission bits, as a number (`0o644` is 420).
         * @example 420
         */
        mode: components["schemas"]["Uint32"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listVolumeDir: {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
                /**
                 * @description How many levels to descend; 1 lists the directory's children only.
                 * @example 1
                 */
                depth?: number;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries under the directory. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "name": "train.csv",
                     *         "type": "file",
                     *         "path": "/data/train.csv",
                     *         "size": 1048576,
                     *         "mode": 420,
                     *         "uid": 1000,
                     *         "gid": 1000,
                     *         "atime": "2026-11-30T09:12:44Z",
                     *         "mtime": "2026-11-30T09:12:44Z",
                     *         "ctime": "2026-11-30T09:12:44Z"
                     *       },
                     *       {
                     *         "name": "images",
                     *         "type": "directory",
                     *         "path": "/data/images",
                     *         "size": 4096,
                     *         "mode": 2147484141,
                     *         "uid": 1000,
                     *         "gid": 1000,
                     *         "atime": "2026-11-29T17:03:10Z",
                     *         "mtime": "2026-11-29T17:03:10Z",
                     *         "ctime": "2026-11-29T17:03:10Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["VolumeDirectoryListing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    makeVolumeDir: {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
                /**
                 * @description Owner's user ID.
                 * @example 1000
                 */
                uid?: components["parameters"]["uid"];
                /**
                 * @description Owner's group ID.
                 * @example 1000
                 */
                gid?: components["parameters"]["gid"];
                /**
                 * @description Permission bits, as a number (`0o644` is 420).
                 * @example 420
                 */
                mode?: components["parameters"]["mode"];
                /**
                 * @description Create missing parent directories.
                 * @example true
                 */
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directory. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "images",
                     *       "type": "directory",
                     *       "path": "/data/images",
                     *       "size": 4096,
                     *       "mode": 2147484141,
                     *       "uid": 1000,
                     *       "gid": 1000,
                     *       "atime": "2026-11-29T17:03:10Z",
                     *       "mtime": "2026-11-29T17:03:10Z",
                     *       "ctime": "2026-11-29T17:03:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VolumeEntryStat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    getVolumeEntry: {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "train.csv",
                     *       "type": "file",
                     *       "path": "/data/train.csv",
                     *       "size": 1048576,
                     *       "mode": 420,
                     *       "uid": 1000,
                     *       "gid": 1000,
                     *       "atime": "2026-11-30T09:12:44Z",
                     *       "mtime": "2026-11-30T09:12:44Z",
                     *       "ctime": "2026-11-30T09:12:44Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VolumeEntryStat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    removeVolumeEntry: {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    updateVolumeEntry: {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": 384
                 *     }
                 */
                "application/json": components["schemas"]["VolumeMetadata"];
            };
        };
        responses: {
            /** @description The entry as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "train.csv",
                     *       "type": "file",
                     *       "path": "/data/train.csv",
                     *       "size": 1048576,
                     *       "mode": 384,
                     *       "uid": 1000,
                     *       "gid": 1000,
                     *       "atime": "2026-11-30T09:12:44Z",
                     *       "mtime": "2026-11-30T09:12:44Z",
                     *       "ctime": "2026-11-30T10:01:02Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VolumeEntryStat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    readVolumeFile: {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id,label
                     *     1,cat
                     */
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    writeVolumeFile: {
        parameters: {
            query: {
                /**
                 * @description Absolute path of the entry within the volume.
                 * @example /data/train.csv
                 */
                path: components["parameters"]["path"];
                /**
                 * @description Owner's user ID.
                 * @example 1000
                 */
                uid?: components["parameters"]["uid"];
                /**
                 * @description Owner's group ID.
                 * @example 1000
                 */
                gid?: components["parameters"]["gid"];
                /**
                 * @description Permission bits, as a number (`0o644` is 420).
                 * @example 420
                 */
                mode?: components["parameters"]["mode"];
                /**
                 * @description Replace the file if it exists.
                 * @example true
                 */
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the volume.
                 * @example vol_3f9a1e5c2b4e8d9a
                 */
                volumeID: components["parameters"]["volumeID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example id,label
                 *     1,cat
                 */
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The file as written. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "train.csv",
                     *       "type": "file",
                     *       "path": "/data/train.csv",
                     *       "size": 14,
                     *       "mode": 420,
                     *       "uid": 1000,
                     *       "gid": 1000,
                     *       "atime": "2026-11-30T09:12:44Z",
                     *       "mtime": "2026-11-30T09:12:44Z",
                     *       "ctime": "2026-11-30T09:12:44Z"
                     *     }
                     */
                    "application/json": components["schemas"]["VolumeEntryStat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
}
