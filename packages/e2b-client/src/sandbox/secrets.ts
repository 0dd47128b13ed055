import {
  arrayBody,
  complete,
  defined,
  createInit,
  fields,
  paginateByToken,
  requireId,
  requireObject,
  toInit,
  unwrap,
  unwrapWithHeaders,
  ValidationError,
  type CreateOptions,
  type Redactor,
  type RequestOptions,
} from "@spec-clients/core";
import { checkPage, pageOf, stringMap, succeeded } from "./shared.js";
import type { NewSecret, Page, PageOptions, SandboxFetchClient, Secret, SecretUpdate } from "./types.js";

const byId = (secretID: string) => ({ path: { secretID: requireId(secretID, "secretID") } });
const isSecret = fields({ secretID: "string", name: "string" });

export function secretsResource(client: SandboxFetchClient, redact: Redactor) {
  /** Checks a value and masks it from here on, before it is sent: an error or log line never shows it. */
  const hide = <T extends { value: string; metadata?: Record<string, string> | undefined }>(body: T): T => {
    if (typeof requireObject(body, "body").value !== "string") {
      throw new ValidationError("A secret's value must be a string.");
    }
    if (body.metadata !== undefined) stringMap(body.metadata, "metadata");
    redact.add(body.value);
    return body;
  };
  const resource = {
    /** Stores a new secret; its value is write-only (no answer carries it) and masked like the key. Not retried after an ambiguous failure. */
    create: async (body: NewSecret, options?: CreateOptions): Promise<Secret> => {
      requireId(requireObject(body, "body").name, "name");
      return unwrap(client.POST("/secrets", { body: hide(body), ...createInit(options) }), isSecret);
    },
    /** Returns one page of the team's secrets (metadata only), with the `nextToken` of the next. */
    list: async (page: PageOptions = {}, options?: RequestOptions): Promise<Page<Secret>> => {
      const query = defined(checkPage(page));
      const answer = await unwrapWithHeaders<Secret[]>(
        client.GET("/secrets", { params: { query }, ...toInit(options) }),
        arrayBody,
      );
      return pageOf(answer);
    },
    /** Yields every secret of the team, following `X-Next-Token` from page to page. */
    listAll: (page: PageOptions = {}, options?: RequestOptions) => {
      checkPage(page);
      return paginateByToken((nextToken) => resource.list({ ...page, nextToken }, options), page.nextToken, {
        path: "/secrets",
      });
    },
    /** Returns a secret's metadata, by ID or name. */
    get: async (secretID: string, options?: RequestOptions): Promise<Secret> =>
      unwrap(client.GET("/secrets/{secretID}", { params: byId(secretID), ...toInit(options) }), isSecret),
    /** Stores a new version of the secret (by ID or name), and its metadata when given. */
    update: async (secretID: string, body: SecretUpdate, options?: CreateOptions): Promise<Secret> => {
      const init = { params: byId(secretID), body: hide(body), ...createInit(options) };
      return unwrap(client.POST("/secrets/{secretID}", init), isSecret);
    },
    /** Whether a secret of this ID or name exists (false on 404). */
    exists: async (secretID: string, options?: RequestOptions) =>
      succeeded(complete(client.GET("/secrets/{secretID}", { params: byId(secretID), ...toInit(options) })), {
        404: false,
      }),
    /** Revokes a secret (by ID or name); false when it was not there (404). */
    delete: async (secretID: string, options?: RequestOptions) =>
      succeeded(complete(client.DELETE("/secrets/{secretID}", { params: byId(secretID), ...toInit(options) })), {
        404: false,
      }),
  };
  return resource;
}

/** `team.secrets`: the team's secrets, created, listed, updated and deleted. */
export interface SecretsResource extends ReturnType<typeof secretsResource> {}
