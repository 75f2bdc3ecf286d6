import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import type { Issue, Result } from '../core/index.ts';

/** One policy as written: its id, text, where it came from, and its annotations. */
export interface PolicySource {
  id: string;
  text: string;
  file: string;
  /** 1-based line of the policy's first character in `file`. */
  line: number;
  annotations: Record<string, string>;
  effect: 'permit' | 'forbid';
  /** The action constraint, for indexing: null means "all actions". */
  actions: string[] | null;
  /** The principal types the policy can match: null means both. */
  principalTypes: Array<'Agent' | 'Human'> | null;
}

export interface PolicyFile {
  file: string;
  text: string;
}

/** 1-based line and column of `offset` in `text`. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, col: offset - last };
}

function firstLocation(err: cedar.DetailedError): number | null {
  return err.sourceLocations?.[0]?.start ?? null;
}

function describe(err: cedar.DetailedError): string {
  const label = err.sourceLocations?.[0]?.label;
  return `${err.message.replace(/^failed to parse polic(y|ies) from string: /, '')}${label ? ` (${label})` : ''}`;
}

const ACTION_TYPE = 'Portcullis::Action';

function actionIds(json: cedar.PolicyJson): string[] | null {
  const a = json.action;
  if (a.op === 'All') return null;
  const uids = a.op === '==' ? ['entity' in a ? a.entity : null] : 'entity' in a ? [a.entity] : a.entities;
  const ids: string[] = [];
  for (const uid of uids) {
    // An unexpected shape is indexed as "all actions": never skip a policy we do not understand.
    if (!uid || typeof uid !== 'object' || !('id' in uid) || uid.type !== ACTION_TYPE) return null;
    ids.push(uid.id);
  }
  return ids;
}

function principalTypes(json: cedar.PolicyJson): Array<'Agent' | 'Human'> | null {
  const p = json.principal as { op: string; entity_type?: string; entity?: { type?: string } };
  const type = p.op === 'is' ? p.entity_type : p.op === 'in' || p.op === '==' ? p.entity?.type : undefined;
  switch (type) {
    case 'Portcullis::Agent':
    case 'Portcullis::Role':
      return ['Agent'];
    case 'Portcullis::Human':
    case 'Portcullis::Group':
      return ['Human'];
    default:
      return null;
  }
}

/**
 * Splits policy files into individual policies with ids (`@id` or `file#n`), line numbers and
 * annotations. Any syntax error is an issue naming file and line; duplicate ids are issues too.
 */
export function parsePolicyFiles(files: PolicyFile[]): Result<PolicySource[]> {
  const issues: Issue[] = [];
  const out: PolicySource[] = [];
  const seen = new Map<string, string>();
  for (const { file, text } of files) {
    const parsed = cedar.checkParsePolicySet({ staticPolicies: text });
    if (parsed.type === 'failure') {
      for (const err of parsed.errors) {
        const at = firstLocation(err);
        const pos = at === null ? '' : `:${lineCol(text, at).line}`;
        issues.push({ path: `${file}${pos}`, message: describe(err), hint: err.help ?? 'fix the Cedar syntax at that line' });
      }
      continue;
    }
    const parts = cedar.policySetTextToParts(text);
    if (parts.type === 'failure' || parts.policy_templates.length > 0) {
      issues.push({ path: file, message: 'policy templates are not supported', hint: 'write static policies only' });
      continue;
    }
    let cursor = 0;
    parts.policies.forEach((policyText, n) => {
      const start = text.indexOf(policyText, cursor);
      cursor = start >= 0 ? start + policyText.length : cursor;
      const line = start >= 0 ? lineCol(text, start).line : 1;
      const json = cedar.policyToJson(policyText);
      if (json.type === 'failure') {
        issues.push({ path: `${file}:${line}`, message: json.errors.map(describe).join('; ') });
        return;
      }
      const annotations = { ...(json.json.annotations ?? {}) } as Record<string, string>;
      const id = annotations['id'] ?? `${file}#${n}`;
      const previous = seen.get(id);
      if (previous) {
        issues.push({ path: `${file}:${line}`, message: `duplicate policy id \`${id}\` (first at ${previous})`, hint: 'give every policy a unique @id' });
        return;
      }
      seen.set(id, `${file}:${line}`);
      out.push({ id, text: policyText, file, line, annotations, effect: json.json.effect, actions: actionIds(json.json), principalTypes: principalTypes(json.json) });
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out };
}
