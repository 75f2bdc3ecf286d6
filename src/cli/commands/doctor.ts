import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundaryFindings, controlPlaneFiles, lookupUser, ptraceFinding, YAMA_PTRACE_SCOPE } from '../../os/index.ts';
import { inheritable, inheritedCredentials } from '../../adapters/exec/index.ts';
import { loadSetup } from '../../runtime/index.ts';
import { whyConfigReplaceable, whyReplaceable } from '../../host/index.ts';
import type { Config } from '../../config/index.ts';
import { managedSettingsFile } from './hook.ts';
import { CONFIG_FLAG, parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis doctor [--agent ID] [--config FILE]';

const HELP = `usage: ${USAGE}

Checks the place an agent runs from:
  - human cloud, cluster and forge credentials inherited through the environment (names only), and
    the credential files any process of this user can read;
  - the Portcullis hook installed for Claude Code and Gemini CLI (project and user settings): that its
    command starts, answers a real event and blocks a malformed one with exit 2;
  - that the config and policies validate (and that --agent is declared);
  - the OS boundary: for every agent with a Unix user (agents.<id>.unix_user), each control-plane
    file (config, policies, key, store, hook settings) that user can write and the key or store it
    can read; an agent mapped to root or the service user; and this process running as root with
    --agent (no OS boundary is possible then); and whether the kernel lets an agent's user ptrace
    \`portcullis exec\` (kernel.yama.ptrace_scope absent or 0: the daemon then refuses approvals and
    staging on agents' sockets unless daemon.allow_ptrace_without_yama is set). Run it as root to check every agent.
  - the run folder (daemon.run_dir): that it, its agents/ and approved/ folders and every folder
    above them are root's and writable by no other user, so that no one (the service user included)
    can swap a name the root socket helper acts on for a link; and that the config's folder and every
    folder above it are root's and writable by no other user, and the config is no link (the root
    daemon refuses to start otherwise).
Exit: 0 nothing found, 1 something to fix.
`;

const CREDENTIAL_FILES = ['.aws/credentials', '.aws/config', '.kube/config', '.config/gcloud/credentials.db', '.azure/msal_token_cache.json', '.docker/config.json', '.config/gh/hosts.yml', '.vault-token', '.netrc'];

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, { ...CONFIG_FLAG, agent: { type: 'string', short: 'a' } }, USAGE);
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  let problems = 0;
  const line = (ok: boolean | 'warn', text: string, hint?: string) => {
    if (ok !== true) problems += ok === false ? 1 : 0;
    io.stdout(`${ok === true ? 'ok  ' : ok === 'warn' ? 'warn' : 'FAIL'}  ${text}\n${hint ? `      hint: ${hint}\n` : ''}`);
  };

  const inherited = inheritedCredentials(io.env);
  if (inherited.length === 0) line(true, 'no human cloud, cluster or forge credentials in this environment');
  for (const c of inherited) {
    line(false, `${c.name} is set: ${c.what}`, `an agent started here acts with these rights; start its commands with \`portcullis exec --agent ${values.agent ?? 'ID'} -- ...\` (it removes them) and give the agent its own profile under agents.<id>.env`);
  }
  // D9: exec starts commands from an allow-list; say what it will drop (names only, never values).
  const dropped = Object.keys(io.env).filter((k) => io.env[k] !== undefined && !inheritable(k) && inherited.every((c) => c.name !== k)).sort();
  line(true, dropped.length === 0 ? '`portcullis exec` keeps every other variable here (all are on its allow-list)' : `\`portcullis exec\` also drops ${dropped.length} variable(s) not on its allow-list: ${dropped.join(', ')}`, dropped.length > 0 ? 'give the agent what it needs in its own profile (agents.<id>.env); PATH, HOME, LANG, LC_*, TERM, USER, SHELL, TMPDIR and TZ pass' : undefined);
  const home = io.env['HOME'];
  if (home) {
    const found = CREDENTIAL_FILES.filter((f) => existsSync(join(home, f)));
    if (found.length > 0) line('warn', `credential files readable by this user: ${found.map((f) => `~/${f}`).join(', ')}`, '`portcullis exec` points the tools away from them; an agent that runs commands without exec can still read them');
  }

  if (values.agent !== undefined && process.getuid?.() === 0) {
    line(false, `this process runs as root: if agent ${values.agent} runs like this, no OS boundary is possible (root reads and writes every file, the key and the store included)`, 'run the agent as its own unprivileged Unix user and give it a socket: `portcullis setup --system --agent-user AGENT=USER`');
  }
  try {
    const setup = await loadSetup(values.config, io.cwd);
    boundary(setup.config, io, line);
    runFolder(setup.config, line);
    line(true, `config ${setup.config.file} and ${setup.engine.policies.length} policies validate (policy set ${setup.engine.hash.slice(0, 12)})`);
    if (values.agent !== undefined) {
      const agent = setup.config.agents.find((a) => a.id === values.agent);
      if (!agent) line(false, `agent \`${values.agent}\` is not declared in the config`, 'add it under `agents`');
      else line(true, `agent ${agent.id}: role ${agent.role}, operator ${agent.operator}, home ${agent.homeEnvironment ?? '(none)'}, own profile: ${Object.keys(setup.config.agentEnv[agent.id] ?? {}).join(', ') || 'none (agents.<id>.env)'}`);
    }
  } catch (err) {
    const e = err as Error & { issues?: Array<{ path: string; message: string }> };
    line(false, `config or policies do not validate: ${e.issues?.map((i) => `${i.path}: ${i.message}`).join('; ') ?? e.message}`, 'run `portcullis policy validate`');
  }

  const settings = [
    { tool: 'claude-code', event: 'PreToolUse', files: [managedSettingsFile('claude-code', io.env), join(io.cwd, '.claude/settings.json'), join(io.cwd, '.claude/settings.local.json'), ...(home ? [join(home, '.claude/settings.json')] : [])] },
    { tool: 'gemini-cli', event: 'BeforeTool', files: [managedSettingsFile('gemini-cli', io.env), join(io.cwd, '.gemini/settings.json'), ...(home ? [join(home, '.gemini/settings.json')] : [])] },
  ];
  let hooks = 0;
  for (const s of settings) {
    for (const file of s.files) {
      const commands = hookCommands(file, s.event, s.tool);
      for (const command of commands) {
        hooks++;
        await checkHook(command, s.tool, s.event, io, line, file);
      }
    }
  }
  if (hooks === 0) line('warn', 'no Portcullis hook installed for Claude Code or Gemini CLI here', 'run `portcullis hook install claude-code --agent ID`');
  io.stdout(problems === 0 ? '\nnothing to fix\n' : `\n${problems} problem(s) to fix\n`);
  return problems === 0 ? EXIT.ok : EXIT.error;
}

