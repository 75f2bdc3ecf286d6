import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ADAPTER_STEPS, DEMO_CONTEXT, DEMO_WINDOWS_CONTEXT, DEMO_WINDOWS_STEPS, DEMO_OPERATOR_ENV, DEMO_SCENARIOS, writeDemoWorkspace } from '../demo-scenarios.ts';
import { localAgentGate, openRuntime, type Runtime } from '../../runtime/index.ts';
import { configTemplate, execEnvironment, createFsInputGuard } from '../../os/index.ts';
import { runExec } from '../../adapters/exec/index.ts';
import type { Action, Decision } from '../../core/index.ts';
import { hookProtocol, runHook } from '../../adapters/hooks/index.ts';
import { parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis demo [--json] [--keep]';

/**
 * Replays the incident on a throw-away store with the demo config and prints what was allowed,
 * denied or held, and why. Exits 1 if any scenario is not answered as the default pack promises.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, { json: { type: 'boolean' }, keep: { type: 'boolean' } }, USAGE);
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nReplays the December 2025 incident (agent kiro deleting and recreating its own production\nenvironment prod-cn-1) against the default policy pack, on a throw-away SQLite store.\n--keep leaves the store and config in place and prints where.\n`);
    return EXIT.ok;
  }
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-demo-'));
  const configPath = join(dir, 'portcullis.yaml');
  writeFileSync(configPath, configTemplate('demo'));
  const runtime = await openRuntime({ configPath, cwd: dir });
  // kiro's workspace holds the manifest its deploy applies: the approval binds those bytes (A12).
  const ws = writeDemoWorkspace(dir);
  const rows: Array<{ n: number; title: string; agent: string; expect: string; decision: Decision }> = [];
  try {
    for (const [i, s] of DEMO_SCENARIOS.entries()) {
      const decision = await runtime.gateway.decide({ agentId: s.agent, action: s.action, context: { ...s.context, cwd: ws } });
      rows.push({ n: i + 1, title: s.title, agent: s.agent, expect: s.expect, decision });
    }
    const adapters = values.json ? null : await throughAdapters(runtime, dir, ws);
    const verified = await runtime.verifyAudit();
    const wrong = rows.filter((r) => r.decision.effect !== r.expect);
    if (adapters && !adapters.ok) wrong.push({ n: 0, title: 'adapters', agent: 'kiro', expect: 'deny', decision: rows[0]!.decision });
    if (values.json) {
      io.stdout(`${JSON.stringify({ scenarios: rows.map((r) => ({ title: r.title, agent: r.agent, expected: r.expect, decision: r.decision })), audit: verified }, null, 2)}\n`);
    } else {
      io.stdout(renderTable(rows));
      io.stdout(adapters!.text);
      io.stdout(`\naudit: ${verified.ok ? `chain verified, ${verified.size} entries, Merkle root ${verified.root.slice(0, 16)}…` : `VERIFY FAILED: ${verified.problem}`}\n`);
      io.stdout(wrong.length === 0 ? `\nEvery attempt on prod-cn-1 was denied or held; harmless actions went through.\n` : `\n${wrong.length} scenario(s) were NOT answered as expected: ${wrong.map((w) => `#${w.n}`).join(', ')}\n`);
      if (values.keep) io.stdout(`store and config kept in ${dir}\n`);
    }
    return wrong.length === 0 && verified.ok ? EXIT.ok : EXIT.error;
  } finally {
    await runtime.close();
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

const MARK = { allow: 'ALLOW', deny: 'DENY ', hold: 'HOLD ' } as const;

function renderTable(rows: Array<{ n: number; title: string; agent: string; decision: Decision }>): string {
  const out = ['Portcullis demo: agent kiro (operator dana, admin) lives in production environment prod-cn-1.', ''];
  for (const r of rows) {
    const d = r.decision;
    const why = d.effect === 'allow' ? d.policies.join(', ') : d.effect === 'hold' ? `${d.requiredApprovals} approvals from ${d.approverGroups.join(', ') || 'any reviewer'} (${d.policies.join(', ')})` : (d.reasons[0]?.message ?? '');
    const pol = d.effect === 'deny' && d.policies.length ? ` [${d.policies.join(', ')}]` : '';
    out.push(`${String(r.n).padStart(2)}. ${MARK[d.effect]}  ${r.title}${r.agent !== 'kiro' ? ` (agent ${r.agent})` : ''}`);
    out.push(`           ${why}${pol}`);
  }
  return `${out.join('\n')}\n`;
}

/** Markers for the adapter section: exit codes and results as the agent sees them. */
async function throughAdapters(runtime: Runtime, dir: string, ws: string): Promise<{ ok: boolean; text: string }> {
  const context = { ...DEMO_CONTEXT, cwd: ws };
  const out: string[] = ['', 'The same attempts through the adapters kiro really uses:'];
  let ok = true;
  const gate = localAgentGate(runtime, 'kiro');
  const claude = hookProtocol('claude-code')!;
  const { cwd: _cwd, ...base } = DEMO_CONTEXT;
  const env = execEnvironment(runtime.config, 'kiro', DEMO_OPERATOR_ENV);
  out.push(`  exec: kiro inherited ${Object.keys(DEMO_OPERATOR_ENV).join(', ')} from dana; exec removes ${env.removed.join(', ')}`);
  out.push(`        and points ${['AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE', 'KUBECONFIG'].join(', ')} at /dev/null`);
  for (const step of DEMO_ADAPTER_STEPS) {
    let line: string;
    if (step.adapter === 'hook') {
      const event = step.action.kind === 'shell'
        ? { tool_name: 'Bash', tool_input: { command: step.action.command, description: 'kiro' } }
        : { tool_name: 'Write', tool_input: { file_path: (step.action as Extract<Action, { kind: 'file_write' }>).path, content: (step.action as Extract<Action, { kind: 'file_write' }>).content } };
      const a = await runHook(claude, JSON.stringify({ session_id: 'demo', transcript_path: '/dev/null', cwd: ws, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_use_id: 'toolu_demo', ...event }), { gate: async () => gate, baseContext: base });
      ok &&= a.exitCode === 2;
      line = `exit ${a.exitCode}  ${a.stderr.split(' (decision')[0]!.split('. Do not')[0]}`;
    } else if (step.adapter === 'exec') {
      const r = await runExec({ argv: (step.action as { command: string }).command.split(' '), gate, env: env.env, removed: env.removed, injected: env.injected, context, clock: { now: () => Date.now() }, sleep: async () => {}, waitMs: 0, progress: () => {}, log: () => {}, signals: new EventEmitter(), cwd: ws });
      ok &&= r.kind === 'denied';
      line = r.kind === 'denied' ? `DENY, nothing ran: ${r.message}` : `${r.kind.toUpperCase()} (unexpected)`;
    } else {
      const d = await localAgentGate(runtime, 'kiro', 'infra').decide(step.action as Extract<Action, { kind: 'mcp_tool_call' }>, context);
      ok &&= d.effect !== 'allow';
      line = `${d.effect.toUpperCase()}: ${d.reasons[0]?.message ?? ''} (answered to the MCP client as a tool error)`;
    }
    out.push(`  ${step.adapter.padEnd(4)}  ${step.title}`, `        ${line}`);
  }

  // kiro on a Windows workstation: the commands public reports quote, as the agent tools send them.
  out.push('', `On Windows (cwd ${DEMO_WINDOWS_CONTEXT.cwd}), the commands agents have deleted drives and folders with:`);
  for (const step of DEMO_WINDOWS_STEPS) {
    const event = { session_id: 'demo', transcript_path: 'C:\\Users\\dana\\.claude\\t.jsonl', cwd: DEMO_WINDOWS_CONTEXT.cwd, hook_event_name: 'PreToolUse', tool_name: step.tool, tool_input: { command: step.command }, ...(step.protocol === 'codex' ? { model: 'gpt-5-codex' } : { permission_mode: 'default', tool_use_id: 'toolu_demo' }) };
    const { cwd: _wcwd, ...wbase } = DEMO_WINDOWS_CONTEXT;
    const a = await runHook(hookProtocol(step.protocol)!, JSON.stringify(event), { gate: async () => gate, baseContext: wbase });
    ok &&= a.exitCode === 2;
    out.push(`  hook  ${step.title}`, `        ${step.command}`, `        exit ${a.exitCode}  ${a.stderr.split(' (decision')[0]!.split('. Do not')[0]}`);
  }

  // Two reviewers approve the legitimate production change; kiro's retry through exec runs it once.
  const deploy = ['kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy/payments.yaml'];
  const stubDir = join(dir, 'bin');
  mkdirSync(stubDir, { recursive: true });
  const stubOut = join(dir, 'kubectl.out');
  // The stub says which file it was given: exec runs it on a private copy of the approved bytes (A12).
  writeFileSync(join(stubDir, 'kubectl'), `#!/bin/sh\ncase "$5" in deploy/*) f="$5" ;; *) f="a private copy of the approved deploy/payments.yaml" ;; esac\necho "(demo stub) kubectl $1 $2 $3 $4 <$f>: deployment.apps/payments configured" >> '${stubOut}'\n`);
  chmodSync(join(stubDir, 'kubectl'), 0o755);
  const execEnv = { ...env.env, PATH: `${stubDir}:${process.env.PATH ?? ''}` };
  const first = await gate.decide({ kind: 'shell', command: deploy.join(' ') }, context);
  out.push('', `Legitimate change: ${deploy.join(' ')}`, `  exec  HOLD: request ${first.requestId} needs ${first.requiredApprovals} approvals from ${first.approverGroups.join(', ')}`);
  const view = await runtime.approvals.show(first.requestId!);
  for (const who of ['alice', 'bob']) {
    const r = await runtime.approvals.approve(view.id, (await runtime.identity.human(who))!, view.digest);
    out.push(`        ${who} approves: ${r.approvals} of ${r.required}${r.status === 'approved' ? ', approved' : ''}`);
  }
  const ran = await runExec({ argv: deploy, gate, inputGuard: createFsInputGuard(), env: execEnv, removed: env.removed, injected: env.injected, context, clock: { now: () => Date.now() }, sleep: async () => {}, waitMs: 0, progress: () => {}, log: () => {}, signals: new EventEmitter(), cwd: ws });
  ok &&= ran.kind === 'ran' && ran.exitCode === 0;
  out.push(`  exec  retry: ${ran.kind === 'ran' ? `ran once (exit ${ran.exitCode}); request is now ${(await runtime.approvals.show(view.id)).status}` : ran.kind}`);
  out.push(...readFileSync(stubOut, 'utf8').trim().split('\n').map((l) => `        ${l}`));
  const again = await gate.decide({ kind: 'shell', command: deploy.join(' ') }, context);
  ok &&= again.effect === 'hold' && again.requestId !== first.requestId;
  out.push(`  exec  the same command again: ${again.effect.toUpperCase()}, a new request ${again.requestId} (approvals are single-use)`);
  // A12: the approval bound the manifest's bytes; after two approvals kiro swaps the manifest.
  const second = await runtime.approvals.show(again.requestId!);
  for (const who of ['alice', 'bob']) await runtime.approvals.approve(second.id, (await runtime.identity.human(who))!, second.digest);
  writeFileSync(join(ws, 'deploy', 'payments.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n');
  const swapped = await gate.decide({ kind: 'shell', command: deploy.join(' ') }, context);
  ok &&= swapped.effect === 'hold' && swapped.requestId !== second.id;
  out.push(`  exec  approved again, then the manifest is swapped: ${swapped.effect.toUpperCase()}, a new request ${swapped.requestId} (the approval bound the file's bytes)`);
  return { ok, text: `${out.join('\n')}\n` };
}
