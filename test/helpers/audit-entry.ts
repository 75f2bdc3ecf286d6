import type { AuditAppend, AuditKind } from '../../src/audit/index.ts';
import type { JsonObject } from '../../src/core/index.ts';

/**
 * For tests and benches of the log's machinery (chain, batching, faults) that need bodies of any
 * shape: an entry whose body is not checked against its kind. Production code appends typed entries.
 */
export function untypedEntry(type: AuditKind, actor: string, body: JsonObject): AuditAppend {
  return { type, actor, body } as unknown as AuditAppend;
}
