import { globMatch, type ActionContext, type Inventory, type JsonObject, type JsonValue, type McpToolCallAction, type Verb } from '../../core/index.ts';
import type { FactsBuilder } from '../builder.ts';
import { resolveEnvironment, type EnvClue } from '../environment.ts';
import { classifyPath, resolvePath } from '../paths.ts';
import { classifySqlInto } from '../sql/sql.ts';

/**
 * MCP tool calls. In order: a configured mapping for the tool (verbs, and which argument carries a
 * shell command, SQL, a path or a URL); the upstream's annotations; the verb in the tool's name.
 * Arguments that carry shell or SQL are classified by those classifiers. A tool none of these
 * explains is `unknown` (opaque): the default policy holds it on production.
 */

/** One configured mapping. Patterns are globs (see core/glob.ts) over the tool name and server. */
export interface McpToolMapping {
  /** Tool name pattern: `delete_*`, `execute_sql`, `*`. */
  tool: string;
  /** Server name pattern; any server when absent. */
  server?: string;
  /** What the tool does. Omit to infer from its name and annotations. */
  verbs?: Verb[];
  /** Force destructive (true) or not (false); omit to infer. */
  destructive?: boolean;
  /** Argument (dot path) holding a shell command, classified as shell. */
  shellArgument?: string;
  /** Argument holding SQL, classified as SQL in `dialect`. */
  sqlArgument?: string;
  dialect?: string;
  /** Argument holding a filesystem path the tool acts on. */
  pathArgument?: string;
  /** Argument holding a URL the tool calls. */
  urlArgument?: string;
  /** Argument whose value names the target's environment (`cluster`, `project`, `env`). */
  environmentArgument?: string;
}

/** The `mcp` section of classifier options (proposed for portcullis.yaml under `classify.mcp`). */
export interface McpClassifyConfig {
  mappings: McpToolMapping[];
}

/** Mappings for widely used reference servers; configured mappings come first and win. */
export const DEFAULT_MCP_MAPPINGS: readonly McpToolMapping[] = [
  { tool: 'read_*file*', verbs: ['read'], pathArgument: 'path' },
  { tool: 'read_multiple_files', verbs: ['read'] },
  { tool: 'list_directory*', verbs: ['read'], pathArgument: 'path' },
  { tool: 'directory_tree', verbs: ['read'], pathArgument: 'path' },
  { tool: 'get_file_info', verbs: ['read'], pathArgument: 'path' },
  { tool: 'list_allowed_directories', verbs: ['read'] },
  { tool: 'write_file', verbs: ['write'], pathArgument: 'path' },
  { tool: 'edit_file', verbs: ['write'], pathArgument: 'path' },
  { tool: 'create_directory', verbs: ['write'], pathArgument: 'path' },
  { tool: 'move_file', verbs: ['write'], pathArgument: 'destination' },
  { tool: 'query', verbs: ['read'], sqlArgument: 'sql' },
  { tool: 'read_query', sqlArgument: 'query' },
  { tool: 'write_query', sqlArgument: 'query' },
  { tool: 'execute_sql', sqlArgument: 'sql' },
  { tool: 'run_sql', sqlArgument: 'sql' },
  { tool: 'execute_query', sqlArgument: 'query' },
  { tool: 'run_command', shellArgument: 'command' },
  { tool: 'execute_command', shellArgument: 'command' },
  { tool: 'run_shell_command', shellArgument: 'command' },
  { tool: 'shell', shellArgument: 'command' },
  { tool: 'bash', shellArgument: 'command' },
  { tool: 'exec', shellArgument: 'command' },
  { tool: 'terminal', shellArgument: 'command' },
  { tool: 'Bash', shellArgument: 'command' },
  { tool: 'Read', verbs: ['read'], pathArgument: 'file_path' },
  { tool: 'Write', verbs: ['write'], pathArgument: 'file_path' },
  { tool: 'Edit', verbs: ['write'], pathArgument: 'file_path' },
  { tool: 'MultiEdit', verbs: ['write'], pathArgument: 'file_path' },
  { tool: 'Glob', verbs: ['read'] },
  { tool: 'Grep', verbs: ['read'] },
  { tool: 'WebFetch', verbs: ['read', 'network'], urlArgument: 'url' },
  { tool: 'WebSearch', verbs: ['read', 'network'] },
  { tool: 'fetch', verbs: ['read', 'network'], urlArgument: 'url' },
  { tool: 'kubectl_delete', verbs: ['delete'], destructive: true, environmentArgument: 'context' },
  { tool: 'kubectl_get', verbs: ['read'], environmentArgument: 'context' },
  { tool: 'kubectl_describe', verbs: ['read'], environmentArgument: 'context' },
  { tool: 'kubectl_logs', verbs: ['read'], environmentArgument: 'context' },
  { tool: 'kubectl_apply', verbs: ['deploy'], environmentArgument: 'context' },
  { tool: 'kubectl_scale', verbs: ['write'], environmentArgument: 'context' },
  { tool: 'helm_uninstall', verbs: ['delete'], destructive: true },
  { tool: 'merge_pull_request', verbs: ['write'] },
  { tool: 'push_files', verbs: ['write'] },
];

