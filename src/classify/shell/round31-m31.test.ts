import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { dateStampedWord, dateStampsInLiteral } from './date-stamps.ts';

// Round 31 (branch m31): the one reading of a `date` stamp, and the lead's answers 331 and 333 marked "next round".

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

type Ctx = { cwd: string; home: string };
const DEV: Ctx = { cwd: '/home/dev/app', home: '/home/dev' };
function sh(command: string, ctx: Ctx = DEV): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}

test('date-stamps.ts: the stamps a word may hold, read as a stand-in', () => {
  const accepted = [
    'a.$(date)', // only inside a literal or double quotes (below): plain, its blanks split the word
    'a.$(date +%F)', 'a.$(date +%Y%m%d)', 'a.$(date +%Y%m%d-%H%M%S)', 'a.$(date +%s)', 'a.$(date +%Y-%m-%dT%H:%M:%SZ)', 'a.$(date +%-d)',
    "a.$(date '+%Y%m%d-%H%M')", 'a.$(date "+%F")', 'a.$(date -u +%F)', 'a.$(date --utc +%F)', 'a.$(date +%F -u)', 'a.$( date +%F )',
    'a.$(date -I)', 'a.$(date -Iseconds)', 'a.$(date --iso-8601=seconds)', 'a.$(date --rfc-3339=date)',
    'a.$(date -d yesterday +%F)', "a.$(date -d '1 day ago' +%F)", 'a.$(date -d "-7 days" +%F)', 'a.$(date -d@1767225600 +%F)', "a.$(date --date='3 months ago' +%F)", 'a.$(date --date yesterday +%F)',
    'a.$(date -v-1d +%F)', 'a.$(date +%F).$(date +%s)',
  ];
  for (const t of accepted.slice(1)) assert.equal(dateStampedWord(t, 'S'), t.startsWith('a.$(date +%F).') ? 'a.S.S' : 'a.S', t);
  for (const t of accepted) assert.equal(dateStampsInLiteral(t, 'S'), t.startsWith('a.$(date +%F).') ? 'a.S.S' : 'a.S', t);
  // Double quotes keep a blank in the word; a plain word is split by it.
  for (const t of ['"a.$(date)"', `"a.$(date '+%F %T')"`, '"a.$(date -R)"', '"a.$(date +%e)"']) assert.equal(dateStampedWord(t, 'S'), 'a.S', t);
  assert.equal(dateStampedWord('"a b.$(date +%F)"', 'S'), 'a b.S');
  for (const t of ['a.$(date)', `a.$(date '+%F %T')`, 'a.$(date -R)', 'a.$(date +%e)', 'a.$(date +%c)', 'a.$(date +%_d)', 'a.$(date +%10s)', 'a.$(date --rfc-3339=seconds)'])
    assert.equal(dateStampedWord(t, 'S'), null, t);
});

test('date-stamps.ts: what is not a stamp stays an unfixed substitution', () => {
  const refused = [
    'a.$(date +%F; rm -rf /)', 'a.$(date +%F && id)', 'a.$(date +%F | tr - _)', 'a.`date +%F`', 'a.$(hostname)', 'a.$(date +%F)$(id)', 'a.$(dates +%F)',
    'a.$(date -d "$(cat /etc/stamp)" +%F)', 'a.$(date -d "$when" +%F)', 'a.$(date -d `cat f` +%F)', 'a.$(date "+$FMT")',
    'a.$(date -r /etc/passwd +%F)', 'a.$(date --reference=f +%F)', 'a.$(date -f dates.txt +%F)', 'a.$(date --file=dates.txt)',
    'a.$(date -s 2020-01-01)', 'a.$(date --set=2020-01-01)', 'a.$(date 010112002026)', 'a.$(date +%F +%s)', 'a.$(date +%F extra)',
    'a.$(date +%Y/%m/%d)', 'a.$(date +%D)', '"a.$(date +%x)"', '$(date +%F)*', 'a.$(date +%F){1,2}', 'a.$(date +%F)$HOME', "'a.$(date +%F)'",
  ];
  for (const t of refused) assert.equal(dateStampedWord(t, 'S'), null, t);
  for (const t of refused.slice(0, 20)) assert.match(dateStampsInLiteral(t, 'S'), /\$\(|`/, t);
});

test('the three callers read the same stamps', () => {
  // A backup name for cp (filesystem.ts), a copy between a lock and its unlock (walk.ts), a date in a SQL literal (data.ts).
  for (const stamp of ['$(date +%F)', '$(date -u +%Y%m%d)', "$(date '+%Y%m%d-%H%M')", '$(date -d yesterday +%s)']) {
    assert.equal(sh(`cp .env .env.bak.${stamp}`).destructive, false, stamp);
    assert.equal(sh(`mongosh admin --eval 'db.fsyncLock()' && mongodump --out /backup/mongo-${stamp} && mongosh admin --eval 'db.fsyncUnlock()'`).destructive, false, stamp);
    assert.equal(sh(`psql -h db-prod-1.internal -d shop -c "SELECT count(*) FROM orders WHERE created_at >= '${stamp.replace(/'/g, '')}'"`).destructive, false, stamp);
  }
  for (const stamp of ['$(date +%F; rm -rf /)', '$(date -s 2020-01-01)', '$(date -r /etc/passwd +%F)', '$(hostname)']) {
    assert.equal(sh(`cp .env .env.bak.${stamp} && cp .env.example .env`).destructive, true, stamp);
    assert.equal(sh(`mongosh admin --eval 'db.fsyncLock()' && mongodump --out /backup/mongo-${stamp} && mongosh admin --eval 'db.fsyncUnlock()'`).destructive, true, stamp);
    assert.notEqual(sh(`psql -h db-prod-1.internal -d shop -c "SELECT count(*) FROM orders WHERE created_at >= '${stamp}'"`).confidence, 'parsed', stamp);
  }
});
