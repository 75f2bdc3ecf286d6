import { PortcullisError, sha256Hex, type Clock, type Decision, type IdGenerator } from '../core/index.ts';

/** One file exec hands over: the path as the action names it, and the bytes exec read. */
export interface StageFile {
  path: string;
  bytes: Uint8Array;
}

/** Where the verified copies went: one entry per file handed over, in order. */
export interface StagedInputs {
  stageId: string;
  files: Array<{ path: string; staged: string }>;
}

/**
 * Port: the folder the verified copies are written to. In a production install (the daemon) each
 * agent has one the service user owns, group the agent's own, mode 02750, files 0440: the agent's
 * user may read the copies and cannot change, rename or remove them, and no other agent can read
 * them (A12).
 *
 * Obligations: `write` writes every file or none (it removes what it wrote before rejecting) and
 * resolves with the paths in the order given; `remove` removes the stage's files and folder and
 * resolves also when they are already gone.
 */
export interface StagedInputStore {
  write(agent: string, stageId: string, files: readonly StageFile[]): Promise<string[]>;
  remove(agent: string, stageId: string): Promise<void>;
}

/**
 * A12 on the daemon's side: the bytes that run are the bytes that were approved, written where the
 * agent's own user cannot change them. The gateway's decisions with input files are remembered per
 * agent when they are answered (`remember`, only allows); `stage` checks every file handed over
 * against the sha256 the decision bound (the client's own hashes are never asked for) and writes
 * the copies. Each decision stages once.
 *
 * Errors (each a refusal, nothing is written): `not_found` for a decision that is not this agent's
 * remembered allow with inputs (another agent's, an unknown, a spent or an expired one look the
 * same: ids cannot be probed); `exec_input_changed` for bytes that differ or a path the decision did
 * not bind; `request_too_large` beyond the count or size bound (F8); `overloaded` beyond the stages
 * one agent may hold at once.
 */
export interface InputStaging {
  remember(agent: string, decision: Pick<Decision, 'effect' | 'decisionId' | 'requestId' | 'inputs'>): void;
  stage(agent: string, decisionId: string, files: readonly StageFile[]): Promise<StagedInputs>;
  /** Removes one of the agent's stages; false when it has none of that id (already released or swept). */
  release(agent: string, stageId: string): Promise<boolean>;
  /** Removes the agent's stages for a request whose outcome was reported. */
  releaseRequest(agent: string, requestId: string): Promise<void>;
  /** Removes the stages and forgets the decisions older than the time to live; resolves with how many stages went. */
  sweep(): Promise<number>;
}

export interface InputStagingOptions {
  store: StagedInputStore;
  clock: Clock;
  ids: IdGenerator;
  /** How long a remembered decision may be staged and a stage is kept (the approved request's TTL). */
  ttlMs: number;
  /** F8: the InputReader's own bounds per action (8 MiB, 256 files) by default. */
  maxBytes?: number;
  maxFiles?: number;
  /** F8: live stages per agent (each up to maxBytes on disk). */
  maxStagesPerAgent?: number;
  /** F8: remembered decisions per agent; the oldest is forgotten first. */
  maxRemembered?: number;
}

export const STAGE_MAX_BYTES = 8 * 1024 * 1024;
export const STAGE_MAX_FILES = 256;

interface Remembered {
  requestId: string | null;
  inputs: ReadonlyArray<{ path: string; sha256: string }>;
  at: number;
}

interface Stage {
  agent: string;
  requestId: string | null;
  at: number;
}

const changed = (message: string) =>
  new PortcullisError('exec_input_changed', message, { hint: 'run the command again: the new content is a new request and needs its own approval (A12)' });

