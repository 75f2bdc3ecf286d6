/**
 * D7, the OS is the wall: a production install tried from the agent's side, with real Unix users.
 * Runs as root (CI does): it creates the users with useradd (names unique to this run, removed with
 * userdel -r afterwards), installs with `portcullis setup --system` into a temporary folder, starts
 * `portcullis daemon` as a child process and waits for its lines on stdout (never for time).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BIN, NODE } from '../helpers/cli.ts';
import { useradd as createUser, userdel, type User } from '../helpers/unix-users.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CLIENT = join(ROOT, 'bin', 'portcullis-hook.cjs');
const isRoot = process.getuid?.() === 0;
const run = randomBytes(3).toString('hex');
const SVC = `pcs${run}`;
const KIRO = `pck${run}`;
const OTHER = `pco${run}`;
const INTERN = `pci${run}`;

const users = new Map<string, User>();

/** useradd, remembered for cleanup. */
function useradd(name: string): User {
  const u = createUser(name);
  users.set(name, u);
  return u;
}

/** A process as a given Unix user (what an agent running as that user can do). */
/**
 * The search path of an agent's own login session (Debian's default): not the runner's, whose folders
 * (root's home, the checkout's node_modules/.bin) the service user may not search, which D8 rightly
 * reads as folders where the agent could have put its own `ls`.
 */
const AGENT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function as(user: User, args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, args, { uid: user.uid, gid: user.gid, cwd: user.home, env: { PATH: AGENT_PATH, HOME: user.home }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function portcullis(args: string[]) {
  const r = spawnSync(BIN, args, { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The daemon's stdout, line by line; `next(re)` resolves at the first line (from now) matching. */
class Lines {
  #lines: string[] = [];
  #waiters: Array<{ re: RegExp; from: number; resolve: (l: string) => void; reject: (e: Error) => void }> = [];
  #buf = '';
  #exited: string | null = null;
  constructor(child: ChildProcess) {
    child.stdout!.on('data', (d: Buffer) => {
      this.#buf += d.toString();
      let i;
      while ((i = this.#buf.indexOf('\n')) >= 0) {
        this.#lines.push(this.#buf.slice(0, i));
        this.#buf = this.#buf.slice(i + 1);
      }
      this.#check();
    });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d));
    child.on('exit', (code) => {
      this.#exited = `the daemon exited (${code}): ${err.trim()}`;
      for (const w of this.#waiters) w.reject(new Error(this.#exited));
      this.#waiters = [];
    });
  }
  mark(): number {
    return this.#lines.length;
  }
  next(re: RegExp, from = 0): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.#exited) return reject(new Error(this.#exited));
      this.#waiters.push({ re, from, resolve, reject });
      this.#check();
    });
  }
  #check(): void {
    this.#waiters = this.#waiters.filter((w) => {
      const hit = this.#lines.slice(w.from).find((l) => w.re.test(l));
      if (hit !== undefined) w.resolve(hit);
      return hit === undefined;
    });
  }
}

const event = (cwd: string, command: string) => JSON.stringify({ session_id: 's', transcript_path: '/dev/null', cwd, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command } });

