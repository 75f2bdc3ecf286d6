import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { PortcullisError, toPortcullisError, type ErrorCode, type Issue } from '../../core/index.ts';

/** The one error body every endpoint answers with. `code` is stable; `message` is for people. */
export interface ApiErrorV1 {
  error: {
    code: string;
    message: string;
    hint?: string;
    /** Field-level problems of a rejected body (F6). */
    issues?: Issue[];
  };
}

/** The HTTP status of each error code: the only place codes become statuses. */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  request_invalid: 400,
  action_invalid: 400,
  auth_failed: 401,
  permission_denied: 403,
  not_found: 404,
  approval_not_found: 404,
  principal_unknown: 404,
  method_not_allowed: 405,
  approval_refused: 409,
  store_conflict: 409,
  request_too_large: 413,
  unsupported_media_type: 415,
  store_unavailable: 503,
  store_failed: 503,
  store_corrupt: 503,
  deadline_exceeded: 503,
  overloaded: 503,
  policy_not_loaded: 503,
  exec_input_changed: 409,
  exec_staging_unavailable: 501,
  // A12: this host lets the agent's user ptrace its own processes; the daemon refuses until an admin acts
  exec_ptrace_open: 403,
};

export function statusOf(code: string): ContentfulStatusCode {
  return STATUS[code as ErrorCode] ?? 500;
}

/** An error carrying field issues (a strict body that failed to parse). */
export class RequestInvalidError extends PortcullisError {
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[]) {
    super('request_invalid', message, { hint: 'fix the listed fields; docs/api.md describes every body' });
    this.issues = issues;
  }
}

export function errorBody(err: unknown): { status: ContentfulStatusCode; body: ApiErrorV1 } {
  const e = toPortcullisError(err);
  const status = statusOf(e.code);
  // an unexpected failure never leaks its internals to the caller
  const message = status === 500 ? 'internal error' : e.message;
  return {
    status,
    body: { error: { code: status === 500 ? 'internal_error' : e.code, message, ...(e.hint && status !== 500 ? { hint: e.hint } : {}), ...(err instanceof RequestInvalidError ? { issues: err.issues } : {}) } },
  };
}

export function sendError(c: Context, err: unknown): Response {
  const { status, body } = errorBody(err);
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="portcullis"');
  // F8: a 503 says when to come back, so clients back off instead of piling on
  if (status === 503) c.header('Retry-After', '1');
  c.header('Cache-Control', 'no-store');
  return c.json(body, status);
}
