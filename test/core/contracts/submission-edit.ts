/** Changing one value deep in a submission, the way the contract tests reach a field. */

type Tree = Record<string, unknown>;

/** `submission` with `value` at `path`, as the server reads it: parsed JSON, where "__proto__" is a key like any other. */
export function withValueAt(submission: object, path: readonly string[], value: unknown): unknown {
  const root: Tree = { submission: structuredClone(submission) };
  let node = root;
  const keys = ['submission', ...path];
  for (const key of keys.slice(0, -1)) node = node[key] as Tree;
  node[keys[keys.length - 1]!] = value;
  return JSON.parse(JSON.stringify(root.submission));
}
