/**
 * The one error type. `code` is stable and machine-readable (`<module>_<condition>`), `message` is
 * one lowercase line with user input in backticks, `hint` says what to do. Expected outcomes (a deny,
 * a hold) are never errors: they are `Decision` values.
 */
export type ErrorCode =
  | 'config_not_found'
  | 'config_invalid'
  | 'policy_invalid'
  | 'policy_not_loaded'
  | 'policy_evaluation_failed'
  | 'classify_failed'
  | 'action_invalid'
  | 'request_invalid'
  | 'principal_unknown'
  | 'principal_revoked'
  | 'store_unavailable'
  | 'store_conflict'
  | 'store_migration_failed'
  | 'store_corrupt'
  | 'store_failed'
  | 'deadline_exceeded'
  | 'overloaded'
  | 'audit_append_failed'
  | 'audit_corrupt'
  | 'approval_refused'
  | 'approval_not_found'
  | 'auth_failed'
  | 'permission_denied'
  | 'brakes_budget_exhausted'
  | 'request_too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'system_needs_root'
  | 'system_user_invalid'
  | 'system_setup_failed'
  | 'daemon_failed'
  | 'exec_input_changed'
  // this door has no daemon to write verified copies of an action's input files (A12)
  | 'exec_staging_unavailable'
  // A12: the kernel lets the agent's user ptrace the process that would carry an approved action (no Yama, or scope 0)
  | 'exec_ptrace_open'
  // a client of the decision API (the SDK, the remote agent gate) could not get an answer it can trust
  | 'client_unreachable'
  | 'client_timeout'
  | 'client_bad_response'
  | 'client_aborted'
  | 'internal_error';

export class PortcullisError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  /** The HTTP status of the answer this error came from (a client of the API); 0 otherwise. */
  readonly status: number;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown; status?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PortcullisError';
    this.code = code;
    this.hint = options.hint;
    this.status = options.status ?? 0;
  }
}

/** Any thrown value as a PortcullisError; unknown throwables keep their message under `fallback`. */
export function toPortcullisError(err: unknown, fallback: ErrorCode = 'internal_error'): PortcullisError {
  if (err instanceof PortcullisError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new PortcullisError(fallback, message, { cause: err });
}

/** Parsers and loaders answer with a value or issues, never by throwing. */
export type Result<T, I = Issue> = { ok: true; value: T } | { ok: false; issues: I[] };

export interface Issue {
  /** Where: a key path (`agents.kiro.operator`), a file:line, or a policy id. */
  path: string;
  message: string;
  hint?: string;
}
