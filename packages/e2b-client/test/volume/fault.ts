// A fault server and a volume content client of it, for the behaviour tests (one server per test).
import { faultClients } from "../../../../scripts/testing/fault-clients.js";
import { createE2bVolumeClient, type E2bVolumeClientOptions } from "../../src/volume/index.js";

export const TOKEN = "vtok_9c2e4b7a1d3f5e8c0a6b2d4f";
export const VOLUME = { volumeID: "vol_1", token: TOKEN };

export const { serve, server } = faultClients(
  (options: E2bVolumeClientOptions) => createE2bVolumeClient(VOLUME, options),
  { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 }, logLevel: "off" },
);

export const stat = (path: string, type = "file") => ({
  name: path.split("/").pop(),
  type,
  path,
  size: 5,
  mode: 420,
  uid: 1000,
  gid: 1000,
  atime: "2026-11-30T09:12:44Z",
  mtime: "2026-11-30T09:12:44Z",
  ctime: "2026-11-30T09:12:44Z",
});
