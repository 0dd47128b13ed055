// Generates the typed path map of one API (or all) into its client package.
// Usage: node scripts/generate.mjs [airplane|e2b|e2b-sandbox ...] [--check]
// --check writes nothing and exits 1 when a committed file differs from what the spec generates.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import { apis, apiNamed, root } from "./apis.mjs";
import { componentEnums, openResponseEnums, UNKNOWN_VALUE } from "./open-enums.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");
const names = args.filter((a) => !a.startsWith("--"));

/** "none", "optional" or "required": whether an operation takes credentials, from its `security`. */
function securityLevels(doc) {
  const levels = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const security = op.security ?? doc.security ?? [];
      const level =
        security.length === 0 ? "none" : security.some((r) => !Object.keys(r).length) ? "optional" : "required";
      levels[`${method.toUpperCase()} ${path}`] = level;
    }
  }
  return levels;
}

/** The status family of each HTTP error class, for its TSDoc. */
const ERROR_CLASSES = {
  ApiError: "any HTTP error status",
  BadRequestError: "400: the request is malformed or a value is invalid",
  AuthenticationError: "401: the credentials are missing, invalid or expired",
  PermissionDeniedError: "403: the credentials lack permission for this resource",
  NotFoundError: "404: the resource does not exist",
  ConflictError: "409: the request conflicts with the resource's current state",
  UnprocessableEntityError: "422: the request is well-formed but cannot be processed",
  RateLimitError: "429: rate limited; `retryAfterMs` says how long the server asked to wait",
  InternalServerError: "5xx: the service failed",
};

/** The shared HTTP error classes, typed with the spec's `Error` schema so that `instanceof` narrows `body`. */
function typedErrors() {
  const names = Object.keys(ERROR_CLASSES);
  const lines = [
    `import {\n  withErrorBody,\n${names.map((n) => `  type ${n} as Core${n},`).join("\n")}\n} from "@spec-clients/core";`,
    `import type { components } from "./api.gen.js";`,
    "",
    `/** The body of the API's error responses: the spec's \`Error\` schema. */`,
    `export type ErrorBody = components["schemas"]["Error"];`,
    "",
    `/** The runtime's HTTP error classes, the very ones the client throws, typed with ErrorBody. */`,
    `export const {\n${names.map((n) => `  ${n},`).join("\n")}\n} = withErrorBody<ErrorBody>();`,
    ...names.flatMap((n) => [
      `/** ${ERROR_CLASSES[n]}; \`body\` is an ErrorBody. */`,
      `export type ${n} = Core${n}<ErrorBody>;`,
    ]),
  ];
  return `${lines.join("\n")}\n`;
}

/** `string & {}`: any other string, kept apart from the known literals so that editors still offer them. */
const OTHER_STRING = ts.factory.createIntersectionTypeNode([
  ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ts.factory.createTypeLiteralNode([]),
]);

/** The known values of each enum of the spec's components, as constants and as `Known…` types. */
function enumValues(doc) {
  const lines = [];
  for (const [name, values] of Object.entries(componentEnums(doc))) {
    lines.push(
      `/** The values of \`${name}\` that the spec lists; answers may carry others (see \`${name}\`). */`,
      `export const ${name}Values = ${JSON.stringify(values)} as const;`,
      `/** One of the values of \`${name}\` that the spec lists. */`,
      `export type Known${name} = (typeof ${name}Values)[number];`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** "POST /path" → "server" | "client" for each operation marked `x-connect-stream` (a Connect streaming RPC). */
function connectStreams(doc) {
  const streams = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (op?.["x-connect-stream"]) streams[`${method.toUpperCase()} ${path}`] = op["x-connect-stream"];
    }
  }
  return streams;
}

async function generate(name) {
  const { spec, pkg, generated, securityMap } = apiNamed(name);
  const doc = parse(await readFile(join(root, spec), "utf8"));
  // A `default` makes a field optional to send, so it must not become required in the types.
  // Enums that answers carry are open: a value the spec does not list yet types as `string & {}`.
  const ast = await openapiTS(openResponseEnums(doc), {
    silent: true,
    defaultNonNullable: false,
    transform: (schema) => (schema[UNKNOWN_VALUE] ? OTHER_STRING : undefined),
  });
  const header = `// GENERATED FILE, DO NOT EDIT. Source: ${spec}. Regenerate with \`pnpm generate\`.\n`;
  const levels = JSON.stringify(securityLevels(doc), null, 2);
  const security =
    `${header}\n/** Whether each operation ("METHOD /path") takes credentials, from the spec's \`security\`. */\n` +
    `export const operationSecurity = ${levels} as const;\n`;
  const files = [
    { file: join(root, pkg, generated, "api.gen.ts"), text: header + astToString(ast) },
    { file: join(root, pkg, generated, "errors.gen.ts"), text: header + typedErrors() },
    { file: join(root, pkg, generated, "enums.gen.ts"), text: `${header}\n${enumValues(doc)}` },
  ];
  if (securityMap) files.push({ file: join(root, pkg, generated, "security.gen.ts"), text: security });
  const streams = connectStreams(doc);
  if (Object.keys(streams).length) {
    const text =
      `${header}\n/** The Connect streaming RPCs ("METHOD /path") and which side streams, from the spec's \`x-connect-stream\`:\n` +
      ` * that side's body is a sequence of envelopes, each one message; a streamed answer ends with an end-of-stream envelope. */\n` +
      `export const connectStreams = ${JSON.stringify(streams, null, 2)} as const;\n`;
    files.push({ file: join(root, pkg, generated, "connect.gen.ts"), text });
  }
  return files;
}

let stale = 0;
for (const name of names.length ? names : Object.keys(apis)) {
  for (const { file, text } of await generate(name)) {
    const current = await readFile(file, "utf8").catch(() => "");
    if (current === text) continue;
    if (check) {
      console.error(`${file} is stale: run \`pnpm generate\` and commit the result.`);
      stale++;
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      console.log(`generated ${file}`);
    }
  }
}
process.exit(stale ? 1 : 0);
