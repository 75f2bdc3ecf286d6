import type * as Acorn from 'acorn';
import { lazyPackage } from './lazy.ts';
import { SHORT_FIXED_LIST } from './retention.ts';

const acorn = lazyPackage<typeof Acorn>('acorn');

/**
 * Document-store query filters (MongoDB's query language) that match every document, so a delete
 * with one is not "narrowed" (issue 12). A filter matches everything when it is empty, or when every
 * condition in it holds for any document: `_id` exists (every document has one), `_id` is not null,
 * `$where` code or `$expr` that is constantly true, `$and` of such conditions, `$or` with one of them.
 * Anything we cannot read is not "everything": the caller decides what an unread filter means.
 */

/** A value read from a filter; UNREAD stands for what could not be read statically. */
export const UNREAD: unique symbol = Symbol('unread');
export type FilterValue = null | boolean | number | string | typeof UNREAD | FilterValue[] | { [k: string]: FilterValue };

const TRUE_CODE = /^\s*(?:(?:function\s*\(\s*\)\s*\{\s*)?return\s+)?(?:true|1|!0|!false)\s*;?\s*\}?\s*$/;

function isRecord(v: FilterValue): v is { [k: string]: FilterValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function alwaysTrue(v: FilterValue): boolean {
  if (v === true) return true;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return TRUE_CODE.test(v);
  return false;
}

/** A condition on `_id` that every document meets. */
function everyId(cond: FilterValue): boolean {
  if (!isRecord(cond)) return false;
  const ops = Object.keys(cond);
  return ops.length > 0 && ops.every((op) =>
    (op === '$exists' && alwaysTrue(cond[op]!)) ||
    (op === '$ne' && cond[op] === null) ||
    (op === '$nin' && Array.isArray(cond[op]) && (cond[op] as FilterValue[]).every((x) => x === null)) ||
    (op === '$not' && isRecord(cond[op]!) && Object.keys(cond[op] as object).length === 1 && (cond[op] as Record<string, FilterValue>).$exists === false));
}

export function matchesEverything(filter: FilterValue | undefined): boolean {
  if (filter === undefined || filter === null) return true;
  if (!isRecord(filter)) return false;
  return Object.entries(filter).every(([key, cond]) => {
    switch (key) {
      case '$comment': return true;
      case '$where': return alwaysTrue(cond);
      case '$expr': return alwaysTrue(cond);
      case '$and': return Array.isArray(cond) && cond.every((c) => matchesEverything(c));
      case '$or': return Array.isArray(cond) && cond.some((c) => matchesEverything(c));
      case '_id': return everyId(cond);
      default: return false;
    }
  });
}

/** A document's key field as a filter names it: `_id`, `orderId`, `order_id` (as data.ts reads a keyed MongoDB filter). */
const KEY_FIELD = /^(_id|\w*[a-z0-9]Id|\w+_id)$/;
/** A literal id in a list: a string or number, or mongosh's `ObjectId("…")` read as its string (valueOf). */
const literalId = (v: FilterValue): boolean => typeof v === 'string' || typeof v === 'number';

/**
 * The lead's answer 376.3 (round 37): 372.6's bound of ten for MongoDB's `$in`. A filter whose conditions are each a key
 * field `$in` a list of literal ids (`{_id: {$in: [...]}}`), one of them longer than SHORT_FIXED_LIST, or conditions that
 * hold for every document (matchesEverything), narrows nothing: more than ten literal ids is no short fixed list, as SQL's
 * key `IN (…)` (sql.ts `narrows`). Another condition beside it (`status: "void"`) still narrows.
 */
export function listsManyIds(filter: FilterValue | undefined): boolean {
  if (!isRecord(filter ?? null)) return false;
  let long = false;
  const every = Object.entries(filter as Record<string, FilterValue>).every(([key, cond]) => {
    if (key === '$comment') return true;
    if (KEY_FIELD.test(key) && isRecord(cond) && Object.keys(cond).length === 1 && Array.isArray(cond.$in) && cond.$in.every(literalId)) {
      if (cond.$in.length > SHORT_FIXED_LIST) long = true;
      return true;
    }
    return matchesEverything({ [key]: cond });
  });
  return every && long;
}

/**
 * A key-value store's item named by its primary key: DynamoDB `DeleteItem`'s `Key` ("deletes a single item in a table by
 * primary key"; DynamoDB refuses a key that is not the whole primary key, so an accepted one names one item), as the AWS
 * CLI's `--key`, an SDK or REST request's `Key` and the DynamoDB MCP server's `delete_item {key}` send it. One item, as
 * `DELETE … WHERE id = 42` (the round-9 rule for narrowed changes; the lead's answer 53): a non-empty object whose every
 * member is a value (a typed attribute value `{"S": "o-1"}` or a plain one), none a filter operator.
 */
export function namesItemByKey(key: unknown): boolean {
  if (!isRecord(key as FilterValue)) return false;
  const members = Object.entries(key as Record<string, unknown>);
  return members.length > 0 && members.every(([name, v]) => !name.startsWith('$') && v !== null && v !== undefined && (typeof v !== 'object' || (!Array.isArray(v) && Object.keys(v).length === 1 && !Object.keys(v)[0]!.startsWith('$'))));
}

interface AcornNode { type: string; [k: string]: unknown }

/** A JavaScript expression node (an object literal in mongosh code) as a filter value. */
function valueOf(n: AcornNode | null | undefined): FilterValue {
  if (!n) return UNREAD;
  switch (n.type) {
    case 'Literal': {
      const v = n.value;
      return v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string' ? v : UNREAD;
    }
    case 'TemplateLiteral': {
      const quasis = n.quasis as Array<{ value: { cooked: string } }>;
      return (n.expressions as unknown[]).length === 0 ? quasis.map((q) => q.value.cooked).join('') : UNREAD;
    }
    case 'ArrayExpression': return (n.elements as Array<AcornNode | null>).map(valueOf);
    // mongosh's id constructors of one literal (`ObjectId("65a…")`, `new ObjectId(…)`, `UUID(…)`, `NumberLong(42)`): that id.
    case 'CallExpression': case 'NewExpression': {
      const callee = n.callee as AcornNode;
      const args = n.arguments as AcornNode[];
      const arg = args.length === 1 ? valueOf(args[0]) : UNREAD;
      return callee.type === 'Identifier' && /^(ObjectId|UUID|NumberLong|NumberInt)$/.test(callee.name as string) && (typeof arg === 'string' || typeof arg === 'number') ? arg : UNREAD;
    }
    case 'UnaryExpression': {
      const arg = valueOf(n.argument as AcornNode);
      if (n.operator === '!' && (typeof arg === 'boolean' || typeof arg === 'number')) return !arg;
      if (n.operator === '-' && typeof arg === 'number') return -arg;
      return UNREAD;
    }
    case 'FunctionExpression': case 'ArrowFunctionExpression': {
      const body = n.body as AcornNode;
      if (body.type !== 'BlockStatement') return valueOf(body) === true ? 'return true' : UNREAD;
      const stmts = body.body as AcornNode[];
      return stmts.length === 1 && stmts[0]!.type === 'ReturnStatement' && valueOf(stmts[0]!.argument as AcornNode) === true ? 'return true' : UNREAD;
    }
    case 'ObjectExpression': {
      const out: { [k: string]: FilterValue } = {};
      for (const p of n.properties as AcornNode[]) {
        if (p.type !== 'Property' || p.computed) return UNREAD;
        const k = p.key as AcornNode;
        const key = k.type === 'Identifier' ? (k.name as string) : k.type === 'Literal' ? String(k.value) : null;
        if (key === null) return UNREAD;
        out[key] = valueOf(p.value as AcornNode);
      }
      return out;
    }
    default: return UNREAD;
  }
}

/**
 * The first argument of a call in mongosh code, read from the source at `open` (the index just after
 * its opening parenthesis): `undefined` when the call has no argument, UNREAD when it is not a literal.
 */
export function firstArgumentAt(code: string, open: number): FilterValue | undefined {
  if (/^\s*\)/.test(code.slice(open))) return undefined;
  try {
    // The arguments parse as one comma expression: the filter is its first part.
    const n = acorn().parseExpressionAt(code, open, { ecmaVersion: 'latest' }) as unknown as AcornNode;
    return valueOf(n.type === 'SequenceExpression' ? (n.expressions as AcornNode[])[0] : n);
  } catch {
    return UNREAD;
  }
}
