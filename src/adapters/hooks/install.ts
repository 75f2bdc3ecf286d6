import type { ErrorCode, PortcullisError } from '../../core/index.ts';
import type * as Core from '../../core/index.ts';

/**
 * core is loaded when a settings file is refused, not when this module loads: the hook itself
 * (before every tool call) imports this module through index.ts and never installs anything.
 * `require` of an ES module returns the instance already loaded, so the class is the same one.
 */
function refused(code: ErrorCode, message: string, hint: string): PortcullisError {
  const core = process.getBuiltinModule('node:module').createRequire(import.meta.url)('../../core/index.ts') as typeof Core;
  return new core.PortcullisError(code, message, { hint });
}
import type { HookProtocolName } from './protocols.ts';

/**
 * Adds the Portcullis hook to an agent tool's settings, idempotently: our entry is found by its
 * command (`portcullis … hook <protocol>`), replaced when it differs, left alone when it is the same,
 * and everything else in the file is kept as it was. Pure: text in, text out; the CLI reads and
 * writes the file.
 */
export interface InstallPlan {
  /** The new settings file text (unchanged text when nothing changes). */
  text: string;
  changed: boolean;
  /** What changed, for people: `added`, `updated` (with the old command) or `unchanged`. */
  summary: string;
  /** Our entry as written. */
  entry: Record<string, unknown>;
}

export interface InstallOptions {
  protocol: HookProtocolName;
  /** The full shell command the agent tool runs. */
  command: string;
  /** Seconds; the agent tool kills the hook after it (and then lets the call run: keep it above our own bound). */
  timeoutSeconds: number;
}

