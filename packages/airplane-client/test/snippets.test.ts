import { describe, expect, it } from "vitest";
import { compileSnippets, markdownSnippets, operationIds, specCodeSamples } from "../../../scripts/testing/snippets.js";

describe("documentation compiles", () => {
  it("every README example", () => {
    const examples = markdownSnippets("packages/airplane-client/README.md");
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(4);
    expect(compileSnippets(examples)).toBe("");
  });
  it("the x-codeSamples of every operation of spec/airplane.yaml", () => {
    const samples = specCodeSamples("spec/airplane.yaml");
    // Named, so that a missing one says which operation lacks a sample.
    expect(Object.keys(samples).sort()).toEqual(operationIds("spec/airplane.yaml"));
    expect(compileSnippets(samples)).toBe("");
  });
  it("reports a snippet that does not compile", () => {
    const broken = `import { createAirplaneClient } from "@spec-clients/airplane";\ncreateAirplaneClient().runs.get(1);\n`;
    expect(compileSnippets({ broken })).toMatch(/TS2345/);
  });
});
