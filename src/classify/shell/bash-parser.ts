import { wasmGrammar } from '../grammar.ts';

/** The bash grammar (tree-sitter-bash, compiled to WASM) behind a synchronous `parseBash()`. */
export type { Node, Tree } from 'web-tree-sitter';

const bash = wasmGrammar('tree-sitter-bash/tree-sitter-bash.wasm');
export const initBashParser = bash.init;
/** Parses bash source; null when the parser is not loaded or gave up (callers treat that as opaque). */
export const parseBash = bash.parse;
