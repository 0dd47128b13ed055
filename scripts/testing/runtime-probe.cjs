// CommonJS: require() of the ESM packages (Node 20.19+ loads ESM synchronously). Prints the exports it found.
const airplane = require("@spec-clients/airplane");
const e2b = require("@spec-clients/e2b");
const sandbox = require("@spec-clients/e2b/sandbox");
const envd = require("@spec-clients/e2b/envd");
console.log(
  JSON.stringify({
    airplane: typeof airplane.createAirplaneClient,
    e2b: typeof e2b.createE2bClient,
    sandbox: typeof sandbox.createE2bSandboxClient,
    envd: typeof envd.createE2bEnvdClient,
  }),
);
