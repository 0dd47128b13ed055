/** One table of BENCHMARKS.md. */
export type Table = { title: string; note: string; head: string[]; rows: string[][] };
