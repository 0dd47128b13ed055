// What an editor shows on hover, read from the TypeScript language service over the built packages:
// named types for results and clients, and each resource method's TSDoc.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
// A file that exists only for the language service, resolved from the repository's root as a user's would be.
const probe = path.join(root, "hover-probe.ts");
const source = `import { createAirplaneClient } from "@spec-clients/airplane";
import { createE2bClient } from "@spec-clients/e2b";
import { createE2bSandboxClient } from "@spec-clients/e2b/sandbox";
import { createE2bTeamClient } from "@spec-clients/e2b/team";
import { createE2bVolumeClient } from "@spec-clients/e2b/volume";
import { createE2bEnvdClient } from "@spec-clients/e2b/envd";
const airplane = createAirplaneClient();
const run = await airplane.runs.get("r");
const runPage = await airplane.runs.list();
type Client = ReturnType<typeof createAirplaneClient>;
const e2b = createE2bSandboxClient();
const listing = await e2b.sandboxes.list();
const sb = await e2b.sandboxes.create({ templateID: "base" });
const sandbox = createE2bEnvdClient(sb);
const result = await sandbox.commands.run("ls");
const entries = await sandbox.files.list("/home/user");
const handle = await sandbox.commands.run("sleep 9", { background: true });
const bytes = await sandbox.files.read("/a", { format: "bytes" });
await sandbox.files.write("/a", "text");
const sessions = createE2bClient();
const team = createE2bTeamClient();
const volume = createE2bVolumeClient(await team.volumes.get("v"));
export { Client, run, runPage, listing, result, entries, sessions, team, volume, handle, bytes };
`;

const service = ts.createLanguageService({
  getScriptFileNames: () => [probe],
  getScriptVersion: () => "1",
  getScriptSnapshot: (file) =>
    file === probe
      ? ts.ScriptSnapshot.fromString(source)
      : ts.sys.fileExists(file)
        ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)!)
        : undefined,
  fileExists: (file) => file === probe || ts.sys.fileExists(file),
  readFile: (file) => (file === probe ? source : ts.sys.readFile(file)),
  getCurrentDirectory: () => root,
  getCompilationSettings: () => ({
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  }),
  getDefaultLibFileName: ts.getDefaultLibFilePath,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
  readDirectory: ts.sys.readDirectory,
});

/** The hover at the `nth` occurrence of `text` in the probe (its first character): signature and doc. */
function hover(text: string, nth = 1) {
  let at = -1;
  for (let i = 0; i < nth; i++) at = source.indexOf(text, at + 1);
  if (at < 0) throw new Error(`${text} is not in the probe`);
  const info = service.getQuickInfoAtPosition(probe, at);
  return {
    shown: ts.displayPartsToString(info?.displayParts),
    doc: ts.displayPartsToString(info?.documentation),
  };
}

