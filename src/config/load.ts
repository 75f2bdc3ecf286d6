import { isAbsolute, dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { deepFreeze, type Issue, type Result, type Verb } from '../core/index.ts';
import type { Config, ConfigWarning, McpMapping } from './config.ts';
import { DEFAULTS } from './defaults.ts';
import { configSchema, type RawConfig } from './schema.ts';
import { RULES } from './rules.ts';
import { parseDuration } from './duration.ts';

export { parseDuration };

/** Line of the YAML node at `path` (or of its nearest existing parent). */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: (string | number)[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node && (node as Node).range) {
      // For a key that exists, point at the key, not the value.
      if (n === path.length && n > 0) {
        const parent = doc.getIn(path.slice(0, n - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path[n - 1]);
          const keyRange = (pair?.key as Node | undefined)?.range;
          if (keyRange) return counter.linePos(keyRange[0]).line;
        }
        if (isSeq(parent)) return counter.linePos((node as Node).range![0]).line;
      }
      return counter.linePos((node as Node).range![0]).line;
    }
  }
  return null;
}

function zodIssues(error: z.ZodError, locate: (p: (string | number)[]) => string): Issue[] {
  return error.issues.map((i) => {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const where = locate(path);
    if (i.code === 'unrecognized_keys') {
      const keys = i.keys;
      const full = [...path, keys[0]!];
      return { path: `${locate(full)}: ${full.join('.')}`, message: `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `\`${k}\``).join(', ')}`, hint: 'remove it or check its spelling (docs/config.md lists every key)' };
    }
    const dotted = path.join('.') || '(top level)';
    const message = i.code === 'invalid_type' && i.message.includes('received undefined') ? 'is required' : i.message.replace(/^Invalid input: /, '').toLowerCase();
    return { path: `${where}: ${dotted}`, message, hint: 'see docs/config.md for the expected form' };
  });
}

/**
 * Text → Config: strict parse, normalise, then named rules. `file` names the source in every issue
 * as `file:line: key.path: message`. Never throws.
 */
export function parseConfig(text: string, file: string): Result<{ config: Config; warnings: ConfigWarning[] }> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const locate = (p: (string | number)[]) => {
    const line = lineOf(doc, counter, p);
    return line === null ? file : `${file}:${line}`;
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      // `linePos` is only filled with prettyErrors; the error's offset is always there.
      issues: doc.errors.map((e) => ({ path: `${file}:${e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line}`, message: `invalid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').toLowerCase()}`, hint: 'fix the YAML syntax at that line' })),
    };
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, locate) };

  const config = normalise(parsed.data, file);
  const issues: Issue[] = [];
  const warnings: ConfigWarning[] = [];
  for (const rule of RULES) {
    for (const finding of rule.check(parsed.data)) {
      const entry = { path: `${locate(finding.at)}: ${finding.at.join('.')}`, message: finding.message, hint: finding.hint };
      if (rule.severity === 'error') issues.push(entry);
      else warnings.push({ path: entry.path, message: entry.message });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { config: deepFreeze(config), warnings } };
}

