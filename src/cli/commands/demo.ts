import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SCENARIOS, configTemplate, openRuntime, type Decision } from '../../runtime/index.ts';
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
  const rows: Array<{ n: number; title: string; agent: string; expect: string; decision: Decision }> = [];
  try {
    for (const [i, s] of DEMO_SCENARIOS.entries()) {
      const decision = await runtime.gateway.decide({ agentId: s.agent, action: s.action, context: s.context });
      rows.push({ n: i + 1, title: s.title, agent: s.agent, expect: s.expect, decision });
    }
    const verified = await runtime.verifyAudit();
    const wrong = rows.filter((r) => r.decision.effect !== r.expect);
    if (values.json) {
      io.stdout(`${JSON.stringify({ scenarios: rows.map((r) => ({ title: r.title, agent: r.agent, expected: r.expect, decision: r.decision })), audit: verified }, null, 2)}\n`);
    } else {
      io.stdout(renderTable(rows));
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
