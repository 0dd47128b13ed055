import type { CommandHandle, CommandResult } from "./command-handle.js";

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
