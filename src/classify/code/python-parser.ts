import { wasmGrammar } from '../grammar.ts';

/** The Python grammar (tree-sitter-python, WASM, the same runtime as the bash grammar) behind a synchronous `parsePython()`. */
export type { Node, Tree } from 'web-tree-sitter';

const python = wasmGrammar('tree-sitter-python/tree-sitter-python.wasm', 'on-first-parse');
export const initPythonParser = python.init;
/** Parses Python source; null when the parser is not loaded or gave up (callers fall back). */
export const parsePython = python.parse;
