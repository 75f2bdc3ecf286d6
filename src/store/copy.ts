import { PortcullisError } from '../core/index.ts';
import type { StoreTx } from './types.ts';

/** What `copyStore` copied, for the operator to read. */
export interface CopyReport {
  humans: number;
  agents: number;
  /** Requests per status (every request is copied: open ones, and closed ones for cooldowns and links). */
  requests: Record<string, number>;
  votes: number;
  auditEntries: number;
  checkpoints: number;
  brakeSwitches: number;
  spends: number;
  meta: string[];
}

/** What a store already holds, by kind; all zero for a store nothing was written to. */
export async function storeContents(tx: StoreTx): Promise<Record<string, number>> {
  return {
    'audit entries': (await tx.auditHead())?.seq ?? 0,
    checkpoints: (await tx.checkpoints()).length,
    identities: (await tx.listPrincipals()).length,
    requests: (await tx.listRequests({ limit: EVERY })).length,
    'brake switches': (await tx.brakeSwitches()).length,
    'budget spends': (await tx.spendRows(0)).length,
    'pinned values': (await tx.metaEntries()).length,
  };
}

/** Rows per audit read and insert: bounded memory and statement size whatever the log's length. */
const AUDIT_PAGE = 1000;
const EVERY = 2 ** 31 - 1;

/**
 * Copies everything a store holds from `from` into `to`, row for row and byte for byte: identities
 * (token hashes, revocations), requests with their votes, the audit chain (entries exactly as hashed,
 * signed checkpoints), brake switches, budget spends and pinned values (log id, public key, session
 * secret). `to` must be empty: two logs are never merged. Run it inside a transaction on each side,
 * so the copy is one snapshot of the source and all-or-nothing on the target.
 */
export async function copyStore(from: StoreTx, to: StoreTx): Promise<CopyReport> {
  const held = Object.entries(await storeContents(to)).filter(([, n]) => n > 0);
  if (held.length > 0) {
    // SECURITY: never merge into a store that has a history of its own (two chains, two key pins).
    throw new PortcullisError('store_conflict', `the target store already holds data (${held.map(([k, n]) => `${n} ${k}`).join(', ')}); nothing was copied`, {
      hint: 'migrate into an empty database or a new schema (e.g. `?schema=portcullis`); if it is what a failed earlier attempt left, drop that schema first',
    });
  }
  const meta = await from.metaEntries();
  for (const m of meta) await to.pinMeta(m.key, m.value);

  const principals = await from.listPrincipals();
  for (const p of principals) await to.insertPrincipal(p);

  const requests = await from.listRequests({ limit: EVERY });
  const byStatus: Record<string, number> = {};
  let votes = 0;
  for (const q of requests) {
    await to.insertRequest(q);
    byStatus[q.status] = (byStatus[q.status] ?? 0) + 1;
    for (const v of await from.votes(q.id)) {
      if (!(await to.putVote(v))) throw new PortcullisError('store_conflict', `vote of \`${v.humanId}\` on \`${q.id}\` could not be copied`, { hint: 'the target must be empty' });
      votes += 1;
    }
  }

  let entries = 0;
  for (let next = 1; ; ) {
    const page = await from.auditRange(next, AUDIT_PAGE);
    if (page.length > 0) await to.auditInsert(page);
    entries += page.length;
    if (page.length < AUDIT_PAGE) break;
    next = page.at(-1)!.seq + 1;
  }
  const checkpoints = await from.checkpoints();
  for (const c of checkpoints) await to.insertCheckpoint(c);

  const switches = await from.brakeSwitches();
  for (const b of switches) await to.putBrakeSwitch(b);
  const spends = await from.spendRows(0);
  for (const x of spends) await to.insertSpend(x);

  return {
    humans: principals.filter((p) => p.kind === 'human').length,
    agents: principals.filter((p) => p.kind === 'agent').length,
    requests: byStatus,
    votes,
    auditEntries: entries,
    checkpoints: checkpoints.length,
    brakeSwitches: switches.length,
    spends: spends.length,
    meta: meta.map((m) => m.key),
  };
}
