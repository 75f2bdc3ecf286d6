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

test('answer 331: mlflow gc deletes the trashed runs for good, whatever store it names', () => {
  for (const c of ['mlflow gc --backend-store-uri sqlite:///mlruns.db', 'mlflow gc --backend-store-uri ./mlruns', 'mlflow gc --backend-store-uri mlruns', 'mlflow gc'])
    assert.equal(sh(c).destructive, true, c);
  for (const c of ['mlflow runs delete --run-id 4f2a9c', 'mlflow experiments restore --experiment-id 3', 'mlflow gc --help']) assert.equal(sh(c).destructive, false, c);
});

test('answer 331: ffmpeg -y over one of its own inputs is destroyed; over another named output it is the write `>` is', () => {
  const media: Ctx = { cwd: '/home/dev/media', home: '/home/dev' };
  for (const c of ['ffmpeg -y -i talk.mp4 -c copy talk.mp4', 'ffmpeg -y -i ./talk.mp4 talk.mp4', 'ffmpeg -y -i a.mp4 -i b.wav -map 0:v -map 1:a b.wav', 'ffmpeg -i talk.mp4 -y -c:v libx264 /home/dev/media/talk.mp4'])
    assert.deepEqual(sh(c, media).findings.map((f) => f.code).filter((x) => x === 'overwrites_own_input'), ['overwrites_own_input'], c);
  // A named output that is no input: judged as `> FILE` is (a system file, a dotenv, a workspace file).
  for (const [c, r] of [['ffmpeg -y -f lavfi -i anullsrc -t 1 /etc/ssh/sshd_config', 'echo x > /etc/ssh/sshd_config'], ['ffmpeg -y -i in.mp4 -f mp3 .env', 'echo x > .env'], ['ffmpeg -y -i intro.mp4 -t 10 talk.mp4', 'echo x > talk.mp4']] as const)
    assert.equal(sh(c, media).destructive, sh(r, media).destructive, c);
  for (const c of ['ffmpeg -y -i intro.mp4 -t 10 talk.mp4', 'ffmpeg -y -ss 5 -i talk.mp4 -t 30 -c copy clip.mp4', 'ffmpeg -y -i talk.mp4 -f null -', 'ffmpeg -i talk.mp4 talk.mp4'])
    assert.equal(sh(c, media).destructive, false, c);
  // An option outside ffmpeg's table or a word the input does not fix: the catalogue's reading, no own-input finding.
  for (const c of ['ffmpeg -y -i talk.mp4 -weird 1 talk.mp4', 'ffmpeg -y -i "$IN" talk.mp4'])
    assert.equal(sh(c, media).findings.some((f) => f.code === 'overwrites_own_input'), false, c);
});

test('answer 79 reaches pgbackrest expire by the configured retention; a retention on the line, --set, stanza-delete stay; barman cron, borgmatic prune, sanoid as built', () => {
  for (const c of ['pgbackrest --stanza=main expire', 'pgbackrest --stanza=main --repo=2 expire', 'pgbackrest --stanza=main --dry-run --set=20261130-020001F expire', 'barman cron', 'borgmatic prune', 'sanoid --cron', 'sanoid --prune-snapshots', 'pgbackrest --stanza=main --repo1-retention-full=1 expire' /* answer 340.1 */])
    assert.equal(sh(c).destructive, false, c);
  for (const c of ['pgbackrest --stanza=main --set=20261130-020001F expire', 'pgbackrest --stanza=main expire --set 20261130-020001F', 'pgbackrest --stanza=main stanza-delete', 'barman delete pg oldest', 'borgmatic --override retention.keep_daily=0 prune', 'sanoid --force-prune', 'sanoid --cron --force-prune'])
    assert.equal(sh(c).destructive, true, c);
});

test('answer 333: a tmp_ table dropped and made again at once in a local DuckDB file is a scratch table remade', () => {
  const py = (file: string, ...sql: string[]) => `python3 - <<'EOF'\nimport duckdb\ncon = duckdb.connect('${file}')\n${sql.map((s) => `con.execute("${s}")`).join('\n')}\nEOF`;
  for (const c of [
    py('warehouse/dev.duckdb', 'DROP TABLE IF EXISTS tmp_dedup', 'CREATE TABLE tmp_dedup AS SELECT DISTINCT * FROM events'),
    py('local.duckdb', 'DROP TABLE scratch_x', 'CREATE TABLE IF NOT EXISTS scratch_x (id INTEGER)'),
    'duckdb dev.duckdb -c "DROP TABLE IF EXISTS tmp_x; CREATE TABLE tmp_x AS SELECT 1"',
  ]) assert.equal(sh(c).destructive, false, c);
  for (const c of [
    py('warehouse/dev.duckdb', 'DROP TABLE IF EXISTS tmp_dedup'),
    py('warehouse/dev.duckdb', 'DROP TABLE IF EXISTS orders', 'CREATE TABLE orders AS SELECT 1'),
    py('warehouse/dev.duckdb', 'DROP TABLE IF EXISTS tmp_a', 'CREATE TABLE tmp_b AS SELECT 1'),
    py('warehouse/dev.duckdb', 'DROP TABLE IF EXISTS tmp_a', 'DELETE FROM events', 'CREATE TABLE tmp_a AS SELECT 1'),
    py('md:analytics', 'DROP TABLE IF EXISTS tmp_a', 'CREATE TABLE tmp_a AS SELECT 1'),
    `python3 - <<'EOF'\nimport duckdb\na = duckdb.connect('a.duckdb')\nb = duckdb.connect('b.duckdb')\na.execute('DROP TABLE IF EXISTS tmp_a')\nb.execute('CREATE TABLE tmp_a AS SELECT 1')\nEOF`,
    'duckdb dev.duckdb -c "DROP TABLE IF EXISTS tmp_x"',
    'psql -h db-prod-1.internal -d shop -c "DROP TABLE IF EXISTS tmp_x; CREATE TABLE tmp_x AS SELECT 1"',
  ]) assert.equal(sh(c).destructive, true, c);
});
