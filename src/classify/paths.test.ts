import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { classifyPath, hiddenToolCache, homeFolderOf, isAptSourceDropIn, isControlPlane, isDisposableDatabaseFile, isHomeConfigFile, normalizePath, resolvePath } from './paths.ts';
import { createClassifier } from './index.ts';

const scope = { cwd: '/home/dev/app', home: '/home/dev' };

test('resolves ~, relative and .. lexically', () => {
  assert.equal(resolvePath('~', scope), '/home/dev');
  assert.equal(resolvePath('~/x/../y', scope), '/home/dev/y');
  assert.equal(resolvePath('../../..', scope), '/');
  assert.equal(resolvePath('src', { cwd: undefined, home: undefined }), null);
  assert.equal(normalizePath('/a//b/./c/..'), '/a/b');
});

test('severity of losing a path', () => {
  const cls = (p: string) => classifyPath(p, scope, EMPTY_INVENTORY);
  assert.equal(cls('/'), 'critical');
  assert.equal(cls('/etc/nginx'), 'critical');
  assert.equal(cls('/home/dev'), 'critical');
  assert.equal(cls('/home/dev/app'), 'critical');
  assert.equal(cls('/home/dev/app/.git'), 'critical');
  assert.equal(cls('/home/dev/.ssh'), 'critical');
  assert.equal(cls('/home/dev/app/node_modules'), 'rebuildable');
  assert.equal(cls('/home/dev/app/packages/web/dist'), 'rebuildable');
  assert.equal(cls('/home/dev/app/src'), 'workspace');
  assert.equal(cls('/tmp/x'), 'temporary');
  assert.equal(cls('/home/dev/other-repo'), 'outside');
  assert.equal(cls('/home/dev/app/portcullis.yaml'), 'control_plane');
});

test('control plane: configured paths and Portcullis/hook files', () => {
  const inv = { ...EMPTY_INVENTORY, controlPlanePaths: ['/srv/gate/**', '/srv/gate'] };
  assert.ok(isControlPlane('/srv/gate/policies/a.cedar', inv));
  assert.ok(isControlPlane('/home/dev/app/.claude/settings.json', EMPTY_INVENTORY));
  assert.ok(!isControlPlane('/home/dev/app/src/index.ts', EMPTY_INVENTORY));
});

test('D8 the quick refusal of names keeps every answer: patterns, configured paths and globs, frozen or not', async () => {
  const { deepFreeze } = await import('../core/index.ts');
  const { isControlPlaneSecret, namesControlPlane } = await import('./paths.ts');
  const lists = { controlPlanePaths: ['/srv/gate/gate.conf', '/srv/gate/policies', '/opt/*/hooks.d/**'], controlPlaneSecrets: ['/srv/gate/signer.pem'] };
  const frozen = deepFreeze({ ...EMPTY_INVENTORY, ...lists });
  const open = { ...EMPTY_INVENTORY, controlPlanePaths: [...lists.controlPlanePaths], controlPlaneSecrets: [...lists.controlPlaneSecrets] };
  const cases: Array<[string, boolean, boolean]> = [
    ['/srv/gate/gate.conf', true, false],
    ['/srv/gate/policies/a.txt', true, false],
    ['/opt/x/hooks.d/pre', true, false],
    ['/srv/gate/signer.pem', true, true],
    ['/home/dev/app/portcullis.yaml', true, false],
    ['/home/dev/app/.portcullis/ci.token', true, true],
    ['/home/dev/app/rules.cedar', true, false],
    ['/home/dev/app/get', false, false],
    ['/srv/gate/gate.conf.bak', false, false],
    ['/opt/x/hooks.dx', false, false],
  ];
  for (const inv of [frozen, open]) {
    for (const [path, names, secret] of cases) {
      assert.equal(namesControlPlane(path, inv), names, path);
      assert.equal(isControlPlaneSecret(path, inv), secret, path);
    }
  }
  // A list changed in place (not frozen) is judged as it is now, never by an earlier answer.
  assert.equal(namesControlPlane('/data/new.db', open), false);
  open.controlPlanePaths.push('/data/new.db');
  assert.equal(namesControlPlane('/data/new.db', open), true);
});

test('a dotfile directly in a home folder is a start-up file, whoever the home belongs to', () => {
  assert.equal(homeFolderOf('/home/dev/app'), '/home/dev');
  assert.equal(homeFolderOf('/Users/ana/src/shop'), '/Users/ana');
  assert.equal(homeFolderOf('/root'), '/root');
  assert.equal(homeFolderOf('C:\\Users\\dev\\src'), 'C:\\Users\\dev');
  assert.equal(homeFolderOf('/srv/app'), undefined);
  assert.equal(isHomeConfigFile('/home/deploy/.bash_profile', '/home/dev'), true);
  assert.equal(isHomeConfigFile('/home/dev/.bashrc', undefined), true);
  assert.equal(isHomeConfigFile('/home/dev/app/.eslintrc', undefined), false);
  assert.equal(isHomeConfigFile('/home/dev/.cache', '/home/dev'), false);
});

