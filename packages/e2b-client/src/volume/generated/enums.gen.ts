// GENERATED FILE, DO NOT EDIT. Source: spec/e2b-volume.yaml. Regenerate with `pnpm generate`.

/** The values of `VolumeEntryType` that the spec lists; answers may carry others (see `VolumeEntryType`). */
export const VolumeEntryTypeValues = ["unknown","file","directory","symlink"] as const;
/** One of the values of `VolumeEntryType` that the spec lists. */
export type KnownVolumeEntryType = (typeof VolumeEntryTypeValues)[number];