/** Ours: `…/portcullis … hook PROTOCOL` (the launcher) or `…/portcullis-hook.cjs PROTOCOL` (the socket client). */
const MARK = /(?:(?:^|[\s/'"])portcullis['"]?\s.*\bhook|portcullis-hook\.cjs['"]?)\s+(claude-code|gemini-cli|codex|cursor)\b/;

function isOurs(hook: unknown, protocol: HookProtocolName): boolean {
  if (typeof hook !== 'object' || hook === null) return false;
  const command = (hook as { command?: unknown }).command;
  if (typeof command !== 'string') return false;
  const m = MARK.exec(command);
  return m !== null && m[1] === protocol;
}

export function planInstall(existing: string | null, options: InstallOptions): InstallPlan {
  let settings: Record<string, unknown> = {};
  if (existing !== null && existing.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(existing);
    } catch (err) {
      throw refused('config_invalid', `the settings file is not valid JSON: ${(err as Error).message.toLowerCase()}`, 'fix or move the file; Portcullis never overwrites a file it cannot read');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw refused('config_invalid', 'the settings file is not a JSON object', 'fix or move the file');
    settings = parsed as Record<string, unknown>;
  }
  if (options.protocol === 'cursor') return planCursor(existing, settings, options);
  const event = options.protocol === 'gemini-cli' ? 'BeforeTool' : 'PreToolUse';
  // Claude Code and Codex count seconds, Gemini CLI milliseconds.
  const hook = options.protocol !== 'gemini-cli'
    ? { type: 'command', command: options.command, timeout: options.timeoutSeconds }
    : { name: 'portcullis', type: 'command', command: options.command, timeout: options.timeoutSeconds * 1000, description: 'Portcullis: every tool call is decided before it runs' };
  // Every tool: a tool Portcullis does not know is denied rather than left ungated (F1). Claude
  // Code's matcher takes `*`; Gemini CLI and Codex take a regular expression.
  const group = { matcher: options.protocol === 'claude-code' ? '*' : '.*', hooks: [hook] };

  const hooks = settings.hooks ?? {};
  if (typeof hooks !== 'object' || hooks === null || Array.isArray(hooks)) throw refused('config_invalid', '`hooks` in the settings file is not an object', 'fix the file by hand first');
  const groups = (hooks as Record<string, unknown>)[event] ?? [];
  if (!Array.isArray(groups)) throw refused('config_invalid', `\`hooks.${event}\` in the settings file is not a list`, 'fix the file by hand first');

  let found: { g: number; h: number } | null = null;
  groups.forEach((g: unknown, gi: number) => {
    const list = (g as { hooks?: unknown }).hooks;
    if (Array.isArray(list)) list.forEach((h, hi) => { if (found === null && isOurs(h, options.protocol)) found = { g: gi, h: hi }; });
  });
  let summary: string;
  let nextGroups: unknown[];
  if (found === null) {
    nextGroups = [...groups, group];
    summary = `added a ${event} hook for every tool: ${options.command} (timeout ${options.timeoutSeconds}s)`;
  } else {
    const { g, h } = found as { g: number; h: number };
    const old = groups[g] as { matcher?: unknown; hooks: unknown[] };
    const same = JSON.stringify(old.hooks[h]) === JSON.stringify(hook) && old.matcher === group.matcher;
    if (same) return { text: existing ?? '', changed: false, summary: `unchanged: the ${event} hook is already installed`, entry: hook };
    const oldCommand = (old.hooks[h] as { command: string }).command;
    nextGroups = groups.map((x, i) => (i === g ? { ...old, matcher: group.matcher, hooks: old.hooks.map((y, j) => (j === h ? hook : y)) } : x));
    summary = `updated the ${event} hook: was \`${oldCommand}\`${old.matcher !== group.matcher ? ` (matcher \`${String(old.matcher)}\`)` : ''}, now ${options.command} (timeout ${options.timeoutSeconds}s)`;
  }
  const next = { ...settings, hooks: { ...(hooks as Record<string, unknown>), [event]: nextGroups } };
  return { text: `${JSON.stringify(next, null, 2)}\n`, changed: true, summary, entry: hook };
}

/** Cursor's steps that Portcullis decides: shell commands, MCP calls and file reads (D8: the key and tokens) before, file edits after. */
export const CURSOR_HOOK_EVENTS = ['beforeShellExecution', 'beforeMCPExecution', 'beforeReadFile', 'afterFileEdit'] as const;

/** `.cursor/hooks.json`: `{"version": 1, "hooks": {"<event>": [{"command": …}]}}`, one entry per event. */
function planCursor(existing: string | null, settings: Record<string, unknown>, options: InstallOptions): InstallPlan {
  if (settings.version !== undefined && settings.version !== 1) throw refused('config_invalid', `\`version\` in the hooks file is ${JSON.stringify(settings.version)}, not 1`, 'fix the file by hand first');
  const hooks = settings.hooks ?? {};
  if (typeof hooks !== 'object' || hooks === null || Array.isArray(hooks)) throw refused('config_invalid', '`hooks` in the hooks file is not an object', 'fix the file by hand first');
  const entry = { command: options.command };
  const next: Record<string, unknown> = { ...(hooks as Record<string, unknown>) };
  const changes: string[] = [];
  for (const event of CURSOR_HOOK_EVENTS) {
    const list = next[event] ?? [];
    if (!Array.isArray(list)) throw refused('config_invalid', `\`hooks.${event}\` in the hooks file is not a list`, 'fix the file by hand first');
    const at = list.findIndex((h) => isOurs(h, 'cursor'));
    if (at === -1) {
      next[event] = [...list, entry];
      changes.push(`added ${event}`);
    } else if (JSON.stringify(list[at]) !== JSON.stringify(entry)) {
      next[event] = list.map((h, i) => (i === at ? entry : h));
      changes.push(`updated ${event} (was \`${String((list[at] as { command?: unknown }).command)}\`)`);
    }
  }
  if (changes.length === 0) return { text: existing ?? '', changed: false, summary: `unchanged: the ${CURSOR_HOOK_EVENTS.join(', ')} hooks are already installed`, entry };
  return { text: `${JSON.stringify({ version: 1, ...settings, hooks: next }, null, 2)}\n`, changed: true, summary: `${changes.join(', ')}: ${options.command}`, entry };
}
