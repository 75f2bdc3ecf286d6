import type { JsonObject, JsonValue } from './json.ts';

/**
 * What an agent asks to do, as it asked it. A union by `kind`; every variant carries the exact
 * artifact (command text, SQL, plan JSON, arguments) because that is what reviewers approve and what
 * the digest binds (A1).
 */
export type Action =
  | ShellAction
  | McpToolCallAction
  | TerraformPlanAction
  | SqlAction
  | FileWriteAction
  | HttpRequestAction;

export type ActionKind = Action['kind'];

export const ACTION_KINDS: readonly ActionKind[] = [
  'shell',
  'mcp_tool_call',
  'terraform_plan',
  'sql',
  'file_write',
  'http_request',
];

/** The command languages a shell action can be written in. */
export type ShellDialect = 'bash' | 'powershell' | 'cmd';
export const SHELL_DIALECTS: readonly ShellDialect[] = ['bash', 'powershell', 'cmd'];

export interface ShellAction {
  kind: 'shell';
  command: string;
  /**
   * The language of `command`: a POSIX shell when absent (`bash`); `powershell` for PowerShell
   * (Claude Code's PowerShell tool, Codex on Windows), `cmd` for cmd.exe.
   */
  shell?: ShellDialect;
}

export interface McpToolCallAction {
  kind: 'mcp_tool_call';
  /** The upstream server's name as configured (`filesystem`, `github`). */
  server: string;
  tool: string;
  arguments: JsonObject;
  /** The upstream's own tool annotations, where the proxy knows them. */
  annotations?: { destructiveHint?: boolean; readOnlyHint?: boolean; idempotentHint?: boolean; openWorldHint?: boolean };
}

export interface TerraformPlanAction {
  kind: 'terraform_plan';
  /** The output of `terraform show -json PLANFILE`. */
  plan: JsonObject;
}

export interface SqlAction {
  kind: 'sql';
  sql: string;
  dialect?: string;
  database?: string;
  host?: string;
}

export interface FileWriteAction {
  kind: 'file_write';
  path: string;
  /**
   * `write` replaces or creates, `edit` changes part, `delete` removes; `read` is the agent tool's own
   * file read, sent so the signing key and token files are refused through it too (D8).
   */
  operation: 'write' | 'edit' | 'delete' | 'read';
  content?: string;
}

export interface HttpRequestAction {
  kind: 'http_request';
  method: string;
  url: string;
  body?: JsonValue;
}

/**
 * What the gateway knows about where the action runs. It comes from the adapter (hook event, exec's
 * own process), never from policy, and only narrows what the classifier infers.
 */
export interface ActionContext {
  cwd?: string;
  home?: string;
  gitBranch?: string;
  gitRemote?: string;
  kubeContext?: string;
  kubeNamespace?: string;
  awsProfile?: string;
  awsRegion?: string;
  awsAccount?: string;
  tfWorkspace?: string;
  mcpServer?: string;
  dialect?: string;
  database?: string;
  host?: string;
}
