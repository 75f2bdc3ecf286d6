import { dirname } from 'node:path';
import { randomIds, type Clock, type IdGenerator } from '../core/index.ts';
import { createGateway, type Gateway, type PathResolver } from '../gateway/index.ts';
import { verifyAudit, type AuditLog, type VerifyReport } from '../audit/index.ts';
import type { ApprovalEvents, ApprovalService } from '../approvals/index.ts';
import type { IdentityService } from '../identity/index.ts';
import type { Store } from '../store/index.ts';
import { configNames, type Config } from '../config/index.ts';
import { loadSetup, type RuntimeOptions, type Setup } from './setup.ts';
import { openStore, type OpenedStore } from './store.ts';
import { createBrakeService, twoAdminShadowFor, type BrakeService } from '../brakes/index.ts';
import { createNotifier, type Notifier } from '../notify/index.ts';
import { createControlPlane, type ControlPlane } from '../control/index.ts';
import { loadConfigFile, agentUsers, createFsInputReader, createFsPathResolver, createSteadyClock, systemClock, type SteadyClock } from '../os/index.ts';

/** Everything assembled: the one place that knows how the parts fit (ARCHITECTURE.md rule 7). */
export interface Runtime extends Setup {
  gateway: Gateway;
  /** D8: the gateway's path resolver (what a path leads to, what the agent's Unix user can change), for the hook's session check. */
  paths: PathResolver;
  store: Store;
  audit: AuditLog;
  approvals: ApprovalService;
  identity: IdentityService;
  /** Kill switches, budgets and shadow mode, shared by every replica on the store. */
  brakes: BrakeService;
  /** Webhooks on held / approved / rejected / expired (approvals/ tells it, whatever the door). */
  notifier: Notifier;
  /** Everything a human does: the HTTP reviewer API, the UI and the CLI call this. */
  control: ControlPlane;
  /** A5: moves due requests to EXPIRED (exactly once across replicas; the webhooks hear of each). */
  sweepExpired(): Promise<string[]>;
  /**
   * L9: compares the wall clock with the steady clock this runtime measures time on; a step beyond
   * 2 s is appended to the audit log (`clock_step`) and returned. Null when there was none, or when
   * the caller injected its own clock.
   */
  checkClock(): Promise<{ stepMs: number; wall: number; steady: number; seq: number } | null>;
  /** F8: the request deadline in force (config, or the caller's override) and the admission limits. */
  limits: { deadlineMs: number; readyTimeoutMs: number; maxInFlight: number; maxInFlightPerAgent: number };
  /** Sets the address webhook links point at (the server knows it once it listens). */
  setPublicUrl(url: string | null): void;
  /** Recomputes the whole audit chain and its checkpoints (L5). */
  verifyAudit(): Promise<VerifyReport>;
  /** Stops the brakes' poll, waits (bounded) for queued webhook deliveries, closes the store. */
  close(): Promise<void>;
}

/** How long `close()` waits for webhook deliveries still queued or retrying (default 10 s). */
const NOTIFY_DRAIN_MS = 10_000;

/** The webhooks a config names, with the reviewer link added to each approval event. */
function notifications(config: Config, options: Pick<RuntimeOptions, 'env' | 'onWebhookFailure' | 'webhookRetry'>, clock: Clock, publicUrl: () => string | null): { notifier: Notifier; events: ApprovalEvents } {
  const env = options.env ?? process.env;
  const notifier = createNotifier({
    clock,
    // a webhook whose secret variable is unset is skipped rather than sent unsigned
    webhooks: config.notifications.webhooks.flatMap((w) => (env[w.secretEnv] ? [{ url: w.url, secret: env[w.secretEnv]!, events: w.events }] : [])),
    onFailure: options.onWebhookFailure ?? (() => undefined),
    ...(options.webhookRetry ?? {}),
  });
  const events: ApprovalEvents = {
    emit(e) {
      const url = publicUrl();
      notifier.notify({ ...e, url: url ? `${url}/ui/requests/${encodeURIComponent(e.requestId)}` : null });
    },
  };
  return { notifier, events };
}

