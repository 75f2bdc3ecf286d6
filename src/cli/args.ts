import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PortcullisError } from '../core/index.ts';
import { readToken } from './hook-main.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Whose token a command acts with, if any: the agent's (`PORTCULLIS_AGENT_TOKEN`), the human's
 * (`PORTCULLIS_TOKEN`), or none. One variable per role, the same in every command.
 */
export type TokenRole = 'agent' | 'human' | 'none';

export const TOKEN_VARIABLE = { agent: 'PORTCULLIS_AGENT_TOKEN', human: 'PORTCULLIS_TOKEN' } as const;

/**
 * SECURITY: a token is never taken on the command line (every user of the machine reads it in `ps`
 * and shell history). `--token` is refused with what to use instead, never silently ignored.
 */
export function tokenFlagError(role: TokenRole): PortcullisError {
  const message = '`--token` is not accepted: a token on the command line is visible to every user of the machine (ps, shell history)';
  return new PortcullisError('request_invalid', message, {
    hint: role === 'none' ? 'this command takes no token' : `put the ${role}'s token in a file (mode 600) and pass --token-file FILE, or set ${TOKEN_VARIABLE[role]}`,
  });
}

/** Strict option parsing: an unknown or malformed flag is a clear error (exit 1), never ignored. */
export function parseFlags<O extends Options>(args: string[], options: O, usage: string, allowPositionals = false, tokenRole: TokenRole = 'none') {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals });
  } catch (err) {
    const first = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    if (/^Unknown option '--token(=[^']*)?'/.test(first)) throw tokenFlagError(tokenRole);
    const message = first.replace(/^Unknown option '([^']*)'.*$/, 'unknown option `$1`');
    throw new PortcullisError('request_invalid', message.charAt(0).toLowerCase() + message.slice(1), { hint: `usage: ${usage}` });
  }
}

export const CONFIG_FLAG = { config: { type: 'string', short: 'c', default: 'portcullis.yaml' } } as const;

/** The user's token: `--token-file FILE`, else `PORTCULLIS_TOKEN`, else null (some commands allow none). */
export function userToken(io: { env: Readonly<Record<string, string | undefined>>; cwd: string }, file: string | undefined): string | null {
  const r = readToken(io, file, 'PORTCULLIS_TOKEN');
  if ('unreadable' in r) throw new PortcullisError('auth_failed', `cannot read token file \`${r.unreadable}\``, { hint: 'pass the file holding the token printed by `portcullis users add`' });
  return 'token' in r ? r.token : null;
}

/** The agent's own token: `--token-file FILE`, else `PORTCULLIS_AGENT_TOKEN`, else null. Never `PORTCULLIS_TOKEN`. */
export function optionalAgentToken(io: { env: Readonly<Record<string, string | undefined>>; cwd: string }, file: string | undefined): string | null {
  const r = readToken(io, file, 'PORTCULLIS_AGENT_TOKEN');
  if ('unreadable' in r) throw new PortcullisError('auth_failed', `cannot read token file \`${r.unreadable}\``, { hint: 'pass the file holding the token printed by `portcullis agents add`' });
  return 'token' in r ? r.token : null;
}

/** The agent's own token: `--token-file FILE`, else `PORTCULLIS_AGENT_TOKEN`; required. */
export function agentToken(io: { env: Readonly<Record<string, string | undefined>>; cwd: string }, file: string | undefined): string {
  const token = optionalAgentToken(io, file);
  if (token === null) throw new PortcullisError('auth_failed', 'no agent token', { hint: "pass --token-file FILE or set PORTCULLIS_AGENT_TOKEN to the agent's own token" });
  return token;
}

/**
 * `NOUN SUB [ID]`: SUB must be one of `withId` (which take exactly one ID) or `withoutId` (none).
 * Anything else is a usage error naming what was typed.
 */
export function subcommand(positionals: string[], noun: string, withId: readonly string[], withoutId: readonly string[], usage: string): { sub: string; id: string } {
  const [sub, id, ...extra] = positionals;
  const needsId = sub !== undefined && withId.includes(sub);
  if (!sub || (!needsId && !withoutId.includes(sub)) || extra.length > 0 || needsId !== (id !== undefined)) {
    throw new PortcullisError('request_invalid', sub ? `unknown or incomplete \`${noun} ${positionals.join(' ')}\`` : 'missing subcommand', { hint: `usage: ${usage}` });
  }
  return { sub, id: id ?? '' };
}
