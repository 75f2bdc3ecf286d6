import { dirname } from 'node:path';
import { PortcullisError, randomIds, type Clock, type IdGenerator } from '../core/index.ts';
import type { Config, ConfigWarning } from '../config/index.ts';
import { createClassifier, type Classifier } from '../classify/index.ts';
import type { PolicyEngine } from '../policy/index.ts';
import { createGateway, type ApprovalGate, type AuditSink, type Directory, type Gateway } from '../gateway/index.ts';
import type { Agent, Human } from '../core/index.ts';
import { loadConfigFile, loadPoliciesOrThrow, createFsInputReader, createFsPathResolver, systemClock } from '../os/index.ts';

/** Config and policies, loaded and validated: what every command needs before anything runs (F2). */
export interface Setup {
  config: Config;
  warnings: ConfigWarning[];
  engine: PolicyEngine;
  classifier: Classifier;
}

export async function loadSetup(configPath: string, cwd: string): Promise<Setup> {
  const { config, warnings } = loadConfigFile(configPath, cwd);
  const engine = loadPoliciesOrThrow(config.policies, dirname(config.file));
  const classifier = await createClassifier({ mcp: { mappings: [...config.mcpMappings] } });
  return { config, warnings, engine, classifier };
}

const notAvailable = (what: string) => () => Promise.reject(new PortcullisError('internal_error', `${what} is not available in a dry evaluation`));

/**
 * A gateway for dry evaluation only (`policy test`): `evaluate()` works; `decide()` has no store,
 * so it denies (it can neither record nor ask for approvals).
 */
export function dryGateway(setup: Setup, directory?: Directory): Gateway {
  const audit: AuditSink = { append: notAvailable('the audit log') };
  const approvals: ApprovalGate = { hold: notAvailable('the approval store') };
  return createGateway({
    classifier: setup.classifier,
    engine: () => setup.engine,
    inventory: setup.config.inventory,
    directory: directory ?? configDirectory(setup.config.agents, setup.config.humans),
    audit,
    approvals,
    inputs: createFsInputReader(),
    paths: createFsPathResolver(() => [...setup.config.inventory.controlPlanePaths, ...(setup.config.inventory.controlPlaneSecrets ?? [])]),
    clock: systemClock,
    ids: randomIds,
  });
}

export interface RuntimeOptions {
  configPath: string;
  cwd: string;
  clock?: Clock;
  ids?: IdGenerator;
  /** Overrides the config's store URL (the demo's throw-away store). */
  storeUrl?: string;
  /** Where webhook secrets are read from (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Told about each webhook delivery that finally failed. */
  onWebhookFailure?: (url: string, event: { kind: string; requestId: string }, problem: string) => void;
  /**
   * Overrides `server.deadline` (F8). Tests that are not about deadlines set it long, so a busy
   * machine never turns their holds into timeout denies.
   */
  deadlineMs?: number;
  /**
   * How old the brake switches may be before every decision is denied (default 2 s, F1). Tests that
   * are not about it set it long: a starved test process must not read as a store outage.
   */
  brakesStaleAfterMs?: number;
  /** L8: told once when an I/O error makes the store unusable (`serve` stops and exits for its supervisor). */
  onStoreFailed?: (err: PortcullisError) => void;
  /** Webhook retries (default 5 attempts, 500 ms doubling); tests shorten them. */
  webhookRetry?: { maxAttempts?: number; baseDelayMs?: number };
  /** How long `close()` waits for webhook deliveries still queued or retrying (default 10 s). */
  notifyDrainMs?: number;
}

/** Principals declared in the config only (dry evaluation has no store). */
function configDirectory(agents: readonly Agent[], humans: readonly Human[]): Directory {
  const a = new Map(agents.map((x) => [x.id, x]));
  const h = new Map(humans.map((x) => [x.id, x]));
  return { agent: async (id) => a.get(id) ?? null, human: async (id) => h.get(id) ?? null };
}
