// A later version of a spec, written for the "old client, new server" tests: what an API may add
// without breaking a deployed client. Every enum that answers carry gains a value, every object an
// answer holds gains an optional field, and every JSON answer with examples gains an example named
// `later` that carries both (Prism returns it for `Prefer: example=later`).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { apiNamed, root } from "../apis.mjs";
import { deref } from "../open-enums.mjs";

/** The value every answered enum gains, and the field every answered object gains. */
export const LATER_VALUE = "added_later";
export const LATER_FIELD = "addedLater";
const LATER_TEXT = "a field this client's spec does not have";

/** Adds the value to each enum and the field to each object a schema reaches (each node once). */
function grow(doc, schema, seen) {
  const node = deref(doc, schema);
  if (!node || typeof node !== "object" || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === "string")) node.enum.push(LATER_VALUE);
  if (node.properties) node.properties[LATER_FIELD] = { type: "string", description: LATER_TEXT };
  const children = [
    ...Object.values(node.properties ?? {}),
    ...["allOf", "anyOf", "oneOf"].flatMap((key) => node[key] ?? []),
    node.items,
    typeof node.additionalProperties === "object" ? node.additionalProperties : undefined,
  ];
  for (const child of children) grow(doc, child, seen);
}

/** `value` (an example) as the later API would send it: enums at the new value, objects with the new field. */
function later(doc, schema, value) {
  const node = deref(doc, schema);
  if (!node || value === null || value === undefined) return value;
  if (Array.isArray(node.enum) && typeof value === "string") return LATER_VALUE;
  for (const part of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])].slice(0, 1)) {
    value = later(doc, part, value);
  }
  if (Array.isArray(value)) return value.map((item) => later(doc, node.items, item));
  if (typeof value === "object" && node.properties) {
    const out = { ...value, [LATER_FIELD]: LATER_TEXT };
    for (const [key, child] of Object.entries(node.properties)) {
      if (key in value) out[key] = later(doc, child, value[key]);
    }
    return out;
  }
  return value;
}

/** The spec as a later API might describe it (see the file's comment). */
export function newerSpec(source) {
  const doc = structuredClone(source);
  const answers = [];
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      for (const [status, response] of Object.entries(op?.responses ?? {})) {
        const media = deref(doc, response)?.content?.["application/json"];
        if (!media?.schema) continue;
        answers.push(media.schema);
        if (!status.startsWith("2")) continue;
        const first = media.example ?? Object.values(media.examples ?? {}).map((e) => deref(doc, e)?.value)[0];
        if (first === undefined) continue;
        const examples = media.examples ?? (media.example === undefined ? {} : { default: { value: media.example } });
        delete media.example;
        media.examples = { ...examples, later: { summary: "As a later API sends it", value: first } };
      }
    }
  }
  // Examples first, against the schema as it is; then the schema grows, each node once.
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      for (const response of Object.values(op?.responses ?? {})) {
        const media = deref(doc, response)?.content?.["application/json"];
        const example = media?.examples?.later;
        if (example) example.value = later(doc, media.schema, example.value);
      }
    }
  }
  const seen = new Set();
  for (const schema of answers) grow(doc, schema, seen);
  return doc;
}

/** Writes the newer spec of the API `name` to a temporary file and returns its path. */
export function writeNewerSpec(name) {
  const doc = parse(readFileSync(join(root, apiNamed(name).spec), "utf8"));
  const file = join(mkdtempSync(join(tmpdir(), "newer-spec-")), `${name}.yaml`);
  writeFileSync(file, stringify(newerSpec(doc)));
  return file;
}
