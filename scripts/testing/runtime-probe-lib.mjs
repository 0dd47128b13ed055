// What every runtime of the matrix does: one call to each mock through the built packages, and one
// error status, reported as plain data.
import { createAirplaneClient, NotFoundError } from "@spec-clients/airplane";
import { createE2bClient } from "@spec-clients/e2b";

export async function probe(airplaneUrl, e2bUrl) {
  const airplane = createAirplaneClient({ apiKey: "probe-key", baseUrl: airplaneUrl, retry: false });
  const e2b = createE2bClient({ apiKey: "probe-key", baseUrl: e2bUrl, retry: false });
  const run = await airplane.runs.get("run20220111zlq2ig4");
  const sessions = await e2b.sessions.list();
  const missing = await airplane.runs.get("run1", { headers: { Prefer: "code=404" } }).catch((error) => error);
  return {
    status: run.status,
    sessions: sessions.length,
    error: missing.name,
    typed: missing instanceof NotFoundError,
  };
}
