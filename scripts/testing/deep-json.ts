// JSON nested deeper than any stack, for the tests of answers no recursive walk can handle.

/** Arrays nested `depth` deep, as JSON text: JSON.parse takes any depth, a recursive walk overflows long before. */
export const deep = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

/** Whether this runtime's JSON.stringify writes any depth JSON.parse reads: Node 26's does, Node 20's and 22's overflow. */
export const writesAnyDepth = (() => {
  try {
    return JSON.stringify(JSON.parse(deep(10_000))).length > 0;
  } catch {
    return false;
  }
})();
