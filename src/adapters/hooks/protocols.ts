import type { Action, ActionContext, JsonObject } from '../../core/index.ts';

/**
 * The documented hook protocols of coding agents, as pure functions: event text → actions to decide,
 * and an outcome → the exact stdout, stderr and exit code the agent tool expects.
 *
 * Claude Code (hooks reference, `PreToolUse`): the event arrives as JSON on stdin with
 * `session_id`, `transcript_path`, `cwd`, `hook_event_name`, `tool_name`, `tool_input` (and newer
 * fields we ignore). A block is exit code 2 with the reason on stderr, which Claude Code shows to the
 * model; any other non-zero exit, a timeout or a hook that cannot start lets the tool run, so every
 * failure here must become exit 2. We also print the structured form
 * (`hookSpecificOutput.permissionDecision: "deny"`) for tools that read stdout; with exit 2 it is
 * ignored, so the block never depends on JSON parsing.
 *
 * Gemini CLI (hooks reference, `BeforeTool`): same stdin fields plus `timestamp`; exit 2 blocks
 * with stderr as the reason; on exit 0 stdout must be JSON only (`{"decision":"deny","reason":…}`).
 *
 * OpenAI Codex CLI (`PreToolUse` in `.codex/hooks.json`): described at `codex` below.
 *
 * Cursor (agent hooks, `.cursor/hooks.json`): one event per kind of step, each with
 * `hook_event_name`, `conversation_id`, `generation_id`, `workspace_roots`: `beforeShellExecution`
 * (`command`, `cwd`), `beforeMCPExecution` (`tool_name`, `tool_input` as an object or a JSON string,
 * and the server's `url` or `command`), `beforeReadFile` (`file_path`) and `afterFileEdit`
 * (`file_path`, `edits`). The before-events answer JSON on stdout: `{"permission": "allow" | "deny",
 * "user_message", "agent_message"}`. `afterFileEdit` cannot block (the edit already happened): it
 * is decided and recorded, and a deny is said loudly; the wall for Cursor's own files is the OS.
 */

export type HookProtocolName = 'claude-code' | 'gemini-cli' | 'codex' | 'cursor';
export const HOOK_PROTOCOLS: readonly HookProtocolName[] = ['claude-code', 'gemini-cli', 'codex', 'cursor'];

/** `C:\Users\dev\app`, `C:/x`, `\\server\share\x`: where agents on Windows run. */
function isWindowsAbsolute(p: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\]/.test(p);
}

/** What one tool call asks for. */
export type Translation =
  /** Decide every action; all must be allowed. */
  | { kind: 'gate'; tool: string; actions: Action[]; context: ActionContext; reason: string | null }
  /** A tool that only reads or plans: Portcullis has nothing to decide, the agent tool's own rules apply. */
  | { kind: 'pass'; tool: string }
  /** Malformed or unknown: denied with this message (F1, F6). */
  | { kind: 'refuse'; message: string };

export interface HookAnswer {
  stdout: string;
  stderr: string;
  exitCode: 0 | 2;
}

export type Outcome =
  | { kind: 'allow'; message: string }
  | { kind: 'pass' }
  | { kind: 'block'; message: string };

export interface HookProtocol {
  name: HookProtocolName;
  /** The event name the protocol sends before a tool runs. */
  event: string;
  translate(text: string, base: ActionContext): Translation;
  answer(outcome: Outcome, options?: { skipPromptOnAllow?: boolean }): HookAnswer;
}

const MAX_EVENT_BYTES = 4 * 1024 * 1024;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Parsed = { ok: true; event: Record<string, unknown>; tool: string; input: Record<string, unknown>; cwd: string } | { ok: false; message: string };

/**
 * Why the agent makes this call, for reviewers (A9): the tool call's own description where the tool
 * has one (Claude Code's `Bash` carries `description`), and the agent session it comes from.
 * Informational only; never part of the digest.
 */
