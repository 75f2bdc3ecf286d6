import { digestOf, deepFreeze, NEVER_RULE_POLICIES, PortcullisError, toPortcullisError } from '../core/index.ts';
import type { Action, ActionContext, ActionEnvelope, ActionFacts, Agent, BoundInput, Clock, Decision, IdGenerator, Inventory, JsonObject, Reason, ReasonCode } from '../core/index.ts';
import { isControlPlaneSecret, namesControlPlane, normalizePath, type Classifier } from '../classify/index.ts';
import { neverAllowedTool, type PolicyEngine, type Verdict } from '../policy/index.ts';
import type { DecisionAuditBody } from '../audit/index.ts';
import type { ApprovalGate, AuditSink, Brakes, Directory, InputProblem, InputReader, PathResolver } from './ports.ts';
import { resolvePrincipals } from './principals.ts';
import { configuredPrograms } from './tool-configs.ts';

export interface DecisionRequest {
  /** The agent, as authenticated by the adapter (never a claim inside the action). */
  agentId: string;
  action: Action;
  context: ActionContext;
  /**
   * Why the agent asks (its task or justification, or the tool's own description of the call), for
   * reviewers. Informational only: it is recorded with the decision but is not part of the digest,
   * so a different wording never makes a different action.
   */
  reason?: string;
  /**
   * A12: the door's own check before an approval is consumed (never on the wire: the daemon's agent
   * socket sets it). See `HoldInput.beforeConsume`.
   */
  beforeConsume?: () => void;
}

export interface GatewayOptions {
  classifier: Classifier;
  /** The current engine; a reload swaps what this returns, never a half-loaded set. */
  engine: () => PolicyEngine | null;
  inventory: Inventory;
  directory: Directory;
  audit: AuditSink;
  approvals: ApprovalGate;
  brakes?: Brakes;
  /** A12: reads the action's input files into the envelope; without it, an action with inputs is opaque. */
  inputs?: InputReader;
  /** D8: resolves the paths an action names (links, hard links); without it, paths are matched as written. */
  paths?: PathResolver;
  clock: Clock;
  ids: IdGenerator;
  /** F5: every port call is bounded; a timeout is a deny. */
  portTimeoutMs?: number;
}

/** A dry evaluation: what policy says, with no audit, approvals, brakes or side effects. */
export interface Evaluation {
  verdict: Verdict;
  facts: ActionFacts;
  digest: string;
  envelope: ActionEnvelope;
  agent: Agent;
}

export interface Gateway {
  /** Classify and evaluate without recording or changing anything (policy tests, `--explain`). */
  evaluate(request: DecisionRequest): Promise<Evaluation>;
  /**
   * The single use case every adapter calls. It never throws and never allows after an error:
   * anything that goes wrong becomes an audited deny with the error's code. The decision is
   * appended to the audit log before it is returned (audit:append-before-answer); if that append
   * fails the answer is deny.
   */
  decide(request: DecisionRequest): Promise<Decision>;
  /**
   * The MCP proxy's tool hiding: true only when policy denies the agent the tool of MCP server
   * `server` whatever the call's arguments (policy's `neverAllowedTool`). Records nothing. An agent
   * that does not resolve (unknown, revoked, a looping parent chain) or no policy set answers false:
   * every call is denied at decision time anyway, and nothing is hidden on doubt.
   */
  neverAllowed(agentId: string, server: string, tool: string): Promise<boolean>;
}

const ERROR_REASONS: Partial<Record<string, ReasonCode>> = {
  store_unavailable: 'store_unavailable',
  store_failed: 'store_unavailable',
  store_corrupt: 'store_unavailable',
  audit_append_failed: 'store_unavailable',
  classify_failed: 'classify_failed',
  policy_not_loaded: 'policy_not_loaded',
  policy_evaluation_failed: 'policy_evaluation_error',
  principal_unknown: 'principal_unknown',
  principal_revoked: 'principal_revoked',
  exec_ptrace_open: 'exec_ptrace_open',
};

