/**
 * The OpenAPI 3.1 document served at `/openapi.json`. A test checks that its paths and methods are
 * exactly the routes the app serves (docs/api.md describes the same endpoints in prose).
 */
import { AUDIT_KINDS } from '../../gateway/index.ts';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ content: { 'application/json': { schema } } });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c] ?? 'error', ...json(ref('ApiErrorV1')) }]));
const ERROR_TEXT: Record<number, string> = {
  400: 'malformed body or query (unknown fields, wrong types, invalid UTF-8 or JSON)',
  401: 'no, malformed, unknown or revoked token; not signed in',
  403: 'authenticated but not allowed (agent token on a reviewer endpoint, reviewer token on an agent endpoint, missing CSRF token, not an admin)',
  404: 'no such request, entry or agent (for an agent: no request of its own with this id)',
  409: 'refused by the two-person rule (wrong digest, ineligible reviewer, request not pending; an outcome for a request that is not executing)',
  413: 'body larger than server.body_limit_kb',
  415: 'content type is not application/json',
  501: 'exec_staging_unavailable: this server has no daemon to stage input files (only an agent\'s Unix socket of `portcullis daemon` does)',
  503: 'not answered in time or not admitted (F8): store_unavailable, store_failed, deadline_exceeded, overloaded; Retry-After says when to retry',
};
const reviewer = [{ reviewerToken: [] }, { session: [] }];
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const q = (name: string, description: string, schema: Json) => ({ name, in: 'query', required: false, description, schema });

