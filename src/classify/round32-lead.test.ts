/**
 * Round 32, the lead's answers 345.2 (a daemon's pid file under /run is run-time data) and 345.3 (one application's folder
 * under /var/cache is rebuildable by the FHS's own definition): the path classes at their edges (fix32-lead.yaml holds
 * the commands).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { classifyPath } from './paths.ts';

const scope = { cwd: '/home/dev/app', home: '/home/dev', workspace: '/home/dev/app' };
const cls = (p: string): string => classifyPath(p, scope, EMPTY_INVENTORY);

test('answer 345.3: one application folder under /var/cache, or below it, is rebuildable; debconf, bind and /var/cache itself are not', () => {
  for (const p of ['/var/cache/app', '/var/cache/app/*', '/var/cache/squid/00/01', '/var/cache/private/myapp', '/var/cache/lxc/download']) assert.equal(cls(p), 'rebuildable', p);
  for (const p of ['/var/cache', '/var/cache/*', '/var/cache/debconf', '/var/cache/debconf/config.dat', '/var/cache/bind', '/var/cache/bind/managed-keys.bind']) assert.notEqual(cls(p), 'rebuildable', p);
  assert.notEqual(cls('/var/cache/app/../../lib/dpkg'), 'rebuildable');
});

test('answer 345.2: one pid file under /run or /var/run is temporary; sockets, folders and pid files elsewhere are not', () => {
  for (const p of ['/run/app/app.pid', '/var/run/nginx.pid', '/run/postgresql/14-main.pid', '/run/user@1000.pid']) assert.equal(cls(p), 'temporary', p);
  for (const p of ['/run/docker.sock', '/run/app', '/etc/app/app.pid', '/run/app/app.pid.d/x', '/srv/run/app.pid']) assert.notEqual(cls(p), 'temporary', p);
});