const READ_WORDS = /^(get|list|read|search|describe|fetch|show|view|find|lookup|query|count|check|inspect|status|diff|explain|preview|plan|validate|browse|watch|retrieve|download|summarize|analyze|info|whoami|ping|health|logs?|tail|export|compare|resolve|glob|grep|stat|tree|ls|cat|head|select|scan|estimate|test|lint|format|render|translate|echo|time|now|weather|convert|calculate|parse)$/;
const WRITE_WORDS = /^(create|add|update|set|write|edit|put|post|upload|send|comment|commit|push|merge|open|close|label|assign|move|rename|copy|insert|append|patch|modify|enable|start|stop|restart|schedule|tag|publish|deploy|apply|run|invoke|trigger|execute|exec|scale|rollout|install|upgrade|import|sync|restore|rollback|approve|reply|react|star|fork|mark|save|store|cancel|reopen|transfer|sign|request|notify|subscribe|reboot|resize|attach|lock|unlock)$/;
const DESTROY_WORDS = /^(delete|remove|drop|destroy|terminate|purge|wipe|reset|truncate|uninstall|revoke|erase|nuke|flush|prune|deregister|unregister|unpublish|kill|detach|disable|archive|clear|empty|force|overwrite|replace|recreate|decommission|teardown|evict|drain|uncordon)$/;
const PERMISSION_WORDS = /^(grant|revoke|permission|permissions|role|roles|policy|policies|iam|acl|invite|collaborator|collaborators|member|members|access|token|secret|secrets|key|keys|rbac|share|owner|admin)$/;

