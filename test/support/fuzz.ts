/**
 * How many inputs a property test generates: `normal` in the everyday run, or FUZZ_RUNS for a long
 * one (e.g. `FUZZ_RUNS=100000 npx vitest run test/core`).
 */
export const fuzzRuns = (normal: number): number => Number(process.env.FUZZ_RUNS) || normal;
