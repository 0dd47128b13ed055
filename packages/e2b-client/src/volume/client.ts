import { createBaseClient } from "@spec-clients/core";
import type { paths } from "./generated/api.gen.js";
import { volumeFiles, type VolumeFiles } from "./files.js";
import type { VolumeFetchClient } from "./types.js";
import { resolveVolumeSettings, type E2bVolumeClientOptions, type VolumeTarget } from "./options.js";

/**
 * Creates a client of one volume's content API from the volume itself:
 * `createE2bVolumeClient(await team.volumes.get(id))`. The volume's token travels as a bearer to
 * the content API's origin only, and is redacted from every error and log line.
 *
 * The result is the typed openapi-fetch client over the spec's paths with `list`, `makeDir`,
 * `getInfo`, `exists`, `updateMetadata`, `readFile`, `writeFile` and `remove`.
 *
 * @throws ConfigurationError when the volume has no token or ID, or an option is invalid.
 */
export function createE2bVolumeClient(volume: VolumeTarget, options: E2bVolumeClientOptions = {}): E2bVolumeClient {
  const { client } = createBaseClient<paths>({
    ...resolveVolumeSettings(volume, options),
    middleware: options.middleware,
  });
  return Object.assign(client, volumeFiles(client, volume.volumeID));
}

/** The client `createE2bVolumeClient` returns: the typed openapi-fetch client and the volume's file operations. */
export interface E2bVolumeClient extends VolumeFetchClient, VolumeFiles {}
