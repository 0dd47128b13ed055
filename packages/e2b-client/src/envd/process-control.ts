import { ValidationError, type RequestOptions } from "@spec-clients/core";
import { succeeded } from "../sandbox/shared.js";
import { toBase64 } from "./base64.js";
import type { ProcessControl } from "./command-handle.js";
import { unary, unaryInit } from "./rpc.js";
import type { EnvdFetchClient } from "./types.js";

/** The selector of a process by its pid; anything but a uint32 above 0 is a ValidationError. */
export const pidOf = (pid: unknown) => {
  if (typeof pid !== "number" || !Number.isInteger(pid) || pid <= 0 || pid > 2 ** 32 - 1) {
    throw new ValidationError(`pid must be a process ID (a whole number above 0): got ${String(pid)}.`);
  }
  return { pid };
};

/** Signals, feeds and closes processes by pid: what `commands` and every CommandHandle call. */
export function processControl(
  client: EnvdFetchClient,
  user: string | undefined,
  redact: (text: string) => string,
): ProcessControl {
  return {
    redact,
    kill: async (pid: number, options?: RequestOptions) =>
      succeeded(
        unary(
          client.POST("/process.Process/SendSignal", {
            body: { process: pidOf(pid), signal: "SIGNAL_SIGKILL" },
            ...unaryInit(options, user),
          }),
        ).then(() => undefined),
        { 404: false },
      ),
    sendStdin: async (pid, data) => {
      await unary(
        client.POST("/process.Process/SendInput", {
          body: { process: pidOf(pid), input: { stdin: toBase64(data) } },
          ...unaryInit(undefined, user),
        }),
      );
    },
    closeStdin: async (pid) => {
      await unary(
        client.POST("/process.Process/CloseStdin", { body: { process: pidOf(pid) }, ...unaryInit(undefined, user) }),
      );
    },
  };
}
