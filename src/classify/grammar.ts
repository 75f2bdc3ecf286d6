import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Tree } from 'web-tree-sitter';
import { lazy } from './lazy.ts';

/**
 * A tree-sitter grammar shipped as WASM inside an npm package, behind a synchronous `parse()`.
 * Loading is async and done once per process (tens of ms); each parse after that takes
 * microseconds, which is what lets a hook classify before every agent tool call. Nothing is built
 * natively or downloaded: the `.wasm` file comes from the package, run by web-tree-sitter.
 */
export interface Grammar {
  /** Loads the grammar once (or, loaded on first parse, only the shared runtime); later calls share the same parser. */
  init(): Promise<void>;
  /** The tree, or null when the grammar is not loaded or the parser gave up (callers treat that as opaque or fall back). */
  parse(source: string): Tree | null;
}

/** The engine's synchronous WebAssembly compiler, which the TypeScript libs of this project (no DOM) do not declare. */
const { WebAssembly: engine } = globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => Parameters<typeof Language.loadSync>[0] } };

/**
 * `at-init` compiles the grammar in `init()` (the bash grammar: nearly every input needs it). `on-first-parse` only
 * starts the shared runtime there and compiles the grammar synchronously on the first `parse()` (PowerShell, Python:
 * rarer inputs), so a process that never sees them never pays for them. A grammar that fails to load parses to null.
 */
export function wasmGrammar(wasmModulePath: string, load: 'at-init' | 'on-first-parse' = 'at-init'): Grammar {
  let parser: Parser | null = null;
  let loading: Promise<void> | null = null;
  const wasm = () => readFileSync(createRequire(import.meta.url).resolve(wasmModulePath));
  const loadAtInit = async () => {
    await Parser.init();
    if (load === 'on-first-parse') return;
    const language = await Language.load(wasm());
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  };
  const loadNow = lazy((): Parser | null => {
    try {
      const p = new Parser();
      p.setLanguage(Language.loadSync(new engine.Module(wasm())));
      return p;
    } catch {
      return null;
    }
  });
  let ready = false;
  return {
    init: () => (loading ??= loadAtInit().then(() => void (ready = true))),
    parse(source) {
      // INVARIANT (parse-after-init): before init() has finished, every grammar parses to null, loaded lazily or not.
      const p = load === 'at-init' ? parser : ready ? loadNow() : null;
      if (!p) return null;
      try {
        return p.parse(source);
      } catch {
        return null;
      }
    },
  };
}
