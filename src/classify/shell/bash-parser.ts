import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

/**
 * The bash grammar (tree-sitter-bash, compiled to WASM) behind a synchronous `parseBash()`.
 * Loading is async and done once per process (~25 ms); each parse after that is tens of
 * microseconds, which is what lets a hook classify before every agent tool call.
 */
export type { Node, Tree };

let parser: Parser | null = null;
let loading: Promise<Parser> | null = null;

async function load(): Promise<Parser> {
  await Parser.init();
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
  const language = await Language.load(wasm);
  const p = new Parser();
  p.setLanguage(language);
  parser = p;
  return p;
}

/** Loads the grammar once; later calls share the same parser. */
export function initBashParser(): Promise<Parser> {
  loading ??= load();
  return loading;
}

/** Parses bash source; null when the parser is not loaded or gave up (callers treat that as opaque). */
export function parseBash(source: string): Tree | null {
  if (!parser) return null;
  try {
    return parser.parse(source);
  } catch {
    return null;
  }
}