function reasonOf(event: Record<string, unknown>, input: Record<string, unknown>): string | null {
  const parts: string[] = [];
  for (const key of ['description', 'justification', 'explanation']) {
    const v = input[key];
    if (typeof v === 'string' && v.trim() !== '') {
      parts.push(v.trim().slice(0, 1000));
      break;
    }
  }
  const session = event.session_id ?? event.conversation_id;
  if (typeof session === 'string' && session !== '') parts.push(`session ${session.slice(0, 200)}`);
  return parts.length ? parts.join(' · ') : null;
}

/** The fields both protocols share, checked; anything missing or mistyped is a refusal (F6). */
function parseEvent(text: string, eventName: string): Parsed {
  if (text.length > MAX_EVENT_BYTES) return { ok: false, message: `hook event is larger than ${MAX_EVENT_BYTES} bytes` };
  if (text.trim() === '') return { ok: false, message: 'no hook event on standard input' };
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `hook event is not valid JSON: ${(err as Error).message.toLowerCase()}` };
  }
  if (!isObject(event)) return { ok: false, message: 'hook event is not a JSON object' };
  if (event.hook_event_name !== eventName) return { ok: false, message: `hook event \`${String(event.hook_event_name)}\` is not \`${eventName}\`` };
  if (typeof event.tool_name !== 'string' || event.tool_name === '') return { ok: false, message: 'hook event has no `tool_name`' };
  if (!isObject(event.tool_input)) return { ok: false, message: `hook event for \`${event.tool_name}\` has no \`tool_input\` object` };
  // Agents on Windows send Windows paths (`C:\\Users\\dev\\app`); both are absolute.
  if (typeof event.cwd !== 'string' || !(event.cwd.startsWith('/') || isWindowsAbsolute(event.cwd))) return { ok: false, message: 'hook event has no absolute `cwd`' };
  return { ok: true, event, tool: event.tool_name, input: event.tool_input, cwd: event.cwd };
}

function str(input: Record<string, unknown>, key: string, tool: string): string | { refuse: string } {
  const v = input[key];
  if (typeof v !== 'string' || v === '') return { refuse: `\`${tool}\` call has no \`${key}\`` };
  return v;
}

/** `mcp__<server>__<tool>` (both agents name MCP tools this way). */
function mcpAction(tool: string, input: Record<string, unknown>): Action | null {
  const m = /^mcp__(.+?)__(.+)$/.exec(tool);
  if (!m) return null;
  return { kind: 'mcp_tool_call', server: m[1]!, tool: m[2]!, arguments: input as JsonObject };
}

/**
 * An edit as reviewers read it and the digest binds (A1): what is replaced and by what, so an
 * approval for one replacement never unlocks another that happens to write the same text.
 */
function editText(oldText: string, newText: string, all: boolean): string {
  return `<<<<<<< replace${all ? ' all' : ''}\n${oldText}\n=======\n${newText}\n>>>>>>> with\n`;
}

function gate(tool: string, actions: Action[], base: ActionContext, cwd: string, reason: string | null): Translation {
  return { kind: 'gate', tool, actions, context: { ...base, cwd }, reason };
}

/** What a protocol's tool table answers for one call: actions to decide, a refusal, or "not mine". */
type Mapped = { actions: Action[]; cwd?: string } | { refuse: string } | null;
type Need = (key: string) => string | { refuse: string };

/**
 * The frame both protocols share: parse and check the event, route `mcp__server__tool`, ask the
 * protocol's tool table, pass its read-only tools, and refuse everything else.
 */
