// What every runtime of the matrix does: one call to each mock through the built packages, one
// error status, a command and a file through envd's mock, and a cursor walk (the `X-Next-Token` header, exposed through CORS in a browser),
// reported as plain data.
import { createAirplaneClient, NotFoundError } from "@spec-clients/airplane";
import { createE2bClient } from "@spec-clients/e2b";
import { createE2bSandboxClient } from "@spec-clients/e2b/sandbox";
import { createE2bEnvdClient } from "@spec-clients/e2b/envd";

export async function probe(airplaneUrl, e2bUrl, sandboxUrl, envdUrl) {
  const airplane = createAirplaneClient({ apiKey: "probe-key", baseUrl: airplaneUrl, retry: false });
  const e2b = createE2bClient({ apiKey: "probe-key", baseUrl: e2bUrl, retry: false });
  const sandbox = createE2bSandboxClient({ apiKey: "probe-key", baseUrl: sandboxUrl, retry: false });
  const run = await airplane.runs.get("run20220111zlq2ig4");
  const sessions = await e2b.sessions.list();
  const missing = await airplane.runs.get("run1", { headers: { Prefer: "code=404" } }).catch((error) => error);
  let sandboxes = 0;
  for await (const listed of sandbox.sandboxes.listAll()) if (listed.envdVersion === "0.2.4") sandboxes++;
  // The data plane: a command over a Connect stream, a file written and read over REST.
  const envd = createE2bEnvdClient(
    { sandboxID: "ixq3wq7z4m1o8ka2bd6nc", envdAccessToken: "probe-token" },
    { baseUrl: envdUrl, retry: false },
  );
  const command = await envd.commands.run("echo hello");
  await envd.files.write("/home/user/main.py", "print('hello')\n");
  const file = await envd.files.read("/home/user/main.py");
  return {
    command: command.stdout,
    file,
    status: run.status,
    sessions: sessions.length,
    sandboxes,
    error: missing.name,
    typed: missing instanceof NotFoundError,
  };
}
