import { PortcullisError } from '../../core/index.ts';
import { migrateStore, type MigrateReport } from '../../host/index.ts';
import { CONFIG_FLAG, parseFlags, subcommand } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis store migrate --to URL [--json] [--config FILE]';

const HELP = `usage: ${USAGE}

migrate  copies the store the config names (SQLite by default) into the empty store at URL
         (postgres://user@host:5432/db?schema=name, or sqlite:FILE): identities with their token
         hashes (tokens keep working), requests with their votes, the whole audit chain with its
         signed checkpoints, brake switches and budget spends. The target must be empty. The copy
         is one snapshot, committed only once its chain verifies; the target is then opened with
         the same audit key (portcullis-audit.key beside the config) and verified again.
         Stop every \`portcullis serve\` on the old store first: what it writes afterwards is not copied.
         Then set \`store:\` in the config to the URL (the line is printed).

Passwords: not in URL on the command line (every user sees it in \`ps\`): use PGPASSWORD or
PGPASSFILE; TLS: ?sslmode=verify-full&sslrootcert=FILE. See docs/operations.md.
Exit: 0 copied and verified, 1 error (nothing copied unless the message says so), 3 invalid config.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...CONFIG_FLAG, to: { type: 'string' }, json: { type: 'boolean' } }, USAGE, true);
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  subcommand(positionals, 'store', [], ['migrate'], USAGE);
  if (values.to === undefined || values.to.trim() === '') throw new PortcullisError('request_invalid', 'migrate needs --to URL', { hint: 'e.g. portcullis store migrate --to "postgres://portcullis@db.internal:5432/portcullis?schema=portcullis"' });
  if (hasPassword(values.to)) io.stderr('warning: the --to URL carries a password, which every user of this machine can read (ps) while this runs; prefer PGPASSWORD or PGPASSFILE\n');
  const report = await migrateStore({ configPath: values.config, cwd: io.cwd, to: values.to });
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
  return EXIT.ok;
}

function describe(r: MigrateReport): string {
  const c = r.copied;
  const statuses = Object.entries(c.requests).sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${n} ${s}`);
  const hidden = hasPassword(r.to);
  const url = hidden ? withoutPassword(r.to) : r.to;
  // plain YAML unless something in the URL would end or change the scalar; a JSON string is valid YAML
  const line = `store: ${/\s#|:\s|^[[\]{}&*!|>'"%@`#]/.test(url) ? JSON.stringify(url) : url}`;
  return [
    `copied ${r.from} → ${redactPassword(r.to)}`,
    `  identities:  ${c.humans} user(s), ${c.agents} agent(s) with their token hashes (their tokens work on the new store)`,
    `  requests:    ${statuses.length ? statuses.join(', ') : 'none'}; ${c.votes} vote(s)`,
    `  audit:       ${c.auditEntries} entries, ${c.checkpoints} signed checkpoint(s)`,
    `  brakes:      ${c.brakeSwitches} switch(es), ${c.spends} budget spend(s)`,
    `  pinned:      ${c.meta.join(', ') || 'nothing'}`,
    `verified on the target with ${r.keyFile}: ${r.target.size} entries, root ${r.target.root}, ${r.target.checkpoints} signed checkpoint(s), log ${r.target.logId} (the same as the source)`,
    '',
    'next: stop every `portcullis serve` on the old store, then in portcullis.yaml replace the `store:` line with',
    '',
    `  ${line}`,
    '',
    ...(hidden ? ['(the password is left out: give it to every process in PGPASSWORD or PGPASSFILE, not in the config)', ''] : []),
    `keep ${r.from} and the key file as they are: \`portcullis audit verify\` still proves the old history.`,
    '',
  ].join('\n');
}

function hasPassword(url: string): boolean {
  try {
    return new URL(url).password !== '';
  } catch {
    return false;
  }
}

function withoutPassword(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

function redactPassword(url: string): string {
  if (!hasPassword(url)) return url;
  const u = new URL(url);
  u.password = '***';
  return u.toString();
}
