import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { CHANGE_VERBS, VERBS, canonicalJson, sha256Hex } from '../core/index.ts';
import type { ActionFacts, Agent, Human, Issue, Reason, Result, Target, Tier, Verb } from '../core/index.ts';
import { lineCol, parsePolicyFiles, type PolicyFile, type PolicySource } from './source.ts';

/** What the engine needs to know about the request besides the facts. */
export interface EvaluationInput {
  agent: Agent;
  operator: Human;
  /** Parent, grandparent, ... of the agent: each must permit too (a sub-agent only narrows). */
  ancestors: Agent[];
  facts: ActionFacts;
  actionKind: string;
  /** The tool at the root of the action (`terraform`, `kubectl`, an MCP tool name); '' if none. */
  tool: string;
  /** Environment name → tier and tags; targets in other environments get `unknownTier`. */
  environments: ReadonlyMap<string, { tier: Tier; tags: string[] }>;
  unknownTier: Tier;
}

export type Verdict =
  | { effect: 'allow'; policies: string[]; reasons: Reason[] }
  | { effect: 'deny'; policies: string[]; reasons: Reason[] }
  | { effect: 'hold'; policies: string[]; reasons: Reason[]; requiredApprovals: number; approverGroups: string[] };

export interface PolicyEngine {
  /** SHA-256 over the canonical {id: text} of every loaded policy and the schema. */
  readonly hash: string;
  readonly policies: readonly PolicySource[];
  evaluate(input: EvaluationInput): Verdict;
}

const NS = 'Portcullis';
const ALLOWED_ANNOTATIONS = new Set(['id', 'approvals', 'approvers', 'reason', 'description']);

/** Which verbs an action constraint can match: the `change` and `any` groups expand to their members. */
function verbsOf(actions: string[] | null): Set<Verb> {
  if (actions === null) return new Set(VERBS);
  const out = new Set<Verb>();
  for (const a of actions) {
    if (a === 'any') VERBS.forEach((v) => out.add(v));
    else if (a === 'change') CHANGE_VERBS.forEach((v) => out.add(v));
    else if ((VERBS as readonly string[]).includes(a)) out.add(a as Verb);
  }
  return out;
}

function annotationIssues(p: PolicySource): Issue[] {
  const issues: Issue[] = [];
  const at = `${p.file}:${p.line}`;
  for (const key of Object.keys(p.annotations)) {
    if (!ALLOWED_ANNOTATIONS.has(key)) {
      issues.push({ path: at, message: `policy \`${p.id}\` has unknown annotation \`@${key}\``, hint: `use one of ${[...ALLOWED_ANNOTATIONS].map((a) => `@${a}`).join(', ')}` });
    }
  }
  const approvals = p.annotations['approvals'];
  if (approvals !== undefined) {
    if (p.effect !== 'forbid') issues.push({ path: at, message: `policy \`${p.id}\`: @approvals is only meaningful on a forbid`, hint: 'a held action is a forbid that approvals can lift' });
    if (!/^[1-9][0-9]?$/.test(approvals)) issues.push({ path: at, message: `policy \`${p.id}\`: @approvals(\`${approvals}\`) must be a whole number from 1 to 99`, hint: 'write for example @approvals("2")' });
  }
  if (p.annotations['approvers'] !== undefined && approvals === undefined) {
    issues.push({ path: at, message: `policy \`${p.id}\`: @approvers without @approvals`, hint: 'add @approvals("N") or remove @approvers' });
  }
  return issues;
}

interface Slot {
  full: string;
  rights: string;
}

/**
 * Loads, validates and pre-parses a policy set. Any syntax error, validation error against the
 * schema (D6), or misused annotation is an issue: the caller must refuse to start (F2).
 */
