// The allocation table's plumbing: a child process measures every contender, and its figures hold
// what they must (an identical client allocates the same; the Node path less than `fetch`).
import { afterAll, beforeAll, expect, it } from "vitest";
import { allocation } from "./alloc.js";
import { control, PAIRS } from "./contenders.js";
import { startServer } from "./speed.js";
import type { Table } from "./table.js";

let server: Awaited<ReturnType<typeof startServer>>;
let table: Table;
beforeAll(async () => {
  server = await startServer();
  table = await allocation(server.url, 1);
}, 120_000);
afterAll(() => server?.stop());

const row = (name: string) => table.rows.find((r) => r[0] === name)!;
const median = (cell: string) => Number(cell.split(" ")[0]);

it("measures every contender, in KiB per call", () => {
  expect(table.rows.length).toBeGreaterThanOrEqual(14);
  for (const [, kib] of table.rows) expect(Number(kib)).toBeGreaterThan(1);
});
it.each(PAIRS)("finds an identical client allocating as much as bare openapi-fetch (%s)", (pair) => {
  expect(median(row(control(pair))[2]!)).toBeCloseTo(1, 1);
});
it("finds the Node path allocating less than the standard path", () => {
  const standard = Number(row("@spec-clients/airplane runs.get")[1]);
  expect(Number(row("@spec-clients/airplane runs.get (node path)")[1])).toBeLessThan(standard);
});
