import { z } from 'zod';
import type { Issue, Result } from '../core/index.ts';
import { httpActionHeaders } from '../core/index.ts';
import type { DecisionRequest } from './gateway.ts';

/** Wire form of a decision request (`DecisionRequestV1`): strict, unknown fields are errors (F6). */
const json: z.ZodType<unknown> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(json), z.record(z.string(), json)]));
const jsonObject = z.record(z.string(), json);
const str = z.string().max(1_000_000);

export const actionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('shell'), command: str.min(1), shell: z.enum(['bash', 'powershell', 'cmd']).optional() }),
  z.strictObject({
    kind: z.literal('mcp_tool_call'),
    server: z.string().min(1).max(200),
    tool: z.string().min(1).max(200),
    arguments: jsonObject,
    annotations: z.strictObject({ destructiveHint: z.boolean().optional(), readOnlyHint: z.boolean().optional(), idempotentHint: z.boolean().optional(), openWorldHint: z.boolean().optional() }).optional(),
  }),
  z.strictObject({ kind: z.literal('terraform_plan'), plan: jsonObject }),
  z.strictObject({ kind: z.literal('sql'), sql: str.min(1), dialect: z.string().max(40).optional(), database: z.string().max(200).optional(), host: z.string().max(300).optional() }),
  z.strictObject({ kind: z.literal('file_write'), path: z.string().min(1).max(4096), operation: z.enum(['write', 'edit', 'delete', 'read']), content: str.optional() }),
  z.strictObject({ kind: z.literal('http_request'), method: z.string().min(1).max(16), url: z.string().min(1).max(8192), body: json.optional(), headers: z.record(z.string().max(200), z.string().max(8192)).transform(httpActionHeaders).optional() }),
]);

const ctx = z.string().max(4096).optional();
export const contextSchema = z.strictObject({
  cwd: ctx,
  home: ctx,
  gitBranch: ctx,
  gitRemote: ctx,
  kubeContext: ctx,
  kubeNamespace: ctx,
  awsProfile: ctx,
  awsRegion: ctx,
  awsAccount: ctx,
  tfWorkspace: ctx,
  mcpServer: ctx,
  dialect: ctx,
  database: ctx,
  host: ctx,
  // a PATH may be longer than one folder name
  searchPath: z.string().max(65_536).optional(),
  // D8 round 12: a handful of variables naming configuration files (classify's CONFIG_FILE_VARIABLES)
  toolEnv: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/), z.string().max(65_536)).refine((r) => Object.keys(r).length <= 32, 'holds more than 32 variables').optional(),
});

const requestSchema = z.strictObject({
  agent: z.string().min(1).max(200),
  action: actionSchema,
  context: contextSchema.default({}),
  reason: z.string().max(2000).optional(),
});

function issuesOf(error: z.ZodError, prefix: string): Issue[] {
  return error.issues.map((i) => {
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)';
    if (i.code === 'unrecognized_keys') return { path, message: `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `\`${k}\``).join(', ')}` };
    if (i.code === 'invalid_union' && 'discriminator' in i) return { path: `${path}.kind`, message: 'must be one of shell, mcp_tool_call, terraform_plan, sql, file_write, http_request' };
    const message = i.code === 'invalid_type' && i.message.includes('received undefined') ? 'is required' : i.message.replace(/^Invalid input: /, '').toLowerCase();
    return { path, message };
  });
}

/** `{agent, action, context}` → DecisionRequest. Never throws. */
export function parseDecisionRequest(body: unknown): Result<DecisionRequest> {
  const r = requestSchema.safeParse(body);
  if (!r.success) return { ok: false, issues: issuesOf(r.error, '') };
  const reason = r.data.reason?.trim();
  return { ok: true, value: { agentId: r.data.agent, action: r.data.action as DecisionRequest['action'], context: r.data.context, ...(reason ? { reason } : {}) } };
}

/** An action alone (as in `portcullis check --file`), or `{action, context}`. */
export function parseActionInput(body: unknown): Result<Pick<DecisionRequest, 'action' | 'context'>> {
  const wrapped = body !== null && typeof body === 'object' && 'action' in body;
  const schema = wrapped ? z.strictObject({ action: actionSchema, context: contextSchema.default({}) }) : actionSchema;
  const r = schema.safeParse(body);
  if (!r.success) return { ok: false, issues: issuesOf(r.error, wrapped ? '' : 'action') };
  const data = r.data as { action?: unknown; context?: unknown };
  return wrapped
    ? { ok: true, value: { action: data.action as DecisionRequest['action'], context: data.context as DecisionRequest['context'] } }
    : { ok: true, value: { action: r.data as DecisionRequest['action'], context: {} } };
}
