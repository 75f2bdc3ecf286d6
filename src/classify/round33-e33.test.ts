/**
 * Round 33 (e33), the class blind33-platform's tuned third showed: a MySQL or MariaDB account's TLS requirement dropped
 * (`REQUIRE NONE`, sql/safeguard-settings.ts). fix33-e33.yaml holds the cases.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { sqlSafeguardOff } from './sql/safeguard-settings.ts';

const scope = { cwd: '/home/dev/app', home: '/home/dev' };

test('REQUIRE NONE on ALTER USER or GRANT drops TLS; on CREATE USER, or any other REQUIRE, it does not', () => {
  for (const s of ["alter user 'app'@'%' require none;", "alter user if exists 'a'@'10.%' identified by 'x' require none", "grant usage on *.* to 'app'@'%' require none;"]) assert.notEqual(sqlSafeguardOff(s), null, s);
  for (const s of ["create user 'a'@'%' identified by 'x' require none;", "alter user 'app'@'%' require ssl;", "alter user 'app'@'%' require x509;", "grant select on shop.* to 'ro'@'%';", "alter user 'app'@'%' password expire;", "select 'require none' from dual;"]) assert.equal(sqlSafeguardOff(s), null, s);
});

test('REQUIRE NONE through the doors: sql input, and mysql -e on a shell line', async () => {
  const { createClassifier, classifyBatchLine } = await import('./index.ts');
  const classifier = await createClassifier();
  const decide = (input_type: string, input: string, context: object): string => JSON.parse(classifyBatchLine(JSON.stringify({ id: 'x', input_type, input, context }), classifier, EMPTY_INVENTORY)).decision;
  const my = { ...scope, dialect: 'mysql', database: 'shop' };
  assert.equal(decide('sql', "ALTER USER 'app'@'%' REQUIRE NONE;", my), 'destructive');
  assert.equal(decide('sql', "ALTER USER 'app'@'%' REQUIRE SSL;", my), 'benign');
  assert.equal(decide('sql', "CREATE USER 'a'@'%' IDENTIFIED BY 'x' REQUIRE NONE;", my), 'benign');
  assert.equal(decide('command', `mysql -h db -u admin -e "ALTER USER 'app'@'%' REQUIRE NONE"`, scope), 'destructive');
  assert.equal(decide('command', `mysql -h db -u admin -e "ALTER USER 'app'@'%' REQUIRE SSL"`, scope), 'benign');
});
