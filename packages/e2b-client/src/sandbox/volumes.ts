import {
  arrayBody,
  complete,
  createInit,
  fields,
  requireId,
  toInit,
  unwrap,
  ValidationError,
  type CreateOptions,
  type Redactor,
  type RequestOptions,
} from "@spec-clients/core";
import { succeeded } from "./shared.js";
import type { SandboxFetchClient, Volume, VolumeAndToken } from "./types.js";

const byId = (volumeID: string) => ({ path: { volumeID: requireId(volumeID, "volumeID") } });
const hasToken = fields({ volumeID: "string", name: "string", token: "string" });

/** The spec's pattern of a volume name. */
const NAME = /^[a-zA-Z0-9_-]+$/;

export function volumesResource(client: SandboxFetchClient, redact: Redactor) {
  /** The token of a volume's content API is a credential: masked from here on, like the key. */
  const keep = (volume: VolumeAndToken) => (redact.add(volume.token), volume);
  return {
    /**
     * Creates a volume sandboxes can mount; the answer holds the token of its content API
     * (`createE2bVolumeClient(volume)` from `@spec-clients/e2b/volume` opens its files). Not retried after an ambiguous failure.
     */
    create: async (name: string, options?: CreateOptions): Promise<VolumeAndToken> => {
      if (typeof name !== "string" || !NAME.test(name)) {
        throw new ValidationError(
          `A volume name is letters, digits, "_" and "-" (at least one): got ${JSON.stringify(String(name).slice(0, 64))}.`,
        );
      }
      return keep(await unwrap(client.POST("/volumes", { body: { name }, ...createInit(options) }), hasToken));
    },
    /** Lists the team's volumes. */
    list: async (options?: RequestOptions): Promise<Volume[]> =>
      unwrap(client.GET("/volumes", toInit(options)), arrayBody),
    /** Returns a volume with a token of its content API: `createE2bVolumeClient(volume)` (`@spec-clients/e2b/volume`) opens its files. */
    get: async (volumeID: string, options?: RequestOptions): Promise<VolumeAndToken> =>
      keep(await unwrap(client.GET("/volumes/{volumeID}", { params: byId(volumeID), ...toInit(options) }), hasToken)),
    /** Deletes a volume and its content; false when it was not there (404). */
    delete: async (volumeID: string, options?: RequestOptions) =>
      succeeded(complete(client.DELETE("/volumes/{volumeID}", { params: byId(volumeID), ...toInit(options) })), {
        404: false,
      }),
  };
}

/** `team.volumes`: the team's volumes, creating and deleting them. */
export interface VolumesResource extends ReturnType<typeof volumesResource> {}
