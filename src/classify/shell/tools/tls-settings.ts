import type { Invocation } from '../invocation.ts';

/**
 * Package clients' settings that switch TLS certificate checks off for good (the lead's answer 88, round 21: a
 * safeguard off, as git's `http.sslVerify false` is): every later install then takes packages from whoever answers.
 * Each as its tool's reference names it: npm-config `strict-ssl` (`npm config set`, its alias `npm set`, pnpm's
 * same), yarn 1's `strict-ssl` and Yarn 2+'s `enableStrictSsl`, pip-config's `trusted-host` (in any section: hosts
 * whose certificate pip does not check), conda's `ssl_verify`.
 */
const TLS_KEYS: ReadonlyArray<{ tool: RegExp; sub: readonly string[]; key: RegExp; off: (value: string) => boolean; option?: string }> = [
  { tool: /^(npm|pnpm)$/, sub: ['set'], key: /^strict-ssl$/i, off: isFalse },
  { tool: /^(npm|pnpm|yarn)$/, sub: ['config', 'set'], key: /^(strict-ssl|enableStrictSsl)$/i, off: isFalse },
  { tool: /^pip3?$/, sub: ['config', 'set'], key: /^[\w-]+\.trusted-host$/i, off: (v) => v.trim() !== '' },
  { tool: /^(conda|mamba|micromamba)$/, sub: ['config'], key: /^ssl_verify$/i, off: isFalse, option: '--set' },
];

function isFalse(value: string): boolean {
  return /^(false|no|0|off)$/i.test(value.replace(/^["']|["']$/g, ''));
}

/** `pos`: the operands after options (conda's `--set KEY VALUE` is looked for among the options). A setting that turns certificate checks off is destructive. */
export function tlsVerificationSetting(inv: Invocation, pos: readonly string[]): void {
  for (const rule of TLS_KEYS) {
    if (!rule.tool.test(inv.name) || !rule.sub.every((s, i) => pos[i] === s)) continue;
    if (rule.option !== undefined && !inv.args.some((a) => a.value === rule.option)) continue;
    const rest = pos.slice(rule.sub.length);
    // `KEY=VALUE` (npm config set strict-ssl=false) or `KEY VALUE`.
    const [key, value] = rest[0]?.includes('=') ? [rest[0].slice(0, rest[0].indexOf('=')), rest[0].slice(rest[0].indexOf('=') + 1)] : [rest[0], rest[1]];
    if (key === undefined || value === undefined || !rule.key.test(key)) continue;
    // A value not fixed in the input (`?`) may be the one that turns the checks off.
    if (value === '?' || rule.off(value)) inv.env.b.verb('write').destroy('tls_verification_off', `\`${inv.name}\` stops checking TLS certificates (\`${key}\`): a safeguard off`, inv.span);
  }
}

/**
 * Environment variables that switch TLS certificate checks off for every run of a tool (each tool's documentation):
 * Node's `NODE_TLS_REJECT_UNAUTHORIZED=0`, git's `GIT_SSL_NO_VERIFY` (any value), npm's `NPM_CONFIG_STRICT_SSL=false`,
 * pip's `PIP_TRUSTED_HOST`, conda's `CONDA_SSL_VERIFY=false`, Python's `PYTHONHTTPSVERIFY=0`. Stored for good by
 * `setx` (Windows), they are a safeguard off.
 */
export function tlsVerificationOffVariable(name: string, value: string | null): boolean {
  const v = value === null ? null : value.replace(/^["']|["']$/g, '');
  switch (name.toUpperCase()) {
    case 'NODE_TLS_REJECT_UNAUTHORIZED':
    case 'PYTHONHTTPSVERIFY':
      return v === null || v === '0';
    case 'GIT_SSL_NO_VERIFY':
    case 'PIP_TRUSTED_HOST':
      return v === null || v.trim() !== '';
    case 'NPM_CONFIG_STRICT_SSL':
    case 'CONDA_SSL_VERIFY':
      return v === null || isFalse(v);
    default:
      return false;
  }
}
