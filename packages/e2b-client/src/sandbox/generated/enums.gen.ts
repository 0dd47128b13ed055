// GENERATED FILE, DO NOT EDIT. Source: spec/e2b-sandbox.yaml. Regenerate with `pnpm generate`.

/** The values of `SandboxState` that the spec lists; answers may carry others (see `SandboxState`). */
export const SandboxStateValues = ["running","paused"] as const;
/** One of the values of `SandboxState` that the spec lists. */
export type KnownSandboxState = (typeof SandboxStateValues)[number];
/** The values of `LogLevel` that the spec lists; answers may carry others (see `LogLevel`). */
export const LogLevelValues = ["debug","info","warn","error"] as const;
/** One of the values of `LogLevel` that the spec lists. */
export type KnownLogLevel = (typeof LogLevelValues)[number];
/** The values of `TemplateBuildState` that the spec lists; answers may carry others (see `TemplateBuildState`). */
export const TemplateBuildStateValues = ["building","waiting","ready","error"] as const;
/** One of the values of `TemplateBuildState` that the spec lists. */
export type KnownTemplateBuildState = (typeof TemplateBuildStateValues)[number];
