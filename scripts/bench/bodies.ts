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
export const bodyFor = (path: string) => JSON.stringify(path.startsWith("/sessions") ? SESSIONS : RUN);
