/**
 * ONE scenario table through every adapter: the Claude Code, Gemini CLI, OpenAI Codex CLI and Cursor
 * hooks (the adapter with the in-process gate, fed each tool's documented event shapes), `portcullis exec` (runExec with real child processes), the MCP
 * proxy (a real MCP SDK client through the streamable HTTP proxy to a real SDK server) and the HTTP
 * decision API (`portcullis serve`, through the hook/exec `--server` client). Every adapter that can
 * express a row must reach the same decision, and each must answer it in its own blocked form.
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Action, ActionContext, Effect } from '../../src/core/index.ts';
import { claudeCode, codex, cursor, geminiCli, runHook, type HookProtocol } from '../../src/adapters/hooks/index.ts';
import { localAgentGate, remoteGate } from '../../src/runtime/index.ts';
import { type RunningServer } from '../../src/host/index.ts';
import { runExec } from '../../src/adapters/exec/index.ts';
import { startHttpProxy } from '../../src/adapters/mcp/index.ts';
import { startDemoServer } from '../helpers/demo-server.ts';
import { serveFixtureHttp } from './mcp-fixture-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'portcullis-adapters-'));
const CWD = join(import.meta.dirname, '..', 'fixtures', 'infra', 'prod-cn-1');
const BASE: ActionContext = { home: '/home/dana', kubeContext: 'prod-cn-1', tfWorkspace: 'prod-cn-1', awsRegion: 'cn-north-1', gitBranch: 'main' };
const CONTEXT: ActionContext = { ...BASE, cwd: CWD };

interface Row {
  title: string;
  action: Action;
  expect: Effect;
  /** A Windows workstation (paths in the event are Windows paths); default: CONTEXT. */
  windows?: boolean;
}
const WIN_CWD = 'C:\\Users\\dana\\app';
const WIN_BASE: ActionContext = { home: 'C:\\Users\\dana' };
const contextOf = (row: Row): ActionContext => (row.windows ? { ...WIN_BASE, cwd: WIN_CWD } : CONTEXT);
const powershell = (command: string): Action => ({ kind: 'shell', command, shell: 'powershell' });
const shell = (command: string): Action => ({ kind: 'shell', command });

