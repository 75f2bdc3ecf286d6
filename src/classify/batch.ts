import type { Action, ActionContext, ActionFacts, Inventory, JsonValue } from '../core/index.ts';
import { httpActionHeaders, isJsonObject } from '../core/index.ts';
import type { Classifier } from './classifier.ts';
import { tierOfEnvironment } from './environment.ts';

/**
 * The batch contract used for transcript audits and evaluation: one JSON case per line in, one JSON
 * result per line out. A bad line yields an error line for its id (decision `unknown`), never a throw.
 *
 * In:  {"id","kind","input_type":"command"|"powershell"|"cmd"|"sql"|"mcp_tool_call"|"terraform_plan_json"|"file_write"|"http_request","input","context"}
 * Out: {"id","decision":"destructive"|"benign"|"unknown","targets_env":"production"|"staging"|"dev"|null,"reason","facts"}
 */

export type BatchDecision = 'destructive' | 'benign' | 'unknown';
export type BatchEnv = 'production' | 'staging' | 'dev' | null;

export interface BatchResult {
  id: JsonValue;
  decision: BatchDecision;
  targets_env: BatchEnv;
  reason: string;
  facts: ActionFacts | null;
  error?: { code: string; message: string };
}

const CONTEXT_KEYS: Record<string, Exclude<keyof ActionContext, 'toolEnv'>> = {
  cwd: 'cwd', home: 'home', git_branch: 'gitBranch', git_remote: 'gitRemote', kube_context: 'kubeContext', kube_namespace: 'kubeNamespace',
  aws_profile: 'awsProfile', aws_region: 'awsRegion', aws_account: 'awsAccount', tf_workspace: 'tfWorkspace', mcp_server: 'mcpServer',
  dialect: 'dialect', database: 'database', host: 'host',
};

/** The `file_write` operations the batch contract names (a missing one is a write). */
const FILE_OPERATIONS: ReadonlySet<string> = new Set(['write', 'edit', 'delete', 'read']);

class BadLine extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

function toContext(raw: JsonValue | undefined): ActionContext {
  if (raw === undefined || raw === null) return {};
  if (!isJsonObject(raw)) throw new BadLine('batch_context_invalid', '`context` must be an object');
  const ctx: ActionContext = {};
  for (const [k, v] of Object.entries(raw)) {
    const key = CONTEXT_KEYS[k] ?? (Object.values(CONTEXT_KEYS).includes(k as Exclude<keyof ActionContext, 'toolEnv'>) ? (k as Exclude<keyof ActionContext, 'toolEnv'>) : undefined);
    if (!key || v === null) continue;
    if (typeof v !== 'string') throw new BadLine('batch_context_invalid', `\`context.${k}\` must be a string`);
    ctx[key] = v;
  }
  return ctx;
}

