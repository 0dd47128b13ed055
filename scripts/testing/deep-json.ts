// JSON nested deeper than any stack, for the tests of answers no recursive walk can handle.

/** Arrays nested `depth` deep, as JSON text: JSON.parse takes any depth, a recursive walk overflows long before. */
export const deep = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