/** D7 from each mapped agent's side, by file modes (docs/operations.md, "Production install"). */
function boundary(config: Config, io: CliIO, line: (ok: boolean | 'warn', text: string, hint?: string) => void): void {
  const mapped = Object.entries(config.agentUnixUsers);
  if (mapped.length === 0) {
    line('warn', 'no agent has a Unix user (agents.<id>.unix_user): nothing but the parser stands between an agent and the gate\'s files', 'for production, run `portcullis setup --system --agent-user AGENT=USER` and the daemon');
    return;
  }
  const service = config.daemon ? lookupUser(config.daemon.serviceUser) : null;
  if (config.daemon && !service) line(false, `service user \`${config.daemon.serviceUser}\` does not exist`, 'run `portcullis setup --system`');
  const managed = [managedSettingsFile('claude-code', io.env), managedSettingsFile('gemini-cli', io.env)].filter((f) => existsSync(f));
  for (const [agent, name] of mapped) {
    const user = lookupUser(name);
    if (!user) {
      line(false, `agent ${agent}: Unix user \`${name}\` does not exist`, `create it (useradd ${name}) or fix agents.${agent}.unix_user`);
      continue;
    }
    // The agent's own settings files count as hook settings when they hold our hook: it owns its home, so they are writable.
    const own = [join(userHome(name) ?? '/nonexistent', '.claude/settings.json'), join(userHome(name) ?? '/nonexistent', '.gemini/settings.json')].filter((f) => hookCommands(f, f.includes('.claude') ? 'PreToolUse' : 'BeforeTool', f.includes('.claude') ? 'claude-code' : 'gemini-cli').length > 0);
    const findings = boundaryFindings(agent, user, controlPlaneFiles(config, [...managed, ...own]), service);
    for (const f of findings) line(f.severity === 'error' ? false : 'warn', f.message, own.some((o) => f.message.endsWith(o)) ? 'install the hook in the managed settings instead (`portcullis hook install claude-code --managed`, as root): a file in the agent\'s own home is the agent\'s to change' : f.hint);
    if (findings.length === 0) line(true, `agent ${agent} (Unix user ${name}, uid ${user.uid}) can write no control-plane file and read neither the key nor the store (by file modes; ACLs not checked)`);
  }
  // A12: the agent's own user must not be able to attach to `exec` (and the command) after approval.
  const ptrace = ptraceFinding(readOrNull(YAMA_PTRACE_SCOPE));
  if (ptrace?.severity === 'error') {
    // the daemon's refusal (or the config's acceptance of the risk) is what the operator meets next
    const accepted = config.daemon?.allowPtraceWithoutYama === true;
    line(false, accepted ? `${ptrace.message}; \`daemon.allow_ptrace_without_yama\` accepts this: the daemon consumes approvals and stages input files anyway` : ptrace.message,
      accepted ? `${ptrace.hint}, then remove \`daemon.allow_ptrace_without_yama\`` : `${ptrace.hint}; until then the daemon refuses to consume approvals and stage input files on agents' sockets (\`exec_ptrace_open\`), unless \`daemon.allow_ptrace_without_yama: true\` accepts the risk`);
  } else if (ptrace) line('warn', ptrace.message, ptrace.hint);
  else line(true, 'kernel.yama.ptrace_scope lets no agent\'s user attach to `portcullis exec` (2 or 3)');
}

