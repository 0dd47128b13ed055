// The two APIs of this repository: where their spec, package and default mock port live.
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

// `src`: the folder of the package that holds its client (check-resources looks there); `generated`
// the folder its generated files go to. e2b's two APIs share one package, one folder each.
// `securityMap`: also generate which operations take credentials (e2b, where it varies per operation).
// `minScore`: the lowest `redocly score` agent-readiness rating `pnpm lint:spec` accepts. Each sits a
// few points under the spec's rating today: it catches a spec that got worse (dropping the properties'
// descriptions takes Airplane from 84.9 to 78.5), not one that grew by a correct operation (one that
// rates below the median moves a spec by a point or two). spec/score.md shows why Airplane cannot reach 90.
// `credential`: how a client of it gets its credential, for the docs index's "how to start".
/** @type {Record<"airplane" | "e2b" | "e2b-sandbox" | "e2b-volume" | "e2b-envd", { spec: string; pkg: string; src: string; generated: string; mockPort: number; securityMap: boolean; minScore: number; credential: string }>} */
export const apis = {
  airplane: {
    spec: "spec/airplane.yaml",
    pkg: "packages/airplane-client",
    src: "src",
    generated: "src/generated",
    mockPort: 4010,
    securityMap: false,
    minScore: 82,
    credential: "the `apiKey` option, else `AIRPLANE_API_KEY`",
  },
  e2b: {
    spec: "spec/e2b.yaml",
    pkg: "packages/e2b-client",
    src: "src",
    generated: "src/generated",
    mockPort: 4011,
    securityMap: true,
    minScore: 90,
    credential: "the `apiKey` option, else `E2B_API_KEY`",
  },
  "e2b-sandbox": {
    spec: "spec/e2b-sandbox.yaml",
    pkg: "packages/e2b-client",
    src: "src/sandbox",
    generated: "src/sandbox/generated",
    mockPort: 4012,
    securityMap: false,
    minScore: 80,
    credential: "the `apiKey` option, else `E2B_API_KEY`",
  },
  "e2b-volume": {
    spec: "spec/e2b-volume.yaml",
    pkg: "packages/e2b-client",
    src: "src/volume",
    generated: "src/volume/generated",
    mockPort: 4013,
    securityMap: false,
    minScore: 85,
    credential: "the volume itself: `createE2bVolumeClient(await team.volumes.get(id))` takes its `token`",
  },
  "e2b-envd": {
    spec: "spec/e2b-envd.yaml",
    pkg: "packages/e2b-client",
    src: "src/envd",
    generated: "src/envd/generated",
    mockPort: 4014,
    securityMap: false,
    minScore: 78,
    credential: "the sandbox itself: `createE2bEnvdClient(await e2b.sandboxes.create(…))` takes its `envdAccessToken`",
  },
};

/** Returns the API named `name`, or exits with a message listing the known names. */
export function apiNamed(name) {
  const api = apis[name];
  if (!api) {
    console.error(`Unknown API "${name}". Known APIs: ${Object.keys(apis).join(", ")}.`);
    process.exit(2);
  }
  return api;
}
