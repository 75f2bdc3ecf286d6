import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Action, Agent, Human, Inventory } from '../core/index.ts';
import { createClassifier, type Classifier } from '../classify/index.ts';
import { createGateway, type Gateway, type PathResolver } from '../gateway/index.ts';
import { engineWith } from '../../test/helpers/policy.ts';
import { counterIds, fakeClock } from '../../test/helpers/control-plane.ts';
import { createFsPathResolver, onWaitingMount, waitingMounts } from './path-resolver.ts';

const kiro: Agent = { kind: 'agent', id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' };
const dana: Human = { kind: 'human', id: 'dana', groups: ['admins'] };

/**
 * D8 through the gateway with the real classifier, the real policy pack and the real filesystem:
 * links made before the action (outside the gate's view) are followed before matching.
 */
/** A gateway for `evaluate` only: nothing it would audit or hold is reached. */
function evaluatingGateway(o: Pick<Parameters<typeof createGateway>[0], 'classifier' | 'inventory' | 'directory' | 'paths'>): Gateway {
  const engine = engineWith();
  return createGateway({
    ...o,
    engine: () => engine,
    audit: { append: () => Promise.reject(new Error('not used by evaluate')) },
    approvals: { hold: () => Promise.reject(new Error('not used by evaluate')) },
    clock: fakeClock(),
    ids: counterIds(),
  });
}

describe('D8: paths are resolved before they are matched', () => {
  let root: string;
  let gate: string;
  let work: string;
  let classifier: Classifier;
  let inventory: Inventory;
  let resolver: PathResolver;
  let gateway: Gateway;

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'portcullis-d8-')));
    gate = join(root, 'gate');
    work = join(root, 'work');
    mkdirSync(gate);
    mkdirSync(work);
    // Names no built-in pattern knows: only the inventory says these are control plane.
    writeFileSync(join(gate, 'gate.conf'), 'enforce: true\n');
    writeFileSync(join(gate, 'audit.store'), 'rows\n');
    writeFileSync(join(gate, 'signer.pem'), 'secret\n');
    symlinkSync(join(gate, 'gate.conf'), join(work, 'notes.txt'));
    symlinkSync(gate, join(work, 'cfgdir'));
    mkdirSync(join(work, 'sub'));
    symlinkSync(join(gate, 'sub-target'), join(work, 'dangling'));
    mkdirSync(join(gate, 'sub-target-dir'));
    symlinkSync(join(gate, 'sub-target-dir'), join(work, 'up'));
    linkSync(join(gate, 'audit.store'), join(work, 'copy.txt'));
    symlinkSync(join(gate, 'signer.pem'), join(work, 'readme.pem'));
    writeFileSync(join(work, 'plain.txt'), 'hello\n');
    classifier = await createClassifier();
    inventory = {
      environments: [{ name: 'dev', tier: 'dev', tags: [], match: { paths: [`${work}/**`] } }],
      unknownTier: 'production',
      controlPlanePaths: [join(gate, 'gate.conf'), join(gate, 'audit.store'), join(gate, 'sub-target')],
      controlPlaneSecrets: [join(gate, 'signer.pem')],
    };
    resolver = createFsPathResolver(() => [...inventory.controlPlanePaths, ...(inventory.controlPlaneSecrets ?? [])]);
    gateway = evaluatingGateway({
      classifier,
      inventory,
      directory: { agent: async (id) => (id === 'kiro' ? kiro : null), human: async (id) => (id === 'dana' ? dana : null) },
      paths: resolver,
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const evaluate = (action: Action) => gateway.evaluate({ agentId: 'kiro', action, context: { cwd: work } });
  const shell = (command: string) => evaluate({ kind: 'shell', command });

  it('D8 the resolver follows symlinks, parents, dangling links and hard links', async () => {
    const r = await resolver.resolve([join(work, 'notes.txt'), join(work, 'cfgdir', 'new.txt'), join(work, 'dangling'), join(work, 'copy.txt'), `${work}/up/../gate.conf`, join(work, 'plain.txt'), join(work, 'nothing', 'here')]);
    assert.deepEqual(r, [
      { path: join(work, 'notes.txt'), real: join(gate, 'gate.conf') },
      { path: join(work, 'cfgdir', 'new.txt'), real: join(gate, 'new.txt') },
      { path: join(work, 'dangling'), real: join(gate, 'sub-target') },
      { path: join(work, 'copy.txt'), real: join(work, 'copy.txt'), sameFileAs: join(gate, 'audit.store') },
      { path: `${work}/up/../gate.conf`, real: join(gate, 'gate.conf') },
      { path: join(work, 'plain.txt'), real: join(work, 'plain.txt') },
      { path: join(work, 'nothing', 'here'), real: join(work, 'nothing', 'here') },
    ]);
  });

  it('D8 the same answers when every lookup goes through the thread pool (a path on a network or FUSE mount)', async () => {
    const paths = [join(work, 'notes.txt'), join(work, 'cfgdir', 'new.txt'), join(work, 'dangling'), join(work, 'copy.txt'), `${work}/up/../gate.conf`, join(work, 'plain.txt'), join(work, 'nothing', 'here')];
    const local = await resolver.resolve(paths);
    // `/` on NFS: nothing is looked up on the event loop. The gate folder alone on FUSE: a mix.
    const nfs = createFsPathResolver(() => [...inventory.controlPlanePaths], { mountinfo: () => '27 1 0:50 / / rw - nfs4 srv:/ rw\n' });
    const fuse = createFsPathResolver(() => [...inventory.controlPlanePaths], { mountinfo: () => `27 1 254:0 / / rw - ext4 /dev/vda rw\n40 27 0:60 / ${gate} rw - fuse.sshfs me@srv: rw\n` });
    assert.deepEqual(await nfs.resolve(paths), local);
    assert.deepEqual(await fuse.resolve(paths), local);
  });

  it('D8 a link made between two calls is seen by the second: nothing is kept from one call to the next', async () => {
    const name = join(work, 'later.txt');
    assert.deepEqual(await resolver.resolve([name]), [{ path: name, real: name }]);
    symlinkSync(join(gate, 'gate.conf'), name);
    assert.deepEqual(await resolver.resolve([name]), [{ path: name, real: join(gate, 'gate.conf') }]);
    const { verdict } = await shell('echo x > later.txt');
    assert.equal(verdict.effect, 'deny');
  });

  it('D8 F8 paths that need more lookups than the bound are a deny, never a long stall or a match as written', async () => {
    mkdirSync(join(work, 'a', 'b', 'c', 'd'), { recursive: true });
    const small = createFsPathResolver(() => [], { maxSteps: 6 });
    await assert.rejects(small.resolve([join(work, 'a', 'b', 'c', 'd', 'e')]), /more than 6 lookups/);
    // A link that points at itself: a loop, which the program could not open either.
    symlinkSync('self', join(work, 'self'));
    assert.deepEqual(await resolver.resolve([join(work, 'self', 'x')]), [{ path: join(work, 'self', 'x'), real: null }]);
  });

  it('D8 F8 the mount table: network, FUSE, autofs and unknown types are looked up off the event loop', () => {
    const table = [
      '22 27 0:21 / /proc rw,relatime - proc proc rw',
      '27 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw',
      '30 27 0:27 / /dev/shm rw,relatime - tmpfs tmpfs rw',
      '50 27 0:40 / /mnt/nfs rw,relatime shared:7 master:2 - nfs4 srv:/export rw,vers=4.2',
      String.raw`51 27 0:41 / /home/me/my\040share rw - fuse.sshfs me@srv: rw`,
      '52 27 0:42 / /net rw - autofs systemd-1 rw',
      '53 27 0:43 / /mnt/odd rw - newfs none rw',
      '54 50 0:44 / /mnt/nfs/cache rw - tmpfs tmpfs rw',
    ].join('\n');
    const w = waitingMounts(table);
    assert.deepEqual(w, ['/mnt/nfs', '/home/me/my share', '/net', '/mnt/odd']);
    assert.equal(onWaitingMount('/work/app/x', w), false);
    assert.equal(onWaitingMount('/dev/shm/x', w), false);
    assert.equal(onWaitingMount('/mnt/nfs', w), true);
    // A local mount under a network one is reached through it.
    assert.equal(onWaitingMount('/mnt/nfs/cache/x', w), true);
    assert.equal(onWaitingMount('/home/me/my share/x', w), true);
    assert.equal(onWaitingMount('/mnt/nfsx', w), false);
    // No table (not Linux, unreadable, not a mount table): every lookup may wait.
    assert.equal(waitingMounts('not a mount table'), null);
    assert.equal(waitingMounts(''), null);
    assert.equal(onWaitingMount('/work/app/x', null), true);
  });

  it('D8 writing through a symlink made earlier to the config is denied (shell redirect, tee, the hook\'s Write)', async () => {
    for (const action of [
      { kind: 'shell', command: 'echo "enforce: false" > notes.txt' },
      { kind: 'shell', command: 'echo x | tee notes.txt' },
      { kind: 'file_write', path: join(work, 'notes.txt'), operation: 'write', content: 'enforce: false\n' },
      { kind: 'file_write', path: 'dangling', operation: 'write', content: 'x' },
    ] as Action[]) {
      const { verdict, facts } = await evaluate(action);
      assert.equal(verdict.effect, 'deny', JSON.stringify(action));
      assert.ok(verdict.policies.includes('agent-never-touches-control-plane'), JSON.stringify(verdict.policies));
      assert.ok(facts.findings.some((f) => f.code === 'control_plane_alias' && f.message.includes(join(gate, 'gate.conf')) || f.message.includes(join(gate, 'sub-target'))), JSON.stringify(facts.findings));
    }
  });

  it('D8 a `..` after a linked folder is walked the way the kernel walks it', async () => {
    const { verdict } = await shell('echo x > up/../gate.conf');
    assert.equal(verdict.effect, 'deny');
    assert.ok(verdict.policies.includes('agent-never-touches-control-plane'));
  });

  it('D8 a file created through a linked folder lands in the control plane folder', async () => {
    const { verdict, facts } = await shell('echo x > cfgdir/gate.conf');
    assert.equal(verdict.effect, 'deny');
    assert.ok(facts.findings.some((f) => f.code === 'control_plane_alias'));
  });

  it('D8 an existing hard link (same device and inode) to the store is recognised', async () => {
    const { verdict, facts } = await shell('echo junk >> copy.txt');
    assert.equal(verdict.effect, 'deny');
    assert.ok(facts.findings.some((f) => f.code === 'control_plane_alias' && f.message === `\`${join(work, 'copy.txt')}\` leads to \`${join(gate, 'audit.store')}\` (a hard link), part of Portcullis's own control plane`), JSON.stringify(facts.findings));
    const sqlite = await shell('sqlite3 copy.txt "select 1"');
    assert.equal(sqlite.verdict.effect, 'deny');
  });

  it('D8 reading a secret through a link is denied; reading the config through one stays a read', async () => {
    const secret = await shell('cat readme.pem');
    assert.equal(secret.verdict.effect, 'deny');
    const tool = await evaluate({ kind: 'file_write', path: join(work, 'readme.pem'), operation: 'read' });
    assert.equal(tool.verdict.effect, 'deny');
    assert.equal(tool.verdict.reasons[0]?.message, "agents may never change Portcullis itself (its config, policies, store, identities or hook settings) nor read its signing key or tokens");
    // A name that is control plane but not secret, leading to the secret.
    mkdirSync(join(work, '.portcullis'));
    symlinkSync(join(gate, 'signer.pem'), join(work, '.portcullis', 'notes'));
    const hidden = await shell('cat .portcullis/notes');
    assert.equal(hidden.verdict.effect, 'deny');
    assert.ok(hidden.facts.findings.some((f) => f.code === 'control_plane_secret'));
    const config = await shell('cat notes.txt');
    assert.equal(config.verdict.effect, 'allow');
  });

  it('D8 plain files are left alone: no alias, no false positive', async () => {
    for (const command of ['cat plain.txt', 'echo hi > plain.txt', 'ls -la', 'cat README.md']) {
      const { verdict, facts } = await shell(command);
      assert.notEqual(verdict.effect, 'deny', command);
      assert.ok(!facts.findings.some((f) => f.code.startsWith('control_plane')), command);
    }
  });

  it('D8 a resolver that fails is a deny, never a match as written', async () => {
    const engine = engineWith();
    const failing = createGateway({
      classifier, engine: () => engine, inventory,
      directory: { agent: async () => kiro, human: async () => dana },
      audit: { append: async () => ({ id: 'aud_1', seq: 1 }) },
      approvals: { hold: () => Promise.reject(new Error('no')) },
      paths: { resolve: () => Promise.reject(new Error('disk on fire')) },
      clock: fakeClock(), ids: counterIds(),
    });
    const d = await failing.decide({ agentId: 'kiro', action: { kind: 'shell', command: 'cat plain.txt' }, context: { cwd: work } });
    assert.equal(d.effect, 'deny');
    assert.deepEqual(d.reasons, [{ code: 'internal_error', message: 'disk on fire' }]);
  });
});

