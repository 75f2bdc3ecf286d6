/**
 * Credentials recognised by their text, wherever an action carries them: a start-up file's line (stored-commands.ts), a
 * request body (rest-apis.ts), an MCP tool's message or file content sent to an outside service (mcp.ts). One table, so a
 * key is a key through every door.
 */

import { DATABASE_NAME } from './public-access.ts';

/** A credential's own shape, whatever the variable is called: GitHub, GitLab, Stripe live, OpenAI-style, Slack, AWS key ids, npm. */
export const SECRET_VALUE = /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20,}|sk_live_\w{10,}|sk-[A-Za-z0-9_-]{20,}|xox[abpr]-[\w-]{10,}|AKIA[0-9A-Z]{16}|npm_[A-Za-z0-9]{30,})\b/;

/** A PEM private key block, or an AWS secret access key in a JSON field that names it. */
export const CREDENTIAL_TEXT = /-----BEGIN ([A-Z]+ )*PRIVATE KEY-----|"(aws_secret_access_key|AWS_SECRET_ACCESS_KEY|secretAccessKey|SecretAccessKey)"\s*:\s*"[A-Za-z0-9/+]{40}"/;

/** An AWS secret access key set as a variable or an ini line (`AWS_SECRET_ACCESS_KEY=…`, `aws_secret_access_key = …`). */
const AWS_SECRET_SETTING = /\baws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;

/**
 * A connection URL with a password in it (`postgres://billing:Qm7!x@prod-db…/billing`, `redis://:pw@cache…`, RFC 3986's
 * userinfo): the password is the credential. Not a placeholder (`password`, `changeme`, `<pw>`, `${DB_PASSWORD}`, `****`,
 * `xxx`, or the user's own name again, `postgres:postgres`), and not on this machine, a documentation host (`localhost`,
 * `127.0.0.1`, `::1`, `example.com`) or a one-label host (`db`, `redis`: a Compose service's name, reachable only inside
 * its project's network): such a development URL opens nothing elsewhere.
 */
const PASSWORD_URL = /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|https?|ftps?|smtps?):\/\/([^\s:/@'"`]*):([^\s@'"`/]+)@(\[[^\]\s]+\]|[^\s/:'"`?#,;]+)/gi;
const PLACEHOLDER_PASSWORD = /^(pass(word)?|passwd|pwd|secret|changeme|change_?me|example|dummy|test|dev|xxx+|\*+|\.\.\.|…|<[^>]*>|\{[^}]*\}|\$\{?[A-Za-z_][\w]*\}?|%[A-Za-z_]\w*%|\$\([^)]*\))$/i;
const LOCAL_OR_DOC_HOST = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0|host\.docker\.internal|([\w-]+\.)*example\.(com|org|net)|([\w-]+\.)*(test|invalid|localhost))$/i;
function passwordUrl(text: string): string | null {
  for (const m of text.matchAll(PASSWORD_URL)) {
    const [, user, password, host] = m;
    if (!password || !host || password === user || PLACEHOLDER_PASSWORD.test(password) || LOCAL_OR_DOC_HOST.test(host) || /^[A-Za-z][\w-]*$/.test(host)) continue;
    return `a connection URL with the password for \`${host}\``;
  }
  return null;
}

/** What credential `text` carries (for a finding), or null when it carries none that can be told by its text. */
export function credentialInText(text: string): string | null {
  if (CREDENTIAL_TEXT.test(text)) return 'a private key or an AWS secret key';
  const value = SECRET_VALUE.exec(text);
  if (value) return `a ${/^AKIA/.test(value[0]) ? 'AWS access key' : /^sk_live_/.test(value[0]) ? 'Stripe live key' : /^xox/.test(value[0]) ? 'Slack token' : /^(gh|github_pat_)/.test(value[0]) ? 'GitHub token' : 'API token'}`;
  if (AWS_SECRET_SETTING.test(text)) return 'an AWS secret access key';
  return passwordUrl(text);
}

/**
 * Words that say a variable or a setting holds a secret: one list for every reading of a name (a dotenv key, `$GITHUB_TOKEN`
 * posted somewhere, PowerShell's `$env:CODESIGN_PASSWORD`, a tier-named `$PROD_API_KEY`). A word marked `inside` is also
 * read inside a longer word of a name (`DBPASSWORD`, `APIKEY`, `SENTRYDSN`); the others only as a word of their own
 * (`PAT`, `PASS`: `PATH` and `BYPASS` hold none). The union of the four readings round 25 found, so more names are secrets.
 */
