import { describe, expect, it } from "vitest";
import { compileSnippets, markdownSnippets, operationIds, specCodeSamples } from "../../../scripts/testing/snippets.js";

describe("documentation compiles", () => {
  it("every README example", () => {
    const examples = markdownSnippets("packages/e2b-client/README.md");
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(4);
    expect(compileSnippets(examples)).toBe("");
  });
  it("the x-codeSamples of every operation of spec/e2b.yaml", () => {
    const samples = specCodeSamples("spec/e2b.yaml");
    // Named, so that a missing one says which operation lacks a sample.
    expect(Object.keys(samples).sort()).toEqual(operationIds("spec/e2b.yaml"));
    expect(compileSnippets(samples)).toBe("");
  });
  it("the x-codeSamples of every operation of spec/e2b-sandbox.yaml", () => {
    const samples = specCodeSamples("spec/e2b-sandbox.yaml");
    // Named, so that a missing one says which operation lacks a sample.
    expect(Object.keys(samples).sort()).toEqual(operationIds("spec/e2b-sandbox.yaml"));
    expect(compileSnippets(samples)).toBe("");
  });
  it("the x-codeSamples of every operation of spec/e2b-volume.yaml", () => {
    const samples = specCodeSamples("spec/e2b-volume.yaml");
    expect(Object.keys(samples).sort()).toEqual(operationIds("spec/e2b-volume.yaml"));
    expect(compileSnippets(samples)).toBe("");
  });
  it("the x-codeSamples of every operation of spec/e2b-envd.yaml", () => {
    const samples = specCodeSamples("spec/e2b-envd.yaml");
    expect(Object.keys(samples).sort()).toEqual(operationIds("spec/e2b-envd.yaml"));
    expect(compileSnippets(samples)).toBe("");
  });
  it("reports a snippet that does not compile", () => {
    const broken = `import { createE2bClient } from "@spec-clients/e2b";\ncreateE2bClient().sessions.delete(1);\n`;
    expect(compileSnippets({ broken })).toMatch(/TS2345/);
  });
});
