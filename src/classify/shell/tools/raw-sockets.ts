import { literalWord, type Word } from '../words.ts';
import type { Invocation } from '../invocation.ts';
import { judgeHttp } from './http.ts';
import { hasFlag, positionals } from './common.ts';
import { LOOPBACK_HOST } from '../../public-access.ts';
import { heuristicEnvironment, tierOfEnvironment } from '../../environment.ts';

/**
 * nc, ncat, netcat, socat and telnet as senders: the bytes piped in are a request in the protocol of the service they
 * reach, and are judged as that service's own client would be (`printf 'FLUSHALL\r\n' | nc redis 6379` is
 * `redis-cli FLUSHALL`). A probe (`nc -z host 443`) or a connection with nothing piped in sends nothing to judge.
 */

/** Where a sender connects: a host and port, or a Unix socket. */
interface Destination {
  host: string | null;
  port: number | null;
  socket: string | null;
}

/**
 * The services whose command protocol is plain text, by their default port (each project's documentation: Redis and
 * Valkey 6379, Redis TLS setups often 6380; memcached 11211) or by a host or socket name that says so.
 */
const TEXT_PROTOCOLS: ReadonlyArray<{ service: 'redis' | 'memcached'; ports: readonly number[]; name: RegExp }> = [
  { service: 'redis', ports: [6379, 6380], name: /redis|valkey|keydb/i },
  { service: 'memcached', ports: [11211], name: /memcache/i },
];

/** nc(1) and ncat(1) options that take a value (the bundles are expanded before). */
const NC_VALUED = new Set(['-I', '-i', '-M', '-m', '-O', '-P', '-p', '-q', '-s', '-T', '-V', '-W', '-w', '-X', '-x', '-e', '-c', '--exec', '--sh-exec', '--lua-exec', '--proxy', '--proxy-type', '--proxy-auth', '-g', '-G', '--source', '--wait', '--idle-timeout']);

/** socat(1) addresses that are this side (the terminal, the pipe): the other address is where the bytes go. */
const SOCAT_LOCAL = /^(-|stdio|stdin|stdout|stdio:.*|-:.*|readline.*|pipe)$/i;

function destination(inv: Invocation, args: Word[]): Destination | null {
  if (inv.name === 'socat') {
    const addresses = positionals(args, new Set(['-d', '-lf', '-lp', '-b', '-t', '-T'])).map((w) => w.value);
    const remote = addresses.find((a) => a === null || !SOCAT_LOCAL.test(a));
    if (remote === undefined || remote === null) return null;
    const tcp = /^(?:tcp[46]?|tcp[46]?-connect|openssl|openssl-connect|ssl):([^:,]+):(\d+)/i.exec(remote);
    if (tcp) return { host: tcp[1]!, port: Number(tcp[2]), socket: null };
    const unix = /^(?:unix-connect|unix-client|unix|gopen|open):([^,]+)/i.exec(remote);
    if (unix) return { host: null, port: null, socket: unix[1]! };
    return remote.startsWith('/') ? { host: null, port: null, socket: remote.split(',')[0]! } : null;
  }
  const pos = positionals(args, NC_VALUED).map((w) => w.value);
  // `nc -U /run/x.sock`: a Unix socket.
  if (args.some((a) => a.value === '-U' || a.value === '--unixsock')) return pos[0] ? { host: null, port: null, socket: pos[0] } : null;
  if (!pos[0]) return null;
  const port = pos[1] !== undefined && pos[1] !== null && /^\d+$/.test(pos[1]) ? Number(pos[1]) : null;
  return { host: pos[0], port, socket: null };
}

function serviceOf(to: Destination): 'redis' | 'memcached' | undefined {
  const name = to.socket ?? to.host ?? '';
  return TEXT_PROTOCOLS.find((p) => (to.port !== null && p.ports.includes(to.port)) || p.name.test(name))?.service;
}

/**
 * The lead's answer 167 (round 25): a memcached on this machine (a loopback address; the session's own machine, not one
 * named for anything but development) is the developer's cache, which the application fills again. A memcached on any
 * other host (sessions, rate limits and locks of whoever shares it) keeps the older reading; a compose stack named for
 * tests is answer 45's (TEST_STACK_DATA_LOSSES).
 */
