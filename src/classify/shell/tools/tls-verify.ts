import type { Invocation } from '../invocation.ts';
import type { Word } from '../words.ts';

/**
 * A package client's TLS verification switched off in its stored settings (the lead's answer 88, round 22): every later
 * install or fetch accepts any certificate, so a man in the middle can serve any package unnoticed. A safeguard off,
 * destructive, as `git config http.sslVerify false` was built in round 21. One table for every client, each key and value
 * from the client's own configuration reference. A flag for one command stores nothing and is not this: an install told
 * not to verify (`pip install --trusted-host H pkg`, `npm install --strict-ssl=false`) runs unverified code and is judged in
 * package-verification.ts; git's one-command `-c http.sslVerify=false clone` fetches only and stays a write.
 */
interface TlsKey {
  readonly clients: ReadonlySet<string>;
  readonly key: RegExp;
  /** The value that switches verification off; undefined: any value does (a host trusted without a certificate). */
  readonly off?: RegExp;
}

const FALSE = /^(false|no|off|0)$/i;
const TLS_KEYS: readonly TlsKey[] = [
  // git-config(1): `http.sslVerify` (also per URL, `http.<url>.sslVerify`).
  { clients: new Set(['git']), key: /^http\.(.+\.)?sslverify$/i, off: FALSE },
  // conda's configuration reference: `ssl_verify` false skips certificate checks (a path is a CA bundle, which checks).
  { clients: new Set(['conda', 'mamba', 'micromamba']), key: /^ssl_verify$/i, off: FALSE },
  // npm's config reference: `strict-ssl` "Whether or not to do SSL key validation"; pnpm and yarn 1 read the same key.
  { clients: new Set(['npm', 'pnpm', 'yarn']), key: /^strict-ssl$/i, off: FALSE },
  // yarn 2+ (.yarnrc.yml): `enableStrictSsl`.
  { clients: new Set(['yarn']), key: /^enablestrictssl$/i, off: FALSE },
  // pip's user guide: `trusted-host` marks a host as trusted "even though it does not have valid or any HTTPS".
  { clients: new Set(['pip', 'pip3']), key: /^[\w-]+\.trusted-host$/i },
  // Poetry's configuration: `certificates.<name>.cert` false disables TLS verification for that repository.
  { clients: new Set(['poetry']), key: /^certificates\.[^.]+\.cert$/i, off: FALSE },
  // Composer's config: `disable-tls` true and `secure-http` false fetch over plain HTTP.
  { clients: new Set(['composer']), key: /^disable-tls$/i, off: /^(true|1|yes|on)$/i },
  { clients: new Set(['composer']), key: /^secure-http$/i, off: FALSE },
  // Bundler's config: `ssl_verify_mode` 0 is OpenSSL's VERIFY_NONE.
  { clients: new Set(['bundle', 'bundler']), key: /^ssl_verify_mode$/i, off: /^0$/ },
];

const CLIENTS: ReadonlySet<string> = new Set(TLS_KEYS.flatMap((k) => [...k.clients]).filter((c) => c !== 'git'));

/**
 * Whether setting `key` to `value` in `client`'s stored configuration switches TLS verification off: true, false, or
 * null when the key is one of these and its value is not fixed in the input (fail closed: unknown).
 */
export function tlsVerifyOff(client: string, key: string, value: string | null): boolean | null {
  const entry = TLS_KEYS.find((k) => k.clients.has(client) && k.key.test(key));
  if (!entry) return false;
  if (value === null) return null;
  return entry.off === undefined ? value.trim() !== '' : entry.off.test(value.trim());
}

/** Options of the clients' `config` commands that take a value (`--location user`, `--file F`, `--editor E`). */
const VALUED = new Set(['--location', '--file', '-f', '--editor', '--env', '-n', '--name', '-p', '--prefix', '-H', '--home', '--rc-file', '--source']);

/** The words after the options, in order (a valued option's value left out). */
function operands(args: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v !== null && v.startsWith('-') && v !== '-') {
      if (VALUED.has(v)) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}

/** `KEY VALUE` or `KEY=VALUE` pairs from the words after `set` (npm takes several: `npm config set a=1 b=2`). */
function pairs(words: readonly Word[]): Array<{ key: string | null; value: string | null }> {
  const out: Array<{ key: string | null; value: string | null }> = [];
  for (let i = 0; i < words.length; i++) {
    const v = words[i]!.value;
    const eq = v === null ? -1 : v.indexOf('=');
    if (v !== null && eq > 0) out.push({ key: v.slice(0, eq), value: v.slice(eq + 1) });
    else {
      out.push({ key: v, value: words[i + 1]?.value ?? null });
      i++;
    }
  }
  return out;
}

/** The settings a package client's `config` command stores, as key and value; empty for any other command. */
export function storedSettings(client: string, args: readonly Word[]): Array<{ key: string | null; value: string | null }> {
  const ops = operands(args);
  const word = (i: number): string | null | undefined => ops[i]?.value;
  // conda's `config --set KEY VALUE` (its flag takes two values; `--append`/`--add` add to lists).
  if (client === 'conda' || client === 'mamba' || (client === 'micromamba' && word(1) !== 'set')) {
    if (word(0) !== 'config') return [];
    const out: Array<{ key: string | null; value: string | null }> = [];
    args.forEach((a, i) => {
      if (a.value === '--set') out.push({ key: args[i + 1]?.value ?? null, value: args[i + 2]?.value ?? null });
    });
    return out;
  }
  // micromamba `config set KEY VALUE`; npm/pnpm/yarn `config set …` (npm also `set …`); pip `config set KEY VALUE`;
  // bundler `config set KEY VALUE` (or the older `config KEY VALUE`).
  if (word(0) === 'config' && word(1) === 'set') return pairs(ops.slice(2));
  if (client === 'npm' && word(0) === 'set') return pairs(ops.slice(1));
  // poetry, composer and bundler: `config KEY VALUE`.
  if (word(0) === 'config' && /^(poetry|composer|bundle|bundler)$/.test(client) && ops.length >= 3) return [{ key: word(1) ?? null, value: word(2) ?? null }];
  return [];
}

/**
 * A package client's `config` command that stores TLS verification off (the lead's answer 88): destructive, or unknown when
 * the value is not fixed. Returns true when it judged the command.
 */
export function packageClientTlsOff(inv: Invocation, client: string): boolean {
  if (!CLIENTS.has(client)) return false;
  for (const { key, value } of storedSettings(client, inv.args)) {
    if (key === null) continue;
    const off = tlsVerifyOff(client, key, value);
    if (off === null) {
      inv.env.b.verb('write').opaque('tls_verify_unfixed', `\`${client} config\` sets \`${key}\` from a value not fixed in the input: it may switch certificate checks off`, inv.span);
      return true;
    }
    if (off) {
      inv.env.b.verb('write').destroy('tls_verify_off', `\`${client}\` stores \`${key} ${value}\`: every later install accepts any certificate`, inv.span);
      return true;
    }
  }
  return false;
}
