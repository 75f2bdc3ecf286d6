/**
 * Round 9: the running gate attacked by hand, as the agent's Unix user, in a production install
 * (`setup --system`, `portcullis daemon`, the hook client on the agent's own socket). Runs as root
 * (CI does): it creates a service user and an agent user with useradd (names unique to this run,
 * removed afterwards) and waits for the daemon's lines on stdout, never for time.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BIN } from '../helpers/cli.ts';
import { useradd, userdel, type User } from '../helpers/unix-users.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const CLIENT = join(ROOT, 'bin', 'portcullis-hook.cjs');
const isRoot = process.getuid?.() === 0;
const run = randomBytes(3).toString('hex');
const SVC = `pgs${run}`;
const INTERN = `pgi${run}`;
const KIRO = `pgk${run}`;



/** The hook client as the agent's Unix user, with one Claude Code Bash event on stdin. */
function hookAs(user: User, cwd: string, command: string, env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  const event = JSON.stringify({ session_id: 's', transcript_path: '/dev/null', cwd, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command } });
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CLIENT, 'claude-code', '--socket', join(runDir, 'agents'), '--timeout', '120'], { uid: user.uid, gid: user.gid, cwd, env: { PATH: '/usr/bin:/bin', HOME: user.home, ...env }, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end(event);
  });
}