/**
 * D8: a program named by a path (`bin/kubectl`) runs as the tool its name says only when the agent's
 * Unix user cannot change the file, itself, through a folder above it, or through a link on the way.
 * Modes are read for that user (the gateway runs as the service user); files get other owners by chown,
 * so this needs root (CI runs as root).
 */
describe('D8: a path-named program the agent can change is its own', { skip: process.getuid?.() === 0 ? false : 'needs root to chown files to other users' }, () => {
  const AGENT = { uid: 4242, groups: [4242] };
  const OTHER = 4343;
  let root: string;
  let gateway: Gateway;
  let resolver: PathResolver;

  /** A folder or file at `p` (below root) with this owner and mode. */
  const make = (p: string, owner: number, mode: number, content?: string) => {
    if (content === undefined) mkdirSync(p, { recursive: true });
    else writeFileSync(p, content);
    chownSync(p, owner, owner);
    chmodSync(p, mode);
  };

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'portcullis-d8p-')));
    chmodSync(root, 0o755);
    // The agent's own project: every binstub in it is the agent's to change.
    make(join(root, 'own'), AGENT.uid, 0o755);
    make(join(root, 'own', 'bin'), AGENT.uid, 0o755);
    make(join(root, 'own', 'bin', 'kubectl'), AGENT.uid, 0o755, '#!/bin/sh\n');
    make(join(root, 'own', 'bin', 'rails'), 0, 0o755, '#!/bin/sh\n');
    // A project of root's and one of another user's: binstubs the agent may run, not change.
    for (const [name, owner] of [['sys', 0], ['other', OTHER]] as const) {
      make(join(root, name), owner, 0o755);
      make(join(root, name, 'bin'), owner, 0o755);
      make(join(root, name, 'bin', 'kubectl'), owner, 0o755, '#!/bin/sh\n');
      make(join(root, name, 'vendor', 'bin'), owner, 0o755);
      make(join(root, name, 'vendor', 'bin', 'phinx'), owner, 0o755, '#!/bin/sh\n');
    }
    // Group-writable for a group the agent is in; a link in a root folder to the agent's file; a link in the agent's folder to root's.
    make(join(root, 'shared'), 0, 0o775);
    chownSync(join(root, 'shared'), 0, AGENT.groups[0]!);
    make(join(root, 'shared', 'kubectl'), 0, 0o755, '#!/bin/sh\n');
    symlinkSync(join(root, 'own', 'bin', 'kubectl'), join(root, 'sys', 'bin', 'helm'));
    symlinkSync(join(root, 'sys', 'bin', 'kubectl'), join(root, 'own', 'bin', 'helm'));
    // /tmp-like: sticky and world-writable, holding root's file.
    make(join(root, 'sticky'), 0, 0o1777);
    make(join(root, 'sticky', 'kubectl'), 0, 0o755, '#!/bin/sh\n');
    resolver = createFsPathResolver(() => [], { agentUser: (id) => (id === 'kiro' ? Promise.resolve(AGENT) : id === 'ghost' ? Promise.resolve(null) : undefined) });
    gateway = evaluatingGateway({
      classifier: await createClassifier(),
      inventory: { environments: [{ name: 'dev', tier: 'dev', tags: [], match: { paths: [`${root}/**`] } }], unknownTier: 'production', controlPlanePaths: [] },
      directory: { agent: async (id) => (id === 'kiro' || id === 'ghost' || id === 'local' ? { ...kiro, id } : null), human: async (id) => (id === 'dana' ? dana : null) },
      paths: resolver,
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('D8 the resolver says why the agent could change each program, and null for those it cannot', async () => {
    const r = await resolver.changeable!('kiro', [
      join(root, 'own', 'bin', 'kubectl'),
      join(root, 'own', 'bin', 'rails'),
      join(root, 'own', 'bin', 'nothing'),
      join(root, 'sys', 'bin', 'kubectl'),
      join(root, 'other', 'vendor', 'bin', 'phinx'),
      join(root, 'shared', 'kubectl'),
      join(root, 'sys', 'bin', 'helm'),
      join(root, 'own', 'bin', 'helm'),
      join(root, 'sticky', 'kubectl'),
      join(root, 'sticky', 'helm'),
      join(root, 'sys', 'bin', 'nothing'),
      '?$(npm bin)/tsc',
    ]);
    assert.deepEqual(r, [
      `this user owns \`${join(root, 'own', 'bin', 'kubectl')}\``,
      `this user may write \`${join(root, 'own', 'bin')}\`, and so replace \`${join(root, 'own', 'bin', 'rails')}\``,
      `this user may create \`${join(root, 'own', 'bin', 'nothing')}\``,
      null,
      null,
      `this user may write \`${join(root, 'shared')}\`, and so replace \`${join(root, 'shared', 'kubectl')}\``,
      `this user owns \`${join(root, 'own', 'bin', 'kubectl')}\``,
      `this user may write \`${join(root, 'own', 'bin')}\`, and so replace \`${join(root, 'own', 'bin', 'helm')}\``,
      null,
      `this user may create \`${join(root, 'sticky', 'helm')}\``,
      `\`${join(root, 'sys', 'bin', 'nothing')}\` does not exist (yet): the action may create it`,
      'where it lives is not fixed in the action (its folder or the working folder is computed)',
    ]);
    // No Unix user for the agent: nothing is known, the names are trusted as before. One that cannot be looked up: all its own.
    assert.equal(await resolver.changeable!('local', [join(root, 'own', 'bin', 'kubectl')]), undefined);
    assert.deepEqual(await resolver.changeable!('ghost', [join(root, 'sys', 'bin', 'kubectl')]), ['the agent\'s Unix user cannot be looked up']);
  });

  it('D8 a bare name is judged by the file the session\'s PATH runs: the file, or a folder searched before it where the agent could put one', async () => {
    const own = join(root, 'own', 'bin');
    const sys = join(root, 'sys', 'bin');
    const ask = (programs: string[], searchPath?: string, cwd?: string) => resolver.changeable!('kiro', programs, { ...(searchPath !== undefined ? { searchPath } : {}), ...(cwd !== undefined ? { cwd } : {}) });
    // found in the agent's folder; found in root's folder after the agent's (which has no such file: it may create one)
    assert.deepEqual(await ask(['kubectl', 'phinx'], `${own}:${sys}:${join(root, 'sys', 'vendor', 'bin')}`), [
      `this user owns \`${join(own, 'kubectl')}\``,
      `PATH searches \`${own}\` before where \`phinx\` is now, and this user may create \`${join(own, 'phinx')}\``,
    ]);
    // a folder that does not exist yet under one the agent owns (`~/.local/bin` before `~/.local` exists)
    assert.deepEqual(await ask(['kubectl'], `${join(root, 'own', 'new', 'bin')}:${sys}`), [`PATH searches \`${join(root, 'own', 'new', 'bin')}\` before where \`kubectl\` is now, and this user may create \`${join(root, 'own', 'new')}\``]);
    // not found anywhere, but the agent could put it on PATH
    assert.deepEqual(await ask(['nothing'], `${sys}:${own}`), [`PATH searches \`${own}\` before where \`nothing\` is now, and this user may create \`${join(own, 'nothing')}\``]);
    // a relative entry: from the working folder, or not fixed when that is not known
    assert.deepEqual(await ask(['kubectl'], `bin:${sys}`, join(root, 'own')), [`this user owns \`${join(own, 'kubectl')}\``]);
    assert.deepEqual(await ask(['kubectl'], `:${sys}`), ['PATH holds `(an empty entry)`, a folder relative to a working folder that is not known']);
    // Benign neighbours: only root's and another user's folders (the sticky one holds root's file), the agent's folder
    // after the file is found, a name found nowhere on folders it cannot write, no PATH sent at all.
    assert.deepEqual(await ask(['kubectl', 'phinx', 'nothing'], `${sys}:${join(root, 'other', 'vendor', 'bin')}:${own}`), [null, null, `PATH searches \`${own}\` before where \`nothing\` is now, and this user may create \`${join(own, 'nothing')}\``]);
    assert.deepEqual(await ask(['kubectl', 'nothing', 'sh'], `${sys}:/usr/bin:/bin`), [null, null, null]);
    // a sticky world-writable folder (/tmp) keeps root's file root's, but anyone may add a new name there
    assert.deepEqual(await ask(['kubectl', 'sh'], `${join(root, 'sticky')}:/usr/bin:/bin`), [null, `PATH searches \`${join(root, 'sticky')}\` before where \`sh\` is now, and this user may create \`${join(root, 'sticky', 'sh')}\``]);
    assert.deepEqual(await ask(['kubectl']), [null]);
  });

  it('D8 round 12: a root-owned script whose `#!` interpreter the agent can change is the agent\'s program too, by path, by PATH and through `env`', async () => {
    const own = join(root, 'own', 'bin');
    const sys = join(root, 'sys', 'bin');
    writeFileSync(join(sys, 'r12-direct'), `#!${join(own, 'kubectl')}\n`, { mode: 0o755 });
    writeFileSync(join(sys, 'r12-env'), '#!/usr/bin/env -S r12-tool --flag\n', { mode: 0o755 });
    writeFileSync(join(sys, 'r12-nested'), `#!${join(sys, 'r12-direct')}\n`, { mode: 0o755 });
    writeFileSync(join(sys, 'r12-sh'), '#!/bin/sh\necho ok\n', { mode: 0o755 });
    writeFileSync(join(own, 'r12-tool'), '#!/bin/sh\n', { mode: 0o755 });
    const ask = (programs: string[], searchPath?: string) => resolver.changeable!('kiro', programs, { ...(searchPath !== undefined ? { searchPath } : {}), cwd: join(root, 'sys') });
    const direct = `it runs \`${join(own, 'kubectl')}\` by its \`#!\` line, and this user owns \`${join(own, 'kubectl')}\``;
    assert.deepEqual(await ask([join(sys, 'r12-direct'), join(sys, 'r12-nested'), join(sys, 'r12-sh')]), [direct, `it runs \`${join(sys, 'r12-direct')}\` by its \`#!\` line, and ${direct}`, null]);
    assert.deepEqual(await ask(['r12-direct', 'r12-env', 'r12-sh'], `${sys}:${own}:/usr/bin:/bin`), [direct, `it runs \`${join(own, 'r12-tool')}\` by its \`#!\` line, and this user may write \`${own}\`, and so replace \`${join(own, 'r12-tool')}\``, null]);
    // the benign neighbour: `env` finds no agent's file when the session's PATH holds only root's folders
    assert.deepEqual(await ask(['r12-env'], `${sys}:/usr/bin:/bin`), [null]);
  });

  it('D8/F8: a program whose first line the daemon cannot read without blocking (a FIFO) is not judged safe, and does not hang the decision', async () => {
    const sys = join(root, 'sys', 'bin');
    execFileSync('mkfifo', ['-m', '0755', join(sys, 'r13-fifo')]);
    const r = await resolver.changeable!('kiro', [join(sys, 'r13-fifo'), 'r13-fifo', join(sys, 'r12-sh'), sys], { searchPath: `${sys}:/usr/bin:/bin`, cwd: join(root, 'sys') });
    // by path it is judged; a PATH search passes over what is not a regular file, as the shell's does; a folder runs
    // nothing
    assert.deepEqual(r, ['it is not a regular file, so what it runs cannot be checked', null, null, null]);
  });

  it('D8 a program path through /proc/self, /proc/thread-self or /dev/fd is the agent\'s: those name the process that follows them (r10b review)', async () => {
    // Walked by the daemon they are its own folders (`/proc/self/root/bin/sh` is root's /bin/sh here), while the
    // agent's shell reaches its own cwd or root through them: `/proc/self/cwd/bin/kubectl` is the agent's binstub.
    const through = ['/proc/self/root/bin/sh', '/proc/self/cwd/bin/kubectl', '/proc/thread-self/root/bin/sh', '/dev/fd/../../bin/sh', `/proc/${process.pid}/root/bin/sh`];
    const r = await resolver.changeable!('kiro', [...through, '/bin/sh']);
    through.forEach((p, i) => assert.match(r![i] ?? 'null', /^its path goes through `\/proc\/[^`]*`, which names the process that follows it/, p));
    // the neighbour: the same program by its own path stays root's
    assert.equal(r![through.length], null);
  });

  it('D8 `bin/kubectl` the agent can change is decided as `./bin/kubectl`, with the reason; root\'s and another user\'s binstubs keep their names', async () => {
    const decide = (agentId: string, cwd: string, command: string) => gateway.evaluate({ agentId, action: { kind: 'shell', command }, context: { cwd } });
    const own = join(root, 'own');
    for (const command of ['bin/kubectl get pods', `${own}/bin/kubectl get pods`, `cd ${own} && bin/kubectl get pods`, 'bin/helm list', 'bin/nothing get pods', 'env bin/kubectl get pods']) {
      const { facts } = await decide('kiro', command.startsWith('cd ') ? root : own, command);
      assert.ok(facts.verbs.includes('exec'), `${command}: ${JSON.stringify(facts.verbs)}`);
      assert.ok(facts.findings.some((f) => f.code === 'program_changeable' && /can be changed by the agent's Unix user: this user (owns|may write|may create)/.test(f.message)), `${command}: ${JSON.stringify(facts.findings)}`);
      assert.ok(facts.findings.some((f) => f.code === 'script_unseen'), command);
    }
    for (const [cwd, command] of [[join(root, 'sys'), 'bin/kubectl get pods'], [join(root, 'other'), 'bin/kubectl get pods'], [join(root, 'other'), 'vendor/bin/phinx status'], [own, 'kubectl get pods']]) {
      const asKiro = await decide('kiro', cwd!, command!);
      const unmapped = await decide('local', cwd!, command!);
      assert.deepEqual(asKiro.facts, unmapped.facts, `${command} in ${cwd}`);
      assert.ok(!asKiro.facts.findings.some((f) => f.code === 'program_changeable' || f.code === 'script_unseen'), `${command}: ${JSON.stringify(asKiro.facts.findings)}`);
    }
    // A bare name the session's PATH finds in the agent's folder (or could): its own program, as `./kubectl`.
    const onPath = await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command: 'timeout 5 kubectl get pods' }, context: { cwd: own, searchPath: `${own}/bin:/usr/bin:/bin` } });
    assert.ok(onPath.facts.findings.some((f) => f.code === 'program_changeable' && f.message.startsWith(`\`kubectl\` can be changed by the agent's Unix user: this user owns`)), JSON.stringify(onPath.facts.findings));
    assert.ok(onPath.facts.findings.some((f) => f.code === 'script_unseen'));
    // round 12: the same finding, structured for adapters (the hook's PATH advice reads this, not the message)
    assert.ok(onPath.facts.findings.some((f) => f.code === 'program_changeable' && f.program?.name === 'kubectl' && f.program.source === 'file' && f.program.why.startsWith('this user owns')), JSON.stringify(onPath.facts.findings));
    // (round 12: kubectl reads `~/.kube/config`, so a session's home goes with its PATH; root's folder holds none)
    const systemOnly = await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command: 'timeout 5 kubectl get pods' }, context: { cwd: own, searchPath: '/usr/bin:/bin', home: join(root, 'sys') } });
    assert.ok(!systemOnly.facts.findings.some((f) => f.code === 'program_changeable' || f.code === 'script_unseen'), JSON.stringify(systemOnly.facts.findings));
    // r11b: a builtin's name started by a program (`env`, `exec`, `nice`, `xargs`, `timeout`, `find -exec`) is no builtin:
    // execvp finds it on PATH, where the agent may put its own `echo` or `kill` first.
    // The wrapper by its path (or bash's `exec`), the agent's folder first; or the agent's folder last and a builtin no
    // system folder holds (`cd`), started by a wrapper the system's folder holds.
    for (const [command, searchPath] of [
      ['exec echo hi', `${own}/bin:/usr/bin:/bin`], ['/usr/bin/env echo hi', `${own}/bin:/usr/bin:/bin`], ['/usr/bin/nice kill 1', `${own}/bin:/usr/bin:/bin`], ['/usr/bin/timeout 5 true', `${own}/bin:/usr/bin:/bin`],
      ['env cd /tmp', `/usr/bin:/bin:${own}/bin`], ['xargs cd < list', `/usr/bin:/bin:${own}/bin`], ['find . -exec cd {} ;', `/usr/bin:/bin:${own}/bin`], ['exec export A=1', `/usr/bin:/bin:${own}/bin`], ['env command cd /tmp', `/usr/bin:/bin:${own}/bin`],
    ] as const) {
      const r = await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command }, context: { cwd: own, searchPath } });
      assert.ok(r.facts.findings.some((f) => f.code === 'program_changeable' && /^`(echo|kill|true|cd|export)` can be changed by the agent's Unix user: PATH searches/.test(f.message)), `${command}: ${JSON.stringify(r.facts.findings)}`);
    }
    // Benign neighbours: bash runs its builtins itself (also after `command`, `builtin`, `time`), and a session PATH of
    // root's folders finds root's files for a program-started name.
    for (const [command, searchPath] of [['echo hi', `${own}/bin:/usr/bin:/bin`], ['command echo hi', `${own}/bin:/usr/bin:/bin`], ['builtin echo hi', `${own}/bin:/usr/bin:/bin`], ['time echo hi', `${own}/bin:/usr/bin:/bin`], ['cd /tmp', `/usr/bin:/bin:${own}/bin`], ['env echo hi', `/usr/bin:/bin:${own}/bin`], ['/usr/bin/env echo hi', '/usr/bin:/bin'], ['nice kill 1', '/usr/bin:/bin']] as const) {
      const r = await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command }, context: { cwd: own, searchPath } });
      assert.ok(!r.facts.findings.some((f) => f.code === 'program_changeable'), `${command}: ${JSON.stringify(r.facts.findings)}`);
    }
    // r11b: PowerShell on Linux (`pwsh -c`) starts external programs as execvp does: a bare name on the session's PATH,
    // `& ./bin/kubectl` by its path. Both are the agent's own where it can change them (root's pwsh first on PATH).
    const sysBin = join(root, 'sys', 'bin');
    const pw = join(root, 'pw');
    mkdirSync(pw, { mode: 0o755 });
    writeFileSync(join(pw, 'pwsh'), '#!/bin/sh\n', { mode: 0o755 });
    for (const [command, searchPath] of [['pwsh -c "kubectl get pods"', `${pw}:${own}/bin:/usr/bin:/bin`], ['pwsh -c "& ./bin/kubectl get pods"', `${pw}:/usr/bin:/bin`], ['pwsh -Command "& bin/kubectl get pods"', `${pw}:/usr/bin:/bin`], ['pwsh -c "& .\\bin\\kubectl get pods"', `${pw}:/usr/bin:/bin`], [`pwsh -c "& '${join(own, 'bin', 'kubectl')}' get pods"`, `${pw}:/usr/bin:/bin`]] as const) {
      const r = await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command }, context: { cwd: own, searchPath } });
      assert.ok(r.facts.findings.some((f) => f.code === 'program_changeable' && /^`[^`]*kubectl` can be changed by the agent's Unix user: this user owns/.test(f.message)), `${command}: ${JSON.stringify(r.facts.findings)}`);
      assert.ok(r.facts.verbs.includes('exec'), command);
    }
    // Benign neighbour: root's kubectl on a PATH of root's folders, by name and by path, from PowerShell. The path is
    // quoted: unquoted, tree-sitter-powershell reads `/tmp/portcullis-d8p-9ab…` as a division with `-9ab…` (a syntax
    // error, answered unknown), so whether it names the file would hang on the random folder name's first character.
    for (const command of ['pwsh -c "kubectl get pods"', `pwsh -c "& '${join(sysBin, 'kubectl')}' get pods"`]) {
      const r = await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command }, context: { cwd: own, searchPath: `${pw}:${sysBin}:/usr/bin:/bin`, home: join(root, 'sys') } });
      assert.ok(!r.facts.findings.some((f) => f.code === 'program_changeable'), `${command}: ${JSON.stringify(r.facts.findings)}`);
    }
    // Without a Unix user for the agent (a local install), the agent's own file keeps its name: nothing is known.
    const local = await decide('local', own, 'bin/kubectl get pods');
    assert.ok(!local.facts.findings.some((f) => f.code === 'program_changeable'));
  });
});