/** The table. Each adapter runs the rows it can express. */
const ROWS: Row[] = [
  { title: 'look around', action: shell('ls -la'), expect: 'allow' },
  { title: 'read cluster state', action: shell('kubectl --context prod-cn-1 get pods -n payments'), expect: 'allow' },
  { title: 'terraform destroy of its own environment', action: shell('terraform destroy -auto-approve'), expect: 'deny' },
  { title: 'aws eks delete-cluster of its home', action: shell('aws eks delete-cluster --name prod-cn-1 --region cn-north-1'), expect: 'deny' },
  { title: 'kubectl delete namespace', action: shell('kubectl --context prod-cn-1 delete namespace payments'), expect: 'deny' },
  { title: 'obfuscated: base64 into bash', action: shell('echo dGVycmFmb3JtIGRlc3Ryb3kgLWF1dG8tYXBwcm92ZQ== | base64 -d | bash'), expect: 'deny' },
  { title: 'legitimate production deploy', action: shell('kubectl --context prod-cn-1 apply -f deploy/payments.yaml'), expect: 'hold' },
  { title: 'D3 edit the Claude Code hook settings', action: { kind: 'file_write', path: `${CWD}/.claude/settings.json`, operation: 'write', content: '{}' }, expect: 'deny' },
  { title: 'D3 edit the Cursor hooks file', action: { kind: 'file_write', path: `${CWD}/.cursor/hooks.json`, operation: 'write', content: '{"version":1,"hooks":{}}' }, expect: 'deny' },
  { title: 'D3 edit the Codex hooks file', action: { kind: 'file_write', path: `${CWD}/.codex/hooks.json`, operation: 'write', content: '{"hooks":{}}' }, expect: 'deny' },
  { title: 'D3 edit the Portcullis config', action: { kind: 'file_write', path: join(dir, 'portcullis.yaml'), operation: 'write', content: 'version: 1\n' }, expect: 'deny' },
  { title: 'MCP: delete the home environment', action: { kind: 'mcp_tool_call', server: 'infra', tool: 'delete_environment', arguments: { name: 'prod-cn-1' } }, expect: 'deny' },
  // Windows: the three commands public reports quote (issue 15), and harmless look-alikes.
  { title: 'Windows PowerShell: Remove-Item -Recurse a folder on E:', action: powershell('Remove-Item "E:\\projects\\SS" -Recurse -Force'), expect: 'deny', windows: true },
  { title: 'Windows Bash (Git Bash): cmd /c rmdir /s /q', action: shell('cmd /c "rmdir /s /q C:\\Users\\dana\\projects"'), expect: 'deny', windows: true },
  { title: 'Windows PowerShell: cmd.exe /d /c rd /s /q of a \\\\?\\ path', action: powershell('cmd.exe /d /c "rd /s /q \\"\\\\?\\E:\\projects\\SS\\""'), expect: 'deny', windows: true },
  { title: 'Windows PowerShell: -EncodedCommand that removes the profile', action: powershell('powershell -NoProfile -EncodedCommand UgBlAG0AbwB2AGUALQBJAHQAZQBtACAALQBQAGEAdABoACAAQwA6AFwAVQBzAGUAcgBzACAALQBSAGUAYwB1AHIAcwBlACAALQBGAG8AcgBjAGUA'), expect: 'deny', windows: true },
  { title: 'Windows PowerShell: list the workspace', action: powershell('Get-ChildItem -Recurse C:\\Users\\dana\\app\\src'), expect: 'allow', windows: true },
  { title: 'D3 Windows: overwrite the Claude Code hook settings', action: powershell("Set-Content .claude\\settings.json '{}'"), expect: 'deny', windows: true },
];

let server: RunningServer;
let token: string;

before(async () => {
  ({ server, token } = await startDemoServer(dir));
});
after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The effect of the newest decision recorded after `fromSeq`: what the gateway really decided. */
async function lastDecision(fromSeq: number): Promise<Effect> {
  const rows = await server.runtime.store.read((tx) => tx.auditRange(fromSeq + 1, fromSeq + 10_000));
  const decisions = rows.filter((r) => r.type === 'decision');
  assert.ok(decisions.length > 0, 'a decision was recorded');
  return (JSON.parse(decisions[decisions.length - 1]!.body) as { body: { effect: Effect } }).body.effect;
}
async function head(): Promise<number> {
  return (await server.runtime.store.read((tx) => tx.auditHead()))?.seq ?? 0;
}

/**
 * Claude Code's PreToolUse event (hooks reference): the PowerShell tool (tools reference: `command`,
 * `timeout`, `run_in_background`) and the Bash tool; on Windows `cwd` and `transcript_path` are
 * Windows paths.
 */
