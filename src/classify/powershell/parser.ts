import { wasmGrammar } from '../grammar.ts';

/**
 * The PowerShell grammar (tree-sitter-powershell, its own WASM build) behind a synchronous
 * `parsePowerShell()`, loaded the way the bash grammar is.
 */
export type { Node, Tree } from 'web-tree-sitter';

const powershell = wasmGrammar('tree-sitter-powershell/tree-sitter-powershell.wasm', 'on-first-parse');
export const initPowerShellParser = powershell.init;
/** Parses PowerShell source; null when the parser is not loaded or gave up (callers treat that as opaque). */
export const parsePowerShell = powershell.parse;