function normalise(raw: RawConfig, file: string): Config {
  const base = dirname(resolve(file));
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const store = raw.store ?? DEFAULTS.store;
  const approvals = { ...DEFAULTS.approvals, ...stripUndefined({ required: raw.approvals?.required, pendingTtl: raw.approvals?.pending_ttl, approvedTtl: raw.approvals?.approved_ttl, executionLease: raw.approvals?.execution_lease, solo: raw.approvals?.solo }) };
  const storeFile = store.startsWith('sqlite:') ? abs(store.slice('sqlite:'.length)) : null;
  return {
    file: resolve(file),
    store: storeFile ? `sqlite:${storeFile}` : store,
    policies: (raw.policies ?? [...DEFAULTS.policies]).map((p) => (p === 'default' ? p : abs(p))),
    humans: Object.entries(raw.humans).map(([id, h]) => ({ kind: 'human' as const, id, ...(h.name ? { name: h.name } : {}), groups: [...h.groups].sort() })),
    agents: Object.entries(raw.agents).map(([id, a]) => ({
      kind: 'agent' as const,
      id,
      role: a.role,
      operator: a.operator,
      homeEnvironment: a.home ?? null,
      ...(a.parent ? { parent: a.parent } : {}),
    })),
    roles: Object.keys(raw.roles).sort(),
    inventory: {
      environments: Object.entries(raw.environments).map(([envName, e]) => ({ name: envName, tier: e.tier, tags: e.tags, match: e.match })),
      unknownTier: raw.unknown_environment ?? DEFAULTS.unknownEnvironment,
      // SECURITY (D3): the config file, its folder's policies and the store are always control plane.
      controlPlanePaths: [...new Set([resolve(file), ...(storeFile ? [storeFile, `${storeFile}-wal`, `${storeFile}-shm`] : []), ...(raw.policies ?? []).filter((p) => p !== 'default').map(abs), ...(raw.control_plane?.paths ?? []).map(abs)])],
      // SECURITY (D8): the audit signing key (beside the config, where the runtime keeps it) and the
      // token files named here may not even be read by an agent.
      controlPlaneSecrets: [...new Set([resolve(base, 'portcullis-audit.key'), ...(raw.control_plane?.secrets ?? []).map(abs)])],
    },
    approvals: {
      required: approvals.required,
      pendingTtlMs: parseDuration(approvals.pendingTtl),
      approvedTtlMs: parseDuration(approvals.approvedTtl),
      executionLeaseMs: parseDuration(approvals.executionLease),
      solo: approvals.solo,
    },
    mcpMappings: (raw.classify?.mcp.mappings ?? []).map((m) =>
      stripUndefined({
        tool: m.tool,
        server: m.server,
        verbs: m.verbs as Verb[] | undefined,
        destructive: m.destructive,
        shellArgument: m.shell_argument,
        sqlArgument: m.sql_argument,
        dialect: m.dialect,
        pathArgument: m.path_argument,
        urlArgument: m.url_argument,
        environmentArgument: m.environment_argument,
        fileArguments: m.file_arguments,
      }) as McpMapping,
    ),
    server: {
      host: raw.server?.host ?? DEFAULTS.server.host,
      port: raw.server?.port ?? DEFAULTS.server.port,
      publicUrl: raw.server?.public_url ? raw.server.public_url.replace(/\/+$/, '') : null,
      adminGroup: raw.server?.admin_group ?? DEFAULTS.server.adminGroup,
      bodyLimitBytes: (raw.server?.body_limit_kb ?? DEFAULTS.server.bodyLimitKb) * 1024,
      sessionTtlMs: parseDuration(raw.server?.session_ttl ?? DEFAULTS.server.sessionTtl),
      deadlineMs: parseDuration(raw.server?.deadline ?? DEFAULTS.server.deadline),
      readyTimeoutMs: parseDuration(raw.server?.ready_timeout ?? DEFAULTS.server.readyTimeout),
      maxInFlight: raw.server?.max_in_flight ?? DEFAULTS.server.maxInFlight,
      maxInFlightPerAgent: raw.server?.max_in_flight_per_agent ?? DEFAULTS.server.maxInFlightPerAgent,
      oidc: raw.server?.oidc
        ? { issuer: raw.server.oidc.issuer.replace(/\/+$/, ''), clientId: raw.server.oidc.client_id, clientSecretEnv: raw.server.oidc.client_secret_env, subjects: { ...raw.server.oidc.subjects } }
        : null,
    },
    brakes: {
      destructivePerHour: raw.brakes?.destructive_per_hour ?? null,
      freezeAfterDenials: raw.brakes?.freeze_after_denials === 0 ? null : { count: raw.brakes?.freeze_after_denials ?? 5, windowMs: (raw.brakes?.denial_window_minutes ?? 10) * 60_000 },
    },
    agentUnixUsers: Object.fromEntries(Object.entries(raw.agents).flatMap(([id, a]) => (a.unix_user !== undefined ? [[id, a.unix_user]] : []))),
    daemon: raw.daemon ? { serviceUser: raw.daemon.service_user, runDir: resolve(raw.daemon.run_dir), allowPtraceWithoutYama: raw.daemon.allow_ptrace_without_yama === true } : null,
    agentEnv: Object.fromEntries(
      Object.entries(raw.agents)
        .filter(([, a]) => a.env !== undefined)
        .map(([id, a]) => [id, Object.fromEntries(Object.entries(a.env!).map(([k, v]) => [k, typeof v === 'string' ? { kind: 'value' as const, value: v } : 'from_env' in v ? { kind: 'from_env' as const, name: v.from_env } : { kind: 'file' as const, path: abs(v.file) }]))]),
    ),
    notifications: {
      webhooks: (raw.notifications?.webhooks ?? []).map((w) => ({ url: w.url, secretEnv: w.secret_env, events: [...new Set(w.events ?? DEFAULTS.notifications.events)].sort() })),
    },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
