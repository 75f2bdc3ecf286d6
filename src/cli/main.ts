import { readFileSync } from 'node:fs';
import { PortcullisError, type Issue } from '../core/index.ts';
import { formatIssues } from './format.ts';
import { EXIT, type CliIO } from './io.ts';
import { COMMANDS } from './registry.ts';

function usage(): string {
  const names = Object.entries(COMMANDS).map(([name, c]) => (c.subcommands ? `${name} ${c.subcommands}` : name));
  const width = Math.min(40, Math.max(...names.map((n) => n.length)));
  const lines = Object.values(COMMANDS).map((c, i) => {
    const n = names[i]!;
    return n.length > width ? `  ${n}\n  ${''.padEnd(width)}  ${c.summary}` : `  ${n.padEnd(width)}  ${c.summary}`;
  });
  return `usage: portcullis <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nEvery command takes --config FILE (default ./portcullis.yaml). \`portcullis <command> --help\` for its options.\nIn this repository, after \`npm install\`: \`npx portcullis ...\` (or bin/portcullis). \`portcullis --version\` prints the version.\n`;
}

/** `portcullis X.Y.Z`, from the package.json beside the code. */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return `portcullis ${typeof pkg.version === 'string' ? pkg.version : 'unknown'}\n`;
  } catch {
    return 'portcullis (version unknown: package.json unreadable)\n';
  }
}

/**
 * Standard input read to its end. A synchronous read of fd 0 stops at the first EAGAIN when the
 * writer is slower than us (a pipe from another process), so we read it as a stream: every chunk
 * until end-of-file, however slowly it comes. A read error is an error, never an empty input.
 */
async function readStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (err) {
    throw new PortcullisError('request_invalid', `could not read standard input: ${(err as Error).message}`, { hint: 'pipe the input to the command, or pass it with --file', cause: err });
  }
  return Buffer.concat(chunks).toString('utf8');
}

export const realIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  env: process.env,
  cwd: process.cwd(),
};

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(version());
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.error;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`error: unknown command \`${name}\`\nhint: run \`portcullis --help\` for the list of commands\n`);
    return EXIT.error;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (err) {
    // SECURITY: the last line of defence: no stack trace, a coded one-line error, exit 1.
    const e = err instanceof PortcullisError ? err : new PortcullisError('internal_error', err instanceof Error ? err.message : String(err));
    const issues = (e as PortcullisError & { issues?: Issue[] }).issues;
    io.stderr(issues && issues.length > 0 ? formatIssues(issues, e.code) : `error: ${e.message} (${e.code})\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
    return e.code === 'config_invalid' || e.code === 'config_not_found' || e.code === 'policy_invalid' ? EXIT.invalidConfig : EXIT.error;
  }
}

/** Entry from `bin/launch.js` (which turned the compile cache on first). */
export function main(argv: string[]): Promise<number> {
  return runCli(argv, realIO);
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
