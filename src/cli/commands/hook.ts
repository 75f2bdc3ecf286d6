import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PortcullisError, type ActionContext } from '../../core/index.ts';
import { parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis hook (claude-code | gemini-cli) (--agent ID | --server URL [--token-file FILE]) [--timeout SECONDS] [--skip-prompt-on-allow] [--config FILE]\n       portcullis hook install (claude-code | gemini-cli) [--project | --user] (--agent ID | --server URL --token-file FILE) [--timeout SECONDS] [--config FILE] [--dry-run]';

const HELP = `usage: ${USAGE}

Runs as the agent tool's hook before every tool call: reads the event on standard input and answers
in the tool's own protocol. Allowed: exit 0. Denied or held: exit 2 with the reason on standard
error (a held call names its request id; after two reviewers approve it, the agent's retry passes).
Any error, a timeout (--timeout, default 20 s) or a malformed event is a deny.

In-process (default) it decides on the store of --config; with --server URL it asks a running
\`portcullis serve\` with the agent's own token (--token-file, or PORTCULLIS_AGENT_TOKEN).

\`hook install\` adds the hook to .claude/settings.json (--project, default) or ~/.claude/settings.json
(--user); for gemini-cli, .gemini/settings.json or ~/.gemini/settings.json. It is idempotent and
prints what it changed. The agent tool's own timeout is set 10 s above the hook's.
`;

/** The exit codes a hook may use: 0 lets the call run, 2 blocks it. Nothing else (1 would let it run). */
const BLOCK = 2;

export async function run(args: string[], io: CliIO): Promise<number> {
  if (args[0] === 'install') return install(args.slice(1), io);
  if (args[0] === '--help' || args[0] === '-h' || args.length === 0) {
    io.stdout(HELP);
    return args.length === 0 ? EXIT.error : EXIT.ok;
  }
  // SECURITY (F1): from here on every failure must be exit 2: the agent tool lets a call run when its
  // hook exits with anything else, crashes or hangs.
  const fail = (message: string) => {
    io.stderr(`Portcullis denies this call: ${message}\n`);
    return BLOCK;
  };
  const onCrash = (err: unknown) => {
    io.stderr(`Portcullis denies this call: the hook failed (${err instanceof Error ? err.message : String(err)})\n`);
    process.exit(BLOCK);
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  let values: { agent?: string; server?: string; 'token-file'?: string; timeout?: string; 'skip-prompt-on-allow'?: boolean; config: string };
  let protocolName: string;
  try {
    const parsed = parseFlags(args, { agent: { type: 'string' }, server: { type: 'string' }, 'token-file': { type: 'string' }, timeout: { type: 'string' }, 'skip-prompt-on-allow': { type: 'boolean' }, config: { type: 'string', short: 'c', default: 'portcullis.yaml' } }, USAGE, true);
    values = parsed.values as typeof values;
    if (parsed.positionals.length !== 1) return fail(`usage: ${USAGE.split('\n')[0]}`);
    protocolName = parsed.positionals[0]!;
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  try {
    const entry = await import('../../runtime/hook-entry.ts');
    const protocol = entry.hookProtocol(protocolName);
    if (!protocol) return fail(`unknown hook protocol \`${protocolName}\` (known: ${entry.HOOK_PROTOCOLS.join(', ')})`);
    const timeoutMs = values.timeout !== undefined ? Number(values.timeout) * 1000 : entry.DEFAULT_HOOK_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return fail(`--timeout \`${values.timeout}\` is not a number of seconds`);
    const text = (await io.readStdin()) ?? '';
    let close: (() => Promise<void>) | null = null;
    const gate = async () => {
      if (values.server !== undefined) {
        const token = readAgentToken(io, values['token-file']);
        return entry.remoteHookGate({ server: values.server, token, timeoutMs });
      }
      if (!values.agent) throw new PortcullisError('request_invalid', 'the hook needs --agent ID (in-process) or --server URL with the agent\'s token');
      const local = await entry.localHookGate(values.config, io.cwd, values.agent);
      close = local.close;
      return local.gate;
    };
    const answer = await entry.runHook(protocol, text, { gate, timeoutMs, baseContext: baseContext(entry.agentContext(io.env, io.cwd)), skipPromptOnAllow: values['skip-prompt-on-allow'] === true });
    io.stdout(answer.stdout);
    io.stderr(answer.stderr);
    await (close as (() => Promise<void>) | null)?.().catch(() => undefined);
    return answer.exitCode;
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
}

/** What the hook's own process knows besides the event: the event's cwd replaces ours. */
function baseContext(ctx: ActionContext): ActionContext {
  const { cwd: _cwd, gitBranch: _branch, ...rest } = ctx;
  return rest;
}

function readAgentToken(io: CliIO, file: string | undefined): string {
  if (file !== undefined) {
    try {
      return readFileSync(resolve(io.cwd, file), 'utf8').trim();
    } catch {
      throw new PortcullisError('auth_failed', `cannot read token file \`${file}\``, { hint: 'pass the file holding the token printed by `portcullis agents add`' });
    }
  }
  const t = io.env['PORTCULLIS_AGENT_TOKEN']?.trim();
  if (!t) throw new PortcullisError('auth_failed', 'no agent token', { hint: 'pass --token-file FILE or set PORTCULLIS_AGENT_TOKEN to the agent\'s own token' });
  return t;
}

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
  const { values, positionals } = parseFlags(args, { project: { type: 'boolean' }, user: { type: 'boolean' }, agent: { type: 'string' }, server: { type: 'string' }, 'token-file': { type: 'string' }, timeout: { type: 'string', default: '20' }, config: { type: 'string', short: 'c', default: 'portcullis.yaml' }, 'dry-run': { type: 'boolean' } }, USAGE, true);
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
  const home = io.env['HOME'];
  const folder = protocol === 'claude-code' ? '.claude' : '.gemini';
  if (values.user && !home) throw new PortcullisError('request_invalid', 'HOME is not set', { hint: 'use --project' });
  const file = values.user ? join(home!, folder, 'settings.json') : join(io.cwd, folder, 'settings.json');
  const command = hookCommand(protocol, { ...(values.agent !== undefined ? { agent: values.agent, config: resolve(io.cwd, values.config) } : { server: values.server!, tokenFile: resolve(io.cwd, values['token-file']!) }), timeoutSeconds: seconds });
  let existing: string | null;
  try {
    existing = readFileSync(file, 'utf8');
  } catch {
    existing = null;
  }
  const plan = planInstall(existing, { protocol: protocol as 'claude-code' | 'gemini-cli', command, timeoutSeconds: seconds + 10 });
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