function toAction(inputType: JsonValue | undefined, input: JsonValue | undefined, ctx: ActionContext): Action {
  switch (inputType) {
    case 'command':
    case 'shell':
      if (typeof input !== 'string') throw new BadLine('batch_input_invalid', '`input` must be a string for input_type `command`');
      return { kind: 'shell', command: input };
    case 'powershell':
    case 'cmd':
      if (typeof input !== 'string') throw new BadLine('batch_input_invalid', `\`input\` must be a string for input_type \`${inputType}\``);
      return { kind: 'shell', command: input, shell: inputType };
    case 'sql': {
      if (typeof input !== 'string') throw new BadLine('batch_input_invalid', '`input` must be a string for input_type `sql`');
      const a: Action = { kind: 'sql', sql: input };
      if (ctx.dialect) a.dialect = ctx.dialect;
      if (ctx.database) a.database = ctx.database;
      if (ctx.host) a.host = ctx.host;
      return a;
    }
    case 'mcp_tool_call': {
      // The MCP `tools/call` params (`{name, arguments}`), or the action's own shape (`{server, tool, arguments}`).
      const tool = isJsonObject(input) ? (typeof input.name === 'string' ? input.name : typeof input.tool === 'string' ? input.tool : null) : null;
      if (!isJsonObject(input) || tool === null) throw new BadLine('batch_input_invalid', '`input` must be `{"name","arguments"}` (MCP tools/call params) or `{"server","tool","arguments"}` for input_type `mcp_tool_call`');
      const args = input.arguments ?? {};
      if (!isJsonObject(args)) throw new BadLine('batch_input_invalid', '`input.arguments` must be an object');
      const server = typeof input.server === 'string' ? input.server : (ctx.mcpServer ?? 'unknown');
      const a: Action = { kind: 'mcp_tool_call', server, tool, arguments: args };
      if (isJsonObject(input.annotations)) {
        const ann: NonNullable<typeof a.annotations> = {};
        for (const k of ['destructiveHint', 'readOnlyHint', 'idempotentHint', 'openWorldHint'] as const) {
          const v = input.annotations[k];
          if (typeof v === 'boolean') ann[k] = v;
        }
        a.annotations = ann;
      }
      return a;
    }
    case 'terraform_plan_json':
    case 'terraform_plan': {
      let plan: JsonValue | undefined = input;
      if (typeof plan === 'string') {
        try {
          plan = JSON.parse(plan) as JsonValue;
        } catch {
          throw new BadLine('batch_input_invalid', '`input` is a string that is not JSON');
        }
      }
      if (!isJsonObject(plan)) throw new BadLine('batch_input_invalid', '`input` must be a plan object for input_type `terraform_plan_json`');
      return { kind: 'terraform_plan', plan };
    }
    case 'file_write': {
      if (!isJsonObject(input) || typeof input.path !== 'string') throw new BadLine('batch_input_invalid', '`input` must be `{"path","operation"}` for input_type `file_write`');
      // Round 39 (atk39): an operation the contract does not name (`"remove"`, `"Delete"`) or a content that is no string
      // was read as a plain write of unknown text: refused, so a delete spelled otherwise is not let through as a write.
      if (input.operation !== undefined && input.operation !== null && !FILE_OPERATIONS.has(input.operation as string)) throw new BadLine('batch_input_invalid', '`input.operation` must be one of write, edit, delete, read for input_type `file_write`');
      if (input.content !== undefined && input.content !== null && typeof input.content !== 'string') throw new BadLine('batch_input_invalid', '`input.content` must be a string for input_type `file_write`');
      const op = input.operation === 'delete' || input.operation === 'edit' || input.operation === 'read' ? input.operation : 'write';
      const a: Action = { kind: 'file_write', path: input.path, operation: op };
      if (typeof input.content === 'string') a.content = input.content;
      return a;
    }
    case 'http_request': {
      if (!isJsonObject(input) || typeof input.url !== 'string') throw new BadLine('batch_input_invalid', '`input` must be `{"method","url"}` for input_type `http_request`');
      // Round 39 (atk39): a method or header of another type (`"method": ["DELETE"]`, an override header as a list) was read
      // as GET or dropped: refused, since what the request does cannot be read from it.
      if (input.method !== undefined && input.method !== null && typeof input.method !== 'string') throw new BadLine('batch_input_invalid', '`input.method` must be a string for input_type `http_request`');
      if (input.headers !== undefined && input.headers !== null && (!isJsonObject(input.headers) || Object.values(input.headers).some((v) => typeof v !== 'string'))) throw new BadLine('batch_input_invalid', '`input.headers` must be an object of strings for input_type `http_request`');
      const a: Action = { kind: 'http_request', method: typeof input.method === 'string' ? input.method : 'GET', url: input.url };
      // The body carries the operation for GraphQL, method overrides and body-driven APIs: it is part of the action.
      if (input.body !== undefined) a.body = input.body;
      const headers = httpActionHeaders(input.headers);
      if (headers) a.headers = headers;
      return a;
    }
    default:
      throw new BadLine('batch_input_type_unknown', `input_type \`${String(inputType)}\` is not one of command, powershell, cmd, sql, mcp_tool_call, terraform_plan_json, file_write, http_request`);
  }
}

