import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Action, ActionContext } from '../../core/index.ts';
import type { AgentDecision, AgentGate } from '../../gateway/index.ts';
import { claudeCode, codex, cursor, geminiCli, planInstall, runHook } from './index.ts';

type HookGate = Pick<AgentGate, 'decide'>;
type HookDecision = AgentDecision;

const ev = (tool_name: string, tool_input: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ session_id: 'abc123', transcript_path: '/home/dana/.claude/projects/x/abc123.jsonl', cwd: '/work/app', permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name, tool_input, tool_use_id: 'toolu_01ABC', ...extra });

/** A gate that records what it was asked and answers with a fixed decision. */
function gate(d: Partial<HookDecision> & { effect: HookDecision['effect'] }): HookGate & { seen: Array<{ action: Action; context: ActionContext }> } {
  const seen: Array<{ action: Action; context: ActionContext }> = [];
  return {
    seen,
    decide: async (action, context) => {
      seen.push({ action, context });
      return { reasons: [], decisionId: 'aud_1', requiredApprovals: 0, approverGroups: [], actionDigest: '', policies: [], ...d };
    },
  };
}
const allow = () => gate({ effect: 'allow' });
const run = (text: string, g: HookGate, opts: { timeoutMs?: number; skipPromptOnAllow?: boolean } = {}) => runHook(claudeCode, text, { gate: async () => g, baseContext: { home: '/home/dana' }, ...opts });

