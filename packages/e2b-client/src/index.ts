export { createE2bClient, type E2bClient } from "./client.js";
export type { E2bClientOptions } from "./options.js";
export type { CreateSessionOptions, OpenSession, SessionsResource } from "./sessions.js";
export type { EnvsResource } from "./envs.js";
export type { KeepAlive, KeepAliveEnd, KeepAliveOptions } from "./keep-alive.js";
export type * from "./types.js";
export type { paths, components, operations } from "./generated/api.gen.js";
export * from "@spec-clients/core/public";
export * from "./generated/errors.gen.js";
