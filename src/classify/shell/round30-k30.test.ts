import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { REBUILDABLE_FILE } from '../paths.ts';
import { regeneratedFolders } from './regenerated.ts';

// Round 30 (branch k30): a developer's session in a repository of any ecosystem, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

type Ctx = { cwd: string; home: string };
const REPO: Ctx = { cwd: '/home/dev/src/shop', home: '/home/dev' };
function sh(command: string, ctx: Ctx = REPO): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}
const benign = (command: string, ctx?: Ctx): void => assert.equal(sh(command, ctx).destructive, false, command);
const destructive = (command: string, ctx?: Ctx): void => assert.equal(sh(command, ctx).destructive, true, command);

test('rebuildable tables: Helm tmpcharts, jsbundling output, Vite Ruby, Hugo resources, Unreal crash reports; their parents stay', () => {
  for (const c of ['rm -rf charts/api/tmpcharts', 'rm -rf app/assets/builds', 'rm -rf public/vite', 'rm -rf public/vite-test', 'rm -rf resources/_gen', 'rm -rf Saved/Crashes']) benign(c);
  for (const c of ['rm -rf charts/api', 'rm -rf app/assets', 'rm -rf public', 'rm -rf public/vitest', 'rm -rf resources', 'rm -rf Saved']) destructive(c);
});

test('source maps and the Erlang crash dump are rebuildable files; other .map and .dump files are not', () => {
  for (const f of ['app.js.map', 'bundle.mjs.map', 'site.css.map', 'index.d.ts.map', 'erl_crash.dump']) assert.ok(REBUILDABLE_FILE.test(f), f);
  for (const f of ['level1.map', 'world.map', 'db.dump', 'erl_crash.dump.gz', 'js.map.json']) assert.ok(!REBUILDABLE_FILE.test(f), f);
});

test('home caches of sbt, Hex, Dart, Kotlin/Native, node-gyp and Julia; the tools\' whole folders and settings stay', () => {
  for (const c of ['rm -rf ~/.sbt/boot', 'rm -rf ~/.hex/packages', 'rm -rf ~/.dartServer', 'rm -rf ~/.konan/dependencies', 'rm -rf ~/.konan/cache', 'rm -rf ~/.node-gyp', 'rm -rf ~/.julia/compiled/v1.10']) benign(c);
  for (const c of ['rm -rf ~/.sbt', 'rm -rf ~/.hex', 'rm -f ~/.hex/hex.config', 'rm -rf ~/.konan', 'rm -rf ~/.julia', 'rm -rf ~/.julia/environments']) destructive(c);
});

test('Rails precompile writes public/assets again, through rails, rake, a binstub or bundle exec', () => {
  for (const argv of [['bin/rails', 'assets:precompile'], ['./bin/rails', 'assets:precompile'], ['rake', 'assets:precompile'], ['bundle', 'exec', 'rails', 'assets:precompile']]) assert.deepEqual(regeneratedFolders(argv), ['public/assets'], argv.join(' '));
  for (const argv of [['bin/rails', 'assets:clobber'], ['rails', 'db:migrate'], ['scripts/rails', 'assets:precompile'], ['bundle', 'rails', 'assets:precompile']]) assert.deepEqual(regeneratedFolders(argv), [], argv.join(' '));
});

