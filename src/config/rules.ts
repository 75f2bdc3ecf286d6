import type { RawConfig } from './schema.ts';
import { parseDuration } from './duration.ts';

/**
 * Cross-reference rules, each small and named. A finding points at the key path that is wrong;
 * its message starts from that key.
 */
export interface RuleFinding {
  at: (string | number)[];
  message: string;
  hint: string;
}

export interface Rule {
  name: string;
  severity: 'error' | 'warning';
  check(config: RawConfig): RuleFinding[];
}

export const RULES: Rule[] = [
  {
    name: 'agent-operator-exists',
    severity: 'error',
    check: (c) =>
      Object.entries(c.agents)
        .filter(([, a]) => !(a.operator in c.humans))
        .map(([id, a]) => ({ at: ['agents', id, 'operator'], message: `unknown human \`${a.operator}\``, hint: `add \`${a.operator}\` under \`humans\`, or name an existing human` })),
  },
  {
    name: 'agent-role-exists',
    severity: 'error',
    check: (c) =>
      Object.entries(c.agents)
        .filter(([, a]) => !(a.role in c.roles))
        .map(([id, a]) => ({ at: ['agents', id, 'role'], message: `unknown role \`${a.role}\``, hint: `add \`${a.role}\` under \`roles\`, or name an existing role` })),
  },
  {
    name: 'agent-home-exists',
    severity: 'error',
    check: (c) =>
      Object.entries(c.agents)
        .filter(([, a]) => a.home != null && !(a.home in c.environments))
        .map(([id, a]) => ({ at: ['agents', id, 'home'], message: `unknown environment \`${a.home}\``, hint: `add \`${a.home}\` under \`environments\`, or name an existing one` })),
  },
  {
    name: 'agent-parent-exists-and-acyclic',
    severity: 'error',
    check: (c) => {
      const out: RuleFinding[] = [];
      for (const [id, a] of Object.entries(c.agents)) {
        if (a.parent === undefined) continue;
        if (!(a.parent in c.agents)) {
          out.push({ at: ['agents', id, 'parent'], message: `unknown agent \`${a.parent}\``, hint: 'name an existing agent as parent' });
          continue;
        }
        const seen = new Set([id]);
        for (let p: string | undefined = a.parent; p !== undefined; p = c.agents[p]?.parent) {
          if (seen.has(p)) {
            out.push({ at: ['agents', id, 'parent'], message: `parent chain of \`${id}\` loops back to \`${p}\``, hint: 'a sub-agent may not be its own ancestor' });
            break;
          }
          seen.add(p);
        }
      }
      return out;
    },
  },
  {
    name: 'agent-env-is-not-the-operators',
    severity: 'error',
    // The point of an agent profile is a credential of its own: copying the operator's variable of
    // the same name would hand the operator's rights straight back (the incident's root cause).
    check: (c) =>
      Object.entries(c.agents).flatMap(([id, a]) =>
        Object.entries(a.env ?? {})
          .filter(([k, v]) => typeof v === 'object' && 'from_env' in v && v.from_env === k)
          .map(([k]) => ({ at: ['agents', id, 'env', k], message: `\`from_env: ${k}\` passes the operator's own \`${k}\` to the agent`, hint: `export the agent's credential under another name (e.g. \`${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${k}\`) and name that` })),
      ),
  },
  {
    name: 'agent-is-not-a-human',
    severity: 'error',
    check: (c) =>
      Object.keys(c.agents)
        .filter((id) => id in c.humans)
        .map((id) => ({ at: ['agents', id], message: `\`${id}\` is both a human and an agent`, hint: 'agents need their own identity, never a human\'s: rename one' })),
  },
  {
    // SECURITY (D7): root can read and write every file, and the service user owns them: an agent
    // running as either has no OS boundary between it and the gate's state.
    name: 'agent-unix-user-is-not-root-or-the-service-user',
    severity: 'error',
    check: (c) =>
      Object.entries(c.agents).flatMap(([id, a]) =>
        a.unix_user === 'root'
          ? [{ at: ['agents', id, 'unix_user'], message: '`root` can read and write every file: no OS boundary is possible between this agent and Portcullis', hint: 'run the agent as its own unprivileged Unix user (useradd) and name that user' }]
          : a.unix_user !== undefined && a.unix_user === c.daemon?.service_user
            ? [{ at: ['agents', id, 'unix_user'], message: `\`${a.unix_user}\` is the service user, which owns the config, key and store`, hint: 'run the agent as its own Unix user, never as the service user' }]
            : [],
      ),
  },
  {
    name: 'agent-unix-users-are-distinct',
    severity: 'error',
    check: (c) => {
      const seen = new Map<string, string>();
      const out: RuleFinding[] = [];
      for (const [id, a] of Object.entries(c.agents)) {
        if (a.unix_user === undefined) continue;
        const other = seen.get(a.unix_user);
        // One user, one agent: the socket's owner is how the daemon tells agents apart.
        if (other !== undefined) out.push({ at: ['agents', id, 'unix_user'], message: `\`${a.unix_user}\` already runs agent \`${other}\``, hint: 'give each agent its own Unix user' });
        else seen.set(a.unix_user, id);
      }
      return out;
    },
  },
  {
    name: 'oidc-subject-maps-to-a-human',
    severity: 'error',
    check: (c) =>
      Object.entries(c.server?.oidc?.subjects ?? {})
        .filter(([, human]) => !(human in c.humans))
        .map(([sub, human]) => ({ at: ['server', 'oidc', 'subjects', sub], message: `unknown human \`${human}\``, hint: 'map each IdP subject to a human declared under `humans` (A2)' })),
  },
  {
    name: 'oidc-needs-a-public-url',
    severity: 'error',
    check: (c) => (c.server?.oidc && !c.server.public_url ? [{ at: ['server', 'oidc'], message: 'needs `server.public_url`', hint: 'set server.public_url to the address reviewers use; the IdP redirects back to PUBLIC_URL/auth/oidc/callback' }] : []),
  },
  {
    // F8: a deadline too short denies everything on a busy day; too long and a hung store holds agents for minutes.
    name: 'server-deadlines-bounded',
    severity: 'error',
    check: (c) => {
      const out: RuleFinding[] = [];
      const deadline = c.server?.deadline === undefined ? null : parseDuration(c.server.deadline);
      const ready = c.server?.ready_timeout === undefined ? null : parseDuration(c.server.ready_timeout);
      if (deadline !== null && (deadline < 1_000 || deadline > 120_000)) out.push({ at: ['server', 'deadline'], message: `\`${c.server?.deadline}\` is outside 1s..120s`, hint: 'agents and load balancers wait this long at most; 10s is the default' });
      if (ready !== null && (ready < 100 || ready > 30_000)) out.push({ at: ['server', 'ready_timeout'], message: `\`${c.server?.ready_timeout}\` is outside 100ms..30s`, hint: 'set it below your load balancer\'s probe timeout; 2s is the default' });
      return out;
    },
  },
];