describe('D7 production install: setup --system, the daemon, one socket per agent (real Unix users)', { skip: isRoot ? false : 'needs root (CI runs as root): it creates Unix users' }, () => {
  let dir: string;
  let etc: string;
  let state: string;
  let runDir: string;
  let kiro: User;
  let other: User;
  let intern: User;
  let daemon: ChildProcess | null = null;
  let lines: Lines;
  const setup = (extra: string[]) => portcullis(['setup', '--system', '--service-user', SVC, '--config-dir', etc, '--state-dir', state, '--run-dir', runDir, ...extra]);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portcullis-d7-'));
    // Our own temp folder only: the run folder below it must be reachable by the agents.
    chmodSync(dir, 0o755);
    etc = join(dir, 'etc');
    state = join(dir, 'state');
    runDir = join(dir, 'run');
    // The demo config, with a request deadline generous enough for a machine running many suites (F8).
    writeFileSync(join(dir, 'demo.yaml'), `${readFileSync(join(ROOT, 'src/config/templates/demo.yaml'), 'utf8')}\nserver:\n  deadline: 90s\n`);
    kiro = useradd(KIRO);
    other = useradd(OTHER);
    intern = useradd(INTERN);
    // The agents run the hook client from this checkout: say so clearly if they cannot read it.
    const probe = await as(kiro, ['-e', `require(${JSON.stringify(CLIENT)})`]);
    if (probe.code !== 0) throw new Error(`the test users cannot read the code at ${ROOT} (${probe.stderr.trim()}): run the tests from a checkout every user can read`);
  });

  after(async () => {
    if (daemon && daemon.exitCode === null) {
      const exited = new Promise((r) => daemon!.once('exit', r));
      daemon.kill('SIGTERM');
      await exited;
    }
    for (const name of [KIRO, OTHER, INTERN, SVC]) userdel(name);
    rmSync(dir, { recursive: true, force: true });
  });

  test('D7 setup --system refuses an agent mapped to root or to the service user, and says why', () => {
    const root = setup(['--from', join(dir, 'demo.yaml'), '--agent-user', 'kiro=root']);
    assert.equal(root.code, 1);
    assert.match(root.stderr, /^error: agent `kiro` may not run as root: root can read and write every file, so no OS boundary is possible between it and Portcullis \(system_user_invalid\)\n/);
    const svc = setup(['--from', join(dir, 'demo.yaml'), '--agent-user', `kiro=${SVC}`]);
    assert.equal(svc.code, 1);
    assert.match(svc.stderr, new RegExp(`^error: agent \`kiro\` may not run as the service user \`${SVC}\`: that user owns the config, key and store \\(system_user_invalid\\)\\n`));
    // round 11: a run folder in a folder another user owns (here kiro's home) could be swapped under the root helper
    const theirs = join(kiro.home, 'run');
    const unsafe = portcullis(['setup', '--system', '--service-user', SVC, '--config-dir', etc, '--state-dir', state, '--run-dir', theirs, '--from', join(dir, 'demo.yaml'), '--agent-user', `kiro=${KIRO}`]);
    assert.equal(unsafe.code, 1);
    assert.match(unsafe.stderr, new RegExp(`^error: --run-dir \`${theirs}\` could be replaced by a user other than root: \`${kiro.home}\` belongs to uid ${kiro.uid}, not root: its owner may rename what is in it and put a link there \\(system_setup_failed\\)\n`));
    assert.equal(existsSync(etc), false, 'nothing was installed');
  });

  test('D7 setup --system installs config, policies, key and store owned by the service user with the modes; a second run changes nothing', () => {
    const first = setup(['--from', join(dir, 'demo.yaml'), '--agent-user', `kiro=${KIRO}`]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`created service user ${SVC} `));
    const svc = Number(execFileSync('id', ['-u', SVC], { encoding: 'utf8' }).trim());
    const mode = (p: string) => { const st = statSync(p); return { uid: st.uid, mode: (st.mode & 0o7777).toString(8) }; };
    assert.deepEqual(mode(join(etc, 'portcullis-audit.key')), { uid: svc, mode: '600' });
    assert.deepEqual(mode(join(state, 'portcullis.db')), { uid: svc, mode: '600' });
    assert.deepEqual(mode(join(etc, 'portcullis.yaml')), { uid: svc, mode: '640' });
    assert.deepEqual(mode(etc), { uid: 0, mode: '750' });
    assert.deepEqual(mode(state), { uid: svc, mode: '700' });
    assert.deepEqual(mode(join(etc, 'portcullis.service')), { uid: 0, mode: '644' });
    const config = readFileSync(join(etc, 'portcullis.yaml'), 'utf8');
    assert.match(config, new RegExp(`kiro:\\n(    .*\\n)*    unix_user: ${KIRO}\\n`));
    assert.match(config, new RegExp(`daemon:\\n  service_user: ${SVC}\\n  run_dir: ${runDir}\\n`));
    assert.match(readFileSync(join(etc, 'portcullis.service'), 'utf8'), new RegExp(`ExecStart=.*/bin/portcullis daemon --config ${etc}/portcullis.yaml\\n`));
    const again = setup(['--from', join(dir, 'demo.yaml'), '--agent-user', `kiro=${KIRO}`]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^nothing to change: Portcullis is already installed this way\n/);
  });

  test('D7 round 11: the root daemon refuses a config another user owns, and a run_dir naming a folder that holds other files; it changes neither', () => {
    const cfg = join(etc, 'portcullis.yaml');
    const st = statSync(cfg);
    const text = readFileSync(cfg, 'utf8');
    chownSync(cfg, kiro.uid, kiro.gid);
    try {
      const r = portcullis(['daemon', '--config', cfg]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, new RegExp(`^error: the config \`${cfg}\` belongs to uid ${kiro.uid}, neither root nor the service user \`${SVC}\` it names \\(daemon_failed\\)\n`));
    } finally {
      chownSync(cfg, st.uid, st.gid);
    }
    // what a service user that edits its config could name: a folder of root's with files in it
    const notRun = join(dir, 'not-a-run-folder');
    mkdirSync(notRun, { mode: 0o700 });
    writeFileSync(join(notRun, 'keep'), 'root\'s\n');
    writeFileSync(cfg, text.replace(`run_dir: ${runDir}\n`, `run_dir: ${notRun}\n`));
    try {
      const r = portcullis(['daemon', '--config', cfg]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, new RegExp(`^error: cannot prepare the run folder: \`${notRun}\` holds \`keep\`: it is not a Portcullis run folder; name an empty or new folder \\(e\\.g\\. /run/portcullis\\) \\(daemon_failed\\)\n`));
      assert.deepEqual(readdirSync(notRun), ['keep']);
      assert.equal(statSync(notRun).mode & 0o7777, 0o700, 'not chmodded');
    } finally {
      writeFileSync(cfg, text);
      rmSync(notRun, { recursive: true });
    }
  });

  test('D7 round 12: the root daemon refuses a config reached through a link or kept in a folder the service user owns, before reading it', () => {
    const cfg = join(etc, 'portcullis.yaml');
    const svcUid = Number(execFileSync('id', ['-u', SVC], { encoding: 'utf8' }).trim());
    // a link to root's own config: root would check the link's target nowhere
    const link = join(dir, 'portcullis-link.yaml');
    symlinkSync(cfg, link);
    // the service user's own folder: it could swap the file between root's read and its owner check
    const theirs = join(dir, 'svc-etc');
    mkdirSync(theirs, { mode: 0o750 });
    copyFileSync(cfg, join(theirs, 'portcullis.yaml'));
    chownSync(join(theirs, 'portcullis.yaml'), svcUid, svcUid);
    chownSync(theirs, svcUid, svcUid);
    try {
      const viaLink = portcullis(['daemon', '--config', link]);
      assert.equal(viaLink.code, 1);
      assert.match(viaLink.stderr, new RegExp(`^error: the config \`${link}\` could be replaced by another user than root: \`${link}\` is a symbolic link: name the real file \\(daemon_failed\\)\nhint: keep the config in a folder only root may write`));
      const inTheirs = portcullis(['daemon', '--config', join(theirs, 'portcullis.yaml')]);
      assert.equal(inTheirs.code, 1);
      assert.match(inTheirs.stderr, new RegExp(`^error: the config \`${join(theirs, 'portcullis.yaml')}\` could be replaced by another user than root: \`${theirs}\` belongs to uid ${svcUid}, not root: its owner may rename what is in it and put a link there \\(daemon_failed\\)\n`));
      // doctor says the same of a config it is given in such a folder
      const doc = portcullis(['doctor', '--config', join(theirs, 'portcullis.yaml')]);
      assert.match(doc.stdout, new RegExp(`\nFAIL {2}config ${join(theirs, 'portcullis.yaml')}: \`${theirs}\` belongs to the service user ${SVC} \\(uid ${svcUid}\\), not root: .*; the root daemon refuses to start on it`));
    } finally {
      rmSync(link);
      rmSync(theirs, { recursive: true });
    }
  });

  test('D7 the daemon creates kiro\'s socket (owned by kiro, 0600) and runs as the service user after start', async () => {
    daemon = spawn(BIN, ['daemon', '--config', join(etc, 'portcullis.yaml')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    lines = new Lines(daemon);
    await lines.next(/^portcullis daemon ready: 1 agent socket in /);
    const sock = statSync(join(runDir, 'agents', 'kiro.sock'));
    assert.deepEqual({ socket: sock.isSocket(), uid: sock.uid, mode: (sock.mode & 0o777).toString(8) }, { socket: true, uid: kiro.uid, mode: '600' });
    const svc = { uid: Number(execFileSync('id', ['-u', SVC], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', SVC], { encoding: 'utf8' })) };
    const status = readFileSync(`/proc/${daemon.pid}/status`, 'utf8');
    // real, effective, saved and filesystem ids: all the service user's; no supplementary group but its own
    assert.match(status, new RegExp(`\\nUid:\\t${svc.uid}\\t${svc.uid}\\t${svc.uid}\\t${svc.uid}\\n`));
    assert.match(status, new RegExp(`\\nGid:\\t${svc.gid}\\t${svc.gid}\\t${svc.gid}\\t${svc.gid}\\n`));
    assert.match(status, new RegExp(`\\nGroups:\\t${svc.gid} ?\\n`));
  });

  test('D7 round 11: the run folder, agents/ and approved/ are root\'s; the real service user can neither rename them nor plant a link the root helper would follow', async () => {
    const mode = (p: string) => { const st = statSync(p); return [st.uid, st.gid, (st.mode & 0o7777).toString(8)]; };
    assert.deepEqual(mode(runDir), [0, 0, '755']);
    assert.deepEqual(mode(join(runDir, 'agents')), [0, 0, '755']);
    assert.deepEqual(mode(join(runDir, 'approved')), [0, 0, '711']);
    const svc = { uid: Number(execFileSync('id', ['-u', SVC], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', SVC], { encoding: 'utf8' })), home: '/', name: SVC };
    assert.deepEqual(mode(join(runDir, 'approved', 'kiro')), [svc.uid, kiro.gid, '2750']);
    const t = { approved: join(runDir, 'approved'), agents: join(runDir, 'agents'), kiroStaging: join(runDir, 'approved', 'kiro'), victim: join(dir, 'etc') };
    const script = `
      const fs = require('node:fs');
      const t = ${JSON.stringify(t)};
      const code = (f) => { try { f(); return 'ok'; } catch (e) { return e.code; } };
      process.stdout.write(JSON.stringify({
        renameApproved: code(() => fs.renameSync(t.approved, t.approved + '.old')),
        renameAgents: code(() => fs.renameSync(t.agents, t.agents + '.old')),
        linkForApproved: code(() => fs.symlinkSync(t.victim, t.approved + '2')),
        renameKiroStaging: code(() => fs.renameSync(t.kiroStaging, t.approved + '/x')),
        linkForNewAgent: code(() => fs.symlinkSync(t.victim, t.approved + '/intern-bot')),
        removeKiroSocket: code(() => fs.unlinkSync(t.agents + '/kiro.sock')),
      }));`;
    const r = await as(svc, ['-e', script]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { renameApproved: 'EACCES', renameAgents: 'EACCES', linkForApproved: 'EACCES', renameKiroStaging: 'EACCES', linkForNewAgent: 'EACCES', removeKiroSocket: 'EACCES' });
  });

  test('D7 from kiro\'s side: EACCES on the key and the store, no write to any control-plane path, also not through a symlink it makes', async () => {
    const targets = {
      key: join(etc, 'portcullis-audit.key'), store: join(state, 'portcullis.db'), config: join(etc, 'portcullis.yaml'), unit: join(etc, 'portcullis.service'),
      newInConfigDir: join(etc, 'evil.cedar'), newInStateDir: join(state, 'evil.db'), agentsDir: join(runDir, 'agents', 'evil.sock'),
    };
    const script = `
      const fs = require('node:fs');
      const t = ${JSON.stringify(targets)};
      const code = (f) => { try { f(); return 'ok'; } catch (e) { return e.code; } };
      const out = {
        readKey: code(() => fs.readFileSync(t.key)),
        readStore: code(() => fs.readFileSync(t.store)),
        writeConfig: code(() => fs.appendFileSync(t.config, 'x')),
        writeUnit: code(() => fs.appendFileSync(t.unit, 'x')),
        createInConfigDir: code(() => fs.writeFileSync(t.newInConfigDir, 'x')),
        createInStateDir: code(() => fs.writeFileSync(t.newInStateDir, 'x')),
        createInAgentsDir: code(() => fs.writeFileSync(t.agentsDir, 'x')),
        makeLink: code(() => fs.symlinkSync(t.config, 'link.yaml')),
        writeThroughLink: code(() => fs.writeFileSync('link.yaml', 'version: 1')),
        linkToKey: code(() => fs.symlinkSync(t.key, 'key.pem')),
        readThroughLink: code(() => fs.readFileSync('key.pem')),
        hardLinkKey: code(() => fs.linkSync(t.key, 'key.hard')),
      };
      process.stdout.write(JSON.stringify(out));`;
    const r = await as(kiro, ['-e', script]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      readKey: 'EACCES', readStore: 'EACCES', writeConfig: 'EACCES', writeUnit: 'EACCES', createInConfigDir: 'EACCES', createInStateDir: 'EACCES', createInAgentsDir: 'EACCES',
      makeLink: 'ok', writeThroughLink: 'EACCES', linkToKey: 'ok', readThroughLink: 'EACCES', hardLinkKey: 'EACCES',
    });
    assert.equal(readFileSync(targets.config, 'utf8').startsWith('# '), true, 'the config is unchanged');
  });

  test('D7 the hook through kiro\'s socket: a harmless call is allowed, its own environment\'s destruction denied', async () => {
    const sock = join(runDir, 'agents', 'kiro.sock');
    const ok = await as(kiro, [CLIENT, 'claude-code', '--socket', sock, '--timeout', '120'], event(kiro.home, 'ls'));
    assert.deepEqual(ok, { code: 0, stdout: '', stderr: '' });
    const no = await as(kiro, [CLIENT, 'claude-code', '--socket', join(runDir, 'agents'), '--timeout', '120'], event(kiro.home, 'terraform destroy -auto-approve'));
    assert.equal(no.code, 2);
    assert.match(no.stderr, /^Portcullis denied this Bash call: an agent may never delete or replace its own home environment/);
    // The same through the launcher an agent tool would run (`portcullis hook ... --socket`).
    const viaBin = await as(kiro, [join(ROOT, 'bin', 'launch.js'), 'hook', 'gemini-cli', '--socket', sock], JSON.stringify({ session_id: 's', transcript_path: '/dev/null', cwd: kiro.home, hook_event_name: 'BeforeTool', tool_name: 'run_shell_command', tool_input: { command: 'ls' }, timestamp: '2026-12-02T00:00:00Z' }));
    assert.deepEqual(viaBin, { code: 0, stdout: '{}\n', stderr: '' });
  });

  test('D7 another Unix user\'s connection to kiro\'s socket is refused; the hook exits 2 with the reason', async () => {
    const sock = join(runDir, 'agents', 'kiro.sock');
    const r = await as(other, [CLIENT, 'claude-code', '--socket', sock], event(other.home, 'ls'));
    assert.deepEqual(r, { code: 2, stdout: '', stderr: `Portcullis denies this call: the socket ${sock} refused this Unix user (EACCES): it belongs to another agent\n` });
    const none = await as(other, [CLIENT, 'claude-code', '--socket', join(runDir, 'agents')], event(other.home, 'ls'));
    assert.equal(none.code, 2);
    assert.match(none.stderr, new RegExp(`^Portcullis denies this call: no Portcullis socket in ${runDir}/agents belongs to uid ${other.uid}`));
  });

  test('D7 an agent mapped later gets its socket without a restart, and loses it when unmapped', async () => {
    const from = lines.mark();
    const r = setup(['--agent-user', `intern-bot=${INTERN}`]);
    assert.equal(r.code, 0, r.stderr);
    await lines.next(/^socket opened: agent intern-bot /, from);
    assert.equal(statSync(join(runDir, 'agents', 'intern-bot.sock')).uid, intern.uid);
    const ok = await as(intern, [CLIENT, 'claude-code', '--socket', join(runDir, 'agents'), '--timeout', '120'], event(intern.home, 'ls'));
    assert.equal(ok.code, 0, ok.stderr);
    // Unmap it the way an administrator edits the file (replace, owner kept).
    const file = join(etc, 'portcullis.yaml');
    const st = statSync(file);
    const tmp = `${file}.edit`;
    writeFileSync(tmp, readFileSync(file, 'utf8').replace(`    unix_user: ${INTERN}\n`, ''), { mode: 0o640 });
    chownSync(tmp, st.uid, st.gid);
    const mark = lines.mark();
    renameSync(tmp, file);
    await lines.next(/^socket closed: agent intern-bot \(revoked or no longer mapped\)$/, mark);
    assert.equal(existsSync(join(runDir, 'agents', 'intern-bot.sock')), false);
    const gone = await as(intern, [CLIENT, 'claude-code', '--socket', join(runDir, 'agents'), '--timeout', '120'], event(intern.home, 'ls'));
    assert.equal(gone.code, 2);
  });

  test('D7 doctor reports a control-plane file the agent\'s user can write as an error', () => {
    const clean = portcullis(['doctor', '--config', join(etc, 'portcullis.yaml')]);
    assert.match(clean.stdout, new RegExp(`ok    agent kiro \\(Unix user ${KIRO}, uid ${kiro.uid}\\) can write no control-plane file and read neither the key nor the store`));
    assert.match(clean.stdout, new RegExp(`\\nok    run folder ${runDir}, its agents/ and approved/ and every folder above them are root's and writable by no other user: nobody but root can swap a name the socket helper acts on\\n`));
    // A12: whether the agent's user may ptrace exec, as this kernel says
    const scope = existsSync('/proc/sys/kernel/yama/ptrace_scope') ? readFileSync('/proc/sys/kernel/yama/ptrace_scope', 'utf8').trim() : null;
    if (scope === null || scope === '0') {
      assert.match(clean.stdout, /\nFAIL {2}(the kernel has no Yama ptrace restriction|kernel\.yama\.ptrace_scope is 0): any process of an agent's Unix user may ptrace `portcullis exec` and the command it starts, and change what runs after approval \(A12\)\n {6}hint: set `sysctl kernel\.yama\.ptrace_scope=1`/);
      assert.equal(clean.code, 1);
    } else assert.doesNotMatch(clean.stdout, /FAIL .*ptrace/);
    // round 11: a run folder the service user owns (as before this round) is an error naming it
    const svcUid = Number(execFileSync('id', ['-u', SVC], { encoding: 'utf8' }));
    chownSync(runDir, svcUid, svcUid);
    try {
      const r = portcullis(['doctor', '--config', join(etc, 'portcullis.yaml')]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, new RegExp(`\\nFAIL  run folder ${runDir}: \`${runDir}\` belongs to the service user ${SVC} \\(uid ${svcUid}\\), not root: its owner may rename what is in it and put a link there; a user who can replace \`agents\` or \`approved\` there can have the root socket helper chown or chmod a file of its choosing\\n      hint: restart the daemon`));
    } finally {
      chownSync(runDir, 0, 0);
    }
    const policies = join(etc, 'policies-extra');
    chmodSync(etc, 0o755);
    const cfg = join(etc, 'portcullis.yaml');
    chmodSync(cfg, 0o646);
    try {
      const r = portcullis(['doctor', '--config', cfg]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, new RegExp(`FAIL  agent kiro \\(Unix user ${KIRO}\\) can write control-plane path ${cfg}\\n      hint: make it owned by the service user`));
    } finally {
      chmodSync(cfg, 0o640);
      chmodSync(etc, 0o750);
    }
    assert.equal(existsSync(policies), false);
  });
});
