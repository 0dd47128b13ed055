import { createBaseClient } from "@spec-clients/core";
import type { paths } from "./generated/api.gen.js";
import { volumeFiles } from "./files.js";
import { resolveVolumeSettings, type E2bVolumeClientOptions, type VolumeTarget } from "./options.js";

/**
 * Creates a client of one volume's content API from the volume itself:
 * `createE2bVolumeClient(await e2b.volumes.get(id))`. The volume's token travels as a bearer to
 * the content API's origin only, and is redacted from every error and log line.
 *
 * The result is the typed openapi-fetch client over the spec's paths with `list`, `makeDir`,
 * `getInfo`, `exists`, `updateMetadata`, `readFile`, `writeFile` and `remove`.
 *
 * @throws ConfigurationError when the volume has no token or ID, or an option is invalid.
 */
export function createE2bVolumeClient(volume: VolumeTarget, options: E2bVolumeClientOptions = {}) {
  const { client } = createBaseClient<paths>({
    ...resolveVolumeSettings(volume, options),
    middleware: options.middleware,
  });
  return Object.assign(client, volumeFiles(client, volume.volumeID));
}

/** The client returned by `createE2bVolumeClient`. */
export type E2bVolumeClient = ReturnType<typeof createE2bVolumeClient>;
