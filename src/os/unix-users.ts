import { execFileSync } from 'node:child_process';

/** A Unix account as the kernel sees it (D7). */
export interface UnixUser {
  name: string;
  uid: number;
  gid: number;
  /** Every group id, the primary one included. */
  groups: number[];
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