export function openApiDocument(version: string, options: { oidc?: boolean } = {}): Json {
  const paths: Record<string, Json> = {
    '/healthz': { get: { summary: 'Liveness: the process answers', responses: { 200: { description: 'alive', ...json({ type: 'object' }) } } } },
    '/readyz': { get: { summary: 'Readiness (F2): config and policies validated and the store answers', responses: { 200: { description: 'ready', ...json({ type: 'object' }) }, 503: { description: 'not ready', ...json({ type: 'object' }) } } } },
    '/metrics': { get: { summary: 'Prometheus metrics of this replica', responses: { 200: { description: 'text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
    '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } } } },
    '/v1/decisions': {
      post: {
        summary: 'Decide one action for the agent the token belongs to (allow, deny or hold are all 200)',
        security: [{ agentToken: [] }],
        requestBody: { required: true, ...json(ref('DecisionRequestV1')) },
        responses: { 200: { description: 'the decision, recorded in the audit log before it was returned', ...json(ref('DecisionResponseV1')) }, ...errors(400, 401, 403, 413, 415) },
      },
    },
    '/v1/requests/{id}': {
      get: {
        summary: 'The status of one of this agent\'s own held requests; changes nothing (poll it instead of deciding again)',
        security: [{ agentToken: [] }], parameters: [idParam('id', 'the `requestId` of a held decision')],
        responses: { 200: { description: 'the request\'s status', ...json(ref('AgentRequestStatusV1')) }, ...errors(400, 401, 403, 404) },
      },
    },
    '/v1/requests/{id}/outcome': {
      post: {
        summary: 'Record how the execution of this agent\'s own EXECUTING request ended (L3); once',
        security: [{ agentToken: [] }], parameters: [idParam('id', 'the `requestId` of the consumed decision')],
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, required: ['outcome'], properties: { outcome: { enum: ['succeeded', 'failed'] }, exitCode: { type: 'integer' } } }) },
        responses: { 200: { description: 'recorded: the request is now succeeded or failed', ...json(ref('AgentRequestStatusV1')) }, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    '/v1/never-allowed': {
      get: {
        summary: 'Whether policy denies this agent an MCP tool whatever the call\'s arguments (the MCP proxy hides such tools); records nothing',
        security: [{ agentToken: [] }],
        parameters: [{ ...q('server', 'the MCP server\'s name as policy knows it', { type: 'string' }), required: true }, { ...q('tool', 'the tool\'s name', { type: 'string' }), required: true }],
        responses: {
          200: { description: 'the answer; false when in doubt (every call is still decided)', ...json({ type: 'object', additionalProperties: false, required: ['v', 'server', 'tool', 'neverAllowed'], properties: { v: { const: 1 }, server: { type: 'string' }, tool: { type: 'string' }, neverAllowed: { type: 'boolean' } } }) },
          ...errors(400, 401, 403),
        },
      },
    },
    '/v1/requests/{id}/lease': {
      post: {
        summary: 'L3: renew the execution lease of this agent\'s own EXECUTING request while its command runs (body `{}`); a lease that ran out is never revived (the request is outcome_unknown)',
        security: [{ agentToken: [] }], parameters: [idParam('id', 'the `requestId` of the consumed decision')],
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, properties: {} }) },
        responses: {
          200: { description: 'renewed: `leaseUntil` (server time, epoch ms) and `leaseMs` (the lease length; renew well within it) with the request status', ...json({ allOf: [ref('AgentRequestStatusV1'), { type: 'object', required: ['leaseUntil', 'leaseMs'], properties: { leaseUntil: { type: 'integer' }, leaseMs: { type: 'integer' } } }] }) },
          ...errors(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    '/v1/inputs': {
      post: {
        summary: 'A12: hand over the bytes of input files of an allowed decision this agent was just given; the daemon checks each against the sha256 the decision bound and writes a copy the agent may read and not change (agent sockets of `portcullis daemon` only; once per decision)',
        security: [{ agentToken: [] }],
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, required: ['decisionId', 'files'], properties: { decisionId: { type: 'string' }, files: { type: 'array', minItems: 1, maxItems: 256, items: { type: 'object', additionalProperties: false, required: ['path', 'base64'], properties: { path: { type: 'string', description: 'as the decision\'s `inputs` name it' }, base64: { type: 'string' } } } } } }) },
        responses: {
          200: { description: 'staged: the path of each copy, in order', ...json({ type: 'object', required: ['v', 'stageId', 'files'], properties: { v: { const: 1 }, stageId: { type: 'string' }, files: { type: 'array', items: { type: 'object', required: ['path', 'staged'], properties: { path: { type: 'string' }, staged: { type: 'string' } } } } } }) },
          ...errors(400, 401, 403, 404, 409, 413, 415, 501),
        },
      },
    },
    '/v1/inputs/{id}/release': {
      post: {
        summary: 'A12: remove the copies of one of this agent\'s stages (body `{}`); `released` is false when they were gone already',
        security: [{ agentToken: [] }], parameters: [idParam('id', 'the `stageId`')],
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, properties: {} }) },
        responses: { 200: { description: 'removed', ...json({ type: 'object', required: ['v', 'released'], properties: { v: { const: 1 }, released: { type: 'boolean' } } }) }, ...errors(400, 401, 403, 413, 415, 501) },
      },
    },
    '/v1/me': { get: { summary: 'Who is signed in (and the CSRF token of a cookie session)', security: reviewer, responses: { 200: { description: 'the principal', ...json({ type: 'object' }) }, ...errors(401, 403) } } },
    '/v1/approvals': {
      get: {
        summary: 'Approval requests, oldest first', security: reviewer,
        parameters: [q('status', 'comma-separated statuses', { type: 'string' }), q('limit', '1..500', { type: 'integer' })],
        responses: { 200: { description: 'requests', ...json({ type: 'object', properties: { requests: { type: 'array', items: ref('ApprovalRequest') } } }) }, ...errors(400, 401, 403) },
      },
    },
    '/v1/approvals/{id}': { get: { summary: 'One request: the exact action, facts, votes, history', security: reviewer, parameters: [idParam('id', 'request id')], responses: { 200: { description: 'the request', ...json(ref('ApprovalRequest')) }, ...errors(401, 403, 404) } } },
    '/v1/approvals/{id}/approve': {
      post: {
        summary: 'Approve the request for this exact digest (A1)', security: reviewer, parameters: [idParam('id', 'request id')],
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, required: ['digest'], properties: { digest: { type: 'string' }, comment: { type: ['string', 'null'], maxLength: 2000 } } }) },
        responses: { 200: { description: 'counted (or already counted)', ...json({ type: 'object' }) }, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    '/v1/approvals/{id}/reject': {
      post: {
        summary: 'Reject the request (A4); a comment is required', security: reviewer, parameters: [idParam('id', 'request id')],
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, required: ['comment'], properties: { comment: { type: 'string', minLength: 1, maxLength: 2000 } } }) },
        responses: { 200: { description: 'the request, now denied', ...json(ref('ApprovalRequest')) }, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    '/v1/approvals/{id}/cancel': {
      post: {
        summary: 'Withdraw a pending or approved request', security: reviewer, parameters: [idParam('id', 'request id')],
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, properties: { comment: { type: ['string', 'null'], maxLength: 2000 } } }) },
        responses: { 200: { description: 'the request, now cancelled', ...json(ref('ApprovalRequest')) }, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    '/v1/approvals/{id}/break-glass': {
      post: {
        summary: 'F4: an admin who is not the operator releases the request alone (single-use, bound to the digest, audited as break_glass)', security: reviewer, parameters: [idParam('id', 'request id')],
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, required: ['digest', 'reason'], properties: { digest: { type: 'string' }, reason: { type: 'string', minLength: 1, maxLength: 1000 } } }) },
        responses: { 200: { description: 'the request, now approved', ...json(ref('ApprovalRequest')) }, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    '/v1/approvals/recover': {
      post: {
        summary: 'L3: requests executing for at least olderThanMs (an intent with no outcome) become outcome_unknown; never retried', security: reviewer,
        requestBody: { required: true, ...json({ type: 'object', additionalProperties: false, required: ['olderThanMs'], properties: { olderThanMs: { type: 'integer', minimum: 0 } } }) },
        responses: { 200: { description: 'the requests moved', ...json({ type: 'object', required: ['requestIds'], properties: { requestIds: { type: 'array', items: { type: 'string' } } } }) }, ...errors(400, 401, 403, 413, 415) },
      },
    },
    '/v1/audit': {
      get: {
        summary: 'A page of audit entries, newest first', security: reviewer,
        parameters: [q('before', 'entries with seq below this', { type: 'integer' }), q('limit', '1..500', { type: 'integer' }), q('type', 'entry type (another is 400 request_invalid)', { type: 'string', enum: [...AUDIT_KINDS] })],
        responses: { 200: { description: 'entries', ...json({ type: 'object' }) }, ...errors(400, 401, 403) },
      },
    },
    '/v1/audit/verify': { get: { summary: 'Recompute the hash chain and checkpoints (L5)', security: reviewer, responses: { 200: { description: 'verification report', ...json({ type: 'object' }) }, ...errors(401, 403) } } },
    '/v1/audit/{seq}': { get: { summary: 'One audit entry', security: reviewer, parameters: [{ name: 'seq', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }], responses: { 200: { description: 'the entry', ...json({ type: 'object' }) }, ...errors(401, 403, 404) } } },
    '/v1/agents': { get: { summary: 'Agents with role, operator, home environment, freeze state and recent decisions', security: reviewer, parameters: [q('recent', '0..100 decisions per agent', { type: 'integer' })], responses: { 200: { description: 'agents', ...json({ type: 'object' }) }, ...errors(400, 401, 403) } } },
    '/v1/agents/{id}': { get: { summary: 'One agent', security: reviewer, parameters: [idParam('id', 'agent id')], responses: { 200: { description: 'the agent', ...json({ type: 'object' }) }, ...errors(401, 403, 404) } } },
    '/v1/brakes': {
      get: { summary: 'Kill switches, shadow mode and budget spend', security: reviewer, responses: { 200: { description: 'brakes state', ...json({ type: 'object' }) }, ...errors(401, 403) } },
      post: {
        summary: 'Switch a brake (audited; releasing or shadow on needs an admin; never an agent: F3)', security: reviewer,
        requestBody: { required: true, ...json(ref('BrakeChange')) },
        responses: { 200: { description: 'brakes state after the change', ...json({ type: 'object' }) }, ...errors(400, 401, 403, 413, 415) },
      },
    },
    '/v1/shadow-report': { get: { summary: 'Decisions shadow mode let through, newest first', security: reviewer, parameters: [q('limit', '1..1000', { type: 'integer' })], responses: { 200: { description: 'decisions', ...json({ type: 'object' }) }, ...errors(400, 401, 403) } } },
    '/auth/sign-in': {
      post: {
        summary: 'Exchange a reviewer token for a session cookie (HttpOnly, SameSite=Strict)',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', additionalProperties: false, required: ['token'], properties: { token: { type: 'string' } } } }, 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { token: { type: 'string' } } } } } },
        responses: { 200: { description: 'signed in (JSON)', ...json({ type: 'object' }) }, 303: { description: 'signed in (form): to /ui' }, ...errors(400, 401, 403, 413, 415) },
      },
    },
    '/auth/sign-out': { post: { summary: 'End the session (CSRF token required when signed in)', responses: { 200: { description: 'signed out', ...json({ type: 'object' }) }, 303: { description: 'to the sign-in page' }, ...errors(403) } } },
  };
  if (options.oidc) {
    paths['/auth/oidc/start'] = { get: { summary: 'Start OpenID Connect sign-in (code flow with PKCE)', responses: { 302: { description: 'to the identity provider' } } } };
    paths['/auth/oidc/callback'] = { get: { summary: 'OpenID Connect redirect target', responses: { 200: { description: 'signed in' }, ...errors(401, 403) } } };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Portcullis', version, description: 'A fail-closed gate between AI coding agents and the systems they act on. See docs/api.md.' },
    paths,
    components: {
      securitySchemes: {
        agentToken: { type: 'http', scheme: 'bearer', description: 'an agent token (`pct_a_…`) from `portcullis agents add`' },
        reviewerToken: { type: 'http', scheme: 'bearer', description: 'a reviewer token (`pct_h_…`) from `portcullis users add`' },
        session: { type: 'apiKey', in: 'cookie', name: 'portcullis_session', description: 'from /auth/sign-in or OIDC; state changes also need the `x-csrf-token` header' },
      },
      schemas: {
        ApiErrorV1: {
          type: 'object', required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' }, issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } } } } },
        },
        DecisionRequestV1: {
          type: 'object', additionalProperties: false, required: ['action'],
          properties: {
            agent: { type: 'string', description: 'optional; must equal the agent the token belongs to' },
            action: { type: 'object', description: 'one of shell, mcp_tool_call, terraform_plan, sql, file_write, http_request (by `kind`)', required: ['kind'] },
            context: { type: 'object', description: 'cwd, gitBranch, kubeContext, awsProfile, tfWorkspace, … (strict)' },
          },
        },
        DecisionResponseV1: {
          type: 'object', required: ['v', 'decisionId', 'effect', 'reasons', 'policies', 'requiredApprovals', 'approverGroups', 'actionDigest', 'facts'],
          properties: {
            v: { const: 1 }, decisionId: { type: 'string' }, effect: { enum: ['allow', 'deny', 'hold'] }, reasons: { type: 'array', items: { type: 'object' } }, policies: { type: 'array', items: { type: 'string' } },
            requiredApprovals: { type: 'integer' }, approverGroups: { type: 'array', items: { type: 'string' } }, actionDigest: { type: 'string' }, requestId: { type: 'string' },
            shadow: { type: 'object', properties: { wouldBe: { enum: ['allow', 'deny', 'hold'] } } }, facts: { type: ['object', 'null'] },
            inputs: {
              type: 'array', description: 'A12: the local input files this decision bound; exec checks them again just before it runs',
              items: { type: 'object', required: ['path', 'realPath', 'sha256', 'role'], properties: { path: { type: 'string' }, realPath: { type: 'string' }, sha256: { type: 'string' }, role: { type: 'string' } } },
            },
          },
        },
        AgentRequestStatusV1: {
          type: 'object', additionalProperties: false, required: ['id', 'digest', 'status', 'approvals', 'required', 'approverGroups', 'expiresAt'],
          properties: {
            id: { type: 'string' }, digest: { type: 'string' },
            status: { enum: ['pending', 'approved', 'executing', 'succeeded', 'failed', 'outcome_unknown', 'denied', 'expired', 'cancelled'] },
            approvals: { type: 'integer', description: 'approvals that count now' }, required: { type: 'integer' }, approverGroups: { type: 'array', items: { type: 'string' } },
            expiresAt: { type: 'integer', description: 'epoch milliseconds at which a pending request expires' },
          },
        },
        // the one shape of a request: GET /v1/approvals/{id} and `portcullis approvals show --json` (ApprovalRequestViewModel)
        ApprovalRequest: {
          type: 'object',
          required: ['id', 'digest', 'status', 'agent', 'operator', 'action', 'context', 'policySetHash', 'facts', 'required', 'approverGroups', 'policies', 'approvals', 'rejections', 'breakGlass', 'createdAt', 'expiresAt', 'executeBy', 'leaseUntil', 'history', 'reasons', 'requesterReason', 'tiers', 'executeWindowMs', 'inputs'],
          properties: {
            id: { type: 'string' }, digest: { type: 'string' },
            status: { enum: ['pending', 'approved', 'executing', 'succeeded', 'failed', 'outcome_unknown', 'denied', 'expired', 'cancelled'] },
            agent: { type: 'string' }, operator: { type: 'string' }, action: { type: 'object' }, context: { type: 'object' }, policySetHash: { type: 'string' }, facts: { type: 'object' },
            required: { type: 'integer' }, approverGroups: { type: 'array', items: { type: 'string' } }, policies: { type: 'array', items: { type: 'string' } },
            approvals: { type: 'array', items: ref('Vote') }, rejections: { type: 'array', items: ref('Vote') }, breakGlass: { type: 'array', items: ref('Vote') },
            inputs: {
              type: 'array', description: 'A12: the local files the action reads, as read and hashed when it was held; `text` when UTF-8',
              items: { type: 'object', required: ['path', 'realPath', 'role', 'size', 'sha256'], properties: { path: { type: 'string' }, realPath: { type: 'string' }, role: { type: 'string' }, size: { type: 'integer' }, sha256: { type: 'string' }, text: { type: 'string' } } },
            },
            createdAt: { type: 'integer' }, expiresAt: { type: 'integer' }, executeBy: { type: ['integer', 'null'] }, leaseUntil: { type: ['integer', 'null'] },
            history: { type: 'array', items: { type: 'object', required: ['at', 'from', 'to', 'actor', 'reason'], properties: { at: { type: 'integer' }, from: { type: 'string' }, to: { type: 'string' }, actor: { type: 'string' }, reason: { type: 'string' } } } },
            reasons: { type: 'array', description: 'why it was held (filled by show)', items: { type: 'object', required: ['code', 'message', 'policyId'], properties: { code: { type: 'string' }, message: { type: 'string' }, policyId: { type: ['string', 'null'] } } } },
            requesterReason: { type: ['string', 'null'] }, tiers: { type: 'object', additionalProperties: { type: 'string' } }, executeWindowMs: { type: 'integer' },
          },
        },
        Vote: { type: 'object', required: ['human', 'at', 'comment', 'solo', 'counts'], properties: { human: { type: 'string' }, at: { type: 'integer' }, comment: { type: ['string', 'null'] }, solo: { type: 'boolean' }, counts: { type: 'boolean' } } },
        BrakeChange: {
          oneOf: [
            { type: 'object', additionalProperties: false, required: ['kind', 'agent'], properties: { kind: { enum: ['freeze', 'unfreeze'] }, agent: { type: 'string' }, reason: { type: ['string', 'null'] } } },
            { type: 'object', additionalProperties: false, required: ['kind'], properties: { kind: { enum: ['freeze_all', 'unfreeze_all'] }, reason: { type: ['string', 'null'] } } },
            { type: 'object', additionalProperties: false, required: ['kind', 'environment', 'on'], properties: { kind: { const: 'shadow' }, environment: { type: ['string', 'null'] }, on: { type: 'boolean' }, reason: { type: ['string', 'null'] } } },
          ],
        },
      },
    },
  };
}
