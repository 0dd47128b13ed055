// A fault server standing in for envd, and a client of it, for the behaviour and hostile tests.
import { faultClients } from "../../../../scripts/testing/fault-clients.js";
import type { SeenRequest } from "../../../../scripts/testing/fault-server.js";
import { createE2bEnvdClient, type E2bEnvdClientOptions } from "../../src/envd/index.js";

export const TOKEN = "tok_3c5e7a9b1d2f4e6a8c0b";
export const SANDBOX = { sandboxID: "ixq3wq7z4m1o8ka2bd6nc", envdAccessToken: TOKEN };

export const { serve, server } = faultClients(
  (options: E2bEnvdClientOptions) => createE2bEnvdClient(SANDBOX, options),
  { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 }, logLevel: "off" },
);

/** One Connect envelope of `message` (or raw text) with `flags`. */
export function envelope(message: unknown, flags = 0): Buffer {
  const data = Buffer.from(typeof message === "string" ? message : JSON.stringify(message));
  const head = Buffer.alloc(5);
  head[0] = flags;
  head.writeUInt32BE(data.length, 1);
  return Buffer.concat([head, data]);
}

/** A whole stream: its messages' envelopes and an end-of-stream (`{}`, or `end`). */
export const stream = (messages: unknown[], end: object = {}) =>
  Buffer.concat([...messages.map((m) => envelope(m)), envelope(end, 2)]);

export const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");
export const started = (pid = 7) => ({ event: { start: { pid } } });
export const out = (bytes: Buffer | string) => ({ event: { data: { stdout: b64(bytes) } } });
export const ended = (exitCode?: number) => ({ event: { end: { ...(exitCode ? { exitCode } : {}), exited: true } } });

/** The message of the request's one envelope. */
export const sentMessage = (req: SeenRequest) => JSON.parse(req.body.slice(5));