function translator(event: string, readOnly: ReadonlySet<string>, map: (tool: string, input: Record<string, unknown>, cwd: string, need: Need) => Mapped): HookProtocol['translate'] {
  return (text, base) => {
    const p = parseEvent(text, event);
    if (!p.ok) return { kind: 'refuse', message: p.message };
    const { tool, input, cwd } = p;
    const reason = reasonOf(p.event, input);
    const mcp = mcpAction(tool, input);
    if (mcp) return gate(tool, [mcp], base, cwd, reason);
    const mapped = map(tool, input, cwd, (key) => str(input, key, tool));
    if (mapped) return 'refuse' in mapped ? { kind: 'refuse', message: mapped.refuse } : gate(tool, mapped.actions, base, mapped.cwd ?? cwd, reason);
    if (readOnly.has(tool)) return { kind: 'pass', tool };
    // SECURITY (F1): a tool Portcullis does not know may do anything: deny until it is mapped.
    return { kind: 'refuse', message: `Portcullis does not know the tool \`${tool}\` and denies it` };
  };
}

/** A whole-file write (`Write`, `write_file`). */
function fileWrite(tool: string, input: Record<string, unknown>, need: Need, pathKey: string): Mapped {
  const path = need(pathKey);
  if (typeof path !== 'string') return path;
  if (typeof input.content !== 'string') return { refuse: `\`${tool}\` call has no \`content\`` };
  return { actions: [{ kind: 'file_write', path, operation: 'write', content: input.content }] };
}

/** One replacement in a file (`Edit`, `replace`). */
function fileEdit(tool: string, input: Record<string, unknown>, need: Need, all: boolean): Mapped {
  const path = need('file_path');
  if (typeof path !== 'string') return path;
  if (typeof input.old_string !== 'string' || typeof input.new_string !== 'string') return { refuse: `\`${tool}\` call has no \`old_string\` and \`new_string\`` };
  return { actions: [{ kind: 'file_write', path, operation: 'edit', content: editText(input.old_string, input.new_string, all) }] };
}

const CLAUDE_READ_ONLY = new Set([
  'Glob', 'Grep', 'LS', 'WebSearch', 'TodoRead', 'TodoWrite', 'Task', 'Agent', 'ExitPlanMode',
  'BashOutput', 'KillShell', 'KillBash', 'AskUserQuestion', 'ListMcpResourcesTool', 'ReadMcpResourceTool', 'Skill', 'SlashCommand',
]);

function blockJsonClaude(message: string): string {
  return `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: message } })}\n`;
}