function words(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function argAt(args: JsonObject, path: string): JsonValue | undefined {
  let cur: JsonValue | undefined = args;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

function findMapping(action: McpToolCallAction, mappings: readonly McpToolMapping[]): McpToolMapping | null {
  for (const m of mappings) {
    if (m.server && !globMatch(m.server, action.server)) continue;
    if (globMatch(m.tool, action.tool) || globMatch(m.tool, `${action.server}/${action.tool}`)) return m;
  }
  return null;
}

const ENV_KEYS = ['environment', 'env', 'stage', 'cluster', 'context', 'kube_context', 'project', 'project_id', 'account', 'profile', 'namespace', 'database', 'db', 'host', 'region', 'workspace', 'stack', 'subscription', 'resource_group', 'bucket', 'name', 'repo', 'repository', 'owner', 'instance', 'service'];

function envClues(action: McpToolCallAction, ctx: ActionContext, mapping: McpToolMapping | null): EnvClue[] {
  const clues: EnvClue[] = [{ kind: 'mcp_servers', value: action.server }, { kind: 'mcp_servers', value: ctx.mcpServer }];
  if (mapping?.environmentArgument) {
    const v = argAt(action.arguments, mapping.environmentArgument);
    if (typeof v === 'string') clues.push({ kind: 'kube_contexts', value: v }, { kind: 'names', value: v });
  }
  for (const key of ENV_KEYS) {
    const v = action.arguments[key];
    if (typeof v === 'string') clues.push({ kind: key === 'context' || key === 'kube_context' ? 'kube_contexts' : key.startsWith('project') ? 'gcp_projects' : key === 'host' ? 'db_hosts' : key === 'database' || key === 'db' ? 'databases' : 'names', value: v }, { kind: 'names', value: v });
  }
  clues.push({ kind: 'names', value: action.server });
  // Any other short string argument may name the target (`identifier: payments-prod`).
  for (const [key, v] of Object.entries(action.arguments)) {
    if (typeof v === 'string' && v.length <= 100 && !ENV_KEYS.includes(key)) clues.push({ kind: 'names', value: v });
  }
  return clues;
}

export interface McpDelegates {
  shell: (command: string) => void;
}

export function classifyMcp(action: McpToolCallAction, ctx: ActionContext, inventory: Inventory, config: McpClassifyConfig, b: FactsBuilder, delegates: McpDelegates): void {
  const mapping = findMapping(action, config.mappings) ?? findMapping(action, DEFAULT_MCP_MAPPINGS);
  const environment = resolveEnvironment(inventory, envClues(action, ctx, mapping));
  const targetId = `mcp:${action.server}/${action.tool}`;
  b.summary(`${action.server}.${action.tool}`);
  let understood = false;

  if (mapping?.verbs) {
    b.verb(...mapping.verbs);
    understood = true;
    if (mapping.verbs.includes('delete') || mapping.verbs.includes('replace')) b.destroy('mcp_mapped_destructive', `\`${action.tool}\` is mapped as ${mapping.verbs.join('/')}`);
  }
  if (mapping?.destructive === true) {
    b.destroy('mcp_mapped_destructive', `\`${action.tool}\` is configured as destructive`);
    understood = true;
  }

  if (mapping?.shellArgument) {
    const cmd = argAt(action.arguments, mapping.shellArgument);
    if (typeof cmd === 'string') {
      delegates.shell(cmd);
      understood = true;
    } else b.opaque('mcp_argument_missing', `\`${mapping.shellArgument}\` is not a string`);
  }
  if (mapping?.sqlArgument) {
    const sql = argAt(action.arguments, mapping.sqlArgument);
    if (typeof sql === 'string') {
      classifySqlInto(sql, { ctx, inventory, dialect: mapping.dialect ?? ctx.dialect, database: typeof action.arguments.database === 'string' ? action.arguments.database : undefined }, b);
      understood = true;
    } else b.opaque('mcp_argument_missing', `\`${mapping.sqlArgument}\` is not a string`);
  }
  if (mapping?.pathArgument) {
    const p = argAt(action.arguments, mapping.pathArgument);
    if (typeof p === 'string') pathTarget(p, ctx, inventory, b, mapping.verbs ?? ['write']);
  }
  if (mapping?.urlArgument) {
    const u = argAt(action.arguments, mapping.urlArgument);
    if (typeof u === 'string') b.target({ kind: 'http', id: u, environment: resolveEnvironment(inventory, [{ kind: 'urls', value: u }, { kind: 'names', value: /^[a-z]+:\/\/([^/:?#]+)/i.exec(u)?.[1] }]), home: false });
  }

  const ann = action.annotations;
  const ws = words(action.tool);
  const named = ws.find((w) => DESTROY_WORDS.test(w)) ? 'destroy' : ws.find((w) => PERMISSION_WORDS.test(w)) && ws.some((w) => WRITE_WORDS.test(w) || DESTROY_WORDS.test(w)) ? 'permissions' : READ_WORDS.test(ws[0] ?? '') || (ws.length > 1 && READ_WORDS.test(ws[1] ?? '') && !WRITE_WORDS.test(ws[0] ?? '')) ? 'read' : ws.some((w) => WRITE_WORDS.test(w)) ? 'write' : null;

  if (!mapping || (!mapping.verbs && mapping.destructive === undefined)) {
    if (ann?.destructiveHint === true && ann.readOnlyHint !== true) {
      b.verb('delete').destroy('mcp_destructive_hint', `the server marks \`${action.tool}\` destructive`);
      understood = true;
    }
    if (named === 'destroy') {
      b.verb('delete').destroy('mcp_destructive_name', `\`${action.tool}\` names a destructive operation`);
      understood = true;
    } else if (named === 'permissions') {
      b.verb('permissions');
      understood = true;
    } else if (named === 'write' && !understood) {
      b.verb('write');
      understood = true;
    } else if (named === 'read' && !understood) {
      // A read-only hint alone is the upstream's word; together with a read verb in the name we accept it.
      b.verb('read');
      understood = true;
    } else if (ann?.readOnlyHint === true && !understood) {
      b.verb('read').partial('mcp_read_only_hint', `only the server's readOnlyHint says \`${action.tool}\` reads`);
      understood = true;
    } else if (ann?.destructiveHint === false && ann.readOnlyHint === false && !understood) {
      b.verb('write').partial('mcp_additive_hint', `the server marks \`${action.tool}\` as non-destructive`);
      understood = true;
    }
  }

  // Arguments that look like commands or SQL are classified whatever the tool claims to be.
  scanArguments(action.arguments, mapping, b, ctx, inventory, delegates);

  if (!understood) {
    // SECURITY: a tool we cannot explain is unknown, which the default policy holds on production.
    b.opaque('mcp_unknown_tool', `\`${action.server}.${action.tool}\` is a tool we have no mapping, annotation or name verb for`);
  }
  const verbs = [...b.verbs];
  b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs });
}

function pathTarget(path: string, ctx: ActionContext, inventory: Inventory, b: FactsBuilder, verbs: Verb[]): void {
  const scope = { cwd: ctx.cwd, home: ctx.home };
  const abs = resolvePath(path, scope) ?? path;
  const cls = classifyPath(abs, scope, inventory);
  const writes = verbs.some((v) => v !== 'read');
  b.target({ kind: cls === 'control_plane' ? 'control_plane' : 'filesystem', id: abs, environment: null, home: false, verbs, ...(cls === 'critical' || cls === 'control_plane' ? { critical: true } : {}) });
  if (cls === 'control_plane' && writes) b.destroy('control_plane_target', `writes Portcullis's own control plane: \`${abs}\``);
}

const SHELL_KEYS = /^(command|cmd|script|shell|bash|commandline|command_line|shell_command)$/i;
const SQL_KEYS = /^(sql|query|statement|statements)$/i;

function scanArguments(args: JsonObject, mapping: McpToolMapping | null, b: FactsBuilder, ctx: ActionContext, inventory: Inventory, delegates: McpDelegates): void {
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== 'string') continue;
    if (key === mapping?.shellArgument || key === mapping?.sqlArgument) continue;
    if (SHELL_KEYS.test(key)) delegates.shell(value);
    else if (SQL_KEYS.test(key) && /^\s*(select|insert|update|delete|drop|truncate|alter|create|grant|revoke|with|explain|merge|replace)\b/i.test(value)) {
      classifySqlInto(value, { ctx, inventory, dialect: ctx.dialect }, b);
    }
  }
}
