import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

/**
 * Round 20: one action written another way must get the same answer. Found by rewriting the corpus's tuned cases in ways
 * that keep what runs (an explicit default port, a comment before SQL, a cmd block around a line) and comparing answers.
 */
const answer = batchAnswers();
const decide = (inputType: string, input: JsonValue): string => answer(inputType, input).decision;

describe('HTTP: the default port and the host\'s case name the same server', () => {
  test('a destructive request stays destructive', () => {
    assert.equal(decide('http_request', { method: 'POST', url: 'https://api.stripe.com:443/v1/refunds', body: 'payment_intent=pi_1' }), 'destructive');
    assert.equal(decide('http_request', { method: 'DELETE', url: 'https://API.GITHUB.COM:443/repos/acme/shop' }), 'destructive');
    assert.equal(decide('command', 'curl -X DELETE https://api.github.com:443/repos/acme/shop -H "Authorization: Bearer $T"'), 'destructive');
  });
  test('a read stays a read', () => {
    assert.equal(decide('http_request', { method: 'GET', url: 'https://api.github.com:443/repos/acme/shop' }), 'benign');
  });
});

describe('SQL: a comment before a procedural block', () => {
  test('keeps the block whole', () => {
    assert.equal(decide('sql', "-- tidy up\nBEGIN EXECUTE IMMEDIATE 'DROP TABLE orders PURGE'; END;"), 'destructive');
    assert.equal(decide('sql', "/* nightly */ CREATE TRIGGER wipe AFTER INSERT ON visits BEGIN DELETE FROM history; END;"), 'destructive');
    assert.equal(decide('sql', '-- a\n/* b */\nBEGIN NULL; END;'), 'benign');
  });
});

describe('cmd: a block around a line', () => {
  test('the `)` that closes the block is no part of the last word', () => {
    assert.equal(decide('cmd', '(move /y new.txt C:\\repo\\.env)'), 'destructive');
    assert.equal(decide('cmd', '(sc config WinDefend start= disabled)'), 'destructive');
    assert.equal(decide('cmd', '(git stash clear)'), 'destructive');
    assert.equal(decide('cmd', '(dir /b)'), 'benign');
  });
  test('a pipe inside the block joins two of its commands; a restart may end the block', () => {
    assert.equal(decide('cmd', '(echo list disk | diskpart)'), 'benign');
    assert.equal(decide('cmd', '(echo clean | diskpart)'), 'destructive');
    assert.equal(decide('cmd', '(net stop ShopWorker && net start ShopWorker)'), 'benign');
    assert.equal(decide('cmd', '(net stop ShopWorker && net start OtherWorker)'), 'destructive');
  });
});

describe('cmd: a line that is one block', () => {
  test('runs what is inside as one line does (loops, pipes, build pairs)', () => {
    assert.equal(decide('cmd', '(rd /s /q bin & rd /s /q obj)'), 'benign');
    assert.equal(decide('cmd', '(for /r . %f in (*.tmp) do del /q "%f")'), 'benign');
    assert.equal(decide('cmd', '((echo list disk & echo list volume) | diskpart)'), 'benign');
    assert.equal(decide('cmd', '((echo select disk 1 & echo clean) | diskpart)'), 'destructive');
    assert.equal(decide('cmd', '(for /r C:\\Users\\dev %f in (*.docx) do del /q "%f")'), 'destructive');
  });
});