/** Waits for the notifier's queue, at most `ms`: a short-lived CLI must not drop a retry, nor hang on one. */
async function drain(notifier: Notifier, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([notifier.settled(), new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/**
 * `injected`: the caller passed its own clock (tests), which then measures every time-to-live;
 * otherwise a store with a clock of its own (PostgreSQL) measures them, the same for every replica (L9).
 */
function storeOptions(config: Config, clock: Clock, injected: boolean, ids: IdGenerator, events: ApprovalEvents) {
  return {
    baseDir: dirname(config.file),
    clock,
    ids,
    humans: config.humans,
    agents: config.agents,
    names: configNames(config),
    approvals: { pendingTtlMs: config.approvals.pendingTtlMs, executeWindowMs: config.approvals.approvedTtlMs, executionLeaseMs: config.approvals.executionLeaseMs, soloOperatorApproval: config.approvals.solo, breakGlassGroup: config.server.adminGroup, events, storeClock: !injected },
  };
}

function controlPlaneOver(config: Config, opened: OpenedStore, brakes: BrakeService, clock: Clock): ControlPlane {
  const oidc = config.server.oidc ? { issuer: config.server.oidc.issuer, subjects: config.server.oidc.subjects } : null;
  return createControlPlane({
    store: opened.store, clock, identity: opened.identity, approvals: opened.approvals, brakes, adminGroup: config.server.adminGroup, soloOperatorApproval: config.approvals.solo, oidc,
    inventory: config.inventory, executeWindowMs: config.approvals.approvedTtlMs,
  });
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
  // L9: time-to-live runs on the monotonic clock within this process, whatever the wall clock does
  const steady = options.clock ? null : createSteadyClock();
  const clock = options.clock ?? (steady as SteadyClock);
  const ids = options.ids ?? randomIds;
  const limits = {
    deadlineMs: options.deadlineMs ?? config.server.deadlineMs,
    readyTimeoutMs: config.server.readyTimeoutMs,
    maxInFlight: config.server.maxInFlight,
    maxInFlightPerAgent: config.server.maxInFlightPerAgent,
  };
  let publicUrl = config.server.publicUrl;
  const { notifier, events } = notifications(config, options, clock, () => publicUrl);
  // F8: a statement never outlives the request that waits for it; L8: an I/O error stops the store
  const opened = await openStore(options.storeUrl ?? config.store, {
    ...storeOptions(config, clock, options.clock !== undefined, ids, events),
    queryTimeoutMs: limits.deadlineMs,
    ...(options.onStoreFailed ? { onFatal: options.onStoreFailed } : {}),
  });
  try {
    // F2: the policy set in force is on the record before anything is decided with it.
    await opened.audit.append({ type: 'policy_loaded', actor: 'system', body: { hash: engine.hash, policies: engine.policies.map((p) => p.id), config: config.file } });
    const brakes = createBrakeService({
      store: opened.store, audit: opened.audit, clock, ids, budgetPerHour: config.brakes.destructivePerHour, freezeAfterDenials: config.brakes.freezeAfterDenials, twoAdminShadow: twoAdminShadowFor(config.inventory.environments), adminGroup: config.server.adminGroup,
      ...(options.brakesStaleAfterMs !== undefined ? { staleAfterMs: options.brakesStaleAfterMs } : {}),
    });
    await brakes.start();
    const paths = createFsPathResolver(() => [...config.inventory.controlPlanePaths, ...(config.inventory.controlPlaneSecrets ?? [])], { agentUser: agentUsers(config.agentUnixUsers) });
    const decider = createGateway({
      classifier,
      engine: () => engine,
      inventory: config.inventory,
      directory: opened.identity,
      audit: opened.audit,
      approvals: opened.approvals,
      brakes,
      inputs: createFsInputReader(),
      paths,
      clock,
      ids,
      // F8: each store call gets at most half the deadline, so a hung store still ends in an
      // audited deny (or, if the audit append hangs too, the HTTP deadline's 503) in time
      portTimeoutMs: Math.floor(limits.deadlineMs / 2),
    });
    // one decision's principal lookups share the rows read for it (the agent's read fetches the
    // operator that the gateway then asks for): one store round trip fewer per decision
    const once = <T>(fn: () => Promise<T>) => opened.identity.withinDecision(fn);
    const gateway: Gateway = {
      ...decider,
      decide: (req) => once(() => decider.decide(req)),
      evaluate: (req) => once(() => decider.evaluate(req)),
      neverAllowed: (agentId, server, tool) => once(() => decider.neverAllowed(agentId, server, tool)),
    };
    const control = controlPlaneOver(config, opened, brakes, clock);
    return {
      ...setup, limits, gateway, paths, store: opened.store, audit: opened.audit, approvals: opened.approvals, identity: opened.identity, brakes, notifier, control,
      sweepExpired: () => opened.approvals.expireDue(),
      setPublicUrl: (url) => (publicUrl = url),
      checkClock: async () => {
        const step = steady?.check();
        if (!step) return null;
        const entry = await opened.audit.append({ type: 'clock_step', actor: 'system', body: { stepMs: step.stepMs, wall: step.wall, steady: step.steady } });
        return { ...step, seq: entry.seq };
      },
      verifyAudit: () => verifyAudit(opened.store),
      close: async () => {
        brakes.stop();
        await drain(notifier, options.notifyDrainMs ?? NOTIFY_DRAIN_MS);
        await opened.close();
      },
    };
  } catch (err) {
    await opened.close();
    throw err;
  }
}

/** The control plane alone, for the CLI's human commands: no policies, classifier or gateway. */
export interface ControlSession {
  control: ControlPlane;
  /** The store and its audit log, for `audit verify|tail|export|checkpoint` (local reads, no token). */
  opened: OpenedStore;
  config: Config;
  /** Waits (bounded) for queued webhook deliveries, then closes the store. */
  close(): Promise<void>;
}

/**
 * Opens the store of the config at `configPath` and assembles the same control plane the server
 * uses (with its webhooks), so a CLI vote is the same vote as one through the API.
 */
export async function openControlSession(options: Omit<RuntimeOptions, 'storeUrl'> & { checkAuditAtOpen?: boolean }): Promise<ControlSession> {
  const { config } = loadConfigFile(options.configPath, options.cwd);
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const { notifier, events } = notifications(config, options, clock, () => config.server.publicUrl);
  const opened = await openStore(config.store, { ...storeOptions(config, clock, options.clock !== undefined, ids, events), ...(options.checkAuditAtOpen === false ? { checkAuditAtOpen: false } : {}) });
  try {
    const brakes = createBrakeService({ store: opened.store, audit: opened.audit, clock, ids, budgetPerHour: config.brakes.destructivePerHour, freezeAfterDenials: config.brakes.freezeAfterDenials, twoAdminShadow: twoAdminShadowFor(config.inventory.environments), adminGroup: config.server.adminGroup });
    // read once, not polled: a CLI command lives for one answer
    await brakes.refresh();
    return {
      control: controlPlaneOver(config, opened, brakes, clock),
      opened,
      config,
      close: async () => {
        await drain(notifier, options.notifyDrainMs ?? NOTIFY_DRAIN_MS);
        await opened.close();
      },
    };
  } catch (err) {
    await opened.close();
    throw err;
  }
}