test('a pipeline step run by an interpreter writes the folder its output option names; kept data and other programs do not', () => {
  const again = (argv: string[]): string[] => regeneratedFolders(argv);
  assert.deepEqual(again(['python', '-m', 'pipeline.features', '--out', 'data/processed']), ['data/processed']);
  assert.deepEqual(again(['python3', 'scripts/plots.py', '--output-dir=reports/figures/']), ['reports/figures']);
  assert.deepEqual(again(['uv', 'run', 'python', '-m', 'src.features', '--out_dir', 'data/features']), ['data/features']);
  assert.deepEqual(again(['Rscript', 'R/build.R', '--output', 'out/tables']), ['out/tables']);
  for (const argv of [
    ['python', '-m', 'pipeline.build', '--out', 'data'],
    ['python', '-m', 'pipeline.fetch', '--out', 'data/raw'],
    ['python', '-m', 'pipeline.fetch', '--out', './datasets/external'],
    ['python', '/tmp/build.py', '--out', 'data/processed'],
    ['python', '-c', 'print(1)', '--out', 'data/processed'],
    ['curl', '--output', 'data/processed', 'https://example.com/x'],
    ['python', '-m', 'gen', '--out', '../shared/data'],
    ['python', '-m', 'gen', '--out', 'src'],
  ]) assert.deepEqual(again(argv), [], argv.join(' '));
});

test('a glob through .. reads its fixed part; a .. after the wildcard is not read', () => {
  benign('rm -rf ../*/node_modules');
  benign('rm -rf ../../*/target', { cwd: '/home/dev/src/shop/api', home: '/home/dev' });
  destructive('rm -rf ../*/src');
  destructive('rm -rf ../*/../x/node_modules');
  destructive('rm -rf ../*/*');
});

test('owner-only modes through a folder of the home; the home itself, system folders and globs stay', () => {
  for (const c of ['chmod -R 700 ~/.ssh', 'chmod -R 0700 ~/.gnupg', 'chmod -R go= ~/.ssh', 'chmod -R u=rwx,go= ~/.aws']) benign(c);
  for (const c of ['chmod -R 700 ~', 'chmod -R 700 /tmp', 'chmod -R 700 /var/lib/postgresql', 'chmod -R 755 ~/.ssh', 'chmod -R 600 ~/.ssh/*', 'chmod -R 700 ~/../other']) destructive(c);
});

test("Homebrew's prefix given back to the session's user; other owners and /usr/local stay", () => {
  const mac: Ctx = { cwd: '/Users/maya/code/web', home: '/Users/maya' };
  for (const c of ['sudo chown -R $(whoami) /opt/homebrew', 'sudo chown -R maya /opt/homebrew/Cellar', 'sudo chown -R $USER /usr/local/Homebrew']) benign(c, mac);
  for (const c of ['sudo chown -R $(whoami) /usr/local', 'sudo chown -R $(whoami) /opt', 'sudo chown -R $(whoami) /opt/homebrew/../../etc', 'sudo chown -R alice /opt/homebrew']) destructive(c, mac);
});

test('mktemp with -t or --tmpdir and an XXX template is a fresh temporary path', () => {
  for (const c of ['W=$(mktemp -d -t shop.XXXXXX); rm -rf "$W"', 'W=$(mktemp -dt ci-XXXX); rm -rf "$W"', 'W=$(mktemp --tmpdir -d b.XXX); rm -rf "$W"', 'W=$(mktemp -t -d x.XXX); rm -rf "$W"']) benign(c);
  for (const c of ['W=$(mktemp -d -t shop); rm -rf "$W"/*', 'W=$(mktemp -d -p "$OUT" x.XXX); rm -rf "$W"', 'W=$(mktemp -d -t a/b.XXX); rm -rf "$W"', 'W=$(mktemp --tmpdir=/srv -d x.XXX); rm -rf "$W"']) destructive(c);
});

test('what mv moved is judged where it came from when deleted later', () => {
  destructive('mv data/raw data/raw_old && rm -rf data/raw_old');
  destructive('mv data/raw/sales.csv archive/ && rm -f archive/sales.csv');
  benign('mv dist dist_old && rm -rf dist_old');
  benign('cp data/raw/sales.csv /tmp/s.csv && rm /tmp/s.csv');
  benign('mv data/raw/a.csv /tmp/a.csv && echo x > /tmp/a.csv && rm /tmp/a.csv');
});

