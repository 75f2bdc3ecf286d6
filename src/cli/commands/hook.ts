import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { didYouMean, PortcullisError } from '../../core/index.ts';
import { parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis hook (claude-code | gemini-cli | codex | cursor) (--agent ID | --server URL [--token-file FILE]) [--timeout SECONDS] [--skip-prompt-on-allow] [--config FILE]\n       portcullis hook install (claude-code | gemini-cli | codex | cursor) [--project | --user] (--agent ID | --server URL --token-file FILE) [--timeout SECONDS] [--config FILE] [--dry-run]';

const HELP = `usage: ${USAGE}

Runs as the agent tool's hook before every tool call: reads the event on standard input and answers
in the tool's own protocol. Allowed: exit 0. Denied or held: exit 2 with the reason on standard
error (a held call names its request id; after two reviewers approve it, the agent's retry passes).
Any error, a timeout (--timeout, default 20 s) or a malformed event is a deny.

In-process (default) it decides on the store of --config; with --server URL it asks a running
\`portcullis serve\` with the agent's own token (--token-file, or PORTCULLIS_AGENT_TOKEN).

\`hook install\` adds the hook to .claude/settings.json (--project, default) or ~/.claude/settings.json
(--user); for gemini-cli, .gemini/settings.json; for codex, .codex/hooks.json (Codex also needs
hooks enabled in ~/.codex/config.toml); for cursor, .cursor/hooks.json (shell and MCP calls before
they run, file edits after). It is idempotent and prints what it changed. The agent tool's own
timeout is set 10 s above the hook's. Agents can never change these files: they are control plane.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  if (args[0] === 'install') return install(args.slice(1), io);
  if (args[0] === '--help' || args[0] === '-h' || args.length === 0) {
    io.stdout(HELP);
    return args.length === 0 ? EXIT.error : EXIT.ok;
  }
  // The same code `bin/portcullis hook` reaches through its light entry (every failure is exit 2).
  const { runHookCommand } = await import('../hook-main.ts');
  return runHookCommand(args, io);
}

/** Where each agent tool reads its hooks (project folder, or the same under HOME with --user). */
const SETTINGS = {
  'claude-code': ['.claude', 'settings.json'],
  'gemini-cli': ['.gemini', 'settings.json'],
  codex: ['.codex', 'hooks.json'],
  cursor: ['.cursor', 'hooks.json'],
} as const;

function quote(a: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

/** The installed command: this checkout's launcher, absolute paths, and exit 2 if it cannot even start. */
export function hookCommand(protocol: string, opts: { agent?: string; server?: string; tokenFile?: string; config?: string; timeoutSeconds: number }): string {
  const bin = fileURLToPath(new URL('../../../bin/portcullis', import.meta.url));
  const parts = [bin, 'hook', protocol];
  if (opts.server !== undefined) parts.push('--server', opts.server, ...(opts.tokenFile ? ['--token-file', opts.tokenFile] : []));
  else parts.push('--agent', opts.agent!, '--config', opts.config!);
  parts.push('--timeout', String(opts.timeoutSeconds));
  // SECURITY (F1): `|| exit 2`: a launcher that is missing or crashes blocks instead of letting the call run.
  return `${parts.map(quote).join(' ')} || exit 2`;
}

async function install(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { project: { type: 'boolean' }, user: { type: 'boolean' }, agent: { type: 'string' }, server: { type: 'string' }, 'token-file': { type: 'string' }, timeout: { type: 'string', default: '20' }, config: { type: 'string', short: 'c', default: 'portcullis.yaml' }, 'dry-run': { type: 'boolean' } }, USAGE, true, 'agent');
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const { planInstall, HOOK_PROTOCOLS } = await import('../../runtime/hook-entry.ts');
  const protocol = positionals[0];
  if (positionals.length !== 1 || !protocol || !(HOOK_PROTOCOLS as readonly string[]).includes(protocol)) throw new PortcullisError('request_invalid', `name the agent tool: ${HOOK_PROTOCOLS.join(' or ')}`, { hint: `usage: ${USAGE.split('\n')[1]!.trim()}` });
  if (values.project && values.user) throw new PortcullisError('request_invalid', '--project and --user are exclusive', { hint: 'pick where the hook goes' });
  if ((values.agent === undefined) === (values.server === undefined)) throw new PortcullisError('request_invalid', 'pass either --agent ID (in-process) or --server URL with --token-file FILE', { hint: `usage: ${USAGE.split('\n')[1]!.trim()}` });
  if (values.server !== undefined && values['token-file'] === undefined) throw new PortcullisError('request_invalid', '--server needs --token-file FILE with the agent\'s own token', { hint: 'the hook reads the token from that file on every call' });
  const seconds = Number(values.timeout);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 600) throw new PortcullisError('request_invalid', `--timeout \`${values.timeout}\` must be whole seconds between 1 and 600`, { hint: 'the default is 20' });
  // Validate first, then install: a hook for an agent that does not exist, or with a token file that
  // cannot be read, would deny every tool call of the agent tool from then on.
  if (values.agent !== undefined) await checkAgent(values.agent, values.config, io);
  if (values['token-file'] !== undefined) checkTokenFile(resolve(io.cwd, values['token-file']), values['token-file']);
  const home = io.env['HOME'];
  const [folder, name] = SETTINGS[protocol as keyof typeof SETTINGS];
  if (values.user && !home) throw new PortcullisError('request_invalid', 'HOME is not set', { hint: 'use --project' });
  const file = values.user ? join(home!, folder, name) : join(io.cwd, folder, name);
  const command = hookCommand(protocol, { ...(values.agent !== undefined ? { agent: values.agent, config: resolve(io.cwd, values.config) } : { server: values.server!, tokenFile: resolve(io.cwd, values['token-file']!) }), timeoutSeconds: seconds });
  let existing: string | null;
  try {
    existing = readFileSync(file, 'utf8');
  } catch {
    existing = null;
  }
  const plan = planInstall(existing, { protocol: protocol as keyof typeof SETTINGS, command, timeoutSeconds: seconds + 10 });
  io.stdout(`${file}: ${plan.summary}\n`);
  if (plan.changed) io.stdout(`${JSON.stringify(plan.entry, null, 2)}\n`);
  if (plan.changed && !values['dry-run']) {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.portcullis-${process.pid}.tmp`;
    writeFileSync(tmp, plan.text, { mode: 0o600 });
    renameSync(tmp, file);
  }
  if (values['dry-run'] && plan.changed) io.stdout('(dry run: nothing written)\n');
  return EXIT.ok;
}

async function checkAgent(agent: string, config: string, io: CliIO): Promise<void> {
  const { openControlSession } = await import('../../runtime/index.ts');
  const session = await openControlSession({ configPath: config, cwd: io.cwd, env: io.env });
  try {
    // The store's identities directly: installing a hook is the operator's local setup, not a
    // reviewer action, so there is no token to sign in with here.
    const identity = session.opened.identity;
    const a = await identity.agent(agent);
    if (a && !a.revoked) return;
    const known = (await identity.list('agent')).filter((x) => !x.revoked).map((x) => x.id);
    throw new PortcullisError('request_invalid', a ? `agent \`${agent}\` is revoked; nothing was installed` : `unknown agent \`${agent}\`; nothing was installed`, { hint: a ? 'install the hook for an active agent' : didYouMean(agent, known, 'agents') });
  } finally {
    await session.close();
  }
}

function checkTokenFile(path: string, shown: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PortcullisError('request_invalid', `cannot read token file \`${shown}\` (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}); nothing was installed`, { hint: 'save the token printed by `portcullis agents add` to that file first (mode 600)' });
  }
  if (text.trim() === '') throw new PortcullisError('request_invalid', `token file \`${shown}\` is empty; nothing was installed`, { hint: 'save the token printed by `portcullis agents add` to that file' });
}
