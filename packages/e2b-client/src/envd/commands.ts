import {
  AbortError,
  checkDuration,
  defined,
  encodeEnvelope,
  fields,
  InvalidResponseError,
  requireObject,
  TimeoutError,
  ValidationError,
  type RequestOptions,
} from "@spec-clients/core";
import { toBase64 } from "./base64.js";
import { CommandHandle, type CommandResult, type ProcessControl } from "./command-handle.js";
import { pidOf, processControl } from "./process-control.js";
import { streamCallInit, streamOf, unary, unaryInit, type StreamSettings } from "./rpc.js";
import type { EnvdFetchClient, ProcessEvent, ProcessInfo } from "./types.js";

/** Options of `commands.run`. */
export interface CommandStartOptions {
  /** Environment variables added to the sandbox's. */
  envs?: Record<string, string> | undefined;
  /** Working directory; the user's home by default. */
  cwd?: string | undefined;
  /** The user it runs as; the client's `user`, else the template's default. */
  user?: string | undefined;
  /**
   * How long the command may live, in ms (default 60 s, as the official SDK; 0 for no bound): envd
   * ends it then (`Connect-Timeout-Ms`). Apart from the wait for its start, which is the client's `timeoutMs`.
   */
  timeoutMs?: number | undefined;
  /** Each piece of stdout, decoded, as it comes. */
  onStdout?: ((text: string) => void) | undefined;
  /** Each piece of stderr, decoded, as it comes. */
  onStderr?: ((text: string) => void) | undefined;
  /** Return a handle once it started, instead of its result once it ended. */
  background?: boolean | undefined;
  /** Keep its stdin open for `sendStdin` (off by default, as the official SDK). */
  stdin?: boolean | undefined;
  /** A tag to find it by. */
  tag?: string | undefined;
  /**
   * Stops following it: a foreground command whose caller gave up is killed (not left running);
   * a background command keeps running.
   */
  signal?: AbortSignal | undefined;
  /** Extra headers for the call. */
  headers?: Record<string, string> | undefined;
}

/** `commands.run`: in the foreground (its result once it ends) or in the background (a handle once it started). */
export interface RunCommand {
  /**
   * Runs a command in a shell (`/bin/bash -l -c`) and resolves with `{ exitCode, stdout, stderr }`
   * once it ends; a non-zero exit is a CommandExitError. A caller who gives up (signal) kills it.
   */
  (cmd: string, options?: CommandStartOptions & { background?: false | undefined }): Promise<CommandResult>;
  /** Runs a command in a shell (`/bin/bash -l -c`) and resolves with a CommandHandle once it started. */
  (cmd: string, options: CommandStartOptions & { background: true }): Promise<CommandHandle>;
}

/** How long a command may live by default: the official SDK's 60 s. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 60_000;

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
      const iterator = input[Symbol.asyncIterator]();
      const envelope = (message: object) => encodeEnvelope(JSON.stringify(message));
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(envelope({ start: { process: pidOf(pid) } })),
        pull: async (controller) => {
          const next = await iterator.next();
          if (next.done) return controller.close();
          controller.enqueue(envelope({ data: { input: { stdin: toBase64(next.value) } } }));
        },
        cancel: async () => void (await iterator.return?.()),
      });
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
