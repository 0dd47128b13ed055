import { expect, it } from "vitest";
import { ApiClientError } from "../../src/index.js";
import { RUN, serve } from "./serve.js";

const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

it("2,000 concurrent calls through 503s, resets and cut bodies all settle with a result or a typed error, leaving no timer", async () => {
  const before = timers();
  const { client } = await serve(
    (_, i) =>
      i % 4 === 0
        ? { status: 503 }
        : i % 4 === 1
          ? "reset"
          : i % 4 === 2
            ? { status: 200, body: RUN, cut: "reset" }
            : { status: 200, body: RUN },
    { timeoutMs: 5_000 },
  );
  const results = await Promise.allSettled(Array.from({ length: 2_000 }, () => client.runs.get("run1")));
  const untyped = results.filter((r) => r.status === "rejected" && !(r.reason instanceof ApiClientError));
  expect(untyped).toEqual([]);
  const fulfilled = results.filter((r) => r.status === "fulfilled");
  expect(fulfilled.length).toBeGreaterThan(0);
  expect(fulfilled.every((r) => r.value.id === "run1")).toBe(true);
  expect(timers()).toBeLessThanOrEqual(before);
}, 120_000);
