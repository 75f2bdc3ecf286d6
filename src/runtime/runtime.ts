import { dirname } from 'node:path';
import { randomIds } from '../core/index.ts';
import { createGateway, type Gateway } from '../gateway/index.ts';
import { verifyAudit, type AuditLog, type VerifyReport } from '../audit/index.ts';
import type { ApprovalService } from '../approvals/index.ts';
import type { IdentityService } from '../identity/index.ts';
import type { Store } from '../store/index.ts';
import { loadSetup, systemClock, type RuntimeOptions, type Setup } from './setup.ts';
import { configNames, openStore } from './store.ts';
import { createBrakeService, type BrakeService } from '../brakes/index.ts';
import { createNotifier, type Notifier } from '../notify/index.ts';
import type { ControlPlane } from '../gateway/index.ts';
import { createRuntimeControlPlane, notifyingGate } from './control-plane.ts';

/** Everything assembled: the one place that knows how the parts fit (ARCHITECTURE.md rule 7). */
export interface Runtime extends Setup {
  gateway: Gateway;
  store: Store;
  audit: AuditLog;
  approvals: ApprovalService;
  identity: IdentityService;
  /** Kill switches, budgets and shadow mode, shared by every replica on the store. */
  brakes: BrakeService;
  /** Webhooks on held / approved / rejected / expired. */
  notifier: Notifier;
  /** What reviewer and admin adapters use; `sweepExpired` moves due requests to EXPIRED. */
  control: ControlPlane & { sweepExpired(): Promise<string[]> };
  /** F8: the request deadline in force (config, or the caller's override) and the admission limits. */
  limits: { deadlineMs: number; readyTimeoutMs: number; maxInFlight: number; maxInFlightPerAgent: number };
  /** Sets the address webhook links point at (the server knows it once it listens). */
  setPublicUrl(url: string | null): void;
  /** Recomputes the whole audit chain and its checkpoints (L5). */
  verifyAudit(): Promise<VerifyReport>;
  close(): Promise<void>;
}

/**
 * config → policies → classifier → store → audit → identity → approvals → gateway. Refuses (throws
 * a coded error) when the config or any policy is invalid or the store cannot be opened: nothing
 * starts half-configured (F2). The loaded policy set's hash is recorded in the audit log before the
 * first decision.
 */
export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
  const setup = await loadSetup(options.configPath, options.cwd);
  const { config, engine, classifier } = setup;
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const limits = {
    deadlineMs: options.deadlineMs ?? config.server.deadlineMs,
    readyTimeoutMs: config.server.readyTimeoutMs,
    maxInFlight: config.server.maxInFlight,
    maxInFlightPerAgent: config.server.maxInFlightPerAgent,
  };
  const opened = await openStore(options.storeUrl ?? config.store, {
    baseDir: dirname(config.file),
    clock,
    ids,
    // F8: a statement never outlives the request that waits for it
    queryTimeoutMs: limits.deadlineMs,
    humans: config.humans,
    agents: config.agents,
    names: configNames(config),
    approvals: { pendingTtlMs: config.approvals.pendingTtlMs, executeWindowMs: config.approvals.approvedTtlMs, soloOperatorApproval: config.approvals.solo, breakGlassGroup: config.server.adminGroup },
  });
  try {
    // F2: the policy set in force is on the record before anything is decided with it.
    await opened.audit.append({ type: 'policy_loaded', actor: 'system', body: { hash: engine.hash, policies: engine.policies.map((p) => p.id), config: config.file } });
    let publicUrl = config.server.publicUrl;
    const env = options.env ?? process.env;
    const notifier = createNotifier({
      clock,
      // a webhook whose secret variable is unset is skipped rather than sent unsigned
      webhooks: config.notifications.webhooks.flatMap((w) => (env[w.secretEnv] ? [{ url: w.url, secret: env[w.secretEnv]!, events: w.events }] : [])),
      onFailure: options.onWebhookFailure ?? (() => undefined),
      ...(options.webhookRetry ?? {}),
    });
    const brakes = createBrakeService({ store: opened.store, audit: opened.audit, clock, ids, budgetPerHour: config.brakes.destructivePerHour });
    await brakes.start();
    const gateway = createGateway({
      classifier,
      engine: () => engine,
      inventory: config.inventory,
      directory: opened.identity,
      audit: opened.audit,
      approvals: notifyingGate(opened.approvals, { clock, notifier, pendingTtlMs: config.approvals.pendingTtlMs, publicUrl: () => publicUrl }),
      brakes,
      clock,
      ids,
      // F8: each store call gets at most half the deadline, so a hung store still ends in an
      // audited deny (or, if the audit append hangs too, the HTTP deadline's 503) in time
      portTimeoutMs: Math.floor(limits.deadlineMs / 2),
    });
    const control = createRuntimeControlPlane({ config, store: opened.store, clock, identity: opened.identity, approvals: opened.approvals, brakes, notifier, publicUrl: () => publicUrl });
    return {
      ...setup, limits, gateway, store: opened.store, audit: opened.audit, approvals: opened.approvals, identity: opened.identity, brakes, notifier, control,
      setPublicUrl: (url) => (publicUrl = url),
      verifyAudit: () => verifyAudit(opened.store),
      close: async () => {
        brakes.stop();
        await opened.close();
      },
    };
  } catch (err) {
    await opened.close();
    throw err;
  }
}
