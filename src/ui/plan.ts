import type { JsonObject, JsonValue } from '../core/index.ts';

/**
 * A Terraform plan (`terraform show -json`) read for display only: one row per resource change.
 * The classifier decides; this only shows reviewers what the plan does. Anything it cannot read is
 * shown as `unknown` and highlighted like a delete, never hidden.
 */
export type PlanChange = 'create' | 'update' | 'delete' | 'replace' | 'read' | 'no-op' | 'forget' | 'unknown';

export interface PlanRow {
  address: string;
  type: string;
  change: PlanChange;
  /** Terraform's own reason (`replace_because_cannot_update`), when given. */
  reason: string | null;
  /** Attributes forcing a replace (`replace_paths`), rendered as dotted paths. */
  replacePaths: string[];
  /** Deletes, replaces and anything unreadable: what a reviewer must not miss. */
  danger: boolean;
}

export interface PlanTable {
  rows: PlanRow[];
  /** Rows left out because they change nothing. */
  unchanged: number;
  counts: Record<PlanChange, number>;
  /** Set when the plan has no readable `resource_changes`. */
  problem: string | null;
}

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function changeOf(actions: JsonValue | undefined): PlanChange {
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) return 'unknown';
  const key = [...actions].sort().join(',');
  switch (key) {
    case 'create': return 'create';
    case 'update': return 'update';
    case 'delete': return 'delete';
    case 'read': return 'read';
    case 'no-op': return 'no-op';
    case 'forget': return 'forget';
    case 'create,delete': return 'replace';
    default: return 'unknown';
  }
}

function pathText(p: JsonValue): string {
  return Array.isArray(p) ? p.map((x) => (typeof x === 'number' ? `[${x}]` : String(x))).join('.').replace(/\.\[/g, '[') : String(p);
}

const zero = (): Record<PlanChange, number> => ({ create: 0, update: 0, delete: 0, replace: 0, read: 0, 'no-op': 0, forget: 0, unknown: 0 });

export function planTable(plan: JsonObject): PlanTable {
  const counts = zero();
  const changes = plan['resource_changes'];
  if (changes === undefined) return { rows: [], unchanged: 0, counts, problem: 'the plan has no `resource_changes`' };
  if (!Array.isArray(changes)) return { rows: [], unchanged: 0, counts, problem: '`resource_changes` is not a list' };
  const rows: PlanRow[] = [];
  let unchanged = 0;
  for (const rc of changes) {
    const o = isObject(rc) ? rc : {};
    const change = isObject(o['change']) ? changeOf(o['change']['actions']) : 'unknown';
    counts[change]++;
    if (change === 'no-op') {
      unchanged++;
      continue;
    }
    const replacePaths = isObject(o['change']) && Array.isArray(o['change']['replace_paths']) ? o['change']['replace_paths'].map(pathText) : [];
    rows.push({
      address: typeof o['address'] === 'string' ? o['address'] : '(no address)',
      type: typeof o['type'] === 'string' ? o['type'] : '',
      change,
      reason: typeof o['action_reason'] === 'string' ? o['action_reason'] : null,
      replacePaths,
      danger: change === 'delete' || change === 'replace' || change === 'unknown',
    });
  }
  // Deletes and replaces first: the rows that matter most are the ones a reviewer reads first.
  const rank: Record<PlanChange, number> = { unknown: 0, delete: 1, replace: 2, forget: 3, update: 4, create: 5, read: 6, 'no-op': 7 };
  rows.sort((a, b) => rank[a.change] - rank[b.change]);
  return { rows, unchanged, counts, problem: null };
}

/** "2 replaced, 1 destroyed, 3 created": Terraform's own words, most dangerous first. */
export function planSummary(counts: Record<PlanChange, number>): string {
  const parts: string[] = [];
  if (counts.unknown) parts.push(`${counts.unknown} unreadable`);
  if (counts.delete) parts.push(`${counts.delete} destroyed`);
  if (counts.replace) parts.push(`${counts.replace} replaced`);
  if (counts.forget) parts.push(`${counts.forget} forgotten`);
  if (counts.update) parts.push(`${counts.update} updated`);
  if (counts.create) parts.push(`${counts.create} created`);
  if (counts.read) parts.push(`${counts.read} read`);
  return parts.length ? parts.join(', ') : 'no changes';
}
