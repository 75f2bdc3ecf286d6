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
  /**
   * Only the headers that change what the request does (`httpActionHeaders`): a method override
   * (`X-HTTP-Method-Override: DELETE` on a POST), an operation (`X-Amz-Target`), the tier it is routed to
   * (`X-Environment`) and `Content-Type`. Credentials never enter the action: of an `Authorization` header only a Stripe
   * key's mode prefix is kept (`Bearer sk_live_`), the secret after it is dropped.
   */
  headers?: Record<string, string>;
}

/**
 * The method-override headers, lower-cased, in the order a server reads them (Rack, Symfony/Laravel and ASP.NET honour
 * them on a POST). The one list every door reads: the action's headers, the HTTP judge and the shell's curl reader.
 */
export const METHOD_OVERRIDE_HEADERS: readonly string[] = ['x-http-method-override', 'x-http-method', 'x-method-override'];

/**
 * Headers that name the operation itself: AWS's JSON protocol sends every request as `POST /` and names the operation in
 * `X-Amz-Target` (`DynamoDB_20120810.DeleteTable`). Round 44 (atk44): HAPI FHIR's `X-Cascade: delete` makes a DELETE
 * cascade to every resource that references the one deleted ("Cascading Deletes"), as `_cascade=delete` does.
 */
export const OPERATION_HEADERS: readonly string[] = ['x-amz-target', 'x-cascade'];

/**
 * Headers that name the tier a request is routed to (`X-Environment: production`, `X-Env: staging`): a gateway or a
 * multi-tenant API reads them to pick the environment, so they are an environment clue as the host is.
 */
export const ENVIRONMENT_HEADERS: readonly string[] = ['x-environment', 'x-env', 'x-target-environment', 'x-stage', 'x-tier', 'x-deploy-environment'];

/**
 * Request headers that change what an HTTP request does; every other header (credentials above all) is dropped. `Host`
 * names the server a shared address routes the request to (RFC 9110 7.2), so it may name another tier than the URL.
 */
const ACTION_HEADERS = new Set([...METHOD_OVERRIDE_HEADERS, ...OPERATION_HEADERS, ...ENVIRONMENT_HEADERS, 'content-type', 'host']);

/**
 * A Stripe key's mode, the one part of a credential that says what a request acts on: a Bearer token starting
 * `sk_live_`/`rk_live_` acts on the live account, `sk_test_`/`rk_test_` on test data only. Kept as the scheme and that
 * prefix alone (`Bearer sk_live_`), never the secret after it. The kept form reads as itself again (round 23): an action
 * that already carries only the prefix keeps it.
 */
const STRIPE_KEY_MODE = /^Bearer\s+((?:sk|rk)_(?:live|test)_)(?:[A-Za-z0-9]|$)/i;

/**
 * A Slack token's kind, which says whose messages it may delete (a bot token only the bot's own): kept as the scheme and
 * the prefix alone (`Bearer xoxb-`), or the name of the variable it is read from (`Bearer $SLACK_BOT_TOKEN`), never a secret.
 */
const SLACK_TOKEN_KIND = /^Bearer\s+(?:(xox[abpe]-)(?:[A-Za-z0-9-]|$)|(\$\{?SLACK_(?:BOT|USER)_TOKEN\}?)$)/;

/**
 * The headers of `h` that belong in an `http_request` action (lower-cased names), or undefined when none. A value is
 * kept without the white space around it (RFC 9110 5.5: it is not part of the field value) and cut to 256 characters
 * after that, so padding cannot push a method override out of what is kept.
 */
export function httpActionHeaders(h: unknown): Record<string, string> | undefined {
  if (typeof h !== 'object' || h === null || Array.isArray(h)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h as Record<string, unknown>)) {
    if (typeof v !== 'string') continue;
    if (ACTION_HEADERS.has(k.toLowerCase())) out[k.toLowerCase()] = v.trim().slice(0, 256);
    else if (k.toLowerCase() === 'authorization') {
      const mode = STRIPE_KEY_MODE.exec(v.trim())?.[1];
      const slack = SLACK_TOKEN_KIND.exec(v.trim());
      if (mode !== undefined) out.authorization = `Bearer ${mode.toLowerCase()}`;
      else if (slack) out.authorization = `Bearer ${slack[1] ?? slack[2]}`;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
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
  /**
   * D8: the PATH the command runs with (the agent tool's session, as the hook client reads it), so
   * that a bare name (`kubectl`) is judged by the file it starts for the agent's Unix user. Absent: bare names
   * are trusted by their names (the caller runs the command itself, with a PATH the gate cannot see).
   */
  searchPath?: string;
  /**
   * D8 (round 12): the session's variables that point tools at other configuration files than their defaults
   * (`KUBECONFIG`, `GIT_CONFIG_GLOBAL`, `AWS_CONFIG_FILE`, `XDG_CONFIG_HOME`, …), as the hook client reads them, so
   * the files a tool really reads are judged. Only read when `searchPath` is sent (a session the gate can see).
   */
  toolEnv?: Record<string, string>;
}
