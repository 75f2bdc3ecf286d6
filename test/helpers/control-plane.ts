import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionEnvelope, ActionFacts, Agent, Clock, Human, IdGenerator } from '../../src/core/index.ts';
import { digestOf, opaqueFacts } from '../../src/core/index.ts';
import { openStore, type OpenedStore, type OpenStoreOptions } from '../../src/runtime/store.ts';

export interface FakeClock extends Clock {
  set(t: number): void;
  advance(ms: number): void;
}

export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let t = start;
  return { now: () => t, set: (v) => (t = v), advance: (ms) => (t += ms) };
}

export function counterIds(): IdGenerator {
  let n = 0;
  return { next: (prefix = '') => `${prefix}${++n}` };
}

export const HUMANS: Human[] = [
  { kind: 'human', id: 'olga', groups: ['dev', 'sre'] },
  { kind: 'human', id: 'alice', groups: ['sre'] },
  { kind: 'human', id: 'bob', groups: ['sre'] },
  { kind: 'human', id: 'carol', groups: ['dev'] },
];
export const AGENTS: Agent[] = [{ kind: 'agent', id: 'kiro', role: 'developer', operator: 'olga', homeEnvironment: 'dev' }];

export interface ControlPlane extends OpenedStore {
  clock: FakeClock;
  dir: string;
  dispose(): Promise<void>;
}

/** A real SQLite-backed control plane (store, audit, identity, approvals) with injected time and ids. */
export async function controlPlane(options: Partial<OpenStoreOptions> & { url?: string } = {}): Promise<ControlPlane> {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-cp-'));
  const clock = fakeClock();
  const opened = await openStore(options.url ?? 'sqlite:./portcullis.db', { baseDir: dir, clock, ids: counterIds(), humans: HUMANS, agents: AGENTS, checkpointEvery: 1000, checkpointIntervalMs: 3_600_000, ...options });
  return {
    ...opened,
    clock,
    dir,
    dispose: async () => {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function envelope(command: string, agent = 'kiro', operator = 'olga'): ActionEnvelope {
  return { agent, operator, action: { kind: 'shell', command }, context: { cwd: '/srv/app' }, policySetHash: 'sha256:policy' };
}

export function holdInput(command: string, required = 2, approverGroups: string[] = ['sre']) {
  const env = envelope(command);
  const facts: ActionFacts = opaqueFacts(`shell: ${command}`, { code: 'test', message: 'test facts' });
  return { envelope: env, digest: digestOf(env), facts, requiredApprovals: required, approverGroups, policies: ['prod-needs-two'] };
}

/**
 * An audit key file of its own for the store at `url` (A13: votes are signed with it), so several
 * stores in one folder never meet a key that belongs to another one.
 */
export function auditKeyFor(dir: string, url: string): string {
  return join(dir, `audit-${createHash('sha256').update(url).digest('hex').slice(0, 12)}.key`);
}
