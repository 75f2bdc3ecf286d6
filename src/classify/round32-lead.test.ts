/**
 * Round 32, the lead's answers 345.2 (a daemon's pid file under /run is run-time data) and 345.3 (one application's folder
 * under /var/cache is rebuildable by the FHS's own definition): the path classes at their edges (fix32-lead.yaml holds
 * the commands).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { classifyPath } from './paths.ts';

const scope = { cwd: '/home/dev/app', home: '/home/dev', workspace: '/home/dev/app' };
const cls = (p: string): string => classifyPath(p, scope, EMPTY_INVENTORY);
const answer = batchAnswers();

test('answer 345.3: one application folder under /var/cache, or below it, is rebuildable; debconf, bind and /var/cache itself are not', () => {
  for (const p of ['/var/cache/app', '/var/cache/app/*', '/var/cache/squid/00/01', '/var/cache/private/myapp', '/var/cache/lxc/download']) assert.equal(cls(p), 'rebuildable', p);
  for (const p of ['/var/cache', '/var/cache/*', '/var/cache/debconf', '/var/cache/debconf/config.dat', '/var/cache/bind', '/var/cache/bind/managed-keys.bind']) assert.notEqual(cls(p), 'rebuildable', p);
  assert.notEqual(cls('/var/cache/app/../../lib/dpkg'), 'rebuildable');
});

test('answer 345.2: one pid file under /run or /var/run is temporary; sockets, folders and pid files elsewhere are not', () => {
  for (const p of ['/run/app/app.pid', '/var/run/nginx.pid', '/run/postgresql/14-main.pid', '/run/user@1000.pid']) assert.equal(cls(p), 'temporary', p);
  for (const p of ['/run/docker.sock', '/run/app', '/etc/app/app.pid', '/run/app/app.pid.d/x', '/srv/run/app.pid']) assert.notEqual(cls(p), 'temporary', p);
});

test('answer 345.8: pg_cancel_backend over the queries older than an interval is a write; by any other set, or ending them, is not', () => {
  const decide = (sql: string): string => answer('sql', sql, scope).decision;
  assert.equal(decide("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE now() - query_start > interval '10 minutes'"), 'benign');
  assert.equal(decide("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE xact_start < current_timestamp - '1 hour'::interval"), 'benign');
  assert.notEqual(decide("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE state = 'active'"), 'benign');
  assert.notEqual(decide("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE now() - query_start > interval '10 minutes'"), 'benign');
  assert.notEqual(decide("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE now() - query_start > interval '1 minute' OR true"), 'benign');
  assert.notEqual(decide("SELECT pg_cancel_backend(pid), pg_terminate_backend(pid) FROM pg_stat_activity WHERE now() - query_start > interval '1 minute'"), 'benign');
});

test("answer 348.5: the session's home owner taken out of an admin group is a lock-out; another user or another group is a write", () => {
  const decide = (command: string, home: string): string => answer('command', command, { cwd: `${home}/app`, home }).decision;
  assert.equal(decide('sudo gpasswd -d dev sudo', '/home/dev'), 'destructive');
  assert.equal(decide('sudo gpasswd -d dev sudo', '/home/alice'), 'benign');
  assert.equal(decide('sudo gpasswd -d dev sudo', '/root'), 'benign');
  assert.equal(decide('sudo gpasswd -d dev docker', '/home/dev'), 'benign');
  // the home folder's owner by every layout homeOwnerOf reads (round 33 mend: one home-folder rule, paths.ts)
  assert.equal(decide('sudo gpasswd -d dev sudo', '/var/home/dev'), 'destructive');
  assert.equal(decide('sudo deluser dev admin', '/Users/dev'), 'destructive');
  assert.equal(decide('gpasswd -d root sudo', '/root'), 'benign');
});