const SECRET_NAME_WORDS: ReadonlyArray<readonly [word: string, inside: boolean]> = [
  ['secret', true], ['token', true], ['passw', true], ['password', false], ['passwd', false], ['passphrase', true], ['pass', false],
  ['pwd', true], ['key', true], ['apikey', false], ['api_key', false], ['private_key', false], ['secret_key', false], ['credential', true],
  ['credentials', false], ['pat', false], ['pfx', true], ['dsn', true], ['auth', true], ['private', true], ['cert', true],
  ['database_url', true], ['db_url', true],
];
const byLength = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
/** The list as one regex alternation (longest first), for a reading that sets its own anchors (a `$NAME`'s last word). */
export const SECRET_NAME_WORD_SOURCE = byLength(SECRET_NAME_WORDS.map(([w]) => w));
/** Anywhere in a setting's key (`STRIPE_SECRET_KEY`, `DB_PASSWORD`, `GITHUB_TOKEN`, `SENTRY_DSN`, `DB_PASS`). */
export const SECRET_KEY_WORD = new RegExp(`${byLength(SECRET_NAME_WORDS.filter(([, inside]) => inside).map(([w]) => w))}|(?<![a-z0-9])(?:${byLength(SECRET_NAME_WORDS.filter(([, inside]) => !inside).map(([w]) => w))})s?(?![a-z0-9])`, 'i');
/** A word of its own in a variable's name, between underscores (`AWS_SECRET_ACCESS_KEY`, `NUGET_API_KEY`, `AZP_TOKEN`); plurals too. */
export const SECRET_NAME_PART = new RegExp(`(?:^|_)(?:${SECRET_NAME_WORD_SOURCE})s?(?:_|$)`, 'i');

/** A setting's name before its `=` in a dotenv line or an edit script (`LOG_LEVEL=debug`, sed's `\(DEBUG\)=`). */
const SETTING_NAME = /([A-Za-z_][A-Za-z0-9_]*)\\?\)?\s*=/g;
/** A substitution whose pattern is literal text (`s/localhost:5432/db:5432/`): what it replaces is written in it. */
const LITERAL_SUBSTITUTION = /^s([/|#,])(\^?(?:[\w:@%/-]|\\[./:@-]|\.(?![*+?{]))+\$?)\1[^\n]*\1[gI]*$/;

/**
 * The lead's answer 112 (round 23, answer 89 narrowed back to answer 70's line): an edit of a dotenv file loses what it
 * replaces only when that is a secret. `text` is what the edit shows: its new lines, or an in-place editor's script. It may
 * lose a secret when it names a secret's key (SECRET_KEY_WORD), carries a credential (credentialInText), or names no
 * setting and is not a literal substitution of at least four characters (`s/=.*\/=x/`: what it replaces is not shown).
 * `LOG_LEVEL=debug`, `s/^PORT=.*\/PORT=4000/`, `/^DEBUG=/d`, `s/localhost:5432/db:5432/` replace settings anyone can type again.
 */
export function dotenvEditMayLoseSecret(text: string): boolean {
  const names = [...text.matchAll(SETTING_NAME)].map((m) => m[1]!);
  if (names.some((n) => SECRET_KEY_WORD.test(n)) || credentialInText(text) !== null) return true;
  if (names.length > 0) return false;
  const commands = text.split(/[;\n]/).map((c) => c.trim()).filter((c) => c !== '' && !c.startsWith('-'));
  return commands.length === 0 || !commands.every((c) => { const m = LITERAL_SUBSTITUTION.exec(c); return m !== null && m[2]!.length >= 4; });
}

/**
 * A setting's or variable's name that says no secret (the lead's answers 130 and 262, for a platform's config variables
 * removed and CI variables replaced): a plain name, no secret's word, no connection string (it carries a
 * key or password), in either spelling (Azure Functions' `ServiceBusConnection` and `AzureWebJobsStorage`, the connection
 * strings its bindings read). A URL or URI is a connection URL, which may carry a password, only when a word of its name
 * says a database, cache or broker (the lead's answer 262: `REDIS_URL`, `MONGODB_URI`, `AMQP_URL`, `CeleryBrokerUrl`, by
 * DATABASE_NAME's engines or STORE_WORD); `API_URL`, `SITE_URL`, `WEBHOOK_URL` are plain settings.
 */
// Whole words, and the engines Heroku's add-ons fuse into a vendor's name (`CLOUDAMQP_URL`, `REDISCLOUD_URL`, `MONGOLAB_URI`,
// `JAWSDB_URL`); a mail, file or directory server's URL carries its login as a database's does (`SMTP_URL`, `LDAP_URI`).
const STORE_WORD = /^(database|cache|broker|nats|mq|jdbc|sql|celery|cosmos(db)?|smtp|mail|s?ftp|ldaps?)$|amqp|redis|mongo|postgres|mysql|memcache|rabbit|(jaws|clear)db/;
export function namesPlainSetting(v: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(v) || SECRET_KEY_WORD.test(v) || /(_|^)CONN(_|$)|connection|^AzureWebJobs(Storage|Dashboard)$/i.test(v)) return false;
  const words = v.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split('_');
  return !(words.some((w) => /^ur[il]s?$/.test(w)) && words.some((w) => STORE_WORD.test(w) || DATABASE_NAME.test(w)));
}