export function loadPolicyEngine(schemaText: string, files: PolicyFile[]): Result<PolicyEngine> {
  const parsed = parsePolicyFiles(files);
  if (!parsed.ok) return parsed;
  const policies = parsed.value;
  if (policies.length === 0) {
    return { ok: false, issues: [{ path: files.map((f) => f.file).join(', ') || 'policies', message: 'no policies loaded', hint: 'an empty policy set denies everything; point `policies` at the default pack' }] };
  }
  const issues = policies.flatMap(annotationIssues);

  const staticPolicies = Object.fromEntries(policies.map((p) => [p.id, p.text]));
  const validation = cedar.validate({ schema: schemaText, policies: { staticPolicies }, validationSettings: { mode: 'strict' } });
  if (validation.type === 'failure') {
    for (const e of validation.errors) issues.push({ path: 'schema', message: e.message });
  } else {
    // SECURITY: `validate` answers success even when policies are invalid: the errors are in the list.
    for (const v of validation.validationErrors) {
      const p = policies.find((x) => x.id === v.policyId);
      const off = v.error.sourceLocations?.[0]?.start;
      const line = p && off !== undefined ? p.line + lineCol(p.text, off).line - 1 : p?.line;
      issues.push({ path: p ? `${p.file}:${line}` : v.policyId, message: v.error.message, hint: v.error.help ?? 'check the attribute and entity names against the schema (docs/policy-guide.md)' });
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const hash = `sha256:${sha256Hex(canonicalJson({ schema: schemaText, policies: staticPolicies }))}`;
  const schemaName = `schema:${sha256Hex(schemaText)}`;
  const schemaAnswer = cedar.preparseSchema(schemaName, schemaText);
  if (schemaAnswer.type === 'failure') return { ok: false, issues: schemaAnswer.errors.map((e) => ({ path: 'schema', message: e.message })) };

  // Index: one pre-parsed set per (principal type, verb), holding every policy whose principal and
  // action constraints could match it. INVARIANT (index-is-superset): a policy is left out of a set
  // only when its own scope makes it impossible for that request, so no forbid is ever skipped.
  // Set ids are content-addressed: the WASM cache has no delete, and equal content may share an id.
  const slots = new Map<string, Slot>();
  for (const ptype of ['Agent', 'Human'] as const) {
    for (const verb of VERBS) {
      const applicable = policies.filter((p) => (p.principalTypes === null || p.principalTypes.includes(ptype)) && verbsOf(p.actions).has(verb));
      const full = preparse(applicable);
      const rights = preparse(applicable.filter((p) => !isHoldable(p)));
      if (!full.ok || !rights.ok) return { ok: false, issues: [...(full.ok ? [] : full.issues), ...(rights.ok ? [] : rights.issues)] };
      slots.set(`${ptype}:${verb}`, { full: full.value, rights: rights.value });
    }
  }
  const byId = new Map(policies.map((p) => [p.id, p]));
  // INVARIANT (target-id-irrelevant): a Target has no parents, so a policy can tell two targets
  // apart only through their attributes or an entity literal `Portcullis::Target::"..."`. When no
  // policy has one, every target is evaluated under one uid and equal attributes share answers.
  const targetIdMatters = policies.some((p) => /Target\s*::\s*"/.test(p.text));
  return { ok: true, value: Object.freeze(new CedarPolicyEngine(hash, policies, byId, slots, schemaName, targetIdMatters)) };
}

function isHoldable(p: PolicySource): boolean {
  return p.effect === 'forbid' && p.annotations['approvals'] !== undefined;
}

function preparse(policies: PolicySource[]): Result<string> {
  const staticPolicies = Object.fromEntries(policies.map((p) => [p.id, p.text]));
  const id = `set:${sha256Hex(canonicalJson(staticPolicies))}`;
  const answer = cedar.preparsePolicySet(id, { staticPolicies });
  if (answer.type === 'failure') return { ok: false, issues: answer.errors.map((e) => ({ path: 'policies', message: e.message })) };
  return { ok: true, value: id };
}

type Uid = { type: string; id: string };
const uid = (type: string, id: string): Uid => ({ type: `${NS}::${type}`, id });

interface Pair {
  verb: Verb;
  target: Target;
}

const HEURISTIC_TIERS: ReadonlySet<string> = new Set(['production', 'staging', 'dev', 'sandbox']);

/** Answers kept per engine (a reload gets a new engine, so a new memo). */
const MEMO_SIZE = 4096;

type CallResult = { kind: 'allow' | 'deny'; policies: string[] } | { kind: 'error'; outcome: Outcome };

type Outcome =
  | { kind: 'allow'; policies: string[] }
  | { kind: 'deny'; reasons: Reason[]; policies: string[] }
  | { kind: 'hold'; reasons: Reason[]; policies: string[]; approvals: number; groups: string[] };

class CedarPolicyEngine implements PolicyEngine {
  readonly hash: string;
  readonly policies: readonly PolicySource[];
  readonly #byId: Map<string, PolicySource>;
  readonly #slots: Map<string, Slot>;
  readonly #schema: string;
  readonly #memo = new Map<string, CallResult>();
  readonly #targetIdMatters: boolean;

  constructor(hash: string, policies: PolicySource[], byId: Map<string, PolicySource>, slots: Map<string, Slot>, schema: string, targetIdMatters: boolean) {
    this.#targetIdMatters = targetIdMatters;
    this.hash = hash;
    this.policies = policies;
    this.#byId = byId;
    this.#slots = slots;
    this.#schema = schema;
  }

  evaluate(input: EvaluationInput): Verdict {
    const outcomes = pairsOf(input.facts).map((pair) => this.#evaluatePair(input, pair));
    return combine(outcomes);
  }

  #evaluatePair(input: EvaluationInput, pair: Pair): Outcome {
    const { entity: target, resource } = targetEntity(input, pair.target, this.#targetIdMatters);
    const context = contextOf(input);
    const action = uid('Action', pair.verb);
    const call = (principal: cedar.EntityJson, ptype: 'Agent' | 'Human', set: keyof Slot) =>
      this.#call(principal.uid as Uid, action, resource, context, [principal, target], this.#slots.get(`${ptype}:${pair.verb}`)![set]);

    // 1. The agent, against every policy.
    const agentEnt = agentEntity(input.agent);
    const first = call(agentEnt, 'Agent', 'full');
    let outcome: Outcome;
    if (first.kind === 'error') return first.outcome;
    if (first.kind === 'allow') {
      outcome = { kind: 'allow', policies: first.policies };
    } else {
      // Cedar answers its determining policies as a set: put them in pack order, so reasons read the same every time.
      const forbids = first.policies.map((id) => this.#byId.get(id)).filter((p): p is PolicySource => p !== undefined).sort((a, b) => this.policies.indexOf(a) - this.policies.indexOf(b));
      if (forbids.length === 0) {
        return deny('no_permit', `no policy permits agent \`${input.agent.id}\` to ${pair.verb} ${describeTarget(pair.target)}`, []);
      }
      const final = forbids.filter((p) => !isHoldable(p));
      if (final.length > 0) {
        return { kind: 'deny', policies: final.map((p) => p.id), reasons: final.map((p) => ({ code: 'policy_forbid', policyId: p.id, message: p.annotations['reason'] ?? `forbidden by policy \`${p.id}\`` })) };
      }
      // SECURITY (D1): approvals unlock, never grant. A hold is possible only where the agent's
      // rights would allow the action without the holding forbids.
      const rights = call(agentEnt, 'Agent', 'rights');
      if (rights.kind === 'error') return rights.outcome;
      if (rights.kind === 'deny') {
        return deny('no_permit', `no policy permits agent \`${input.agent.id}\` to ${pair.verb} ${describeTarget(pair.target)}, so approvals cannot unlock it`, rights.policies);
      }
      outcome = {
        kind: 'hold',
        policies: forbids.map((p) => p.id),
        approvals: Math.max(...forbids.map((p) => Number(p.annotations['approvals']))),
        groups: [...new Set(forbids.map((p) => p.annotations['approvers']).filter((g): g is string => g !== undefined))].sort(),
        reasons: forbids.map((p) => ({ code: 'policy_hold', policyId: p.id, message: p.annotations['reason'] ?? `held by policy \`${p.id}\`: needs ${p.annotations['approvals']} approval(s)` })),
      };
    }

    // 2. The operator: delegation never widens rights (SECURITY.md, delegation rule).
    const op = call(humanEntity(input.operator), 'Human', 'rights');
    if (op.kind === 'error') return op.outcome;
    if (op.kind === 'deny') {
      return deny('operator_lacks_right', `operator \`${input.operator.id}\` of agent \`${input.agent.id}\` may not ${pair.verb} ${describeTarget(pair.target)}, so the agent may not either`, op.policies);
    }
    // 3. Every ancestor agent.
    for (const ancestor of input.ancestors) {
      const a = call(agentEntity(ancestor), 'Agent', 'rights');
      if (a.kind === 'error') return a.outcome;
      if (a.kind === 'deny') return deny('ancestor_lacks_right', `parent agent \`${ancestor.id}\` may not ${pair.verb} ${describeTarget(pair.target)}, so its sub-agent may not either`, a.policies);
    }
    return outcome;
  }

  #call(principal: Uid, action: Uid, resource: Uid, context: cedar.Context, entities: cedar.EntityJson[], setId: string): CallResult {
    // Evaluation is a pure function of the set and of what is passed, and every object here is built
    // in a fixed key order, so the JSON text is a sound cache key.
    const key = JSON.stringify([setId, principal, action, resource, context, entities]);
    const hit = this.#memo.get(key);
    if (hit) return hit;
    const result = this.#callCedar(principal, action, resource, context, entities, setId);
    if (this.#memo.size >= MEMO_SIZE) this.#memo.delete(this.#memo.keys().next().value!);
    this.#memo.set(key, result);
    return result;
  }

  #callCedar(principal: Uid, action: Uid, resource: Uid, context: cedar.Context, entities: cedar.EntityJson[], setId: string): CallResult {
    const answer = cedar.statefulIsAuthorized({ principal, action, resource, context, entities, preparsedPolicySetId: setId, preparsedSchemaName: this.#schema, validateRequest: true });
    // SECURITY (D6): allow only on success + allow + zero errors. Cedar skips a policy that errors,
    // so an erroring forbid would otherwise vanish silently.
    if (answer.type !== 'success') {
      return { kind: 'error', outcome: deny('policy_evaluation_error', `policy evaluation failed: ${answer.errors.map((e) => e.message).join('; ')}`, []) };
    }
    const { decision, diagnostics } = answer.response;
    if (diagnostics.errors.length > 0) {
      const ids = diagnostics.errors.map((e) => e.policyId);
      return { kind: 'error', outcome: deny('policy_evaluation_error', `policy ${ids.map((i) => `\`${i}\``).join(', ')} failed to evaluate (${diagnostics.errors[0]!.error.message}); denying`, ids) };
    }
    return { kind: decision === 'allow' ? 'allow' : 'deny', policies: diagnostics.reason };
  }
}

function deny(code: Reason['code'], message: string, policies: string[]): Outcome {
  return { kind: 'deny', reasons: [{ code, message }], policies };
}

function describeTarget(t: Target): string {
  return t.kind === 'unknown' && t.id === '' ? 'an unknown target' : `\`${t.id}\` (${t.environment ?? 'unknown environment'})`;
}

/**
 * Every (verb, target) pair the action has. No targets means one unknown target; no verbs means
 * `unknown`. SECURITY: both defaults are the worst case, never "nothing to check".
 */
function pairsOf(facts: ActionFacts): Pair[] {
  const verbs: Verb[] = facts.verbs.length > 0 ? [...new Set(facts.verbs)] : ['unknown'];
  const targets: Target[] = facts.targets.length > 0 ? facts.targets : [{ kind: 'unknown', id: '', environment: null, home: false }];
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    for (const verb of target.verbs && target.verbs.length > 0 ? target.verbs : verbs) {
      const key = `${verb}\u0000${target.kind}\u0000${target.id}\u0000${target.environment ?? ''}\u0000${target.home}\u0000${target.critical ?? false}`;
      if (seen.has(key)) continue; // the same verb on the same target needs one evaluation
      seen.add(key);
      pairs.push({ verb, target });
    }
  }
  return pairs;
}

function combine(outcomes: Outcome[]): Verdict {
  const denies = outcomes.filter((o): o is Extract<Outcome, { kind: 'deny' }> => o.kind === 'deny');
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  if (denies.length > 0) {
    return { effect: 'deny', policies: uniq(denies.flatMap((d) => d.policies)), reasons: dedupeReasons(denies.flatMap((d) => d.reasons)) };
  }
  const holds = outcomes.filter((o): o is Extract<Outcome, { kind: 'hold' }> => o.kind === 'hold');
  if (holds.length > 0) {
    return {
      effect: 'hold',
      policies: uniq(holds.flatMap((h) => h.policies)),
      reasons: dedupeReasons(holds.flatMap((h) => h.reasons)),
      requiredApprovals: Math.max(...holds.map((h) => h.approvals)),
      approverGroups: uniq(holds.flatMap((h) => h.groups)).sort(),
    };
  }
  const policies = uniq(outcomes.flatMap((o) => o.policies));
  return { effect: 'allow', policies, reasons: policies.map((id) => ({ code: 'policy_permit', policyId: id, message: `permitted by policy \`${id}\`` })) };
}

function dedupeReasons(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}\u0000${r.policyId ?? ''}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function contextOf(input: EvaluationInput): cedar.Context {
  const f = input.facts;
  return {
    kind: input.actionKind,
    verbs: [...new Set(f.verbs)],
    destructive: f.destructive,
    reversible: f.reversible,
    confidence: f.confidence,
    blast_radius: f.blastRadius ?? -1,
    tool: input.tool,
    finding_codes: [...new Set(f.findings.map((x) => x.code))],
  };
}

/**
 * The smallest entity slice a request needs: its principal and its target (CEDAR-NOTES: each entity
 * passed costs more than a policy evaluated). Groups and roles are parents by reference only.
 */
function targetEntity(input: EvaluationInput, target: Target, idMatters: boolean): { entity: cedar.EntityJson; resource: Uid } {
  const envName = target.environment;
  const known = envName !== null ? input.environments.get(envName) : undefined;
  // A name the inventory does not know but that is a tier name was placed by the classifier's name
  // heuristics (`kubectl --context prod-eu-9` -> `production`): its tier is known, its name is not.
  const heuristic = !known && envName !== null && HEURISTIC_TIERS.has(envName) ? (envName as Tier) : null;
  const tier = known ? known.tier : (heuristic ?? input.unknownTier);
  const resource = uid('Target', idMatters ? `${target.kind}:${target.id}` : 'target');
  const isHome = envName !== null && envName === input.agent.homeEnvironment;
  return {
    resource,
    entity: {
      uid: resource,
      attrs: { kind: target.kind, environment: envName ?? '(unknown)', env_tags: known?.tags ?? [], tier, env_known: known !== undefined || heuristic !== null, is_home: isHome, critical: target.critical ?? false },
      parents: [],
    },
  };
}

function agentEntity(a: Agent): cedar.EntityJson {
  return { uid: uid('Agent', a.id), attrs: { role: a.role, operator: a.operator, home_environment: a.homeEnvironment ?? '', has_parent: a.parent !== undefined }, parents: [uid('Role', a.role)] };
}

function humanEntity(h: Human): cedar.EntityJson {
  return { uid: uid('Human', h.id), attrs: { name: h.name ?? h.id }, parents: h.groups.map((g) => uid('Group', g)) };
}
