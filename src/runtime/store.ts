import { accessSync, chmodSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { createApprovalService, type ApprovalService, type ApprovalServiceOptions } from '../approvals/index.ts';
import { openAuditLog, createEd25519Signer, generateSigningKey, verifyAudit, META_LOG_ID, META_PUBLIC_KEY, type AuditLog, type VerifyOptions, type VerifyReport } from '../audit/index.ts';
import { PortcullisError, randomIds, type Agent, type Clock, type Human, type IdGenerator } from '../core/index.ts';
import { createIdentityService, type IdentityService } from '../identity/index.ts';
import { parseStoreUrl, redact, type Store } from '../store/index.ts';
import { openSqliteStore } from '../store/sqlite/index.ts';

export interface OpenStoreOptions {
  /** Directory that relative `sqlite:` paths and the default key file resolve against (the config's). */
  baseDir?: string;
  clock?: Clock;
  ids?: IdGenerator;
  /** Ed25519 PKCS#8 PEM file for checkpoints; created (mode 0600) when missing. null: no checkpoints. */
  auditKeyFile?: string | null;
  checkpointEvery?: number;
  checkpointIntervalMs?: number;
  groupCommit?: boolean;
  /** F8: longest one store statement may take (PostgreSQL; default 5 s). */
  queryTimeoutMs?: number;
  /** L8: told once when an I/O error makes the store unusable; a server stops and exits. */
  onFatal?: (err: PortcullisError) => void;
  /** L8: refuse a damaged audit tail at open (default true); `audit` inspection commands pass false. */
  checkAuditAtOpen?: boolean;
  /** Principals declared in the config (the store's records override them). */
  humans?: readonly Human[];
  agents?: readonly Agent[];
  /** The names the config defines; identities that use another are refused (see `configNames`). */
  names?: { roles: readonly string[]; environments: readonly string[]; groups: readonly string[] };
  approvals?: Pick<ApprovalServiceOptions, 'pendingTtlMs' | 'executeWindowMs' | 'executionLeaseMs' | 'deniedCooldownMs' | 'soloOperatorApproval' | 'breakGlassGroup' | 'events' | 'storeClock'>;
}

export interface OpenedStore {
  store: Store;
  /** The gateway's `AuditSink`, and the log that `audit verify|tail|export|checkpoint` read. */
  audit: AuditLog;
  /** The gateway's `Directory`, and token authentication for the CLI and HTTP adapters. */
  identity: IdentityService;
  /** The gateway's `ApprovalGate`, and the reviewer operations. */
  approvals: ApprovalService;
  /** Recomputes the chain, the Merkle roots and every checkpoint (L5). */
  verify(options?: VerifyOptions): Promise<VerifyReport>;
  close(): Promise<void>;
}

const systemClock: Clock = { now: () => Date.now() };

/** Opens the backend a store URL selects (migrating it) without the audit log. */
export async function openBareStore(url: string, baseDir?: string, options: { queryTimeoutMs?: number; onFatal?: (err: PortcullisError) => void } = {}): Promise<Store> {
  const where = parseStoreUrl(url, baseDir);
  if (where.kind === 'sqlite') return openSqliteStore({ file: where.file, ...(options.onFatal ? { onFatal: options.onFatal } : {}) });
  const { openPostgresStore } = await import('../store/postgres/index.ts');
  return openPostgresStore({ connectionString: where.url, schema: where.schema ?? 'public', ...(options.queryTimeoutMs !== undefined ? { queryTimeoutMs: options.queryTimeoutMs } : {}) });
}

/**
 * SECURITY (L8): the audit key and the store it signs exist together or not at all. Neither is a
 * first start (both are created); one without the other is a lost or replaced store, or a missing
 * key, and is refused rather than quietly starting a fresh log beside the old key (history gone).
 */
async function checkKeyAndStoreTogether(store: Store, keyFile: string, url: string): Promise<void> {
  const keyExists = existsSync(keyFile);
  const { logId, pinnedKey } = await store.read(async (tx) => ({ logId: await tx.getMeta(META_LOG_ID), pinnedKey: await tx.getMeta(META_PUBLIC_KEY) }));
  if (keyExists && logId === null) {
    throw new PortcullisError('store_corrupt', `the audit key \`${keyFile}\` exists but the store \`${redact(url)}\` has no audit log`, {
      hint: 'refusing to start a new, empty log beside the old key (L8). Restore the store from its backup; only to start over on purpose, move the key file away first (the old history stays in your backups)',
    });
  }
  if (!keyExists && pinnedKey !== null) {
    throw new PortcullisError('store_corrupt', `the store's audit log is signed by a key, but the key file \`${keyFile}\` is missing`, {
      hint: 'restore the key file (mode 0600) from your backup, or copy it from another replica; a new key cannot continue this log',
    });
  }
}

/**
 * Whether the store a config names can be reached now, said in one line; `store_unavailable`
 * when not. A SQLite file that does not exist yet is fine when its folder is writable (it is created
 * at first use); nothing is created here. Bounded in time (F5).
 */
export async function checkStore(url: string, baseDir: string, timeoutMs = 10_000): Promise<string> {
  const where = parseStoreUrl(url, baseDir);
  if (where.kind === 'sqlite' && !existsSync(where.file)) {
    try {
      accessSync(dirname(where.file), constants.W_OK);
    } catch {
      throw new PortcullisError('store_unavailable', `store \`${url}\`: the folder of \`${where.file}\` does not exist or is not writable`, { hint: 'create the folder, or point `store:` elsewhere' });
    }
    return `store ${url}: not created yet (created at first use; its folder is writable)`;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = (async () => {
    const store = await openBareStore(url, baseDir);
    try {
      return (await store.read((tx) => tx.auditHead()))?.seq ?? 0;
    } finally {
      await store.close();
    }
  })();
  try {
    const size = await Promise.race([opening, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs); })]);
    return `store ${where.kind === 'postgres' ? redact(url) : url}: reachable, ${size} audit ${size === 1 ? 'entry' : 'entries'}`;
  } catch (err) {
    opening.catch(() => undefined);
    const e = err instanceof PortcullisError ? err : null;
    throw new PortcullisError('store_unavailable', `store \`${where.kind === 'postgres' ? redact(url) : url}\` is not reachable: ${e ? e.message : err instanceof Error ? err.message : String(err)}`, { hint: e?.hint ?? 'check the URL, that the database runs and accepts this user (docs/operations.md: PostgreSQL)' });
  } finally {
    clearTimeout(timer);
  }
}

