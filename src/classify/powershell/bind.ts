import type { Word } from '../shell/words.ts';

/**
 * PowerShell parameter binding, the way PowerShell binds (about_Parameters): case-insensitive names, any unambiguous
 * prefix (`-r` is `-Recurse`, `-fo` is `-Force`), `-Name:value`, the rest positional. Shared by the cmdlet rules.
 */

export interface Bound {
  switches: Map<string, boolean>;
  values: Map<string, Word[]>;
  positional: Word[];
}

export const COMMON_VALUED = ['erroraction', 'ea', 'warningaction', 'wa', 'informationaction', 'infa', 'errorvariable', 'ev', 'warningvariable', 'wv', 'informationvariable', 'iv', 'outvariable', 'ov', 'outbuffer', 'ob', 'pipelinevariable', 'pv'];
const COMMON_SWITCHES = ['verbose', 'vb', 'debug', 'db', 'whatif', 'wi', 'confirm', 'cf', 'force', 'passthru'];

/** The first word after a parameter that `name` matches (`-ZoneName contoso.com`), or undefined. */
export function wordAfter(args: readonly Word[], name: RegExp): Word | undefined {
  return args.find((_, i) => name.test(args[i - 1]?.value ?? ''));
}

export function bind(args: Word[], switches: string[], valued: string[]): Bound {
  const out: Bound = { switches: new Map(), values: new Map(), positional: [] };
  const allSwitches = [...switches, ...COMMON_SWITCHES];
  const allValued = [...valued, ...COMMON_VALUED];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    // `--` ends the parameters (about_Parsing): every word after it is positional, `-WhatIf` too.
    if (a.value === '--') {
      out.positional.push(...args.slice(i + 1));
      break;
    }
    const m = a.value === null ? null : /^-([A-Za-z][\w-]*)(:(.*))?$/s.exec(a.value);
    if (!m) {
      out.positional.push(a);
      continue;
    }
    const name = m[1]!.toLowerCase();
    const attached = m[2] !== undefined ? m[3]! : undefined;
    const pick = (list: string[]) => list.find((p) => p === name) ?? list.find((p) => p.startsWith(name));
    const sw = pick(allSwitches);
    const val = pick(allValued);
    if (val && (!sw || val === name)) {
      const v = attached !== undefined ? { ...a, value: attached, text: attached } : args[++i];
      if (v) out.values.set(val, [...(out.values.get(val) ?? []), v]);
      continue;
    }
    if (sw) {
      out.switches.set(sw, attached === undefined || !/^(\$?false|0)$/i.test(attached));
      continue;
    }
    // A parameter we do not know: keep its value with it so it is never taken for a path.
    if (attached === undefined && args[i + 1] && !(args[i + 1]!.value ?? '-').startsWith('-')) out.values.set(name, [args[++i]!]);
  }
  return out;
}

export const get = (p: Bound, ...names: string[]): Word[] => names.flatMap((n) => p.values.get(n) ?? []);
export const on = (p: Bound, name: string): boolean => p.switches.get(name) === true;

/**
 * Parameters that name the account a user cmdlet acts on (Microsoft Graph, ActiveDirectory, Exchange); the LocalAccounts
 * module's `*-LocalUser` name it with `-Name`.
 */
const ACCOUNT_PARAM = /^-(userid|identity|objectid|userprincipalname|samaccountname|directoryobjectid)$/i;
const LOCAL_ACCOUNT_PARAM = /^-(name|sid)$/i;

/**
 * The accounts a user cmdlet names: the values of ACCOUNT_PARAM and its first positional word; null when one is not
 * fixed in the input (a variable, a pipeline item, a subexpression) or none is named.
 */
export function namedAccounts(args: Word[], localUser = false): string[] | null {
  const out: Array<string | null> = [];
  // The rest of a list goes with its first name (`-Name 'qa-test','Administrator'` comes as one word per name).
  let inList = false;
  args.forEach((a, i) => {
    const before = args[i - 1]?.value ?? '';
    const bare = !(a.value ?? '').startsWith('-');
    inList = (bare && inList) || ACCOUNT_PARAM.test(before) || (localUser && LOCAL_ACCOUNT_PARAM.test(before)) || (i === 0 && bare);
    if (inList) out.push(a.value);
  });
  if (out.length === 0 || out.some((v) => v === null || /^[$@(]/.test(v) || /[*?]/.test(v))) return null;
  return out as string[];
}
