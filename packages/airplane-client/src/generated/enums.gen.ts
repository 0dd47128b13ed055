// GENERATED FILE, DO NOT EDIT. Source: spec/airplane.yaml. Regenerate with `pnpm generate`.

/** The values of `RunStatus` that the spec lists; answers may carry others (see `RunStatus`). */
export const RunStatusValues = ["NotStarted","Queued","Active","Succeeded","Failed","Cancelled"] as const;
/** One of the values of `RunStatus` that the spec lists. */
export type KnownRunStatus = (typeof RunStatusValues)[number];
/** The values of `SessionStatus` that the spec lists; answers may carry others (see `SessionStatus`). */
export const SessionStatusValues = ["Pending","Active","Waiting","Succeeded","Failed","Cancelling","Cancelled"] as const;
/** One of the values of `SessionStatus` that the spec lists. */
export type KnownSessionStatus = (typeof SessionStatusValues)[number];
/** The values of `ParameterType` that the spec lists; answers may carry others (see `ParameterType`). */
export const ParameterTypeValues = ["any","string","boolean","upload","integer","float","date","datetime","configvar","list","map","object"] as const;
/** One of the values of `ParameterType` that the spec lists. */
export type KnownParameterType = (typeof ParameterTypeValues)[number];
