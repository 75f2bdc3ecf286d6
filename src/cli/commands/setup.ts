import { PortcullisError } from '../../core/index.ts';
import { SYSTEM_DEFAULTS, setupSystem } from '../../host/index.ts';
import { parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis setup --system [--service-user NAME] [--config-dir DIR] [--state-dir DIR] [--run-dir DIR] [--from CONFIG] [--agent-user AGENT=UNIXUSER ...]';

const HELP = `usage: ${USAGE}

The production install (run as root). Creates the service user if missing (default
${SYSTEM_DEFAULTS.serviceUser}), installs the config (--from, else the one already installed, else the
starter), its policies, the audit signing key and the store, owned by that user: key and store 0600,
folders 0700 or 0750, nothing writable by anyone else. Records which Unix user each agent runs as
(agents.<id>.unix_user; root and the service user are refused) and writes a systemd unit for
\`portcullis daemon\`. Running it again with the same options changes nothing.

Defaults: --config-dir ${SYSTEM_DEFAULTS.configDir}  --state-dir ${SYSTEM_DEFAULTS.stateDir}  --run-dir ${SYSTEM_DEFAULTS.runDir}
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, {
    system: { type: 'boolean' }, 'service-user': { type: 'string', default: SYSTEM_DEFAULTS.serviceUser }, 'config-dir': { type: 'string', default: SYSTEM_DEFAULTS.configDir },
    'state-dir': { type: 'string', default: SYSTEM_DEFAULTS.stateDir }, 'run-dir': { type: 'string', default: SYSTEM_DEFAULTS.runDir }, from: { type: 'string' }, 'agent-user': { type: 'string', multiple: true },
  }, USAGE);
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (!values.system) throw new PortcullisError('request_invalid', '`setup` needs --system', { hint: `usage: ${USAGE} (for a one-person trial, \`portcullis init\` is enough)` });
  const agentUsers = (values['agent-user'] ?? []).map((pair) => {
    const m = /^([^=\s]+)=([^=\s]+)$/.exec(pair);
    if (!m) throw new PortcullisError('request_invalid', `--agent-user \`${pair}\` is not AGENT=UNIXUSER`, { hint: 'e.g. --agent-user kiro=kiro' });
    return { agent: m[1]!, user: m[2]! };
  });
  const r = await setupSystem({
    serviceUser: values['service-user'], configDir: values['config-dir'], stateDir: values['state-dir'], runDir: values['run-dir'], from: values.from ?? null, agentUsers, cwd: io.cwd,
    log: (line) => io.stdout(`  ${line}\n`),
  });
  const bin = process.argv[1] && /launch\.js$/.test(process.argv[1]) ? process.argv[1].replace(/launch\.js$/, 'portcullis') : 'portcullis';
  io.stdout([
    r.changed.length === 0 ? 'nothing to change: Portcullis is already installed this way' : `installed (${r.changed.length} change${r.changed.length === 1 ? '' : 's'})`,
    `  config  ${r.configFile} (service user ${values['service-user']}; agents: ${agentUsers.map((a) => `${a.agent}=${a.user}`).join(', ') || 'none mapped yet'})`,
    '',
    'Start the daemon:',
    `  with systemd:     systemctl enable --now ${r.unitFile}`,
    `  without systemd:  run \`${bin} daemon --config ${r.configFile}\` as root under your supervisor (runit, s6, supervisord);`,
    '                    it drops to the service user itself and must keep running',
    'Point each agent at its socket (as root, for every user of this machine):',
    `  ${bin} hook install claude-code --managed      (and gemini-cli)`,
    `Then check: ${bin} doctor --config ${r.configFile}`,
    '',
  ].join('\n'));
  return EXIT.ok;
}
