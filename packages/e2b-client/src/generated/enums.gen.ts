// GENERATED FILE, DO NOT EDIT. Source: spec/e2b.yaml. Regenerate with `pnpm generate`.

/** The values of `Template` that the spec lists; answers may carry others (see `Template`). */
export const TemplateValues = ["Nodejs","Go","Bash","Rust","Python3","PHP","Java","Perl","DotNET"] as const;
/** One of the values of `Template` that the spec lists. */
export type KnownTemplate = (typeof TemplateValues)[number];
/** The values of `EnvironmentState` that the spec lists; answers may carry others (see `EnvironmentState`). */
export const EnvironmentStateValues = ["Building","Failed","Done"] as const;
/** One of the values of `EnvironmentState` that the spec lists. */
export type KnownEnvironmentState = (typeof EnvironmentStateValues)[number];
