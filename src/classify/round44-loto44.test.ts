/**
 * Round 44 (loto44): first contact with a tool nobody catalogued, the unknown program's reader (shell/tools/unknown-verbs.ts,
 * command-options.ts, dispatch.ts unknownCommand): a console's own command given as an option's value, a tree of keys
 * deleted, a consumer group's positions moved forward and applied, the same file as input and output, a thing switched
 * off by the line's last word. fix44-loto44.yaml holds the neighbours; these are the edges.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const decision = (i: string) => (batch('command', i) as unknown as { decision: string }).decision;

test("a console's own command given as an option's value is read as the program given it", () => {
  for (const c of ["pbxd -rx 'core stop now'", "pbxd -rx 'database deltree Routes'", "switchcli -x 'ctl shutdown'", "batchq -c 'delete queue q1'", "probectl -c init -c 'chip mass_erase 0'", "gwctl --execute='disable listener public-443'"]) assert.equal(decision(c), 'destructive', c);
  for (const c of ["pbxd -rx 'core show channels'", "switchcli -x 'ctl shutdown cancel'", "switchcli -x 'ctl shutdown asap restart'", "switchcli -x 'uuid_kill 6f1c2d3e'", "notecli post -m 'delete the old branches'", "probectl -c 'reset halt' -c 'dump_image fw.bin 0x0 0x100'", "dbgtool -batch fw.elf -ex 'monitor reset halt' -ex bt"]) assert.equal(decision(c), 'benign', c);
  // A statement in SQL there is the SQL reader's, not the console's words.
  assert.equal(decision("tsdb -execute 'SELECT * FROM cpu LIMIT 5'"), 'benign');
  assert.equal(decision("tsdb -execute 'DROP DATABASE telegraf'"), 'destructive');
});

test('a tree deleted; a consumer group moved forward and applied', () => {
  assert.equal(decision('regtool deltree HKLM/Software/Acme'), 'destructive');
  assert.equal(decision('regtool tree HKLM/Software/Acme'), 'benign');
  const g = 'streamgroups --broker mq1:9092 --group billing --topic invoices --reset-offsets';
  for (const t of ['--to-latest --execute', '--to-offset 91000 --execute', '--shift-by 2000 --execute', '--shift-by=+5 --execute', '--to-datetime 2026-12-01T00:00:00.000 --execute']) assert.equal(decision(`${g} ${t}`), 'destructive', t);
  for (const t of ['--to-earliest --execute', '--shift-by -2000 --execute', '--to-latest', '--to-latest --execute --dry-run', '--by-duration PT1H --execute']) assert.equal(decision(`${g} ${t}`), 'benign', t);
});

test('the same file as input and output; a thing switched off by the last word', () => {
  for (const c of ['imgtool photo.jpg -resize 50% photo.jpg', 'seqsort --output=S07.cram S07.cram', 'gridtool -O selyear,2000/2010 tas.nc tas.nc']) assert.equal(decision(c), 'destructive', c);
  for (const c of ['imgtool photo.jpg -resize 50% photo-small.jpg', 'cfgtool check app.yaml --schema app.yaml', 'netprobe trace db.example.com --via db.example.com', 'imgtool photo.jpg -resize 50% photo.jpg --dry-run']) assert.equal(decision(c), 'benign', c);
  for (const c of ['sudo bootsvc sshd off', 'nodepower all off', 'fwtool logging off']) assert.equal(decision(c), 'destructive', c);
  for (const c of ['sudo bootsvc sshd on', 'devtool telemetry off', 'sitectl maintenance off', 'devtool color off', 'devtool --debug off', 'nictool -K eth0 tso off', 'nictool -s eth1 autoneg off', 'pwrtool -h off', 'pwrtool -hibernate off']) assert.equal(decision(c), 'benign', c);
});
