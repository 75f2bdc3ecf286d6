import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

/**
 * The Python grammar (tree-sitter-python, WASM, the same runtime as the bash grammar) behind a
 * synchronous `parsePython()`, loaded once per process next to the bash grammar.
 */
export type { Node, Tree };

let parser: Parser | null = null;
let loading: Promise<Parser> | null = null;

async function load(): Promise<Parser> {
  await Parser.init();
  const require = createRequire(import.meta.url);
  const language = await Language.load(readFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm')));
  const p = new Parser();
  p.setLanguage(language);
  parser = p;
  return p;
}

/** Loads the grammar once; later calls share the same parser. */
export function initPythonParser(): Promise<Parser> {
  loading ??= load();
  return loading;
}

/** Parses Python source; null when the parser is not loaded or gave up (callers fall back). */
export function parsePython(source: string): Tree | null {
  if (!parser) return null;
  try {
    return parser.parse(source);
  } catch {
    return null;
  }
}