describe('Claude Code PreToolUse hook', () => {
  it('maps each tool type to its action, with the event cwd', async () => {
    const cases: Array<[string, unknown, Action]> = [
      ['Bash', { command: 'terraform plan', description: 'plan', timeout: 120000 }, { kind: 'shell', command: 'terraform plan' }],
      ['Write', { file_path: '/work/app/a.ts', content: 'x' }, { kind: 'file_write', path: '/work/app/a.ts', operation: 'write', content: 'x' }],
      ['Edit', { file_path: '/work/app/a.ts', old_string: 'a', new_string: 'b', replace_all: true }, { kind: 'file_write', path: '/work/app/a.ts', operation: 'edit', content: '<<<<<<< replace all\na\n=======\nb\n>>>>>>> with\n' }],
      ['MultiEdit', { file_path: '/work/app/a.ts', edits: [{ old_string: 'a', new_string: 'b' }, { old_string: 'c', new_string: 'd' }] }, { kind: 'file_write', path: '/work/app/a.ts', operation: 'edit', content: '<<<<<<< replace\na\n=======\nb\n>>>>>>> with\n<<<<<<< replace\nc\n=======\nd\n>>>>>>> with\n' }],
      ['NotebookEdit', { notebook_path: '/work/app/n.ipynb', cell_id: 'c1', new_source: 'print(1)', edit_mode: 'replace' }, { kind: 'file_write', path: '/work/app/n.ipynb', operation: 'edit', content: 'notebook cell c1 replace\nprint(1)' }],
      ['WebFetch', { url: 'https://example.com/a', prompt: 'summarise' }, { kind: 'http_request', method: 'GET', url: 'https://example.com/a' }],
      ['mcp__github__delete_repo', { repo: 'acme/prod' }, { kind: 'mcp_tool_call', server: 'github', tool: 'delete_repo', arguments: { repo: 'acme/prod' } }],
    ];
    for (const [tool, input, action] of cases) {
      const g = allow();
      const a = await run(ev(tool, input), g);
      assert.deepEqual(a, { stdout: '', stderr: '', exitCode: 0 }, tool);
      assert.deepEqual(g.seen, [{ action, context: { home: '/home/dana', cwd: '/work/app' } }], tool);
    }
  });

  it('allow with --skip-prompt-on-allow answers the documented allow JSON', async () => {
    assert.deepEqual(await run(ev('Bash', { command: 'ls' }), allow(), { skipPromptOnAllow: true }), {
      stdout: '{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"allow","permissionDecisionReason":"allowed by Portcullis (decision aud_1)"}}\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('deny: exit 2, the reason on stderr, and the structured deny on stdout', async () => {
    const g = gate({ effect: 'deny', decisionId: 'aud_9', reasons: [{ code: 'policy_forbid', message: 'an agent may never delete its own home environment' }] });
    const msg = 'Portcullis denied this Bash call: an agent may never delete its own home environment (decision aud_9). Do not try another way to do the same thing; ask the human you work for.';
    assert.deepEqual(await run(ev('Bash', { command: 'kubectl delete ns payments' }), g), {
      stdout: `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: msg } })}\n`,
      stderr: `${msg}\n`,
      exitCode: 2,
    });
  });

  it('A9 hold: denied with the request id and what reviewers must do', async () => {
    const g = gate({ effect: 'hold', requestId: 'req_7', requiredApprovals: 2, approverGroups: ['approvers'], reasons: [{ code: 'policy_hold', message: 'changes to production by an agent need two human approvals' }, { code: 'approval_pending', message: 'waiting for 2 more approval(s) on request req_7' }] });
    const a = await run(ev('Bash', { command: 'kubectl apply -f x.yaml' }), g);
    assert.equal(a.exitCode, 2);
    assert.equal(a.stderr, 'Portcullis is holding this Bash call for human review (request req_7): it needs 2 approvals from approvers. Why: changes to production by an agent need two human approvals. Status: waiting for 2 more approval(s) on request req_7.\nReviewers approve it with `portcullis approvals approve req_7` (or in the reviewer UI). Once approved, retry exactly the same call: any change to it is a new request. Do not try another way to do the same thing.\n');
  });

  it('D8 a call held or denied because a PATH folder is the agent\'s says it is the PATH, which folder, and what a human must change (r11b review)', async () => {
    const why = 'PATH searches `/home/intern/.local/bin` before where `ls` is now, and this user may create `/home/intern/.local/bin/ls`';
    const facts = { findings: [
      { code: 'program_changeable', message: '`ls` is a file the agent\'s own Unix user can change: it runs as a program of the agent\'s own, not as the tool its name says' },
      { code: 'program_changeable', message: `\`ls\` can be changed by the agent's Unix user: ${why}`, program: { name: 'ls', why, source: 'file' } },
    ] } as unknown as HookDecision['facts'];
    const advice = `\`ls\` is judged as a program of the agent's own, not as the system's, because of the session's PATH: ${why}. `
      + 'The agent\'s Unix user could put any program there under that name. A human must change the PATH the agent tool starts with (the agent user\'s `~/.profile` or `~/.bashrc`, or the `env` of the tool\'s settings): take that folder off it, put it after the system\'s folders (`/usr/bin`, `/bin`), or make it a folder the agent\'s user cannot write; then start a new session.';
    const held = gate({ effect: 'hold', requestId: 'req_8', requiredApprovals: 2, approverGroups: ['approvers'], facts, reasons: [{ code: 'policy_hold', message: 'changes to production need two approvals' }] });
    const h = await run(ev('Bash', { command: 'ls' }), held);
    assert.equal(h.stderr, `Portcullis is holding this Bash call for human review (request req_8): it needs 2 approvals from approvers. Why: changes to production need two approvals. ${advice}\nReviewers approve it with \`portcullis approvals approve req_8\` (or in the reviewer UI). Once approved, retry exactly the same call: any change to it is a new request. Do not try another way to do the same thing.\n`);
    const denied = gate({ effect: 'deny', decisionId: 'aud_8', facts, reasons: [{ code: 'policy_forbid', message: 'operator `eve` of agent `intern-bot` may not exec' }] });
    const d = await run(ev('Bash', { command: 'ls' }), denied);
    assert.equal(d.stderr, `Portcullis denied this Bash call: operator \`eve\` of agent \`intern-bot\` may not exec (decision aud_8). ${advice} Do not try another way to do the same thing; ask the human you work for.\n`);
    // Neighbour: a program named by a path the agent can change (`bin/kubectl`) is no PATH matter: no PATH advice.
    const byPath = gate({ effect: 'deny', decisionId: 'aud_9', facts: { findings: [{ code: 'program_changeable', message: '`/work/app/bin/kubectl` can be changed by the agent\'s Unix user: this user owns `/work/app/bin/kubectl`', program: { name: '/work/app/bin/kubectl', why: 'this user owns `/work/app/bin/kubectl`', source: 'file' } }] } as unknown as HookDecision['facts'], reasons: [{ code: 'policy_forbid', message: 'no' }] });
    assert.doesNotMatch((await run(ev('Bash', { command: 'bin/kubectl get pods' }), byPath)).stderr, /PATH/);
    // round 12: the advice comes from the structured field, never from the message text (a reworded message changes nothing)
    const textOnly = gate({ effect: 'deny', decisionId: 'aud_10', facts: { findings: [{ code: 'program_changeable', message: `\`ls\` can be changed by the agent's Unix user: ${why}` }] } as unknown as HookDecision['facts'], reasons: [{ code: 'policy_forbid', message: 'no' }] });
    assert.doesNotMatch((await run(ev('Bash', { command: 'ls' }), textOnly)).stderr, /PATH/);
    const reworded = gate({ effect: 'deny', decisionId: 'aud_11', facts: { findings: [{ code: 'program_changeable', message: 'reworded for humans', program: { name: 'ls', why, source: 'file' } }] } as unknown as HookDecision['facts'], reasons: [{ code: 'policy_forbid', message: 'no' }] });
    assert.match((await run(ev('Bash', { command: 'ls' }), reworded)).stderr, new RegExp(`\`ls\` is judged as a program of the agent's own, not as the system's, because of the session's PATH: ${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`));
  });

  it('read-only tools pass without a decision (Claude Code\'s own rules apply)', async () => {
    const g = allow();
    assert.deepEqual(await run(ev('Grep', { pattern: 'x' }), g), { stdout: '', stderr: '', exitCode: 0 });
    assert.equal(g.seen.length, 0);
  });

  it('D8: Read and NotebookRead are decided as file reads, so the gate can refuse the signing key and tokens', async () => {
    const g = allow();
    assert.deepEqual(await run(ev('Read', { file_path: '/work/app/a.ts' }), g), { stdout: '', stderr: '', exitCode: 0 });
    await run(ev('NotebookRead', { notebook_path: '/work/app/n.ipynb' }), g);
    assert.deepEqual(g.seen.map((s) => s.action), [{ kind: 'file_write', path: '/work/app/a.ts', operation: 'read' }, { kind: 'file_write', path: '/work/app/n.ipynb', operation: 'read' }]);
    const denied = await run(ev('Read', { file_path: '/work/app/portcullis-audit.key' }), gate({ effect: 'deny', decisionId: 'aud_9', reasons: [{ code: 'policy_forbid', message: 'no' }] }));
    assert.equal(denied.exitCode, 2);
    assert.equal(denied.stderr, 'Portcullis denied this Read call: no (decision aud_9). Do not try another way to do the same thing; ask the human you work for.\n');
  });

  it('F1 F6 malformed events, unknown tools and missing fields are denied with exit 2', async () => {
    const cases: Array<[string, string]> = [
      ['', 'Portcullis denies this call: no hook event on standard input.'],
      ['{"hook_event_name":"PreToolUse"', 'Portcullis denies this call: hook event is not valid JSON: expected \',\' or \'}\' after property value in json at position 31 (line 1 column 32).'],
      ['[]', 'Portcullis denies this call: hook event is not a JSON object.'],
      [ev('Bash', { command: 'ls' }, { hook_event_name: 'PostToolUse' }), 'Portcullis denies this call: hook event `PostToolUse` is not `PreToolUse`.'],
      [ev('Bash', {}), 'Portcullis denies this call: `Bash` call has no `command`.'],
      [ev('Bash', 'ls'), 'Portcullis denies this call: hook event for `Bash` has no `tool_input` object.'],
      [ev('Bash', { command: 'ls' }, { cwd: 'relative' }), 'Portcullis denies this call: hook event has no absolute `cwd`.'],
      [ev('Teleport', { to: 'prod' }), 'Portcullis denies this call: Portcullis does not know the tool `Teleport` and denies it.'],
    ];
    for (const [text, message] of cases) {
      const g = allow();
      const a = await run(text, g);
      assert.deepEqual(a, { stdout: `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: message } })}\n`, stderr: `${message}\n`, exitCode: 2 }, text);
      assert.equal(g.seen.length, 0);
    }
  });

  it('F1 F5 a gate that fails, cannot open or does not answer in time is a deny (exit 2)', async () => {
    const failing: HookGate = { decide: async () => Promise.reject(new Error('store is gone')) };
    assert.deepEqual(await run(ev('Bash', { command: 'ls' }), failing), {
      stdout: '{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"Portcullis could not decide this call and denies it: store is gone"}}\n',
      stderr: 'Portcullis could not decide this call and denies it: store is gone\n',
      exitCode: 2,
    });
    const cannotOpen = await runHook(claudeCode, ev('Bash', { command: 'ls' }), { gate: () => Promise.reject(new Error('config file `portcullis.yaml` not found')) });
    assert.equal(cannotOpen.exitCode, 2);
    assert.equal(cannotOpen.stderr, 'Portcullis could not decide this call and denies it: config file `portcullis.yaml` not found\n');
    const hanging: HookGate = { decide: () => new Promise(() => {}) };
    const a = await run(ev('Bash', { command: 'ls' }), hanging, { timeoutMs: 5 });
    assert.equal(a.exitCode, 2);
    assert.equal(a.stderr, 'Portcullis could not decide this call and denies it: no decision within 5 ms\n');
    const odd = gate({ effect: 'maybe' as never });
    assert.equal((await run(ev('Bash', { command: 'ls' }), odd)).exitCode, 2);
  });
});

describe('Gemini CLI BeforeTool hook', () => {
  const gev = (tool_name: string, tool_input: unknown) => JSON.stringify({ session_id: 's', transcript_path: '/t.json', cwd: '/work/app', hook_event_name: 'BeforeTool', timestamp: '2026-11-24T10:00:00Z', tool_name, tool_input });
  it('maps tools, answers {} on allow and the documented deny on block', async () => {
    const g = allow();
    assert.deepEqual(await runHook(geminiCli, gev('run_shell_command', { command: 'make', dir_path: 'sub' }), { gate: async () => g }), { stdout: '{}\n', stderr: '', exitCode: 0 });
    assert.deepEqual(g.seen[0], { action: { kind: 'shell', command: 'make' }, context: { cwd: '/work/app/sub' } });
    await runHook(geminiCli, gev('web_fetch', { prompt: 'compare https://a.example/x and http://b.example/y' }), { gate: async () => g });
    assert.deepEqual(g.seen.slice(1).map((s) => s.action), [{ kind: 'http_request', method: 'GET', url: 'https://a.example/x' }, { kind: 'http_request', method: 'GET', url: 'http://b.example/y' }]);
    const d = gate({ effect: 'deny', decisionId: 'aud_2', reasons: [{ code: 'policy_forbid', message: 'no' }] });
    const msg = 'Portcullis denied this replace call: no (decision aud_2). Do not try another way to do the same thing; ask the human you work for.';
    assert.deepEqual(await runHook(geminiCli, gev('replace', { file_path: '/work/app/a', old_string: 'x', new_string: 'y' }), { gate: async () => d }), { stdout: `${JSON.stringify({ decision: 'deny', reason: msg })}\n`, stderr: `${msg}\n`, exitCode: 2 });
  });
});

describe('hook install', () => {
  const opts = { protocol: 'claude-code' as const, command: '/opt/p/bin/portcullis hook claude-code --agent kiro --config /w/portcullis.yaml --timeout 20 || exit 2', timeoutSeconds: 30 };
  it('adds the hook with an explicit timeout, keeps everything else, and is idempotent', () => {
    const existing = JSON.stringify({ model: 'opus', hooks: { PostToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'prettier' }] }], PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'other-guard' }] }] } });
    const first = planInstall(existing, opts);
    assert.equal(first.changed, true);
    assert.equal(first.summary, `added a PreToolUse hook for every tool: ${opts.command} (timeout 30s)`);
    assert.deepEqual(JSON.parse(first.text), {
      model: 'opus',
      hooks: {
        PostToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'prettier' }] }],
        PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'other-guard' }] }, { matcher: '*', hooks: [{ type: 'command', command: opts.command, timeout: 30 }] }],
      },
    });
    const second = planInstall(first.text, opts);
    assert.deepEqual({ changed: second.changed, summary: second.summary, same: second.text === first.text }, { changed: false, summary: 'unchanged: the PreToolUse hook is already installed', same: true });
    const updated = planInstall(first.text, { ...opts, command: opts.command.replace('kiro', 'other'), timeoutSeconds: 40 });
    assert.equal(updated.summary, `updated the PreToolUse hook: was \`${opts.command}\`, now ${opts.command.replace('kiro', 'other')} (timeout 40s)`);
    assert.equal(JSON.parse(updated.text).hooks.PreToolUse.length, 2);
  });
  it('refuses to overwrite a settings file it cannot read', () => {
    assert.throws(() => planInstall('{ nope', opts), { code: 'config_invalid', message: "the settings file is not valid JSON: expected property name or '}' in json at position 2 (line 1 column 3)" });
  });
  it('gemini-cli: BeforeTool with a timeout in milliseconds', () => {
    const p = planInstall(null, { ...opts, protocol: 'gemini-cli', command: 'portcullis hook gemini-cli --agent kiro || exit 2' });
    assert.deepEqual(JSON.parse(p.text), { hooks: { BeforeTool: [{ matcher: '.*', hooks: [{ name: 'portcullis', type: 'command', command: 'portcullis hook gemini-cli --agent kiro || exit 2', timeout: 30000, description: 'Portcullis: every tool call is decided before it runs' }] }] } });
  });
});

