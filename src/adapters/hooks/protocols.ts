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
 */

export type HookProtocolName = 'claude-code' | 'gemini-cli';
export const HOOK_PROTOCOLS: readonly HookProtocolName[] = ['claude-code', 'gemini-cli'];

/** What one tool call asks for. */
export type Translation =
  /** Decide every action; all must be allowed. */
  | { kind: 'gate'; tool: string; actions: Action[]; context: ActionContext }
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
  if (typeof event.cwd !== 'string' || !event.cwd.startsWith('/')) return { ok: false, message: 'hook event has no absolute `cwd`' };
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

function gate(tool: string, actions: Action[], base: ActionContext, cwd: string): Translation {
  return { kind: 'gate', tool, actions, context: { ...base, cwd } };
}

const CLAUDE_READ_ONLY = new Set([
  'Read', 'Glob', 'Grep', 'LS', 'NotebookRead', 'WebSearch', 'TodoRead', 'TodoWrite', 'Task', 'Agent', 'ExitPlanMode',
  'BashOutput', 'KillShell', 'KillBash', 'AskUserQuestion', 'ListMcpResourcesTool', 'ReadMcpResourceTool', 'Skill', 'SlashCommand',
]);

function blockJsonClaude(message: string): string {
  return `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: message } })}\n`;
}

export const claudeCode: HookProtocol = {
  name: 'claude-code',
  event: 'PreToolUse',
  translate(text, base) {
    const p = parseEvent(text, 'PreToolUse');
    if (!p.ok) return { kind: 'refuse', message: p.message };
    const { tool, input, cwd } = p;
    const need = (key: string) => str(input, key, tool);
    const mcp = mcpAction(tool, input);
    if (mcp) return gate(tool, [mcp], base, cwd);
    switch (tool) {
      case 'Bash': {
        const command = need('command');
        return typeof command === 'string' ? gate(tool, [{ kind: 'shell', command }], base, cwd) : { kind: 'refuse', message: command.refuse };
      }
      case 'Write': {
        const path = need('file_path');
        if (typeof path !== 'string') return { kind: 'refuse', message: path.refuse };
        if (typeof input.content !== 'string') return { kind: 'refuse', message: '`Write` call has no `content`' };
        return gate(tool, [{ kind: 'file_write', path, operation: 'write', content: input.content }], base, cwd);
      }
      case 'Edit': {
        const path = need('file_path');
        if (typeof path !== 'string') return { kind: 'refuse', message: path.refuse };
        if (typeof input.old_string !== 'string' || typeof input.new_string !== 'string') return { kind: 'refuse', message: '`Edit` call has no `old_string` and `new_string`' };
        return gate(tool, [{ kind: 'file_write', path, operation: 'edit', content: editText(input.old_string, input.new_string, input.replace_all === true) }], base, cwd);
      }
      case 'MultiEdit': {
        const path = need('file_path');
        if (typeof path !== 'string') return { kind: 'refuse', message: path.refuse };
        const edits = input.edits;
        if (!Array.isArray(edits) || edits.length === 0 || !edits.every((e) => isObject(e) && typeof e.old_string === 'string' && typeof e.new_string === 'string')) {
          return { kind: 'refuse', message: '`MultiEdit` call has no list of `edits` with `old_string` and `new_string`' };
        }
        const content = (edits as Array<Record<string, string | boolean>>).map((e) => editText(e.old_string as string, e.new_string as string, e.replace_all === true)).join('');
        return gate(tool, [{ kind: 'file_write', path, operation: 'edit', content }], base, cwd);
      }
      case 'NotebookEdit': {
        const path = need('notebook_path');
        if (typeof path !== 'string') return { kind: 'refuse', message: path.refuse };
        const mode = typeof input.edit_mode === 'string' ? input.edit_mode : 'replace';
        const cell = typeof input.cell_id === 'string' ? input.cell_id : '(new)';
        const source = typeof input.new_source === 'string' ? input.new_source : '';
        return gate(tool, [{ kind: 'file_write', path, operation: 'edit', content: `notebook cell ${cell} ${mode}\n${source}` }], base, cwd);
      }
      case 'WebFetch': {
        const url = need('url');
        return typeof url === 'string' ? gate(tool, [{ kind: 'http_request', method: 'GET', url }], base, cwd) : { kind: 'refuse', message: url.refuse };
      }
    }
    if (CLAUDE_READ_ONLY.has(tool)) return { kind: 'pass', tool };
    // SECURITY (F1): a tool Portcullis does not know may do anything: deny until it is mapped.
    return { kind: 'refuse', message: `Portcullis does not know the tool \`${tool}\` and denies it` };
  },
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
  translate(text, base) {
    const p = parseEvent(text, 'BeforeTool');
    if (!p.ok) return { kind: 'refuse', message: p.message };
    const { tool, input, cwd } = p;
    const need = (key: string) => str(input, key, tool);
    const mcp = mcpAction(tool, input);
    if (mcp) return gate(tool, [mcp], base, cwd);
    switch (tool) {
      case 'run_shell_command': {
        const command = need('command');
        if (typeof command !== 'string') return { kind: 'refuse', message: command.refuse };
        const dir = typeof input.dir_path === 'string' ? input.dir_path : typeof input.directory === 'string' ? input.directory : null;
        const at = dir === null ? cwd : dir.startsWith('/') ? dir : `${cwd}/${dir}`;
        return gate(tool, [{ kind: 'shell', command }], base, at);
      }
      case 'write_file': {
        const path = need('file_path');
        if (typeof path !== 'string') return { kind: 'refuse', message: path.refuse };
        if (typeof input.content !== 'string') return { kind: 'refuse', message: '`write_file` call has no `content`' };
        return gate(tool, [{ kind: 'file_write', path, operation: 'write', content: input.content }], base, cwd);
      }
      case 'replace': {
        const path = need('file_path');
        if (typeof path !== 'string') return { kind: 'refuse', message: path.refuse };
        if (typeof input.old_string !== 'string' || typeof input.new_string !== 'string') return { kind: 'refuse', message: '`replace` call has no `old_string` and `new_string`' };
        return gate(tool, [{ kind: 'file_write', path, operation: 'edit', content: editText(input.old_string, input.new_string, typeof input.expected_replacements === 'number' && input.expected_replacements > 1) }], base, cwd);
      }
      case 'web_fetch': {
        const prompt = need('prompt');
        if (typeof prompt !== 'string') return { kind: 'refuse', message: prompt.refuse };
        const urls = urlsIn(prompt);
        if (urls.length === 0) return { kind: 'refuse', message: '`web_fetch` prompt names no http(s) URL' };
        return gate(tool, urls.map((url) => ({ kind: 'http_request', method: 'GET', url })), base, cwd);
      }
    }
    if (GEMINI_READ_ONLY.has(tool)) return { kind: 'pass', tool };
    // SECURITY (F1): a tool Portcullis does not know may do anything: deny until it is mapped.
    return { kind: 'refuse', message: `Portcullis does not know the tool \`${tool}\` and denies it` };
  },
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

export function hookProtocol(name: string): HookProtocol | null {
  return name === 'claude-code' ? claudeCode : name === 'gemini-cli' ? geminiCli : null;
}
