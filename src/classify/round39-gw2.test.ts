/**
 * Round 39 (gw2): the lead's answers 404.4 and 404.5/404.6. With no dialect named, DDL inside BEGIN … ROLLBACK counts as
 * committed (MySQL and Oracle commit it at once); a named PostgreSQL (a dialect field, a `psql` line) undoes it (sql.ts).
 * A method-override header names the method whatever the request's own method, and an override in a form no server
 * reads as one method is not read as the request's own (other-kinds.ts effectiveMethod). fix39-gw2.yaml holds the
 * neighbours; the decision API's refusal of fields of another type is tested over loopback in
 * src/adapters/http/wrong-types.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const answer = batchAnswers();
const ctx = { cwd: '/home/dev/app', home: '/home/dev' };

test('404.4: DDL rolled back with no dialect named counts as committed; a named PostgreSQL undoes it', () => {
  for (const sql of ['BEGIN; DROP TABLE users; ROLLBACK;', 'START TRANSACTION; TRUNCATE TABLE orders; ROLLBACK;']) {
    assert.equal(answer('sql', sql).decision, 'destructive', sql);
    assert.equal(answer('sql', sql, { ...ctx, dialect: 'postgresql' }).decision, 'benign', `${sql} (postgresql)`);
  }
  assert.equal(answer('sql', 'BEGIN; DROP TABLE users; ROLLBACK;', { ...ctx, dialect: 'mysql' }).decision, 'destructive');
  assert.equal(answer('command', "psql -d app -c 'BEGIN; DROP TABLE users; ROLLBACK;'").decision, 'benign');
  assert.equal(answer('sql', 'BEGIN; DELETE FROM users WHERE id = 7; ROLLBACK;').decision, 'benign');
});

test('404.5: a method-override header names the method on any method; `_method` only on a POST; a read named never excuses a PUT or PATCH', () => {
  const url = 'https://api.example.com/v1/users/9';
  for (const method of ['GET', 'PUT', 'PATCH', 'POST']) {
    for (const header of ['X-HTTP-Method-Override', 'X-HTTP-Method', 'X-Method-Override']) {
      assert.equal(answer('http_request', { method, url, headers: { [header]: 'DELETE' } }).decision, 'destructive', `${method} ${header}`);
    }
  }
  assert.equal(answer('command', `curl -X PATCH -H 'X-Method-Override: DELETE' ${url}`).decision, 'destructive');
  assert.equal(answer('http_request', { method: 'GET', url: `${url}?_method=delete` }).decision, 'benign');
  assert.equal(answer('http_request', { method: 'PATCH', url, headers: { 'X-HTTP-Method-Override': 'GET' }, body: { description: 'Billing service' } }).decision, 'benign');
  assert.equal(answer('http_request', { method: 'PATCH', url, headers: { 'X-HTTP-Method-Override': 'GET' }, body: { active: false } }).decision, 'destructive');
});

test('404.6: an override no server reads as one method is not read as the request\'s own method', () => {
  const url = 'https://api.example.com/v1/users/9';
  const inputs: JsonValue[] = [{ method: 'POST', url, body: { _method: ['DELETE'] } }, { method: 'POST', url, body: { _method: { m: 'DELETE' } } }, { method: 'POST', url, headers: { 'X-HTTP-Method-Override': 'DELETE, GET' } }];
  for (const input of inputs) {
    assert.notEqual(answer('http_request', input).decision, 'benign', JSON.stringify(input));
  }
  assert.equal(answer('http_request', { method: 'POST', url, body: { _method: 'PATCH', name: 'x' } }).decision, 'benign');
});