describe("hover text", () => {
  it("the probe compiles against the built packages", () => {
    const problems = [...service.getSemanticDiagnostics(probe), ...service.getSyntacticDiagnostics(probe)];
    expect(problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it("names what a call returns: the spec's schema, not its fields", () => {
    expect(hover("run =").shown).toBe("const run: Run");
    expect(hover("runPage =").shown).toBe("const runPage: ListRunsResponse");
    expect(hover("listing =").shown).toBe("const listing: SandboxPage");
    expect(hover("sb =").shown).toBe("const sb: Sandbox");
    expect(hover("result =").shown).toBe("const result: CommandResult");
    expect(hover("entries =").shown).toBe("const entries: EntryInfo[]");
  });

  it("names each client as its exported interface", () => {
    expect(hover("airplane =").shown).toBe("const airplane: AirplaneClient");
    expect(hover("Client =").shown).toBe("type Client = AirplaneClient");
    expect(hover("e2b =").shown).toBe("const e2b: E2bSandboxClient");
    expect(hover("team =").shown).toBe("const team: E2bTeamClient");
    expect(hover("sandbox =").shown).toBe("const sandbox: E2bEnvdClient");
    expect(hover("sessions =").shown).toBe("const sessions: E2bClient");
    expect(hover("volume =").shown).toBe("const volume: E2bVolumeClient");
  });

  it("shows a resource method's signature with named types, and its TSDoc", () => {
    const get = hover("get(", 1);
    expect(get.shown).toBe("(property) get: (runID: string, options?: RequestOptions) => Promise<Run>");
    expect(get.doc).toBe("Returns one run.");
    expect(hover("runs.get").shown).toBe("(property) AirplaneClient.runs: RunsResource");
  });

  it("shows the TSDoc of the overload a call picks", () => {
    expect(hover("run(").doc).toMatch(/resolves with `\{ exitCode, stdout, stderr \}`/);
    expect(hover("run(", 2).doc).toMatch(/resolves with a CommandHandle/);
    expect(hover("handle =").shown).toBe("const handle: CommandHandle");
    expect(hover("read(").doc).toBe("Reads a file as bytes; a missing file is a NotFoundError.");
    expect(hover("bytes =").shown).toMatch(/^const bytes: Uint8Array\b/);
    expect(hover("write(").doc).toMatch(/^Writes a file \(creating its parent directories\)/);
  });
});

/** The clients and the names of the resources on each (the methods of openapi-fetch are its own). */
const clients = {
  airplane: ["runs", "sessions", "tasks", "runbooks", "prompts"],
  sessions: ["sessions", "envs"],
  e2b: ["sandboxes", "snapshots"],
  team: ["templates", "volumes", "secrets", "teams"],
  sandbox: ["commands", "files"],
};
/** Clients whose methods sit on the client itself. */
const flat = { volume: ["readFile", "writeFile", "list", "getInfo", "exists", "makeDir", "updateMetadata", "remove"] };

describe("every resource method", () => {
  const program = service.getProgram()!;
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(probe)!;
  const typeOf = (name: string) => {
    let found: ts.Type | undefined;
    file.forEachChild(function visit(node): void {
      if (ts.isVariableDeclaration(node) && node.name.getText(file) === name) found = checker.getTypeAtLocation(node);
      else node.forEachChild(visit);
    });
    return found!;
  };
  const methods = Object.entries(clients).flatMap(([client, resources]) =>
    resources.flatMap((resource) => {
      const type = checker.getTypeOfSymbol(typeOf(client).getProperty(resource)!);
      return type.getProperties().map((method) => ({ name: `${client}.${resource}.${method.name}`, method }));
    }),
  );
  for (const [client, names] of Object.entries(flat)) {
    for (const name of names) methods.push({ name: `${client}.${name}`, method: typeOf(client).getProperty(name)! });
  }
  const withoutDoc = methods.filter(
    ({ method }) => ts.displayPartsToString(method.getDocumentationComment(checker)) === "",
  );

  it("has TSDoc that reaches the hover", () => {
    expect(methods.length).toBeGreaterThan(80);
    expect(withoutDoc.map((m) => m.name)).toEqual([]);
  });

  it("has TSDoc on each overload, which is what a call's hover shows", () => {
    const overloaded = methods.flatMap(({ name, method }) => {
      const signatures = checker.getTypeOfSymbol(method).getCallSignatures();
      return signatures.length < 2 ? [] : signatures.map((signature, i) => ({ name: `${name} #${i + 1}`, signature }));
    });
    expect(overloaded.length).toBeGreaterThan(5);
    const bare = overloaded.filter(
      ({ signature }) => ts.displayPartsToString(signature.getDocumentationComment(checker)) === "",
    );
    expect(bare.map((o) => o.name)).toEqual([]);
  });

  it("returns a named type: no result is shown as an inline object", () => {
    const inline = methods.flatMap(({ name, method }) =>
      checker
        .getTypeOfSymbol(method)
        .getCallSignatures()
        .map((signature) => checker.typeToString(signature.getReturnType()))
        .filter((shown) => shown.includes("{"))
        .map((shown) => `${name}: ${shown}`),
    );
    expect(inline).toEqual([]);
  });
});
