/**
 * classify: turns an action (shell command, SQL, Terraform plan JSON, MCP tool call, file write,
 * HTTP request) into ActionFacts: verbs, destructive, targets with their environments, blast
 * radius, reversibility, confidence and findings for reviewers.
 *
 * It parses for real: bash with tree-sitter-bash (WASM), PowerShell with tree-sitter-powershell
 * (WASM), cmd.exe with a tokenizer that follows cmd's quoting rules, SQL with node-sql-parser, plans as the
 * `terraform show -json` format. What it cannot understand (a dynamic command name, a decoder piped
 * into a shell, unparseable input) is `confidence: 'opaque'`, verb `unknown`, destructive: the worst
 * case. It does not decide anything (policy does) and does no I/O beyond loading its parsers.
 *
 * Usage: `const classifier = await createClassifier(options)` once per process (loads the WASM
 * grammar, ~25 ms), then `classifier.classify(action, context, inventory)` synchronously. What only
 * rarer inputs need (the PowerShell and Python grammars, YAML, acorn) loads on its first use (lazy.ts).
 */
import type { Classifier } from './classifier.ts';
import { makeClassifier, type ClassifierOptions } from './classify.ts';
import { initPowerShellParser } from './powershell/parser.ts';
import { initBashParser } from './shell/bash-parser.ts';
import { initPythonParser } from './code/python-parser.ts';

export type { Classifier } from './classifier.ts';
export type { ClassifierOptions } from './classify.ts';
export type { McpToolMapping, McpClassifyConfig } from './mcp/mcp.ts';
export { DEFAULT_MCP_MAPPINGS } from './mcp/mcp.ts';
export { heuristicEnvironment, tierOfEnvironment } from './environment.ts';
export { classifyBatchLine, decisionOf, type BatchResult } from './batch.ts';
export { analyseCode, type CodeFacts, type CodeCall } from './code/analyse.ts';
export { isControlPlaneSecret, namesControlPlane, normalizePath } from './paths.ts';

/** Loads the parsers and returns a synchronous, total, deterministic classifier. */
export async function createClassifier(options: ClassifierOptions = {}): Promise<Classifier> {
  // One after the other: web-tree-sitter's runtime is not safe to initialise twice at once.
  await initBashParser();
  await initPowerShellParser();
  await initPythonParser();
  return makeClassifier(options);
}
export { TOOL_CONFIG_FILES, PROGRAM_FOLDER_PREFIX, configFilesOf, readConfig, judgeSetting, knownCredentialPlugin, expandHome } from './tool-config.ts';
export type { ConfigFormat, ConfigFile, ConfigSetting, ConfigReading, SettingJudgement } from './tool-config.ts';
