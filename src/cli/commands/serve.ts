import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PortcullisError } from '../../core/index.ts';
import { type Runtime } from '../../runtime/index.ts';
import { configTemplate } from '../../os/index.ts';
import { startServer } from '../../host/index.ts';
import { CONFIG_FLAG, parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis serve [--config FILE] [--host H] [--port N] [--demo]';
/** Where `--demo` (and `npm start`) keeps its config, store and tokens; git-ignored. */
export const DEMO_DIR = '.portcullis/demo';
const DEMO_PRINCIPALS = [
  { id: 'alice', kind: 'human' },
  { id: 'bob', kind: 'human' },
  { id: 'dana', kind: 'human' },
  { id: 'kiro', kind: 'agent' },
] as const;

export async function run(args: string[], io: CliIO, hold: (signal: AbortSignal) => Promise<void> = waitForSignal): Promise<number> {
  const { values } = parseFlags(args, { ...CONFIG_FLAG, host: { type: 'string' }, port: { type: 'string', short: 'p' }, demo: { type: 'boolean' } }, USAGE);
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nServes the decision API, the reviewer API and UI, /healthz, /readyz, /metrics and /openapi.json\n(default http://127.0.0.1:7070). Several replicas may share one PostgreSQL store.\n--demo uses ${DEMO_DIR}/portcullis.yaml (written from the demo template if missing) on SQLite and\nissues tokens for the demo reviewers alice and bob, the admin dana and the agent kiro.\n`);
    return EXIT.ok;
  }
  let port: number | undefined;
  if (values.port !== undefined) {
    if (!/^[0-9]{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new PortcullisError('request_invalid', `--port \`${values.port}\` is not a port number`, { hint: 'use 0-65535 (0 picks a free port)' });
    port = Number(values.port);
  }
  let configPath = values.config;
  if (values.demo) configPath = demoConfig(io.cwd);
  // L8: an I/O error on the store ends this process (after the listener closes), like PostgreSQL on a
  // failed fsync: the supervisor restarts it, and the restart checks the store before serving again.
  let storeFailed!: (err: PortcullisError) => void;
  const failed = new Promise<PortcullisError>((r) => (storeFailed = r));
  const server = await startServer({ configPath, cwd: io.cwd, ...(values.host ? { host: values.host } : {}), ...(port !== undefined ? { port } : {}), env: io.env, onStoreFailed: (err) => storeFailed(err),
    onClockStep: (step) => io.stderr(`portcullis: the wall clock stepped by ${step.stepMs > 0 ? '+' : ''}${step.stepMs} ms; time-to-live keeps running on the monotonic clock (audit entry ${step.seq}, L9)\n`) });
  try {
    const tokens = values.demo ? await demoTokens(server.runtime, resolve(io.cwd, DEMO_DIR)) : null;
    io.stdout(banner(server.url, server.runtime, tokens));
    const stop = new AbortController();
    const fatal = await Promise.race([hold(stop.signal).then(() => null), failed]);
    if (fatal) {
      io.stderr(`error: ${fatal.message} (${fatal.code})\n${fatal.hint ? `hint: ${fatal.hint}\n` : ''}`);
      return EXIT.error;
    }
    io.stdout('stopping\n');
    return EXIT.ok;
  } finally {
    await server.close();
  }
}

function waitForSignal(): Promise<void> {
  return new Promise((r) => {
    process.once('SIGINT', () => r());
    process.once('SIGTERM', () => r());
  });
}

function demoConfig(cwd: string): string {
  const dir = resolve(cwd, DEMO_DIR);
  const file = join(dir, 'portcullis.yaml');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, configTemplate('demo'), { flag: 'wx' });
  }
  return file;
}

/** Tokens are shown once by the store, so the demo keeps them in files (mode 0600) next to its store. */
async function demoTokens(runtime: Runtime, dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  mkdirSync(join(dir, 'tokens'), { recursive: true, mode: 0o700 });
  for (const p of DEMO_PRINCIPALS) {
    const file = join(dir, 'tokens', `${p.id}.token`);
    if (existsSync(file)) {
      out[p.id] = readFileSync(file, 'utf8').trim();
      continue;
    }
    const local = { kind: 'local' } as const;
    const issued = p.kind === 'human' ? await runtime.identity.addHuman({ id: p.id }, local) : await runtime.identity.addAgent({ id: p.id, role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, local);
    writeFileSync(file, `${issued.token}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    out[p.id] = issued.token;
  }
  return out;
}

function banner(url: string, runtime: Runtime, tokens: Record<string, string> | null): string {
  const lines = [
    `portcullis serving on ${url}`,
    `  reviewer UI     ${url}/ui`,
    `  decision API    POST ${url}/v1/decisions   (Authorization: Bearer <agent token>)`,
    `  OpenAPI         ${url}/openapi.json   health ${url}/healthz   ready ${url}/readyz   metrics ${url}/metrics`,
    `  config          ${runtime.config.file}`,
    `  store           ${runtime.store.backend}${runtime.store.capabilities.file ? ` ${runtime.store.capabilities.file}` : ''}`,
  ];
  if (tokens) {
    lines.push(
      '',
      'Sign in to the UI with a reviewer token (two distinct reviewers are needed to approve):',
      `  alice (reviewer)  ${tokens.alice}`,
      `  bob   (reviewer)  ${tokens.bob}`,
      `  dana  (admin, kiro's operator: may release brakes, may not approve kiro) ${tokens.dana}`,
      `Tokens are kept in ${DEMO_DIR}/tokens/. Ask for a decision as agent kiro:`,
      `  curl -s ${url}/v1/decisions -H "Authorization: Bearer $(cat ${DEMO_DIR}/tokens/kiro.token)" -H 'Content-Type: application/json' \\`,
      `    -d '{"action":{"kind":"shell","command":"kubectl --context prod-cn-1 apply -f deploy/payments.yaml"},"context":{"kubeContext":"prod-cn-1"}}'`,
    );
  } else {
    lines.push('', 'Sign in with a reviewer token from `portcullis users add`' + (runtime.config.server.oidc ? ', or with your identity provider' : '') + '.');
  }
  lines.push('Stop with Ctrl-C.', '');
  return lines.join('\n');
}
