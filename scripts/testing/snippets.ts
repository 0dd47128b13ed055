// Compiles TypeScript snippets (README examples, x-codeSamples) against the packages' sources.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { parse } from "yaml";

const root = resolve(import.meta.dirname, "../..");

/** The ```ts blocks of a Markdown file, named `<file>_<index>`. */
export function markdownSnippets(file: string): Record<string, string> {
  const text = readFileSync(join(root, file), "utf8");
  const blocks = [...text.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return Object.fromEntries(blocks.map((code, i) => [`${file}_${i}`, code]));
}

/** The TypeScript `x-codeSamples` of every operation of a spec, keyed by operationId. */
export function specCodeSamples(spec: string): Record<string, string> {
  const doc = parse(readFileSync(join(root, spec), "utf8"));
  const out: Record<string, string> = {};
  for (const item of Object.values<Record<string, any>>(doc.paths)) {
    for (const op of Object.values<any>(item)) {
      for (const sample of op?.["x-codeSamples"] ?? [])
        if (sample.lang === "TypeScript") out[op.operationId] = sample.source;
    }
  }
  return out;
}

/** The operationId of every operation of a spec, sorted: what each sample table must cover. */
export function operationIds(spec: string): string[] {
  const doc = parse(readFileSync(join(root, spec), "utf8"));
  return Object.values<Record<string, any>>(doc.paths)
    .flatMap((item) => Object.values<any>(item).map((op) => op?.operationId))
    .filter((id): id is string => typeof id === "string")
    .sort();
}

/** Type-checks each snippet as its own module; returns the diagnostics as text, empty when all compile. */
export function compileSnippets(snippets: Record<string, string>): string {
  const dir = mkdtempSync(join(root, "node_modules/.snippets-"));
  try {
    const files = Object.entries(snippets).map(([name, source]) => {
      const file = join(dir, `${name.replace(/\W+/g, "_")}.ts`);
      writeFileSync(file, source);
      return file;
    });
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.esnext.disposable.d.ts"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
      baseUrl: root,
      paths: {
        "@spec-clients/airplane": ["packages/airplane-client/src/index.ts"],
        "@spec-clients/e2b": ["packages/e2b-client/src/index.ts"],
        "@spec-clients/core": ["packages/client-core/src/index.ts"],
        "@spec-clients/airplane/node": ["packages/airplane-client/src/node.ts"],
        "@spec-clients/e2b/node": ["packages/e2b-client/src/node.ts"],
        "@spec-clients/e2b/sandbox": ["packages/e2b-client/src/sandbox/index.ts"],
        "@spec-clients/core/node": ["packages/client-core/src/node.ts"],
        "@spec-clients/core/public": ["packages/client-core/src/public.ts"],
      },
      allowImportingTsExtensions: false,
    };
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const program = ts.createProgram(files, options);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => !d.file || files.includes(resolve(d.file.fileName)));
    return ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => dir,
      getNewLine: () => "\n",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
