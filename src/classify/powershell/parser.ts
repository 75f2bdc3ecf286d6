import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

/**
 * The PowerShell grammar (tree-sitter-powershell, its own WASM build) behind a synchronous
 * `parsePowerShell()`, loaded the way the bash grammar is: once per process, from the package's
 * `.wasm` file, with the same web-tree-sitter runtime. Nothing is built natively or downloaded.
 */
export type { Node, Tree };

let parser: Parser | null = null;
let loading: Promise<Parser> | null = null;

async function load(): Promise<Parser> {
  await Parser.init();
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  const language = await Language.load(wasm);
  const p = new Parser();
  p.setLanguage(language);
  parser = p;
  return p;
}

/** Loads the grammar once; later calls share the same parser. */
export function initPowerShellParser(): Promise<Parser> {
  loading ??= load();
  return loading;
}

/** Parses PowerShell source; null when the parser is not loaded or gave up (callers treat that as opaque). */
export function parsePowerShell(source: string): Tree | null {
  if (!parser) return null;
  try {
    return parser.parse(source);
  } catch {
    return null;
  }
}
