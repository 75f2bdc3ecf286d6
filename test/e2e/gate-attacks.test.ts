/**
 * Round 9: the running gate attacked by hand, as the agent's Unix user, in a production install
 * (`setup --system`, `portcullis daemon`, the hook client on the agent's own socket). Runs as root
 * (CI does): it creates a service user and an agent user with useradd (names unique to this run,
 * removed afterwards) and waits for the daemon's lines on stdout, never for time.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, chownSync, lchownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BIN, NODE } from '../helpers/cli.ts';
import { useradd, userdel, type User } from '../helpers/unix-users.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CLIENT = join(ROOT, 'bin', 'portcullis-hook.cjs');
const isRoot = process.getuid?.() === 0;
const run = randomBytes(3).toString('hex');
const SVC = `pgs${run}`;
const INTERN = `pgi${run}`;
const KIRO = `pgk${run}`;



function lookup(name: string): User {
  const id = (flag: string) => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
  return { name, uid: id('-u'), gid: id('-g'), home: '/' };
}

/** The hook client as the agent's Unix user, with one Claude Code Bash event on stdin. */
/** The request id `exec --wait` prints once it waits for approval (an event, not time); `out.stderr` collects what it wrote. */
function waitingRequest(child: ChildProcess, ended: Promise<unknown>, out: { stderr: string }): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      out.stderr += d;
      const m = /waiting for approval of request (\S+):/.exec(out.stderr);
      if (m) resolve(m[1]!);
    });
    void ended.then(() => reject(new Error(`exec ended before waiting: ${out.stderr}`)));
  });
}

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

/** One exchange on an agent's socket, made by a process of `user` (the kernel says who connects). */
function socketAs(user: User, sock: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const script = `
    const [sock, method, path, body] = process.argv.slice(1);
    const req = require('node:http').request({ socketPath: sock, method, path, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => process.stdout.write(JSON.stringify({ status: res.statusCode, body: JSON.parse(text) })));
    });
    req.on('error', (e) => { process.stdout.write(JSON.stringify({ status: 0, body: { error: { code: e.code } } })); });
    req.end(body || undefined);`;
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['-e', script, sock, method, path, body === undefined ? '' : JSON.stringify(body)], { uid: user.uid, gid: user.gid, cwd: '/', env: { PATH: '/usr/bin:/bin' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out) as { status: number; body: Record<string, unknown> }));
  });
}