/**
 * Round 11: the root socket helper binds, chowns and renames names in `<run-dir>/agents` and makes,
 * empties, chowns and chmods `<run-dir>/approved/<agent>`; a user who may replace a folder on the way
 * could swap one for a link and have root change a file of its choosing.
 */
function runFolder(config: Config, line: (ok: boolean | 'warn', text: string, hint?: string) => void): void {
  if (!config.daemon) return;
  const { runDir, serviceUser } = config.daemon;
  const service = lookupUser(serviceUser);
  const who = (uid: number) => (uid === service?.uid ? `the service user ${service.name} (uid ${uid})` : `uid ${uid}`);
  // round 12: root reads the config for the user it drops to; the daemon refuses one another user could swap
  const swap = whyConfigReplaceable(config.file, { who });
  if (swap !== null) line(false, `config ${config.file}: ${swap}; the root daemon refuses to start on it (it would trust whatever file is there for the user it drops to)`, 'keep the config in a folder only root may write (`portcullis setup --system` makes /etc/portcullis root\'s, 0750, group the service user) and name the real file, not a link');
  else line(true, `config ${config.file} and every folder above it are root's and writable by no other user, and it is no link: nobody but root can swap it under the daemon`);
  const problem = whyReplaceable(runDir, { who }) ?? whyReplaceable(join(runDir, 'agents'), { who }) ?? whyReplaceable(join(runDir, 'approved'), { who });
  if (problem !== null) {
    line(false, `run folder ${runDir}: ${problem}; a user who can replace \`agents\` or \`approved\` there can have the root socket helper chown or chmod a file of its choosing`, 'restart the daemon (it makes the run folder and the folders in it root\'s, or refuses to start when a folder above it is not); `daemon.run_dir` belongs under a folder only root may write, e.g. /run/portcullis');
  } else if (!existsSync(runDir)) {
    line('warn', `run folder ${runDir} does not exist yet: the daemon makes it, root's, when it starts`);
  } else {
    line(true, `run folder ${runDir}, its agents/ and approved/ and every folder above them are root's and writable by no other user: nobody but root can swap a name the socket helper acts on`);
  }
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function userHome(name: string): string | null {
  try {
    const entry = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
    return entry?.split(':')[5] ?? null;
  } catch {
    return null;
  }
}

function hookCommands(file: string, event: string, tool: string): string[] {
  let settings: { hooks?: Record<string, Array<{ hooks?: Array<{ command?: string }> }>> };
  try {
    settings = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const groups = settings.hooks?.[event];
  if (!Array.isArray(groups)) return [];
  return groups.flatMap((g) => (Array.isArray(g.hooks) ? g.hooks : [])).map((h) => h.command).filter((c): c is string => typeof c === 'string' && (c.includes(`hook ${tool}`) || c.includes(`portcullis-hook.cjs ${tool}`)));
}

function runCommand(command: string, input: string, cwd: string, timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string; ms: number; timedOut: boolean }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn('/bin/sh', ['-c', command], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0, timedOut });
    });
    child.stdin.end(input);
  });
}

async function checkHook(command: string, tool: string, event: string, io: CliIO, line: (ok: boolean | 'warn', text: string, hint?: string) => void, file: string): Promise<void> {
  const where = `${tool} hook in ${file}`;
  // 1. It must block what it cannot read (exit 2): any other exit would let the call run.
  const bad = await runCommand(command, '{"not":"an event"', io.cwd, 30_000);
  if (bad.timedOut || bad.code !== 2) line(false, `${where}: a malformed event got exit ${bad.timedOut ? '(timeout)' : bad.code}, not 2: the tool would run the call`, `check the command starts: ${command}`);
  else line(true, `${where}: blocks a malformed event (exit 2)`);
  // 2. It must answer a real event (this records one decision for a harmless read-only command).
  const event0 = JSON.stringify({ session_id: 'portcullis-doctor', transcript_path: '/dev/null', cwd: io.cwd, hook_event_name: event, tool_name: tool === 'claude-code' ? 'Bash' : 'run_shell_command', tool_input: { command: 'true' }, ...(tool === 'gemini-cli' ? { timestamp: new Date().toISOString() } : {}) });
  const ok = await runCommand(command, event0, io.cwd, 30_000);
  if (ok.timedOut || (ok.code !== 0 && ok.code !== 2)) line(false, `${where}: a real event got exit ${ok.timedOut ? '(timeout)' : ok.code}: ${ok.stderr.trim().split('\n')[0] ?? ''}`, 'run the command by hand with an event on stdin');
  else line(true, `${where}: answers a real event in ${Math.round(ok.ms)} ms (${ok.code === 0 ? 'allowed' : `blocked: ${ok.stderr.trim().split('\n')[0]}`})`);
}
