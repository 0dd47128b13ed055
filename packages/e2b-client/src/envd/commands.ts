import {
  AbortError,
  checkDuration,
  defined,
  fields,
  InvalidResponseError,
  requireObject,
  TimeoutError,
  ValidationError,
  type RequestOptions,
} from "@spec-clients/core";
import { CommandHandle, type CommandResult, type ProcessControl } from "./command-handle.js";
import { DEFAULT_COMMAND_TIMEOUT_MS, type CommandStartOptions, type RunCommand } from "./command-options.js";
import { inputEnvelopes } from "./stream-input.js";
import { pidOf, processControl } from "./process-control.js";
import { streamCallInit, streamOf, unary, unaryInit, type StreamSettings } from "./rpc.js";
import type { EnvdFetchClient, ProcessEvent, ProcessInfo } from "./types.js";

const START = "/process.Process/Start";
/** How long the kill of a command whose caller gave up may take: it must not hold the caller. */
const KILL_DEADLINE_MS = 5_000;
/** Reads a process stream up to its `start` event, and returns a handle that follows the rest. */
async function follow(
  events: AsyncGenerator<{ event?: ProcessEvent }>,
  control: ProcessControl,
  options: CommandStartOptions,
  known?: number,
): Promise<CommandHandle> {
  let pid = known;
  if (pid === undefined) {
    const first = await events.next();
    pid = first.done ? undefined : first.value.event?.start?.pid;
    if (typeof pid !== "number") {
      await events.return(undefined);
      throw new InvalidResponseError(`POST ${START} answered a stream whose first event is not the process's start.`, {
        status: 200,
        contentType: "application/connect+json",
        method: "POST",
        path: START,
      });
    }
  }
  return new CommandHandle(pid, events, control, options);
}

export function commandsResource(client: EnvdFetchClient, streams: StreamSettings, redact: (text: string) => string) {
  const { user } = streams;
  const as = (options?: { user?: string | undefined }) => options?.user ?? user;
  const control = processControl(client, user, redact);

  /**
   * Kills a foreground command whose caller gave up or whose stream timed out, and throws why at
   * once: the kill goes out on its own (best effort, bounded), so that it never holds the caller.
   */
  const giveUp = (handle: CommandHandle, error: unknown): never => {
    if (error instanceof AbortError || error instanceof TimeoutError) {
      control.kill(handle.pid, { deadlineMs: KILL_DEADLINE_MS }).catch(() => undefined);
    }
    throw error;
  };

  async function runCommand(cmd: string, options: CommandStartOptions = {}): Promise<CommandResult | CommandHandle> {
    if (typeof cmd !== "string" || !cmd.trim()) throw new ValidationError("A command must be a non-empty string.");
    const {
      envs,
      cwd,
      timeoutMs = DEFAULT_COMMAND_TIMEOUT_MS,
      background,
      stdin,
      tag,
    } = requireObject(options, "options");
    checkDuration(timeoutMs, "timeoutMs");
    const message = {
      process: { cmd: "/bin/bash", args: ["-l", "-c", cmd], ...defined({ envs, cwd }) },
      stdin: stdin ?? false,
      ...defined({ tag }),
    };
    const events = streamOf<{ event?: ProcessEvent }>(
      client.POST("/process.Process/Start", {
        ...streamCallInit(message, { ...options, lifetimeMs: timeoutMs }, streams, as(options)),
      }),
      "POST",
      START,
      redact,
    );
    const handle = await follow(events, control, options);
    if (background) return handle;
    return handle.wait().catch((error: unknown) => giveUp(handle, error));
  }

  return {
    /**
     * Runs a command in a shell (`/bin/bash -l -c`), as the official SDK does. Foreground: resolves
     * with `{ exitCode, stdout, stderr }` once it ends, and a non-zero exit is a CommandExitError.
     * `background: true`: resolves with a CommandHandle once it started.
     */
    run: runCommand as RunCommand,
    /** Follows a running process by its pid: its output from now on, and its end. */
    connect: async (pid: number, options: Omit<CommandStartOptions, "background"> = {}): Promise<CommandHandle> => {
      const { timeoutMs = 0 } = requireObject(options, "options");
      const events = streamOf<{ event?: ProcessEvent }>(
        client.POST("/process.Process/Connect", {
          ...streamCallInit({ process: pidOf(pid) }, { ...options, lifetimeMs: timeoutMs }, streams, as(options)),
        }),
        "POST",
        "/process.Process/Connect",
        redact,
      );
      return follow(events, control, options, pid);
    },
    /** The processes envd started that still run. */
    list: async (options?: RequestOptions): Promise<ProcessInfo[]> => {
      const answer = await unary<{ processes?: ProcessInfo[] }>(
        client.POST("/process.Process/List", { body: {}, ...unaryInit(options, user) }),
        fields({}),
      );
      return answer.processes ?? [];
    },
    /** Sends SIGKILL to a process; false when there is no such process. */
    kill: (pid: number, options?: RequestOptions) => control.kill(pid, options),
    /** Writes to a process's stdin (a string as UTF-8). */
    sendStdin: (pid: number, data: string | Uint8Array) => control.sendStdin(pid, data),
    /** Sends end-of-file to a process's stdin (envd 0.5.2+; not for PTY processes). */
    closeStdin: (pid: number) => control.closeStdin(pid),
    /**
     * Streams input to a process in order, over one request (`StreamInput`, a client stream): each
     * chunk as it comes, sent as read, never gathered. Needs a runtime whose `fetch` streams request
     * bodies (Node, Deno, Bun; not every browser): `sendStdin` works everywhere.
     */
    streamInput: async (
      pid: number,
      input: AsyncIterable<string | Uint8Array>,
      options: { signal?: AbortSignal } = {},
    ) => {
      const body = inputEnvelopes(pidOf(pid), input);
      const init = streamCallInit({}, options, streams);
      const answer = streamOf<object>(
        client.POST("/process.Process/StreamInput", { ...init, body: body as unknown as never }),
        "POST",
        "/process.Process/StreamInput",
        redact,
      );
      for await (const _ of answer);
    },
    /** Resizes a PTY process's terminal. */
    resize: async (pid: number, size: { cols: number; rows: number }, options?: RequestOptions) => {
      await unary(
        client.POST("/process.Process/Update", {
          body: { process: pidOf(pid), pty: { size } },
          ...unaryInit(options, user),
        }),
      );
    },
  };
}

/** `sandbox.commands`: running commands, following, feeding and killing processes. */
export interface CommandsResource extends ReturnType<typeof commandsResource> {}
