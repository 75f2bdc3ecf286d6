import type { JsonValue } from './json.ts';

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped,
 * non-finite numbers refused. Two values that mean the same thing serialise to the same bytes, so
 * their digests match; one changed byte anywhere changes the digest (A1).
 */
export function canonicalJson(value: unknown): string {
  try {
    return fast(value);
  } catch {
    // Only to name where the value cannot be canonicalised: this walk throws the same error with its path.
    return serialise(value, '$');
  }
}

/**
 * `serialise` without the path of each member (it is only for the error message, and building it
 * for every member of every audit entry and envelope cost a tenth of a decision). Same output;
 * throws on what `serialise` refuses.
 */
function fast(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('non-finite');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        // A hole stays empty, as `map` then `join` leave it in `serialise`.
        for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (i in value ? fast(value[i] ?? null) : '');
        return `${out}]`;
      }
      // Default sort compares UTF-16 code units, as `serialise` does.
      const keys = Object.keys(value).sort();
      const o = value as Record<string, unknown>;
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = o[k];
        if (v === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(k)}:${fast(v)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError('not JSON');
  }
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot canonicalise non-finite number at \`${path}\``);
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => serialise(v ?? null, `${path}[${i}]`)).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${serialise(v, `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`cannot canonicalise ${typeof value} at \`${path}\``);
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  // node:crypto on first use, not at import: every CLI start (the hook before each tool call) loads
  // core, and most starts never hash.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(data).digest('hex');
}

/** `sha256:<hex>` of the canonical JSON of `value`. */
export function digestOf(value: JsonValue | object): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}

/** Deep-freezes a plain JSON-like value in place and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
