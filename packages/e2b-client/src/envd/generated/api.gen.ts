// GENERATED FILE, DO NOT EDIT. Source: spec/e2b-envd.yaml. Regenerate with `pnpm generate`.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check envd's health
         * @description Answers `204` while envd is up. Takes no token.
         */
        get: operations["getEnvdHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the sandbox's resource use
         * @description The sandbox's CPU, memory and disk use now (snake_case, as envd writes them).
         */
        get: operations["getEnvdMetrics"];
        put?: never;
        post?: never;
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
         * Read the sandbox's environment variables
         * @description The environment variables commands start with, unless a call sets its own.
         */
        get: operations["getEnvdEnvs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a file
         * @description Answers the file's bytes. Takes the access token, or a signed URL's `signature` (see `uploadUrl`/`downloadUrl` of the client). With `Accept-Encoding: gzip`, envd may compress the answer.
         */
        get: operations["readFile"];
        put?: never;
        /**
         * Write files
         * @description Writes one or more files, creating their parent directories; an existing file is replaced. As `multipart/form-data`, each part named `file` is a file whose `filename` is its path (several per request). As `application/octet-stream` (envd 0.5.7+), the body is one file's bytes, written to `path`, possibly `Content-Encoding: gzip`. Headers `X-Metadata-<key>: <value>` (envd 0.6.2+) set the files' metadata, replacing what they had.
         */
        post: operations["writeFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/compose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Concatenate files into one
         * @description Writes the sources, in order, into `destination` and deletes them (parts of a large upload, for example).
         */
        post: operations["composeFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/Stat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe an entry
         * @description Returns what envd knows of a file, directory or symlink; a missing one is `not_found`.
         */
        post: operations["stat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/MakeDir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a directory
         * @description Creates a directory and its missing parents; an existing one is `already_exists`.
         */
        post: operations["makeDir"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/Move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename or move an entry
         * @description Moves `source` to `destination`, replacing what is there.
         */
        post: operations["move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/ListDir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a directory
         * @description Lists the entries under a directory, `depth` levels deep (0 is taken as 1).
         */
        post: operations["listDir"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/Remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove an entry
         * @description Removes a file, a symlink, or a directory with everything under it.
         */
        post: operations["remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/WatchDir": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Watch a directory
         * @description Streams the changes under a directory as they happen: a `start` event once the watch is set, then `filesystem` events, and `keepalive` events when nothing happens for `Keepalive-Ping-Interval` seconds.
         */
        post: operations["watchDir"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/CreateWatcher": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a polled watch
         * @description Starts a watch whose events `GetWatcherEvents` collects (for clients that cannot hold a stream).
         */
        post: operations["createWatcher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/GetWatcherEvents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Collect a polled watch's events
         * @description Returns the events since the last collection.
         */
        post: operations["getWatcherEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem.Filesystem/RemoveWatcher": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a polled watch
         * @description Stops the watch and drops its events.
         */
        post: operations["removeWatcher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process.Process/List": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List running processes
         * @description The processes envd started that still run.
         */
        post: operations["listProcesses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process.Process/Start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a process and stream its output
         * @description Starts a process and streams its events: `start` with its `pid` first, then `data` (stdout, stderr or PTY bytes, base64) and `keepalive` events, then `end` with its exit code (left out when 0). The stream lasts as long as the process: `Connect-Timeout-Ms`, when sent, ends the process at that deadline.
         */
        post: operations["startProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process.Process/Connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stream a running process's output
         * @description Streams the events of a process already running, from now on, as `Start` does.
         */
        post: operations["connectProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process.Process/Update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resize a process's terminal
         * @description Sets the size of a PTY process's terminal.
         */
        post: operations["updateProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process.Process/StreamInput": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stream input to a process
         * @description A client stream: the request body is a sequence of Connect envelopes (a `start` naming the process, then `data` and `keepalive` messages), ended by closing the body; the answer is one envelope with an empty message. Not every runtime's `fetch` can stream a request body, so clients (this one and the official SDK) send input with `SendInput` instead.
         */
        post: operations["streamInput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process.Process/SendInput": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send input to a process
         * @description Writes bytes to a process's stdin (or its PTY).
         */
        post: operations["sendInput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process.Process/SendSignal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signal a process
         * @description Sends `SIGTERM` or `SIGKILL`; an unknown process is `not_found`.
         */
        post: operations["sendSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/process.Process/CloseStdin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a process's stdin
         * @description Sends end-of-file to a process's stdin (envd 0.5.2+; not for PTY processes, which take Ctrl-D as input).
         */
        post: operations["closeStdin"];
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
        /** @description The error body of envd's REST operations. */
        Error: {
            /** @description What went wrong. */
            message: string;
            /** @description The HTTP status, repeated. */
            code: number;
        };
        /** @description What e2b's edge proxy answers when no sandbox (or no open port) serves the host. */
        SandboxNotFoundBody: {
            /** @description The sandbox asked for. */
            sandboxId?: string;
            /** @description "The sandbox was not found", or "The sandbox is running but port is not open". */
            message: string;
            /** @description 502. */
            code: number;
        };
        /** @description A Connect error code. */
        ConnectCode: ("canceled" | "unknown" | "invalid_argument" | "deadline_exceeded" | "not_found" | "already_exists" | "permission_denied" | "resource_exhausted" | "failed_precondition" | "aborted" | "out_of_range" | "unimplemented" | "internal" | "unavailable" | "data_loss" | "unauthenticated") | (string & {});
        /** @description A failed Connect call, in a unary answer's body or an end-of-stream's `error`. */
        ConnectError: {
            code?: components["schemas"]["ConnectCode"];
            /** @description What went wrong. */
            message?: string;
            /** @description Typed details (`{type, value}`, value base64), for clients that know the type. */
            details?: {
                /** @description Protobuf type name of the detail. */
                type?: string;
                /** @description The detail's protobuf bytes. */
                value?: string;
            }[];
        };
        /** @description The message of a stream's last envelope (flag 0x02); `{}` when the call succeeded. */
        ConnectEndOfStream: {
            error?: components["schemas"]["ConnectError"];
            /** @description Trailers, each a list of values. */
            metadata?: {
                [key: string]: string[];
            };
        };
        /** @description A message without fields. */
        Empty: Record<string, never>;
        /** @description A 64-bit integer, as text (proto3's JSON mapping). */
        Int64: string;
        /** @description Bytes, base64-encoded (proto3's JSON mapping). */
        Bytes: string;
        /** @description The sandbox's resource use. */
        Metrics: {
            /**
             * Format: int64
             * @description Unix seconds of the sandbox's clock.
             */
            ts?: number;
            /** @description CPU cores. */
            cpu_count?: number;
            /**
             * Format: float
             * @description CPU use, in percent.
             */
            cpu_used_pct?: number;
            /** @description Memory, in bytes. */
            mem_total?: number;
            /** @description Memory used, in bytes. */
            mem_used?: number;
            /** @description Page cache, in bytes. */
            mem_cache?: number;
            /** @description Memory, in MiB. */
            mem_total_mib?: number;
            /** @description Memory used, in MiB. */
            mem_used_mib?: number;
            /** @description Disk used, in bytes. */
            disk_used?: number;
            /** @description Disk, in bytes. */
            disk_total?: number;
        };
        /** @description Environment variables by name. */
        EnvVars: {
            [key: string]: string;
        };
        /** @description The files of a multipart write, each a part named `file` whose filename is its path (the part repeats, once per file). */
        FileParts: {
            /** @description A file's bytes. */
            file?: string;
        };
        /** @description A file envd wrote. */
        WriteInfo: {
            /** @description Last segment of the path. */
            name: string;
            /** @description Always `file`. */
            type: "file" | (string & {});
            /** @description Absolute path. */
            path: string;
            /** @description The file's metadata (set with `X-Metadata-*` headers). */
            metadata?: {
                [key: string]: string;
            };
        };
        /** @description Files to concatenate. */
        ComposeRequest: {
            /** @description The sources, in order; deleted once written. */
            source_paths: string[];
            /** @description The file to write. */
            destination: string;
            /** @description The user the file belongs to and relative paths start from. */
            username?: string;
        };
        /** @description What kind of entry it is. */
        FileType: ("FILE_TYPE_UNSPECIFIED" | "FILE_TYPE_FILE" | "FILE_TYPE_DIRECTORY" | "FILE_TYPE_SYMLINK") | (string & {});
        /** @description A file, directory or symlink. Every field may be left out when it holds its default value. */
        EntryInfo: {
            /** @description Last segment of the path. */
            name?: string;
            type?: components["schemas"]["FileType"];
            /** @description Absolute path. */
            path?: string;
            size?: components["schemas"]["Int64"];
            /**
             * Format: uint32
             * @description Mode bits, with the file type's.
             */
            mode?: number;
            /** @description Permissions as `ls -l` shows them. */
            permissions?: string;
            /** @description Owner's user name. */
            owner?: string;
            /** @description Owner's group name. */
            group?: string;
            /**
             * Format: date-time
             * @description Last change of the content.
             */
            modifiedTime?: string;
            /** @description What a symlink points to. */
            symlinkTarget?: string;
            /** @description The file's metadata, from its writes' `X-Metadata-*` headers. */
            metadata?: {
                [key: string]: string;
            };
        };
        /** @description The entry to describe. */
        StatRequest: {
            /** @description Path of the entry. */
            path?: string;
        };
        /** @description The entry. */
        StatResponse: {
            entry?: components["schemas"]["EntryInfo"];
        };
        /** @description The directory to create. */
        MakeDirRequest: {
            /** @description Path of the directory. */
            path?: string;
        };
        /** @description The directory created. */
        MakeDirResponse: {
            entry?: components["schemas"]["EntryInfo"];
        };
        /** @description What to move, and where. */
        MoveRequest: {
            /** @description Path of the entry. */
            source?: string;
            /** @description Its new path. */
            destination?: string;
        };
        /** @description The entry at its new path. */
        MoveResponse: {
            entry?: components["schemas"]["EntryInfo"];
        };
        /** @description The directory to list. */
        ListDirRequest: {
            /** @description Path of the directory. */
            path?: string;
            /**
             * Format: uint32
             * @description Levels to descend (0 and 1 list its children).
             */
            depth?: number;
        };
        /** @description The entries under the directory. */
        ListDirResponse: {
            /** @description The entries. */
            entries?: components["schemas"]["EntryInfo"][];
        };
        /** @description The entry to remove. */
        RemoveRequest: {
            /** @description Path of the entry. */
            path?: string;
        };
        /** @description The directory to watch. */
        WatchDirRequest: {
            /** @description Path of the directory. */
            path?: string;
            /** @description Watch its subdirectories too. */
            recursive?: boolean;
            /** @description Give each event the entry it is about, when it can still be read. */
            includeEntry?: boolean;
        };
        /** @description What happened to an entry. */
        EventType: ("EVENT_TYPE_UNSPECIFIED" | "EVENT_TYPE_CREATE" | "EVENT_TYPE_WRITE" | "EVENT_TYPE_REMOVE" | "EVENT_TYPE_RENAME" | "EVENT_TYPE_CHMOD") | (string & {});
        /** @description A change under a watched directory. */
        FilesystemEvent: {
            /** @description Path of the entry, relative to the watched directory. */
            name?: string;
            type?: components["schemas"]["EventType"];
            entry?: components["schemas"]["EntryInfo"];
        };
        /** @description One message of a watch; exactly one member is present. */
        WatchDirResponse: {
            start?: components["schemas"]["Empty"];
            filesystem?: components["schemas"]["FilesystemEvent"];
            keepalive?: components["schemas"]["Empty"];
        };
        /** @description The directory to watch. */
        CreateWatcherRequest: {
            /** @description Path of the directory. */
            path?: string;
            /** @description Watch its subdirectories too. */
            recursive?: boolean;
            /** @description Give each event the entry it is about. */
            includeEntry?: boolean;
        };
        /** @description The watch started. */
        CreateWatcherResponse: {
            /** @description ID of the watch. */
            watcherId?: string;
        };
        /** @description The watch to collect. */
        GetWatcherEventsRequest: {
            /** @description ID of the watch. */
            watcherId?: string;
        };
        /** @description The events since the last collection. */
        GetWatcherEventsResponse: {
            /** @description The events, oldest first. */
            events?: components["schemas"]["FilesystemEvent"][];
        };
        /** @description The watch to stop. */
        RemoveWatcherRequest: {
            /** @description ID of the watch. */
            watcherId?: string;
        };
        /** @description What a process runs. */
        ProcessConfig: {
            /** @description The executable. */
            cmd?: string;
            /** @description Its arguments. */
            args?: string[];
            /** @description Environment variables added to the sandbox's. */
            envs?: {
                [key: string]: string;
            };
            /** @description Working directory; the user's home when left out. */
            cwd?: string;
        };
        /** @description A running process. */
        ProcessInfo: {
            config?: components["schemas"]["ProcessConfig"];
            /**
             * Format: uint32
             * @description Its process ID.
             */
            pid?: number;
            /** @description The tag it was started with. */
            tag?: string;
        };
        /** @description The running processes. */
        ListResponse: {
            /** @description The processes. */
            processes?: components["schemas"]["ProcessInfo"][];
        };
        /** @description A pseudo-terminal for the process. */
        PTY: {
            /** @description The terminal's size. */
            size?: {
                /**
                 * Format: uint32
                 * @description Columns.
                 */
                cols?: number;
                /**
                 * Format: uint32
                 * @description Rows.
                 */
                rows?: number;
            };
        };
        /** @description A process, by `pid` or by `tag` (one of them). */
        ProcessSelector: {
            /**
             * Format: uint32
             * @description Its process ID.
             */
            pid?: number;
            /** @description The tag it was started with. */
            tag?: string;
        };
        /** @description The process to start. */
        StartRequest: {
            process?: components["schemas"]["ProcessConfig"];
            pty?: components["schemas"]["PTY"];
            /** @description A tag to find the process by. */
            tag?: string;
            /** @description Keep its stdin open for `SendInput` (envd takes true when left out; the official SDK sends false). */
            stdin?: boolean;
        };
        /** @description One event of a process; exactly one member is present. */
        ProcessEvent: {
            /** @description The process started. */
            start?: {
                /**
                 * Format: uint32
                 * @description Its process ID.
                 */
                pid?: number;
            };
            /** @description Output; exactly one member is present. */
            data?: {
                stdout?: components["schemas"]["Bytes"];
                stderr?: components["schemas"]["Bytes"];
                pty?: components["schemas"]["Bytes"];
            };
            /** @description The process ended. */
            end?: {
                /**
                 * Format: int32
                 * @description Its exit code; left out when 0.
                 */
                exitCode?: number;
                /** @description Whether it exited (rather than being killed by a signal). */
                exited?: boolean;
                /** @description How it ended, as text (`exit status 1`, `signal: killed`). */
                status?: string;
                /** @description What went wrong, when envd could not run it. */
                error?: string;
            };
            keepalive?: components["schemas"]["Empty"];
        };
        /** @description One message of a started process's stream. */
        StartResponse: {
            event?: components["schemas"]["ProcessEvent"];
        };
        /** @description The process to follow. */
        ConnectRequest: {
            process?: components["schemas"]["ProcessSelector"];
        };
        /** @description One message of a followed process's stream. */
        ConnectResponse: {
            event?: components["schemas"]["ProcessEvent"];
        };
        /** @description The process and its terminal's new size. */
        UpdateRequest: {
            process?: components["schemas"]["ProcessSelector"];
            pty?: components["schemas"]["PTY"];
        };
        /** @description Input for a process; one of `stdin` and `pty`. */
        ProcessInput: {
            stdin?: components["schemas"]["Bytes"];
            pty?: components["schemas"]["Bytes"];
        };
        /** @description Input for a process. */
        SendInputRequest: {
            process?: components["schemas"]["ProcessSelector"];
            input?: components["schemas"]["ProcessInput"];
        };
        /** @description One message of an input stream; exactly one member is present. */
        StreamInputRequest: {
            /** @description The process the stream is for (first message). */
            start?: {
                process?: components["schemas"]["ProcessSelector"];
            };
            /** @description Input. */
            data?: {
                input?: components["schemas"]["ProcessInput"];
            };
            keepalive?: components["schemas"]["Empty"];
        };
        /**
         * @description A signal for a process.
         * @enum {string}
         */
        Signal: "SIGNAL_UNSPECIFIED" | "SIGNAL_SIGTERM" | "SIGNAL_SIGKILL";
        /** @description The process and the signal. */
        SendSignalRequest: {
            process?: components["schemas"]["ProcessSelector"];
            signal?: components["schemas"]["Signal"];
        };
        /** @description The process whose stdin to close. */
        CloseStdinRequest: {
            process?: components["schemas"]["ProcessSelector"];
        };
    };
    responses: {
        /** @description A field of the request is not valid (`invalid_argument`). */
        ConnectInvalidArgument: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_argument",
                 *       "message": "path must not be empty"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectError"];
            };
        };
        /** @description The access token is missing or wrong, or the user does not exist (`unauthenticated`). */
        ConnectUnauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthenticated",
                 *       "message": "invalid access token"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectError"];
            };
        };
        /** @description No such entry or process (`not_found`). */
        ConnectNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "file not found: stat /home/user/nope: no such file or directory"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectError"];
            };
        };
        /** @description The entry exists already (`already_exists`). */
        ConnectAlreadyExists: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "already_exists",
                 *       "message": "directory /home/user/data already exists"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectError"];
            };
        };
        /** @description envd failed (`internal`). */
        ConnectInternal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "internal",
                 *       "message": "error reading directory: permission denied"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectError"];
            };
        };
        /** @description The access token (or signature) is missing or wrong, or the user does not exist. */
        RestUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 401,
                 *       "message": "invalid access token"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description e2b's edge proxy found no running sandbox (or no open port) for the host. */
        SandboxNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "sandboxId": "ixq3wq7z4m1o8ka2bd6nc",
                 *       "message": "The sandbox was not found",
                 *       "code": 502
                 *     }
                 */
                "application/json": components["schemas"]["SandboxNotFoundBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The Connect protocol's version.
         * @example 1
         */
        ConnectProtocolVersion: "1";
        /**
         * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
         * @example 60000
         */
        ConnectTimeoutMs: number;
        /**
         * @description Seconds between the `keepalive` messages envd writes on a quiet stream (90 by default).
         * @example 50
         */
        KeepalivePingInterval: number;
        /**
         * @description The sandbox a request to the shared host is for.
         * @example ixq3wq7z4m1o8ka2bd6nc
         */
        SandboxIdHeader: string;
        /**
         * @description The sandbox's port a request to the shared host is for (envd's is 49983).
         * @example 49983
         */
        SandboxPortHeader: number;
        /**
         * @description Path of the file; relative to the user's home directory unless absolute. Required for an octet-stream write.
         * @example /home/user/main.py
         */
        FilePath: string;
        /**
         * @description The user the file belongs to and relative paths start from; the template's default user when left out.
         * @example user
         */
        Username: string;
        /**
         * @description A signed URL's signature, in place of the access token.
         * @example v1_Hh5wHfQrmFJ0jy0N2mFv7Qq3bjz3bKF0q0Yy5NfZ1xk
         */
        Signature: string;
        /**
         * @description Unix seconds after which the signature is refused; only with `signature`.
         * @example 1795857302
         */
        SignatureExpiration: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getEnvdHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description envd is up. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            502: components["responses"]["SandboxNotFound"];
        };
    };
    getEnvdMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resource use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ts": 1795853702,
                     *       "cpu_count": 2,
                     *       "cpu_used_pct": 12.5,
                     *       "mem_total": 536870912,
                     *       "mem_used": 134217728,
                     *       "mem_cache": 33554432,
                     *       "mem_total_mib": 512,
                     *       "mem_used_mib": 128,
                     *       "disk_used": 1073741824,
                     *       "disk_total": 2147483648
                     *     }
                     */
                    "application/json": components["schemas"]["Metrics"];
                };
            };
            401: components["responses"]["RestUnauthorized"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    getEnvdEnvs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "HOME": "/home/user",
                     *       "LANG": "C.UTF-8"
                     *     }
                     */
                    "application/json": components["schemas"]["EnvVars"];
                };
            };
            401: components["responses"]["RestUnauthorized"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    readFile: {
        parameters: {
            query?: {
                /**
                 * @description Path of the file; relative to the user's home directory unless absolute. Required for an octet-stream write.
                 * @example /home/user/main.py
                 */
                path?: components["parameters"]["FilePath"];
                /**
                 * @description The user the file belongs to and relative paths start from; the template's default user when left out.
                 * @example user
                 */
                username?: components["parameters"]["Username"];
                /**
                 * @description A signed URL's signature, in place of the access token.
                 * @example v1_Hh5wHfQrmFJ0jy0N2mFv7Qq3bjz3bKF0q0Yy5NfZ1xk
                 */
                signature?: components["parameters"]["Signature"];
                /**
                 * @description Unix seconds after which the signature is refused; only with `signature`.
                 * @example 1795857302
                 */
                signature_expiration?: components["parameters"]["SignatureExpiration"];
            };
            header?: never;
            path?: never;
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
                    /** @example print('hello') */
                    "application/octet-stream": string;
                };
            };
            /** @description The path is not valid (a directory, or outside the file system). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "path '/home/user' is a directory",
                     *       "code": 400
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["RestUnauthorized"];
            /** @description No file at that path. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "path '/home/user/missing.txt' does not exist",
                     *       "code": 404
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The encoding asked for in `Accept-Encoding` is not supported. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "unsupported encoding: compress",
                     *       "code": 406
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description envd failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "error opening file '/home/user/file.txt': permission denied",
                     *       "code": 500
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            502: components["responses"]["SandboxNotFound"];
        };
    };
    writeFiles: {
        parameters: {
            query?: {
                /**
                 * @description Path of the file; relative to the user's home directory unless absolute. Required for an octet-stream write.
                 * @example /home/user/main.py
                 */
                path?: components["parameters"]["FilePath"];
                /**
                 * @description The user the file belongs to and relative paths start from; the template's default user when left out.
                 * @example user
                 */
                username?: components["parameters"]["Username"];
                /**
                 * @description A signed URL's signature, in place of the access token.
                 * @example v1_Hh5wHfQrmFJ0jy0N2mFv7Qq3bjz3bKF0q0Yy5NfZ1xk
                 */
                signature?: components["parameters"]["Signature"];
                /**
                 * @description Unix seconds after which the signature is refused; only with `signature`.
                 * @example 1795857302
                 */
                signature_expiration?: components["parameters"]["SignatureExpiration"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example print('hello') */
                "application/octet-stream": string;
                "multipart/form-data": components["schemas"]["FileParts"];
            };
        };
        responses: {
            /** @description What was written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "name": "main.py",
                     *         "type": "file",
                     *         "path": "/home/user/main.py"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["WriteInfo"][];
                };
            };
            /** @description A path is not valid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "path '/home/user' is a directory",
                     *       "code": 400
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["RestUnauthorized"];
            /** @description envd failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "error creating file '/etc/x': permission denied",
                     *       "code": 500
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            502: components["responses"]["SandboxNotFound"];
            /** @description The sandbox's disk is full. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "not enough disk space",
                     *       "code": 507
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    composeFiles: {
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
                 *       "source_paths": [
                 *         "/tmp/part-0",
                 *         "/tmp/part-1"
                 *       ],
                 *       "destination": "/home/user/big.bin"
                 *     }
                 */
                "application/json": components["schemas"]["ComposeRequest"];
            };
        };
        responses: {
            /** @description The file written. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "big.bin",
                     *       "type": "file",
                     *       "path": "/home/user/big.bin"
                     *     }
                     */
                    "application/json": components["schemas"]["WriteInfo"];
                };
            };
            /** @description A path is not valid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "source_paths must not be empty",
                     *       "code": 400
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["RestUnauthorized"];
            /** @description A source does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "path '/tmp/part-1' does not exist",
                     *       "code": 404
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description envd failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "error composing files",
                     *       "code": 500
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            502: components["responses"]["SandboxNotFound"];
            /** @description The sandbox's disk is full. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "not enough disk space",
                     *       "code": 507
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stat: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/home/user/main.py"
                 *     }
                 */
                "application/json": components["schemas"]["StatRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entry": {
                     *         "name": "main.py",
                     *         "type": "FILE_TYPE_FILE",
                     *         "path": "/home/user/main.py",
                     *         "size": "42",
                     *         "mode": 420,
                     *         "permissions": "-rw-r--r--",
                     *         "owner": "user",
                     *         "group": "user",
                     *         "modifiedTime": "2026-11-30T09:12:44Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["StatResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    makeDir: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/home/user/data"
                 *     }
                 */
                "application/json": components["schemas"]["MakeDirRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entry": {
                     *         "name": "data",
                     *         "type": "FILE_TYPE_DIRECTORY",
                     *         "path": "/home/user/data",
                     *         "size": "4096",
                     *         "mode": 2147484141,
                     *         "permissions": "drwxr-xr-x",
                     *         "owner": "user",
                     *         "group": "user",
                     *         "modifiedTime": "2026-11-29T17:03:10Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MakeDirResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            409: components["responses"]["ConnectAlreadyExists"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    move: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": "/home/user/main.py",
                 *       "destination": "/home/user/app.py"
                 *     }
                 */
                "application/json": components["schemas"]["MoveRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entry": {
                     *         "name": "app.py",
                     *         "type": "FILE_TYPE_FILE",
                     *         "path": "/home/user/app.py",
                     *         "size": "42",
                     *         "mode": 420,
                     *         "permissions": "-rw-r--r--",
                     *         "owner": "user",
                     *         "group": "user",
                     *         "modifiedTime": "2026-11-30T09:12:44Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MoveResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    listDir: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/home/user",
                 *       "depth": 1
                 *     }
                 */
                "application/json": components["schemas"]["ListDirRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "name": "main.py",
                     *           "type": "FILE_TYPE_FILE",
                     *           "path": "/home/user/main.py",
                     *           "size": "42",
                     *           "mode": 420,
                     *           "permissions": "-rw-r--r--",
                     *           "owner": "user",
                     *           "group": "user",
                     *           "modifiedTime": "2026-11-30T09:12:44Z"
                     *         },
                     *         {
                     *           "name": "data",
                     *           "type": "FILE_TYPE_DIRECTORY",
                     *           "path": "/home/user/data",
                     *           "size": "4096",
                     *           "mode": 2147484141,
                     *           "permissions": "drwxr-xr-x",
                     *           "owner": "user",
                     *           "group": "user",
                     *           "modifiedTime": "2026-11-29T17:03:10Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListDirResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    remove: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/home/user/data"
                 *     }
                 */
                "application/json": components["schemas"]["RemoveRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    watchDir: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description Seconds between the `keepalive` messages envd writes on a quiet stream (90 by default).
                 * @example 50
                 */
                "Keepalive-Ping-Interval"?: components["parameters"]["KeepalivePingInterval"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/home/user",
                 *       "recursive": true
                 *     }
                 */
                "application/connect+json": components["schemas"]["WatchDirRequest"];
            };
        };
        responses: {
            /** @description A stream of `WatchDirResponse` messages, each in a Connect envelope, ended by an end-of-stream envelope (`ConnectEndOfStream`) that carries the call's error, if any. The example lists the messages of one stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "start": {}
                     *     }
                     */
                    "application/connect+json": components["schemas"]["WatchDirResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    createWatcher: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/home/user",
                 *       "recursive": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateWatcherRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "watcherId": "w_5d1c2b7e"
                     *     }
                     */
                    "application/json": components["schemas"]["CreateWatcherResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    getWatcherEvents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "watcherId": "w_5d1c2b7e"
                 *     }
                 */
                "application/json": components["schemas"]["GetWatcherEventsRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "name": "main.py",
                     *           "type": "EVENT_TYPE_CREATE"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetWatcherEventsResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    removeWatcher: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "watcherId": "w_5d1c2b7e"
                 *     }
                 */
                "application/json": components["schemas"]["RemoveWatcherRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    listProcesses: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["Empty"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "processes": [
                     *         {
                     *           "config": {
                     *             "cmd": "/bin/bash",
                     *             "args": [
                     *               "-l",
                     *               "-c",
                     *               "python server.py"
                     *             ],
                     *             "envs": {
                     *               "PORT": "8000"
                     *             },
                     *             "cwd": "/home/user"
                     *           },
                     *           "pid": 1042,
                     *           "tag": "server"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    startProcess: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description Seconds between the `keepalive` messages envd writes on a quiet stream (90 by default).
                 * @example 50
                 */
                "Keepalive-Ping-Interval"?: components["parameters"]["KeepalivePingInterval"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "process": {
                 *         "cmd": "/bin/bash",
                 *         "args": [
                 *           "-l",
                 *           "-c",
                 *           "echo hello"
                 *         ],
                 *         "envs": {
                 *           "LANG": "C.UTF-8"
                 *         },
                 *         "cwd": "/home/user"
                 *       },
                 *       "stdin": false
                 *     }
                 */
                "application/connect+json": components["schemas"]["StartRequest"];
            };
        };
        responses: {
            /** @description A stream of `StartResponse` messages, each in a Connect envelope, ended by an end-of-stream envelope (`ConnectEndOfStream`) that carries the call's error, if any. The example lists the messages of one stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "event": {
                     *         "start": {
                     *           "pid": 1042
                     *         }
                     *       }
                     *     }
                     */
                    "application/connect+json": components["schemas"]["StartResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    connectProcess: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description Seconds between the `keepalive` messages envd writes on a quiet stream (90 by default).
                 * @example 50
                 */
                "Keepalive-Ping-Interval"?: components["parameters"]["KeepalivePingInterval"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "process": {
                 *         "pid": 1042
                 *       }
                 *     }
                 */
                "application/connect+json": components["schemas"]["ConnectRequest"];
            };
        };
        responses: {
            /** @description A stream of `ConnectResponse` messages, each in a Connect envelope, ended by an end-of-stream envelope (`ConnectEndOfStream`) that carries the call's error, if any. The example lists the messages of one stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "event": {
                     *         "data": {
                     *           "stdout": "aGVsbG8K"
                     *         }
                     *       }
                     *     }
                     */
                    "application/connect+json": components["schemas"]["ConnectResponse"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    updateProcess: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "process": {
                 *         "pid": 1042
                 *       },
                 *       "pty": {
                 *         "size": {
                 *           "cols": 120,
                 *           "rows": 40
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    streamInput: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "start": {
                 *         "process": {
                 *           "pid": 1042
                 *         }
                 *       }
                 *     }
                 */
                "application/connect+json": components["schemas"]["StreamInputRequest"];
            };
        };
        responses: {
            /** @description The input was delivered: one envelope with an empty message, then the end-of-stream envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/connect+json": components["schemas"]["Empty"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    sendInput: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "process": {
                 *         "pid": 1042
                 *       },
                 *       "input": {
                 *         "stdin": "eWVzCg=="
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SendInputRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    sendSignal: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "process": {
                 *         "pid": 1042
                 *       },
                 *       "signal": "SIGNAL_SIGKILL"
                 *     }
                 */
                "application/json": components["schemas"]["SendSignalRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
    closeStdin: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The Connect protocol's version.
                 * @example 1
                 */
                "Connect-Protocol-Version": components["parameters"]["ConnectProtocolVersion"];
                /**
                 * @description The call's deadline in milliseconds, which envd enforces (on `Start`, the process's life).
                 * @example 60000
                 */
                "Connect-Timeout-Ms"?: components["parameters"]["ConnectTimeoutMs"];
                /**
                 * @description The sandbox a request to the shared host is for.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                "E2b-Sandbox-Id"?: components["parameters"]["SandboxIdHeader"];
                /**
                 * @description The sandbox's port a request to the shared host is for (envd's is 49983).
                 * @example 49983
                 */
                "E2b-Sandbox-Port"?: components["parameters"]["SandboxPortHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "process": {
                 *         "pid": 1042
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CloseStdinRequest"];
            };
        };
        responses: {
            /** @description The call succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            400: components["responses"]["ConnectInvalidArgument"];
            401: components["responses"]["ConnectUnauthenticated"];
            404: components["responses"]["ConnectNotFound"];
            500: components["responses"]["ConnectInternal"];
            502: components["responses"]["SandboxNotFound"];
        };
    };
}