function claudeEvent(row: Row): string | null {
  const a = row.action;
  const cwd = row.windows ? WIN_CWD : CWD;
  const common = { session_id: 's-1', transcript_path: row.windows ? 'C:\\Users\\dana\\.claude\\projects\\app\\s-1.jsonl' : '/tmp/t.jsonl', cwd, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_use_id: 'toolu_01' };
  if (a.kind === 'shell' && a.shell === 'powershell') return JSON.stringify({ ...common, tool_name: 'PowerShell', tool_input: { command: a.command, description: 'x', timeout: 120000 } });
  if (a.kind === 'shell' && a.shell === undefined) return JSON.stringify({ ...common, tool_name: 'Bash', tool_input: { command: a.command, description: 'x' } });
  if (a.kind === 'file_write') return JSON.stringify({ ...common, tool_name: 'Write', tool_input: { file_path: a.path, content: a.content } });
  if (a.kind === 'mcp_tool_call') return JSON.stringify({ ...common, tool_name: `mcp__${a.server}__${a.tool}`, tool_input: a.arguments });
  return null;
}
function geminiEvent(row: Row): string | null {
  const a = row.action;
  if (row.windows) return null;
  const common = { session_id: 's-1', transcript_path: '/tmp/t.json', cwd: CWD, hook_event_name: 'BeforeTool', timestamp: '2026-11-24T10:00:00Z' };
  if (a.kind === 'shell' && a.shell === undefined) return JSON.stringify({ ...common, tool_name: 'run_shell_command', tool_input: { command: a.command } });
  if (a.kind === 'file_write') return JSON.stringify({ ...common, tool_name: 'write_file', tool_input: { file_path: a.path, content: a.content } });
  if (a.kind === 'mcp_tool_call') return JSON.stringify({ ...common, tool_name: `mcp__${a.server}__${a.tool}`, tool_input: a.arguments });
  return null;
}
/**
 * Codex's PreToolUse event (hooks reference): Claude Code's wire format plus `model` and `turn_id`;
 * its shell tool is `Bash` with `tool_input.command`, and on Windows that command runs in PowerShell,
 * so Windows rows carry PowerShell text. Git Bash rows are not Codex's.
 */
function codexEvent(row: Row): string | null {
  const a = row.action;
  const common = { session_id: 's-1', transcript_path: null, cwd: row.windows ? WIN_CWD : CWD, hook_event_name: 'PreToolUse', model: 'gpt-5-codex', turn_id: 't-1', tool_use_id: 'call_01' };
  if (a.kind === 'shell' && (row.windows ? a.shell === 'powershell' : a.shell === undefined)) return JSON.stringify({ ...common, tool_name: 'Bash', tool_input: { command: a.command } });
  // files change through `apply_patch`, the patch text in `tool_input.command`
  if (a.kind === 'file_write') return JSON.stringify({ ...common, tool_name: 'apply_patch', tool_input: { command: `*** Begin Patch\n*** Add File: ${a.path}\n+${a.content ?? ''}\n*** End Patch\n` } });
  if (a.kind === 'mcp_tool_call') return JSON.stringify({ ...common, tool_name: `mcp__${a.server}__${a.tool}`, tool_input: a.arguments });
  return null;
}

/** Cursor: one event per step; MCP arguments arrive as a JSON string; file edits are reported after the fact. */
function cursorEvent(row: Row): string | null {
  const a = row.action;
  // Cursor's events carry POSIX workspace roots here; the Windows rows are not Cursor's.
  if (row.windows) return null;
  const common = { conversation_id: 'c-1', generation_id: 'g-1', workspace_roots: [CWD], cursor_version: '2.0.77' };
  if (a.kind === 'shell') return JSON.stringify({ ...common, hook_event_name: 'beforeShellExecution', command: a.command, cwd: CWD });
  if (a.kind === 'mcp_tool_call') return JSON.stringify({ ...common, hook_event_name: 'beforeMCPExecution', tool_name: a.tool, tool_input: JSON.stringify(a.arguments), server: a.server });
  if (a.kind === 'file_write') return JSON.stringify({ ...common, hook_event_name: 'afterFileEdit', file_path: a.path, edits: [{ old_string: '', new_string: a.content ?? '' }] });
  return null;
}
const EVENTS = new Map<HookProtocol, (row: Row) => string | null>([[claudeCode, claudeEvent], [geminiCli, geminiEvent], [codex, codexEvent], [cursor, cursorEvent]]);

const results = new Map<string, Map<string, Effect>>();
function record(adapter: string, row: Row, effect: Effect) {
  if (!results.has(row.title)) results.set(row.title, new Map());
  results.get(row.title)!.set(adapter, effect);
}

