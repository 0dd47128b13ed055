// GENERATED FILE, DO NOT EDIT. Source: spec/e2b-sandbox.yaml. Regenerate with `pnpm generate`.
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
    "/v2/sandboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sandboxes
         * @description Lists the team's running and paused sandboxes, one page at a time, newest first unless
         *     `order` says otherwise. When more sandboxes exist, the `X-Next-Token` header holds the
         *     `nextToken` of the next page.
         */
        get: operations["listSandboxes"];
        put?: never;
        /**
         * Create a sandbox
         * @description Starts a sandbox from a template. The sandbox is killed (or, with `autoPause`, paused)
         *     `timeout` seconds after creation unless the timeout is extended. All traffic with the
         *     sandbox's `envd` daemon is authenticated with the returned `envdAccessToken`. Not
         *     idempotent: repeating the request after an ambiguous failure may start a second sandbox.
         */
        post: operations["createSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{sandboxID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        /**
         * Get a sandbox
         * @description Returns a running or paused sandbox with its resources, lifecycle and network settings.
         */
        get: operations["getSandbox"];
        put?: never;
        post?: never;
        /**
         * Kill a sandbox
         * @description Stops the sandbox and discards its state. A `404` means it was not there (already killed or expired).
         */
        delete: operations["killSandbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{sandboxID}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        /**
         * Get a sandbox's metrics
         * @description Returns the sandbox's CPU, memory and disk samples between `start` and `end` (Unix seconds).
         */
        get: operations["getSandboxMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{sandboxID}/timeout": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a sandbox's timeout
         * @description The sandbox now expires `timeout` seconds from this request, replacing its previous
         *     expiry (it may move earlier). Safe to repeat.
         */
        post: operations["setSandboxTimeout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{sandboxID}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a sandbox
         * @description Saves the sandbox's filesystem and, unless `memory` is false, its memory, and stops it.
         *     Connecting to it resumes it. A `409` means it is already paused.
         */
        post: operations["pauseSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sandboxes/{sandboxID}/connect": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect to a sandbox
         * @description Returns what a client needs to talk to the sandbox, resuming it first when it is paused
         *     (`201`). Its timeout is extended to at least `timeout` seconds from now, never shortened.
         */
        post: operations["connectSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{sandboxID}/fork": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fork a sandbox
         * @description Snapshots the running sandbox in place (it keeps its ID and expiry) and starts `count` new
         *     sandboxes from that snapshot. Each entry of the answer holds either the new `sandbox` or
         *     the `error` that kept that fork from starting. Not idempotent.
         */
        post: operations["forkSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{sandboxID}/network": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a sandbox's network rules
         * @description Replaces the running sandbox's egress rules with these; a field left out is cleared.
         */
        put: operations["updateSandboxNetwork"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{sandboxID}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Snapshot a sandbox
         * @description Saves the sandbox's current state as a snapshot that outlives it and that new sandboxes
         *     can start from. With the `name` of an existing snapshot, adds a build to it. Not idempotent.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List snapshots
         * @description Lists the team's snapshots, one page at a time; `X-Next-Token` holds the `nextToken` of the next page.
         */
        get: operations["listSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @deprecated
         * @description Lists the templates of the caller's team (or of `teamID`) in one answer. Deprecated by e2b, still served; `GET /v2/templates` replaces it, page by page.
         */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{templateID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
            };
            cookie?: never;
        };
        /**
         * Get a template with its builds
         * @description Returns the template with one page of its builds; `X-Next-Token` holds the `nextToken` of the next page.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a template or snapshot
         * @description Deletes the template (a snapshot is a template, so this also deletes snapshots). A `404` means it was not there.
         */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/aliases/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template name to look up.
                 * @example node-app
                 */
                alias: string;
            };
            cookie?: never;
        };
        /**
         * Look up a template name
         * @description Answers the template that holds this name. A `404` means the name is free; a `403` means
         *     another team holds it.
         */
        get: operations["getTemplateByAlias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a template
         * @description Registers a template (or a new build of an existing name) and returns the build to start
         *     with `POST /v2/templates/{templateID}/builds/{buildID}`. Not idempotent.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{templateID}/files/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
                /**
                 * @description The hash of the tar of a build step's files, as the step's `filesHash`.
                 * @example 5f2b8c1d9e4a7b3c6d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e
                 */
                hash: string;
            };
            cookie?: never;
        };
        /**
         * Get an upload link for build files
         * @description Says whether the build files of this hash are already cached, and if not, where to `PUT`
         *     their tar (a URL on another host, with the headers to send).
         */
        get: operations["getTemplateFileUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/templates/{templateID}/builds/{buildID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
                /**
                 * @description ID of the build.
                 * @example 7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a
                 */
                buildID: components["parameters"]["buildID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a template build
         * @description Starts the build registered by `POST /v3/templates`, from exactly one of `fromImage` or
         *     `fromTemplate`, then the `steps` in order. Follow it with
         *     `GET /templates/{templateID}/builds/{buildID}/status`. Not idempotent.
         */
        post: operations["startTemplateBuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{templateID}/builds/{buildID}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
                /**
                 * @description ID of the build.
                 * @example 7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a
                 */
                buildID: components["parameters"]["buildID"];
            };
            cookie?: never;
        };
        /**
         * Get a build's status and logs
         * @description Returns the build's status and its log entries from `logsOffset` on. An `error` status
         *     carries the `reason`.
         */
        get: operations["getTemplateBuildStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{templateID}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
            };
            cookie?: never;
        };
        /**
         * List a template's tags
         * @description Lists the tags of the template (by ID or name) and the build each points to.
         */
        get: operations["listTemplateTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag a template build
         * @description Adds `tags` to the build that `target` (`name:tag`) points to. Safe to repeat.
         */
        post: operations["assignTemplateTags"];
        /**
         * Remove template tags
         * @description Removes `tags` from the template `name`. The tags travel in a JSON body of the `DELETE`.
         */
        delete: operations["removeTemplateTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Lists the teams of the caller, each with its API key.
         */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{sandboxID}/refreshes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend a sandbox's life
         * @description Keeps the sandbox alive for `duration` more seconds (at most 3600) from now.
         */
        post: operations["refreshSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the latest metrics of several sandboxes
         * @description Returns the latest resource sample of each running sandbox named in `sandbox_ids` (at most 100), by ID.
         */
        get: operations["listSandboxesMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volumes
         * @description Lists the team's volumes.
         */
        get: operations["listVolumes"];
        put?: never;
        /**
         * Create a volume
         * @description Creates a volume sandboxes can mount (`volumeMounts` of a new sandbox). The answer carries the
         *     `token` of its content API and, for a team on its own cluster, the `domain` that API lives on.
         */
        post: operations["createVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumes/{volumeID}": {
        parameters: {
            query?: never;
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
         * Get a volume
         * @description Returns the volume with a token of its content API.
         */
        get: operations["getVolume"];
        put?: never;
        post?: never;
        /**
         * Delete a volume
         * @description Deletes the volume and its content.
         */
        delete: operations["deleteVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List secrets
         * @description Lists one page of the team's secrets, metadata only (no answer carries a secret's value).
         */
        get: operations["listSecrets"];
        put?: never;
        /**
         * Create a secret
         * @description Stores a secret's first version. The value is write-only: no answer carries it, and the client
         *     masks it in its errors and logs like the API key.
         */
        post: operations["createSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{secretID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID or name of the secret.
                 * @example sec_7b2d4f6a8c0e1a3c
                 */
                secretID: components["parameters"]["secretID"];
            };
            cookie?: never;
        };
        /**
         * Get a secret
         * @description Returns a secret's metadata, by ID or by name.
         */
        get: operations["getSecret"];
        put?: never;
        /**
         * Give a secret a new value
         * @description Stores a new version of the secret (and replaces its metadata when given).
         */
        post: operations["updateSecret"];
        /**
         * Delete a secret
         * @description Revokes the secret; its versions are cleaned up later.
         */
        delete: operations["deleteSecret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sandboxes/{sandboxID}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        /**
         * Read a sandbox's logs
         * @description Returns up to `limit` log entries of the sandbox from `cursor` (Unix milliseconds) on, in
         *     `direction`. To read on, send the timestamp of the last entry as the next `cursor`.
         */
        get: operations["getSandboxLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{templateID}/builds/{buildID}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
                /**
                 * @description ID of the build.
                 * @example 7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a
                 */
                buildID: components["parameters"]["buildID"];
            };
            cookie?: never;
        };
        /**
         * Read a build's logs
         * @description Returns up to `limit` log entries of the build from `cursor` (Unix milliseconds) on, in `direction`.
         */
        get: operations["getTemplateBuildLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamID}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 460355b3-4f64-48f9-9a16-4442817f79f5
                 */
                teamID: components["parameters"]["teamID"];
            };
            cookie?: never;
        };
        /**
         * Get a team's metrics
         * @description Returns the team's concurrent sandboxes and start rate between `start` and `end` (Unix seconds).
         */
        get: operations["getTeamMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamID}/metrics/max": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 460355b3-4f64-48f9-9a16-4442817f79f5
                 */
                teamID: components["parameters"]["teamID"];
            };
            cookie?: never;
        };
        /**
         * Get the peak of a team metric
         * @description Returns the highest value of `metric` between `start` and `end` (Unix seconds), and when it was reached.
         */
        get: operations["getTeamMaxMetric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates, page by page
         * @description Lists one page of the team's templates (or those of `teamID`); `X-Next-Token` holds the `nextToken` of the next page.
         */
        get: operations["listTemplatesV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/templates/{templateID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Make a template public or private
         * @description Changes who may start sandboxes from the template.
         */
        patch: operations["updateTemplate"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of every error answer. */
        Error: {
            /**
             * Format: int32
             * @description The HTTP status, repeated.
             * @example 404
             */
            code: number;
            /**
             * @description What went wrong.
             * @example sandbox "ixq3wq7z4m1o8ka2bd6nc" not found
             */
            message: string;
            /**
             * @description A machine-readable reason, from an open set: `sandbox_capacity_unavailable`, `sandbox_placement_timeout`, `sandbox_no_compatible_node`, `sandbox_create_failed`, `internal_server_error`, …
             * @example sandbox_capacity_unavailable
             */
            error_code?: string;
        };
        /**
         * @description Whether the sandbox runs or is paused.
         * @example running
         */
        SandboxState: ("running" | "paused") | (string & {});
        /**
         * @description Severity of a log entry.
         * @example info
         */
        LogLevel: ("debug" | "info" | "warn" | "error") | (string & {});
        /** @description String keys to string values. */
        StringMap: {
            [key: string]: string;
        };
        /**
         * @description Version of the `envd` daemon in the sandbox (semver); clients refuse versions below 0.1.0.
         * @example 0.2.4
         */
        EnvdVersion: string;
        /** @description A volume mounted into the sandbox. */
        VolumeMount: {
            /**
             * @description Name of the volume.
             * @example datasets
             */
            name: string;
            /**
             * @description Where it is mounted in the sandbox.
             * @example /mnt/datasets
             */
            path: string;
        };
        /** @description Per-domain transforms of outgoing HTTPS requests, keyed by exact or `*.`-wildcard domain. */
        NetworkRules: {
            [key: string]: {
                /** @description What to change in matching requests. */
                transform?: {
                    headers?: components["schemas"]["StringMap"];
                };
            }[];
        };
        /** @description A SOCKS5 proxy that outgoing TCP goes through after allow/deny filtering. */
        EgressProxy: {
            /**
             * @description The proxy's `host:port`.
             * @example proxy.example.com:1080
             */
            address: string;
            /** @description SOCKS5 user name (RFC 1929). */
            username?: string;
            /** @description SOCKS5 password (RFC 1929). */
            password?: string;
        } | null;
        /** @description Egress and traffic settings of a sandbox. */
        SandboxNetwork: {
            /** @description Destinations (CIDR, IP or domain, `*.` wildcards allowed) the sandbox may reach; they win over `denyOut`. */
            allowOut?: string[];
            /** @description CIDR blocks or IPs the sandbox may not reach. */
            denyOut?: string[];
            /** @description Whether the sandbox's URLs answer without the traffic access token (default true). */
            allowPublicTraffic?: boolean;
            /** @description Host mask applied to every request to the sandbox. */
            maskRequestHost?: string;
            /** @description Sandbox ports that serve HTTPS rather than HTTP. */
            httpsPorts?: number[];
            egressProxy?: components["schemas"]["EgressProxy"];
            rules?: components["schemas"]["NetworkRules"];
        };
        /** @description What to start a sandbox from, and how. */
        NewSandbox: {
            /**
             * @description ID or name of the template (or snapshot) to start from.
             * @example base
             */
            templateID: string;
            /**
             * Format: int32
             * @description Seconds until the sandbox is killed or paused.
             * @default 300
             * @example 300
             */
            timeout?: number;
            metadata?: components["schemas"]["StringMap"];
            envVars?: components["schemas"]["StringMap"];
            /** @description `false` blocks all outgoing traffic, like `denyOut: ["0.0.0.0/0"]`. */
            allow_internet_access?: boolean;
            network?: components["schemas"]["SandboxNetwork"];
            /**
             * @description Pause the sandbox on timeout instead of killing it.
             * @default false
             */
            autoPause?: boolean;
            /**
             * @description Whether an automatic pause keeps memory (default true); `false` keeps only the filesystem.
             * @default true
             */
            autoPauseMemory?: boolean;
            /** @description Whether traffic to a paused sandbox resumes it. */
            autoResume?: {
                /** @description Resume on traffic. */
                enabled: boolean;
            };
            /** @description Volumes to mount. */
            volumeMounts?: components["schemas"]["VolumeMount"][];
            /** @description Workload identity of the sandbox. */
            iam?: {
                /** @description Workload tokens by a name of the caller's choosing. */
                tokens?: {
                    [key: string]: {
                        /** @description The token's audience. */
                        audience: string;
                        /** @description The token's type. */
                        tokenType: string;
                    };
                };
            };
            /** @description MCP servers to run in the sandbox, by name, as e2b documents them. */
            mcp?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description How to reach a sandbox that was created, connected to or forked. */
        Sandbox: {
            /**
             * @description ID of the sandbox.
             * @example ixq3wq7z4m1o8ka2bd6nc
             */
            sandboxID: string;
            /**
             * @description ID of its template.
             * @example rki5dems9wqfm4r03t7g
             */
            templateID: string;
            /**
             * @deprecated
             * @description ID of the client (deprecated).
             * @example 6532622b
             */
            clientID: string;
            /**
             * @description Name of its template.
             * @example base
             */
            alias?: string;
            envdVersion: components["schemas"]["EnvdVersion"];
            /**
             * @description Token for the sandbox's `envd` daemon.
             * @example 8c4e1b7f2a9d4e60b3c5a1f7d2e8b940
             */
            envdAccessToken?: string;
            /** @description Token for the sandbox's URLs when public traffic is off. */
            trafficAccessToken?: string | null;
            /**
             * @description Base domain of the sandbox's URLs.
             * @example e2b.app
             */
            domain?: string | null;
        };
        /** @description A sandbox in a listing. */
        ListedSandbox: {
            /**
             * @description ID of the sandbox.
             * @example ixq3wq7z4m1o8ka2bd6nc
             */
            sandboxID: string;
            /**
             * @description ID of its template.
             * @example rki5dems9wqfm4r03t7g
             */
            templateID: string;
            /**
             * @description Name of its template.
             * @example base
             */
            alias?: string;
            /**
             * @deprecated
             * @description ID of the client (deprecated).
             * @example 6532622b
             */
            clientID: string;
            /**
             * Format: date-time
             * @description When it started.
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description When it will be killed or paused.
             */
            endAt: string;
            /**
             * Format: int32
             * @description CPU cores.
             * @example 2
             */
            cpuCount: number;
            /**
             * Format: int32
             * @description Memory in MiB.
             * @example 512
             */
            memoryMB: number;
            /**
             * Format: int32
             * @description Disk size in MiB.
             * @example 2048
             */
            diskSizeMB: number;
            metadata?: components["schemas"]["StringMap"];
            state: components["schemas"]["SandboxState"];
            envdVersion: components["schemas"]["EnvdVersion"];
            /** @description Mounted volumes. */
            volumeMounts?: components["schemas"]["VolumeMount"][];
        };
        /** @description A sandbox with its settings. */
        SandboxDetail: components["schemas"]["ListedSandbox"] & {
            /** @description Token for the sandbox's `envd` daemon. */
            envdAccessToken?: string;
            /** @description Whether internet access was explicitly allowed or denied; null when never set. */
            allowInternetAccess?: boolean | null;
            /** @description Base domain of the sandbox's URLs. */
            domain?: string | null;
            network?: components["schemas"]["SandboxNetwork"];
            /** @description What happens at timeout. */
            lifecycle?: {
                /** @description Kill or pause at timeout. */
                onTimeout: ("kill" | "pause") | (string & {});
                /** @description Whether traffic resumes it once paused. */
                autoResume: boolean;
            };
        };
        /** @description One sample of a sandbox's resource use. */
        SandboxMetric: {
            /**
             * Format: date-time
             * @deprecated
             * @description When it was sampled (deprecated, use `timestampUnix`).
             */
            timestamp: string;
            /**
             * Format: int64
             * @description When it was sampled, in Unix seconds.
             */
            timestampUnix: number;
            /**
             * Format: int32
             * @description CPU cores.
             */
            cpuCount: number;
            /**
             * Format: float
             * @description CPU use in percent.
             */
            cpuUsedPct: number;
            /**
             * Format: int64
             * @description Memory used, in bytes.
             */
            memUsed: number;
            /**
             * Format: int64
             * @description Memory total, in bytes.
             */
            memTotal: number;
            /**
             * Format: int64
             * @description Page cache, in bytes.
             */
            memCache: number;
            /**
             * Format: int64
             * @description Disk used, in bytes.
             */
            diskUsed: number;
            /**
             * Format: int64
             * @description Disk total, in bytes.
             */
            diskTotal: number;
        };
        /** @description The sandbox's new timeout. */
        SandboxTimeout: {
            /**
             * Format: int32
             * @description Seconds from now until the sandbox expires.
             * @example 900
             */
            timeout: number;
        };
        /** @description How to pause. */
        SandboxPause: {
            /** @description Keep memory (default true); `false` keeps only the filesystem and resuming cold-boots the sandbox. */
            memory?: boolean;
        };
        /** @description How long the sandbox must live after connecting, and how to resume it. */
        ConnectSandbox: {
            /**
             * Format: int32
             * @description Seconds from now the sandbox lives at least.
             * @default 300
             * @example 300
             */
            timeout?: number;
            /** @description When resuming, restore memory (default true); `false` cold-boots from the filesystem. */
            memory?: boolean;
        };
        /** @description How many forks, and how long they live. */
        SandboxFork: {
            /**
             * Format: int32
             * @description How many sandboxes to start from the snapshot.
             * @default 1
             * @example 2
             */
            count?: number;
            /**
             * Format: int32
             * @description Seconds until each fork is killed.
             * @default 15
             * @example 300
             */
            timeout?: number;
        };
        /** @description The outcome of one fork; exactly one of `sandbox` and `error` is set. */
        SandboxForkResult: {
            sandbox?: components["schemas"]["Sandbox"];
            error?: components["schemas"]["Error"];
        };
        /** @description The sandbox's new egress rules; a field left out is cleared. */
        SandboxNetworkUpdate: {
            /** @description Destinations (CIDR, IP or domain) the sandbox may reach; they win over `denyOut`. */
            allowOut?: string[];
            /** @description CIDR blocks or IPs the sandbox may not reach. */
            denyOut?: string[];
            rules?: components["schemas"]["NetworkRules"];
            egressProxy?: components["schemas"]["EgressProxy"];
            /** @description `false` blocks all outgoing traffic, like `denyOut: ["0.0.0.0/0"]`. */
            allow_internet_access?: boolean;
        };
        /** @description What to call the snapshot. */
        NewSnapshot: {
            /**
             * @description Name of the snapshot; an existing name gets a new build.
             * @example checkout-ready
             */
            name?: string;
        };
        /** @description A snapshot, which sandboxes can start from by its `snapshotID`. */
        Snapshot: {
            /**
             * @description ID of the snapshot with its tag (`namespace/name:tag`, or `templateID:tag` when unnamed).
             * @example acme/checkout-ready:default
             */
            snapshotID: string;
            /** @description Its full names. */
            names: string[];
        };
        /** @description Who created the template. */
        TeamUser: {
            /**
             * Format: uuid
             * @description ID of the user.
             */
            id: string;
            /**
             * @deprecated
             * @description Email of the user (deprecated; now null).
             */
            email: string | null;
        } | null;
        /**
         * @description Where a build is; `ready` and `error` are final.
         * @example ready
         */
        TemplateBuildState: ("building" | "waiting" | "ready" | "error") | (string & {});
        /** @description A template. */
        Template: {
            /** @description ID of the template. */
            templateID: string;
            /** @description ID of its last successful build. */
            buildID: string;
            buildStatus: components["schemas"]["TemplateBuildState"];
            /**
             * Format: int32
             * @description CPU cores of its sandboxes.
             */
            cpuCount: number;
            /**
             * Format: int32
             * @description Memory of its sandboxes in MiB.
             */
            memoryMB: number;
            /**
             * Format: int32
             * @description Disk size of its sandboxes in MiB.
             */
            diskSizeMB: number;
            envdVersion: components["schemas"]["EnvdVersion"];
            /** @description Whether every team can use it. */
            public: boolean;
            /** @description Its names (`namespace/name` when namespaced). */
            names: string[];
            /**
             * @deprecated
             * @description Its names without namespace (deprecated, use `names`).
             */
            aliases: string[];
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last updated.
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When a sandbox last started from it.
             */
            lastSpawnedAt: string | null;
            createdBy: components["schemas"]["TeamUser"];
            /**
             * Format: int64
             * @description How many sandboxes started from it.
             */
            spawnCount: number;
            /**
             * Format: int32
             * @description How many times it was built.
             */
            buildCount: number;
        };
        /** @description One build of a template. */
        TemplateBuild: {
            /**
             * Format: uuid
             * @description ID of the build.
             */
            buildID: string;
            status: components["schemas"]["TemplateBuildState"];
            /**
             * Format: int32
             * @description CPU cores.
             */
            cpuCount: number;
            /**
             * Format: int32
             * @description Memory in MiB.
             */
            memoryMB: number;
            /**
             * Format: int32
             * @description Disk size in MiB.
             */
            diskSizeMB?: number;
            envdVersion?: components["schemas"]["EnvdVersion"];
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last updated.
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When it finished.
             */
            finishedAt?: string;
        };
        /** @description A template with a page of its builds. */
        TemplateWithBuilds: {
            /** @description ID of the template. */
            templateID: string;
            /** @description Whether every team can use it. */
            public: boolean;
            /** @description Its names. */
            names: string[];
            /**
             * @deprecated
             * @description Its names without namespace (deprecated, use `names`).
             */
            aliases: string[];
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last updated.
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When a sandbox last started from it.
             */
            lastSpawnedAt: string | null;
            /**
             * Format: int64
             * @description How many sandboxes started from it.
             */
            spawnCount: number;
            /** @description A page of its builds. */
            builds: components["schemas"]["TemplateBuild"][];
        };
        /** @description The template that holds a name. */
        TemplateAlias: {
            /** @description ID of the template. */
            templateID: string;
            /** @description Whether every team can use it. */
            public: boolean;
        };
        /** @description The template to register and the resources of its sandboxes. */
        NewTemplate: {
            /**
             * @description Name, optionally with a tag (`node-app:v2`).
             * @example node-app:v2
             */
            name?: string;
            /** @description Tags for the build. */
            tags?: string[];
            /**
             * Format: int32
             * @description CPU cores of its sandboxes.
             * @example 2
             */
            cpuCount?: number;
            /**
             * Format: int32
             * @description Memory of its sandboxes in MiB.
             * @example 1024
             */
            memoryMB?: number;
            /** @description Free disk space in MiB the build must leave; the team's default when left out. */
            minFreeDiskMb?: number;
            /**
             * @deprecated
             * @description Name of the template (deprecated, use `name`).
             */
            alias?: string;
            /**
             * @deprecated
             * @description The team to create it in (deprecated).
             */
            teamID?: string;
        };
        /** @description The registered template and the build to start. */
        TemplateRequest: {
            /** @description ID of the template. */
            templateID: string;
            /** @description ID of the build to start. */
            buildID: string;
            /** @description Whether every team can use it. */
            public: boolean;
            /** @description Its names. */
            names: string[];
            /** @description The build's tags. */
            tags: string[];
            /**
             * @deprecated
             * @description Its names without namespace (deprecated, use `names`).
             */
            aliases: string[];
        };
        /** @description Whether build files are cached, and where to upload them. */
        TemplateFileUpload: {
            /** @description Whether the files are already cached. */
            present: boolean;
            /** @description Where to `PUT` the tar when not present (another host; send no API key there). */
            url?: string;
            headers?: components["schemas"]["StringMap"];
        };
        /** @description Credentials of a private image registry. */
        Registry: {
            /**
             * @description Amazon ECR.
             * @constant
             */
            type: "aws";
            /** @description Access key ID. */
            awsAccessKeyId: string;
            /** @description Secret access key. */
            awsSecretAccessKey: string;
            /** @description Region of the registry. */
            awsRegion: string;
        } | {
            /**
             * @description Google Artifact Registry.
             * @constant
             */
            type: "gcp";
            /** @description Service account key, as JSON. */
            serviceAccountJson: string;
        } | {
            /**
             * @description A registry with basic credentials.
             * @constant
             */
            type: "registry";
            /** @description User name. */
            username: string;
            /** @description Password. */
            password: string;
        };
        /** @description One build step, such as `RUN` or `COPY`. */
        TemplateStep: {
            /**
             * @description The instruction.
             * @example RUN
             */
            type: string;
            /** @description Its arguments. */
            args?: string[];
            /** @description Hash of the files a `COPY` uploads (see the upload link operation). */
            filesHash?: string;
            /** @description Run it even when cached. */
            force?: boolean;
        };
        /** @description What to build from (exactly one of `fromImage` and `fromTemplate`) and the steps. */
        TemplateBuildStart: {
            /**
             * @description Base image.
             * @example node:22-slim
             */
            fromImage?: string;
            /** @description Base template. */
            fromTemplate?: string;
            fromImageRegistry?: components["schemas"]["Registry"];
            /**
             * @description Rebuild every step, ignoring the cache.
             * @default false
             */
            force?: boolean;
            /** @description The steps, in order. */
            steps?: components["schemas"]["TemplateStep"][];
            /** @description Command started in every sandbox of the template. */
            startCmd?: string;
            /** @description Command whose success means the start command is ready. */
            readyCmd?: string;
        };
        /** @description One line of a build's log. */
        BuildLogEntry: {
            /**
             * Format: date-time
             * @description When it was logged.
             */
            timestamp: string;
            /** @description The line. */
            message: string;
            level: components["schemas"]["LogLevel"];
            /** @description The build step it belongs to. */
            step?: string;
        };
        /** @description A build's status and its log entries from the requested offset. */
        TemplateBuildStatus: {
            /** @description ID of the template. */
            templateID: string;
            /** @description ID of the build. */
            buildID: string;
            status: components["schemas"]["TemplateBuildState"];
            /**
             * @deprecated
             * @description Plain log lines (deprecated; always empty now, use `logEntries`).
             */
            logs: string[];
            /** @description Log entries from `logsOffset` on. */
            logEntries: components["schemas"]["BuildLogEntry"][];
            /** @description Why the build ended in `error`. */
            reason?: {
                /** @description What failed. */
                message: string;
                /** @description The step that failed. */
                step?: string;
                /** @description The log entries that explain it. */
                logEntries?: components["schemas"]["BuildLogEntry"][];
            };
        };
        /** @description A tag and the build it points to. */
        TemplateTag: {
            /** @description The tag. */
            tag: string;
            /**
             * Format: uuid
             * @description The build it points to.
             */
            buildID: string;
            /**
             * Format: date-time
             * @description When it was assigned.
             */
            createdAt: string;
        };
        /** @description Tags to add to the build a `name:tag` points to. */
        TemplateTagsAssignment: {
            /**
             * @description The build, as `name:tag`.
             * @example node-app:v2
             */
            target: string;
            /** @description The tags to add. */
            tags: string[];
        };
        /** @description The build that was tagged and its new tags. */
        AssignedTemplateTags: {
            /**
             * Format: uuid
             * @description The build.
             */
            buildID: string;
            /** @description The tags assigned. */
            tags: string[];
        };
        /** @description Tags to remove from a template. */
        TemplateTagsRemoval: {
            /**
             * @description Name of the template.
             * @example node-app
             */
            name: string;
            /** @description The tags to remove. */
            tags: string[];
        };
        /** @description A team of the caller. */
        Team: {
            /** @description ID of the team. */
            teamID: string;
            /** @description Name of the team. */
            name: string;
            /** @description The team's API key (a secret). */
            apiKey: string;
            /** @description Whether it is the caller's default team. */
            isDefault: boolean;
        };
        /** @description How long a sandbox should live on. */
        SandboxRefresh: {
            /** @description Seconds from now. */
            duration?: number;
        };
        /** @description The latest sample of each running sandbox asked for. */
        SandboxesWithMetrics: {
            /** @description Samples by sandbox ID; a sandbox that does not run is left out. */
            sandboxes: {
                [key: string]: components["schemas"]["SandboxMetric"];
            };
        };
        /** @description Storage that sandboxes can mount. */
        Volume: {
            /** @description ID of the volume. */
            volumeID: string;
            /** @description Name of the volume. */
            name: string;
        };
        /** @description A volume with what its content API needs. */
        VolumeAndToken: {
            /** @description ID of the volume. */
            volumeID: string;
            /** @description Name of the volume. */
            name: string;
            /** @description Bearer token of the volume's content API. */
            token: string;
            /** @description Where the content API lives, for a team on its own cluster (in place of `api.<domain>`); absent otherwise. */
            domain?: string;
        };
        /** @description A volume to create. */
        NewVolume: {
            /** @description Name of the volume. */
            name: string;
        };
        /** @description The secret's own labels; empty when unset. At most 32 entries (keys up to 128 bytes, values up to 1024). */
        SecretMetadata: {
            [key: string]: string;
        };
        /** @description A secret's metadata. No answer carries its value. */
        Secret: {
            /** @description ID of the secret. */
            secretID: string;
            /** @description Name of the secret, unique within the team, stored lower-case. */
            name: string;
            /**
             * Format: int64
             * @description The version readers get when they name none.
             */
            currentVersion: number;
            metadata: components["schemas"]["SecretMetadata"];
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When its last version was stored.
             */
            updatedAt: string;
        };
        /** @description A secret to create. */
        NewSecret: {
            /** @description Name of the secret, unique within the team; the `sec_` prefix is reserved for IDs. */
            name: string;
            /** @description The first version's value (write-only). */
            value: string;
            metadata?: components["schemas"]["SecretMetadata"];
        };
        /** @description A secret's new version. */
        SecretUpdate: {
            /** @description The new version's value (write-only). */
            value: string;
            metadata?: components["schemas"]["SecretMetadata"];
        };
        /** @description One entry of a sandbox's log. */
        SandboxLogEntry: {
            /**
             * Format: date-time
             * @description When it was logged.
             */
            timestamp: string;
            level: components["schemas"]["LogLevel"];
            /** @description The entry's text. */
            message: string;
            /** @description Its structured fields. */
            fields: {
                [key: string]: string;
            };
        };
        /** @description A page of a sandbox's log. */
        SandboxLogs: {
            /** @description The entries, in the order asked for. */
            logs: components["schemas"]["SandboxLogEntry"][];
        };
        /** @description A page of a build's log. */
        BuildLogs: {
            /** @description The entries, in the order asked for. */
            logs: components["schemas"]["BuildLogEntry"][];
        };
        /** @description One sample of a team's use. */
        TeamMetric: {
            /**
             * Format: date-time
             * @deprecated
             * @description When it was sampled (deprecated, use `timestampUnix`).
             */
            timestamp: string;
            /**
             * Format: int64
             * @description When it was sampled, in Unix seconds.
             */
            timestampUnix: number;
            /**
             * Format: int32
             * @description Sandboxes running at once.
             */
            concurrentSandboxes: number;
            /**
             * Format: float
             * @description Sandboxes started per second.
             */
            sandboxStartRate: number;
        };
        /** @description The peak of a team metric in an interval. */
        MaxTeamMetric: {
            /**
             * Format: date-time
             * @deprecated
             * @description When it was reached (deprecated, use `timestampUnix`).
             */
            timestamp: string;
            /**
             * Format: int64
             * @description When it was reached, in Unix seconds.
             */
            timestampUnix: number;
            /** @description The peak value. */
            value: number;
        };
        /** @description What to change in a template. */
        TemplateUpdate: {
            /** @description Whether any team may start sandboxes from it. */
            public?: boolean;
        };
        /** @description A template's names. */
        TemplateNames: {
            /** @description Its names, `namespace/alias` when namespaced. */
            names: string[];
        };
    };
    responses: {
        /** @description A parameter or the body is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 400,
                 *       "message": "invalid timeout: must be a non-negative integer"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 401,
                 *       "message": "Invalid API key"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The team may not access this resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 403,
                 *       "message": "the template name is used by another team"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource does not exist (or no longer does). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 404,
                 *       "message": "sandbox \"ixq3wq7z4m1o8ka2bd6nc\" not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource's current state does not allow the request. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 409,
                 *       "message": "sandbox \"ixq3wq7z4m1o8ka2bd6nc\" is not running"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests, or too many concurrent sandboxes for the team's plan. */
        TooManyRequests: {
            headers: {
                /**
                 * @description When present, how many seconds to wait before retrying.
                 * @example 30
                 */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 429,
                 *       "message": "rate limit exceeded"
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
                 *       "code": 500,
                 *       "message": "internal server error",
                 *       "error_code": "internal_server_error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service cannot serve the request now; retry later. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 503,
                 *       "message": "no capacity to start the sandbox",
                 *       "error_code": "sandbox_capacity_unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The sandbox could not be placed in time. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 504,
                 *       "message": "timed out placing the sandbox",
                 *       "error_code": "sandbox_placement_timeout"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of the sandbox.
         * @example ixq3wq7z4m1o8ka2bd6nc
         */
        sandboxID: string;
        /**
         * @description ID of the template (some operations also take its name).
         * @example rki5dems9wqfm4r03t7g
         */
        templateID: string;
        /**
         * @description ID of the build.
         * @example 7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a
         */
        buildID: string;
        /**
         * @description The most items a page holds.
         * @example 100
         */
        limit: number;
        /**
         * @description Where the page starts, the `X-Next-Token` of the previous page; the first page without it.
         * @example djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j
         */
        nextToken: string;
        /**
         * @description ID of the volume.
         * @example vol_3f9a1e5c2b4e8d9a
         */
        volumeID: string;
        /**
         * @description ID or name of the secret.
         * @example sec_7b2d4f6a8c0e1a3c
         */
        secretID: string;
        /**
         * @description ID of the team.
         * @example 460355b3-4f64-48f9-9a16-4442817f79f5
         */
        teamID: string;
        /**
         * @description Start of the interval, in Unix seconds.
         * @example 1795853702
         */
        start: number;
        /**
         * @description End of the interval, in Unix seconds.
         * @example 1795854302
         */
        end: number;
        /**
         * @description Where to start, in Unix milliseconds.
         * @example 1795853703120
         */
        logCursor: number;
        /**
         * @description The most entries a page holds.
         * @example 100
         */
        logLimit: number;
        /**
         * @description `forward` (oldest first from `cursor`) or `backward`.
         * @example forward
         */
        logDirection: "forward" | "backward";
    };
    requestBodies: never;
    headers: {
        /**
         * @description The `nextToken` of the next page; absent on the last page.
         * @example djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j
         */
        XNextToken: string;
    };
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
    listSandboxes: {
        parameters: {
            query?: {
                /**
                 * @description Only sandboxes whose metadata holds every pair of this query string, such as
                 *     `userID=u_4821&env=prod`. Keys and values are URL-encoded within it, and the whole
                 *     string is encoded again as the parameter's value.
                 * @example userID=u_4821
                 */
                metadata?: string;
                /**
                 * @description Only sandboxes in one of these states, comma-joined (`running,paused`).
                 * @example [
                 *       "running",
                 *       "paused"
                 *     ]
                 */
                state?: components["schemas"]["SandboxState"][];
                /**
                 * @description Sort by start time, `desc` (newest first, the default) or `asc`.
                 * @example desc
                 */
                order?: "asc" | "desc";
                /**
                 * @description Only sandboxes started at or after this time.
                 * @example 2026-11-20T09:00:00Z
                 */
                startedAfter?: string;
                /**
                 * @description Only sandboxes of this template, by ID or name.
                 * @example base
                 */
                template?: string;
                /**
                 * @description The most items a page holds.
                 * @example 100
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Where the page starts, the `X-Next-Token` of the previous page; the first page without it.
                 * @example djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j
                 */
                nextToken?: components["parameters"]["nextToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sandboxes. */
            200: {
                headers: {
                    "X-Next-Token": components["headers"]["XNextToken"];
                    /**
                     * @description How many running sandboxes match the filters, before pagination. Present only when running sandboxes were asked for.
                     * @example 1
                     */
                    "X-Total-Running"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "sandboxID": "ixq3wq7z4m1o8ka2bd6nc",
                     *         "templateID": "rki5dems9wqfm4r03t7g",
                     *         "alias": "base",
                     *         "clientID": "6532622b",
                     *         "startedAt": "2026-11-27T08:15:02Z",
                     *         "endAt": "2026-11-27T08:25:02Z",
                     *         "cpuCount": 2,
                     *         "memoryMB": 512,
                     *         "diskSizeMB": 2048,
                     *         "metadata": {
                     *           "userID": "u_4821"
                     *         },
                     *         "state": "running",
                     *         "envdVersion": "0.2.4",
                     *         "volumeMounts": []
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ListedSandbox"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSandbox"];
            };
        };
        responses: {
            /** @description The sandbox was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sandboxID": "ixq3wq7z4m1o8ka2bd6nc",
                     *       "templateID": "rki5dems9wqfm4r03t7g",
                     *       "clientID": "6532622b",
                     *       "alias": "base",
                     *       "envdVersion": "0.2.4",
                     *       "envdAccessToken": "8c4e1b7f2a9d4e60b3c5a1f7d2e8b940",
                     *       "trafficAccessToken": null,
                     *       "domain": "e2b.app"
                     *     }
                     */
                    "application/json": components["schemas"]["Sandbox"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sandboxID": "ixq3wq7z4m1o8ka2bd6nc",
                     *       "templateID": "rki5dems9wqfm4r03t7g",
                     *       "alias": "base",
                     *       "clientID": "6532622b",
                     *       "startedAt": "2026-11-27T08:15:02Z",
                     *       "endAt": "2026-11-27T08:25:02Z",
                     *       "cpuCount": 2,
                     *       "memoryMB": 512,
                     *       "diskSizeMB": 2048,
                     *       "metadata": {
                     *         "userID": "u_4821"
                     *       },
                     *       "state": "running",
                     *       "envdVersion": "0.2.4",
                     *       "envdAccessToken": "8c4e1b7f2a9d4e60b3c5a1f7d2e8b940",
                     *       "allowInternetAccess": null,
                     *       "domain": "e2b.app",
                     *       "lifecycle": {
                     *         "onTimeout": "kill",
                     *         "autoResume": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SandboxDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    killSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox was killed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getSandboxMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Start of the interval, in Unix seconds.
                 * @example 1795853702
                 */
                start?: number;
                /**
                 * @description End of the interval, in Unix seconds.
                 * @example 1795854302
                 */
                end?: number;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The samples, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "timestamp": "2026-11-27T08:16:02Z",
                     *         "timestampUnix": 1795853762,
                     *         "cpuCount": 2,
                     *         "cpuUsedPct": 12.5,
                     *         "memUsed": 187695104,
                     *         "memTotal": 507412480,
                     *         "memCache": 41943040,
                     *         "diskUsed": 864026624,
                     *         "diskTotal": 2040373248
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["SandboxMetric"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    setSandboxTimeout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "timeout": 900
                 *     }
                 */
                "application/json": components["schemas"]["SandboxTimeout"];
            };
        };
        responses: {
            /** @description The timeout was set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    pauseSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SandboxPause"];
            };
        };
        responses: {
            /** @description The sandbox was paused. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The sandbox is already paused. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 409,
                     *       "message": "sandbox \"ixq3wq7z4m1o8ka2bd6nc\" is already paused"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    connectSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "timeout": 300
                 *     }
                 */
                "application/json": components["schemas"]["ConnectSandbox"];
            };
        };
        responses: {
            /** @description The sandbox was running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sandboxID": "ixq3wq7z4m1o8ka2bd6nc",
                     *       "templateID": "rki5dems9wqfm4r03t7g",
                     *       "clientID": "6532622b",
                     *       "alias": "base",
                     *       "envdVersion": "0.2.4",
                     *       "envdAccessToken": "8c4e1b7f2a9d4e60b3c5a1f7d2e8b940",
                     *       "trafficAccessToken": null,
                     *       "domain": "e2b.app"
                     *     }
                     */
                    "application/json": components["schemas"]["Sandbox"];
                };
            };
            /** @description The sandbox was paused and has been resumed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sandboxID": "ixq3wq7z4m1o8ka2bd6nc",
                     *       "templateID": "rki5dems9wqfm4r03t7g",
                     *       "clientID": "6532622b",
                     *       "alias": "base",
                     *       "envdVersion": "0.2.4",
                     *       "envdAccessToken": "0f6d2a8c1b3e4f5a9c7d8e2b1a4f6c3d",
                     *       "trafficAccessToken": null,
                     *       "domain": "e2b.app"
                     *     }
                     */
                    "application/json": components["schemas"]["Sandbox"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    forkSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "count": 2,
                 *       "timeout": 300
                 *     }
                 */
                "application/json": components["schemas"]["SandboxFork"];
            };
        };
        responses: {
            /** @description The forks were attempted; one entry per fork. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "sandbox": {
                     *           "sandboxID": "i7fw2d9k0c3n5r8t1y4ub",
                     *           "templateID": "rki5dems9wqfm4r03t7g",
                     *           "clientID": "6532622b",
                     *           "envdVersion": "0.2.4",
                     *           "envdAccessToken": "3b9e7c1d5f2a4e8b6c0d9f1a2e3b4c5d",
                     *           "trafficAccessToken": null,
                     *           "domain": "e2b.app"
                     *         }
                     *       },
                     *       {
                     *         "error": {
                     *           "code": 503,
                     *           "message": "no capacity to start the sandbox",
                     *           "error_code": "sandbox_capacity_unavailable"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["SandboxForkResult"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateSandboxNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allowOut": [
                 *         "api.github.com",
                 *         "*.npmjs.org"
                 *       ],
                 *       "denyOut": [
                 *         "0.0.0.0/0"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SandboxNetworkUpdate"];
            };
        };
        responses: {
            /** @description The rules were replaced. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSnapshot"];
            };
        };
        responses: {
            /** @description The snapshot was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "snapshotID": "acme/checkout-ready:default",
                     *       "names": [
                     *         "acme/checkout-ready:default"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: {
                /**
                 * @description Only the snapshots of this sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID?: string;
                /**
                 * @description Only snapshots of this name or ID, optionally with a namespace or tag (`acme/checkout-ready:v1`).
                 * @example checkout-ready
                 */
                name?: string;
                /**
                 * @description The most items a page holds.
                 * @example 100
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Where the page starts, the `X-Next-Token` of the previous page; the first page without it.
                 * @example djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j
                 */
                nextToken?: components["parameters"]["nextToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of snapshots. */
            200: {
                headers: {
                    "X-Next-Token": components["headers"]["XNextToken"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "snapshotID": "acme/checkout-ready:default",
                     *         "names": [
                     *           "acme/checkout-ready:default"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Snapshot"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /**
                 * @description The team whose templates to list, for keys that span teams.
                 * @example 460355b3-4f64-48f9-9a16-4442817f79f5
                 */
                teamID?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "templateID": "rki5dems9wqfm4r03t7g",
                     *         "buildID": "2c8a4d4e-9b1f-4a6e-8f3d-7c5b1e9a0d42",
                     *         "buildStatus": "ready",
                     *         "cpuCount": 2,
                     *         "memoryMB": 512,
                     *         "diskSizeMB": 2048,
                     *         "envdVersion": "0.2.4",
                     *         "public": false,
                     *         "names": [
                     *           "acme/node-app"
                     *         ],
                     *         "aliases": [
                     *           "node-app"
                     *         ],
                     *         "createdAt": "2026-11-02T10:00:00Z",
                     *         "updatedAt": "2026-11-20T14:30:00Z",
                     *         "lastSpawnedAt": "2026-11-27T08:15:02Z",
                     *         "createdBy": {
                     *           "id": "0f1e2d3c-4b5a-4697-8887-766554433221",
                     *           "email": null
                     *         },
                     *         "spawnCount": 1284,
                     *         "buildCount": 7
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Template"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTemplate: {
        parameters: {
            query?: {
                /**
                 * @description The most items a page holds.
                 * @example 100
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Where the page starts, the `X-Next-Token` of the previous page; the first page without it.
                 * @example djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j
                 */
                nextToken?: components["parameters"]["nextToken"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template and a page of its builds. */
            200: {
                headers: {
                    "X-Next-Token": components["headers"]["XNextToken"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "templateID": "rki5dems9wqfm4r03t7g",
                     *       "public": false,
                     *       "names": [
                     *         "acme/node-app"
                     *       ],
                     *       "aliases": [
                     *         "node-app"
                     *       ],
                     *       "createdAt": "2026-11-02T10:00:00Z",
                     *       "updatedAt": "2026-11-20T14:30:00Z",
                     *       "lastSpawnedAt": "2026-11-27T08:15:02Z",
                     *       "spawnCount": 1284,
                     *       "builds": [
                     *         {
                     *           "buildID": "2c8a4d4e-9b1f-4a6e-8f3d-7c5b1e9a0d42",
                     *           "status": "ready",
                     *           "cpuCount": 2,
                     *           "memoryMB": 512,
                     *           "diskSizeMB": 2048,
                     *           "envdVersion": "0.2.4",
                     *           "createdAt": "2026-11-20T14:25:00Z",
                     *           "updatedAt": "2026-11-20T14:30:00Z",
                     *           "finishedAt": "2026-11-20T14:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateWithBuilds"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTemplateByAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template name to look up.
                 * @example node-app
                 */
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A template of the caller's team, or a public one, holds the name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "templateID": "rki5dems9wqfm4r03t7g",
                     *       "public": false
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateAlias"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createTemplate: {
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
                 *       "name": "node-app:v2",
                 *       "cpuCount": 2,
                 *       "memoryMB": 1024
                 *     }
                 */
                "application/json": components["schemas"]["NewTemplate"];
            };
        };
        responses: {
            /** @description The template and its build were registered. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "templateID": "rki5dems9wqfm4r03t7g",
                     *       "buildID": "7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a",
                     *       "public": false,
                     *       "names": [
                     *         "acme/node-app"
                     *       ],
                     *       "tags": [
                     *         "v2"
                     *       ],
                     *       "aliases": [
                     *         "node-app"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTemplateFileUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
                /**
                 * @description The hash of the tar of a build step's files, as the step's `filesHash`.
                 * @example 5f2b8c1d9e4a7b3c6d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e
                 */
                hash: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the files are present, and where to upload them when not. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "present": false,
                     *       "url": "https://storage.googleapis.com/e2b-build-cache/rki5dems9wqfm4r03t7g/5f2b8c1d.tar?X-Goog-Signature=3f9c"
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateFileUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    startTemplateBuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
                /**
                 * @description ID of the build.
                 * @example 7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a
                 */
                buildID: components["parameters"]["buildID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fromImage": "node:22-slim",
                 *       "steps": [
                 *         {
                 *           "type": "RUN",
                 *           "args": [
                 *             "npm install -g pnpm@10"
                 *           ]
                 *         }
                 *       ],
                 *       "startCmd": "node server.js",
                 *       "readyCmd": "curl -sf http://localhost:3000/health"
                 *     }
                 */
                "application/json": components["schemas"]["TemplateBuildStart"];
            };
        };
        responses: {
            /** @description The build has started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTemplateBuildStatus: {
        parameters: {
            query?: {
                /**
                 * @description Index of the first log entry to return.
                 * @example 0
                 */
                logsOffset?: number;
                /**
                 * @description The most log entries to return.
                 * @example 100
                 */
                limit?: number;
                /** @description Only log entries of this level or above. */
                level?: components["schemas"]["LogLevel"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
                /**
                 * @description ID of the build.
                 * @example 7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a
                 */
                buildID: components["parameters"]["buildID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The build. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateBuildStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTemplateTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "tag": "v2",
                     *         "buildID": "7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a",
                     *         "createdAt": "2026-11-27T08:45:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TemplateTag"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    assignTemplateTags: {
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
                 *       "target": "node-app:v2",
                 *       "tags": [
                 *         "latest",
                 *         "stable"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TemplateTagsAssignment"];
            };
        };
        responses: {
            /** @description The tags were assigned. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "buildID": "7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a",
                     *       "tags": [
                     *         "latest",
                     *         "stable"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AssignedTemplateTags"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    removeTemplateTags: {
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
                 *       "name": "node-app",
                 *       "tags": [
                 *         "stable"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TemplateTagsRemoval"];
            };
        };
        responses: {
            /** @description The tags were removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "teamID": "460355b3-4f64-48f9-9a16-4442817f79f5",
                     *         "name": "acme",
                     *         "apiKey": "e2b_6f1c9a3d8b2e4f7a0c5d1e9b3a7f2c4d8e6b0a1f",
                     *         "isDefault": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Team"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    refreshSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "duration": 600
                 *     }
                 */
                "application/json": components["schemas"]["SandboxRefresh"];
            };
        };
        responses: {
            /** @description The sandbox lives on. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSandboxesMetrics: {
        parameters: {
            query: {
                /**
                 * @description The sandboxes, comma-joined.
                 * @example [
                 *       "ixq3wq7z4m1o8ka2bd6nc",
                 *       "i5m0yk2vq9f3t8c1a7bxe"
                 *     ]
                 */
                sandbox_ids: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest sample of each sandbox that runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sandboxes": {
                     *         "ixq3wq7z4m1o8ka2bd6nc": {
                     *           "timestamp": "2026-11-27T08:16:02Z",
                     *           "timestampUnix": 1795853762,
                     *           "cpuCount": 2,
                     *           "cpuUsedPct": 12.5,
                     *           "memUsed": 187695104,
                     *           "memTotal": 507412480,
                     *           "memCache": 41943040,
                     *           "diskUsed": 864026624,
                     *           "diskTotal": 2040373248
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SandboxesWithMetrics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listVolumes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volumes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "volumeID": "vol_3f9a1e5c2b4e8d9a",
                     *         "name": "datasets"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Volume"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createVolume: {
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
                 *       "name": "datasets"
                 *     }
                 */
                "application/json": components["schemas"]["NewVolume"];
            };
        };
        responses: {
            /** @description The new volume, with the token of its content API. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volumeID": "vol_3f9a1e5c2b4e8d9a",
                     *       "name": "datasets",
                     *       "token": "vtok_9c2e4b7a1d3f5e8c0a6b2d4f"
                     *     }
                     */
                    "application/json": components["schemas"]["VolumeAndToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getVolume: {
        parameters: {
            query?: never;
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
            /** @description The volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "volumeID": "vol_3f9a1e5c2b4e8d9a",
                     *       "name": "datasets",
                     *       "token": "vtok_9c2e4b7a1d3f5e8c0a6b2d4f"
                     *     }
                     */
                    "application/json": components["schemas"]["VolumeAndToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteVolume: {
        parameters: {
            query?: never;
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
            /** @description The volume is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listSecrets: {
        parameters: {
            query?: {
                /**
                 * @description The most items a page holds.
                 * @example 100
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Where the page starts, the `X-Next-Token` of the previous page; the first page without it.
                 * @example djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j
                 */
                nextToken?: components["parameters"]["nextToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of secrets. */
            200: {
                headers: {
                    "X-Next-Token": components["headers"]["XNextToken"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "secretID": "sec_7b2d4f6a8c0e1a3c",
                     *         "name": "openai-key",
                     *         "currentVersion": 2,
                     *         "metadata": {
                     *           "owner": "ml-team"
                     *         },
                     *         "createdAt": "2026-11-02T10:00:00Z",
                     *         "updatedAt": "2026-11-20T14:30:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Secret"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createSecret: {
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
                 *       "name": "openai-key",
                 *       "value": "sk-proj-4f8c2a9e1b7d3f6a",
                 *       "metadata": {
                 *         "owner": "ml-team"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NewSecret"];
            };
        };
        responses: {
            /** @description The new secret, metadata only. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secretID": "sec_7b2d4f6a8c0e1a3c",
                     *       "name": "openai-key",
                     *       "currentVersion": 1,
                     *       "metadata": {
                     *         "owner": "ml-team"
                     *       },
                     *       "createdAt": "2026-11-02T10:00:00Z",
                     *       "updatedAt": "2026-11-02T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Secret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID or name of the secret.
                 * @example sec_7b2d4f6a8c0e1a3c
                 */
                secretID: components["parameters"]["secretID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret, metadata only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secretID": "sec_7b2d4f6a8c0e1a3c",
                     *       "name": "openai-key",
                     *       "currentVersion": 2,
                     *       "metadata": {
                     *         "owner": "ml-team"
                     *       },
                     *       "createdAt": "2026-11-02T10:00:00Z",
                     *       "updatedAt": "2026-11-20T14:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Secret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID or name of the secret.
                 * @example sec_7b2d4f6a8c0e1a3c
                 */
                secretID: components["parameters"]["secretID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": "sk-proj-9a1c3e5b7d2f4a6c"
                 *     }
                 */
                "application/json": components["schemas"]["SecretUpdate"];
            };
        };
        responses: {
            /** @description The secret, metadata only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secretID": "sec_7b2d4f6a8c0e1a3c",
                     *       "name": "openai-key",
                     *       "currentVersion": 3,
                     *       "metadata": {
                     *         "owner": "ml-team"
                     *       },
                     *       "createdAt": "2026-11-02T10:00:00Z",
                     *       "updatedAt": "2026-11-27T08:40:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Secret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID or name of the secret.
                 * @example sec_7b2d4f6a8c0e1a3c
                 */
                secretID: components["parameters"]["secretID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret is revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getSandboxLogs: {
        parameters: {
            query?: {
                /**
                 * @description Where to start, in Unix milliseconds.
                 * @example 1795853703120
                 */
                cursor?: components["parameters"]["logCursor"];
                /**
                 * @description The most entries a page holds.
                 * @example 100
                 */
                limit?: components["parameters"]["logLimit"];
                /**
                 * @description `forward` (oldest first from `cursor`) or `backward`.
                 * @example forward
                 */
                direction?: components["parameters"]["logDirection"];
                /**
                 * @description Only entries of this level or above.
                 * @example info
                 */
                level?: components["schemas"]["LogLevel"];
                /**
                 * @description Only entries whose message holds this text (case-sensitive).
                 * @example listening
                 */
                search?: string;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the sandbox.
                 * @example ixq3wq7z4m1o8ka2bd6nc
                 */
                sandboxID: components["parameters"]["sandboxID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "logs": [
                     *         {
                     *           "timestamp": "2026-11-27T08:15:03.120Z",
                     *           "level": "info",
                     *           "message": "server listening on :3000",
                     *           "fields": {
                     *             "logger": "app"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SandboxLogs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTemplateBuildLogs: {
        parameters: {
            query?: {
                /**
                 * @description Where to start, in Unix milliseconds.
                 * @example 1795853703120
                 */
                cursor?: components["parameters"]["logCursor"];
                /**
                 * @description The most entries a page holds.
                 * @example 100
                 */
                limit?: components["parameters"]["logLimit"];
                /**
                 * @description `forward` (oldest first from `cursor`) or `backward`.
                 * @example forward
                 */
                direction?: components["parameters"]["logDirection"];
                /**
                 * @description Only entries of this level or above.
                 * @example info
                 */
                level?: components["schemas"]["LogLevel"];
                /**
                 * @description Where to read from, `temporary` (while it builds) or `persistent`.
                 * @example persistent
                 */
                source?: "temporary" | "persistent";
            };
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
                /**
                 * @description ID of the build.
                 * @example 7d3f9a1e-5c2b-4e8d-9a6f-1b0c3d2e4f5a
                 */
                buildID: components["parameters"]["buildID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of log entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "logs": [
                     *         {
                     *           "timestamp": "2026-11-27T08:40:00.250Z",
                     *           "level": "info",
                     *           "message": "Step 2/3: RUN npm ci",
                     *           "step": "2"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BuildLogs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTeamMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Start of the interval, in Unix seconds.
                 * @example 1795853702
                 */
                start?: components["parameters"]["start"];
                /**
                 * @description End of the interval, in Unix seconds.
                 * @example 1795854302
                 */
                end?: components["parameters"]["end"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 460355b3-4f64-48f9-9a16-4442817f79f5
                 */
                teamID: components["parameters"]["teamID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The samples, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "timestamp": "2026-11-27T08:16:00Z",
                     *         "timestampUnix": 1795853760,
                     *         "concurrentSandboxes": 14,
                     *         "sandboxStartRate": 0.25
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TeamMetric"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTeamMaxMetric: {
        parameters: {
            query: {
                /**
                 * @description Start of the interval, in Unix seconds.
                 * @example 1795853702
                 */
                start?: components["parameters"]["start"];
                /**
                 * @description End of the interval, in Unix seconds.
                 * @example 1795854302
                 */
                end?: components["parameters"]["end"];
                /**
                 * @description The metric.
                 * @example concurrent_sandboxes
                 */
                metric: "concurrent_sandboxes" | "sandbox_start_rate";
            };
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 460355b3-4f64-48f9-9a16-4442817f79f5
                 */
                teamID: components["parameters"]["teamID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The peak. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "timestamp": "2026-11-27T08:16:00Z",
                     *       "timestampUnix": 1795853760,
                     *       "value": 21
                     *     }
                     */
                    "application/json": components["schemas"]["MaxTeamMetric"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTemplatesV2: {
        parameters: {
            query?: {
                /**
                 * @description The most items a page holds.
                 * @example 100
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Where the page starts, the `X-Next-Token` of the previous page; the first page without it.
                 * @example djE6aXhxM3dxN3o0bTFvOGthMmJkNm5j
                 */
                nextToken?: components["parameters"]["nextToken"];
                /**
                 * @description The team whose templates to list, for keys that span teams.
                 * @example 460355b3-4f64-48f9-9a16-4442817f79f5
                 */
                teamID?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of templates. */
            200: {
                headers: {
                    "X-Next-Token": components["headers"]["XNextToken"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "templateID": "rki5dems9wqfm4r03t7g",
                     *         "buildID": "2c8a4d4e-9b1f-4a6e-8f3d-7c5b1e9a0d42",
                     *         "buildStatus": "ready",
                     *         "cpuCount": 2,
                     *         "memoryMB": 512,
                     *         "diskSizeMB": 2048,
                     *         "envdVersion": "0.2.4",
                     *         "public": false,
                     *         "names": [
                     *           "acme/node-app"
                     *         ],
                     *         "aliases": [
                     *           "node-app"
                     *         ],
                     *         "createdAt": "2026-11-02T10:00:00Z",
                     *         "updatedAt": "2026-11-20T14:30:00Z",
                     *         "lastSpawnedAt": "2026-11-27T08:15:02Z",
                     *         "createdBy": {
                     *           "id": "0f1e2d3c-4b5a-4697-8887-766554433221",
                     *           "email": null
                     *         },
                     *         "spawnCount": 1284,
                     *         "buildCount": 7
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Template"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the template (some operations also take its name).
                 * @example rki5dems9wqfm4r03t7g
                 */
                templateID: components["parameters"]["templateID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "public": true
                 *     }
                 */
                "application/json": components["schemas"]["TemplateUpdate"];
            };
        };
        responses: {
            /** @description The template's names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "names": [
                     *         "acme/node-app"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TemplateNames"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