/** What each way of changing `file` gives a process of `user`: the error code, or 'done'. */
function changeAs(user: User, file: string): Record<string, string> {
  const script = `
    const fs = require('node:fs');
    const f = process.argv[1];
    const out = {};
    const attempt = (name, fn) => { try { fn(); out[name] = 'done'; } catch (e) { out[name] = e.code; } };
    attempt('chmod', () => fs.chmodSync(f, 0o644));
    attempt('write', () => fs.writeFileSync(f, 'replicas: 0 # SWAPPED AFTER APPROVAL\\n'));
    attempt('rename', () => fs.renameSync(f, f + '.old'));
    attempt('unlink', () => fs.unlinkSync(f));
    attempt('create', () => fs.writeFileSync(f + '.new', 'x'));
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(NODE, ['-e', script, file], { uid: user.uid, gid: user.gid, cwd: '/', env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
  return JSON.parse(r.stdout) as Record<string, string>;
}

/** Writes `text` to `path` (its folder made as needed) with both owned by `user`: a file the agent's Unix user can change. */
function writeAs(user: User, path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  chownSync(join(path, '..'), user.uid, user.gid);
  writeFileSync(path, text, { mode: 0o644 });
  chownSync(path, user.uid, user.gid);
}

/** Alice and Bob approve `requestId` through the control plane, as the service user (who owns the store). */
function approveAs(svc: User, configPath: string, requestId: string): void {
  const script = `
    const { openControlSession } = await import(${JSON.stringify(join(ROOT, 'src/runtime/index.ts'))});
    const cp = (await openControlSession({ configPath: process.argv[1], cwd: '/' })).opened;
    try {
      const view = await cp.approvals.show(process.argv[2]);
      for (const who of ['alice', 'bob']) await cp.approvals.approve(process.argv[2], (await cp.identity.human(who)), view.digest);
    } finally {
      await cp.close();
    }`;
  const r = spawnSync(NODE, ['--no-warnings', '--input-type=module', '-e', script, configPath, requestId], { uid: svc.uid, gid: svc.gid, cwd: '/', env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

describe('round 9: attacks by hand on a production install (real daemon, real Unix user)', { skip: isRoot ? false : 'needs root (CI runs as root): it creates Unix users' }, () => {
  let dir: string;
  let intern: User;
  let kiro: User;
  let work: string;
  let daemon: ChildProcess | null = null;
  /** Everything the daemon printed on stdout so far (its ready line, warnings, reloads). */
  let daemonOut = '';
  /** Resolves at the daemon's next stdout line matching `re` (printed after this call). */
  const daemonSays = (re: RegExp) =>
    new Promise<void>((resolve) => {
      let seen = '';
      const on = (d: Buffer) => {
        seen += d;
        if (re.test(seen)) {
          daemon!.stdout!.off('data', on);
          resolve();
        }
      };
      daemon!.stdout!.on('data', on);
    });

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
        daemonOut = out;
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
    const rc = await hookAs(intern, work, 'cd ~ && echo "export PATH=$HOME/src/app/bin" >> .bashrc');
    assert.equal(rc.code, 2, rc.stderr);
    assert.match(rc.stderr, new RegExp(`^Portcullis denied this Bash call: operator \`eve\` of agent \`intern-bot\` may not write \`${intern.home}/.bashrc\``));
    // Round 25 (the lead's answer 98): the session's `$PATH` in a PATH line is read as its folder list, so the line is
    // understood (it was refused as not understood from round 22): a write to ~/.bashrc, outside the dev folder, refused.
    const sessionPath = await hookAs(intern, work, 'cd ~ && echo "export PATH=$HOME/src/app/bin:$PATH" >> .bashrc');
    assert.equal(sessionPath.code, 2, sessionPath.stderr);
    assert.match(sessionPath.stderr, new RegExp(`^Portcullis denied this Bash call: operator \`eve\` of agent \`intern-bot\` may not write \`${intern.home}/.bashrc\``));
    // Answer 184: a world-writable folder first in a start-up PATH is a hijack, whoever may write the file.
    const hijack = await hookAs(intern, work, 'echo "export PATH=/tmp/tools:$PATH" >> ~/.bashrc');
    assert.equal(hijack.code, 2, hijack.stderr);
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

  test('A12 ptrace: on a kernel without Yama the real daemon refuses exec\'s approved action (exec_ptrace_open, nothing runs) until the config sets daemon.allow_ptrace_without_yama', async () => {
    const yama = existsSync('/proc/sys/kernel/yama/ptrace_scope') ? readFileSync('/proc/sys/kernel/yama/ptrace_scope', 'utf8').trim() : null;
    const configPath = join(dir, 'etc', 'portcullis.yaml');
    if (yama === null || yama === '0') {
      assert.match(daemonOut, /^warning: (the kernel has no Yama ptrace restriction|kernel\.yama\.ptrace_scope is 0): agents' sockets refuse to consume approvals and stage input files \(A12\) until `sysctl kernel\.yama\.ptrace_scope=1`, or `daemon\.allow_ptrace_without_yama: true` accepts the risk$/m);
      const kwork = join(dir, 'kiro-ptrace');
      mkdirSync(kwork, { mode: 0o755 });
      chownSync(kwork, kiro.uid, kiro.gid);
      writeFileSync(join(kwork, 'deploy.yaml'), 'kind: Deployment\nspec:\n  replicas: 2\n', { mode: 0o644 });
      // a root-owned tool that leaves a mark if it ever runs
      const tools = join(dir, 'tools-ptrace');
      mkdirSync(tools, { mode: 0o755 });
      writeFileSync(join(tools, 'kubectl'), `#!/bin/sh\ntouch ${join(dir, 'ptrace-ran')}\n`, { mode: 0o755 });
      const child = spawn(NODE, [join(ROOT, 'bin', 'launch.js'), 'exec', '--socket', join(runDir, 'agents', 'kiro.sock'), '--wait', '120s', '--', 'kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy.yaml'], { uid: kiro.uid, gid: kiro.gid, cwd: kwork, env: { PATH: `${tools}:/usr/bin:/bin`, HOME: kiro.home }, stdio: ['ignore', 'pipe', 'pipe'] });
      const out = { stderr: '' };
      const ended = new Promise<number | null>((resolve) => child.on('close', resolve));
      const requestId = await waitingRequest(child, ended, out);
      approveAs(lookup(SVC), configPath, requestId);
      assert.equal(await ended, 2, out.stderr);
      assert.match(out.stderr, /the daemon refuses to consume the approval of this held action \(A12\); nothing was consumed or written; an administrator sets `sysctl kernel\.yama\.ptrace_scope=1`/);
      assert.equal(existsSync(join(dir, 'ptrace-ran')), false, 'the tool never ran');
      // the approval was not spent: it waits for a safe retry
      const status = await socketAs(kiro, join(runDir, 'agents', 'kiro.sock'), 'GET', `/v1/requests/${requestId}`);
      assert.equal(status.body.status, 'approved');
    }
    // F3: the operator (root here; never the agent's user) accepts the risk in the config; the daemon reloads it
    const reloaded = daemonSays(/^config reloaded: /m);
    const text = readFileSync(configPath, 'utf8');
    writeFileSync(configPath, text.replace(`run_dir: ${runDir}\n`, `run_dir: ${runDir}\n  allow_ptrace_without_yama: true\n`));
    await reloaded;
  });

  test('A12 exec on the agent\'s socket runs the approved bytes from a copy the daemon wrote: the agent\'s user cannot change it, another agent cannot read it, it is gone afterwards', async () => {
    const svc = lookup(SVC);
    // kiro's workspace, readable by the daemon (it binds the manifest when deciding)
    const kwork = join(dir, 'kiro-work');
    mkdirSync(kwork, { mode: 0o755 });
    chownSync(kwork, kiro.uid, kiro.gid);
    const approved = 'kind: Deployment\nspec:\n  replicas: 3 # APPROVED\n';
    writeFileSync(join(kwork, 'deploy.yaml'), approved, { mode: 0o644 });
    chownSync(join(kwork, 'deploy.yaml'), kiro.uid, kiro.gid);
    // A root-owned fake kubectl: names the file it was given, waits for a line on stdin, then prints the file.
    const tools = join(dir, 'tools');
    mkdirSync(tools, { mode: 0o755 });
    writeFileSync(join(tools, 'kubectl'), '#!/bin/sh\nprev=""\nfor a in "$@"; do [ "$prev" = "-f" ] && f="$a"; prev="$a"; done\necho "GIVEN $f"\nread go\necho "--- bytes"\ncat "$f"\n', { mode: 0o755 });
    const sock = join(runDir, 'agents', 'kiro.sock');
    const child = spawn(NODE, [join(ROOT, 'bin', 'launch.js'), 'exec', '--socket', sock, '--wait', '120s', '--', 'kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy.yaml'], { uid: kiro.uid, gid: kiro.gid, cwd: kwork, env: { PATH: `${tools}:/usr/bin:/bin`, HOME: kiro.home }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    const out = { stderr: '' };
    const ended = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Events, not time: the request id once exec waits, the copy's path once the tool runs.
    const requestId = await waitingRequest(child, ended, out);
    approveAs(svc, join(dir, 'etc', 'portcullis.yaml'), requestId);
    const given = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d;
        const m = /^GIVEN (.*)$/m.exec(stdout);
        if (m) resolve(m[1]!);
      });
      void ended.then(() => reject(new Error(`exec ended before the tool ran: ${stdout}\n${out.stderr}`)));
    });
    try {
      // last round's repro, at the moment between the check and the tool's read: every way to change it fails
      const tried = changeAs(kiro, given);
      assert.deepEqual(Object.keys(tried).filter((k) => !['EACCES', 'EPERM'].includes(tried[k]!)), [], JSON.stringify(tried));
      // The copy is the daemon's, in kiro's staging folder: owner the service user, group kiro's, read-only.
      assert.equal(given.startsWith(join(runDir, 'approved', 'kiro') + '/'), true, given);
      const st = statSync(given);
      assert.deepEqual({ uid: st.uid, gid: st.gid, mode: st.mode & 0o7777 }, { uid: svc.uid, gid: kiro.gid, mode: 0o440 });
      // another agent's user cannot even read it
      const peek = spawnSync('/bin/cat', [given], { uid: intern.uid, gid: intern.gid, encoding: 'utf8' });
      assert.notEqual(peek.status, 0);
      assert.match(peek.stderr, /Permission denied/);
    } finally {
      child.stdin.end('go\n');
    }
    assert.equal(await ended, 0, out.stderr);
    assert.equal(stdout.slice(stdout.indexOf('--- bytes\n') + '--- bytes\n'.length), approved);
    // released before exec ended: no copy of kiro's is left
    assert.equal(existsSync(given), false);
    assert.deepEqual(readdirSync(join(runDir, 'approved', 'kiro')), []);
  });

  test('A12 D7 the daemon checks staged bytes itself: changed bytes, an unknown decision and another agent\'s decision are refused and nothing is written', async () => {
    const svc = lookup(SVC);
    const kwork = join(dir, 'kiro-work2');
    mkdirSync(kwork, { mode: 0o755 });
    const approved = 'kind: ConfigMap\ndata:\n  mode: approved\n';
    writeFileSync(join(kwork, 'cm.yaml'), approved, { mode: 0o644 });
    const kiroSock = join(runDir, 'agents', 'kiro.sock');
    const decide = () => socketAs(kiro, kiroSock, 'POST', '/v1/decisions', { action: { kind: 'shell', command: 'kubectl --context prod-cn-1 apply -f cm.yaml' }, context: { cwd: kwork } });
    const held = await decide();
    assert.equal(held.body.effect, 'hold', JSON.stringify(held.body));
    approveAs(svc, join(dir, 'etc', 'portcullis.yaml'), held.body.requestId as string);
    const run = await decide();
    assert.equal(run.body.effect, 'allow', JSON.stringify(run.body));
    const files = (text: string) => [{ path: 'cm.yaml', base64: Buffer.from(text).toString('base64') }];
    // another agent naming kiro's decision: answered as an unknown one, and kiro's decision is not spent by it
    const theirs = await socketAs(intern, join(runDir, 'agents', 'intern-bot.sock'), 'POST', '/v1/inputs', { decisionId: run.body.decisionId, files: files(approved) });
    const unknown = await socketAs(kiro, kiroSock, 'POST', '/v1/inputs', { decisionId: 'dec_unknown', files: files(approved) });
    assert.deepEqual([theirs.status, (theirs.body.error as { code: string }).code], [404, 'not_found']);
    assert.deepEqual([unknown.status, (unknown.body.error as { code: string }).code], [404, 'not_found']);
    const swapped = await socketAs(kiro, kiroSock, 'POST', '/v1/inputs', { decisionId: run.body.decisionId, files: files('kind: ConfigMap\ndata:\n  mode: SWAPPED\n') });
    assert.equal(swapped.status, 409);
    assert.equal((swapped.body.error as { code: string; message: string }).code, 'exec_input_changed');
    assert.match((swapped.body.error as { message: string }).message, /^`cm\.yaml` changed since it was approved \(sha256 /);
    assert.deepEqual(readdirSync(join(runDir, 'approved', 'kiro')), []);
    assert.deepEqual(readdirSync(join(runDir, 'approved', 'intern-bot')), []);
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
    // (Round 11: the home's program folder after the system's: first, every bare name would be the agent's to put there.)
    const ordinary = { PATH: `/usr/local/bin:/usr/bin:/bin:${intern.home}/.local/bin`, NODE_OPTIONS: '--max-old-space-size=256', LD_LIBRARY_PATH: '/usr/local/cuda/lib64', LD_PRELOAD: '' };
    for (const command of ['ls', `tar xf ${archive}`]) {
      const r = await hookAs(intern, work, command, ordinary);
      assert.deepEqual({ command, code: r.code, stderr: r.stderr }, { command, code: 0, stderr: '' });
    }
  });

  test('D8 round 11: a bare name the session\'s PATH finds on a folder the agent can change, or could put it on first, is its own program (denied), not the tool', async () => {
    const denied = async (command: string, env: Record<string, string>) => {
      const r = await hookAs(intern, work, command, env);
      assert.equal(r.code, 2, `${command} with ${JSON.stringify(env)} must not pass: ${r.stderr}`);
      assert.match(r.stderr, /^Portcullis denied this Bash call: operator `eve` of agent `intern-bot` may not exec /, command);
    };
    const local = join(intern.home, '.local', 'bin');
    rmSync(join(intern.home, '.local'), { recursive: true, force: true });
    // ~/.local/bin first on PATH and not there yet: the agent may create it, and its kubectl in it
    await denied('kubectl get pods', { PATH: `${local}:/usr/bin:/bin` });
    mkdirSync(local, { recursive: true });
    for (const d of [join(intern.home, '.local'), local]) chownSync(d, intern.uid, intern.gid);
    writeFileSync(join(local, 'kubectl'), '#!/bin/sh\nrm -rf "$HOME/important"\n', { mode: 0o755 });
    chownSync(join(local, 'kubectl'), intern.uid, intern.gid);
    for (const command of ['kubectl get pods', 'timeout 5 kubectl get pods', 'bash -c "kubectl get pods"', 'ls']) await denied(command, { PATH: `${local}:/usr/bin:/bin` });
    // r11b: the refusal of a plain `ls` says it is the PATH, which folder, and what a human changes
    const ls = await hookAs(intern, work, 'ls', { PATH: `${local}:/usr/bin:/bin` });
    assert.ok(ls.stderr.includes(`\`ls\` is judged as a program of the agent's own, not as the system's, because of the session's PATH: PATH searches \`${local}\` before where \`ls\` is now`), ls.stderr);
    assert.match(ls.stderr, /A human must change the PATH the agent tool starts with/);
    // r11b: a builtin's name started by a wrapper by its path, or by bash's `exec`, runs the PATH's file: the agent's `echo`
    writeFileSync(join(local, 'echo'), '#!/bin/sh\nrm -rf "$HOME/important"\n', { mode: 0o755 });
    chownSync(join(local, 'echo'), intern.uid, intern.gid);
    for (const command of ['exec echo hi', '/usr/bin/env echo hi', '/usr/bin/nice echo hi']) await denied(command, { PATH: `${local}:/usr/bin:/bin` });
    // a folder outside home that anyone may write (not sticky): by effect, not by list
    const open = join(dir, 'open-bin');
    mkdirSync(open, { recursive: true });
    chmodSync(open, 0o777);
    await denied('kubectl get pods', { PATH: `${open}:/usr/bin:/bin` });
    // Benign neighbours: root's kubectl in a root-owned folder (first, or before the agent's folder), the agent's folder
    // after the system's for a name found there, only root-owned folders, git with PAGER=less.
    const sysbin = join(dir, 'sysbin11');
    mkdirSync(sysbin, { recursive: true, mode: 0o755 });
    writeFileSync(join(sysbin, 'kubectl'), '#!/bin/sh\n', { mode: 0o755 });
    for (const [command, env] of [
      ['kubectl get pods', { PATH: `${sysbin}:/usr/bin:/bin` }],
      ['kubectl get pods', { PATH: `${sysbin}:/usr/bin:/bin:${local}` }],
      ['ls', { PATH: `/usr/bin:/bin:${local}` }],
      ['git log', { PATH: '/usr/bin:/bin', PAGER: 'less', GIT_PAGER: 'less -R' }],
    ] as const) {
      const r = await hookAs(intern, work, command, env);
      assert.deepEqual({ command, env, code: r.code, stderr: r.stderr }, { command, env, code: 0, stderr: '' });
    }
    rmSync(join(intern.home, '.local'), { recursive: true, force: true });
  });

  test('D3 D8 round 11: session variables that run a program or read a file the agent can change (git\'s ssh, pager, askpass; KUBECONFIG; a library folder) refuse every call, naming the variable', async () => {
    const own = join(intern.home, 'bin11');
    const kube = join(intern.home, '.kube');
    const lib = join(intern.home, 'lib11');
    for (const d of [own, kube, lib]) {
      mkdirSync(d, { recursive: true });
      chownSync(d, intern.uid, intern.gid);
    }
    const wrap = join(own, 'ssh-wrap');
    writeFileSync(wrap, '#!/bin/sh\nrm -rf "$HOME/important"\n', { mode: 0o755 });
    writeFileSync(join(kube, 'config'), 'apiVersion: v1\nkind: Config\n');
    for (const f of [wrap, join(kube, 'config')]) chownSync(f, intern.uid, intern.gid);
    const can = (path: string) => `, which the agent's Unix user can change (this user owns \`${path}\`)`;
    const poisoned: Array<[Record<string, string>, string]> = [
      [{ GIT_SSH_COMMAND: wrap }, `\`GIT_SSH_COMMAND\` is run by git for every fetch, pull, push and clone over ssh (git(1)), and runs \`${wrap}\`${can(wrap)}`],
      [{ GIT_ASKPASS: wrap }, `\`GIT_ASKPASS\` is run by git whenever it needs a password (git(1)), and runs \`${wrap}\`${can(wrap)}`],
      [{ PAGER: 'ssh-wrap -R', PATH: `/usr/bin:/bin:${own}` }, `\`PAGER\` is run by git, man and other programs to page their output (git(1), man(1)), and runs \`ssh-wrap\`${can(wrap)}`],
      [{ GIT_PAGER: 'less; touch ~/x' }, '`GIT_PAGER` is run by git, man and other programs to page their output (git(1), man(1)), and is a shell snippet Portcullis does not judge'],
      [{ KUBECONFIG: '~/.kube/config' }, `\`KUBECONFIG\` makes kubectl read \`${join(kube, 'config')}\`, whose \`users[].user.exec\` command it runs on every call (client-go credential plugins)${can(join(kube, 'config'))}`],
      [{ LD_LIBRARY_PATH: lib }, `\`LD_LIBRARY_PATH\` looks for libraries in \`${lib}\`${can(lib)}`],
    ];
    for (const [env, said] of poisoned) {
      const r = await hookAs(intern, work, 'ls', env);
      assert.equal(r.code, 2, `${JSON.stringify(env)} must not pass: ${r.stderr}`);
      assert.equal(r.stderr.includes(`Portcullis denies this Bash call: the session's environment is not one Portcullis can gate: ${said}`), true, r.stderr);
    }
    // Benign neighbours: the system's programs by name or path, a kubeconfig and a library folder of root's (or missing where the agent cannot create it).
    const ordinary = { PAGER: 'less', GIT_PAGER: 'less -R', LESSOPEN: '| /usr/bin/lesspipe %s', GIT_SSH_COMMAND: '/usr/bin/ssh -o BatchMode=yes -i ~/.ssh/deploy', EDITOR: 'vi', KUBECONFIG: '/etc/kubernetes/admin.conf', LD_LIBRARY_PATH: '/usr/local/cuda/lib64' };
    const r = await hookAs(intern, work, 'ls', ordinary);
    assert.deepEqual({ code: r.code, stderr: r.stderr }, { code: 0, stderr: '' });
    rmSync(own, { recursive: true, force: true });
    rmSync(lib, { recursive: true, force: true });
  });

  test('D8 round 12: a tool\'s own configuration file of the agent\'s user that runs a program (kubeconfig exec plugin, `.git/config` fsmonitor, `~/.ssh/config` ProxyCommand) makes the call its own program (denied); known plugin shapes and ordinary settings pass', async () => {
    const env = { PATH: '/usr/bin:/bin' };
    const put = (path: string, text: string) => writeAs(intern, path, text);
    const denied = async (command: string, said: string) => {
      const r = await hookAs(intern, work, command, env);
      assert.equal(r.code, 2, `${command} must not pass: ${r.stderr}`);
      assert.match(r.stderr, /^Portcullis denied this Bash call: operator `eve` of agent `intern-bot` may not exec /, command);
      assert.ok(r.stderr.includes(said), r.stderr);
      assert.ok(r.stderr.includes('A human must edit that file (remove the setting, or make it run a program installed where the agent cannot write), or make the file one the agent\'s Unix user cannot change (owned by root), or point the tool\'s variable (`KUBECONFIG`, `GIT_CONFIG_GLOBAL`, `AWS_CONFIG_FILE`) at a root-owned file in the agent tool\'s settings; then start a new session.'), r.stderr);
    };
    const passes = async (command: string) => {
      const r = await hookAs(intern, work, command, env);
      assert.deepEqual({ command, code: r.code, stderr: r.stderr }, { command, code: 0, stderr: '' });
    };
    const kube = join(intern.home, '.kube', 'config');
    put(kube, 'apiVersion: v1\nkind: Config\nusers:\n- name: dev\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: sh\n      args: [-c, "rm -rf $HOME/important"]\n');
    await denied('kubectl get pods', `\`kubectl\` is judged as a program of the agent's own, not as the tool, because its configuration file \`~/.kube/config\` (\`${kube}\`), which the agent's Unix user can change, sets \`users[dev].user.exec\`, which runs \`sh -c rm -rf $HOME/important\`, which is no known credential plugin's command.`);
    // root's aws with other arguments than the EKS plugin's
    put(kube, 'users:\n- name: dev\n  user:\n    exec: { command: aws, args: [s3, rm, --recursive, "s3://prod-backups"] }\n');
    await denied('kubectl get pods', 'which runs `aws s3 rm --recursive s3://prod-backups`, which is no known credential plugin\'s command.');
    // Benign neighbour: the EKS plugin shape, run by the system's aws
    put(kube, 'users:\n- name: eks\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [--region, eu-west-1, eks, get-token, --cluster-name, prod]\n');
    await passes('kubectl get pods');
    rmSync(join(intern.home, '.kube'), { recursive: true });
    // the project's .git/config: core.fsmonitor runs on every `git status`
    const config = join(work, '.git', 'config');
    put(config, '[core]\n\trepositoryformatversion = 0\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n');
    await denied('git status', `\`git\` is judged as a program of the agent's own, not as the tool, because its configuration file the repository's \`${config}\`, which the agent's Unix user can change, sets \`core.fsmonitor\`, which runs \`sh -c 'rm -rf ~/important'\`, a shell snippet Portcullis does not judge.`);
    put(config, '[core]\n\trepositoryformatversion = 0\n\tpager = less -FRX\n\tsshCommand = ssh -i ~/.ssh/deploy\n');
    await passes('git status');
    // ~/.ssh/config: ProxyCommand runs for git over ssh too
    const ssh = join(intern.home, '.ssh', 'config');
    put(ssh, 'Host prod-*\n  ProxyCommand sh -c "nc %h %p; rm -rf ~/important"\n');
    await denied('git status', `\`git\` is judged as a program of the agent's own, not as the tool, because its configuration file \`~/.ssh/config\` (\`${ssh}\`), which the agent's Unix user can change, sets \`Host prod-* ProxyCommand\`, which runs \`sh -c "nc %h %p; rm -rf ~/important"\`, a shell snippet Portcullis does not judge.`);
    put(ssh, 'Host bastion-*\n  ProxyCommand ssh -W %h:%p jump.example.com\n');
    await passes('git status');
    rmSync(join(intern.home, '.ssh'), { recursive: true });
    rmSync(join(work, '.git'), { recursive: true });
  });

  test('D8 round 13: psql\'s start-up file, the project\'s `.npmrc` and `~/.terraformrc` of the agent\'s user make the call its own program; ssh\'s file is found from the passwd home whatever HOME says', async () => {
    const own = (p: string) => chownSync(p, intern.uid, intern.gid);
    const put = (path: string, text: string) => writeAs(intern, path, text);
    const ownProgram = 'is judged as a program of the agent\'s own, not as the tool, because its configuration file';
    const run = (command: string, env: Record<string, string> = {}) => hookAs(intern, work, command, { PATH: '/usr/bin:/bin', ...env });
    const denied = async (command: string, said: string, env: Record<string, string> = {}) => {
      const r = await run(command, env);
      assert.equal(r.code, 2, `${command} must not pass: ${r.stderr}`);
      assert.ok(r.stderr.includes(said), r.stderr);
    };
    const notOwn = async (command: string) => {
      const r = await run(command);
      assert.ok(!r.stderr.includes(ownProgram), r.stderr);
    };
    const psqlrc = join(intern.home, '.psqlrc');
    put(psqlrc, '\\timing on\n\\! rm -rf ~/important\n');
    await denied('psql -c "select 1"', `\`psql\` ${ownProgram} \`~/.psqlrc\` (\`${psqlrc}\`), which the agent's Unix user can change, sets \`line 2\`, which is \`\\! rm -rf ~/important\`, which is no display setting`);
    put(psqlrc, '\\set QUIET 1\n\\pset null \'(null)\'\n\\x auto\n');
    await notOwn('psql -c "select 1"');
    rmSync(psqlrc);
    const npmrc = join(work, '.npmrc');
    put(npmrc, 'script-shell = ./bin/sh\n');
    await denied('npm ls', `\`npm\` ${ownProgram} the project's \`${npmrc}\`, which the agent's Unix user can change, sets \`script-shell\`, which runs \`./bin/sh\`, which names \`./bin/sh\`, a path relative to the working folder`);
    put(npmrc, 'registry=https://registry.npmjs.org/\nsave-exact=true\n');
    await notOwn('npm ls');
    rmSync(npmrc);
    const tfrc = join(intern.home, '.terraformrc');
    put(tfrc, `provider_installation {\n  dev_overrides {\n    "hashicorp/aws" = "${join(intern.home, 'go', 'bin')}"\n  }\n}\n`);
    mkdirSync(join(intern.home, 'go', 'bin'), { recursive: true });
    own(join(intern.home, 'go'));
    own(join(intern.home, 'go', 'bin'));
    await denied('terraform plan', `sets \`provider_installation dev_overrides "hashicorp/aws"\`, which runs \`${join(intern.home, 'go', 'bin')}\`, which the agent's Unix user can change`);
    rmSync(tfrc);
    rmSync(join(intern.home, 'go'), { recursive: true });
    // ssh reads ~/.ssh/config from the passwd entry: a HOME pointed at an empty folder does not hide it
    const ssh = join(intern.home, '.ssh', 'config');
    put(ssh, 'Host prod-*\n  ProxyCommand sh -c "nc %h %p; rm -rf ~/important"\n');
    const elsewhere = join(intern.home, 'elsewhere');
    mkdirSync(elsewhere);
    own(elsewhere);
    await denied('ssh prod-db uptime', `\`ssh\` ${ownProgram} \`~/.ssh/config\` (\`${ssh}\`), which the agent's Unix user can change, sets \`Host prod-* ProxyCommand\``, { HOME: elsewhere });
    rmSync(join(intern.home, '.ssh'), { recursive: true });
    rmSync(elsewhere, { recursive: true });
  });

  test('D8 round 14: routing the classifier did not read (`cd DIR &&`, `export KUBECONFIG=` earlier in the input) and docker\'s `~/.docker/cli-plugins` of the agent\'s user make the call its own program', async () => {
    const own = (p: string) => chownSync(p, intern.uid, intern.gid);
    const put = (path: string, text: string) => writeAs(intern, path, text);
    const ownProgram = 'is judged as a program of the agent\'s own, not as the tool, because ';
    const run = (command: string) => hookAs(intern, work, command, { PATH: '/usr/bin:/bin' });
    const denied = async (command: string, said: string) => {
      const r = await run(command);
      assert.equal(r.code, 2, `${command} must not pass: ${r.stderr}`);
      assert.ok(r.stderr.includes(said), r.stderr);
    };
    const notOwn = async (command: string) => {
      const r = await run(command);
      assert.ok(!r.stderr.includes(ownProgram), r.stderr);
    };
    // another repository of the agent's, entered with `cd`: git reads its .git/config (discovery from the working folder)
    const other = join(intern.home, 'src', 'other');
    const config = join(other, '.git', 'config');
    put(config, '[core]\n\trepositoryformatversion = 0\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n');
    own(join(other, '.git'));
    own(other);
    await denied('cd ../other && git status', `\`git\` ${ownProgram}its configuration file the repository's \`${config}\`, which the agent's Unix user can change, sets \`core.fsmonitor\``);
    await denied('export GIT_DIR=../other/.git; git log', 'sets `core.fsmonitor`');
    // git --work-tree does not move the repository: ../other's config is not read
    await notOwn('git --work-tree ../other status');
    rmSync(other, { recursive: true });
    // a kubeconfig exported earlier in the same input
    const kube = join(work, 'conf', 'kube');
    put(kube, 'users:\n- name: dev\n  user:\n    exec: { command: sh, args: [-c, "rm -rf ~/important"] }\n');
    own(join(work, 'conf'));
    await denied('export KUBECONFIG=conf/kube; kubectl get pods', 'sets `users[dev].user.exec`, which runs `sh -c rm -rf ~/important`');
    await notOwn('kubectl get pods');
    rmSync(join(work, 'conf'), { recursive: true });
    // docker runs `docker-*` plugins from ~/.docker/cli-plugins before the system's folders
    const plugin = join(intern.home, '.docker', 'cli-plugins', 'docker-compose');
    put(plugin, '#!/bin/sh\nrm -rf ~/important\n');
    own(join(intern.home, '.docker'));
    own(join(intern.home, '.docker', 'cli-plugins'));
    await denied('docker compose ps', `\`docker\` ${ownProgram}it runs the programs of its plugin folder \`~/.docker/cli-plugins\``);
    rmSync(join(intern.home, '.docker'), { recursive: true });
    await notOwn('docker compose ps');
  });

  test('D8 round 16: a tool\'s configuration or plugin written earlier in the same input (the daemon reads the old file) leaves the call unknown', async () => {
    const run = (command: string) => hookAs(intern, work, command, { PATH: '/usr/bin:/bin' });
    // (the refusal of an action the classifier leaves unknown; the finding says which file, in the audit)
    const said = 'an action Portcullis cannot understand';
    // on disk, when the call is judged, nothing runs a program: no plugin folder, a plain kubeconfig (the same shapes in the
    // project folder, a dev path of the demo inventory, are let through there as any unknown action is)
    writeAs(intern, join(intern.home, '.kube', 'config'), 'apiVersion: v1\nkind: Config\n');
    chownSync(join(intern.home, '.kube'), intern.uid, intern.gid);
    for (const command of [
      'mkdir -p ~/.docker/cli-plugins && cp /tmp/x ~/.docker/cli-plugins/docker-compose && docker compose ps',
      'printf \'users:\\n- name: u\\n  user:\\n    exec: {command: sh, args: [-c, "rm -rf ~/important"]}\\n\' > ~/.kube/config; kubectl get pods',
    ]) {
      const r = await run(command);
      assert.equal(r.code, 2, `${command} must not pass: ${JSON.stringify(r)}`);
      assert.ok(r.stderr.includes(said), r.stderr);
    }
    // benign neighbours: a file kubectl does not read; git writing its own setting
    for (const command of ['printf "apiVersion: v1\\n" > ~/.kube/other.yaml; kubectl get pods', 'git config user.name bot && git status']) {
      const r = await run(command);
      assert.ok(!r.stderr.includes(said), r.stderr);
    }
    rmSync(join(intern.home, '.kube'), { recursive: true });
  });

  test('D8 round 17: a file an existing configuration includes, written by the same input (the daemon reads the old one), makes the call the agent\'s own', async () => {
    const run = (command: string) => hookAs(intern, work, command, { PATH: '/usr/bin:/bin' });
    const written = 'is written by this action before the call';
    // on disk when the call is judged: the home's git file includes a file that is not there yet; nothing runs a program
    // (in the project folder, a dev path of the demo inventory, the tier lets the same unknown program through)
    const inc = join(intern.home, 'cfg', 'git.inc');
    writeAs(intern, join(intern.home, '.gitconfig'), '[user]\n\tname = intern\n[include]\n\tpath = ~/cfg/git.inc\n');
    writeAs(intern, join(work, 'evil.cfg'), '[core]\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n');
    const before = await run('git status');
    assert.ok(!before.stderr.includes(written), before.stderr);
    for (const command of ['mkdir -p ~/cfg && cp evil.cfg ~/cfg/git.inc && git status', `printf '[core]\\n\\tfsmonitor = "sh -c x"\\n' > ~/cfg/git.inc; git log -1`]) {
      const r = await run(command);
      assert.equal(r.code, 2, `${command} must not pass: ${JSON.stringify(r)}`);
      assert.ok(r.stderr.includes(`\`git\` is judged as a program of the agent's own, not as the tool, because its configuration file included by \`${join(intern.home, '.gitconfig')}\` \`${inc}\` ${written} (it writes \`${inc}\`)`), r.stderr);
    }
    // benign neighbours: the write after the call, a file nothing includes
    for (const command of ['git status; cp evil.cfg ~/cfg/git.inc', 'mkdir -p ~/cfg && cp evil.cfg ~/cfg/other.cfg && git status']) {
      const r = await run(command);
      assert.ok(!r.stderr.includes(written), r.stderr);
    }
    rmSync(join(intern.home, '.gitconfig'));
    rmSync(join(intern.home, 'cfg'), { recursive: true, force: true });
    rmSync(join(work, 'evil.cfg'));
  });

  test('D8 round 18: an include that is a link to the file the input writes, and a write whose destination the input does not fix, make the call the agent\'s own', async () => {
    const run = (command: string) => hookAs(intern, work, command, { PATH: '/usr/bin:/bin' });
    const written = 'is written by this action before the call';
    // on disk: the home's git file includes `~/inc`, a link to `~/cfg/git.inc`, which is not there yet
    const link = join(intern.home, 'inc');
    const inc = join(intern.home, 'cfg', 'git.inc');
    writeAs(intern, join(intern.home, '.gitconfig'), '[user]\n\tname = intern\n[include]\n\tpath = ~/inc\n');
    writeAs(intern, join(work, 'evil.cfg'), '[core]\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n');
    symlinkSync(inc, link);
    lchownSync(link, intern.uid, intern.gid);
    const before = await run('git status');
    assert.ok(!before.stderr.includes(written), before.stderr);
    const r = await run('mkdir -p ~/cfg && cp evil.cfg ~/cfg/git.inc && git status');
    assert.equal(r.code, 2, JSON.stringify(r));
    assert.ok(r.stderr.includes(`\`git\` is judged as a program of the agent's own, not as the tool, because its configuration file included by \`${join(intern.home, '.gitconfig')}\` \`${link}\` ${written} (it writes \`${inc}\`)`), r.stderr);
    // a destination the input does not fix, then a tool that reads configuration
    const d = await run('cp evil.cfg "$CFG/git.inc" && git status');
    assert.equal(d.code, 2, JSON.stringify(d));
    assert.ok(d.stderr.includes('a path the input does not fix, which may be any file'), d.stderr);
    // benign neighbours: a file no link leads to; the same write with no tool after it
    for (const command of ['mkdir -p ~/cfg && cp evil.cfg ~/cfg/other.cfg && git status', 'git status; cp evil.cfg "$D/x"']) {
      const ok = await run(command);
      assert.ok(!ok.stderr.includes(written), ok.stderr);
    }
    for (const f of ['.gitconfig', 'inc', 'cfg']) rmSync(join(intern.home, f), { recursive: true, force: true });
    rmSync(join(work, 'evil.cfg'));
  });

  test('D8 round 19: gcloud\'s configuration naming a credential file override of the agent\'s with an executable source makes gcloud the agent\'s own', async () => {
    const run = (command: string, env: Record<string, string> = {}) => hookAs(intern, work, command, { PATH: '/usr/bin:/bin', ...env });
    const sets = 'sets `credential_source.executable.command`';
    const key = join(intern.home, 'k.json');
    const gdir = join(intern.home, '.config', 'gcloud');
    writeAs(intern, key, JSON.stringify({ type: 'external_account', credential_source: { executable: { command: 'sh -c "rm -rf ~/important"' } } }));
    const before = await run('gcloud projects list');
    assert.ok(!before.stderr.includes(sets), before.stderr);
    writeAs(intern, join(gdir, 'configurations', 'config_default'), `[core]\naccount = a@example.com\n[auth]\ncredential_file_override = ${key}\n`);
    chownSync(join(intern.home, '.config'), intern.uid, intern.gid);
    chownSync(gdir, intern.uid, intern.gid);
    // (gsutil and bq, judged the same in the filesystem test, reach no production target from this dev path of the demo
    // inventory, where the tier lets an unknown program through)
    const r = await run('gcloud projects list');
    assert.equal(r.code, 2, `gcloud projects list must not pass: ${JSON.stringify(r)}`);
    assert.ok(r.stderr.includes(sets), r.stderr);
    rmSync(join(gdir, 'configurations'), { recursive: true });
    // the session's variable naming the same file
    const s = await run('gcloud projects list', { CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: key });
    assert.equal(s.code, 2, JSON.stringify(s));
    assert.ok(s.stderr.includes(sets), s.stderr);
    // benign neighbours: a configuration of properties, a user's own credentials named by the override
    writeAs(intern, join(gdir, 'configurations', 'config_default'), '[core]\naccount = a@example.com\nproject = p\n');
    writeAs(intern, key, JSON.stringify({ type: 'authorized_user', client_id: 'c', client_secret: 's', refresh_token: 'r' }));
    for (const env of [{}, { CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: key }] as Array<Record<string, string>>) {
      const ok = await run('gcloud projects list', env);
      assert.ok(!ok.stderr.includes('credential_source') && !ok.stderr.includes('runs what the agent'), ok.stderr);
    }
    rmSync(join(intern.home, '.config'), { recursive: true, force: true });
    rmSync(key);
  });

  test('D8 round 20: `gcloud auth login --cred-file=F` (`auth activate-service-account --key-file F`) naming the agent\'s external account with an executable source is refused at the login', async () => {
    const run = (command: string) => hookAs(intern, work, command, { PATH: '/usr/bin:/bin' });
    const sets = 'sets `credential_source.executable.command`';
    const key = join(intern.home, 'k.json');
    writeAs(intern, key, JSON.stringify({ type: 'external_account', credential_source: { executable: { command: 'sh -c "rm -rf ~/important"' } } }));
    for (const command of [`gcloud auth login --cred-file=${key}`, `gcloud auth activate-service-account --key-file ${key}`, 'gcloud auth login --cred-file ~/k.json']) {
      const r = await run(command);
      assert.equal(r.code, 2, `${command} must not pass: ${JSON.stringify(r)}`);
      assert.ok(r.stderr.includes(sets), r.stderr);
    }
    // benign neighbours: a service account key, a browser login
    writeAs(intern, key, JSON.stringify({ type: 'service_account', client_email: 'ci@p.iam.gserviceaccount.com', private_key: 'k' }));
    for (const command of [`gcloud auth activate-service-account --key-file=${key}`, 'gcloud auth login --no-launch-browser']) {
      const ok = await run(command);
      assert.ok(!ok.stderr.includes('credential_source') && !ok.stderr.includes('runs what the agent'), ok.stderr);
    }
    rmSync(key);
  });

  test('D8 round 21: the agent\'s client-certificate metadata (a certificate command gcloud runs) makes gcloud its own; the session\'s LESSKEY naming a file the agent can change is refused (answer 82)', async () => {
    const run = (command: string, env: Record<string, string> = {}) => hookAs(intern, work, command, { PATH: '/usr/bin:/bin', ...env });
    const sets = 'sets `cert_provider_command`';
    const meta = join(intern.home, '.secureConnect', 'context_aware_metadata.json');
    const before = await run('gcloud projects list');
    assert.ok(!before.stderr.includes(sets), before.stderr);
    writeAs(intern, meta, JSON.stringify({ cert_provider_command: ['sh', '-c', 'rm -rf ~/important'] }));
    chownSync(join(intern.home, '.secureConnect'), intern.uid, intern.gid);
    const r = await run('gcloud projects list');
    assert.equal(r.code, 2, `gcloud projects list must not pass: ${JSON.stringify(r)}`);
    assert.ok(r.stderr.includes(sets), r.stderr);
    // the same file named by a `gcloud config set` of its property, judged at that call
    const named = join(intern.home, 'm.json');
    writeAs(intern, named, JSON.stringify({ cert_provider_command: ['sh', '-c', 'rm -rf ~/important'] }));
    rmSync(join(intern.home, '.secureConnect'), { recursive: true });
    const set = await run(`gcloud config set context_aware/auto_discovery_file_path ${named}`);
    assert.equal(set.code, 2, JSON.stringify(set));
    assert.ok(set.stderr.includes(sets), set.stderr);
    // answer 82: the session's compiled lesskey file (read by the less `git log` pages with) of the agent's
    const key = join(intern.home, 'keys.less');
    writeAs(intern, key, '');
    const s = await run('git log -1', { LESSKEY: key });
    assert.equal(s.code, 2, JSON.stringify(s));
    assert.ok(s.stderr.includes('`LESSKEY` makes less (and the less `git log` or `man` pages with) read the compiled lesskey file') && s.stderr.includes('which the agent\'s Unix user can change'), s.stderr);
    // benign neighbours: a certificate command of root's, the session's lesskey file root owns
    writeAs(intern, named, JSON.stringify({ cert_provider_command: ['/usr/bin/true'] }));
    const ok = await run(`gcloud config set context_aware/auto_discovery_file_path ${named}`);
    assert.ok(!ok.stderr.includes(sets) && !ok.stderr.includes('runs what the agent'), ok.stderr);
    const root = await run('git log -1', { LESSKEY: '/etc/hostname' });
    assert.ok(!root.stderr.includes('`LESSKEY`'), root.stderr);
    rmSync(named);
    rmSync(key);
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
