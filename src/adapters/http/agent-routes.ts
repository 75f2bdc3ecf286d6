import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { PortcullisError, type ActionContext, type Decision } from '../../core/index.ts';
import { parseDecisionRequest, STAGE_MAX_BYTES, STAGE_MAX_FILES, type Gateway, type InputStaging } from '../../gateway/index.ts';
import type { ControlPlane } from '../../control/index.ts';
import { readBody } from './body.ts';
import { RequestInvalidError, sendError } from './errors.ts';

/**
 * The decision API v1 endpoints an agent may call: decide, read its own held request, report the
 * outcome of its execution, ask whether policy never allows it an MCP tool (the proxy's tool hiding). One definition, mounted on the TCP server (the agent named by its bearer
 * token) and on each agent's Unix socket (the agent named by the socket the connection came in on,
 * D7). `agentOf` is the only difference between the two.
 */
export interface AgentRouteDeps {
  gateway: Pick<Gateway, 'decide' | 'neverAllowed'>;
  control: Pick<ControlPlane, 'requests'>;
  bodyLimitBytes: number;
  /**
   * A12: where an agent's Unix socket has a daemon behind it, the verified copies of input files
   * (`POST /v1/inputs`); absent, those routes answer `exec_staging_unavailable`.
   */
  staging?: InputStaging;
  /** Told about each decision (the TCP server's metrics). */
  onDecision?: (d: Decision, seconds: number) => void;
}

/** Who asks; rejects (auth_failed, permission_denied) when nobody legitimate does. */
export type AgentOf = (c: Context, refusal: { message: string; hint: string }) => Promise<{ id: string }>;

/** How the caller was identified, for messages: `token` (TCP) or `socket` (D7). */
export type AgentVia = 'token' | 'socket';

const leaseBody = z.strictObject({});
const releaseBody = z.strictObject({});
const stageBody = z.strictObject({
  decisionId: z.string().min(1).max(200),
  files: z.array(z.strictObject({ path: z.string().min(1).max(4096), base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64') })).min(1).max(STAGE_MAX_FILES),
});
/** F8: the staging bound in base64, and room for the paths and the JSON around them. */
const STAGE_BODY_LIMIT = Math.ceil(STAGE_MAX_BYTES / 3) * 4 + STAGE_MAX_FILES * 4200 + 1024;
const outcomeBody = z.strictObject({ outcome: z.enum(['succeeded', 'failed']), exitCode: z.number().int().min(-2_147_483_648).max(4_294_967_295).optional() });

export function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(body)',
    message: i.code === 'unrecognized_keys' ? `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `\`${k}\``).join(', ')}` : i.message.replace(/^Invalid input: /, '').toLowerCase(),
  }));
  throw new RequestInvalidError(`the body is not valid: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
}

/** Query parameters are strict too: an unknown or repeated one is an error, not ignored. */
export function strictQuery(c: Context, allowed: Record<string, (v: string) => boolean>): Record<string, string> {
  const out: Record<string, string> = {};
  const url = new URL(c.req.url);
  for (const [k, v] of url.searchParams) {
    if (!Object.hasOwn(allowed, k)) throw new RequestInvalidError(`unknown query parameter \`${k}\``, [{ path: k, message: 'unknown query parameter' }]);
    if (Object.hasOwn(out, k)) throw new RequestInvalidError(`query parameter \`${k}\` is repeated`, [{ path: k, message: 'repeated' }]);
    if (!allowed[k]!(v)) throw new RequestInvalidError(`query parameter \`${k}\` has an invalid value \`${v}\``, [{ path: k, message: 'invalid value' }]);
    out[k] = v;
  }
  return out;
}

export function pathParam(c: Context, name: string): string {
  const v = c.req.param(name);
  if (typeof v !== 'string' || v.length === 0 || v.length > 200) throw new PortcullisError('request_invalid', `path parameter \`${name}\` is missing or too long`, { hint: 'see /openapi.json' });
  return v;
}

/** Answers a POST-only route's other methods (registered after any real GET on the same path). */
export const methodNotAllowed = (c: Context): Response => {
  c.header('Allow', 'POST');
  return sendError(c, new PortcullisError('method_not_allowed', `\`${c.req.method}\` is not allowed on \`${new URL(c.req.url).pathname}\``, { hint: 'this endpoint changes state: use POST' }));
};

