/**
 * The light entry of `portcullis hook` (bin/launch.js reaches it without loading the general CLI):
 * it runs before every agent tool call, so it loads only the hook protocols and the HTTP client at
 * start. No command registry, no `node:util` argument parser, no core index (and so no
 * `node:crypto`), no zod, yaml, Cedar, tree-sitter, SQLite or undici: a read-only tool and a
 * `--server` decision cost a Node start plus a few milliseconds. The in-process gate (`--agent`)
 * loads the full runtime, lazily, once an event needs a decision.
 *
 * Builtins come from `process.getBuiltinModule`: `import 'node:fs'` builds an ESM facade that
 * reads every export, loading the lazy ones (`fs.promises`; `node:http`'s facade loads undici).
 */
import type { ActionContext } from '../core/index.ts';
import type { CliIO } from './io.ts';

/** The exit codes a hook may use: 0 lets the call run, 2 blocks it. Nothing else (1 would let it run). */
const BLOCK = 2;

const USAGE = 'portcullis hook (claude-code | gemini-cli | codex | cursor) (--socket PATH | --agent ID | --server URL [--token-file FILE]) [--timeout SECONDS] [--skip-prompt-on-allow] [--config FILE]';

interface HookFlags {
  protocol: string;
  agent?: string;
  server?: string;
  tokenFile?: string;
  timeout?: string;
  skipPromptOnAllow: boolean;
  config: string;
}

const VALUE_FLAGS: Record<string, keyof HookFlags> = { '--agent': 'agent', '--server': 'server', '--token-file': 'tokenFile', '--timeout': 'timeout', '--config': 'config', '-c': 'config' };

/**
 * Strict flags, as `parseFlags` would read them (`--flag value` or `--flag=value`, one positional):
 * anything unknown, repeated or missing a value is an error, and so a deny.
 */
export function parseHookFlags(args: readonly string[]): HookFlags | string {
  const flags: Partial<HookFlags> & { skipPromptOnAllow: boolean; config: string } = { skipPromptOnAllow: false, config: 'portcullis.yaml' };
  const seen = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--help' || name === '-h') return `usage: ${USAGE}`;
    if (name === '--skip-prompt-on-allow' && eq < 0) {
      flags.skipPromptOnAllow = true;
      continue;
    }
    // SECURITY: a token is never taken on the command line (visible to every user in `ps`); same words as args.ts
    if (name === '--token') return "`--token` is not accepted: a token on the command line is visible to every user of the machine (ps, shell history); put the agent's token in a file (mode 600) and pass --token-file FILE, or set PORTCULLIS_AGENT_TOKEN";
    const key = VALUE_FLAGS[name];
    if (!key) return `unknown option \`${name}\``;
    if (seen.has(key)) return `option \`${name}\` given twice`;
    seen.add(key);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || (eq < 0 && value.startsWith('-'))) return `option \`${name}\` needs a value`;
    (flags as Record<string, unknown>)[key] = value;
  }
  if (positionals.length !== 1) return `usage: ${USAGE}`;
  return { ...flags, protocol: positionals[0]! };
}

/** What the hook's own process knows besides the event: the event's cwd replaces ours. */
function baseContext(ctx: ActionContext): ActionContext {
  const { cwd: _cwd, gitBranch: _branch, ...rest } = ctx;
  return rest;
}

/**
 * The bearer token a command acts with: `--token-file FILE`, else an environment variable. Every
 * command reads tokens through this (via args.ts); it lives in the hook's entry, with builtins
 * taken when called, so the hook (which starts before every agent tool call) loads no extra module.
 */
export type TokenRead = { token: string } | { unreadable: string } | { missing: string };

export function readToken(io: { env: Readonly<Record<string, string | undefined>>; cwd: string }, file: string | undefined, envVar: string): TokenRead {
  if (file !== undefined) {
    const { readFileSync } = process.getBuiltinModule('node:fs');
    const { resolve } = process.getBuiltinModule('node:path');
    try {
      return { token: readFileSync(resolve(io.cwd, file), 'utf8').trim() };
    } catch {
      return { unreadable: file };
    }
  }
  const token = io.env[envVar]?.trim();
  return token ? { token } : { missing: envVar };
}