export const claudeCode: HookProtocol = {
  name: 'claude-code',
  event: 'PreToolUse',
  translate: translator('PreToolUse', CLAUDE_READ_ONLY, (tool, input, _cwd, need): Mapped => {
    switch (tool) {
      case 'Bash': {
        // On Windows the Bash tool runs Git Bash: POSIX syntax, Windows paths (the cwd says which).
        const command = need('command');
        return typeof command === 'string' ? { actions: [{ kind: 'shell', command }] } : command;
      }
      case 'PowerShell': {
        // Claude Code's PowerShell tool (tools reference: `command`, `timeout`, `run_in_background`).
        const command = need('command');
        return typeof command === 'string' ? { actions: [{ kind: 'shell', command, shell: 'powershell' }] } : command;
      }
      case 'Write':
        return fileWrite(tool, input, need, 'file_path');
      case 'Read':
      case 'NotebookRead': {
        // D8: a read is decided too, so the signing key and token files (or a link to them) are refused here as in the shell.
        const path = need(tool === 'Read' ? 'file_path' : 'notebook_path');
        return typeof path === 'string' ? { actions: [{ kind: 'file_write', path, operation: 'read' }] } : path;
      }
      case 'Edit':
        return fileEdit(tool, input, need, input.replace_all === true);
      case 'MultiEdit': {
        const path = need('file_path');
        if (typeof path !== 'string') return path;
        const edits = input.edits;
        if (!Array.isArray(edits) || edits.length === 0 || !edits.every((e) => isObject(e) && typeof e.old_string === 'string' && typeof e.new_string === 'string')) {
          return { refuse: '`MultiEdit` call has no list of `edits` with `old_string` and `new_string`' };
        }
        const content = (edits as Array<Record<string, string | boolean>>).map((e) => editText(e.old_string as string, e.new_string as string, e.replace_all === true)).join('');
        return { actions: [{ kind: 'file_write', path, operation: 'edit', content }] };
      }
      case 'NotebookEdit': {
        const path = need('notebook_path');
        if (typeof path !== 'string') return path;
        const mode = typeof input.edit_mode === 'string' ? input.edit_mode : 'replace';
        const cell = typeof input.cell_id === 'string' ? input.cell_id : '(new)';
        const source = typeof input.new_source === 'string' ? input.new_source : '';
        return { actions: [{ kind: 'file_write', path, operation: 'edit', content: `notebook cell ${cell} ${mode}\n${source}` }] };
      }
      case 'WebFetch': {
        const url = need('url');
        return typeof url === 'string' ? { actions: [{ kind: 'http_request', method: 'GET', url }] } : url;
      }
      default:
        return null;
    }
  }),
  answer(outcome, options = {}) {
    switch (outcome.kind) {
      case 'pass':
        return { stdout: '', stderr: '', exitCode: 0 };
      case 'allow':
        // Without --skip-prompt-on-allow, Portcullis only narrows: Claude Code's own permission rules
        // and prompts still apply to what Portcullis allowed.
        return options.skipPromptOnAllow
          ? { stdout: `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'allow', permissionDecisionReason: outcome.message } })}\n`, stderr: '', exitCode: 0 }
          : { stdout: '', stderr: '', exitCode: 0 };
      case 'block':
        return { stdout: blockJsonClaude(outcome.message), stderr: `${outcome.message}\n`, exitCode: 2 };
    }
  },
};

const GEMINI_READ_ONLY = new Set([
  'read_file', 'read_many_files', 'list_directory', 'glob', 'search_file_content', 'grep_search', 'google_web_search', 'web_search',
  'write_todos', 'save_memory', 'activate_skill', 'ask_user', 'get_internal_docs',
]);

