// Turns one change of a `redocly diff` JSON report into a line a person can read:
// "GET /runs/list › query parameter `status`: added", with its rating.
import { enumUse } from "./open-enums.mjs";

const decode = (part) => part.replace(/~1/g, "/").replace(/~0/g, "~");

/** Follows a JSON pointer into a parsed spec, through local `$ref`s; undefined when it leads nowhere. */
function follow(doc, parts) {
  let node = doc;
  for (const part of parts) {
    for (let hops = 0; node?.$ref && hops < 10; hops++)
      node = follow(doc, node.$ref.replace(/^#\//, "").split("/").map(decode));
    node = node?.[part];
  }
  return node;
}

/** Reads the pointer's segments after an operation: parameters by name, bodies, statuses, fields. */
function describePath(parts, doc, prefix) {
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === "parameters" && parts[i + 1] !== undefined) {
      const param = follow(doc, [...prefix, ...parts.slice(0, i + 2)]);
      const resolved = param?.$ref ? follow(doc, param.$ref.replace(/^#\//, "").split("/").map(decode)) : param;
      out.push(
        resolved?.name ? `${resolved.in ?? ""} parameter \`${resolved.name}\``.trim() : `parameter ${parts[i + 1]}`,
      );
      i++;
    } else if (part === "requestBody") {
      out.push("request body");
      while (parts[i + 1] === "content" || parts[i + 1]?.includes("/") || parts[i + 1] === "schema") i++;
    } else if (part === "responses" && parts[i + 1] !== undefined) {
      out.push(`response ${parts[++i]}`);
      while (parts[i + 1] === "content" || parts[i + 1]?.includes("/") || parts[i + 1] === "schema") i++;
    } else if (part === "properties" && parts[i + 1] !== undefined) {
      out.push(`\`${parts[++i]}\``);
    } else if (part === "items") {
      out.push("[]");
    } else if (part !== "schema") {
      out.push(part);
    }
  }
  return out;
}

/** "GET /runs/list › query parameter `status`" for a pointer such as #/paths/~1runs~1list/get/parameters/4. */
export function where(pointer, doc) {
  const parts = pointer.replace(/^#\/?/, "").split("/").filter(Boolean).map(decode);
  if (parts[0] === "paths") {
    const [, path, method] = parts;
    const head = method ? `${method.toUpperCase()} ${path}` : `path ${path}`;
    return [head, ...describePath(parts.slice(3), doc, parts.slice(0, 3))].join(" › ").replace(/ › \[\]/g, "[]");
  }
  return parts.join(" › ");
}

const short = (value) => {
  const text = JSON.stringify(value) ?? "none";
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** What changed in a modified property: enum values gained or lost, else "before → after". */
function delta(change) {
  const before = change.base?.value;
  const after = change.revision?.value;
  if (Array.isArray(before) && Array.isArray(after)) {
    const added = after.filter((v) => !before.includes(v));
    const removed = before.filter((v) => !after.includes(v));
    return [added.length ? `+${added.join(", +")}` : "", removed.length ? `-${removed.join(", -")}` : ""]
      .filter(Boolean)
      .join(" ");
  }
  return `${short(before)} → ${short(after)}`;
}

/**
 * Rates a change of enum values by what it does to deployed clients, whose enums are open where
 * answers carry them: a value added to an enum only answers use is minor (they pass it through);
 * one removed, or one added to an enum that requests use, is major. Any other change keeps
 * Redocly's rating. The enum is the one Redocly's verdict points at (a shared schema is reported once).
 */
export function rateChange(change, docs) {
  const before = change.base?.value;
  const after = change.revision?.value;
  if (change.kind !== "modified" || change.property !== "enum" || !Array.isArray(before) || !Array.isArray(after)) {
    return change;
  }
  const pointer = (change.verdicts?.[0]?.location?.pointer ?? change.path).replace(/\/enum$/, "");
  const use = enumUse(docs.revision, pointer);
  const removed = before.some((v) => !after.includes(v));
  if (removed) return { ...change, impact: "major", why: "a value was removed: clients may wait for or send it" };
  if (use.requests) return { ...change, impact: "major", why: "a value was added to an enum that requests take" };
  if (use.answers)
    return { ...change, impact: "minor", why: "a value was added to answers: deployed clients pass it through" };
  return change;
}

/** One line per change: rating, kind, where, and what (plus why, and Redocly's own verdicts, when there are some). */
export function describeChange(change, docs) {
  const doc = change.kind === "removed" ? docs.base : docs.revision;
  const place = where(change.path, doc);
  const what = change.kind === "modified" && change.property ? `: ${change.property} ${delta(change)}` : "";
  const lines = [`  ${change.impact.padEnd(5)} ${change.kind.padEnd(8)} ${change.typeName} ${place}${what}`];
  if (change.why) lines.push(`          rated ${change.impact}: ${change.why}`);
  for (const verdict of change.verdicts ?? []) lines.push(`          Redocly: ${verdict.message}`);
  return lines.join("\n");
}
