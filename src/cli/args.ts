import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PortcullisError } from '../core/index.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict option parsing: an unknown or malformed flag is a clear error (exit 1), never ignored. */
export function parseFlags<O extends Options>(args: string[], options: O, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals });
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]!.replace(/^Unknown option '(.*)'.*$/, 'unknown option `$1`') : String(err);
    throw new PortcullisError('request_invalid', message.charAt(0).toLowerCase() + message.slice(1), { hint: `usage: ${usage}` });
  }
}

export const CONFIG_FLAG = { config: { type: 'string', short: 'c', default: 'portcullis.yaml' } } as const;
