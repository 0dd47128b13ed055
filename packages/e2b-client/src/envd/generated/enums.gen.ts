// GENERATED FILE, DO NOT EDIT. Source: spec/e2b-envd.yaml. Regenerate with `pnpm generate`.

/** The values of `ConnectCode` that the spec lists; answers may carry others (see `ConnectCode`). */
export const ConnectCodeValues = ["canceled","unknown","invalid_argument","deadline_exceeded","not_found","already_exists","permission_denied","resource_exhausted","failed_precondition","aborted","out_of_range","unimplemented","internal","unavailable","data_loss","unauthenticated"] as const;
/** One of the values of `ConnectCode` that the spec lists. */
export type KnownConnectCode = (typeof ConnectCodeValues)[number];
/** The values of `FileType` that the spec lists; answers may carry others (see `FileType`). */
export const FileTypeValues = ["FILE_TYPE_UNSPECIFIED","FILE_TYPE_FILE","FILE_TYPE_DIRECTORY","FILE_TYPE_SYMLINK"] as const;
/** One of the values of `FileType` that the spec lists. */
export type KnownFileType = (typeof FileTypeValues)[number];
/** The values of `EventType` that the spec lists; answers may carry others (see `EventType`). */
export const EventTypeValues = ["EVENT_TYPE_UNSPECIFIED","EVENT_TYPE_CREATE","EVENT_TYPE_WRITE","EVENT_TYPE_REMOVE","EVENT_TYPE_RENAME","EVENT_TYPE_CHMOD"] as const;
/** One of the values of `EventType` that the spec lists. */
export type KnownEventType = (typeof EventTypeValues)[number];
/** The values of `Signal` that the spec lists; answers may carry others (see `Signal`). */
export const SignalValues = ["SIGNAL_UNSPECIFIED","SIGNAL_SIGTERM","SIGNAL_SIGKILL"] as const;
/** One of the values of `Signal` that the spec lists. */
export type KnownSignal = (typeof SignalValues)[number];
