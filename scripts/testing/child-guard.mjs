// Runs a command as a child that cannot outlive whoever started this guard: when the parent dies,
// even by SIGKILL, the pipe of this guard's stdin closes, and the guard kills the command and exits.
// A SIGTERM or SIGINT to the guard ends the command too. Usage: node child-guard.mjs <command> [args...]
import { spawn } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
let ending = false;
const end = () => {
  if (ending) return;
  ending = true;
  child.kill("SIGTERM");
  // A command that ignores SIGTERM is killed a second later.
  setTimeout(() => child.kill("SIGKILL"), 1_000).unref();
};
process.stdin.on("end", end).on("error", end).resume();
process.on("SIGTERM", end).on("SIGINT", end);
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
