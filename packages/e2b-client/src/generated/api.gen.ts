// GENERATED FILE, DO NOT EDIT. Source: spec/e2b.yaml. Regenerate with `pnpm generate`.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the service health
         * @description Answers `200` while the service is up. Takes no key.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description Lists the running sessions that belong to the API key.
         */
        get: operations["listSessions"];
        put?: never;
        /**
         * Create a session
         * @description Starts a sandboxed session for a code snippet. The session stops unless it is refreshed
         *     about every 5 seconds. The key is optional: anonymous sessions are allowed for public snippets.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a session
         * @description Stops a session and frees its sandbox.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionID}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a session
         * @description Extends the session's time to live. Call it about every 5 seconds while the session is in
         *     use. `404` means the session is gone and will not come back.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/envs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List environments
         * @description Lists the environments that belong to the API key.
         */
        get: operations["listEnvs"];
        put?: never;
        /**
         * Create an environment
         * @description Creates an environment from a template and returns it with its new ID.
         */
        post: operations["createEnv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/envs/{codeSnippetID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the environment of a code snippet
         * @description Creates the environment that sessions of the given code snippet start from.
         */
        post: operations["createSnippetEnv"];
        /**
         * Delete the environment of a code snippet
         * @description Deletes a code snippet's environment. `400` means it cannot be deleted now, for example while sessions use it.
         */
        delete: operations["deleteSnippetEnv"];
        options?: never;
        head?: never;
        /**
         * Publish the edit environment of a code snippet
         * @description Makes the changes made in an edit session the environment that new sessions of the snippet start from.
         */
        patch: operations["publishSnippetEnv"];
        trace?: never;
    };
    "/envs/{codeSnippetID}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the build state of a code snippet's environment
         * @description Records where the environment's build is; used by the builder.
         */
        put: operations["setSnippetEnvState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/envs/{codeSnippetID}/title": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the title of a code snippet's environment
         * @description Renames the environment; omitting `title` clears it.
         */
        put: operations["setSnippetEnvTitle"];
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
        /** @description The body of every e2b error response. */
        Error: {
            /**
             * Format: int32
             * @description Error code; usually the HTTP status.
             * @example 404
             */
            code: number;
            /**
             * @description Human-readable message.
             * @example session not found
             */
            message: string;
        };
        /** @description What to start a session for. */
        NewSession: {
            /**
             * @description ID of the code snippet the session runs.
             * @example Xhp5IaChEAaq
             */
            codeSnippetID: string;
            /**
             * @description Whether the session may change the snippet's environment (edit mode).
             * @default false
             * @example false
             */
            editEnabled?: boolean;
        };
        /** @description A running sandbox session. */
        Session: {
            /**
             * @description ID of the code snippet the session runs.
             * @example Xhp5IaChEAaq
             */
            codeSnippetID: string;
            /**
             * @description Whether the session is in edit mode.
             * @default false
             * @example false
             */
            editEnabled: boolean;
            /**
             * @description ID of the session; pass it to refresh and delete.
             * @example ipbtb3a6wf3gl3sbsjm7
             */
            sessionID: string;
            /**
             * @description ID of the sandbox host serving the session.
             * @example 7d8a1b42
             */
            clientID: string;
        };
        /**
         * @description A runtime template known to the service.
         * @example Nodejs
         */
        Template: ("Nodejs" | "Go" | "Bash" | "Rust" | "Python3" | "PHP" | "Java" | "Perl" | "DotNET") | (string & {});
        /** @description What to create an environment from. */
        NewEnvironment: {
            template: components["schemas"]["Template"];
            /**
             * @description Display title of the environment.
             * @example Express server
             */
            title?: string;
        };
        /** @description An environment sessions start from. */
        Environment: {
            /**
             * @description ID of the environment (the code snippet's ID for snippet environments).
             * @example Xhp5IaChEAaq
             */
            id: string;
            template?: components["schemas"]["Template"];
            /**
             * @description Display title of the environment.
             * @example Express server
             */
            title?: string;
        };
        /**
         * @description Where the environment's build is. `Done` and `Failed` are final for one build.
         * @example Done
         * @enum {string}
         */
        EnvironmentState: "Building" | "Failed" | "Done";
        /** @description The new build state. */
        EnvironmentStateUpdate: {
            state: components["schemas"]["EnvironmentState"];
        };
        /** @description The new title; omit `title` to clear it. */
        EnvironmentTitleUpdate: {
            /**
             * @description Display title of the environment.
             * @example Express server
             */
            title?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description ID of the session.
         * @example ipbtb3a6wf3gl3sbsjm7
         */
        SessionID: string;
        /**
         * @description ID of the code snippet whose environment to act on.
         * @example Xhp5IaChEAaq
         */
        CodeSnippetID: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "codeSnippetID": "Xhp5IaChEAaq",
                     *         "editEnabled": false,
                     *         "sessionID": "ipbtb3a6wf3gl3sbsjm7",
                     *         "clientID": "7d8a1b42"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Session"][];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSession"];
            };
        };
        responses: {
            /** @description The session was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "codeSnippetID": "Xhp5IaChEAaq",
                     *       "editEnabled": false,
                     *       "sessionID": "ipbtb3a6wf3gl3sbsjm7",
                     *       "clientID": "7d8a1b42"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The body is not a valid new session. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 400,
                     *       "message": "codeSnippetID is required"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the session.
                 * @example ipbtb3a6wf3gl3sbsjm7
                 */
                sessionID: components["parameters"]["SessionID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such session. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 404,
                     *       "message": "session ipbtb3a6wf3gl3sbsjm7 not found"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the session.
                 * @example ipbtb3a6wf3gl3sbsjm7
                 */
                sessionID: components["parameters"]["SessionID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's time to live was extended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session is gone (it expired or was deleted); refreshing it again will not help. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 404,
                     *       "message": "session ipbtb3a6wf3gl3sbsjm7 not found"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEnvs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "Xhp5IaChEAaq",
                     *         "template": "Nodejs",
                     *         "title": "Express server"
                     *       },
                     *       {
                     *         "id": "2sZ9BGkeGCmR",
                     *         "template": "Python3"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Environment"][];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEnv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template": "Nodejs",
                 *       "title": "Express server"
                 *     }
                 */
                "application/json": components["schemas"]["NewEnvironment"];
            };
        };
        responses: {
            /** @description The environment was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "Xhp5IaChEAaq",
                     *       "template": "Nodejs",
                     *       "title": "Express server"
                     *     }
                     */
                    "application/json": components["schemas"]["Environment"];
                };
            };
            /** @description The body is not a valid new environment. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 400,
                     *       "message": "unknown template \"Cobol\""
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSnippetEnv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the code snippet whose environment to act on.
                 * @example Xhp5IaChEAaq
                 */
                codeSnippetID: components["parameters"]["CodeSnippetID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template": "Python3",
                 *       "title": "Data cleaning"
                 *     }
                 */
                "application/json": components["schemas"]["NewEnvironment"];
            };
        };
        responses: {
            /** @description The environment was created. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not a valid new environment, or the snippet already has one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 400,
                     *       "message": "environment for code snippet Xhp5IaChEAaq already exists"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSnippetEnv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the code snippet whose environment to act on.
                 * @example Xhp5IaChEAaq
                 */
                codeSnippetID: components["parameters"]["CodeSnippetID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The environment cannot be deleted now, for example while sessions use it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 400,
                     *       "message": "environment is in use by running sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The code snippet has no environment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 404,
                     *       "message": "environment for code snippet Xhp5IaChEAaq not found"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publishSnippetEnv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the code snippet whose environment to act on.
                 * @example Xhp5IaChEAaq
                 */
                codeSnippetID: components["parameters"]["CodeSnippetID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edit environment was published. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The code snippet has no edit environment to publish. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 404,
                     *       "message": "edit environment for code snippet Xhp5IaChEAaq not found"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSnippetEnvState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the code snippet whose environment to act on.
                 * @example Xhp5IaChEAaq
                 */
                codeSnippetID: components["parameters"]["CodeSnippetID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "state": "Done"
                 *     }
                 */
                "application/json": components["schemas"]["EnvironmentStateUpdate"];
            };
        };
        responses: {
            /** @description The state was recorded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The state is not one of Building, Failed or Done. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 400,
                     *       "message": "unknown state \"Paused\""
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSnippetEnvTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the code snippet whose environment to act on.
                 * @example Xhp5IaChEAaq
                 */
                codeSnippetID: components["parameters"]["CodeSnippetID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Express server"
                 *     }
                 */
                "application/json": components["schemas"]["EnvironmentTitleUpdate"];
            };
        };
        responses: {
            /** @description The title was changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not a valid title update. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 400,
                     *       "message": "title must be a string"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 401,
                     *       "message": "invalid API key"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The service failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 500,
                     *       "message": "internal server error"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
