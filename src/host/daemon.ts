import { fork, type ChildProcess } from 'node:child_process';
import { lstatSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { Server as NetServer, Socket } from 'node:net';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { PortcullisError, randomIds, type ActionContext } from '../core/index.ts';
import { createAgentSocketApp } from '../adapters/http/index.ts';
import { hookProtocol, runHook, type RunHookOptions } from '../adapters/hooks/index.ts';
import type { Config } from '../config/index.ts';
import { createInputStaging, localAgentGate, openRuntime, type InputStaging, type Runtime } from '../runtime/index.ts';
import { loadConfigFile, lookupUser, ptraceRefusal, readYamaScope, refuseWhilePtraceOpen, systemClock, type PtraceGuarded, type UnixUser, type YamaReader } from '../os/index.ts';
import { createStagedInputFolder } from './staged-inputs.ts';
import { whyConfigReplaceable } from './run-folder.ts';
import { serveRuntime, type ServedRuntime } from './server.ts';

export interface DaemonOptions {
  configPath: string;
  cwd: string;
  /** `--listen HOST:PORT`: also serve the HTTP API and the reviewer UI there. */
  listen?: { host: string; port: number };
  /** One line per event (ready, socket opened or closed, reload refused); the CLI prints them. */
  log: (line: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
  /** How often revocations in the store are checked (default 5 s). */
  reconcileMs?: number;
  /** A12: reads `kernel.yama.ptrace_scope` (tests inject values; default: the real file, at every use). */
  readYamaScope?: YamaReader;
}

export interface RunningDaemon {
  /** The agents that have a socket now. */
  agents(): string[];
  url: string | null;
  close(): Promise<void>;
}

/** The hook events' own bound (the agent's hook timeout is longer; the client's is shorter). */
const HOOK_DECISION_MS = 20_000;

interface AgentSocket {
  agent: string;
  uid: number;
  path: string;
  handle: NetServer;
  http: HttpServer;
  connections: Set<Socket>;
}

function refuse(message: string, hint: string): never {
  throw new PortcullisError('daemon_failed', message, { hint });
}

/**
 * `portcullis daemon` (D7). Started as root, it:
 *  1. reads the config (written by `portcullis setup --system`) for the service user, the run
 *     folder and the agents' Unix users;
 *  2. forks the socket helper, which makes the run folder root's (`agents/`, `approved/` in it, all
 *     root's: round 11) and stays root only to create `<agent>.sock` owned by the agent's Unix user,
 *     mode 0600, hand it over, and remove it when the daemon closes it;
 *  3. drops to the service user: supplementary groups, gid, then uid (and checks it cannot go back);
 *     (and, with it, the agent's staging folder `<run-dir>/approved/<agent>`, A12);
 *  4. only then opens the store and accepts connections. The socket a connection came in on says
 *     which agent it is: no token exists to leak.
 * Agents mapped later get a socket, and agents unmapped or revoked lose theirs, without a restart:
 * the config folder is watched (a new config is validated fully, then swapped in; an invalid one
 * keeps the old running and says why) and the store's revocations are checked every few seconds.
 */
export async function startDaemon(options: DaemonOptions): Promise<RunningDaemon> {
  if (process.getuid?.() !== 0) {
    refuse('`portcullis daemon` must start as root', 'it creates each agent\'s socket owned by that agent\'s Unix user, then drops to the service user: start it from the systemd unit `portcullis setup --system` wrote, or with sudo');
  }
  // SECURITY (D7, round 12): root reads this file by name and then trusts its owner's word (below); only a file
  // nobody but root can swap between the two (no link, no folder on the way another user may write) is read.
  const named = resolve(options.cwd, options.configPath);
  const replaceable = whyConfigReplaceable(named);
  if (replaceable !== null) refuse(`the config \`${named}\` could be replaced by another user than root: ${replaceable}`, 'keep the config in a folder only root may write (`portcullis setup --system` makes /etc/portcullis root\'s, 0750, group the service user) and name the real file, not a link');
  const first = loadConfigFile(named, options.cwd).config;
  if (!first.daemon) refuse(`the config \`${first.file}\` has no \`daemon\` section`, 'run `portcullis setup --system` first (it records the service user and the run folder)');
  const service = lookupUser(first.daemon.serviceUser);
  if (!service) refuse(`service user \`${first.daemon.serviceUser}\` does not exist`, 'run `portcullis setup --system` (it creates the user)');
  if (service.uid === 0) refuse(`service user \`${service.name}\` is root`, 'the service user must be an unprivileged account of its own');
  // SECURITY (round 11): root trusts this file for the user it drops to and the run folder it makes its
  // own; the service user writes it, so it may name only itself: a config of the service user's naming
  // another account (`service_user: postgres`) would hand that account's rights to whoever edited it.
  const owner = lstatSync(first.file).uid;
  if (owner !== 0 && owner !== service.uid) refuse(`the config \`${first.file}\` belongs to uid ${owner}, neither root nor the service user \`${service.name}\` it names`, 'run `portcullis setup --system` again (it gives the config to the service user it records)');
  // Round 11: the helper, root, makes the run folder root's and `agents/` and `approved/` in it afresh
  // (stale sockets and copies of an earlier run go), and refuses a run folder another user could replace.
  const helper = fork(fileURLToPath(new URL('./socket-helper.ts', import.meta.url)), [first.daemon.runDir, String(service.uid)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--no-warnings'], serialization: 'json' });
  const { agents: agentsDir, approved: stagingDir } = await new Promise<{ agents: string; approved: string }>((resolve, reject) => {
    const stopped = (code: number | null) => reject(new PortcullisError('daemon_failed', `the socket helper stopped (exit ${code}) before it made the run folder`, { hint: 'see the lines above; nothing was started' }));
    helper.once('error', reject);
    helper.once('exit', stopped);
    helper.once('message', (m: { op: string; message?: string; agents?: string; approved?: string }) => {
      helper.off('exit', stopped);
      if (m.op === 'ready' && m.agents && m.approved) return resolve({ agents: m.agents, approved: m.approved });
      reject(new PortcullisError('daemon_failed', `cannot prepare the run folder: ${m.message ?? m.op}`, { hint: 'every folder above `daemon.run_dir` must be root\'s and writable by no other user (the default /run/portcullis is); nothing was started' }));
    });
  });

  dropPrivileges(service);

  let runtime: Runtime;
  try {
    runtime = await openRuntime({ configPath: first.file, cwd: options.cwd, ...(options.env ? { env: options.env } : {}) });
  } catch (err) {
    helper.kill();
    throw err;
  }
  const staging = createInputStaging({ store: createStagedInputFolder(stagingDir), clock: systemClock, ids: randomIds, ttlMs: runtime.config.approvals.approvedTtlMs });
  const daemon = new Daemon(runtime, helper, agentsDir, service, options, staging);
  try {
    await daemon.start(options.listen);
  } catch (err) {
    await daemon.close();
    throw err;
  }
  return daemon;
}

/** SECURITY (D7): groups first, then gid, then uid (after setuid the others are no longer allowed). */
function dropPrivileges(user: UnixUser): void {
  const p = process as Required<Pick<NodeJS.Process, 'setgroups' | 'setgid' | 'setuid' | 'getuid' | 'geteuid' | 'getgid' | 'getegid' | 'getgroups'>>;
  p.setgroups([user.gid]);
  p.setgid(user.gid);
  p.setuid(user.uid);
  let regained = false;
  try {
    p.setuid(0);
    regained = true;
  } catch {
    // expected: there is no way back
  }
  if (regained || p.getuid() !== user.uid || p.geteuid() !== user.uid || p.getgid() !== user.gid || p.getegid() !== user.gid || p.getgroups().some((g) => g !== user.gid)) {
    process.stderr.write('portcullis daemon: could not drop to the service user; stopping\n');
    process.exit(1);
  }
  // Files the daemon creates (the store's journal) are its own only.
  process.umask(0o077);
}

/**
 * The HTTP server of one agent's socket: the agent endpoints and the hook endpoint, bound to `agent`
 * (the socket, not the caller, says who it is). `using` lends the current runtime for one request.
 * Exported for the benchmark, which serves it on a socket of its own.
 */
export function agentSocketServer(agent: string, using: <T>(work: (rt: Runtime) => Promise<T>) => Promise<T>, limits: Runtime['limits'], bodyLimitBytes = 256 * 1024, staging?: InputStaging, readYama: YamaReader = readYamaScope): HttpServer {
  // SECURITY (A12): what exec runs after an approval, and what the tool reads from a staged copy's path,
  // is in processes of the agent's user; where that user may ptrace them, this door neither consumes an
  // approval nor stages inputs. Read at each one: root may change the sysctl, a reload the override.
  const ptrace = (rt: Runtime, doing: PtraceGuarded) => () => refuseWhilePtraceOpen(readYama, rt.config.daemon?.allowPtraceWithoutYama === true, doing);
  const guarded: InputStaging | undefined = staging && {
    ...staging,
    stage: (id, decisionId, files) =>
      using(async (rt) => {
        ptrace(rt, 'stage')();
        return staging.stage(id, decisionId, files);
      }),
  };
  const app = createAgentSocketApp({
    agentId: agent,
    ...(guarded ? { staging: guarded } : {}),
    limits,
    gateway: { decide: (req) => using((rt) => rt.gateway.decide({ ...req, beforeConsume: ptrace(rt, 'consume') })), neverAllowed: (agentId, server, tool) => using((rt) => rt.gateway.neverAllowed(agentId, server, tool)) },
    control: {
      requests: {
        status: (id, who) => using((rt) => rt.control.requests.status(id, who)),
        reportOutcome: (id, who, o) => using((rt) => rt.control.requests.reportOutcome(id, who, o)),
        renewLease: (id, who) => using((rt) => rt.control.requests.renewLease(id, who)),
      },
    },
    bodyLimitBytes,
    hook: (protocolName, event, context, skip, sessionEnv) => using((rt) => hookFor(rt, agent, protocolName, event, context, skip, sessionEnv)),
  });
  const http = createServer(getRequestListener(app.fetch));
  // F5: bounded time on every connection.
  http.requestTimeout = 30_000;
  http.headersTimeout = 10_000;
  http.keepAliveTimeout = 5_000;
  return http;
}

async function hookFor(rt: Runtime, agent: string, protocolName: string, event: string, context: ActionContext, skipPromptOnAllow: boolean, sessionEnv?: Readonly<Record<string, string>>) {
  const protocol = hookProtocol(protocolName);
  if (!protocol) throw new PortcullisError('not_found', `unknown hook protocol \`${protocolName}\``, { hint: 'claude-code or gemini-cli' });
  const gate = localAgentGate(rt, agent);
  // D3, D8: the programs and files the session's variables name are judged as the agent's Unix user would reach them
  const changeable: NonNullable<RunHookOptions['changeable']> = (paths, where) => rt.paths.changeable?.(agent, paths, where) ?? Promise.resolve(undefined);
  return runHook(protocol, event, { gate: async () => gate, timeoutMs: HOOK_DECISION_MS, baseContext: context, skipPromptOnAllow, changeable, ...(sessionEnv ? { sessionEnv } : {}) });
}

class Daemon implements RunningDaemon {
  #rt: Runtime;
  #retired = new Map<Runtime, number>();
  #inFlight = new Map<Runtime, number>();
  #sockets = new Map<string, AgentSocket>();
  #pending = new Map<number, { resolve: (v: { handle: NetServer; path: string }) => void; reject: (e: Error) => void }>();
  #removing = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  #seq = 0;
  #watcher: FSWatcher | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;
  #http: { url: string; close(): Promise<void> } | null = null;
  #chain: Promise<void> = Promise.resolve();
  #closed = false;
  url: string | null = null;

  private readonly helper: ChildProcess;
  private readonly agentsDir: string;
  private readonly service: UnixUser;
  private readonly options: DaemonOptions;
  private readonly staging: InputStaging;

  constructor(rt: Runtime, helper: ChildProcess, agentsDir: string, service: UnixUser, options: DaemonOptions, staging: InputStaging) {
    this.staging = staging;
    this.#rt = rt;
    this.helper = helper;
    this.agentsDir = agentsDir;
    this.service = service;
    this.options = options;
    // 'opened' carries the listening socket; 'placed' says its name is in place (then it is announced).
    const received = new Map<number, NetServer>();
    helper.on('message', (m: { op: string; seq: number; agent: string; path?: string; message?: string }, handle?: NetServer) => {
      const removal = this.#removing.get(m.seq);
      if (removal) {
        this.#removing.delete(m.seq);
        if (m.op === 'closed') removal.resolve();
        else removal.reject(new Error(m.message ?? 'the socket helper did not remove the socket'));
        return;
      }
      const p = this.#pending.get(m.seq);
      if (!p) return;
      if (m.op === 'opened' && handle) {
        received.set(m.seq, handle);
        return;
      }
      this.#pending.delete(m.seq);
      const h = received.get(m.seq);
      received.delete(m.seq);
      if (m.op === 'placed' && h) p.resolve({ handle: h, path: m.path! });
      else {
        h?.close();
        p.reject(new Error(m.message ?? 'the socket helper did not hand over a socket'));
      }
    });
    helper.on('exit', () => {
      for (const p of [...this.#pending.values(), ...this.#removing.values()]) p.reject(new Error('the socket helper stopped'));
      this.#pending.clear();
      this.#removing.clear();
      if (!this.#closed) options.log('warning: the socket helper stopped: agents mapped from now on get no socket until the daemon restarts');
    });
  }

  agents(): string[] {
    return [...this.#sockets.keys()].sort();
  }

  async start(listen: DaemonOptions['listen']): Promise<void> {
    // A12: say at start what the refusal on agents' sockets will be, before an agent meets it
    const open = ptraceRefusal((this.options.readYamaScope ?? readYamaScope)(), false, 'consume');
    if (open && this.#rt.config.daemon?.allowPtraceWithoutYama) this.options.log(`warning: ${open.message.split(':')[0]}; \`daemon.allow_ptrace_without_yama\` accepts it: held actions run through \`exec --socket\` although the agent's user may ptrace them`);
    else if (open) this.options.log(`warning: ${open.message.split(':')[0]}: agents' sockets refuse to consume approvals and stage input files (A12) until \`sysctl kernel.yama.ptrace_scope=1\`, or \`daemon.allow_ptrace_without_yama: true\` accepts the risk`);
    await this.#reconcile();
    const configFile = this.#rt.config.file;
    // The folder, not the file: editors and `setup --system` replace the file by renaming.
    this.#watcher = watch(dirname(configFile), (_event, name) => {
      if (name === null || name === basename(configFile)) this.#schedule(() => this.#reload());
    });
    this.#watcher.on('error', (err) => this.options.log(`warning: cannot watch the config folder (${err.message}); config changes need a restart`));
    this.#timer = setInterval(() => {
      this.#schedule(() => this.#reconcile());
      // L9: the daemon audits wall-clock steps as `serve` does (its HTTP server sweeps hourly only)
      void this.#rt.checkClock().then((step) => step && this.options.log(`the wall clock stepped by ${step.stepMs > 0 ? '+' : ''}${step.stepMs} ms; time-to-live keeps running on the monotonic clock (audit entry ${step.seq}, L9)`), () => undefined);
      void this.#rt.sweepExpired().catch(() => undefined);
      // A12: copies whose command never reported an outcome go after the approved request's time to live
      void this.staging.sweep().catch((err: unknown) => this.options.log(`warning: cannot remove expired staged inputs: ${err instanceof Error ? err.message : String(err)}`));
      void this.#rt.audit.maybeCheckpoint().catch(() => undefined);
    }, this.options.reconcileMs ?? 5_000);
    this.#timer.unref();
    if (listen) {
      this.#http = await serveRuntime(this.#following(), { host: listen.host, port: listen.port, sweepMs: 3_600_000, ...(this.options.env ? { env: this.options.env } : {}) });
      this.url = this.#http.url;
    }
    this.options.log(`portcullis daemon ready: ${this.#sockets.size} agent socket${this.#sockets.size === 1 ? '' : 's'} in ${this.agentsDir}, running as ${this.service.name} (uid ${process.getuid!()})${this.url ? `, HTTP API and reviewer UI on ${this.url}` : ''}`);
  }

  /** A runtime view that always answers with the current runtime (config reloads swap it). */
  #following(): ServedRuntime {
    const current = () => this.#rt;
    const follow = <T extends object>(pick: () => T): T => new Proxy({} as T, { get: (_t, k) => Reflect.get(pick(), k) });
    return {
      get config() {
        return current().config;
      },
      gateway: follow(() => current().gateway),
      control: follow(() => current().control),
      audit: follow(() => current().audit),
      setPublicUrl: (url) => current().setPublicUrl(url),
      get limits() {
        return current().limits;
      },
      sweepExpired: () => current().sweepExpired(),
      checkClock: () => current().checkClock(),
    };
  }

  #schedule(work: () => Promise<void>): void {
    this.#chain = this.#chain.then(work).catch((err: unknown) => this.options.log(`warning: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** Runs `work` on the current runtime; a retired runtime closes once its last request is done. */
  async #using<T>(work: (rt: Runtime) => Promise<T>): Promise<T> {
    const rt = this.#rt;
    this.#inFlight.set(rt, (this.#inFlight.get(rt) ?? 0) + 1);
    try {
      return await work(rt);
    } finally {
      const n = (this.#inFlight.get(rt) ?? 1) - 1;
      this.#inFlight.set(rt, n);
      if (n === 0 && this.#retired.has(rt)) {
        this.#retired.delete(rt);
        this.#inFlight.delete(rt);
        void rt.close().catch(() => undefined);
      }
    }
  }

  async #reload(): Promise<void> {
    if (this.#closed) return;
    let next: Runtime;
    try {
      // A full validation: an invalid config or policy never replaces the running one (F2).
      loadConfigFile(this.#rt.config.file, this.options.cwd);
      next = await openRuntime({ configPath: this.#rt.config.file, cwd: this.options.cwd, ...(this.options.env ? { env: this.options.env } : {}) });
    } catch (err) {
      const e = err as Error & { issues?: Array<{ path: string; message: string }> };
      this.options.log(`config reload refused, the running config stays: ${e.issues?.map((i) => `${i.path}: ${i.message}`).join('; ') ?? e.message}`);
      return;
    }
    if (next.config.daemon?.runDir !== this.#rt.config.daemon?.runDir || next.config.daemon?.serviceUser !== this.#rt.config.daemon?.serviceUser) {
      this.options.log('warning: `daemon.run_dir` and `daemon.service_user` change only at a restart');
    }
    const old = this.#rt;
    this.#rt = next;
    if ((this.#inFlight.get(old) ?? 0) === 0) await old.close().catch(() => undefined);
    else this.#retired.set(old, 1);
    this.options.log(`config reloaded: policy set ${next.engine.hash.slice(0, 12)}`);
    await this.#reconcile();
  }

  /** The agents that should have a socket now: mapped in the config, and not revoked. */
  async #wanted(config: Config): Promise<Map<string, UnixUser>> {
    const revoked = new Set((await this.#rt.identity.list('agent')).filter((a) => a.revoked).map((a) => a.id));
    const out = new Map<string, UnixUser>();
    for (const [agent, name] of Object.entries(config.agentUnixUsers)) {
      if (revoked.has(agent)) continue;
      const user = lookupUser(name);
      if (!user) {
        this.options.log(`warning: agent ${agent}: Unix user \`${name}\` does not exist; no socket`);
        continue;
      }
      // SECURITY (D7): also refused by the config rules; checked again on the resolved uid.
      if (user.uid === 0 || user.uid === this.service.uid) {
        this.options.log(`warning: agent ${agent}: Unix user \`${name}\` is root or the service user; no socket (no OS boundary is possible)`);
        continue;
      }
      out.set(agent, user);
    }
    return out;
  }

  async #reconcile(): Promise<void> {
    if (this.#closed) return;
    const wanted = await this.#wanted(this.#rt.config);
    for (const [agent, s] of this.#sockets) {
      const w = wanted.get(agent);
      if (!w || w.uid !== s.uid) await this.#closeSocket(s, w ? `its Unix user is now ${w.name}` : 'revoked or no longer mapped');
    }
    for (const [agent, user] of wanted) {
      if (this.#sockets.has(agent)) continue;
      try {
        await this.#openSocket(agent, user);
      } catch (err) {
        this.options.log(`warning: agent ${agent}: no socket: ${(err as Error).message}`);
      }
    }
  }

  #ask(agent: string, user: UnixUser): Promise<{ handle: NetServer; path: string }> {
    return new Promise((resolve, reject) => {
      if (!this.helper.connected) return reject(new Error('the socket helper is not running'));
      const seq = ++this.#seq;
      this.#pending.set(seq, { resolve, reject });
      this.helper.send({ op: 'open', seq, agent, uid: user.uid, gid: user.gid });
    });
  }

  #remove(agent: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (!this.helper.connected) return reject(new Error('the socket helper is not running'));
      const seq = ++this.#seq;
      this.#removing.set(seq, { resolve, reject });
      this.helper.send({ op: 'close', seq, agent });
    });
  }

  async #openSocket(agent: string, user: UnixUser): Promise<void> {
    const { handle, path } = await this.#ask(agent, user);
    const http = agentSocketServer(agent, (work) => this.#using(work), this.#rt.limits, this.#rt.config.server.bodyLimitBytes, this.staging, this.options.readYamaScope);
    const s: AgentSocket = { agent, uid: user.uid, path, handle, http, connections: new Set() };
    // F8: one agent's connections are bounded (each holds a descriptor of the daemon's, shared by every
    // agent): beyond the bound a connection is closed at once, so a flood from one agent's user costs the
    // others nothing. Twice the per-agent requests in flight leaves room for idle keep-alive connections.
    const maxConnections = Math.max(8, 2 * this.#rt.limits.maxInFlightPerAgent);
    handle.on('connection', (sock: Socket) => {
      if (s.connections.size >= maxConnections) {
        sock.destroy();
        return;
      }
      s.connections.add(sock);
      sock.once('close', () => s.connections.delete(sock));
      http.emit('connection', sock);
    });
    this.#sockets.set(agent, s);
    this.options.log(`socket opened: agent ${agent} at ${path} (Unix user ${user.name}, mode 0600)`);
  }

  async #closeSocket(s: AgentSocket, why: string): Promise<void> {
    this.#sockets.delete(s.agent);
    // Connections first: close() waits for every open one, and an agent holding its connections open
    // would otherwise stall every later reconcile (and so every other agent's socket change).
    const closed = new Promise<void>((r) => s.handle.close(() => r()));
    for (const c of s.connections) c.destroy();
    await closed;
    s.http.close();
    // The received copy was not bound by this process, so closing it leaves the name; the folder is
    // root's (round 11), so the helper removes it.
    const left = await this.#remove(s.agent).then(() => '', (err: Error) => `; its name stays until the daemon restarts: ${err.message}`);
    this.options.log(`socket closed: agent ${s.agent} (${why})${left}`);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#watcher?.close();
    if (this.#timer) clearInterval(this.#timer);
    await this.#chain.catch(() => undefined);
    if (this.#http) await this.#http.close();
    for (const s of [...this.#sockets.values()]) await this.#closeSocket(s, 'the daemon is stopping').catch(() => undefined);
    this.helper.disconnect?.();
    await this.#rt.close();
    for (const rt of this.#retired.keys()) await rt.close().catch(() => undefined);
  }
}
