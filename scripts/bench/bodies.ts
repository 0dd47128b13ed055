// The bodies the benchmark server (and the in-memory fetch of the CPU test) answer with.
export const RUN = {
  id: "run20220111zlq2ig4",
  taskID: "tsk20220111zlq2ig4",
  status: "Succeeded",
  paramValues: { order_id: "ord_8123" },
  teamID: "tea20220103zvy4auu",
  createdAt: "2022-01-11 22:32:45.601486+00",
  createdBy: "usr20220103zlufhym",
};
export const SESSIONS = [
  { codeSnippetID: "Xhp5IaChEAaq", editEnabled: false, sessionID: "ipbtb3a6wf3gl3sbsjm7", clientID: "7d8a1b42" },
];
export const SANDBOXES = [
  {
    sandboxID: "ixq3wq7z4m1o8ka2bd6nc",
    templateID: "rki5dems9wqfm4r03t7g",
    alias: "base",
    clientID: "6532622b",
    startedAt: "2026-11-27T08:15:02Z",
    endAt: "2026-11-27T08:25:02Z",
    cpuCount: 2,
    memoryMB: 512,
    diskSizeMB: 2048,
    metadata: { userID: "u_4821" },
    state: "running",
    envdVersion: "0.2.4",
  },
];
export const bodyFor = (path: string) =>
  JSON.stringify(path.startsWith("/sessions") ? SESSIONS : path.startsWith("/v2/sandboxes") ? SANDBOXES : RUN);