export function createInputStaging(o: InputStagingOptions): InputStaging {
  const maxBytes = o.maxBytes ?? STAGE_MAX_BYTES;
  const maxFiles = o.maxFiles ?? STAGE_MAX_FILES;
  const maxStages = o.maxStagesPerAgent ?? 16;
  const maxRemembered = o.maxRemembered ?? 256;
  // agent -> decisionId -> what it bound (Map keeps insertion order: the first key is the oldest)
  const decisions = new Map<string, Map<string, Remembered>>();
  const stages = new Map<string, Stage>();
  const live = (at: number) => o.clock.now() - at < o.ttlMs;

  function take(agent: string, decisionId: string): Remembered {
    const mine = decisions.get(agent);
    const d = mine?.get(decisionId);
    // INVARIANT (staged-once): a decision's files are staged at most once, whatever the outcome of the attempt.
    mine?.delete(decisionId);
    if (!d || !live(d.at)) {
      throw new PortcullisError('not_found', `decision \`${decisionId}\` is not an allowed decision of this agent with input files to stage`, {
        hint: 'stage the files of the decision you were just given, once, within the approved request\'s time to live; nothing was written',
      });
    }
    return d;
  }

  function check(d: Remembered, files: readonly StageFile[]): void {
    if (files.length === 0) throw new PortcullisError('request_invalid', 'no files to stage', { hint: 'hand over the bytes of the input files the command names' });
    const total = files.reduce((n, f) => n + f.bytes.byteLength, 0);
    // SECURITY (F8): the same bounds as reading the inputs when deciding; the daemon writes nothing bigger.
    if (files.length > maxFiles || total > maxBytes) {
      throw new PortcullisError('request_too_large', `${files.length} files of ${total} bytes exceed the staging bound (${maxFiles} files, ${maxBytes} bytes)`, { hint: 'an approval binds at most that much; nothing was written' });
    }
    const bound = new Map(d.inputs.map((i) => [i.path, i.sha256]));
    const seen = new Set<string>();
    for (const f of files) {
      const sha = bound.get(f.path);
      if (sha === undefined || seen.has(f.path)) throw changed(`\`${f.path}\` is not an input file the decision bound${seen.has(f.path) ? ' (handed over twice)' : ''}`);
      seen.add(f.path);
      // SECURITY (A12): hashed here, from the bytes that will be written; never the client's word.
      const now = sha256Hex(f.bytes);
      if (now !== sha) throw changed(`\`${f.path}\` changed since it was approved (sha256 ${sha.slice(0, 12)}… → ${now.slice(0, 12)}…)`);
    }
  }

  async function drop(stageId: string): Promise<void> {
    const s = stages.get(stageId);
    if (!s) return;
    stages.delete(stageId);
    await o.store.remove(s.agent, stageId);
  }

  return {
    remember(agent, decision) {
      if (decision.effect !== 'allow' || !decision.decisionId || !decision.inputs || decision.inputs.length === 0) return;
      let mine = decisions.get(agent);
      if (!mine) decisions.set(agent, (mine = new Map()));
      mine.set(decision.decisionId, { requestId: decision.requestId ?? null, inputs: decision.inputs.map((i) => ({ path: i.path, sha256: i.sha256 })), at: o.clock.now() });
      while (mine.size > maxRemembered) mine.delete(mine.keys().next().value!);
    },

    async stage(agent, decisionId, files) {
      const d = take(agent, decisionId);
      check(d, files);
      const held = [...stages.values()].filter((s) => s.agent === agent).length;
      if (held >= maxStages) throw new PortcullisError('overloaded', `agent already holds ${held} staged inputs`, { hint: 'let the running commands end (their copies are removed with their outcome); nothing was written' });
      const stageId = o.ids.next('stg_');
      stages.set(stageId, { agent, requestId: d.requestId, at: o.clock.now() });
      try {
        const paths = await o.store.write(agent, stageId, files);
        return { stageId, files: files.map((f, i) => ({ path: f.path, staged: paths[i]! })) };
      } catch (err) {
        stages.delete(stageId);
        throw err;
      }
    },

    async release(agent, stageId) {
      const s = stages.get(stageId);
      // another agent's stage is answered like a missing one
      if (!s || s.agent !== agent) return false;
      await drop(stageId);
      return true;
    },

    async releaseRequest(agent, requestId) {
      for (const [id, s] of [...stages]) if (s.agent === agent && s.requestId === requestId) await drop(id);
    },

    async sweep() {
      let n = 0;
      for (const [id, s] of [...stages]) {
        if (live(s.at)) continue;
        await drop(id);
        n += 1;
      }
      for (const mine of decisions.values()) for (const [id, d] of [...mine]) if (!live(d.at)) mine.delete(id);
      return n;
    },
  };
}