function loadSigner(file: string) {
  if (!existsSync(file)) {
    writeFileSync(file, generateSigningKey(), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  return createEd25519Signer(readFileSync(file, 'utf8'));
}

/**
 * Opens the store selected by `url` (`sqlite:./portcullis.db` relative to `baseDir`, or
 * `postgres://user@host/db?schema=name`), runs its migrations and opens the audit log on it.
 * Rejects with `store_unavailable` when the backend cannot be reached.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const baseDir = options.baseDir ?? process.cwd();
  const store = await openBareStore(url, baseDir, {
    ...(options.queryTimeoutMs !== undefined ? { queryTimeoutMs: options.queryTimeoutMs } : {}),
    ...(options.onFatal ? { onFatal: options.onFatal } : {}),
  });
  try {
    const keyFile = options.auditKeyFile === undefined ? resolve(baseDir, 'portcullis-audit.key') : options.auditKeyFile;
    if (keyFile !== null) await checkKeyAndStoreTogether(store, isAbsolute(keyFile) ? keyFile : resolve(baseDir, keyFile), url);
    const signer = keyFile === null ? undefined : loadSigner(isAbsolute(keyFile) ? keyFile : resolve(baseDir, keyFile));
    const audit = await openAuditLog({
      store,
      clock: options.clock ?? systemClock,
      ids: options.ids ?? randomIds,
      ...(signer ? { signer } : {}),
      ...(options.checkpointEvery !== undefined ? { checkpointEvery: options.checkpointEvery } : {}),
      ...(options.checkpointIntervalMs !== undefined ? { checkpointIntervalMs: options.checkpointIntervalMs } : {}),
      ...(options.groupCommit !== undefined ? { groupCommit: options.groupCommit } : {}),
      ...(options.checkAuditAtOpen === false ? { checkAtOpen: false } : {}),
    });
    const clock = options.clock ?? systemClock;
    const ids = options.ids ?? randomIds;
    let approvals: ApprovalService | null = null;
    const identity = createIdentityService({
      store, audit, clock, humans: options.humans ?? [], agents: options.agents ?? [], ...(options.names ? { names: options.names } : {}),
      onHumanRevoked: (tx, id, actor) => (approvals as ApprovalService).cancelForOperatorInTx(tx, id, actor),
    });
    approvals = createApprovalService({ store, audit, clock, ids, principals: identity, ...(options.approvals ?? {}) });
    return { store, audit, identity, approvals, verify: (o) => verifyAudit(store, o), close: async () => { await audit.settled(); await store.close(); } };
  } catch (err) {
    await store.close();
    throw err;
  }
}
