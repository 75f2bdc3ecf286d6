import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 31 (branch u31): what coding agents emit in a repository session, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const REPO = { cwd: '/home/dev/app', home: '/home/dev' };
function sh(command: string): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, REPO, EMPTY_INVENTORY);
}
const benign = (command: string): void => assert.equal(sh(command).destructive, false, command);
const destructive = (command: string): void => assert.equal(sh(command).destructive, true, command);
const unknown = (command: string): void => assert.equal(sh(command).confidence, 'opaque', command);

test('a default that names variables is expanded with them; an unknown one leaves the path dynamic', () => {
  benign('rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/acme-cli"');
  benign('rm -rf "${YARN_CACHE_FOLDER:-${HOME}/.cache/yarn}"');
  destructive('rm -rf "${XDG_CONFIG_HOME:-$HOME/.config}/gh"');
  destructive('rm -rf "${XDG_DATA_HOME:-$HOME}"');
  destructive('rm -rf "${OUT:-$NOT_SET_HERE}/x"');
  destructive('rm -rf "${OUT:-$(pwd)}/x"');
});

test('suffix and prefix removal of a known value, shortest and longest', () => {
  benign('f=src/gen/api.ts; rm -f "${f%.ts}.js" "${f%.ts}.d.ts"');
  benign('f=dist/a/b.js; rm -rf "${f%/*}"');
  destructive('f=src/gen/api.ts; rm -rf "${f%%/*}"');
  destructive('p=/home/dev/app/src; rm -rf "/home/dev/app/${p##*/}"');
  benign('p=/home/dev/app/dist; rm -rf "/home/dev/app/${p##*/}"');
  destructive('rm -rf "${UNSET%/}"');
  destructive('f=src/x.ts; rm -rf "${f%[.]ts}"');
});

test('ls -d of a glob and find -name listings stand for their pattern; other listings stay dynamic', () => {
  benign('rm -rf $(ls -d build/run-* | head -n -3)');
  benign('rm -rf $(find . -name node_modules -type d -prune)');
  benign("rm -rf $(find . -name '*.pyc')");
  destructive('rm -rf $(ls -d src/*)');
  destructive('rm -rf $(ls build/run-*)');
  destructive('rm -rf $(find . -name src -type d)');
  destructive('rm -rf $(find . -name dist -o -name src)');
  destructive('rm -rf $(find ../.. -name dist)');
  destructive('rm -rf $(ls -d ../*)');
});

test('a date stamp below a temporary folder keeps the path there; elsewhere or another command stays dynamic', () => {
  benign('rm -rf "/tmp/x-$(date +%s)"');
  benign('rm -rf "${TMPDIR:-/tmp}/bench-$(date -u +%Y%m%d-%H%M%S)"');
  destructive('rm -rf "$HOME/backup-$(date +%F)"');
  destructive('rm -rf "/tmp/$(cat /tmp/last)"');
  destructive('rm -rf "/tmp/x-$(date +%s/../..)"');
});

test('task runners: a task named production or a data task told production is unknown; builds and deploys are not', () => {
  for (const c of ['pnpm run deploy:production', 'make teardown-prod', 'just seed prod', 'npm run seed -- --env=production', 'make db-wipe ENV=prod', 'task cache:purge ENV=production', 'make db-reset ENV=staging' /* 376.2 (round 37) */]) unknown(c);
  for (const c of ['npm run build:prod', 'pnpm run start:production', 'npm run build -- --mode production', 'make deploy ENV=production', 'npm run seed -- --env=development', 'yarn lint:prod', 'npm run deploy']) {
    const f = sh(c);
    assert.ok(!f.destructive && f.confidence !== 'opaque', c);
  }
});
