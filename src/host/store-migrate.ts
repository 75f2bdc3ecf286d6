import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { verifyAuditTx, type VerifyReport } from '../audit/index.ts';
import { PortcullisError } from '../core/index.ts';
import { copyStore, parseStoreUrl, redact, type CopyReport, type Store } from '../store/index.ts';
import { openBareStore, openStore } from '../runtime/index.ts';
import { loadConfigFile } from '../os/index.ts';

export interface MigrateReport {
  from: string;
  to: string;
  copied: CopyReport;
  /** The source's audit log, verified before the copy. */
  source: Extract<VerifyReport, { ok: true }>;
  /** The target's, verified inside the copy's transaction and again after it committed. */
  target: Extract<VerifyReport, { ok: true }>;
  keyFile: string;
}

/** A batch job: one statement may take longer than a decision's (a page of audit rows). */
const MIGRATE_QUERY_TIMEOUT_MS = 60_000;

/**
 * `portcullis store migrate --to URL`: copies the store the config names into the empty store at
 * `to` and proves the copy. Order of the checks:
 * 1. the source opens with the audit key beside the config (the key and log belong together, L8)
 *    and its whole log verifies: a damaged log is not carried over as if it were whole;
 * 2. one snapshot of the source (its write lock held, so a running server's writes wait) is copied
 *    into one transaction on the target, which refuses if it holds anything;
 * 3. before that transaction commits, the target's chain, Merkle roots and signed checkpoints are
 *    recomputed from the rows just written and must equal the source's (else nothing is committed);
 * 4. after the commit, the target is opened as a server would open it, with the same key file, and
 *    verified once more.
 */
export async function migrateStore(options: { configPath: string; cwd: string; to: string }): Promise<MigrateReport> {
  const { config } = loadConfigFile(options.configPath, options.cwd);
  const baseDir = dirname(config.file);
  const keyFile = resolve(baseDir, 'portcullis-audit.key');
  let where: ReturnType<typeof parseStoreUrl>;
  try {
    where = parseStoreUrl(options.to, baseDir);
  } catch (err) {
    throw new PortcullisError('request_invalid', `--to: ${(err as Error).message}`, { hint: 'e.g. --to "postgres://portcullis@db.internal:5432/portcullis?schema=portcullis"' });
  }
  const source = parseStoreUrl(config.store, baseDir);
  if (JSON.stringify(source) === JSON.stringify(where)) throw new PortcullisError('request_invalid', `--to names the store the config already uses (\`${redact(config.store)}\`)`, { hint: 'pass the URL of the new, empty store' });
  if (source.kind === 'sqlite' && !existsSync(source.file)) {
    throw new PortcullisError('store_unavailable', `the configured store \`${config.store}\` does not exist (\`${source.file}\`); there is nothing to migrate`, { hint: 'check --config; a new deployment starts on the new store directly' });
  }
  if (!existsSync(keyFile)) {
    throw new PortcullisError('store_corrupt', `the audit key \`${keyFile}\` is missing; the copy is verified with the key that signed the log`, { hint: 'restore the key file (mode 0600) beside the config, then migrate' });
  }

  const from = await openStore(config.store, { baseDir, auditKeyFile: keyFile });
  try {
    const before = await from.verify();
    if (!before.ok) {
      throw new PortcullisError('audit_corrupt', `the configured store's audit log does not verify (entry ${before.position}: ${before.problem}); nothing was copied`, { hint: 'run `portcullis audit verify`, restore the store from a backup, then migrate' });
    }
    let to: Store;
    try {
      to = await openBareStore(options.to, baseDir, { queryTimeoutMs: MIGRATE_QUERY_TIMEOUT_MS });
    } catch (err) {
      const e = err instanceof PortcullisError ? err : null;
      throw new PortcullisError('store_unavailable', `cannot open the target store \`${redact(options.to)}\`: ${e ? e.message : String(err)}; nothing was copied`, {
        hint: 'check the URL, that the database runs and accepts this user (password from PGPASSWORD or PGPASSFILE, TLS with sslmode=; docs/operations.md)',
        cause: err,
      });
    }
    let copied: CopyReport;
    try {
      copied = await from.store.transaction((src) =>
        to.transaction(async (dst) => {
          const report = await copyStore(src, dst);
          // SECURITY: the copy commits only if it proves to be the same log (nothing half-copied stays).
          sameLog(before, await verifyAuditTx(dst), 'before it was committed');
          return report;
        }),
      );
    } finally {
      await to.close();
    }
    // As a server would open it: key and log together, the pinned key is ours, the tail checks (L8).
    const reopened = await openStore(options.to, { baseDir, auditKeyFile: keyFile, queryTimeoutMs: MIGRATE_QUERY_TIMEOUT_MS });
    try {
      const after = await reopened.verify();
      const target = sameLog(before, after, 'after it was committed');
      return { from: config.store, to: options.to, copied, source: before, target, keyFile };
    } finally {
      await reopened.close();
    }
  } finally {
    await from.close();
  }
}

function sameLog(source: Extract<VerifyReport, { ok: true }>, target: VerifyReport, when: string): Extract<VerifyReport, { ok: true }> {
  if (!target.ok) throw new PortcullisError('audit_corrupt', `the copied audit log does not verify ${when} (entry ${target.position}: ${target.problem})`, { hint: 'nothing is lost on the source; report this, and drop the target schema before trying again' });
  if (target.size !== source.size || target.root !== source.root || target.logId !== source.logId || target.checkpoints !== source.checkpoints) {
    throw new PortcullisError('audit_corrupt', `the copied audit log differs from the source ${when} (${target.size} entries, root ${target.root}; source ${source.size}, root ${source.root})`, { hint: 'nothing is lost on the source; drop the target schema and migrate again' });
  }
  return target;
}
