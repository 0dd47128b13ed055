import { ApiClientError, InvalidResponseError, type RequestOptions } from "@spec-clients/core";
import { fromBase64 } from "./base64.js";
import type { ProcessEvent } from "./types.js";

/** What a finished command left: its exit code and its whole output, decoded as UTF-8. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** What went wrong, when envd could not run the command. */
  error?: string | undefined;
}

/** One piece of a command's output, in the order it came. */
export interface CommandOutput {
  stdout?: string;
  stderr?: string;
  /** A PTY process's raw bytes. */
  pty?: Uint8Array;
}

/** A command ended with a non-zero exit code: the result is on the error (secrets masked). */
export class CommandExitError extends ApiClientError {
  override name = "CommandExitError";
  declare readonly exitCode: number;
  declare readonly stdout: string;
  declare readonly stderr: string;
  declare readonly error: string | undefined;
  constructor(result: CommandResult, redact: (text: string) => string) {
    const tail = redact(result.stderr).trim().split("\n").slice(-3).join(" | ").slice(-300);
    super(`The command exited with code ${result.exitCode}${tail ? `: ${tail}` : ""}.`);
    Object.assign(this, {
      exitCode: result.exitCode,
      stdout: redact(result.stdout),
      stderr: redact(result.stderr),
      error: result.error === undefined ? undefined : redact(result.error),
    });
  }
}

/** What a handle needs from its client: how to signal, feed and close the process. */
export interface ProcessControl {
  kill(pid: number, options?: RequestOptions): Promise<boolean>;
  sendStdin(pid: number, data: string | Uint8Array): Promise<void>;
  closeStdin(pid: number): Promise<void>;
  redact: (text: string) => string;
}

/**
 * A running command: its `pid`, its output as it comes (`for await (const out of handle)`, from
 * the start, as often as asked) and `wait()` for its end. Output split inside a UTF-8 character
 * decodes right: each stream has its own decoder.
 */
export class CommandHandle implements AsyncIterable<CommandOutput> {
  private readonly output: CommandOutput[] = [];
  private readonly waiting = new Set<() => void>();
  private readonly decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  private readonly done: Promise<CommandResult>;
  private finished = false;
  stdout = "";
  stderr = "";

  constructor(
    readonly pid: number,
    events: AsyncIterator<{ event?: ProcessEvent }>,
    private readonly control: ProcessControl,
    handlers: { onStdout?: ((text: string) => void) | undefined; onStderr?: ((text: string) => void) | undefined },
  ) {
    this.done = this.pump(events, handlers).finally(() => {
      this.finished = true;
      for (const wake of this.waiting) wake();
    });
    this.done.catch(() => undefined);
  }

  private async pump(
    events: AsyncIterator<{ event?: ProcessEvent }>,
    handlers: { onStdout?: ((text: string) => void) | undefined; onStderr?: ((text: string) => void) | undefined },
  ): Promise<CommandResult> {
    for (;;) {
      const next = await events.next();
      if (next.done) {
        throw new InvalidResponseError(`The stream of process ${this.pid} ended before the process did.`, {
          status: 200,
          contentType: "application/connect+json",
          method: "POST",
          path: "/process.Process",
        });
      }
      const event = next.value.event ?? {};
      if (event.data) {
        const piece = this.decode(event.data);
        if (piece.stdout) handlers.onStdout?.(piece.stdout);
        if (piece.stderr) handlers.onStderr?.(piece.stderr);
        this.push(piece);
      } else if (event.end) {
        this.flush();
        const { exitCode = 0, error } = event.end;
        await events.return?.(undefined);
        return { exitCode, stdout: this.stdout, stderr: this.stderr, ...(error !== undefined && { error }) };
      }
    }
  }

  private decode(data: NonNullable<ProcessEvent["data"]>): CommandOutput {
    if (data.stdout !== undefined)
      return { stdout: this.decoders.stdout.decode(fromBase64(data.stdout), { stream: true }) };
    if (data.stderr !== undefined)
      return { stderr: this.decoders.stderr.decode(fromBase64(data.stderr), { stream: true }) };
    return data.pty === undefined ? {} : { pty: fromBase64(data.pty) };
  }

  /** The bytes a decoder still held at the end (a cut character becomes U+FFFD). */
  private flush() {
    const stdout = this.decoders.stdout.decode();
    const stderr = this.decoders.stderr.decode();
    if (stdout) this.push({ stdout });
    if (stderr) this.push({ stderr });
  }

  private push(piece: CommandOutput) {
    if (piece.stdout) this.stdout += piece.stdout;
    if (piece.stderr) this.stderr += piece.stderr;
    if (!piece.stdout && !piece.stderr && !piece.pty) return;
    this.output.push(piece);
    for (const wake of this.waiting) wake();
  }

  /** Resolves with the result once the command ends; a non-zero exit code is a CommandExitError. */
  async wait(): Promise<CommandResult> {
    const result = await this.done;
    if (result.exitCode !== 0) throw new CommandExitError(result, this.control.redact);
    return result;
  }

  /** Sends SIGKILL; false when the process was already gone. */
  kill(): Promise<boolean> {
    return this.control.kill(this.pid);
  }

  /** Writes to the process's stdin (a string as UTF-8). */
  sendStdin(data: string | Uint8Array): Promise<void> {
    return this.control.sendStdin(this.pid, data);
  }

  /** Sends end-of-file to the process's stdin. */
  closeStdin(): Promise<void> {
    return this.control.closeStdin(this.pid);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<CommandOutput> {
    for (let at = 0; ;) {
      while (at < this.output.length) yield this.output[at++]!;
      if (this.finished) {
        // The output of a failed stream still reaches the reader first; then its error.
        await this.done;
        return;
      }
      await new Promise<void>((resolve) => {
        const wake = () => (this.waiting.delete(wake), resolve());
        this.waiting.add(wake);
      });
    }
  }
}