describe('one scenario table through every adapter', () => {
  test('HTTP decision API (portcullis serve, agent token)', async () => {
    const gate = remoteGate({ server: server.url, token });
    for (const row of ROWS) {
      const d = await gate.decide(row.action, contextOf(row));
      assert.equal(d.effect, row.expect, row.title);
      record('http', row, d.effect);
    }
  });

  for (const [protocol, eventOf] of EVENTS) {
    test(`hook ${protocol.name} (in-process gate): exit 0 only for allow, exit 2 with the reason otherwise`, async () => {
      const gate = localAgentGate(server.runtime, 'kiro');
      for (const row of ROWS) {
        const event = eventOf(row);
        if (event === null) continue;
        const seq = await head();
        const answer = await runHook(protocol, event, { gate: async () => gate, baseContext: row.windows ? WIN_BASE : BASE });
        const effect = await lastDecision(seq);
        assert.equal(effect, row.expect, row.title);
        assert.equal(answer.exitCode, effect === 'allow' ? 0 : 2, row.title);
        if (effect === 'hold') assert.match(answer.stderr, /portcullis approvals approve req_/);
        if (protocol === cursor) assert.equal((JSON.parse(answer.stdout) as { permission: string }).permission, effect === 'allow' ? 'allow' : 'deny', row.title);
        record(`hook:${protocol.name}`, row, effect);
      }
    });
  }

  test('exec (real child processes; nothing runs unless allowed)', async () => {
    const gate = localAgentGate(server.runtime, 'kiro');
    for (const row of ROWS) {
      // exec runs real programs on this Linux machine: Windows rows are for the hooks and the API.
      if (row.action.kind !== 'shell' || row.windows) continue;
      const seq = await head();
      // Decide the row's exact command text: exec quotes argv, so run it through `sh -c` only for
      // rows whose text is not a plain argv (the decision is then about `sh -c '…'`, which the
      // classifier unwraps). Plain rows are split on spaces.
      const argv = /[|&;]/.test(row.action.command) ? ['sh', '-c', row.action.command] : row.action.command.split(' ');
      const r = await runExec({
        argv, gate, env: { PATH: process.env.PATH ?? '' }, removed: [], injected: [], context: CONTEXT, clock: { now: () => 0 },
        sleep: async () => {}, waitMs: 0, progress: () => {}, log: () => {}, signals: new EventEmitter(), cwd: dir,
      });
      const effect = await lastDecision(seq);
      assert.equal(effect, row.expect, row.title);
      assert.equal(r.kind, effect === 'allow' ? 'ran' : effect === 'hold' ? 'held' : 'denied', row.title);
      record('exec', row, effect);
    }
  });

  test('MCP proxy (real MCP SDK client and server over streamable HTTP)', async () => {
    const upstream = await serveFixtureHttp();
    const proxy = await startHttpProxy({ upstreamUrl: upstream.url, host: '127.0.0.1', port: 0, gate: localAgentGate(server.runtime, 'kiro', 'infra'), serverName: 'infra', pollMs: 5, holdTimeoutMs: 20, context: CONTEXT });
    const client = new Client({ name: 'e2e-agent', version: '1.0.0' });
    try {
      await client.connect(new StreamableHTTPClientTransport(new URL(proxy.url)));
      for (const row of ROWS) {
        if (row.action.kind !== 'mcp_tool_call') continue;
        const seq = await head();
        const r = await client.callTool({ name: row.action.tool, arguments: row.action.arguments });
        const effect = await lastDecision(seq);
        assert.equal(effect, row.expect, row.title);
        assert.equal(r.isError === true, effect !== 'allow', row.title);
        record('mcp', row, effect);
      }
    } finally {
      await client.close();
      await proxy.close();
      await upstream.close();
    }
  });

  test('every adapter reached the same decision for every row', () => {
    for (const row of ROWS) {
      const byAdapter = results.get(row.title);
      assert.ok(byAdapter && byAdapter.size >= 2, `${row.title}: at least two adapters ran it`);
      assert.deepEqual(new Set(byAdapter.values()), new Set([row.expect]), `${row.title}: ${JSON.stringify(Object.fromEntries(byAdapter))}`);
    }
  });
});
