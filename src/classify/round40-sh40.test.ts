/**
 * Round 40 (sh40): the shell's false positives by class. Names below a temporary folder that hold the login's own name or
 * the shell's numbers (words.ts `loginValueInTemporary`), and the date-stamp reading's `..` closed (`dateStampInTemporary`);
 * date stamps and run numbers inside a URL path's segment (`numberInUrlPath`); the local development environments' own
 * lifecycle (localdev-catalogue.ts: DDEV, Lando, Sail, Warden, Dev Containers; cms-commands.ts: `ddev mysql`, `lando
 * psql`); Spotlight's `mdfind` and `codesign`. fix40-sh40.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const shell = (input: string): string => answer('command', input).decision;

test('the login name and the shell numbers below a temporary folder keep the path there; a name alone, .. and other folders stay unread', () => {
  for (const c of ['rm -rf /tmp/pytest-of-$USER', 'rm -rf /tmp/pytest-of-${LOGNAME}', 'rm -rf /tmp/x-$(whoami)', 'rm -rf /tmp/x-$(id -un)', 'rm -rf /tmp/build-$(id -u)', 'rm -rf "$TMPDIR/jest_$UID"', 'rm -rf /tmp/run-$RANDOM', 'rm -rf /tmp/$EUID', 'rm -rf /var/tmp/bazel_$(whoami)']) assert.equal(shell(c), 'benign', c);
  // A name that is the whole segment could be `..` where the account database allows it; a variable the line sets is its
  // value; an unknown variable, another folder, and a `..` after the name.
  for (const c of ['rm -rf /tmp/$USER', 'rm -rf /tmp/$(whoami)', 'rm -rf /tmp/x-$OWNER', 'rm -rf /home/$USER', 'rm -rf ~/x-$USER', 'rm -rf /srv/builds-$(id -u)', 'rm -rf /tmp/cache-$USER/../../srv/app', 'USER=x/../../../srv; rm -rf /tmp/x-$USER']) assert.notEqual(shell(c), 'benign', c);
});

test('a date format that prints .. is no stamp: the path is not fixed (it was read as a number below /tmp)', () => {
  for (const c of ['rm -rf /tmp/$(date +..)/home/dev', 'rm -rf "/tmp/$(date +..)/srv/data"', 'rm -rf /tmp/.$(date +.)/home/dev', 'rm -rf /tmp/$(date +.).//home/dev', 'rm -rf /tmp/x-$(date +%s..)/../home/dev']) assert.notEqual(shell(c), 'benign', c);
  for (const c of ['rm -rf /tmp/out-$(date +%Y.%m.%d)', 'rm -f /tmp/out-$(date +%s).log', 'mv dist /tmp/dist-$(date +%F-%H%M%S)']) assert.equal(shell(c), 'benign', c);
});

test('a date stamp or a run number inside a URL path segment: the name is judged with a number in it', () => {
  for (const c of ['curl -s -XDELETE "http://localhost:9200/tmp-bench-$(date +%s)"', 'curl -s -X DELETE "http://localhost:9200/ci-e2e-$GITHUB_RUN_ID-products"', 'curl -s "http://localhost:9200/logs-$(date +%F)/_count"']) assert.equal(shell(c), 'benign', c);
  // A name that is not scratch, `%D` (slashes), `..`, a variable of the team's own, and a number at the host.
  for (const c of ['curl -s -X DELETE "http://localhost:9200/logs-$(date +%F)"', 'curl -s -X DELETE "http://localhost:9200/tmp-bench-$(date +%D)"', 'curl -s -X DELETE "http://localhost:9200/tmp-$(date +..)/../orders"', 'curl -s -X DELETE "http://localhost:9200/tmp-$TEAM_SUFFIX"', 'curl -s -X DELETE "http://es-$RANDOM.acme.io:9200/orders"']) assert.notEqual(shell(c), 'benign', c);
});

test('DDEV, Lando, Sail, Warden: stops and removals that keep the data are writes; volumes, snapshots and the database without a snapshot are lost', () => {
  for (const c of ['ddev stop', 'ddev stop --all', 'ddev poweroff', 'ddev delete -y', 'ddev snapshot', 'ddev snapshot --list', 'ddev snapshot restore --latest', 'ddev clean --all --dry-run', 'ddev exec ls -la', "ddev mysql -e 'SELECT 1'", 'lando stop', 'lando poweroff', 'lando rebuild -y', "lando ssh -c 'php -v'", 'sail down', './vendor/bin/sail stop', 'warden env down', 'warden env stop', 'devcontainer up --workspace-folder . --remove-existing-container']) assert.equal(shell(c), 'benign', c);
  for (const c of ['ddev delete -Oy', 'ddev delete -yO', 'ddev delete --omit-snapshot --yes', 'ddev stop -R', 'ddev stop --remove-data', 'ddev snapshot --cleanup -y', 'ddev snapshot -C', 'ddev clean --all', 'lando destroy -y', 'sail down -v', './vendor/bin/sail down --volumes', 'sail rm -fv', 'warden env down -v', 'warden svc down --volumes', 'ddev exec rm -rf web/sites/default/files', "lando ssh -c 'rm -rf wp-content/uploads'", "ddev mysql -e 'DROP DATABASE db'", "lando psql -c 'DROP TABLE orders'", 'devcontainer exec --workspace-folder . rm -rf ~/']) assert.notEqual(shell(c), 'benign', c);
  // Interactive sessions stay unread (fail closed), as an interactive SQL client's is everywhere.
  for (const c of ['sail mysql', 'sail shell', 'lando ssh', 'ddev mysql']) assert.equal(shell(c), 'unknown', c);
});

test('mdfind reads; codesign shows and checks, or signs (a write); what follows them is judged as itself', () => {
  for (const c of ['mdfind -onlyin ~/code -name package.json', 'codesign -dv --verbose=4 /Applications/Docker.app', 'codesign --verify --deep --strict build/App.app', 'codesign --force --deep -s - build/App.app']) assert.equal(shell(c), 'benign', c);
  for (const c of ["mdfind -onlyin ~/Documents -name '.pdf' | xargs rm -f", 'codesign -dv /Applications/Docker.app && sudo rm -rf /Applications/Docker.app']) assert.equal(shell(c), 'destructive', c);
});
