// The key and the run the fault-server tests share.
export const KEY = "ak_live_SECRET_1234567890";
export const RUN = {
  id: "run1",
  taskID: "tsk1",
  status: "Succeeded",
  paramValues: {},
  teamID: "t",
  createdAt: "x",
  createdBy: "u",
};
