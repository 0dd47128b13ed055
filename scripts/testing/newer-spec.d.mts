// Types of newer-spec.mjs, for the tests that import its constants.
export const LATER_VALUE: "added_later";
export const LATER_FIELD: "addedLater";
export function newerSpec(source: object): object;
export function writeNewerSpec(name: string): string;