/** What `decide` learns on the way, for the deny it may have to build and for D10. */
interface DecideState {
  digest: string;
  facts: ActionFacts | null;
  agent: Agent | null;
  /** The deny is the policy's (or a reviewer's rejection asked again): D10 counts it. */
  persistence: boolean;
}

export function createGateway(options: GatewayOptions): Gateway {
  const timeout = options.portTimeoutMs ?? 5_000;
  const environments = new Map(options.inventory.environments.map((e) => [e.name, { tier: e.tier, tags: e.tags }]));
  const bounded = <T>(what: string, p: Promise<T>) => withTimeout(p, timeout, what);

  /**
   * A12: binds the bytes of every input file into the envelope. A file that cannot be read (or no
   * reader at all) makes the action opaque: the worst case, never an approval of unknown content.
   */
  async function bindInputs(facts: ActionFacts, context: ActionContext): Promise<{ facts: ActionFacts; bound: BoundInput[] }> {
    if (!facts.inputs || facts.inputs.length === 0) return { facts, bound: [] };
    const reading = options.inputs
      ? await bounded('inputs', options.inputs.read(facts.inputs, context.cwd))
      : { ok: false as const, problems: facts.inputs.map((i): InputProblem => ({ path: i.path, code: 'input_unreadable', message: `\`${i.path}\` cannot be read here (no input reader is configured)` })) };
    if (reading.ok) return { facts, bound: reading.files };
    return { facts: deepFreeze(opaqueForInputs(facts, reading.problems)), bound: [] };
  }

  function classifyWith(action: Action, context: ActionContext, inventory: Inventory): { facts: ActionFacts; paths: string[]; programs?: string[]; toolRoutes?: Array<{ program: string; route: Record<string, string> }>; toolWrites?: string[] } {
    try {
      const c = options.classifier;
      return c.classifyWithPaths ? c.classifyWithPaths(action, context, inventory) : { facts: c.classify(action, context, inventory), paths: [] };
    } catch (err) {
      throw new PortcullisError('classify_failed', `the classifier failed on this action: ${toPortcullisError(err).message}`, { cause: err });
    }
  }

  /**
   * D8: which programs the action names by a path the agent's Unix user can change (none when the
   * resolver knows no Unix user for it): each runs as a program of the agent's own.
   */
  async function changeablePrograms(programs: readonly string[] | undefined, agent: Agent, context: ActionContext, toolRoutes: ReadonlyArray<{ program: string; route: Record<string, string> }> = [], toolWrites: readonly string[] = []): Promise<Array<{ program: string; why: string; source: 'file' | 'config'; message: string }>> {
    if (!options.paths?.changeable || !programs || programs.length === 0) return [];
    const paths = options.paths;
    const where = { ...(context.searchPath !== undefined ? { searchPath: context.searchPath } : {}), ...(context.cwd !== undefined ? { cwd: context.cwd } : {}) };
    const whys = await bounded('paths', paths.changeable!(agent.id, programs, where));
    if (whys === undefined) return [];
    // SECURITY (F1): an answer that does not match the question is no answer.
    if (whys.length !== programs.length) throw new PortcullisError('internal_error', 'the path resolver answered for the wrong number of programs');
    const own: Array<{ program: string; why: string; source: 'file' | 'config'; message: string }> = programs.flatMap((program, i) => (whys[i] ? [{ program, why: whys[i], source: 'file' as const, message: `\`${program.replace(/^\?/, '')}\` can be changed by the agent's Unix user: ${whys[i]}` }] : []));
    // D8 round 12: a program the agent's user cannot change may still run what that user's configuration files say.
    if (paths.readAsAgent) {
      const rest = programs.filter((p) => !own.some((o) => o.program === p));
      const configured = await bounded('paths', configuredPrograms(rest, context, {
        read: (files) => paths.readAsAgent!(agent.id, files).then((r) => {
          // SECURITY (F1): an answer that does not match the question is no answer.
          if (r !== undefined && r.length !== files.length) throw new PortcullisError('internal_error', 'the path resolver read the wrong number of files');
          return r;
        }),
        changeable: (files, w) => paths.changeable!(agent.id, files, w),
        ...(paths.agentHome ? { userHome: () => paths.agentHome!(agent.id) } : {}),
        // D8 round 18: a written path and a read one are compared by their real paths too (an include that is a link)
        realPaths: (files) => paths.resolve(files).then((r) => files.map((f) => r.find((x) => x.path === f)?.real ?? null)),
      }, toolRoutes, toolWrites));
      own.push(...configured.map((c) => ({ program: c.program, why: c.why, source: 'config' as const, message: `\`${c.program}\` runs what the agent's Unix user configures: ${c.why}` })));
    }
    return own;
  }

  /** D8: the named paths that lead into the control plane under another name (a symlink, a `..` through one, a hard link). */
  async function controlPlaneAliases(paths: readonly string[]): Promise<Array<{ path: string; to: string; secret: boolean; how: string }>> {
    const aliases: Array<{ path: string; to: string; secret: boolean; how: string }> = [];
    if (!options.paths || paths.length === 0) return aliases;
    const inventory = options.inventory;
    const resolved = await bounded('paths', options.paths.resolve(paths));
    for (const r of resolved) {
      const path = normalizePath(r.path);
      const to = r.sameFileAs ?? r.real;
      if (to === null || to === path) continue;
      // New control plane, or a secret behind a name that is only control plane (`.portcullis/notes` → the key).
      const secret = isControlPlaneSecret(to, inventory) && !isControlPlaneSecret(path, inventory);
      if (!secret && (namesControlPlane(path, inventory) || !namesControlPlane(to, inventory))) continue;
      if (!aliases.some((a) => a.path === path)) aliases.push({ path, to, secret, how: r.sameFileAs ? 'a hard link' : 'through a link' });
    }
    return aliases;
  }

  /**
   * D8: the paths the action names are resolved on the filesystem; one that leads into the control
   * plane (a symlink, a `..` through one, a hard link) is control plane for this decision, and a
   * program named by a path the agent's Unix user can change is a program of its own: the action is
   * classified again with them, so every rule applies to them as to what they really are.
   */
  async function classify(action: Action, context: ActionContext, agent: Agent): Promise<ActionFacts> {
    const inventory = options.inventory;
    const first = classifyWith(action, context, inventory);
    const [aliases, own] = await Promise.all([controlPlaneAliases(first.paths), changeablePrograms(first.programs, agent, context, first.toolRoutes, first.toolWrites)]);
    let facts = first.facts;
    if (aliases.length > 0 || own.length > 0) {
      const widened: Inventory = {
        ...inventory,
        ...(aliases.length > 0
          ? {
              controlPlanePaths: [...inventory.controlPlanePaths, ...aliases.map((a) => a.path)],
              controlPlaneSecrets: [...(inventory.controlPlaneSecrets ?? []), ...aliases.filter((a) => a.secret).map((a) => a.path)],
            }
          : {}),
        ...(own.length > 0 ? { changeablePrograms: own.map((o) => o.program) } : {}),
      };
      const again = classifyWith(action, context, widened).facts;
      facts = {
        ...again,
        findings: [
          ...again.findings,
          ...aliases.map((a) => ({ code: 'control_plane_alias', message: `\`${a.path}\` leads to \`${a.to}\` (${a.how}), part of Portcullis's own control plane` })),
          ...own.map((o) => ({ code: 'program_changeable', message: o.message, program: { name: o.program.replace(/^\?/, ''), why: o.why, source: o.source } })),
        ],
      };
    }
    // The classifier cannot know who acts: mark targets in the agent's own home environment here.
    return deepFreeze({ ...facts, targets: facts.targets.map((t) => ({ ...t, home: t.environment !== null && t.environment === agent.homeEnvironment })) });
  }

  async function evaluate(req: DecisionRequest, state: { digest: string; facts: ActionFacts | null } = { digest: '', facts: null }): Promise<Evaluation> {
    const engine = options.engine();
    // SECURITY (F2): no policy set, no decision.
    if (!engine) throw new PortcullisError('policy_not_loaded', 'no policy set is loaded', { hint: 'run `portcullis policy validate` and fix what it reports' });
    const { agent, operator, ancestors } = await resolvePrincipals(options.directory, req.agentId, (p) => bounded('directory', p));
    const { facts, bound } = await bindInputs(await classify(req.action, req.context, agent), req.context);
    state.facts = facts;
    const envelope: ActionEnvelope = { agent: agent.id, operator: operator.id, action: req.action, context: req.context, policySetHash: engine.hash, ...(bound.length > 0 ? { inputs: bound } : {}) };
    const digest = digestOf(envelope as unknown as JsonObject);
    state.digest = digest;
    const verdict = engine.evaluate({ agent, operator, ancestors, facts, actionKind: req.action.kind, tool: facts.tool ?? defaultTool(req.action), environments, unknownTier: options.inventory.unknownTier });
    return { verdict, facts, digest, envelope, agent };
  }

  async function decideInner(req: DecisionRequest, state: DecideState): Promise<Omit<Decision, 'decisionId'>> {
    const { verdict, facts, digest, envelope, agent } = await evaluate(req, state);
    state.agent = agent;
    const base = { actionDigest: digest, facts, requiredApprovals: 0, approverGroups: [] as string[], ...(envelope.inputs ? { inputs: envelope.inputs.map((i) => ({ path: i.path, realPath: i.realPath, sha256: i.sha256, role: i.role })) } : {}) };

    // Brakes come after evaluation so the decision records the facts; they win over any allow or hold.
    if (options.brakes) {
      const stop = await bounded('brakes', options.brakes.check(agent, facts));
      if (stop) return { ...base, effect: 'deny', reasons: [{ code: stop.code, message: stop.message }], policies: [] };
    }
    let decision: Omit<Decision, 'decisionId'>;
    if (verdict.effect === 'hold') {
      const outcome = await bounded('approvals', options.approvals.hold({ envelope, digest, facts, requiredApprovals: verdict.requiredApprovals, approverGroups: verdict.approverGroups, policies: verdict.policies, ...(req.beforeConsume ? { beforeConsume: req.beforeConsume } : {}) }));
      const held = { ...base, policies: verdict.policies, requiredApprovals: verdict.requiredApprovals, approverGroups: verdict.approverGroups, requestId: outcome.requestId };
      if (outcome.status === 'approved') {
        decision = { ...held, effect: 'allow', reasons: [{ code: 'approvals_satisfied', message: `approved by ${outcome.approvedBy.map((h) => `\`${h}\``).join(' and ')} for this exact action (request ${outcome.requestId})` }] };
      } else if (outcome.status === 'denied') {
        decision = { ...held, effect: 'deny', reasons: [{ code: 'approval_denied', message: outcome.reason }] };
        state.persistence = true;
      } else {
        decision = { ...held, effect: 'hold', reasons: [...verdict.reasons, { code: 'approval_pending', message: `waiting for ${outcome.required - outcome.approvals} more approval(s) on request ${outcome.requestId}` }] };
      }
    } else {
      decision = { ...base, effect: verdict.effect, reasons: verdict.reasons, policies: verdict.policies };
      state.persistence = verdict.effect === 'deny';
    }

    // SECURITY (F7): shadow mode never suspends a never-rule (the kill switch already returned above).
    if (decision.effect !== 'allow' && options.brakes && !decision.policies.some((p) => NEVER_RULE_POLICIES.includes(p))) {
      const envs = facts.targets.length > 0 ? facts.targets.map((t) => t.environment) : [null];
      const shadowed = await Promise.all(envs.map((e) => bounded('brakes', options.brakes!.shadow(e))));
      if (shadowed.every(Boolean)) {
        decision = { ...decision, shadow: { wouldBe: decision.effect }, effect: 'allow', reasons: [...decision.reasons, { code: 'shadow_mode', message: `shadow mode: this would have been a ${decision.effect}; allowed and recorded` }] };
      }
    }
    if (decision.effect === 'allow' && facts.destructive && options.brakes) await bounded('brakes', options.brakes.spend(agent, facts));
    return decision;
  }

  return {
    evaluate: (req) => evaluate(req),
    async neverAllowed(agentId, server, tool) {
      const engine = options.engine();
      if (!engine) return false;
      let caller;
      try {
        caller = await resolvePrincipals(options.directory, agentId, (p) => bounded('directory', p));
      } catch {
        return false;
      }
      return neverAllowedTool(engine, options.inventory, caller, tool, server);
    },
    async decide(req) {
      const state: DecideState = { digest: '', facts: null, agent: null, persistence: false };
      let decision: Omit<Decision, 'decisionId'>;
      try {
        decision = await decideInner(req, state);
      } catch (err) {
        state.persistence = false;
        // SECURITY (F1): every failure is a deny that says what happened.
        const e = toPortcullisError(err);
        // a refusal the caller can act on carries what to do in the reason itself (reasons have no hint)
        const reason: Reason = { code: ERROR_REASONS[e.code] ?? 'internal_error', message: e.code === 'exec_ptrace_open' && e.hint ? `${e.message}; ${e.hint}` : e.message };
        decision = { effect: 'deny', reasons: [reason], policies: [], requiredApprovals: 0, approverGroups: [], actionDigest: state.digest, facts: state.facts };
      }
      try {
        // F7: a shadowed allow is an entry of its own kind, so no reader mistakes it for an enforced allow.
        const entry = await bounded('audit', options.audit.append({ type: decision.shadow ? 'shadow_allow' : 'decision', actor: `agent:${req.agentId}`, body: auditBody(req, decision, options.clock.now()) }));
        // SECURITY (D10): a recorded policy denial counts towards freezing the agent; a failure to
        // count it leaves the answer a deny (it only loses one count).
        if (decision.effect === 'deny' && state.persistence && state.agent && options.brakes?.recordDenial) {
          await bounded('brakes', options.brakes.recordDenial(state.agent, decision.reasons.map((r) => r.code), decision.facts?.summary ?? '')).catch(() => false);
        }
        return deepFreeze({ ...decision, decisionId: entry.id });
      } catch (err) {
        // SECURITY (L2): an unrecorded decision never allows.
        const e = toPortcullisError(err, 'audit_append_failed');
        return deepFreeze({
          ...decision,
          effect: 'deny',
          shadow: undefined,
          decisionId: '',
          reasons: [{ code: 'store_unavailable', message: `the audit log could not record this decision (${e.message}); denied` }],
        });
      }
    },
  };
}

/** SECURITY (A12): inputs that could not be read make the whole action the worst case. */
function opaqueForInputs(facts: ActionFacts, problems: InputProblem[]): ActionFacts {
  const verbs = facts.verbs.includes('unknown') ? facts.verbs : [...facts.verbs, 'unknown' as const].sort();
  return {
    ...facts,
    verbs,
    confidence: 'opaque',
    destructive: true,
    reversible: false,
    findings: [...facts.findings, ...problems.map((p) => ({ code: p.code, message: `${p.message}: an approval could not bind its content, so the action is treated as the worst case` }))],
  };
}

function defaultTool(action: Action): string {
  switch (action.kind) {
    case 'mcp_tool_call':
      return action.tool;
    case 'terraform_plan':
      return 'terraform';
    case 'sql':
      return 'sql';
    case 'file_write':
      return 'file';
    case 'http_request':
      return 'http';
    case 'shell':
      return '';
  }
}

function auditBody(req: DecisionRequest, d: Omit<Decision, 'decisionId'>, at: number): DecisionAuditBody {
  // Absent members (requestId, shadow) are undefined here; the audit log's canonical JSON drops them.
  const body: DecisionAuditBody = {
    at,
    agent: req.agentId,
    action: req.action,
    context: req.context,
    reason: req.reason,
    effect: d.effect,
    reasons: d.reasons,
    policies: d.policies,
    requiredApprovals: d.requiredApprovals,
    actionDigest: d.actionDigest,
    requestId: d.requestId,
    shadow: d.shadow,
    inputs: d.inputs,
    facts: d.facts,
  };
  return body;
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PortcullisError(what === 'audit' || what === 'approvals' || what === 'directory' ? 'store_unavailable' : 'internal_error', `${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

