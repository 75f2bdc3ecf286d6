import { basename } from 'node:path';
import { PortcullisError } from '../../core/index.ts';
import { parseDuration } from '../../config/index.ts';
import { localAgentGate, openRuntime, remoteGate } from '../../runtime/index.ts';
import { socketTransport } from '../../sdk/index.ts';
import { startHttpProxy, startStdioProxy } from '../../adapters/mcp/index.ts';
import type { AgentGate } from '../../gateway/index.ts';
import { inProcessNotice } from '../hook-main.ts';
import { agentToken, CONFIG_FLAG, parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE =
  'portcullis mcp (--socket PATH | --agent ID [--server URL [--token-file FILE]]) [--server-name NAME] [--hold-timeout 5m] [--config FILE] -- UPSTREAM COMMAND...\n' +
  '       portcullis mcp --agent ID --upstream-url URL [--listen HOST:PORT] [--server-name NAME] [...]';

const HELP = `usage: ${USAGE}

Runs an MCP proxy between an agent and an MCP server. Every tools/call is decided by Portcullis:
allowed calls go through unchanged, denied calls come back as a tool error naming the reason and
decision id, held calls stay open (with progress) until approved or --hold-timeout passes. Tools that
policy never allows this agent are hidden from tools/list. Everything else passes through.

  stdio:  the agent starts \`portcullis mcp ... -- npx some-mcp-server\` as its MCP server command
  HTTP:   \`portcullis mcp --upstream-url http://host/mcp --listen 127.0.0.1:7071\`; the agent
          connects to http://127.0.0.1:7071/mcp

Decisions are made in-process on the config's store, or by a running \`portcullis serve\` with
--server URL and the agent's own token (--token-file FILE, or PORTCULLIS_AGENT_TOKEN), or, in a
production install, by \`portcullis daemon\` on the agent's own socket (--socket
/run/portcullis/agents/<agent>.sock: the socket says which agent it is, no token). A token is
never taken on the command line, where every user of the machine can read it.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      ...CONFIG_FLAG,
      agent: { type: 'string', short: 'a' },
      'server-name': { type: 'string' },
      'upstream-url': { type: 'string' },
      listen: { type: 'string' },
      'hold-timeout': { type: 'string', default: '5m' },
      'poll-interval': { type: 'string', default: '2s' },
      server: { type: 'string' },
      'token-file': { type: 'string' },
      socket: { type: 'string' },
    },
    USAGE,
    true,
    'agent',
  );
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const bad = (message: string) => new PortcullisError('request_invalid', message, { hint: `usage: ${USAGE}` });
  if (values.socket !== undefined && values.server !== undefined) throw bad('--socket and --server are exclusive');
  if (!values.agent && values.socket === undefined) throw bad('missing --agent (or --socket PATH)');
  const agentId = values.agent ?? '(socket)';
  const upstreamUrl = values['upstream-url'];
  if (upstreamUrl !== undefined && positionals.length > 0) throw bad('give either --upstream-url or an upstream command after `--`, not both');
  if (upstreamUrl === undefined && positionals.length === 0) throw bad('missing the upstream server: an upstream command after `--`, or --upstream-url');
  if (upstreamUrl === undefined && values.listen !== undefined) throw bad('--listen needs --upstream-url');
  if (upstreamUrl !== undefined && !/^https?:\/\//.test(upstreamUrl)) throw bad(`--upstream-url \`${upstreamUrl}\` is not an http(s) URL`);
  const holdTimeoutMs = duration(values['hold-timeout'], '--hold-timeout');
  const pollMs = duration(values['poll-interval'], '--poll-interval');
  const serverName = values['server-name'] ?? (upstreamUrl !== undefined ? new URL(upstreamUrl).hostname : defaultName(positionals));
  const log = (line: string) => io.stderr(`${line}\n`);

  let gate: AgentGate;
  let close = async () => {};
  if (values.server !== undefined || values.socket !== undefined) {
    // D7: over the socket the daemon names the agent; the socket transport sends no token. Over
    // HTTP, one variable per role: the agent's token, never the human's (PORTCULLIS_TOKEN).
    // Waiting reads the agent's own request (`GET /v1/requests/{id}`): a poll is never a decision; the
    // proxy decides once after `approved`, which consumes the approval (A6), and reports the outcome (L3).
    gate = values.socket !== undefined
      ? remoteGate({ transport: socketTransport(values.socket), mcpServer: serverName, ...(values.agent ? { agent: values.agent } : {}) })
      : remoteGate({ server: values.server!, token: agentToken(io, values['token-file']), agent: agentId, mcpServer: serverName });
  } else {
    inProcessNotice(io);
    const runtime = await openRuntime({ configPath: values.config, cwd: io.cwd });
    gate = localAgentGate(runtime, agentId, serverName);
    close = () => runtime.close();
  }

  try {
    const common = { gate, serverName, holdTimeoutMs, pollMs, context: { cwd: io.cwd }, log };
    if (upstreamUrl !== undefined) {
      const [host, port] = listenAddress(values.listen ?? '127.0.0.1:7071');
      const proxy = await startHttpProxy({ ...common, upstreamUrl, host, port });
      io.stderr(`portcullis mcp: agent ${agentId} → ${upstreamUrl} as \`${serverName}\`; agents connect to ${proxy.url}\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await proxy.close();
    } else {
      const [command, ...rest] = positionals as [string, ...string[]];
      const proxy = await startStdioProxy({ ...common, command, args: rest, env: stringEnv(io.env), cwd: io.cwd });
      await proxy.closed;
    }
    return EXIT.ok;
  } finally {
    await close();
  }
}

function duration(text: string, flag: string): number {
  try {
    return parseDuration(text);
  } catch {
    throw new PortcullisError('request_invalid', `${flag} \`${text}\` is not a duration`, { hint: 'use a number with ms, s, m or h, e.g. 30s or 5m' });
  }
}

function listenAddress(text: string): [string, number] {
  const m = /^(\[[^\]]+\]|[^:]+):([0-9]{1,5})$/.exec(text);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port > 65535) throw new PortcullisError('request_invalid', `--listen \`${text}\` is not HOST:PORT`, { hint: 'e.g. --listen 127.0.0.1:7071' });
  return [m[1]!.replace(/^\[|\]$/g, ''), port];
}

/** `npx -y @scope/server-github` → `server-github`: the package or program name, for policy and logs. */
function defaultName(command: readonly string[]): string {
  const candidate = command.find((part, i) => i > 0 && !part.startsWith('-')) ?? command[0]!;
  const name = ['npx', 'node', 'uvx', 'python', 'python3', 'bunx', 'deno'].includes(basename(command[0]!)) ? candidate : command[0]!;
  return basename(name).replace(/@[^/]*$/, '').replace(/\.(m?[jt]s|py)$/, '') || 'mcp';
}

function stringEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