/** URLs inside a `web_fetch` prompt (the tool takes a prompt that names up to 20 URLs). */
function urlsIn(prompt: string): string[] {
  return [...new Set(prompt.match(/\bhttps?:\/\/[^\s"'<>`)\]]+/gi) ?? [])];
}

export const geminiCli: HookProtocol = {
  name: 'gemini-cli',
  event: 'BeforeTool',
  translate: translator('BeforeTool', GEMINI_READ_ONLY, (tool, input, cwd, need): Mapped => {
    switch (tool) {
      case 'run_shell_command': {
        const command = need('command');
        if (typeof command !== 'string') return command;
        const dir = typeof input.dir_path === 'string' ? input.dir_path : typeof input.directory === 'string' ? input.directory : null;
        const sep = isWindowsAbsolute(cwd) ? '\\' : '/';
        return { actions: [{ kind: 'shell', command }], cwd: dir === null ? cwd : dir.startsWith('/') || isWindowsAbsolute(dir) ? dir : `${cwd}${sep}${dir}` };
      }
      case 'write_file':
        return fileWrite(tool, input, need, 'file_path');
      case 'replace':
        return fileEdit(tool, input, need, typeof input.expected_replacements === 'number' && input.expected_replacements > 1);
      case 'web_fetch': {
        const prompt = need('prompt');
        if (typeof prompt !== 'string') return prompt;
        const urls = urlsIn(prompt);
        if (urls.length === 0) return { refuse: '`web_fetch` prompt names no http(s) URL' };
        return { actions: urls.map((url) => ({ kind: 'http_request', method: 'GET', url })) };
      }
      default:
        return null;
    }
  }),
  answer(outcome) {
    switch (outcome.kind) {
      case 'pass':
      case 'allow':
        // Exit 0: stdout must be JSON only; an empty object changes nothing.
        return { stdout: '{}\n', stderr: '', exitCode: 0 };
      case 'block':
        return { stdout: `${JSON.stringify({ decision: 'deny', reason: outcome.message })}\n`, stderr: `${outcome.message}\n`, exitCode: 2 };
    }
  },
};

/**
 * Codex (hooks reference, `PreToolUse`): the same wire format as Claude Code (JSON on stdin with
 * `session_id`, `transcript_path`, `cwd`, `hook_event_name`, `model`, `tool_name`, `tool_input`;
 * exit 2 blocks with stderr as the reason; `hookSpecificOutput.permissionDecision: "deny"`). Its
 * shell tool is reported as `Bash` with `tool_input.command`; on Windows Codex runs that command in
 * PowerShell, so a Windows `cwd` makes it a PowerShell action. `apply_patch` carries the patch in
 * `tool_input.command`: each file it adds, updates, moves or deletes is a file action. MCP tools are
 * `mcp__<server>__<tool>`.
 */
const CODEX_READ_ONLY = new Set(['read_file', 'list_dir', 'grep_files', 'view_image', 'update_plan', 'web_search']);

/** The files an `apply_patch` envelope touches (`*** Add File:`, `*** Update File:`, `*** Delete File:`, `*** Move to:`). */
function patchActions(patch: string): Action[] | null {
  const out: Action[] = [];
  const lines = patch.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\*\*\* (Add|Update|Delete) File: (.+)$/.exec(lines[i]!);
    const move = /^\*\*\* Move to: (.+)$/.exec(lines[i]!);
    if (move) {
      out.push({ kind: 'file_write', path: move[1]!.trim(), operation: 'write', content: patch });
      continue;
    }
    if (!m) continue;
    const path = m[2]!.trim();
    if (m[1] === 'Delete') out.push({ kind: 'file_write', path, operation: 'delete' });
    else out.push({ kind: 'file_write', path, operation: m[1] === 'Add' ? 'write' : 'edit', content: patch });
  }
  return out.length > 0 ? out : null;
}

export const codex: HookProtocol = {
  name: 'codex',
  event: 'PreToolUse',
  translate: translator('PreToolUse', CODEX_READ_ONLY, (tool, _input, cwd, need): Mapped => {
    switch (tool) {
      case 'Bash':
      case 'shell':
      case 'exec_command': {
        const command = need('command');
        if (typeof command !== 'string') return command;
        return { actions: [isWindowsAbsolute(cwd) ? { kind: 'shell', command, shell: 'powershell' } : { kind: 'shell', command }] };
      }
      case 'apply_patch':
      case 'Edit':
      case 'Write': {
        const patch = need('command');
        if (typeof patch !== 'string') return patch;
        const actions = patchActions(patch);
        return actions ? { actions } : { refuse: '`apply_patch` call names no file to add, update or delete' };
      }
      default:
        return null;
    }
  }),
  answer: (outcome, options) => claudeCode.answer(outcome, options),
};

const CURSOR_EVENTS = new Set(['beforeShellExecution', 'beforeMCPExecution', 'beforeReadFile', 'afterFileEdit']);

function cursorTranslate(text: string, base: ActionContext): Translation {
  if (text.length > MAX_EVENT_BYTES) return { kind: 'refuse', message: `hook event is larger than ${MAX_EVENT_BYTES} bytes` };
  if (text.trim() === '') return { kind: 'refuse', message: 'no hook event on standard input' };
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (err) {
    return { kind: 'refuse', message: `hook event is not valid JSON: ${(err as Error).message.toLowerCase()}` };
  }
  if (!isObject(event)) return { kind: 'refuse', message: 'hook event is not a JSON object' };
  const name = event.hook_event_name;
  if (typeof name !== 'string' || !CURSOR_EVENTS.has(name)) return { kind: 'refuse', message: `hook event \`${String(name)}\` is not one Portcullis answers (${[...CURSOR_EVENTS].join(', ')})` };
  const roots = Array.isArray(event.workspace_roots) ? event.workspace_roots.filter((r): r is string => typeof r === 'string' && r.startsWith('/')) : [];
  const cwd = typeof event.cwd === 'string' && event.cwd.startsWith('/') ? event.cwd : roots[0];
  if (!cwd) return { kind: 'refuse', message: 'hook event has no absolute `cwd` or `workspace_roots`' };
  const reason = reasonOf(event, {});
  switch (name) {
    case 'beforeShellExecution': {
      if (typeof event.command !== 'string' || event.command === '') return { kind: 'refuse', message: '`beforeShellExecution` event has no `command`' };
      return gate('shell', [{ kind: 'shell', command: event.command }], base, cwd, reason);
    }
    case 'beforeMCPExecution': {
      if (typeof event.tool_name !== 'string' || event.tool_name === '') return { kind: 'refuse', message: '`beforeMCPExecution` event has no `tool_name`' };
      let args: unknown = event.tool_input ?? {};
      if (typeof args === 'string') {
        try {
          args = JSON.parse(args);
        } catch {
          return { kind: 'refuse', message: `\`${event.tool_name}\` call has a \`tool_input\` that is not JSON` };
        }
      }
      if (!isObject(args)) return { kind: 'refuse', message: `\`${event.tool_name}\` call has no \`tool_input\` object` };
      const server = typeof event.server === 'string' && event.server !== '' ? event.server : typeof event.url === 'string' && event.url !== '' ? event.url : typeof event.command === 'string' && event.command !== '' ? event.command : 'cursor';
      return gate(`MCP ${event.tool_name}`, [{ kind: 'mcp_tool_call', server, tool: event.tool_name, arguments: args as JsonObject }], base, cwd, reason);
    }
    case 'beforeReadFile': {
      // D8: only the signing key and token files (or links to them) are refused; the agent's Unix user is the wall (D7).
      if (typeof event.file_path !== 'string' || event.file_path === '') return { kind: 'refuse', message: '`beforeReadFile` event has no `file_path`' };
      const path = event.file_path.startsWith('/') ? event.file_path : `${cwd}/${event.file_path}`;
      return gate('read file', [{ kind: 'file_write', path, operation: 'read' }], base, cwd, reason);
    }
    default: {
      // afterFileEdit
      if (typeof event.file_path !== 'string' || event.file_path === '') return { kind: 'refuse', message: '`afterFileEdit` event has no `file_path`' };
      const edits = Array.isArray(event.edits) ? event.edits.filter(isObject) : [];
      const content = edits.map((e) => editText(String(e.old_string ?? ''), String(e.new_string ?? ''), false)).join('');
      const path = event.file_path.startsWith('/') ? event.file_path : `${cwd}/${event.file_path}`;
      return gate('file edit', [{ kind: 'file_write', path, operation: 'edit', content }], base, cwd, reason);
    }
  }
}

export const cursor: HookProtocol = {
  name: 'cursor',
  event: 'beforeShellExecution',
  translate: cursorTranslate,
  answer(outcome) {
    switch (outcome.kind) {
      case 'pass':
      case 'allow':
        return { stdout: `${JSON.stringify({ permission: 'allow' })}\n`, stderr: '', exitCode: 0 };
      case 'block':
        // The documented deny is the JSON answer; exit 2 as well, so a Cursor that reads the exit
        // code first still blocks.
        return { stdout: `${JSON.stringify({ permission: 'deny', user_message: outcome.message, agent_message: outcome.message })}\n`, stderr: `${outcome.message}\n`, exitCode: 2 };
    }
  },
};

export function hookProtocol(name: string): HookProtocol | null {
  return name === 'claude-code' ? claudeCode : name === 'gemini-cli' ? geminiCli : name === 'codex' ? codex : name === 'cursor' ? cursor : null;
}
