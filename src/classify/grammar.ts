import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Tree } from 'web-tree-sitter';

/**
 * A tree-sitter grammar shipped as WASM inside an npm package, behind a synchronous `parse()`.
 * Loading is async and done once per process (tens of ms); each parse after that takes
 * microseconds, which is what lets a hook classify before every agent tool call. Nothing is built
 * natively or downloaded: the `.wasm` file comes from the package, run by web-tree-sitter.
 */
export interface Grammar {
  /** Loads the grammar once; later calls share the same parser. */
  init(): Promise<void>;
  /** The tree, or null when the grammar is not loaded or the parser gave up (callers treat that as opaque or fall back). */
  parse(source: string): Tree | null;
}

export function wasmGrammar(wasmModulePath: string): Grammar {
  let parser: Parser | null = null;
  let loading: Promise<void> | null = null;
  const load = async () => {
    await Parser.init();
    const language = await Language.load(readFileSync(createRequire(import.meta.url).resolve(wasmModulePath)));
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  };
  return {
    init: () => (loading ??= load()),
    parse(source) {
      if (!parser) return null;
      try {
        return parser.parse(source);
      } catch {
        return null;
      }
    },
  };
}
