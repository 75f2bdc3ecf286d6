/**
 * Round 38 (g38): the lead's answers 385.3, 385.5, 386.1, 386.3, 386.5, 386.6, 387.1 and 387.3 built as classes.
 * 385.3: a find name pattern in the working folder names its files (core dumps and the shared tables' disposable names;
 * filesystem.ts namesDisposableFiles). 385.5: `updateMany` by more than ten literal ids narrows nothing (data.ts, mcp.ts).
 * 386.1: `exim -Mrm` of named ids is narrowed (service-catalogue.ts eximNamedMessages). 386.3: `lab` as a whole part of a
 * host name is the dev tier (environment.ts namesLabHost). 386.5: one alias line of a Postfix table removed is a write
 * (filesystem.ts postfixTableLineRemoved). 386.6: a service's own cache cleared between its stop and start is the
 * restart's flow (walk.ts serviceCacheCleared). 387.1: an application's log folder's contents (filesystem.ts
 * isAppLogFolder). 387.3: a sibling project's bin/obj pair (filesystem.ts inSiblingProject). fix38-g38.yaml holds the
 * neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { heuristicEnvironment } from './environment.ts';

const answer = batchAnswers();
const decide = (command: string, context?: Record<string, string>): string => answer('command', command, context).decision;
const root = { cwd: '/root', home: '/root', host: 'mx1.corp.example.com' };

test('385.3: a find name pattern in the working folder is judged by what it names', () => {
  for (const c of ["find . -name 'core.*' -delete", "find . -maxdepth 2 -name 'core.*' -delete", "find . -name core -delete", "find . \\( -name 'core.*' -o -name 'vgcore.*' \\) -delete", "find . -name 'core.*' -type f -exec rm -f {} +", "find . -name 'npm-debug.log*' -delete"]) assert.equal(decide(c), 'benign', c);
  for (const c of ["find . -name 'mock_*.go' -delete", "find . -name 'results-*.db' -delete", "find . -name '*.csv' -delete", "find . -name 'core.*' -exec rm -rf {} +", "find ~ -name 'core.*' -delete", "find / -name 'core.*' -delete", "find . ! -name 'core.*' -delete", "find -L . -name 'core.*' -delete", "find . -name 'core.*' -o -path './data/*' -delete"]) assert.equal(decide(c), 'destructive', c);
});

test('385.5: updateMany by more than ten literal ids narrows nothing', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `"o${i}"`).join(',');
  assert.equal(decide(`mongosh shop --eval 'db.orders.updateMany({_id: {$in: [${ids(10)}]}}, {$set: {s: 1}})'`), 'benign');
  assert.equal(decide(`mongosh shop --eval 'db.orders.updateMany({_id: {$in: [${ids(11)}]}, status: "open"}, {$set: {s: 1}})'`), 'benign');
  assert.equal(decide(`mongosh shop --eval 'db.orders.updateMany({_id: {$in: [${ids(11)}]}}, {$set: {s: 1}})'`), 'destructive');
  const mcp = (n: number) => answer('mcp_tool_call', { server: 'mongodb', name: 'update-many', arguments: { database: 'shop', collection: 'orders', filter: { _id: { $in: Array.from({ length: n }, (_, i) => `o${i}`) } }, update: { $set: { s: 1 } } } }).decision;
  assert.equal(mcp(3), 'benign');
  assert.equal(mcp(11), 'destructive');
});

test('386.1: exim -Mrm of named message ids is narrowed, the queue from its input is not', () => {
  for (const c of ['exim -Mrm 1tQx2b-0004Zk-9C', 'exim4 -Mrm 1tQx2b-0004Zk-9C 1tQx3c-0005Ab-1D', 'echo 1tQx2b-0004Zk-9C | xargs exim -Mrm']) assert.equal(decide(c, root), 'benign', c);
  for (const c of ['exiqgrep -i | xargs exim -Mrm', 'cat ids.txt | xargs exim -Mrm', 'exim -Mrm $(exiqgrep -i -f a@b.c)', 'exim -Mrm', 'exim -Mrm all', 'postsuper -d ALL']) assert.equal(decide(c, root), 'destructive', c);
  const eleven = Array.from({ length: 11 }, (_, i) => `1tQx2b-0004Zk-${String(i).padStart(2, '0')}`).join(' ');
  assert.equal(decide(`exim -Mrm ${eleven}`, root), 'destructive');
});

test('386.3: lab as a whole part of a host name names the dev tier, its look-alikes do not', () => {
  for (const n of ['lab-db1', 'db.lab.acme.io', 'lab01', 'lab-ipa.lab.example.com', 'lab']) assert.equal(heuristicEnvironment(n), 'dev', n);
  for (const n of ['label', 'collab', 'gitlab', 'labs', 'gitlab.acme.com', 'mx1.labs.acme.io', 'acme-labs.io', 'ana-lab', 'k8s-lab', 'jupyter-lab.service', 'lab.corp.example.com.db', 'lab-seed.ldif', 'mylab.acme.io']) assert.equal(heuristicEnvironment(n), null, n);
  assert.equal(heuristicEnvironment('db.lab.prod.acme.io'), 'production');
  assert.equal(decide("ssh root@lab-mx01 'postsuper -d ALL'", root), 'benign');
  assert.equal(decide("ssh root@gitlab-mx01 'postsuper -d ALL'", root), 'destructive');
});

test('386.5: one alias line taken out of a Postfix table is a write', () => {
  for (const c of ["sed -i '/^old-team@corp.example.com/d' /etc/postfix/virtual && postmap /etc/postfix/virtual", "sed -i '/^jdoe:/d' /etc/aliases && newaliases"]) assert.equal(decide(c, root), 'benign', c);
  for (const c of ["sed -i '/acme.io/d' /etc/postfix/virtual", "sed -i '/^sales/d' /etc/postfix/virtual", "sed -i 'd' /etc/postfix/virtual", "sed -i '/^spam@x.io/d' /etc/postfix/sender_access"]) assert.equal(decide(c, root), 'destructive', c);
  assert.equal(decide("sed -i '/^old-team@corp.example.com/d' /etc/postfix/virtual", { ...root, host: 'mx1.prod.example.com' }), 'destructive');
});

test('386.6: a stop and a start of one unit, its own cache cleared between, is a restart', () => {
  for (const c of ['systemctl stop nginx && systemctl start nginx', 'systemctl stop sssd && rm -rf /var/lib/sss/db/* && systemctl start sssd', 'systemctl stop nscd && rm -f /var/cache/nscd/* && systemctl start nscd']) assert.equal(decide(c, root), 'benign', c);
  for (const c of ['systemctl stop nginx && systemctl start apache2', 'systemctl stop sssd && rm -rf /var/lib/sss/db/*', 'systemctl stop sssd && rm -rf /var/lib/sss/db/* && systemctl start nginx', 'systemctl stop sssd && rm -rf /etc/sssd/* && systemctl start sssd', 'systemctl stop postgresql && rm -rf /var/lib/postgresql/16/main/* && systemctl start postgresql']) assert.equal(decide(c, root), 'destructive', c);
});

test("387.1: an application's own log folder swept is its logs", () => {
  for (const c of ['rm -rf /opt/shop/logs/*', 'rm -rf /var/log/myapp/*', 'rm -f /srv/api/logs/*']) assert.equal(decide(c, root), 'benign', c);
  for (const c of ['rm -rf /var/log/*', 'rm -rf /var/log/audit/*', 'rm -rf /var/log/journal/*', 'rm -rf /var/log/mysql/*', 'rm -rf /opt/shop/data/*', 'rm -rf /opt/shop/logs/audit/*']) assert.equal(decide(c, root), 'destructive', c);
  assert.equal(decide('rm -rf /home/ops/logs/*', { cwd: '/srv/shop', home: '/home/ops' }), 'destructive');
});

test("387.3: a sibling project's bin and obj are its build output", () => {
  const ws = { cwd: '/home/dev/src/app', home: '/home/dev' };
  for (const c of ['rm -rf ../other/bin ../other/obj', 'rm -rf ../Billing/src/Api/bin ../Billing/src/Api/obj']) assert.equal(decide(c, ws), 'benign', c);
  for (const c of ['rm -rf ../other/bin', 'rm -rf ../other/obj ../other/data', 'rm -rf ../bin ../obj', 'rm -rf ../other/bin ../third/obj']) assert.equal(decide(c, ws), 'destructive', c);
  assert.equal(decide('rm -rf ../bob/bin ../bob/obj', { cwd: '/home/dev', home: '/home/dev' }), 'destructive');
});