describe('Codex and Cursor (documented event shapes)', () => {
  it('F1 Codex apply_patch: every file the patch names is decided with the whole patch; a patch naming no file is refused', async () => {
    const patch = '*** Begin Patch\n*** Update File: src/app.ts\n@@\n-a\n+b\n*** Add File: /work/app/.codex/hooks.json\n+{}\n*** Delete File: old.txt\n*** End Patch\n';
    const g = gate({ effect: 'allow' });
    const event = (tool_input: unknown) => JSON.stringify({ session_id: 's', transcript_path: null, cwd: '/work/app', hook_event_name: 'PreToolUse', model: 'm', turn_id: 't', tool_name: 'apply_patch', tool_input });
    assert.equal((await runHook(codex, event({ command: patch }), { gate: async () => g })).exitCode, 0);
    // the paths as the patch names them; the classifier resolves relative ones against the event's cwd
    assert.deepEqual(g.seen.map((s) => s.action.kind === 'file_write' && [s.action.path, s.action.operation]), [['src/app.ts', 'edit'], ['/work/app/.codex/hooks.json', 'write'], ['old.txt', 'delete']]);
    const refused = await runHook(codex, event({ command: 'not a patch' }), { gate: async () => g });
    assert.equal(refused.exitCode, 2);
    assert.match(refused.stderr, /`apply_patch` call names no file to add, update or delete/);
  });

  it('F1 Cursor: shell and MCP events are decided and answered with permission JSON; an unknown event is denied', async () => {
    const g = gate({ effect: 'deny', reasons: [{ code: 'policy_forbid', message: 'no' }] });
    const common = { conversation_id: 'c', generation_id: 'g', workspace_roots: ['/work/app'] };
    const shellAnswer = await runHook(cursor, JSON.stringify({ ...common, hook_event_name: 'beforeShellExecution', command: 'rm -rf /', cwd: '/work/app' }), { gate: async () => g });
    assert.equal(shellAnswer.exitCode, 2);
    assert.equal((JSON.parse(shellAnswer.stdout) as { permission: string }).permission, 'deny');
    await runHook(cursor, JSON.stringify({ ...common, hook_event_name: 'beforeMCPExecution', tool_name: 'query', tool_input: '{"sql":"drop table x"}', url: 'https://db.example' }), { gate: async () => g });
    assert.deepEqual(g.seen.at(-1)!.action, { kind: 'mcp_tool_call', server: 'https://db.example', tool: 'query', arguments: { sql: 'drop table x' } });
    // D8: a file read is decided too (the signing key and tokens are refused): this gate denies everything.
    const read = await runHook(cursor, JSON.stringify({ ...common, hook_event_name: 'beforeReadFile', file_path: '/work/app/a.ts', content: 'x' }), { gate: async () => g });
    assert.equal(read.exitCode, 2);
    assert.deepEqual(g.seen.at(-1)!.action, { kind: 'file_write', path: '/work/app/a.ts', operation: 'read' });
    const readAllowed = await runHook(cursor, JSON.stringify({ ...common, hook_event_name: 'beforeReadFile', file_path: 'a.ts', content: 'x' }), { gate: async () => allow() });
    assert.deepEqual(readAllowed, { stdout: '{"permission":"allow"}\n', stderr: '', exitCode: 0 });
    const odd = await runHook(cursor, JSON.stringify({ ...common, hook_event_name: 'beforeTabFileRead' }), { gate: async () => g });
    assert.equal(odd.exitCode, 2);
  });

  it('installs into .codex/hooks.json (PreToolUse, every tool) and .cursor/hooks.json (version 1, shell, MCP, file reads and edits), idempotently', () => {
    const command = '/opt/portcullis/bin/portcullis hook cursor --agent kiro --config /w/portcullis.yaml --timeout 20 || exit 2';
    const first = planInstall('{"version":1,"hooks":{"afterFileEdit":[{"command":"prettier --write"}]}}', { protocol: 'cursor', command, timeoutSeconds: 30 });
    assert.deepEqual(JSON.parse(first.text), { version: 1, hooks: { afterFileEdit: [{ command: 'prettier --write' }, { command }], beforeShellExecution: [{ command }], beforeMCPExecution: [{ command }], beforeReadFile: [{ command }] } });
    assert.equal(planInstall(first.text, { protocol: 'cursor', command, timeoutSeconds: 30 }).changed, false);
    const c = planInstall(null, { protocol: 'codex', command: command.replace('hook cursor', 'hook codex'), timeoutSeconds: 30 });
    assert.deepEqual(JSON.parse(c.text), { hooks: { PreToolUse: [{ matcher: '.*', hooks: [{ type: 'command', command: command.replace('hook cursor', 'hook codex'), timeout: 30 }] }] } });
  });
});