function ownMachineCache(inv: Invocation, to: Destination): boolean {
  const session = inv.env.ctx.host;
  const devSession = session === undefined || heuristicEnvironment(session) === 'dev' || tierOfEnvironment(inv.env.inventory, session) === 'dev';
  // A target already found (an `ssh` host, a container or pod the line runs in) puts the loopback address on that machine.
  return devSession && to.host !== null && LOOPBACK_HOST.test(to.host) && inv.env.b.targets.length === 0;
}

/**
 * memcached's text protocol (protocol.txt): `flush_all` invalidates every item and `shutdown` stops the server; the
 * storage and delete commands change one item (a cache entry, rebuilt on the next miss); the rest read.
 */
function memcached(inv: Invocation, text: string, to: Destination): void {
  const b = inv.env.b;
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const cmd = line.split(/\s+/)[0]!.toLowerCase();
    if (cmd === 'flush_all' && ownMachineCache(inv, to)) b.verb('delete').finding('cache_flushed', `\`${inv.name}\` sends \`flush_all\` to the memcached on this machine: a cache the application fills again`, inv.span);
    else if (cmd === 'flush_all') b.verb('delete').destroy('memcached_flush', `\`${inv.name}\` sends \`flush_all\` to memcached: every item is invalidated`, inv.span);
    else if (cmd === 'shutdown') b.verb('write').destroy('service_outage', `\`${inv.name}\` sends \`shutdown\` to memcached: the server stops`, inv.span);
    else if (/^(set|add|replace|append|prepend|cas|incr|decr|touch|gat|gats|delete|ms|ma|md|mn|cache_memlimit|verbosity|lru_crawler|slabs)$/.test(cmd)) b.verb('write');
    else b.verb('read');
  }
}

/** An HTTP/1.x request written by hand: its request line, headers and body. */
function httpRequest(text: string): { method: string; target: string; headers: Record<string, string>; body: string } | null {
  const m = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?\r?\n/.exec(text);
  if (!m) return null;
  const [head, ...rest] = text.slice(m[0].length).split(/\r?\n\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of (head ?? '').split(/\r?\n/)) {
    const h = /^([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (h) headers[h[1]!] = h[2]!.trim();
  }
  return { method: m[1]!, target: m[2]!, headers, body: rest.join('\n\n') };
}

/** Judges what a raw-socket client sends on its standard input; returns whether it found a protocol to judge it in. */
export function judgeSentPayload(inv: Invocation, args: Word[]): boolean {
  // A listener answers whoever connects, and `-z` sends nothing: neither sends its input to a service.
  if (!inv.stdin || hasFlag(args, '-l', '--listen', '-z', '--zero')) return false;
  const to = destination(inv, args);
  if (to === null) return false;
  const text = inv.stdin.text;
  const http = text === null ? null : httpRequest(text);
  if (http) {
    const host = to.host ?? http.headers.Host ?? http.headers.host ?? 'localhost';
    const url = /^https?:\/\//.test(http.target) ? http.target : `http://${host}${to.port !== null && !host.includes(':') ? `:${to.port}` : ''}${http.target.startsWith('/') ? '' : '/'}${http.target}`;
    let body: string | undefined = http.body.trim() === '' ? undefined : http.body;
    try {
      body = body === undefined ? undefined : JSON.parse(body);
    } catch {
      // not JSON: judged as text
    }
    judgeHttp(inv, http.method, url, { headers: http.headers, ...(body !== undefined ? { body } : {}) });
    return true;
  }
  const service = serviceOf(to);
  if (service === undefined) return false;
  if (service === 'redis') {
    // RESP framing (`*1`, `$8`) carries no command of its own: the lines between are the command's words.
    const commands = text === null ? null : text.split(/\r?\n/).filter((l) => !/^[*$]\d+\s*$/.test(l.trim())).join('\n');
    const argv = [literalWord('redis-cli', inv.span.start, inv.span.end)];
    if (to.host !== null) argv.push(literalWord('-h', inv.span.start, inv.span.end), literalWord(to.host, inv.span.start, inv.span.end));
    if (to.port !== null) argv.push(literalWord('-p', inv.span.start, inv.span.end), literalWord(String(to.port), inv.span.start, inv.span.end));
    if (to.socket !== null) argv.push(literalWord('-s', inv.span.start, inv.span.end), literalWord(to.socket, inv.span.start, inv.span.end));
    inv.dispatch(argv, { ...inv.stdin, text: commands });
    return true;
  }
  if (text === null) {
    inv.env.b.opaque('memcached_stdin', `\`${inv.name}\` sends memcached commands the input does not show`, inv.span);
    return true;
  }
  memcached(inv, text, to);
  return true;
}
