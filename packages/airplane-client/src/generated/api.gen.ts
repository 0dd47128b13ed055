// GENERATED FILE, DO NOT EDIT. Source: spec/airplane.yaml. Regenerate with `pnpm generate`.
export interface paths {
    "/tasks/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a task
         * @description Starts a run of the task named by `id` or `slug` and returns the new run's ID right away.
         *     Poll `GET /runs/get` until the run reaches a terminal status, then read `GET /runs/getOutputs`.
         */
        post: operations["executeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a run
         * @description Returns one run, including its status, parameters and timestamps.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/getOutputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the outputs of a run
         * @description Returns what the run produced. The output is any JSON value and is complete once the run is terminal.
         */
        get: operations["getRunOutputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List runs
         * @description Lists runs, newest first, optionally for one task and a time window. Pages hold at most
         *     `limit` runs; a page shorter than `limit` is the last one.
         */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a run
         * @description Asks the run to stop. Cancellation is asynchronous: poll `GET /runs/get` until the status is
         *     `Cancelled` (or another terminal status if the run finished first).
         */
        post: operations["cancelRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runbooks/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a runbook
         * @description Starts a session of the runbook named by `id` or `slug` and returns the session's ID. Poll
         *     `GET /sessions/get` until the session reaches a terminal status. Starting a runbook can take
         *     longer than other calls; clients allow it 30 seconds.
         */
        post: operations["executeRunbook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a session
         * @description Returns one runbook session, including its status and parameters.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description Lists runbook sessions, optionally for one runbook and an update window. Pages hold at most
         *     `limit` sessions; a page shorter than `limit` is the last one.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prompts/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a prompt
         * @description Returns one prompt with its form schema and, once submitted, its values.
         */
        get: operations["getPrompt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prompts/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the prompts of a run
         * @description Lists every prompt a run has opened, answered or not.
         */
        get: operations["listPrompts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prompts/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a prompt
         * @description Answers a prompt with values for its parameters; the waiting run then continues.
         */
        post: operations["submitPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prompts/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a prompt
         * @description Withdraws a prompt without answering it; the waiting run sees the prompt as cancelled.
         */
        post: operations["cancelPrompt"];
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
        /** @description The body of every Airplane error response. */
        Error: {
            /**
             * @description Human-readable message.
             * @example run not found
             */
            error: string;
            /**
             * @description Stable machine-readable code, when the service sets one.
             * @example not_found
             */
            code?: string;
            /** @description Extra structured context about the error, when the service sets it. */
            details?: {
                [key: string]: unknown;
            };
        };
        /** @description A body that carries no information. */
        Empty: {
            [key: string]: unknown;
        };
        /** @description Any JSON value (string, number, boolean, null, list or object). */
        JSONValue: unknown;
        /**
         * @description Maps a parameter slug to its value. The value is any JSON typed by the parameter: a string,
         *     number or boolean, an ISO 8601 date or datetime string, an upload's file ID, a config
         *     variable name, a list or an object.
         * @example {
         *       "order_id": "ord_8123",
         *       "amount": 12.5,
         *       "notify": true
         *     }
         */
        ParamValues: {
            [key: string]: unknown;
        };
        /**
         * @description Maps a resource slot of the task to the slug of the resource to attach.
         * @example {
         *       "db": "prod_postgres"
         *     }
         */
        ResourceSlots: {
            [key: string]: string;
        };
        /**
         * @description A time in the Postgres text form the service returns, for example `2022-01-11 22:32:45.601486+00`.
         * @example 2022-01-11 22:32:45.601486+00
         */
        Timestamp: string;
        /**
         * @description A time in the Postgres text form, or null when the event has not happened.
         * @example 2022-01-11 22:33:02.115231+00
         */
        NullableTimestamp: string | null;
        /** @description Names the task by `id` or `slug` (exactly one of them) and gives its parameter values. */
        ExecuteTaskRequest: components["schemas"]["ExecuteTaskByID"] | components["schemas"]["ExecuteTaskBySlug"];
        /** @description Names the task by ID. */
        ExecuteTaskByID: {
            id: components["schemas"]["TaskID"];
            paramValues?: components["schemas"]["ParamValues"];
            resources?: components["schemas"]["ResourceSlots"];
        };
        /** @description Names the task by slug. */
        ExecuteTaskBySlug: {
            slug: components["schemas"]["TaskSlug"];
            paramValues?: components["schemas"]["ParamValues"];
            resources?: components["schemas"]["ResourceSlots"];
        };
        /**
         * @description ID of the task to execute.
         * @example tsk20220111zlq2ig4
         */
        TaskID: string;
        /**
         * @description Slug of the task to execute.
         * @example refund_order
         */
        TaskSlug: string;
        /** @description Identifies the run that was started. */
        ExecuteTaskResponse: {
            /**
             * @description ID of the new run.
             * @example run20220111zlq2ig4
             */
            runID: string;
        };
        /** @description Names the runbook by `id` or `slug` (exactly one of them) and gives its parameter values. */
        ExecuteRunbookRequest: components["schemas"]["ExecuteRunbookByID"] | components["schemas"]["ExecuteRunbookBySlug"];
        /** @description Names the runbook by ID. */
        ExecuteRunbookByID: {
            id: components["schemas"]["RunbookID"];
            paramValues?: components["schemas"]["ParamValues"];
        };
        /** @description Names the runbook by slug. */
        ExecuteRunbookBySlug: {
            slug: components["schemas"]["RunbookSlug"];
            paramValues?: components["schemas"]["ParamValues"];
        };
        /**
         * @description ID of the runbook to execute.
         * @example rbk20220120z15kl79
         */
        RunbookID: string;
        /**
         * @description Slug of the runbook to execute.
         * @example hello_world
         */
        RunbookSlug: string;
        /** @description Identifies the session that was started. */
        ExecuteRunbookResponse: {
            /**
             * @description ID of the new session.
             * @example ses20220120za1pskd
             */
            sessionID: string;
        };
        /** @description Names the run to cancel. */
        CancelRunRequest: {
            /**
             * @description ID of the run to cancel.
             * @example run20220111zlq2ig4
             */
            runID: string;
        };
        /** @description What a run produced. */
        RunOutputs: {
            output: components["schemas"]["JSONValue"];
        };
        /**
         * @description Where the run is in its life. `Succeeded`, `Failed` and `Cancelled` are terminal: the status
         *     never changes again.
         * @example Succeeded
         */
        RunStatus: ("NotStarted" | "Queued" | "Active" | "Succeeded" | "Failed" | "Cancelled") | (string & {});
        /** @description One execution of a task. */
        Run: {
            /**
             * @description Unique ID of the run.
             * @example run20220111zlq2ig4
             */
            id: string;
            /**
             * @description ID of the task this run executes.
             * @example tsk20220111zlq2ig4
             */
            taskID: string;
            /**
             * @description ID of the runbook session that started this run, if any.
             * @example ses20220120za1pskd
             */
            sessionID?: string | null;
            status: components["schemas"]["RunStatus"];
            paramValues: components["schemas"]["ParamValues"];
            /** @description The parameters the task declared when the run started. */
            params?: components["schemas"]["Parameter"][];
            /** @description Explicit permissions on the run, when it is private. */
            permissions?: components["schemas"]["Permission"][];
            /** @description Maps a resource slot to the ID of the resource attached to the run. */
            resources?: {
                [key: string]: string;
            };
            /**
             * @description How the task runs. `workflow` runs can pause, for example on prompts.
             * @example standard
             */
            runtime?: ("standard" | "workflow") | (string & {});
            constraints?: components["schemas"]["RunConstraints"];
            /**
             * @description Seconds after which the run is stopped; 0 means the default.
             * @example 3600
             */
            timeout?: number;
            /**
             * @description ID of the self-hosted zone the run executes in, if any.
             * @example zon20220111zhsr1pa
             */
            zoneID?: string | null;
            /**
             * @description Whether only the users in `permissions` can see the run.
             * @example false
             */
            isPrivate?: boolean;
            /**
             * @description ID of the team that owns the run.
             * @example tea20220103zvy4auu
             */
            teamID: string;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description ID of the user or API key that started the run.
             * @example usr20220103zlufhym
             */
            createdBy: string;
            activeAt?: components["schemas"]["NullableTimestamp"];
            succeededAt?: components["schemas"]["NullableTimestamp"];
            failedAt?: components["schemas"]["NullableTimestamp"];
            cancelledAt?: components["schemas"]["NullableTimestamp"];
            /**
             * @description ID of the user who cancelled the run, if it was cancelled.
             * @example usr20220103zlufhym
             */
            cancelledBy?: string | null;
        };
        /** @description Labels an agent must carry to execute the run. */
        RunConstraints: {
            /** @description Required agent labels. */
            labels?: components["schemas"]["Label"][];
        };
        /** @description One agent label. */
        Label: {
            /**
             * @description Label name.
             * @example region
             */
            key: string;
            /**
             * @description Label value.
             * @example us-west-2
             */
            value: string;
        };
        /** @description One page of runs. */
        ListRunsResponse: {
            /** @description The runs in this page, newest first; at most `limit`, which is at most 50. */
            runs: components["schemas"]["Run"][];
        };
        /**
         * @description Where the session is in its life. `Succeeded`, `Failed` and `Cancelled` are terminal.
         *     `Waiting` means the session waits on a person (for example a prompt).
         * @example Succeeded
         */
        SessionStatus: ("Pending" | "Active" | "Waiting" | "Succeeded" | "Failed" | "Cancelling" | "Cancelled") | (string & {});
        /** @description One execution of a runbook. */
        Session: {
            /**
             * @description Unique ID of the session.
             * @example ses20220120za1pskd
             */
            id: string;
            /**
             * @description Display name of the session.
             * @example MySession
             */
            name?: string;
            /**
             * @description ID of the runbook the session was started from, if any.
             * @example rbk20220120z15kl79
             */
            runbookID?: string | null;
            status: components["schemas"]["SessionStatus"];
            paramValues: components["schemas"]["ParamValues"];
            /** @description The parameters the runbook declared when the session started. */
            params?: components["schemas"]["Parameter"][];
            /** @description Explicit permissions on the session, when it is private. */
            permissions?: components["schemas"]["Permission"][];
            /**
             * @description Whether only the users in `permissions` can see the session.
             * @example false
             */
            isPrivate?: boolean;
            /**
             * @description ID of the team that owns the session.
             * @example tea20220103zvy4auu
             */
            teamID: string;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description ID of the user who started the session.
             * @example usr20220103zlufhym
             */
            createdBy: string;
            updatedAt: components["schemas"]["Timestamp"];
            /**
             * @description ID of the user who last updated the session.
             * @example usr20220103zlufhym
             */
            updatedBy?: string;
        };
        /** @description One page of sessions. */
        ListSessionsResponse: {
            /** @description The sessions in this page; at most `limit`, which is at most 50. */
            sessions: components["schemas"]["Session"][];
        };
        /**
         * @description The type of value a parameter takes.
         * @example string
         */
        ParameterType: ("any" | "string" | "boolean" | "upload" | "integer" | "float" | "date" | "datetime" | "configvar" | "list" | "map" | "object") | (string & {});
        /** @description One input a task, runbook or prompt declares. */
        Parameter: {
            /**
             * @description Key of the parameter in `paramValues`.
             * @example order_id
             */
            slug: string;
            /**
             * @description Label shown to people.
             * @example Order ID
             */
            name: string;
            /**
             * @description Help text shown under the field.
             * @example The order to refund.
             */
            desc?: string;
            type: components["schemas"]["ParameterType"];
            /**
             * @description Input widget for string parameters; empty for the default one.
             * @example
             */
            component?: ("" | "editor-sql" | "textarea") | (string & {});
            default?: components["schemas"]["JSONValue"];
            constraints?: components["schemas"]["ParameterConstraints"];
            /** @description Fields of an `object` parameter. */
            params?: components["schemas"]["Parameter"][];
            values?: components["schemas"]["Parameter"];
        };
        /** @description Rules a parameter's value must satisfy. */
        ParameterConstraints: {
            /**
             * @description Whether the value may be omitted.
             * @example false
             */
            optional?: boolean;
            /**
             * Format: regex
             * @description Regular expression a string value must match.
             * @example ^ord_[0-9]+$
             */
            regex?: string;
            /** @description The allowed values, each with an optional label. */
            options?: components["schemas"]["ParameterOption"][];
        };
        /** @description One allowed value of a parameter. */
        ParameterOption: {
            /**
             * @description Text shown for the option.
             * @example Full refund
             */
            label?: string;
            value: components["schemas"]["JSONValue"];
        };
        /** @description Grants a role on a private run or session to one user or group. */
        Permission: {
            /**
             * @description The action the permission grants.
             * @example tasks.execute
             */
            action: string;
            /**
             * @description The role granted.
             * @example run_viewer
             */
            roleID: ("team_admin" | "team_developer" | "task_viewer" | "task_requester" | "task_executer" | "task_admin" | "run_viewer" | "runbook_viewer" | "runbook_requester" | "runbook_executer" | "runbook_admin" | "session_viewer" | "session_executer" | "session_admin" | "resource_user" | "deploy_creator" | "group_admin") | (string & {});
            /**
             * @description ID of the user the role is granted to.
             * @example usr20220103zlufhym
             */
            subUserID?: string | null;
            /**
             * @description ID of the group the role is granted to.
             * @example null
             */
            subGroupID?: string | null;
        };
        /** @description A form a run waits on until a person submits or cancels it. */
        Prompt: {
            /**
             * @description Unique ID of the prompt.
             * @example pmt20220122zl0ccs4
             */
            id: string;
            /**
             * @description ID of the run that opened the prompt.
             * @example run20220111zlq2ig4
             */
            runID: string;
            schema: components["schemas"]["PromptSchema"];
            values?: components["schemas"]["ParamValues"];
            reviewers?: components["schemas"]["PromptReviewers"];
            /**
             * @description Label of the submit button.
             * @example Approve
             */
            confirmText?: string;
            /**
             * @description Label of the cancel button.
             * @example Reject
             */
            cancelText?: string;
            /**
             * @description Text shown above the form.
             * @example Approve the refund of ord_8123?
             */
            description?: string;
            createdAt: components["schemas"]["Timestamp"];
            submittedAt?: components["schemas"]["NullableTimestamp"];
            /**
             * @description ID of the user who submitted the prompt.
             * @example usr20220103zlufhym
             */
            submittedBy?: string | null;
            cancelledAt?: components["schemas"]["NullableTimestamp"];
            /**
             * @description ID of the user who cancelled the prompt.
             * @example null
             */
            cancelledBy?: string | null;
        };
        /** @description The fields of a prompt's form. */
        PromptSchema: {
            /** @description The form's parameters. */
            parameters: components["schemas"]["Parameter"][];
        };
        /** @description Who may answer the prompt. When empty, anyone who can see the run may. */
        PromptReviewers: {
            /** @description Slugs of the groups whose members may answer. */
            groups?: string[];
            /** @description Emails of the users who may answer. */
            users?: string[];
            /**
             * @description Whether the person who started the run may answer.
             * @example false
             */
            allowSelfApprovals?: boolean;
        };
        /** @description Wraps one prompt. */
        GetPromptResponse: {
            prompt: components["schemas"]["Prompt"];
        };
        /** @description The prompts of one run. */
        ListPromptsResponse: {
            /** @description The run's prompts, oldest first. */
            prompts: components["schemas"]["Prompt"][];
        };
        /** @description Answers a prompt. */
        SubmitPromptRequest: {
            /**
             * @description ID of the prompt to submit.
             * @example pmt20220122zl0ccs4
             */
            id: string;
            values: components["schemas"]["ParamValues"];
        };
        /** @description Names the prompt to cancel. */
        CancelPromptRequest: {
            /**
             * @description ID of the prompt to cancel.
             * @example pmt20220122zl0ccs4
             */
            id: string;
        };
        /** @description Identifies the prompt acted on. */
        PromptIDResponse: {
            /**
             * @description ID of the prompt.
             * @example pmt20220122zl0ccs4
             */
            id: string;
        };
    };
    responses: {
        /** @description The request is malformed or a parameter value is invalid. */
        BadRequest: {
            headers: {
                /**
                 * @description Whether the request may be retried; `false` for a request that is wrong as sent.
                 * @example false
                 */
                "X-Airplane-Retryable"?: ("true" | "false") | (string & {});
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "param \"amount\": expected a number",
                 *       "code": "invalid_param_value",
                 *       "details": {
                 *         "param": "amount"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key or token is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid API key",
                 *       "code": "unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The credentials are valid but lack permission for this resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "you do not have permission to execute this task",
                 *       "code": "forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource does not exist, or is not visible to these credentials. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "run not found",
                 *       "code": "not_found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited. Retry after the time given in `Retry-After`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Airplane-Retryable": components["headers"]["Retryable"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "rate limit exceeded",
                 *       "code": "rate_limited"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service failed. Retryable unless `X-Airplane-Retryable` says otherwise. */
        InternalError: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-Airplane-Retryable": components["headers"]["Retryable"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description A unique key for this logical request. A repeated request with the same key is not
         *     executed twice, which makes retrying a `POST` safe. Official clients send a fresh UUID per call.
         * @example 4c1f2b8e-1c6f-4d0e-9a58-8d7f4f7b2e61
         */
        IdempotencyKey: string;
        /**
         * @description Slug of the environment to execute in. Defaults to the team's default environment.
         * @example prod
         */
        EnvSlugQuery: string;
        /**
         * @description ID of the run.
         * @example run20220111zlq2ig4
         */
        RunIDQuery: string;
        /**
         * @description Maximum number of results in the page, from 0 to 50.
         * @example 50
         */
        Limit: number;
        /**
         * @description Zero-based page number. The page holds the results from `page × limit` on; keep `limit`
         *     the same while walking pages.
         * @example 0
         */
        Page: number;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait, or an HTTP date to wait until, before retrying. A lower bound for the client's backoff. */
        RetryAfter: string;
        /** @description Whether the request may be retried (`true` or `false`); overrides the status-based rule. */
        Retryable: ("true" | "false") | (string & {});
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    executeTask: {
        parameters: {
            query?: {
                /**
                 * @description Slug of the environment to execute in. Defaults to the team's default environment.
                 * @example prod
                 */
                envSlug?: components["parameters"]["EnvSlugQuery"];
            };
            header?: {
                /**
                 * @description A unique key for this logical request. A repeated request with the same key is not
                 *     executed twice, which makes retrying a `POST` safe. Official clients send a fresh UUID per call.
                 * @example 4c1f2b8e-1c6f-4d0e-9a58-8d7f4f7b2e61
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteTaskRequest"];
            };
        };
        responses: {
            /** @description The run was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runID": "run20220111zlq2ig4"
                     *     }
                     */
                    "application/json": components["schemas"]["ExecuteTaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRun: {
        parameters: {
            query: {
                /**
                 * @description ID of the run.
                 * @example run20220111zlq2ig4
                 */
                id: components["parameters"]["RunIDQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRunOutputs: {
        parameters: {
            query: {
                /**
                 * @description ID of the run.
                 * @example run20220111zlq2ig4
                 */
                id: components["parameters"]["RunIDQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's output. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOutputs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /**
                 * @description Only list runs of the task with this ID.
                 * @example tsk20220111zlq2ig4
                 */
                taskID?: string;
                /**
                 * @description Only list runs of the task with this slug.
                 * @example refund_order
                 */
                taskSlug?: string;
                /**
                 * @description Only list runs updated at or after this time (RFC 3339).
                 * @example 2022-01-11T00:00:00Z
                 */
                since?: string;
                /**
                 * @description Only list runs updated before this time (RFC 3339).
                 * @example 2022-01-12T00:00:00Z
                 */
                until?: string;
                /**
                 * @description Maximum number of results in the page, from 0 to 50.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Zero-based page number. The page holds the results from `page × limit` on; keep `limit`
                 *     the same while walking pages.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "runs": [
                     *         {
                     *           "id": "run20220111zlq2ig4",
                     *           "taskID": "tsk20220111zlq2ig4",
                     *           "status": "Succeeded",
                     *           "paramValues": {
                     *             "order_id": "ord_8123"
                     *           },
                     *           "runtime": "standard",
                     *           "isPrivate": false,
                     *           "teamID": "tea20220103zvy4auu",
                     *           "createdAt": "2022-01-11 22:32:45.601486+00",
                     *           "createdBy": "usr20220103zlufhym",
                     *           "succeededAt": "2022-01-11 22:33:02.115231+00"
                     *         },
                     *         {
                     *           "id": "run20220112zq8xk2m",
                     *           "taskID": "tsk20220111zlq2ig4",
                     *           "status": "Failed",
                     *           "paramValues": {
                     *             "order_id": "ord_0000"
                     *           },
                     *           "runtime": "standard",
                     *           "isPrivate": false,
                     *           "teamID": "tea20220103zvy4auu",
                     *           "createdAt": "2022-01-12 09:10:11.120000+00",
                     *           "createdBy": "usr20220103zlufhym",
                     *           "failedAt": "2022-01-12 09:10:15.900000+00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListRunsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this logical request. A repeated request with the same key is not
                 *     executed twice, which makes retrying a `POST` safe. Official clients send a fresh UUID per call.
                 * @example 4c1f2b8e-1c6f-4d0e-9a58-8d7f4f7b2e61
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "runID": "run20220111zlq2ig4"
                 *     }
                 */
                "application/json": components["schemas"]["CancelRunRequest"];
            };
        };
        responses: {
            /** @description The cancellation was accepted. The body carries no information. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    executeRunbook: {
        parameters: {
            query?: {
                /**
                 * @description Slug of the environment to execute in. Defaults to the team's default environment.
                 * @example prod
                 */
                envSlug?: components["parameters"]["EnvSlugQuery"];
            };
            header?: {
                /**
                 * @description A unique key for this logical request. A repeated request with the same key is not
                 *     executed twice, which makes retrying a `POST` safe. Official clients send a fresh UUID per call.
                 * @example 4c1f2b8e-1c6f-4d0e-9a58-8d7f4f7b2e61
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteRunbookRequest"];
            };
        };
        responses: {
            /** @description The session was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessionID": "ses20220120za1pskd"
                     *     }
                     */
                    "application/json": components["schemas"]["ExecuteRunbookResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSession: {
        parameters: {
            query: {
                /**
                 * @description ID of the session to return.
                 * @example ses20220120za1pskd
                 */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description Only list sessions of the runbook with this ID.
                 * @example rbk20220120z15kl79
                 */
                runbookID?: string;
                /**
                 * @description Only list sessions updated after this time (RFC 3339).
                 * @example 2022-01-11T00:00:00Z
                 */
                updatedAfter?: string;
                /**
                 * @description Only list sessions updated before this time (RFC 3339).
                 * @example 2022-01-12T00:00:00Z
                 */
                updatedBefore?: string;
                /**
                 * @description Maximum number of results in the page, from 0 to 50.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Zero-based page number. The page holds the results from `page × limit` on; keep `limit`
                 *     the same while walking pages.
                 * @example 0
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": [
                     *         {
                     *           "id": "ses20220120za1pskd",
                     *           "name": "MySession",
                     *           "runbookID": "rbk20220120z15kl79",
                     *           "status": "Succeeded",
                     *           "paramValues": {
                     *             "name": "Ada"
                     *           },
                     *           "isPrivate": false,
                     *           "teamID": "tea20220103zvy4auu",
                     *           "createdAt": "2022-01-11 22:32:45.601486+00",
                     *           "createdBy": "usr20220103zlufhym",
                     *           "updatedAt": "2022-01-11 22:35:45.238512+00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListSessionsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPrompt: {
        parameters: {
            query: {
                /**
                 * @description ID of the prompt to return.
                 * @example pmt20220122zl0ccs4
                 */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prompt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPromptResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPrompts: {
        parameters: {
            query: {
                /**
                 * @description ID of the run whose prompts to list.
                 * @example run20220111zlq2ig4
                 */
                runID: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's prompts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "prompts": [
                     *         {
                     *           "id": "pmt20220122zl0ccs4",
                     *           "runID": "run20220111zlq2ig4",
                     *           "schema": {
                     *             "parameters": [
                     *               {
                     *                 "slug": "approved",
                     *                 "name": "Approved",
                     *                 "type": "boolean"
                     *               }
                     *             ]
                     *           },
                     *           "values": {},
                     *           "confirmText": "Approve",
                     *           "cancelText": "Reject",
                     *           "description": "Approve the refund of ord_8123?",
                     *           "createdAt": "2022-01-22 12:00:05.000000+00",
                     *           "submittedAt": null,
                     *           "submittedBy": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListPromptsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    submitPrompt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this logical request. A repeated request with the same key is not
                 *     executed twice, which makes retrying a `POST` safe. Official clients send a fresh UUID per call.
                 * @example 4c1f2b8e-1c6f-4d0e-9a58-8d7f4f7b2e61
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "pmt20220122zl0ccs4",
                 *       "values": {
                 *         "approved": true,
                 *         "note": "Looks good"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SubmitPromptRequest"];
            };
        };
        responses: {
            /** @description The prompt was submitted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pmt20220122zl0ccs4"
                     *     }
                     */
                    "application/json": components["schemas"]["PromptIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelPrompt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this logical request. A repeated request with the same key is not
                 *     executed twice, which makes retrying a `POST` safe. Official clients send a fresh UUID per call.
                 * @example 4c1f2b8e-1c6f-4d0e-9a58-8d7f4f7b2e61
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "pmt20220122zl0ccs4"
                 *     }
                 */
                "application/json": components["schemas"]["CancelPromptRequest"];
            };
        };
        responses: {
            /** @description The prompt was cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pmt20220122zl0ccs4"
                     *     }
                     */
                    "application/json": components["schemas"]["PromptIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
