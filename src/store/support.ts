import { PortcullisError } from '../core/index.ts';
import type { StoreTx } from './types.ts';

/** Serialises async critical sections inside one process (one connection, one transaction at a time). */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

const WRITES = new Set<keyof StoreTx>(['auditInsert', 'insertCheckpoint', 'pinMeta', 'insertRequest', 'updateRequest', 'putVote', 'insertPrincipal', 'updatePrincipal', 'putBrakeSwitch', 'insertSpend']);

/** A view of `tx` whose writing methods reject: what `Store.read` hands out. */
export function readOnly(tx: StoreTx): StoreTx {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && WRITES.has(prop as keyof StoreTx)) {
        return () => Promise.reject(new PortcullisError('internal_error', `store write \`${prop}\` attempted in a read`, { hint: 'use store.transaction() for writes' }));
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

export function unavailable(backend: string, err: unknown): PortcullisError {
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return new PortcullisError('store_unavailable', `${backend} store unavailable: ${detail}`, {
    hint: 'check that the store is reachable and writable; until it is, every decision is denied',
    cause: err,
  });
}

export function conflict(backend: string, err: unknown): PortcullisError {
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return new PortcullisError('store_conflict', `${backend} store refused a write: ${detail}`, {
    hint: 'another writer changed the same record; retry the operation',
    cause: err,
  });
}

export function versionConflict(what: string): PortcullisError {
  return new PortcullisError('store_conflict', `\`${what}\` was changed by another writer`, { hint: 'retry the operation' });
}

export function seqConflict(expected: number, got: number): PortcullisError {
  // SECURITY: the sequence is dense; a gap or a replay is refused rather than written.
  return new PortcullisError('store_conflict', `audit seq \`${got}\` is not the next one (\`${expected}\`)`, { hint: 'appends must be serialised through store.transaction()' });
}

export function tooNew(backend: string, found: number, known: number): PortcullisError {
  return new PortcullisError('store_migration_failed', `${backend} store schema version \`${found}\` is newer than this portcullis (\`${known}\`)`, {
    hint: 'upgrade portcullis before opening this store',
  });
}

export function jsonArray(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  const v = JSON.parse(text) as unknown;
  return Array.isArray(v) ? v.map(String) : [];
}