/** DecisionResponseV1: the decision as the agent sees it; `decisionId` is its audit entry (OPA). */
export function decisionResponse(d: Decision) {
  return {
    v: 1, decisionId: d.decisionId, effect: d.effect, reasons: d.reasons, policies: d.policies, requiredApprovals: d.requiredApprovals, approverGroups: d.approverGroups,
    actionDigest: d.actionDigest, ...(d.requestId ? { requestId: d.requestId } : {}), ...(d.shadow ? { shadow: d.shadow } : {}), facts: d.facts,
    ...(d.inputs ? { inputs: d.inputs } : {}),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mounted on apps with different Env types
export function agentRoutes(app: Hono<any>, deps: AgentRouteDeps, agentOf: AgentOf, via: AgentVia): void {
  const limit = deps.bodyLimitBytes;
  const postOnly = (path: string) => app.on(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'], path, methodNotAllowed);

  app.post('/v1/decisions', async (c) => {
    const agent = await agentOf(c, { message: 'reviewer tokens cannot ask for decisions', hint: 'agents use their own token from `portcullis agents add`' });
    const body = await readBody(c, limit, ['json']);
    const value = body.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new RequestInvalidError('the body must be a JSON object `{action, context}`', [{ path: '(body)', message: 'must be an object' }]);
    const { agent: named, ...rest } = value as Record<string, unknown>;
    if (named !== undefined && named !== agent.id) {
      throw new PortcullisError('permission_denied', `the ${via} belongs to agent \`${agent.id}\`, the body names \`${String(named)}\``, { hint: `omit \`agent\`: the ${via} says who asks` });
    }
    // the module-level DecisionRequestV1 schema, with the agent the token or socket says (never a schema built per request)
    const parsed = parseDecisionRequest({ ...rest, agent: agent.id });
    if (!parsed.ok) throw new RequestInvalidError(`the body is not valid: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, parsed.issues);
    const t0 = performance.now();
    const decision = await deps.gateway.decide(parsed.value);
    // A12: an allowed decision's bound files may be staged by this agent (once) through this door.
    deps.staging?.remember(agent.id, decision);
    deps.onDecision?.(decision, (performance.now() - t0) / 1000);
    c.header('Cache-Control', 'no-store');
    return c.json(decisionResponse(decision));
  });
  postOnly('/v1/decisions');

  // An agent follows the request its held decision named without deciding again at every poll, and
  // reports how the execution of a consumed approval ended (L3). Another agent's request is a 404
  // exactly like an unknown id: request ids cannot be probed.
  const followRefusal = { message: 'reviewer tokens cannot follow an agent\'s requests', hint: 'reviewers read requests at `GET /v1/approvals/{id}`' };
  app.get('/v1/requests/:id', async (c) => {
    const agent = await agentOf(c, followRefusal);
    strictQuery(c, {});
    c.header('Cache-Control', 'no-store');
    return c.json(await deps.control.requests.status(pathParam(c, 'id'), { id: agent.id }));
  });
  app.post('/v1/requests/:id/outcome', async (c) => {
    const agent = await agentOf(c, followRefusal);
    const b = parseBody(outcomeBody, (await readBody(c, limit, ['json'])).value);
    c.header('Cache-Control', 'no-store');
    const id = pathParam(c, 'id');
    const status = await deps.control.requests.reportOutcome(id, { id: agent.id }, { outcome: b.outcome, exitCode: b.exitCode ?? null });
    // A12: the execution is over, and so are the copies it ran from.
    await deps.staging?.releaseRequest(agent.id, id).catch(() => undefined);
    return c.json(status);
  });
  postOnly('/v1/requests/:id/outcome');
  // L3: the executor renews the lease of its own EXECUTING request while the command runs
  app.post('/v1/requests/:id/lease', async (c) => {
    const agent = await agentOf(c, followRefusal);
    parseBody(leaseBody, (await readBody(c, limit, ['json'])).value);
    c.header('Cache-Control', 'no-store');
    return c.json(await deps.control.requests.renewLease(pathParam(c, 'id'), { id: agent.id }));
  });
  postOnly('/v1/requests/:id/lease');

  // A12: the daemon writes the verified copies of an allowed decision's input files where the agent's
  // user can read and not change them. Without a daemon behind this door the answer says so.
  const stageRefusal = { message: 'reviewer tokens cannot stage an agent\'s input files', hint: 'agents stage through their own socket' };
  const staging = (): InputStaging => {
    if (!deps.staging) throw new PortcullisError('exec_staging_unavailable', `this ${via === 'socket' ? 'socket' : 'server'} has no daemon to stage input files`, { hint: 'input files are staged through an agent\'s socket of `portcullis daemon` (production install); elsewhere exec keeps its own private copy' });
    return deps.staging;
  };
  app.post('/v1/inputs', async (c) => {
    const agent = await agentOf(c, stageRefusal);
    const s = staging();
    const b = parseBody(stageBody, (await readBody(c, STAGE_BODY_LIMIT, ['json'])).value);
    const files = b.files.map((f) => ({ path: f.path, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }));
    c.header('Cache-Control', 'no-store');
    return c.json({ v: 1, ...(await s.stage(agent.id, b.decisionId, files)) });
  });
  postOnly('/v1/inputs');
  app.post('/v1/inputs/:id/release', async (c) => {
    const agent = await agentOf(c, stageRefusal);
    const s = staging();
    parseBody(releaseBody, (await readBody(c, limit, ['json'])).value);
    c.header('Cache-Control', 'no-store');
    return c.json({ v: 1, released: await s.release(agent.id, pathParam(c, 'id')) });
  });
  postOnly('/v1/inputs/:id/release');

  // The MCP proxy's tool hiding (the remote AgentGate's `neverAllowed`): read-only, records nothing.
  const name = (v: string) => v.length > 0 && v.length <= 200;
  app.get('/v1/never-allowed', async (c) => {
    const agent = await agentOf(c, { message: 'reviewer tokens cannot ask what an agent may call', hint: 'agents use their own token from `portcullis agents add`' });
    const q = strictQuery(c, { server: name, tool: name });
    if (q.server === undefined || q.tool === undefined) throw new RequestInvalidError('query parameters `server` and `tool` are required', [{ path: q.server === undefined ? 'server' : 'tool', message: 'is required' }]);
    c.header('Cache-Control', 'no-store');
    return c.json({ v: 1, server: q.server, tool: q.tool, neverAllowed: await deps.gateway.neverAllowed(agent.id, q.server, q.tool) });
  });
}

/** What the socket's hook endpoint runs: the hook adapter, with this agent's gate (wired by the runtime). */
/** `sessionEnv`: the agent tool's values of the variables that run code unseen, as the hook client read them. */
export type HookRunner = (protocol: string, event: string, context: ActionContext, skipPromptOnAllow: boolean, sessionEnv?: Readonly<Record<string, string>>) => Promise<{ stdout: string; stderr: string; exitCode: number }>;

export type { ActionContext };
