import { ConfigurationError } from "../answers/errors.js";

/** Where log lines go: `console`, pino, winston or any object with these four methods. */
export interface Logger {
  debug(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

/** The least severe level logged; `off` logs nothing. */
export type ClientLogLevel = "debug" | "info" | "warn" | "error" | "off";

/** The environment variable that sets `logLevel` when the option is not given. */
export const LOG_LEVEL_ENV = "SPEC_CLIENTS_LOG";

const LEVELS = ["debug", "info", "warn", "error", "off"] as const;
type Level = Exclude<ClientLogLevel, "off">;

/** Facts about a request that a log line carries: every string is redacted before the logger sees it. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** A client's log: each level is a function, or undefined when that level is off (so a call site costs a check). */
export type ClientLog = { readonly [L in Level]: ((message: string, fields?: LogFields) => void) | undefined };

/** Checks `logLevel` (option, then `SPEC_CLIENTS_LOG`, then `warn`). */
export function resolveLogLevel(option: string | undefined, env: string | undefined): ClientLogLevel {
  const [value, source] = option !== undefined ? [option, "logLevel"] : [env ?? "warn", LOG_LEVEL_ENV];
  const level = String(value).trim().toLowerCase() as ClientLogLevel;
  if (LEVELS.includes(level)) return level;
  throw new ConfigurationError(
    `${source} must be one of ${LEVELS.join(", ")}: got ${JSON.stringify(String(value).slice(0, 20))}.`,
  );
}

/**
 * A client's log: lines at `level` and above go to `logger` (console by default), each prefixed
 * with `[spec-clients]` and redacted, message and fields alike. A logger that throws is ignored:
 * logging never fails a call.
 */
export function createLog(logger: unknown, level: ClientLogLevel, redact: (text: string) => string): ClientLog {
  const target = (logger ?? globalThis.console) as Logger | undefined;
  if (LEVELS.slice(0, 4).some((name) => typeof target?.[name as Level] !== "function")) {
    throw new ConfigurationError("logger must be an object with debug, info, warn and error methods (console works).");
  }
  const line = (name: Level) =>
    LEVELS.indexOf(name) < LEVELS.indexOf(level)
      ? undefined
      : (message: string, fields?: LogFields) => {
          try {
            const text = `[spec-clients] ${redact(message)}`;
            if (!fields) return target![name](text);
            const clean: LogFields = {};
            for (const key in fields) {
              const value = fields[key];
              clean[key] = typeof value === "string" ? redact(value) : value;
            }
            target![name](text, clean);
          } catch {
            // A logger's failure is not the call's.
          }
        };
  return { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };
}

/** A log that drops every line. */
export const SILENT_LOG: ClientLog = Object.freeze({
  debug: undefined,
  info: undefined,
  warn: undefined,
  error: undefined,
});
