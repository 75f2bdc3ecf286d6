import { PortcullisError } from '../../core/index.ts';
import { startDaemon } from '../../host/index.ts';
import { CONFIG_FLAG, parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis daemon --config FILE [--listen HOST:PORT]';

const HELP = `usage: ${USAGE}

The production decision service. Start it as root (the unit \`portcullis setup --system\` wrote
does): it creates <run-dir>/agents/<agent>.sock for every agent with a Unix user, owned by that user
with mode 0600, then drops to the service user before it reads anything an agent sends. A connection
on kiro's socket is kiro: there is no agent token. Agents mapped or revoked later get or lose their
socket without a restart. --listen also serves the HTTP API and the reviewer UI there.
Prints one line per event; "portcullis daemon ready" once it serves.
`;

export async function run(args: string[], io: CliIO, hold: () => Promise<void> = waitForSignal): Promise<number> {
  const { values } = parseFlags(args, { ...CONFIG_FLAG, listen: { type: 'string' } }, USAGE);
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  let listen: { host: string; port: number } | undefined;
  if (values.listen !== undefined) {
    const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})$/.exec(values.listen);
    if (!m || Number(m[2]) > 65535) throw new PortcullisError('request_invalid', `--listen \`${values.listen}\` is not HOST:PORT`, { hint: 'e.g. --listen 127.0.0.1:7070' });
    listen = { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
  }
  const daemon = await startDaemon({ configPath: values.config, cwd: io.cwd, ...(listen ? { listen } : {}), log: (line) => io.stdout(`${line}\n`), env: io.env });
  try {
    await hold();
    io.stdout('stopping\n');
    return EXIT.ok;
  } finally {
    await daemon.close();
  }
}

function waitForSignal(): Promise<void> {
  return new Promise((r) => {
    process.once('SIGINT', () => r());
    process.once('SIGTERM', () => r());
  });
}