test('cp or mv onto a named file of the data folders replaces it; a folder target, a made folder, -n and a backup first do not', () => {
  for (const c of ['cp new.csv data/raw/sales.csv', 'mv -f /tmp/t.parquet datasets/train.parquet', 'cp x.json "data/labels/a.json"']) destructive(c);
  for (const c of ['cp new.csv data/raw/', 'cp -n new.csv data/raw/sales.csv', 'mkdir -p data/raw/x && cp new.csv data/raw/x/sales.csv', 'cp data/raw/sales.csv data/raw/sales.bak.csv && cp new.csv data/raw/sales.csv', 'cp new.csv docs/sales.csv', 'cp -r /tmp/run data/raw/run']) benign(c);
});

test('Phoenix ecto.reset drops the database; in the test environment it is the test database', () => {
  // The lead's answer 336.2 (round 32): with MIX_ENV unset, mix runs in dev: the repository's own dev database.
  benign('mix ecto.reset');
  destructive('MIX_ENV=prod mix ecto.reset');
  benign('MIX_ENV=test mix ecto.reset');
});

test("`$(git rev-parse --git-dir)` is the workspace's git folder: a stale lock there is git's to remove, the rest stays", () => {
  benign('rm -f "$(git rev-parse --git-dir)/index.lock"');
  benign('rm -f "$(git rev-parse --absolute-git-dir)/refs/heads/main.lock"');
  destructive('rm -rf "$(git rev-parse --git-dir)/rebase-merge"');
  destructive('rm -rf "$(git rev-parse --git-common-dir)"');
  destructive('rm -rf "$(git rev-parse --git-dir)"/../*');
});

test("other projects in the IDEs' project folders: their build output and caches, also by two-segment names", () => {
  for (const c of ['rm -rf ~/IdeaProjects/billing/build', 'rm -rf ~/PycharmProjects/etl/.venv', 'rm -rf ~/Projects/site/node_modules', 'rm -rf ~/code/shop/vendor/bundle', 'rm -rf ~/repos/app/public/packs']) benign(c);
  for (const c of ['rm -rf ~/IdeaProjects/billing', 'rm -rf ~/Projects/site/src', 'rm -rf ~/code/shop/vendor', 'rm -rf ~/Projects', 'rm -rf ~/Documents/vendor/bundle']) destructive(c);
});

test('more home caches: Stack, cabal, tflint plugins, NLTK and scikit-learn data; whole tool folders stay', () => {
  for (const c of ['rm -rf ~/.stack/programs', 'rm -rf ~/.stack/pantry', 'rm -rf ~/.cabal/packages', 'rm -rf ~/.tflint.d/plugins', 'rm -rf ~/nltk_data', 'rm -rf ~/scikit_learn_data', 'rm -rf ~/.electron-gyp', 'rm -rf ~/.espressif/dist']) benign(c);
  for (const c of ['rm -rf ~/.stack', 'rm -rf ~/.cabal', 'rm -rf ~/.cabal/config', 'rm -rf ~/.tflint.d', 'rm -rf ~/tensorflow_datasets', 'rm -rf ~/.espressif']) destructive(c);
});

test('build tools write their output folder again: by option, through a package runner, or by their fixed layout', () => {
  const again = (argv: string[]): string[] => regeneratedFolders(argv);
  assert.deepEqual(again(['npx', 'babel', 'src', '--out-dir', 'lib']), ['lib']);
  assert.deepEqual(again(['pnpm', 'exec', 'babel', 'src', '-d', 'lib']), ['lib']);
  assert.deepEqual(again(['yarn', 'typedoc', '--out', 'api-reference']), ['api-reference']);
  assert.deepEqual(again(['esbuild', 'src/app.ts', '--bundle', '--outdir=public/js']), ['public/js']);
  assert.deepEqual(again(['vite', 'build', '--outDir', 'web-build']), ['web-build']);
  assert.deepEqual(again(['pip', 'wheel', '-w', 'wheelhouse', '-r', 'requirements.txt']), ['wheelhouse']);
  assert.deepEqual(again(['carthage', 'bootstrap']), ['Carthage']);
  assert.deepEqual(again(['npx', 'hardhat', 'compile']), ['artifacts', 'cache', 'typechain-types']);
  assert.deepEqual(again(['forge', 'build']), ['out', 'cache']);
  for (const argv of [
    ['npx', 'babel', 'lib', '-d', 'src'],
    ['vite', '--outDir', 'web-build'],
    ['vite', 'build', '--outDir', '../elsewhere'],
    ['npx', 'hardhat', 'node'],
    ['carthage', 'outdated'],
    ['pip', 'install', '-w', 'wheelhouse'],
    ['mkdocs', 'build', '-d', 'docs'],
    ['npx', 'babel', 'src', '-d', 'lib', '--help'],
  ]) assert.deepEqual(again(argv), [], argv.join(' '));
});

