// A fault server standing in for envd, and a client of it, for the behaviour and hostile tests.
import { faultClients } from "../../../../scripts/testing/fault-clients.js";
import { envelope } from "../../../../scripts/testing/envelope.mjs";
import type { SeenRequest } from "../../../../scripts/testing/fault-server.js";
import { createE2bEnvdClient, type E2bEnvdClientOptions } from "../../src/envd/index.js";

export const TOKEN = "tok_3c5e7a9b1d2f4e6a8c0b";
export const SANDBOX = { sandboxID: "ixq3wq7z4m1o8ka2bd6nc", envdAccessToken: TOKEN };

export { envelope };

export const { serve, server } = faultClients(
  (options: E2bEnvdClientOptions) => createE2bEnvdClient(SANDBOX, options),
  { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 }, logLevel: "off" },
);

/** A whole stream: its messages' envelopes and an end-of-stream (`{}`, or `end`). */
export const stream = (messages: unknown[], end: object = {}) =>
  Buffer.concat([...messages.map((m) => envelope(m)), envelope(end, 2)]);

export const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");
export const started = (pid = 7) => ({ event: { start: { pid } } });
export const out = (bytes: Buffer | string) => ({ event: { data: { stdout: b64(bytes) } } });
export const ended = (exitCode?: number) => ({ event: { end: { ...(exitCode ? { exitCode } : {}), exited: true } } });

/** The message of the request's one envelope. */
export const sentMessage = (req: SeenRequest) => JSON.parse(req.body.slice(5));
