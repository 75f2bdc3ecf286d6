import { z } from 'zod';
import { MATCHER_KINDS, VERBS } from '../core/index.ts';

/**
 * The shape of `portcullis.yaml`. Every object is strict: an unknown key (a typo like `aprovals:`)
 * is an error, never a silently ignored control.
 */
const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a name of letters, digits, `.`, `_` or `-`');
const duration = z.string().regex(/^[0-9]+(ms|s|m|h|d)$/, 'must be a duration like `90s`, `15m`, `1h` or `7d`');
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name');
const envValue = z.union([
  z.string().max(32_768),
  z.strictObject({ from_env: envName }),
  z.strictObject({ file: z.string().min(1) }),
]);
/** A POSIX user name as useradd accepts it (no `root` check here: that is a named rule). */
const unixUser = z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, 'must be a Unix user name (lowercase letters, digits, `_` or `-`, at most 32)');
const patterns = z.array(z.string().min(1)).min(1);

const match = z.strictObject(Object.fromEntries(MATCHER_KINDS.map((k) => [k, patterns.optional()])) as Record<(typeof MATCHER_KINDS)[number], z.ZodOptional<typeof patterns>>);

export const configSchema = z.strictObject({
  version: z.literal(1),
  store: z.string().min(1).optional(),
  policies: z.array(z.string().min(1)).min(1).optional(),
  unknown_environment: z.enum(['production', 'staging', 'dev', 'sandbox']).optional(),
  humans: z.record(
    name,
    z.strictObject({
      name: z.string().optional(),
      groups: z.array(name).default([]),
    }),
  ),
  roles: z.record(name, z.strictObject({ description: z.string().optional() })),
  agents: z.record(
    name,
    z.strictObject({
      role: name,
      operator: name,
      home: name.nullable().optional(),
      parent: name.optional(),
      description: z.string().optional(),
      /**
       * The agent's own credential profile, injected by `portcullis exec` after the operator's
       * credentials are stripped: a literal value, `{ from_env: VAR }` (read from the environment
       * `exec` starts in) or `{ file: PATH }` (read when the command starts).
       */
      env: z.record(envName, envValue).optional(),
      /**
       * D7: the Unix user this agent runs as in a production install. `portcullis daemon` gives it
       * its own socket (owned by this user, mode 0600), so the kernel says who is calling.
       */
      unix_user: unixUser.optional(),
    }),
  ),
  environments: z.record(
    name,
    z.strictObject({
      tier: z.enum(['production', 'staging', 'dev', 'sandbox']),
      tags: z.array(z.string()).default([]),
      match: match.default({}),
    }),
  ),
  approvals: z
    .strictObject({
      required: z.number().int().min(1).max(99).optional(),
      pending_ttl: duration.optional(),
      approved_ttl: duration.optional(),
      execution_lease: duration.optional(),
      solo: z.boolean().optional(),
    })
    .optional(),
  /** D7: the production install `portcullis setup --system` writes; `portcullis daemon` reads it. */
  daemon: z
    .strictObject({
      service_user: unixUser,
      run_dir: z.string().regex(/^\/[^\0]*$/, 'must be an absolute path').max(80, 'must be at most 80 characters (socket paths are limited to 108 bytes)'),
      /**
       * A12: the daemon refuses to consume approvals and stage input files on agents' sockets while
       * the kernel lets an agent's user ptrace its own processes (no Yama, or `ptrace_scope` 0);
       * `true` accepts that risk. Control plane (F3): agents can never change this file.
       */
      allow_ptrace_without_yama: z.boolean().optional(),
    })
    .optional(),
  control_plane: z
    .strictObject({
      paths: z.array(z.string().min(1)).optional(),
      /** D8: files agents may not even read (token files, keys): each is control plane too. */
      secrets: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  server: z
    .strictObject({
      host: z.string().min(1).max(255).optional(),
      port: z.number().int().min(0).max(65535).optional(),
      /** The address reviewers and webhooks link to (and the OIDC redirect base). */
      public_url: z.url({ protocol: /^https?$/ }).optional(),
      admin_group: name.optional(),
      body_limit_kb: z.number().int().min(1).max(16_384).optional(),
      session_ttl: duration.optional(),
      /** F8: every request is answered within this (a deny, or 503 with a code). */
      deadline: duration.optional(),
      /** F8: `/readyz` answers within this, below the load balancer's probe timeout. */
      ready_timeout: duration.optional(),
      /** F8: decisions and other requests in flight per replica; beyond it 503 with Retry-After at once. */
      max_in_flight: z.number().int().min(1).max(100_000).optional(),
      /** F8: requests in flight per agent token; beyond it that agent is refused at once. */
      max_in_flight_per_agent: z.number().int().min(1).max(100_000).optional(),
      oidc: z
        .strictObject({
          issuer: z.url({ protocol: /^https?$/ }),
          client_id: z.string().min(1),
          /** Name of the environment variable holding the client secret (never the secret itself). */
          client_secret_env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name'),
          /** IdP subject → configured human: distinct humans are counted by subject (A2). */
          subjects: z.record(z.string().min(1), name),
        })
        .optional(),
    })
    .optional(),
  classify: z
    .strictObject({
      mcp: z.strictObject({
        /** How to read MCP tools whose names and annotations say too little; checked before the built-ins. */
        mappings: z.array(
          z.strictObject({
            tool: z.string().min(1),
            server: z.string().min(1).optional(),
            verbs: z.array(z.enum(VERBS as [string, ...string[]])).min(1).optional(),
            destructive: z.boolean().optional(),
            shell_argument: z.string().min(1).optional(),
            sql_argument: z.string().min(1).optional(),
            dialect: z.string().min(1).optional(),
            path_argument: z.string().min(1).optional(),
            url_argument: z.string().min(1).optional(),
            environment_argument: z.string().min(1).optional(),
            /**
             * A12: arguments (dot paths; `name[]` for a list of names) that name local files the tool
             * reads: each is read and hashed into the envelope, so an approval binds their bytes.
             */
            file_arguments: z.array(z.string().min(1).regex(/^[^[\]]+(\[\])?$/, 'a dot path, with `[]` at the end for a list of file names')).min(1).max(16).optional(),
          }),
        ),
      }),
    })
    .optional(),
  brakes: z
    .strictObject({
      destructive_per_hour: z.number().int().min(0).max(1_000_000).optional(),
      /** D10: K policy denials of one agent within the window freeze it (0 turns it off; default 5). */
      freeze_after_denials: z.number().int().min(0).max(1_000_000).optional(),
      /** D10: the window, in minutes (default 10). */
      denial_window_minutes: z.number().int().min(1).max(10_080).optional(),
    })
    .optional(),
  notifications: z
    .strictObject({
      webhooks: z.array(
        z.strictObject({
          url: z.url({ protocol: /^https?$/ }),
          /** Name of the environment variable holding the HMAC-SHA256 key. */
          secret_env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name'),
          events: z.array(z.enum(['held', 'approved', 'rejected', 'expired'])).min(1).optional(),
        }),
      ),
    })
    .optional(),
});

export type RawConfig = z.infer<typeof configSchema>;