function readAgentToken(io: CliIO, file: string | undefined): string {
  const r = readToken(io, file, 'PORTCULLIS_AGENT_TOKEN');
  if ('unreadable' in r) throw new Error(`cannot read token file \`${r.unreadable}\` (pass the file holding the token printed by \`portcullis agents add\`)`);
  if ('missing' in r) throw new Error("no agent token (pass --token-file FILE or set PORTCULLIS_AGENT_TOKEN to the agent's own token)");
  return r.token;
}

/**
 * `portcullis hook PROTOCOL ...` (not `install`): the event on stdin, the answer in the protocol's
 * form. Every failure, from a bad flag to a crash, is exit 2 with the reason on stderr (F1).
 */
export async function runHookCommand(args: readonly string[], io: CliIO): Promise<number> {
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
  try {
    if (args.some((a) => a === '--socket' || a.startsWith('--socket='))) {
      // bin/launch.js sends --socket straight to the one-file client; this path is for callers of the CLI module.
      const client = process.getBuiltinModule('node:module').createRequire(import.meta.url)('../../bin/portcullis-hook.cjs') as { main(a: readonly string[]): void };
      client.main(args);
      return await new Promise<number>(() => undefined);
    }
    const flags = parseHookFlags(args);
    if (typeof flags === 'string') return fail(flags);
    const entry = await import('../runtime/hook-entry.ts');
    const protocol = entry.hookProtocol(flags.protocol);
    if (!protocol) return fail(`unknown hook protocol \`${flags.protocol}\` (known: ${entry.HOOK_PROTOCOLS.join(', ')})`);
    const timeoutMs = flags.timeout !== undefined ? Number(flags.timeout) * 1000 : entry.DEFAULT_HOOK_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return fail(`--timeout \`${flags.timeout}\` is not a number of seconds`);
    const text = (await io.readStdin()) ?? '';
    let close: (() => Promise<void>) | null = null;
    const gate = async () => {
      if (flags.server !== undefined) return entry.remoteGate({ server: flags.server, token: readAgentToken(io, flags.tokenFile), timeoutMs });
      if (!flags.agent) throw new Error('the hook needs --socket PATH (a production install), --server URL with the agent\'s token, or --agent ID (in-process)');
      inProcessNotice(io);
      const local = await entry.localHookGate(flags.config, io.cwd, flags.agent);
      close = local.close;
      return local.gate;
    };
    const sessionEnv = Object.fromEntries(Object.entries(io.env).filter((e): e is [string, string] => typeof e[1] === 'string' && (entry.SESSION_ENV_NAMES.includes(e[0]) || e[0].startsWith('BASH_FUNC_'))));
    const answer = await entry.runHook(protocol, text, { gate, timeoutMs, baseContext: baseContext(entry.agentContext(io.env, io.cwd)), skipPromptOnAllow: flags.skipPromptOnAllow, sessionEnv });
    io.stdout(answer.stdout);
    io.stderr(answer.stderr);
    await (close as (() => Promise<void>) | null)?.().catch(() => undefined);
    return answer.exitCode;
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
}

let noticed = false;

export const IN_PROCESS_NOTICE = 'portcullis: in-process mode is not a security boundary: this process runs as the agent\'s Unix user, which can read and write the store, key and config. For production, run `portcullis setup --system` and use --socket (docs/operations.md, "Production install").\n';

/**
 * D7: said once per process, on stderr, wherever an agent-facing adapter decides in-process: the
 * agent's own Unix user then holds the store and the key, so no file mode stands between them.
 */
export function inProcessNotice(io: Pick<CliIO, 'stderr'>): void {
  if (noticed) return;
  noticed = true;
  io.stderr(IN_PROCESS_NOTICE);
}

/**
 * The process's own streams, without loading `main.ts`, and without Node's stream objects: the
 * hook reads one event and writes one short answer, so plain synchronous reads and writes of the
 * file descriptors spare it building `process.stdin` and `process.stdout` (sockets, for pipes).
 */
function hookIO(): CliIO {
  const { readFileSync, writeSync } = process.getBuiltinModule('node:fs');
  const write = (fd: number) => (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
  };
  return {
    stdout: write(1),
    stderr: write(2),
    readStdin: async () => {
      if (process.getBuiltinModule('node:tty').isatty(0)) return null;
      try {
        return readFileSync(0, 'utf8');
      } catch {
        return null;
      }
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Entry from `bin/launch.js` for `portcullis hook PROTOCOL ...`. */
export function hookMain(args: readonly string[]): Promise<number> {
  return runHookCommand(args, hookIO());
}
