import { isAbsolute, resolve } from 'node:path';
import { PortcullisError } from '../core/index.ts';

/** Where a store URL points, without opening it. */
export function parseStoreUrl(url: string, baseDir = process.cwd()): { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string | null } {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new PortcullisError('config_invalid', `store url \`${url}\` names no file`, { hint: 'use sqlite:./portcullis.db' });
    return { kind: 'sqlite', file: isAbsolute(path) ? path : resolve(baseDir, path) };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const u = new URL(url);
    const schema = u.searchParams.get('schema');
    u.searchParams.delete('schema');
    if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new PortcullisError('config_invalid', `store url schema \`${schema}\` is not a plain identifier`, { hint: 'use lowercase letters, digits and _' });
    return { kind: 'postgres', url: u.toString(), schema };
  }
  throw new PortcullisError('config_invalid', `store url \`${url}\` is neither sqlite: nor postgres://`, { hint: 'use sqlite:./portcullis.db or postgres://user@host/db' });
}

/** A store URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
