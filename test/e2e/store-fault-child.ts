/**
 * A child process for the fault tests: works against a real store until it is killed with SIGKILL,
 * printing one line per acknowledged (committed) operation.
 *   node store-fault-child.ts append URL DIR          appends audit entries forever
 *   node store-fault-child.ts approvals URL DIR       holds, approves and consumes requests forever
 *   node store-fault-child.ts approve URL DIR REQ WHO approves REQ as WHO once, after "go" on stdin
 */
import { openStore } from '../../src/runtime/store.ts';
import { AGENTS, HUMANS, auditKeyFor, holdInput } from '../helpers/control-plane.ts';
import { untypedEntry } from '../helpers/audit-entry.ts';

const [mode, url, dir, requestId, who] = process.argv.slice(2);
const opened = await openStore(url as string, { baseDir: dir as string, humans: HUMANS, agents: AGENTS, auditKeyFile: auditKeyFor(dir as string, url as string) });
const say = (line: string) => process.stdout.write(`${line}\n`);

if (mode === 'append') {
  say('ready');
  for (let i = 0; ; i++) {
    const { seq } = await opened.audit.append(untypedEntry('decision', 'agent:kiro', { i, effect: 'deny' }));
    say(`ack ${seq}`);
  }
} else if (mode === 'approvals') {
  say('ready');
  for (let i = 0; ; i++) {
    const input = holdInput(`terraform apply prod #${process.pid}-${i}`);
    const held = await opened.approvals.hold(input);
    say(`held ${held.requestId}`);
    for (const h of ['alice', 'bob']) {
      await opened.approvals.approve(held.requestId, { kind: 'human', id: h, groups: ['sre'] }, input.digest);
      say(`approved ${held.requestId} ${h}`);
    }
    const consumed = await opened.approvals.hold(input);
    say(`consumed ${held.requestId} ${consumed.status}`);
  }
} else if (mode === 'approve') {
  const view = await opened.approvals.show(requestId as string);
  say('ready');
  // wait for the parent's go, so both children race for the write lock
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  try {
    const r = await opened.approvals.approve(view.id, { kind: 'human', id: who as string, groups: ['sre'] }, view.digest);
    say(`result ${r.status} ${r.approvals}`);
  } catch (err) {
    say(`refused ${(err as Error).message}`);
  }
  await opened.close();
  process.exit(0);
}
