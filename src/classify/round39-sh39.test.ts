/**
 * Round 39 (sh39): shell false-positive classes from the tuned pins. 392.3: a site file written whole by `tee`, `cp` or `>`
 * into nginx's or Apache's `sites-available` (not the package's default site, not `sites-enabled`, not through `..`) is a
 * configuration write (filesystem.ts LOSSLESS_SYSTEM_CHANGES, paths.ts isUnenabledSiteFile). Code: a database driver's
 * `connect()` and `cursor()` (PEP 249) open a connection whose literal statements are judged as SQL; redis-py's reads read;
 * boto3's `upload_file` is the CLI's upload; any other call on those chains stays opaque (code.ts PY_APIS).
 * fix39-sh39.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (input: string): string => answer('command', input as never, { cwd: '/home/dev/app', home: '/home/dev' }).decision;
const each = (inputs: string[], want: string): void => {
  for (const c of inputs) assert.equal(decide(c), want, c);
};

test('392.3 in the shell: a new site file in sites-available is a write; the default site, sites-enabled, `..`, appends and deletes are not', () => {
  each([
    "sudo tee /etc/nginx/sites-available/shop.local > /dev/null <<'EOF'\nserver { listen 80; }\nEOF",
    'sudo cp deploy/nginx/shop.conf /etc/nginx/sites-available/shop.conf',
    'sudo cp deploy/apache/wiki.conf /etc/apache2/sites-available/',
    "cat > /etc/nginx/sites-available/docs <<'EOF'\nserver { listen 8081; }\nEOF",
  ], 'benign');
  each([
    'sudo cp app.conf /etc/nginx/sites-available/default',
    'sudo cp app.conf /etc/apache2/sites-available/000-default.conf',
    "echo 'server {}' | sudo tee /etc/nginx/sites-enabled/shop",
    "echo 'events {}' | sudo tee /etc/nginx/sites-available/../nginx.conf",
    "echo 'location /x {}' | sudo tee -a /etc/nginx/sites-available/shop",
    'sudo rm /etc/nginx/sites-available/shop',
  ], 'destructive');
});

test('database drivers, redis-py and boto3 uploads: literal statements and reads are judged, other calls stay unseen', () => {
  each([
    `python -c "import psycopg2; c=psycopg2.connect('dbname=x'); cur=c.cursor(); cur.execute('SELECT 1'); print(cur.fetchone())"`,
    `python3 -c "import pymysql; c=pymysql.connect(host='db'); cur=c.cursor(); cur.execute('SHOW TABLES'); print(cur.fetchall())"`,
    `python -c "import redis; print(redis.Redis().get('k'))"`,
    `python -c "import boto3; boto3.client('s3').upload_file('out/r.html', 'reports', 'r.html')"`,
    `python -c "import psycopg; print(psycopg.connect('dbname=x').execute('SELECT 1').fetchone())"`,
    `python -c "import sqlalchemy as sa; print(sa.inspect(sa.create_engine('postgresql://h/db')).get_table_names())"`,
  ], 'benign');
  each([
    `python -c "import psycopg2; c=psycopg2.connect('dbname=x'); c.cursor().execute('DELETE FROM users'); c.commit()"`,
    `python3 -c "import pymysql; c=pymysql.connect(host='db'); c.cursor().execute('DROP TABLE orders')"`,
  ], 'destructive');
  for (const c of [
    `python -c "import psycopg2; c=psycopg2.connect('dbname=x'); c.cursor().callproc('purge')"`,
    `python -c "import psycopg2; c=psycopg2.connect('dbname=x'); q='DELETE FROM users'; c.cursor().execute(q)"`,
    `python -c "import redis; redis.Redis().flushall()"`,
    `python -c "import redis; r=redis.Redis(); r.set('k', 1)"`,
  ]) assert.notEqual(decide(c), 'benign', c);
});
