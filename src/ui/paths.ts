/**
 * Every URL the reviewer UI links to or posts to, in one place, so pages and routes agree. Ids are
 * always percent-encoded into path segments; nothing here takes a whole URL from data.
 */
const seg = (s: string | number) => encodeURIComponent(String(s));

export const UI_BASE = '/ui';

export const uiPaths = {
  home: UI_BASE,
  signIn: `${UI_BASE}/sign-in`,
  signOut: `${UI_BASE}/sign-out`,
  queue: `${UI_BASE}/queue`,
  request: (id: string) => `${UI_BASE}/requests/${seg(id)}`,
  approve: (id: string) => `${UI_BASE}/requests/${seg(id)}/approve`,
  reject: (id: string) => `${UI_BASE}/requests/${seg(id)}/reject`,
  audit: (q: { before?: number | null; type?: string | null; agent?: string | null; request?: string | null; effect?: string | null; since?: string | null; until?: string | null } = {}) => {
    const p = new URLSearchParams();
    for (const k of ['type', 'agent', 'request', 'effect', 'since', 'until'] as const) {
      const v = q[k];
      if (v) p.set(k, v);
    }
    if (q.before !== undefined && q.before !== null) p.set('before', String(q.before));
    const s = p.toString();
    return `${UI_BASE}/audit${s ? `?${s}` : ''}`;
  },
  agent: (id: string) => `${UI_BASE}/agents/${seg(id)}`,
  cancel: (id: string) => `${UI_BASE}/requests/${seg(id)}/cancel`,
  auditEntry: (seq: number) => `${UI_BASE}/audit/${seg(seq)}`,
  agents: `${UI_BASE}/agents`,
  brakes: `${UI_BASE}/brakes`,
  brakeConfirm: (op: 'engage' | 'release', scope: string) => `${UI_BASE}/brakes/confirm?${new URLSearchParams({ op, scope }).toString()}`,
  shadow: `${UI_BASE}/shadow`,
  css: `${UI_BASE}/assets/portcullis.css`,
  js: `${UI_BASE}/assets/portcullis.js`,
} as const;
