/** Query parameters whose values are always masked when a URL is shown. */
const SECRET_PARAMS = "api_key|apikey|token|access_token";
// The parameter may follow ?, & or an HTML-escaped &amp; and be percent-encoded itself (%3F, %26, %3D).
const PARAM = new RegExp(`((?:[?&;]|%3f|%26)(?:${SECRET_PARAMS})(?:=|%3d))(?:(?!%26)[^&#\\s"'<>\\\\])*`, "gi");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const html = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`);

const hex = (text: string) =>
  Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, "0")).join("");

/** Every way a secret may come back in a body: raw, percent-, form-, JSON-, HTML-escaped, hex, base64 (standard or URL-safe). */
function encodings(secret: string): string[] {
  const percent = encodeURIComponent(secret);
  // Matched without regard to case: lower-case percent escapes and hex need no form of their own.
  const forms = [secret, percent, percent.replace(/%20/g, "+"), html(secret)];
  const json = JSON.stringify(secret).slice(1, -1);
  // JSON as PHP writes it (slashes escaped), and hex, as in a dump of the request's bytes.
  forms.push(json, json.replace(/\//g, "\\/"), hex(secret));
  try {
    const base64 = btoa(secret);
    for (const form of [base64, base64.replace(/=+$/, ""), ...base64Cores(secret)]) {
      forms.push(form, form.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  } catch {
    // Not Latin-1: no base64 form to look for.
  }
  return forms;
}

/**
 * The base64 of a secret wherever it sits in a longer encoded text (a header dump, a Basic
 * credential): at each of the three byte offsets, the characters that the secret's bytes alone decide.
 */
function base64Cores(secret: string): string[] {
  return [0, 1, 2]
    .map((offset) => {
      const bytes = offset + secret.length;
      const end = 4 * Math.floor(bytes / 3) + (bytes % 3);
      return btoa("\0".repeat(offset) + secret).slice([0, 2, 3][offset], end);
    })
    .filter((core) => core.length >= 8);
}

/**
 * Forms shorter than this are masked only where they stand alone: a key such as `k` must not
 * turn `/tasks/execute` into `/tas***s/execute`. Longer ones are masked anywhere, even inside a
 * longer token (a base64 header dump).
 */
export const MIN_EMBEDDED_SECRET = 8;

/** A function that masks secrets in text; `add` makes it mask one more (a secret value the caller sends). */
export type Redactor = ((text: string) => string) & { add(secret: string): void };

/** The most secrets `add` takes: each one costs every later redaction a little. */
const MAX_ADDED = 1_000;

/** Returns a function that masks every encoding of each secret, and secret-bearing query parameters. */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const all = new Set(secrets.filter((s): s is string => !!s));
  let known: RegExp | undefined;
  const compile = () => {
    const forms = [...new Set([...all].flatMap(encodings))];
    // Longest first, so that no shorter form leaves part of a longer one behind.
    forms.sort((a, b) => b.length - a.length);
    const long = forms.filter((form) => form.length >= MIN_EMBEDDED_SECRET).map(escapeRegExp);
    const short = forms.filter((form) => form.length < MIN_EMBEDDED_SECRET).map(escapeRegExp);
    const alone = short.length ? [`(?<![A-Za-z0-9])(?:${short.join("|")})(?![A-Za-z0-9])`] : [];
    known = forms.length ? new RegExp([...long, ...alone].join("|"), "gi") : undefined;
  };
  compile();
  const initial = all.size;
  const redact = (text: string) => (known ? text.replace(known, "***") : text).replace(PARAM, "$1***");
  return Object.assign(redact, {
    add(secret: string) {
      if (!secret || all.has(secret)) return;
      // Past the cap, the oldest added secret makes room (the client's own credentials stay).
      if (all.size - initial >= MAX_ADDED) all.delete([...all][initial]!);
      all.add(secret);
      compile();
    },
  });
}

/** Masks the given secrets (in every encoding) and secret-bearing query parameters in `text`. */
export function redactText(text: string, secrets: readonly string[]): string {
  return createRedactor(secrets)(text);
}
