// Open enums: a deployed client must read a value that a later version of the API adds to an enum
// it answers with. Every enum an answer can carry is typed as its known values or any other string.

/** Marks, in memory only, the "any other string" member that `openResponseEnums` adds. */
export const UNKNOWN_VALUE = "x-spec-clients-unknown-value";

const decode = (part) => part.replace(/~1/g, "/").replace(/~0/g, "~");
const resolve = (doc, ref) =>
  ref.startsWith("#/")
    ? ref
        .slice(2)
        .split("/")
        .map(decode)
        .reduce((node, part) => node?.[part], doc)
    : undefined;

/** A node with every local `$ref` on it followed (at most 20 hops). */
export function deref(doc, node) {
  for (let hops = 0; node?.$ref && hops < 20; hops++) node = resolve(doc, node.$ref);
  return node;
}

const isStringEnum = (node) => Array.isArray(node?.enum) && node.enum.every((v) => typeof v === "string");

/** Every string enum that a schema reaches, through local `$ref`s, properties, items and compositions. */
function collectEnums(doc, schema, found, seen = new Set()) {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return;
  seen.add(schema);
  if (typeof schema.$ref === "string") collectEnums(doc, resolve(doc, schema.$ref), found, seen);
  if (isStringEnum(schema)) found.add(schema);
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...Object.values(schema.patternProperties ?? {}),
    ...(schema.prefixItems ?? []),
    ...["allOf", "anyOf", "oneOf"].flatMap((key) => schema[key] ?? []),
    schema.items,
    schema.additionalProperties,
    schema.not,
  ];
  for (const child of children) collectEnums(doc, child, found, seen);
}

/** The schemas of every answer: each response's bodies and headers, through `$ref`s. */
function responseSchemas(doc) {
  const schemas = [];
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      for (let response of Object.values(op?.responses ?? {})) {
        if (response?.$ref) response = resolve(doc, response.$ref);
        for (const media of Object.values(response?.content ?? {})) schemas.push(media.schema);
        for (let header of Object.values(response?.headers ?? {})) {
          if (header?.$ref) header = resolve(doc, header.$ref);
          schemas.push(header?.schema);
        }
      }
    }
  }
  return schemas;
}

/** The schemas of every request: each operation's parameters (its path's too) and bodies, through `$ref`s. */
function requestSchemas(doc) {
  const schemas = [];
  for (const item of Object.values(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (method === "parameters" || typeof op !== "object" || op === null) continue;
      for (let param of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        if (param?.$ref) param = resolve(doc, param.$ref);
        schemas.push(param?.schema);
      }
      let body = op.requestBody;
      if (body?.$ref) body = resolve(doc, body.$ref);
      for (const media of Object.values(body?.content ?? {})) schemas.push(media.schema);
    }
  }
  return schemas;
}

const reached = (doc, schemas) => {
  const found = new Set();
  for (const schema of schemas) collectEnums(doc, schema, found);
  return found;
};

/** Whether the enum at a JSON pointer of the spec is reached from answers, from requests, or both. */
export function enumUse(doc, pointer) {
  const node = resolve(doc, pointer);
  return {
    answers: reached(doc, responseSchemas(doc)).has(node),
    requests: reached(doc, requestSchemas(doc)).has(node),
  };
}

/**
 * A copy of the spec where every string enum an answer can reach is `anyOf` its values and a
 * string marked UNKNOWN_VALUE, which codegen types as `string & {}`. Enums only requests use
 * stay closed. The spec file itself is never changed.
 */
export function openResponseEnums(source) {
  const doc = structuredClone(source);
  for (const node of reached(doc, responseSchemas(doc))) {
    const { enum: values, type, ...rest } = node;
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, rest, {
      anyOf: [
        { type: type ?? "string", enum: values },
        { type: "string", [UNKNOWN_VALUE]: true },
      ],
    });
  }
  return doc;
}

/** The values of each string enum among the spec's component schemas, by schema name. */
export function componentEnums(doc) {
  return Object.fromEntries(
    Object.entries(doc.components?.schemas ?? {})
      .filter(([, schema]) => isStringEnum(schema))
      .map(([name, schema]) => [name, schema.enum]),
  );
}
