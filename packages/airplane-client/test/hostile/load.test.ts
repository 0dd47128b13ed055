import { expect, it } from "vitest";
import { pathOptions } from "../../../../scripts/testing/path.js";
import { ApiClientError, createAirplaneClient } from "../../src/index.js";
import { KEY, RUN, server } from "./serve.js";

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

it("2,000 concurrent calls through 503s, resets and cut bodies all settle with a result or a typed error, leaving no timer", async () => {
  const before = timers();
  const faults = await server((_, i) =>
    i % 4 === 0
      ? { status: 503 }
      : i % 4 === 1
        ? "reset"
        : i % 4 === 2
          ? { status: 200, body: RUN, cut: "reset" }
          : { status: 200, body: RUN },
  );
  const retry = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };
  const client = createAirplaneClient({ apiKey: KEY, baseUrl: faults.url, retry, timeoutMs: 5_000, ...pathOptions() });
  const results = await Promise.allSettled(Array.from({ length: 2_000 }, () => client.runs.get("run1")));
  const untyped = results.filter((r) => r.status === "rejected" && !(r.reason instanceof ApiClientError));
  expect(untyped).toEqual([]);
  const fulfilled = results.filter((r) => r.status === "fulfilled");
  expect(fulfilled.length).toBeGreaterThan(0);
  expect(fulfilled.every((r) => r.value.id === "run1")).toBe(true);
  // Idle keep-alive sockets hold timers of the HTTP stack's own until the server closes them; ours
  // (attempt timers of 5 s, backoff sleeps) would still be there after the wait below.
  await faults.close();
  for (let waited = 0; timers() > before && waited < 2_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  expect(timers()).toBeLessThanOrEqual(before);
}, 120_000);
