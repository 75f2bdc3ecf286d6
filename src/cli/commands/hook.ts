import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { didYouMean, PortcullisError } from '../../core/index.ts';
import { parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis hook (claude-code | gemini-cli | codex | cursor) (--socket PATH | --agent ID | --server URL [--token-file FILE]) [--timeout SECONDS] [--skip-prompt-on-allow] [--config FILE]\n       portcullis hook install (claude-code | gemini-cli | codex | cursor) [--project | --user | --managed] (--socket PATH | --agent ID | --server URL --token-file FILE) [--file FILE] [--timeout SECONDS] [--config FILE] [--dry-run]';

const HELP = `usage: ${USAGE}

Runs as the agent tool's hook before every tool call: reads the event on standard input and answers
in the tool's own protocol. Allowed: exit 0. Denied or held: exit 2 with the reason on standard
error (a held call names its request id; after two reviewers approve it, the agent's retry passes).
Any error, a timeout (--timeout, default 20 s) or a malformed event is a deny.

In a production install (\`portcullis setup --system\`) it asks \`portcullis daemon\` on the agent's
own socket (--socket PATH, or the folder of sockets: then the one this Unix user owns); the client is
one small CommonJS file. With --server URL it asks a running \`portcullis serve\` with the agent's own
token (--token-file, or PORTCULLIS_AGENT_TOKEN). With --agent ID it decides in-process on the store of
--config, which is no security boundary (the agent's own user holds the store).

\`hook install\` adds the hook to .claude/settings.json (--project, default) or ~/.claude/settings.json
(--user); for gemini-cli, .gemini/settings.json; for codex, .codex/hooks.json (Codex also needs
hooks enabled in ~/.codex/config.toml); for cursor, .cursor/hooks.json (shell and MCP calls before
they run, file edits after). --managed (as root, claude-code and gemini-cli) writes the
administrator-managed settings every user of the machine gets and no user can override
(/etc/claude-code/managed-settings.json, /etc/gemini-cli/settings.json), in the socket form. With
--agent, the socket form is written when a daemon is set up for that agent. --file FILE writes
elsewhere. It is idempotent and prints what it changed. The agent tool's own timeout is set 10 s
above the hook's. Agents can never change these files: they are control plane.
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
export function hookCommand(protocol: string, opts: { agent?: string; server?: string; tokenFile?: string; config?: string; socket?: string; timeoutSeconds: number }): string {
  if (opts.socket !== undefined) {
    // D7: the pinned Node straight on the one-file client: no shell launcher, no module graph.
    const client = fileURLToPath(new URL('../../../bin/portcullis-hook.cjs', import.meta.url));
    const pinned = fileURLToPath(new URL('../../../node_modules/.bin/node', import.meta.url));
    const node = existsSync(pinned) ? pinned : process.execPath;
    return `${[node, client, protocol, '--socket', opts.socket, '--timeout', String(opts.timeoutSeconds)].map(quote).join(' ')} || exit 2`;
  }
  const bin = fileURLToPath(new URL('../../../bin/portcullis', import.meta.url));
  const parts = [bin, 'hook', protocol];
  if (opts.server !== undefined) parts.push('--server', opts.server, ...(opts.tokenFile ? ['--token-file', opts.tokenFile] : []));
  else parts.push('--agent', opts.agent!, '--config', opts.config!);
  parts.push('--timeout', String(opts.timeoutSeconds));
  // SECURITY (F1): `|| exit 2`: a launcher that is missing or crashes blocks instead of letting the call run.
  return `${parts.map(quote).join(' ')} || exit 2`;
}

/**
 * The administrator-managed settings file each agent tool documents (docs/adapters.md cites them):
 * Claude Code reads managed-settings.json above every user and project file; Gemini CLI's system
 * settings file overrides all others (GEMINI_CLI_SYSTEM_SETTINGS_PATH moves it).
 */
export function managedSettingsFile(protocol: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string {
  if (protocol === 'claude-code') return platform === 'darwin' ? '/Library/Application Support/ClaudeCode/managed-settings.json' : '/etc/claude-code/managed-settings.json';
  if (env['GEMINI_CLI_SYSTEM_SETTINGS_PATH']) return env['GEMINI_CLI_SYSTEM_SETTINGS_PATH'];
  return platform === 'darwin' ? '/Library/Application Support/GeminiCli/settings.json' : '/etc/gemini-cli/settings.json';
}

async function install(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { project: { type: 'boolean' }, user: { type: 'boolean' }, managed: { type: 'boolean' }, file: { type: 'string' }, agent: { type: 'string' }, server: { type: 'string' }, socket: { type: 'string' }, 'token-file': { type: 'string' }, timeout: { type: 'string', default: '20' }, config: { type: 'string', short: 'c', default: 'portcullis.yaml' }, 'dry-run': { type: 'boolean' } }, USAGE, true, 'agent');
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const { planInstall, HOOK_PROTOCOLS } = await import('../../adapters/hooks/index.ts');
  const protocol = positionals[0];
  if (positionals.length !== 1 || !protocol || !(HOOK_PROTOCOLS as readonly string[]).includes(protocol)) throw new PortcullisError('request_invalid', `name the agent tool: ${HOOK_PROTOCOLS.join(' or ')}`, { hint: `usage: ${USAGE.split('\n')[1]!.trim()}` });
  if ([values.project, values.user, values.managed].filter(Boolean).length > 1) throw new PortcullisError('request_invalid', '--project, --user and --managed are exclusive', { hint: 'pick where the hook goes' });
  if (values.managed && protocol !== 'claude-code' && protocol !== 'gemini-cli') throw new PortcullisError('request_invalid', `--managed is for claude-code and gemini-cli, whose administrator-managed settings files are documented; ${protocol} has none`, { hint: 'use --project or --user, or --file FILE' });
  const forms = [values.agent, values.server, values.socket].filter((v) => v !== undefined).length;
  if (forms > 1 || (forms === 0 && !values.managed)) throw new PortcullisError('request_invalid', 'pass one of --socket PATH (production install), --agent ID or --server URL with --token-file FILE', { hint: `usage: ${USAGE.split('\n')[1]!.trim()}` });
  if (values.managed && (values.agent !== undefined || values.server !== undefined)) throw new PortcullisError('request_invalid', '--managed installs the socket form for every user of the machine', { hint: 'drop --agent and --server; --socket names the sockets folder (default: the daemon\'s)' });
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
  const [{ SYSTEM_DEFAULTS }, { loadConfigFile }] = await Promise.all([import('../../host/index.ts'), import('../../os/index.ts')]);
  // The daemon's folder of sockets, when this user can read the config; else the default.
  const runDir = (() => {
    try {
      return loadConfigFile(values.config, io.cwd).config.daemon?.runDir ?? null;
    } catch {
      return null;
    }
  })();
  let socket = values.socket !== undefined ? resolve(io.cwd, values.socket) : undefined;
  if (values.managed && socket === undefined) socket = join(runDir ?? SYSTEM_DEFAULTS.runDir, 'agents');
  if (values.agent !== undefined && socket === undefined) {
    // D7: "writes the socket form when a daemon is set up": the agent's socket exists, or the config maps it.
    const candidate = join(runDir ?? SYSTEM_DEFAULTS.runDir, 'agents', `${values.agent}.sock`);
    if (existsSync(candidate)) {
      socket = candidate;
      io.stdout(`a daemon is set up for agent ${values.agent}: installing the socket form (${candidate})\n`);
    }
  }
  if (values.managed && process.getuid?.() !== 0 && values.file === undefined) throw new PortcullisError('permission_denied', '--managed writes settings for every user of this machine', { hint: 'run it as root (sudo)' });
  const file = values.file !== undefined ? resolve(io.cwd, values.file) : values.managed ? managedSettingsFile(protocol, io.env) : values.user ? join(home!, folder, name) : join(io.cwd, folder, name);
  const command = hookCommand(protocol, { ...(socket !== undefined ? { socket } : values.agent !== undefined ? { agent: values.agent, config: resolve(io.cwd, values.config) } : { server: values.server!, tokenFile: resolve(io.cwd, values['token-file']!) }), timeoutSeconds: seconds });
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
    mkdirSync(dirname(file), { recursive: true, ...(values.managed ? { mode: 0o755 } : {}) });
    const tmp = `${file}.portcullis-${process.pid}.tmp`;
    // Managed settings are read by every user (and written by root only); the others are the user's own.
    writeFileSync(tmp, plan.text, { mode: values.managed ? 0o644 : 0o600 });
    if (values.managed) chmodSync(tmp, 0o644);
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