describe('hooks on Windows (Claude Code PowerShell and Bash tools, Codex)', () => {
  const WIN_CWD = 'C:\\Users\\dana\\app';
  const winEv = (tool_name: string, tool_input: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ session_id: 'abc123', transcript_path: 'C:\\Users\\dana\\.claude\\projects\\app\\abc123.jsonl', cwd: WIN_CWD, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name, tool_input, tool_use_id: 'toolu_01ABC', ...extra });

  it('Claude Code: the PowerShell tool is a PowerShell action; Bash (Git Bash) stays bash; the Windows cwd is kept', async () => {
    for (const [tool, action] of [
      ['PowerShell', { kind: 'shell', command: 'Remove-Item x -Recurse', shell: 'powershell' }],
      ['Bash', { kind: 'shell', command: 'Remove-Item x -Recurse' }],
    ] as Array<[string, Action]>) {
      const g = allow();
      const a = await run(winEv(tool, { command: 'Remove-Item x -Recurse', timeout: 120000, run_in_background: false }), g);
      assert.equal(a.exitCode, 0);
      assert.deepEqual(g.seen, [{ action, context: { home: '/home/dana', cwd: WIN_CWD } }], tool);
    }
  });

  it('F6 Windows answers are the documented ones: exit 2 and the reason on stderr; a relative cwd is refused', async () => {
    const denied = await run(winEv('PowerShell', { command: 'Remove-Item E:\\ -Recurse' }), gate({ effect: 'deny', reasons: [{ code: 'policy_forbid', message: 'no' }] }));
    assert.equal(denied.exitCode, 2);
    assert.match(denied.stderr, /^Portcullis denied this PowerShell call: no \(decision aud_1\)/);
    assert.equal(JSON.parse(denied.stdout).hookSpecificOutput.permissionDecision, 'deny');
    const g = allow();
    const bad = await run(winEv('PowerShell', { command: 'ls' }, { cwd: 'app\\sub' }), g);
    assert.equal(bad.exitCode, 2);
    assert.match(bad.stderr, /no absolute `cwd`/);
    assert.equal(g.seen.length, 0);
  });

  it('Codex: Bash runs PowerShell on Windows and bash elsewhere; apply_patch is one file action per file; MCP; unknown tools refused (F1)', async () => {
    const codexEv = (cwd: string, tool_name: string, tool_input: unknown) => JSON.stringify({ session_id: 's', transcript_path: null, cwd, hook_event_name: 'PreToolUse', model: 'gpt-5-codex', turn_id: 't1', tool_use_id: 'call_1', tool_name, tool_input });
    const g = allow();
    const win = await runHook(codex, codexEv(WIN_CWD, 'Bash', { command: 'Get-ChildItem' }), { gate: async () => g });
    const linux = await runHook(codex, codexEv('/work/app', 'Bash', { command: 'ls' }), { gate: async () => g });
    const patch = '*** Begin Patch\n*** Update File: src/a.ts\n@@\n-a\n+b\n*** Delete File: old.txt\n*** End Patch\n';
    const patched = await runHook(codex, codexEv('/work/app', 'apply_patch', { command: patch }), { gate: async () => g });
    assert.deepEqual([win.exitCode, linux.exitCode, patched.exitCode], [0, 0, 0]);
    assert.deepEqual(g.seen.map((s) => s.action), [
      { kind: 'shell', command: 'Get-ChildItem', shell: 'powershell' },
      { kind: 'shell', command: 'ls' },
      { kind: 'file_write', path: 'src/a.ts', operation: 'edit', content: patch },
      { kind: 'file_write', path: 'old.txt', operation: 'delete' },
    ]);
    const unknown = await runHook(codex, codexEv('/work/app', 'local_shell_v9', { command: 'ls' }), { gate: async () => g });
    assert.equal(unknown.exitCode, 2);
    assert.match(unknown.stderr, /does not know the tool `local_shell_v9`/);
  });
});
