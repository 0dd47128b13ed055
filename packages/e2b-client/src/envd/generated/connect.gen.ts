// GENERATED FILE, DO NOT EDIT. Source: spec/e2b-envd.yaml. Regenerate with `pnpm generate`.

/** The Connect streaming RPCs ("METHOD /path") and which side streams, from the spec's `x-connect-stream`:
 * that side's body is a sequence of envelopes, each one message; a streamed answer ends with an end-of-stream envelope. */
export const connectStreams = {
  "POST /filesystem.Filesystem/WatchDir": "server",
  "POST /process.Process/Start": "server",
  "POST /process.Process/Connect": "server",
  "POST /process.Process/StreamInput": "client"
} as const;
