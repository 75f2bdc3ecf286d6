import { execFileSync } from 'node:child_process';

/** A Unix account as the kernel sees it (D7). */
export interface UnixUser {
  name: string;
  uid: number;
  gid: number;
  /** Every group id, the primary one included. */
  groups: number[];
  /** The home folder of its passwd entry (ssh reads `~/.ssh/config` there, whatever HOME says); null when it has none. */
  home?: string | null;
}

const NAME = /^[a-z_][a-z0-9_-]{0,31}$/;

function idOf(args: string[]): string | null {
  try {
    // `id` asks NSS, so LDAP and sssd accounts resolve too (Node has no getpwnam).
    return execFileSync('id', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return null;
  }
}

/** The account named `name`, or null when there is none. */
export function lookupUser(name: string): UnixUser | null {
  if (!NAME.test(name)) return null;
  const uid = idOf(['-u', '--', name]);
  const gid = idOf(['-g', '--', name]);
  const groups = idOf(['-G', '--', name]);
  if (uid === null || gid === null || groups === null || !/^[0-9]+$/.test(uid) || !/^[0-9]+$/.test(gid)) return null;
  return { name, uid: Number(uid), gid: Number(gid), groups: groups.split(/\s+/).filter((g) => /^[0-9]+$/.test(g)).map(Number) };
}

/** The name of the account with this uid, or null. */
export function userNameOf(uid: number): string | null {
  return idOf(['-nu', String(uid)]);
}

function idOfAsync(args: string[]): Promise<string | null> {
  const { execFile } = process.getBuiltinModule('node:child_process');
  return new Promise((resolve) => {
    execFile('id', args, { encoding: 'utf8', timeout: 10_000 }, (err, out) => resolve(err ? null : out.trim()));
  });
}

/** `lookupUser` without blocking the event loop (the daemon asks while it decides), with the passwd entry's home. */
export async function lookupUserAsync(name: string): Promise<UnixUser | null> {
  if (!NAME.test(name)) return null;
  const [uid, gid, groups, home] = await Promise.all([idOfAsync(['-u', '--', name]), idOfAsync(['-g', '--', name]), idOfAsync(['-G', '--', name]), passwdHome(name)]);
  if (uid === null || gid === null || groups === null || !/^[0-9]+$/.test(uid) || !/^[0-9]+$/.test(gid)) return null;
  return { name, uid: Number(uid), gid: Number(gid), groups: groups.split(/\s+/).filter((g) => /^[0-9]+$/.test(g)).map(Number), home };
}

/** The home folder of `name`'s passwd entry, as NSS answers (`getent passwd`, so LDAP and sssd accounts too); null if none. */
function passwdHome(name: string): Promise<string | null> {
  const { execFile } = process.getBuiltinModule('node:child_process');
  return new Promise((resolve) => {
    execFile('getent', ['passwd', '--', name], { encoding: 'utf8', timeout: 10_000 }, (err, out) => {
      const fields = err ? [] : out.trim().split(':');
      const home = fields.length === 7 ? fields[5]! : '';
      resolve(home.startsWith('/') ? home.replace(/\/+$/, '') || '/' : null);
    });
  });
}

/** How long a looked-up account is reused (the daemon's reconcile looks its agents up as often). */
const USER_FRESH_MS = 5_000;

/**
 * D8: the Unix user each agent runs as (`agents.<id>.unix_user`), for the gateway's path resolver:
 * looked up when first asked, then again in the background once older than USER_FRESH_MS (group
 * changes are seen within that, as the daemon's own reconcile sees them), the answer so far serving
 * meanwhile. Undefined for an agent with no Unix user; a promise of null for one whose account cannot
 * be looked up.
 */
export function agentUsers(mapping: Readonly<Record<string, string>>, lookup: (name: string) => Promise<UnixUser | null> = lookupUserAsync): (agentId: string) => Promise<UnixUser | null> | undefined {
  const cache = new Map<string, { at: number; user: Promise<UnixUser | null>; refreshing: boolean }>();
  const fetch = (name: string) => lookup(name).catch(() => null);
  return (agentId) => {
    if (!Object.hasOwn(mapping, agentId)) return undefined;
    const name = mapping[agentId]!;
    const hit = cache.get(name);
    if (!hit) {
      const user = fetch(name);
      cache.set(name, { at: performance.now(), user, refreshing: false });
      return user;
    }
    if (!hit.refreshing && performance.now() - hit.at >= USER_FRESH_MS) {
      hit.refreshing = true;
      void fetch(name).then((u) => cache.set(name, { at: performance.now(), user: Promise.resolve(u), refreshing: false }));
    }
    return hit.user;
  };
}
