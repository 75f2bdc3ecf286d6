import { join, resolve } from 'node:path';
import { PortcullisError } from '../../core/index.ts';
import { parseDuration } from '../../config/index.ts';
import type { Config } from '../../config/index.ts';
import { agentContext, createFsInputGuard, systemClock, loadConfigFile, execEnvironment, execProgram, isExecutableFile } from '../../os/index.ts';
import { localAgentGate, openRuntime, remoteGate } from '../../runtime/index.ts';
import { runExec, type ExecProgress } from '../../adapters/exec/index.ts';
import { socketTransport } from '../../sdk/index.ts';
import type { AgentGate } from '../../gateway/index.ts';
import { agentToken, CONFIG_FLAG, parseFlags } from '../args.ts';
import { inProcessNotice } from '../hook-main.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis exec (--socket PATH | --agent ID [--server URL [--token-file FILE]]) [--wait DURATION] [--config FILE] -- COMMAND [ARGS...]';

const HELP = `usage: ${USAGE}

Decides COMMAND for the agent, then runs it once with the operator's cloud, cluster and forge
credentials removed from its environment (AWS_*, AZURE_*, GOOGLE_APPLICATION_CREDENTIALS, CLOUDSDK_*,
KUBECONFIG, GH_TOKEN, GITHUB_TOKEN, GITLAB_TOKEN, VAULT_TOKEN, DOCKER_AUTH_CONFIG, SSH_AUTH_SOCK,
PORTCULLIS_TOKEN, ...), the tools' default credential files pointed at nothing, and the agent's own
profile (agents.<id>.env in the config) injected. A held command waits for approvals (--wait,
default 15m) with a progress line, then runs. Signals are passed on; the exit code is the command's.
The execution intent is recorded before it starts and the outcome after it ends.
In a production install (\`portcullis setup --system\`) it asks the daemon on the agent's own socket
(--socket /run/portcullis/agents/<agent>.sock): the socket says which agent it is; --agent is then
optional (the agent's profile, agents.<id>.env, is injected only where this user can read the config).
There the manifests, values, SQL files and saved plans the command names run from copies the daemon
writes after checking them against the approval, which this user can read and not change.
Exit: the command's own code; 2 denied (nothing ran); 4 still held (nothing ran); 1 error.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...CONFIG_FLAG, agent: { type: 'string', short: 'a' }, socket: { type: 'string' }, server: { type: 'string' }, 'token-file': { type: 'string' }, wait: { type: 'string', default: '15m' } }, USAGE, true, 'agent');
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new PortcullisError('request_invalid', 'no command given', { hint: `usage: ${USAGE}` });
  if (values.socket !== undefined && values.server !== undefined) throw new PortcullisError('request_invalid', '--socket and --server are exclusive', { hint: 'a production install uses --socket' });
  if (!values.agent && values.socket === undefined) throw new PortcullisError('request_invalid', 'missing --agent', { hint: 'exec runs a command for one agent: name it (with --server, the token must be that agent\'s), or pass --socket PATH' });
  const agentId = values.agent ?? '(socket)';
  let waitMs: number;
  try {
    waitMs = parseDuration(values.wait);
  } catch {
    throw new PortcullisError('request_invalid', `--wait \`${values.wait}\` is not a duration`, { hint: 'use e.g. 90s, 15m or 1h' });
  }

  let gate: AgentGate;
  let close = async () => {};
  let config: Config | null;
  if (values.socket !== undefined || values.server !== undefined) {
    gate = values.socket !== undefined ? remoteGate({ transport: socketTransport(values.socket) }) : remoteGate({ server: values.server!, token: agentToken(io, values['token-file']) });
    try {
      config = loadConfigFile(values.config, io.cwd).config;
    } catch {
      config = null;
    }
  } else {
    const runtime = await openRuntime({ configPath: values.config, cwd: io.cwd });
    config = runtime.config;
    gate = localAgentGate(runtime, agentId);
    close = () => runtime.close();
  }
  try {
    const prepared = execEnvironment(config, agentId, io.env);
    // A command that cannot start is a usage error now, not a held request reviewers must clear.
    const missing = notRunnable(positionals[0]!, prepared.env['PATH'], io.cwd);
    if (missing) throw new PortcullisError('request_invalid', missing, { hint: 'check the spelling, or give the full path; nothing was decided or recorded' });
    // SECURITY (D8): a name Portcullis decides as the tool it names (`kubectl`, `/opt/x/bin/kubectl`; not
    // `./x`, decided as a program of its own) must start a file this user cannot change; the very file
    // checked is the one started.
    const command = positionals[0]!;
    const program = execProgram(command, prepared.env['PATH'], io.cwd);
    const byName = !command.startsWith('./') && !command.startsWith('../');
    if (program && byName && program.changeable) {
      throw new PortcullisError('permission_denied', `\`${command}\` starts \`${program.file}\`, which this Unix user can change (${program.changeable}): Portcullis would decide it as \`${command.slice(command.lastIndexOf('/') + 1)}\` while it could be any program`, {
        hint: 'install the tool where the agent cannot write (root-owned, e.g. /usr/local/bin), or run the file by its relative path (`./bin/tool`) to have it decided as a program of its own; nothing was decided or recorded',
      });
    }
    if (values.socket === undefined && values.server === undefined) inProcessNotice(io);
    if (prepared.removed.length > 0) io.stderr(`portcullis: started the command from the allow-listed environment (D9); dropped: ${prepared.removed.join(', ')}\n`);
    if (prepared.injected.length > 0) io.stderr(`portcullis: injected agent ${values.agent}'s profile: ${prepared.injected.join(', ')}\n`);
    const tty = process.stderr.isTTY === true;
    let last = '';
    const result = await runExec({
      argv: positionals,
      ...(program && byName ? { program: program.file } : {}),
      gate,
      // A12: on an agent's socket the daemon writes the verified copies, where this Unix user cannot change them
      inputGuard: createFsInputGuard({ ...(values.socket !== undefined ? { stager: gate } : {}), log: (line) => io.stderr(`${line}\n`) }),
      env: prepared.env,
      removed: prepared.removed,
      injected: prepared.injected,
      // The decision is about the environment the command will really have.
      context: agentContext(prepared.env, io.cwd),
      clock: systemClock,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      waitMs,
      progress: (p) => {
        const line = progressLine(p);
        if (tty) io.stderr(`\r\x1b[2K${line}`);
        else if (line.replace(/, [^,]* left$/, '') !== last.replace(/, [^,]* left$/, '')) io.stderr(`${line}\n`);
        last = line;
      },
      log: (line) => io.stderr(`${line}\n`),
      signals: process,
      interactive: process.stdin.isTTY === true,
      cwd: io.cwd,
    });
    if (tty && last) io.stderr('\n');
    switch (result.kind) {
      case 'ran':
        return result.exitCode;
      case 'denied':
        io.stderr(`portcullis: DENY, nothing ran: ${result.message}${result.decision.decisionId ? ` (decision ${result.decision.decisionId})` : ''}\n`);
        return EXIT.denied;
      case 'held':
        // Each thing once: what happened, the request and its votes, what the reviewers run.
        io.stderr(`portcullis: HOLD, nothing ran: request ${result.decision.requestId ?? '(none)'}: ${result.message}\n${result.decision.requestId ? `reviewers: portcullis approvals approve ${result.decision.requestId}\n` : ''}`);
        return EXIT.held;
      case 'error':
        io.stderr(`error: ${result.message} (internal_error)\n`);
        return EXIT.error;
    }
  } finally {
    await close();
  }
}

function progressLine(p: ExecProgress): string {
  const s = Math.ceil(p.leftMs / 1000);
  const left = s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
  return `portcullis: waiting for approval of request ${p.requestId}: ${p.approvals} of ${p.required} approvals${p.approverGroups.length ? ` (${p.approverGroups.join(', ')})` : ''}, ${p.status}, ${left} left`;
}


/** Why `command` cannot be started from `cwd` with this PATH, or null when it can. */
export function notRunnable(command: string, path: string | undefined, cwd: string): string | null {
  if (command.includes('/')) return isExecutableFile(resolve(cwd, command)) ? null : `\`${command}\` is not an executable file`;
  const dirs = (path ?? '').split(':').map((d) => resolve(cwd, d || '.'));
  return dirs.some((d) => isExecutableFile(join(d, command))) ? null : `command \`${command}\` is not on PATH`;
}
