import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isHeldOut } from './helpers/classify-corpus.ts';
import { checkLabelsFile } from './helpers/labels-file.ts';
import { ADMIN_AND_DEV, exampleId, extractExamples, fillChoiceWord, fillPlaceholders, GAMES_AND_GUIS, inSample, NOT_SHELL, SAMPLE_THRESHOLD } from '../scripts/cheatsheets.ts';

/**
 * The cheat/cheatsheets importer's pure part, on a sheet written for this test (test/fixtures/cheatsheets/frob), and
 * the labels file's shape. The snapshot itself is not fetched in CI: the suite's figures are read by hand
 * (`npm run classify:report -- --suite cheatsheets`, docs/classifier-evaluation.md).
 */

test('every command line of a sheet is an example with the description above it; continuations, loops and quotes spanning lines join, a blank line ends one', () => {
  const examples = extractExamples(readFileSync('test/fixtures/cheatsheets/frob', 'utf8'));
  const intro = 'A sheet written for this test, in the cheat/cheatsheets layout. To frobnicate one widget';
  const options = 'To frobnicate with options, recursing or not';
  const listings = 'To read a widget from a file and compare two listings';
  assert.deepEqual(examples, [
    { n: 1, description: intro, command: 'frob widget_file', line: 7 },
    { n: 2, description: options, command: 'frob --recursive file', line: 10 },
    { n: 3, description: options, command: 'frob --speed fast start', line: 11 },
    { n: 4, description: 'To frobnicate a long list, over several lines', command: 'frob --one \\\n--two file', line: 14 },
    { n: 5, description: 'To frobnicate every widget in a loop (the if in this comment opens nothing)', command: 'for w in *.widget; do\nfrob "$w"\ndone', line: 18 },
    { n: 6, description: listings, command: 'frob < ~/widgets.txt 2>&1', line: 23 },
    { n: 7, description: listings, command: 'diff <(frob -l a) <(frob -l b)', line: 24 },
    { n: 8, description: listings, command: '[ -f x ] && frob x', line: 25 },
    { n: 9, description: listings, command: 'Prose between commands is taken as an example, and labelled `out`.', line: 27 },
    { n: 10, description: 'To quote over two lines', command: "frob --filter 'if x\nthen y fi'", line: 30 },
  ]);
});

test('placeholders: <name> one word, a choice its first value (an option choice its long form), [options] dropped, shell syntax kept', () => {
  assert.equal(fillPlaceholders('rm -rf <dir>'), 'rm -rf dir');
  assert.equal(fillPlaceholders('docker build -t <image tag name> <path>'), 'docker build -t image_tag_name path');
  assert.equal(fillPlaceholders('nc -x<proxy-host>:<port> host'), 'nc -xproxy-host:port host');
  assert.equal(fillPlaceholders('aria2c -i </path/to/file>'), 'aria2c -i /path/to/file');
  // Round 29 (t29): a path placeholder that starts with a variable (`<$HOME/.local/bin>`), as one that starts with `/` or `~`.
  assert.equal(fillPlaceholders('distrobox-export --export-path <$HOME/.local/bin>'), 'distrobox-export --export-path $HOME/.local/bin');
  assert.equal(fillPlaceholders('systemctl <start | stop> foo.service'), 'systemctl start foo.service');
  assert.equal(fillPlaceholders('ip link set dev wlan0 {up|down}'), 'ip link set dev wlan0 up');
  assert.equal(fillPlaceholders('ls [options] [-a] <dir> ...'), 'ls -a dir');
  assert.equal(fillPlaceholders('pass insert [-m|--multiline] <path>'), 'pass insert --multiline path');
  assert.equal(fillPlaceholders('nmcli radio wifi on|off'), 'nmcli radio wifi on');
  // Shell, not placeholders: redirections, process substitution, tests, globs, brace expansion, variables.
  for (const shell of ['mysql -u root < ~/dump.sql', 'sort <in.txt >out.txt', 'cmd > out.txt 2>&1', 'diff <(ls a) <(ls b)', 'cat <<EOF', '[ -f x ] && echo y', 'while read l; do echo "$l"; done <$file', 'sort <$in >$out', 'ls *.[ch]', 'cp a{,.bak}', 'echo ${x}', 'ps aux | grep -E "a|b"', 'pacman -Qeq|sort']) {
    assert.equal(fillPlaceholders(shell), shell, shell);
  }
  assert.equal(fillChoiceWord('-Qeq|sort'), '-Qeq|sort');
});

test('ids are stable and word-safe; the sample is a fixed hash rule; whole sheets left out name their reason', () => {
  assert.equal(exampleId('vim-plugins/vim-fzf', 2), 'cheat-vim-plugins-vim-fzf-2');
  assert.equal(exampleId('ssh-keygen', 12), 'cheat-ssh-keygen-12');
  // sha256('cheat/git')[0] < 112 <= sha256('cheat/tar')[0], sha256('cheat/sed')[0]; tar is an admin tool (round 29), sed a filter
  assert.equal(inSample('git'), true);
  assert.equal(inSample('tar'), true);
  assert.equal(inSample('sed'), false);
  for (const reasons of [NOT_SHELL, GAMES_AND_GUIS]) for (const [sheet, why] of Object.entries(reasons)) assert.ok(why.length > 10, sheet);
});

test('the round-29 widening names only sheets the hash left out, none of them left out whole', () => {
  assert.ok(ADMIN_AND_DEV.size >= 90);
  for (const sheet of ADMIN_AND_DEV) {
    assert.ok(!(sheet in NOT_SHELL) && !(sheet in GAMES_AND_GUIS), sheet);
    assert.ok(createHash('sha256').update(`cheat/${sheet}`).digest()[0]! >= SAMPLE_THRESHOLD, `${sheet} is in the hash sample already`);
  }
});

test('the labels file: one line per example, a label or a reason to leave it out, a why for every example left out', () => {
  const { entries, ids } = checkLabelsFile('test/corpus/cheat-labels.yaml', /^cheat-[a-z0-9-]+-\d+$/);
  // The sample's ids are numbered from 1 in each sheet with no gap: a line lost or added by hand shows here.
  const bySheet = new Map<string, number[]>();
  for (const id of ids) {
    const m = /^(.*)-(\d+)$/.exec(id)!;
    bySheet.set(m[1]!, [...(bySheet.get(m[1]!) ?? []), Number(m[2])]);
  }
  for (const [sheet, ns] of bySheet) assert.deepEqual(ns.sort((a, b) => a - b), ns.map((_, i) => i + 1), sheet);
  assert.ok(entries.filter((e) => e['label'] === 'destructive').length >= 80);
  // Round 29: the held-out third keeps enough destructive examples to be a measure (13 before the widening, 30 after).
  assert.ok(entries.filter((e) => e['label'] === 'destructive' && isHeldOut(String(e['id']))).length >= 25);
});