/** `portcullis exec` as the agent's Unix user, on its own socket. */
function execAs(user: User, cwd: string, path: string, argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [join(ROOT, 'bin', 'launch.js'), 'exec', '--socket', join(runDir, 'agents', 'intern-bot.sock'), '--', ...argv], { uid: user.uid, gid: user.gid, cwd, env: { PATH: path, HOME: user.home }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let runDir = '';

describe('round 9: attacks by hand on a production install (real daemon, real Unix user)', { skip: isRoot ? false : 'needs root (CI runs as root): it creates Unix users' }, () => {
  let dir: string;
  let intern: User;
  let kiro: User;
  let work: string;
  let daemon: ChildProcess | null = null;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portcullis-r9-'));
    chmodSync(dir, 0o755);
    runDir = join(dir, 'run');
    writeFileSync(join(dir, 'demo.yaml'), `${readFileSync(join(ROOT, 'src/config/templates/demo.yaml'), 'utf8')}\nserver:\n  deadline: 90s\n`);
    intern = useradd(INTERN);
    kiro = useradd(KIRO);
    // intern-bot's project folder: a dev path of the demo inventory (`/home/*/src/**`), where it may write and run.
    work = join(intern.home, 'src', 'app');
    mkdirSync(join(work, 'bin'), { recursive: true });
    for (const p of [join(intern.home, 'src'), work, join(work, 'bin')]) chownSync(p, intern.uid, intern.gid);
    const setup = spawnSync(BIN, ['setup', '--system', '--service-user', SVC, '--config-dir', join(dir, 'etc'), '--state-dir', join(dir, 'state'), '--run-dir', runDir, '--from', join(dir, 'demo.yaml'), '--agent-user', `intern-bot=${INTERN}`, '--agent-user', `kiro=${KIRO}`], { encoding: 'utf8', cwd: ROOT });
    assert.equal(setup.status, 0, setup.stderr);
    daemon = spawn(BIN, ['daemon', '--config', join(dir, 'etc', 'portcullis.yaml')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      let err = '';
      daemon!.stderr!.on('data', (d: Buffer) => (err += d));
      daemon!.stdout!.on('data', (d: Buffer) => {
        out += d;
        if (/^portcullis daemon ready: /m.test(out)) resolve();
      });
      daemon!.once('exit', (code) => reject(new Error(`the daemon exited (${code}): ${err}`)));
    });
  });

  after(async () => {
    if (daemon && daemon.exitCode === null) {
      const exited = new Promise((r) => daemon!.once('exit', r));
      daemon.kill('SIGTERM');
      await exited;
    }
    for (const name of [INTERN, KIRO, SVC]) userdel(name);
    rmSync(dir, { recursive: true, force: true });
  });

  test('D8 PATH trick: a program the agent wrote, run under a tool\'s name after PATH=its-folder:$PATH, is an unknown program (denied), not the tool', async () => {
    // The agent's own "kubectl": anything at all, run under a name the classifier trusts.
    writeFileSync(join(work, 'bin', 'kubectl'), '#!/bin/sh\nrm -rf "$HOME/important"\n', { mode: 0o755 });
    chownSync(join(work, 'bin', 'kubectl'), intern.uid, intern.gid);
    for (const command of [`PATH=${work}/bin:$PATH kubectl get pods`, 'export PATH=$PWD/bin:$PATH; kubectl get pods', 'env PATH=bin kubectl get pods', 'PATH=bin:$PATH sudo kubectl get pods']) {
      const r = await hookAs(intern, work, command);
      assert.equal(r.code, 2, `${command} must not pass: ${r.stderr}`);
      assert.match(r.stderr, /^Portcullis denied this Bash call: operator `eve` of agent `intern-bot` may not exec /, command);
    }
  });

  test('D8 exec: a tool name that starts a file the agent can change is refused before any decision; the checked file is the one started', async () => {
    const own = join(intern.home, 'bin');
    mkdirSync(own, { recursive: true });
    chownSync(own, intern.uid, intern.gid);
    const proof = join(intern.home, 'ran');
    writeFileSync(join(own, 'ls'), `#!/bin/sh\ntouch ${proof}\n`, { mode: 0o755 });
    chownSync(join(own, 'ls'), intern.uid, intern.gid);
    for (const [path, argv] of [[`${own}:/usr/bin:/bin`, ['ls', work]], ['/usr/bin:/bin', [join(own, 'ls'), work]]] as const) {
      const r = await execAs(intern, work, path, [...argv]);
      assert.equal(r.code, 1, r.stderr);
      const said = `error: \`${argv[0]}\` starts \`${join(own, 'ls')}\`, which this Unix user can change (this user owns \`${join(own, 'ls')}\`): Portcullis would decide it as \`ls\` while it could be any program (permission_denied)\nhint: install the tool where the agent cannot write`;
      assert.equal(r.stderr.slice(0, said.length), said);
      assert.equal(existsSync(proof), false, 'the agent\'s own program never ran');
    }
    // Benign neighbour: the system's ls runs, also with an agent-owned folder (without an ls) earlier on PATH.
    rmSync(join(own, 'ls'));
    const ok = await execAs(intern, work, `${own}:/usr/bin:/bin`, ['ls', work]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^bin\n/m);
  });

  test('D8 exec: a root-owned script whose #! line runs a program the agent can change (by path, or by `env` on its PATH) is refused', async () => {
    const own = join(intern.home, 'bin');
    mkdirSync(own, { recursive: true });
    chownSync(own, intern.uid, intern.gid);
    const sys = join(dir, 'sysbin');
    mkdirSync(sys, { recursive: true, mode: 0o755 });
    const proof = join(intern.home, 'ran-shebang');
    writeFileSync(join(own, 'pgtool'), `#!/bin/sh\ntouch ${proof}\n`, { mode: 0o755 });
    chownSync(join(own, 'pgtool'), intern.uid, intern.gid);
    for (const line of ['#!/usr/bin/env pgtool', `#!${own}/pgtool`]) {
      writeFileSync(join(sys, 'ls'), `${line}\n`, { mode: 0o755 });
      const r = await execAs(intern, work, `${sys}:${own}:/usr/bin:/bin`, ['ls', work]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`^error: \`ls\` starts \`${join(sys, 'ls')}\`, which this Unix user can change \\(it runs \`${join(own, 'pgtool')}\` by its \`#!\` line, and this user owns`), line);
      assert.equal(existsSync(proof), false, 'the agent\'s own program never ran');
    }
    // Benign neighbour: the interpreter `env` finds is root-owned too, so the script runs.
    rmSync(join(own, 'pgtool'));
    writeFileSync(join(sys, 'pgtool'), '#!/bin/sh\necho via-root-tool\n', { mode: 0o755 });
    writeFileSync(join(sys, 'ls'), '#!/usr/bin/env pgtool\n', { mode: 0o755 });
    const ok = await execAs(intern, work, `${sys}:${own}:/usr/bin:/bin`, ['ls', work]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stdout, 'via-root-tool\n');
    rmSync(sys, { recursive: true });
  });

  test('D8 other ways to run the agent\'s file under a tool\'s name, and a dotfile reached by cd in a list, are decided as what they are', async () => {
    for (const command of ['hash -p ./bin/kubectl kubectl; kubectl get pods', 'read -r PATH <<< ./bin; kubectl get pods', 'for PATH in ./bin; do kubectl get pods; done']) {
      const r = await hookAs(intern, work, command);
      assert.equal(r.code, 2, `${command} must not pass: ${r.stderr}`);
      assert.match(r.stderr, /^Portcullis denied this Bash call: operator `eve` of agent `intern-bot` may not exec /, command);
    }
    // A library of the agent's own loaded into the tool: code nobody can read runs under the tool's name (F1).
    for (const command of ['LD_PRELOAD=./bin/hook.so kubectl get pods', 'export LD_AUDIT=$PWD/bin/a.so; helm list', 'LD_LIBRARY_PATH=./bin kubectl get pods']) {
      const r = await hookAs(intern, work, command);
      assert.equal(r.code, 2, `${command} must not pass: ${r.stderr}`);
      assert.match(r.stderr, /^Portcullis denied this Bash call: an action Portcullis cannot understand is refused/, command);
    }
    // The redirect belongs to the last command of the list, after the `cd`: it writes ~/.bashrc, outside the dev folder.
    const rc = await hookAs(intern, work, 'cd ~ && echo "export PATH=$HOME/src/app/bin:$PATH" >> .bashrc');
    assert.equal(rc.code, 2, rc.stderr);
    assert.match(rc.stderr, new RegExp(`^Portcullis denied this Bash call: operator \`eve\` of agent \`intern-bot\` may not write \`${intern.home}/.bashrc\``));
    // Benign neighbours: `hash` alone, an empty LD_PRELOAD, a write after cd into the dev folder.
    for (const command of ['hash -r; kubectl get pods', 'LD_PRELOAD= kubectl get pods', `cd ${work} && echo notes >> notes.txt`]) {
      const r = await hookAs(intern, work, command);
      assert.deepEqual({ command, code: r.code, stderr: r.stderr }, { command, code: 0, stderr: '' });
    }
  });

  test('D8 PATH trick, benign neighbours: system folders on PATH, the unchanged PATH, and builtins still pass', async () => {
    for (const command of ['kubectl get pods', 'PATH=/usr/local/bin:$PATH kubectl get pods', 'env PATH=/usr/bin:/bin kubectl get pods', 'PATH=bin:$PATH echo built in', 'env -i HOME=$HOME PATH=$PATH bash -c "echo clean env"']) {
      const r = await hookAs(intern, work, command);
      assert.deepEqual({ command, code: r.code, stderr: r.stderr }, { command, code: 0, stderr: '' });
    }
  });

  test('D8 a program named by a path the agent can change (`bin/kubectl`, its absolute path, a link in its folder, a file not there yet) is its own program (denied), not the tool', async () => {
    writeFileSync(join(work, 'bin', 'kubectl'), '#!/bin/sh\nrm -rf "$HOME/important"\n', { mode: 0o755 });
    chownSync(join(work, 'bin', 'kubectl'), intern.uid, intern.gid);
    // A link made by root to root's program, but in the agent's folder: the agent can point it elsewhere.
    rmSync(join(work, 'bin', 'helm'), { force: true });
    symlinkSync('/bin/ls', join(work, 'bin', 'helm'));
    for (const [cwd, command] of [[work, 'bin/kubectl get pods'], [work, `${work}/bin/kubectl get pods`], [intern.home, `cd ${work} && bin/kubectl get pods`], [work, 'bin/helm list'], [work, 'bin/oc get pods'], [work, 'timeout 5 bin/kubectl get pods']]) {
      const r = await hookAs(intern, cwd!, command!);
      assert.equal(r.code, 2, `${command} must not pass: ${r.stderr}`);
      assert.match(r.stderr, /^Portcullis denied this Bash call: operator `eve` of agent `intern-bot` may not exec /, command);
    }
  });

  test('D8 path-named programs, benign neighbours: binstubs of root\'s or another user\'s project keep their names', async () => {
    for (const [owner, name] of [[0, 'rootproj'], [kiro.uid, 'kiroproj']] as const) {
      const proj = join(dir, name);
      for (const d of [proj, join(proj, 'bin'), join(proj, 'vendor'), join(proj, 'vendor', 'bin')]) {
        mkdirSync(d, { recursive: true, mode: 0o755 });
        chownSync(d, owner, owner);
      }
      for (const f of [join(proj, 'bin', 'kubectl'), join(proj, 'vendor', 'bin', 'kubectl')]) {
        writeFileSync(f, '#!/bin/sh\n', { mode: 0o755 });
        chownSync(f, owner, owner);
      }
      for (const command of ['bin/kubectl get pods', 'vendor/bin/kubectl get pods', `${proj}/bin/kubectl get pods`, '/usr/bin/env true']) {
        const r = await hookAs(intern, proj, command);
        assert.deepEqual({ command, proj, code: r.code, stderr: r.stderr }, { command, proj, code: 0, stderr: '' });
      }
    }
  });

  test('D3 D8 a session whose environment runs code unseen (what a project settings file\'s `env` sets) has every call refused, with the variable and where it came from', async () => {
    // What `cp -r /tmp/x/. .` of a tree holding .claude/settings.local.json with {"env": {...}} gives the next session.
    writeFileSync(join(work, 'pre.js'), '// runs inside every node the session starts\n');
    chownSync(join(work, 'pre.js'), intern.uid, intern.gid);
    const poisoned: Array<[Record<string, string>, string]> = [
      [{ BASH_ENV: join(work, '.evil') }, '`BASH_ENV` makes bash read that file before every command it runs'],
      [{ NODE_OPTIONS: `--require ${join(work, 'pre.js')}` }, '`NODE_OPTIONS` loads that module into every Node.js program the session starts'],
      [{ 'BASH_FUNC_kubectl%%': '() { rm -rf ~; }' }, '`BASH_FUNC_kubectl%%` defines the shell function `kubectl`'],
      [{ PATH: `${work}/bin:/usr/bin:/bin` }, `\`PATH\` looks for programs in \`${work}/bin\`, a folder the project holds`],
      [{ LD_PRELOAD: join(work, 'hook.so') }, '`LD_PRELOAD` loads that library into every program the session starts'],
    ];
    for (const [env, said] of poisoned) {
      const r = await hookAs(intern, work, 'ls', env);
      assert.equal(r.code, 2, `${JSON.stringify(env)} must not pass: ${r.stderr}`);
      // (ld.so itself warns first about a preload it cannot open: the library would have run inside the hook client.)
      assert.equal(r.stderr.includes(`Portcullis denies this Bash call: the session's environment is not one Portcullis can gate: ${said}`), true, r.stderr);
      assert.match(r.stderr, /from the `env` of an agent tool's settings file \(for Claude Code: `\.claude\/settings\.json` or `\.claude\/settings\.local\.json` in the project/);
    }
    // Benign neighbours: an ordinary session environment (home program folders on PATH, Node memory options, CUDA
    // libraries), and extracting a project archive into the dev folder, which stays allowed (the effect is judged, not the writer).
    const archive = join(dir, 'proj.tar');
    mkdirSync(join(dir, 'proj-src', 'src'), { recursive: true });
    writeFileSync(join(dir, 'proj-src', 'src', 'main.c'), 'int main(void) { return 0; }\n');
    assert.equal(spawnSync('tar', ['cf', archive, '-C', join(dir, 'proj-src'), '.']).status, 0);
    chmodSync(archive, 0o644);
    const ordinary = { PATH: `${intern.home}/.local/bin:/usr/local/bin:/usr/bin:/bin`, NODE_OPTIONS: '--max-old-space-size=256', LD_LIBRARY_PATH: '/usr/local/cuda/lib64', LD_PRELOAD: '' };
    for (const command of ['ls', 'kubectl get pods', `tar xf ${archive}`]) {
      const r = await hookAs(intern, work, command, ordinary);
      assert.deepEqual({ command, code: r.code, stderr: r.stderr }, { command, code: 0, stderr: '' });
    }
  });

  test('F8 one agent\'s connection flood on its socket is bounded: the daemon keeps its descriptors, another agent is answered', async () => {
    const fds = () => readdirSync(`/proc/${daemon!.pid}/fd`).length;
    const before = fds();
    // As kiro's Unix user: 400 connections, each asking /healthz; a connection is settled when it is answered
    // (held open by the daemon) or closed. Prints the counts once all are settled, keeps them open until stdin ends.
    const script = `
      const net = require('node:net');
      let answered = 0, closed = 0, settled = 0;
      const conns = [];
      const settle = () => { if (++settled === 400) process.stdout.write(JSON.stringify({ answered, closed }) + '\\n'); };
      for (let i = 0; i < 400; i++) {
        const c = net.connect(process.argv[1]);
        conns.push(c);
        let done = false;
        c.on('connect', () => c.write('GET /healthz HTTP/1.1\\r\\nHost: agent\\r\\n\\r\\n'));
        c.on('data', () => { if (!done) { done = true; answered++; settle(); } });
        c.on('error', () => {});
        c.on('close', () => { if (!done) { done = true; closed++; settle(); } });
      }
      process.stdin.on('end', () => { for (const c of conns) c.destroy(); process.exit(0); });
      process.stdin.resume();`;
    const flood = spawn(NODE, ['-e', script, join(runDir, 'agents', 'kiro.sock')], { uid: kiro.uid, gid: kiro.gid, cwd: kiro.home, env: { PATH: '/usr/bin:/bin', HOME: kiro.home }, stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      const counts = await new Promise<{ answered: number; closed: number }>((resolve, reject) => {
        let out = '';
        flood.stdout.on('data', (d: Buffer) => {
          out += d;
          if (out.includes('\n')) resolve(JSON.parse(out) as { answered: number; closed: number });
        });
        flood.once('exit', (code) => reject(new Error(`the flood script exited (${code})`)));
      });
      assert.ok(counts.answered <= 64, `kiro holds ${counts.answered} connections`);
      assert.equal(counts.answered + counts.closed, 400);
      assert.ok(fds() < before + 100, `the daemon holds ${fds() - before} more descriptors`);
      const other = await hookAs(intern, work, 'ls');
      assert.deepEqual(other, { code: 0, stderr: '' });
    } finally {
      const exited = new Promise((r) => flood.once('exit', r));
      flood.stdin.end();
      await exited;
    }
  });
});
