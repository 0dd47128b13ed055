// Fault servers for a package's tests, and clients of them on the transport path under test.
import { afterEach, vi } from "vitest";
import { startFaultServer, type Reply, type SeenRequest } from "./fault-server.js";
import { pathOptions } from "./path.js";

type Replies = (req: SeenRequest, index: number) => Reply;

/**
 * `server` starts a fault server; `serve` also makes a client of it with `create`, from `defaults`,
 * the path under test and the test's own options (and can close the server early). Servers and stubbed environment variables are
 * undone after each test.
 */
export function faultClients<O extends object, C>(create: (options: O) => C, defaults: NoInfer<O>) {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    vi.unstubAllEnvs();
  });
  const server = async (reply: Replies) => {
    const started = await startFaultServer(reply);
    open.push(started);
    return started;
  };
  const serve = async (reply: Replies, options?: O) => {
    const started = await server(reply);
    const client = create({ ...defaults, baseUrl: started.url, ...pathOptions(), ...options } as O);
    return {
      client,
      requests: started.requests,
      connections: started.connections,
      url: started.url,
      close: started.close,
    };
  };
  return { server, serve };
}