const ENV_RANK: Record<string, number> = { production: 3, staging: 2, dev: 1 };

/** The most severe environment tier among the facts' targets; null when none is known. */
export function targetsEnv(facts: ActionFacts, inventory: Inventory): BatchEnv {
  let best: BatchEnv = null;
  for (const t of facts.targets) {
    const tier = tierOfEnvironment(inventory, t.environment);
    const env: BatchEnv = tier === 'production' ? 'production' : tier === 'staging' ? 'staging' : tier === 'dev' || tier === 'sandbox' ? 'dev' : null;
    if (env && (best === null || ENV_RANK[env]! > ENV_RANK[best]!)) best = env;
  }
  return best;
}

/** Opaque is `unknown`; otherwise destructive or benign as the facts say. */
export function decisionOf(facts: ActionFacts): BatchDecision {
  if (facts.confidence === 'opaque') return 'unknown';
  return facts.destructive ? 'destructive' : 'benign';
}

/** Findings that explain context, not danger: never the headline reason. */
const CONTEXT_CODES = new Set(['shell_nested', 'elevated', 'path_rebuildable', 'dry_run', 'scheduled', 'find_delete_rebuildable', 'sql_delete_narrowed', 'code_harmless', 'terraform_plan_destroy', 'git_push_force_with_lease', 'terragrunt_run_all', 'sql_fallback', 'file_write_outside', 'kubectl_exec_destructive', 'mongo_delete', 'git_hooks_path', 'manifests_generated', 'stored_command', 'sql_server_file', 'service_restarted', 'kernel_housekeeping', 'kernel_setting', 'edit_critical_path', 'package_exec']);

function reasonOf(facts: ActionFacts): string {
  if (facts.confidence !== 'opaque' && !facts.destructive) return facts.summary;
  const worst = facts.findings.find((f) => !CONTEXT_CODES.has(f.code) && (facts.confidence !== 'opaque' || /opaque|dynamic|unknown|unparse|syntax|interactive|unseen|stdin|capability|nesting|large|recursion|error|malformed|unsupported|unrecognised/.test(f.code)));
  const first = worst ?? facts.findings.find((f) => !CONTEXT_CODES.has(f.code));
  return first ? `${first.code}: ${first.message}` : facts.summary;
}

export function classifyCase(raw: unknown, classifier: Classifier, inventory: Inventory): BatchResult {
  const id: JsonValue = isJsonObject(raw) && raw.id !== undefined ? raw.id : null;
  try {
    if (!isJsonObject(raw)) throw new BadLine('batch_line_invalid', 'each line must be a JSON object');
    const ctx = toContext(raw.context);
    const action = toAction(raw.input_type, raw.input, ctx);
    const facts = classifier.classify(action, ctx, inventory);
    return { id, decision: decisionOf(facts), targets_env: targetsEnv(facts, inventory), reason: reasonOf(facts), facts };
  } catch (err) {
    const code = err instanceof BadLine ? err.code : 'batch_internal_error';
    const message = err instanceof Error ? err.message : String(err);
    return { id, decision: 'unknown', targets_env: null, reason: `${code}: ${message}`, facts: null, error: { code, message } };
  }
}

/** One input line to one output line (without the newline). Never throws. */
export function classifyBatchLine(line: string, classifier: Classifier, inventory: Inventory): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    const id = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line)?.[1];
    let parsedId: JsonValue;
    try {
      parsedId = id ? (JSON.parse(id) as JsonValue) : null;
    } catch {
      parsedId = null;
    }
    return JSON.stringify({ id: parsedId, decision: 'unknown', targets_env: null, reason: 'batch_json_invalid: the line is not valid JSON', facts: null, error: { code: 'batch_json_invalid', message: 'the line is not valid JSON' } });
  }
  try {
    return JSON.stringify(classifyCase(raw, classifier, inventory));
  } catch (err) {
    return JSON.stringify({ id: null, decision: 'unknown', targets_env: null, reason: 'batch_internal_error', facts: null, error: { code: 'batch_internal_error', message: err instanceof Error ? err.message : String(err) } });
  }
}
