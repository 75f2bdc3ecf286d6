/**
 * `POST /v1/decisions` over loopback, driven by autocannon against a real `portcullis serve` child
 * process, with the durable audit log on SQLite (WAL, synchronous=FULL) and on PostgreSQL (fsync
 * on). Bounded: 8 s per run; 50 connections, and on SQLite also 10 (throughput × latency = the
 * requests in flight, so p99 < 10 ms needs fewer than ~30 in flight at 3,000/s). Goal: ≥ 3,000
 * decisions/s at p99 < 10 ms on SQLite on a 2-core machine.
 *
 * Run alone: `node_modules/.bin/node bench/http.ts` (PORTCULLIS_BENCH_PG=postgres://… to pick the
 * PostgreSQL server; the default is the test database).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openRuntime } from '../src/runtime/index.ts';
import type { Row } from './stats.ts';

const BIN = new URL('../bin/portcullis', import.meta.url).pathname;
const DURATION_S = Number(process.env.PORTCULLIS_BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.PORTCULLIS_BENCH_CONNECTIONS ?? 50);
const PG = process.env.PORTCULLIS_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** CPU time (user + system, ms) a process has used, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** CPU time of every PostgreSQL server process (its backends for this run among them), ms; null if unknown. */
function postgresCpuMs(): number | null {
  try {
    let sum = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const comm = (() => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
        } catch {
          return '';
        }
      })();
      if (comm === 'postgres') sum += cpuMs(Number(pid)) ?? 0;
    }
    return sum;
  } catch {
    return null;
  }
}

function serve(config: string, cwd: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(BIN, ['serve', '--config', config, '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve did not start within 20 s')), 20_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

export async function httpRun(store: 'sqlite' | 'postgres', connections = CONNECTIONS, overload: { rate: number } | null = null): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-bench-http-'));
  const schema = `bench_${process.pid}_${Date.now()}`;
  const demo = readFileSync(new URL('../src/config/templates/demo.yaml', import.meta.url), 'utf8');
  const config = join(dir, 'portcullis.yaml');
  // F8 overload run: admission control at 64 in flight (per replica and per token, one agent here)
  // a throughput run admits every connection (one agent here), and the warm-up's stragglers too:
  // a 503 is not a decision
  const limits = overload ? '\nserver:\n  max_in_flight: 64\n  max_in_flight_per_agent: 64\n' : `\nserver:\n  max_in_flight: ${Math.max(256, 2 * connections)}\n  max_in_flight_per_agent: ${2 * connections}\n`;
  writeFileSync(config, (store === 'sqlite' ? demo : demo.replace(/^store: .*$/m, `store: ${PG}?schema=${schema}`)) + limits);
  const rt = await openRuntime({ configPath: config, cwd: dir });
  const token = (await rt.identity.addAgent({ id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' })).token;
  await rt.close();
  const { url, child } = await serve(config, dir);
  try {
    const body = JSON.stringify({ action: { kind: 'shell', command: 'ls -la' }, context: { cwd: '/work/app', kubeContext: 'kind-dev' } });
    const opts = { url: `${url}/v1/decisions`, method: 'POST' as const, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body, connections };
    // every answer must be the same decision on both stores (an allow): a denial takes another path
    // (and, with D10 on, a frozen agent is denied cheaply), so a store that denied would not be compared like for like
    const probe = await fetch(opts.url, { method: 'POST', headers: opts.headers, body });
    const answer = (await probe.json()) as { effect?: string };
    if (probe.status !== 200 || answer.effect !== 'allow') throw new Error(`the bench's action was not allowed (${probe.status} ${JSON.stringify(answer).slice(0, 200)})`);
    await autocannon({ ...opts, duration: 1 }); // warm-up: JIT, caches, WAL
    const cpu0 = { server: cpuMs(child.pid), pg: store === 'postgres' ? postgresCpuMs() : null };
    const r = await autocannon({ ...opts, duration: DURATION_S, ...(overload ? { overallRate: overload.rate } : {}) });
    const cpu1 = { server: cpuMs(child.pid), pg: store === 'postgres' ? postgresCpuMs() : null };
    const perDecision = (a: number | null, b: number | null) => (a === null || b === null || r['2xx'] === 0 ? null : Math.round((1000 * (b - a)) / r['2xx']));
    const serverUs = perDecision(cpu0.server, cpu1.server);
    const pgUs = perDecision(cpu0.pg, cpu1.pg);
    const cpuNote = serverUs === null ? '' : `; CPU per decision: server ${serverUs} µs${pgUs === null ? '' : `, PostgreSQL ${pgUs} µs`}`;
    const bad = r.non2xx + r.errors + r.timeouts;
    if (overload) {
      const admitted = r['2xx'];
      return {
        name: `http POST /v1/decisions (${store}, F8 overload: ${overload.rate}/s offered = 2× sustainable, ${connections} conns, 64 admitted)`,
        ops: admitted / DURATION_S,
        p50Us: r.latency.p50 * 1000,
        p99Us: r.latency.p99 * 1000,
        note: `${admitted} decided, ${r.non2xx} refused 503 at once, ${r.errors + r.timeouts} errors/timeouts; latency over every answer; max ${r.latency.max} ms`,
      };
    }
    return {
      name: `http POST /v1/decisions (${store}, durable audit, ${connections} conns)`,
      // only answered decisions count: a refusal (503) or an error is not throughput
      ops: r['2xx'] / DURATION_S,
      p50Us: r.latency.p50 * 1000,
      p99Us: r.latency.p99 * 1000,
      note: `${r['2xx']} decisions in ${DURATION_S} s${bad ? `, ${bad} failed (${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts)` : ''}${cpuNote}`,
    };
  } finally {
    const exited = new Promise((res) => child.once('exit', res));
    child.kill('SIGTERM');
    await exited;
    if (store === 'postgres') {
      const { openPostgresStore } = await import('../src/store/postgres/index.ts');
      const s = await openPostgresStore({ connectionString: PG, schema });
      await s.dropSchema();
      await s.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchHttp(): Promise<Row[]> {
  const sqlite = await httpRun('sqlite');
  // F8: twice the load this machine sustains, from 400 connections (the issue's 0.5–1.2 s p99 case)
  const overloaded = await httpRun('sqlite', 400, { rate: Math.round(2 * sqlite.ops) });
  return [sqlite, overloaded, await httpRun('sqlite', 10), await httpRun('postgres')];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table } = await import('./stats.ts');
  console.log(table(await benchHttp()));
}