test('with no home in the context, the home is the one the working directory lies in', async () => {
  const classifier = await createClassifier();
  const decide = (command: string, ctx: { cwd?: string; home?: string }) => classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY).destructive;
  assert.equal(decide("printf 'export X=1\\n' > ~/.profile", { cwd: '/home/ci/build' }), true);
  assert.equal(decide('rm -rf ~/', { cwd: '/Users/ana/src/shop' }), true);
  assert.equal(decide("printf 'export X=1\\n' >> ~/.profile", { cwd: '/home/ci/build' }), false);
  const write = (path: string, ctx: { cwd?: string }) => classifier.classify({ kind: 'file_write', path, operation: 'write', content: 'x' }, ctx, EMPTY_INVENTORY).destructive;
  assert.equal(write('/Users/ana/.zprofile', { cwd: '/Users/ana/src/shop' }), true);
  assert.equal(write('/home/dev/.bashrc', {}), true);
  assert.equal(write('/Users/ana/src/shop/README.md', { cwd: '/Users/ana/src/shop' }), false);
});

test('database files named for tests, CI or scratch (namesDisposable on the name before the suffix)', () => {
  for (const p of ['/home/dev/app/test.db', 'db/billing_test.sqlite3', 'ci.db-wal', 'scratch.duckdb', 'tmp/app.test.sqlite-journal']) assert.ok(isDisposableDatabaseFile(p), p);
  for (const p of ['/home/dev/app/app.db', 'db/production.sqlite3', 'latest.db', 'test.sql', 'test/app.db']) assert.ok(!isDisposableDatabaseFile(p), p);
});

test('CI runners\' per-job temporary folders are temporary; Jenkins job workspaces too (answer 169); the runner\'s workspaces, the Jenkins workspace folder and jobs stay critical (round 16)', () => {
  const cls = (p: string) => classifyPath(p, scope, EMPTY_INVENTORY);
  assert.equal(cls('/opt/actions-runner/_work/_temp'), 'temporary');
  assert.equal(cls('/opt/actions-runner/_work/_temp/abc.sh'), 'temporary');
  assert.equal(cls('/home/runner/work/_temp'), 'temporary');
  assert.equal(cls('/var/lib/jenkins/workspace/shop@tmp'), 'temporary');
  assert.equal(cls('/var/lib/jenkins/workspace/shop'), 'temporary');
  assert.equal(cls('/var/lib/jenkins/workspace'), 'critical');
  assert.equal(cls('/var/lib/jenkins/jobs/shop'), 'critical');
  assert.equal(cls('/opt/actions-runner/_work/shop'), 'critical');
});

test('one named apt source is a drop-in; the folder, a glob and the main list are not (round 16)', () => {
  assert.ok(isAptSourceDropIn('/etc/apt/sources.list.d/nodesource.list'));
  assert.ok(isAptSourceDropIn('/etc/apt/sources.list.d/docker.sources'));
  assert.ok(!isAptSourceDropIn('/etc/apt/sources.list.d'));
  assert.ok(!isAptSourceDropIn('/etc/apt/sources.list'));
  assert.ok(!isAptSourceDropIn('/etc/apt/sources.list.d/../trusted.gpg'));
  assert.ok(!isAptSourceDropIn('/etc/apt/sources.list.d/x.gpg'));
});

test('a tool\'s named cache in a hidden folder; not source, credentials, dotenv files or a tool\'s whole home (round 25)', () => {
  assert.ok(hiddenToolCache(['.buildx-cache']));
  assert.ok(hiddenToolCache(['apps', 'web', '.jest-cache']));
  assert.ok(hiddenToolCache(['.composer', 'cache', 'files'], 1));
  assert.ok(hiddenToolCache(['.config', 'composer', 'cache'], 1));
  assert.ok(!hiddenToolCache(['cache']));
  assert.ok(!hiddenToolCache(['.github', 'actions', 'cache']));
  assert.ok(!hiddenToolCache(['.ssh', 'cache'], 1));
  assert.ok(!hiddenToolCache(['.env.cache']));
  assert.ok(!hiddenToolCache(['.cache', '..', 'src']));
  assert.ok(!hiddenToolCache(['.pub-cache', 'bin'], 1));
  assert.ok(!hiddenToolCache(['.config', 'nvim', 'lua', 'cache'], 1));
});

test('a session started in the home folder leaves the home\'s caches caches (round 25)', () => {
  const home = { cwd: '/Users/maria', home: '/Users/maria' };
  const cls = (p: string) => classifyPath(p, home, EMPTY_INVENTORY);
  assert.equal(cls('/Users/maria/Library/Application Support/Code/Cache'), 'rebuildable');
  assert.equal(cls('/Users/maria/Library/Caches/pip'), 'rebuildable');
  assert.equal(cls('/Users/maria/.npm/_cacache'), 'rebuildable');
  assert.equal(cls('/Users/maria/Library/Application Support/Code/User'), 'workspace');
  assert.equal(cls('/Users/maria/Documents/Cache'), 'critical');
});