test("dbt's SQL folders hold source: one model deleted is answer 81's tracked file; folders, dumps and backups stay", () => {
  const dbt: Ctx = { cwd: '/home/dev/src/analytics', home: '/home/dev' };
  for (const c of ['rm models/marts/fct_orders.sql', 'rm macros/cents_to_dollars.sql', 'rm tests/assert_positive_total.sql', 'rm analyses/churn.sql']) benign(c, dbt);
  for (const c of ['rm -rf models', 'rm models/dump_2026.sql', 'rm backups/models/fct_orders.sql', 'rm orders.sql']) destructive(c, dbt);
});

test('volumes named for installed dependencies or a cache are disposable; any other volume beside them is not', () => {
  for (const c of ['docker volume rm shop_node_modules', 'docker volume rm shop_bundle_cache web_node_modules', 'podman volume rm ci-cache', 'docker volume rm -f gradle-cache']) benign(c);
  for (const c of ['docker volume rm shop_pgdata shop_node_modules', 'docker volume rm shop_cache_data', 'docker volume rm node_modules_backup', 'docker volume rm cachet']) destructive(c);
});

test('a for loop over `$(ls DIR)` holds each name in DIR, read as `*` there; other ls options and operands stay unseen', () => {
  for (const c of ['for p in $(ls packages); do rm -rf packages/$p/dist; done', 'for p in $(ls -1 apps); do rm -rf "apps/$p/.next"; done']) benign(c);
  for (const c of ['for p in $(ls packages); do rm -rf "packages/$p"; done', 'for f in $(ls); do rm -rf "$f"; done', 'for f in $(ls -A); do rm -rf "$f"; done', 'for f in $(ls -R src); do rm -f "src/$f"; done', 'for p in $(ls a b); do rm -rf "$p/dist"; done']) destructive(c);
});

test("answer 197 for snapshot files: find's `*.snap` sweep of the workspace before the update in the same && list", () => {
  const web: Ctx = { cwd: '/home/dev/src/web', home: '/home/dev' };
  for (const c of ["find src -name '*.snap' -delete && npx jest -u", "find src test -name '*.snap' -delete && pnpm exec jest --updateSnapshot", "find . -name '*.snap' -type f -delete && npx vitest run -u"]) benign(c, web);
  for (const c of ["find src -name '*.snap' -delete && npx jest", "find src -name '*.snap' -delete; npx jest -u", "npx jest -u && find src -name '*.snap' -delete", "find src -name '*.snap' -o -name '*.ts' -delete && npx jest -u", "find ~ -name '*.snap' -delete && npx jest -u", "find src -name '*.snap*' -delete && npx jest -u"]) destructive(c, web);
  destructive("find . -name '*.snap' -delete && npx jest -u", { cwd: '/home/dev', home: '/home/dev' });
});

test('help commands that name an ORM task print help', () => {
  for (const c of ['mix help ecto.reset', 'mix help ecto.drop', 'php artisan help migrate:fresh']) benign(c);
  // `mix ecto.drop` alone is the dev database's since answer 346.3 (round 33): the help word is tried on prod's.
  for (const c of ['MIX_ENV=prod mix ecto.drop help', 'php artisan migrate:fresh --seed']) destructive(c);
});
