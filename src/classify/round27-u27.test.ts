import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inboundOpenWidens, isPrivilegedGroup, privilegedGroupGrant, roleGrantWidens, sessionOnServer, vaultPermissionsWiden } from './public-access.ts';
import { unquote } from './shell-quote.ts';

// Round 27 (branch u27): the lead's answers 209-212 and 219.

test('inboundOpenWidens: one firewall reading; a dev server port on a developer machine is a change (answer 209)', () => {
  // Admin, remote-administration and database ports widen access anywhere.
  for (const p of ['22', '3389', '1433', '5432/tcp', '11211', 'ssh', 'postgresql', '5400-5500', '80,3389']) assert.ok(inboundOpenWidens([p], false), p);
  // The web's ports are opened on purpose, on any machine.
  for (const p of ['80', '443', 'https', 'Nginx Full', '80,443']) assert.ok(!inboundOpenWidens([p], true), p);
  // A dev server's port: a change on a developer's machine, widened on a server.
  for (const p of ['5173', '3000', '5000-5001', '8080/tcp']) {
    assert.ok(!inboundOpenWidens([p], false), p);
    assert.ok(inboundOpenWidens([p], true), p);
  }
  // Any other port, a port not fixed, or no port at all: widened.
  for (const ports of [['9100'], ['8443'], [null], [], ['jellyfin'], ['3000-3100']]) assert.ok(inboundOpenWidens(ports, false), JSON.stringify(ports));
});

test('sessionOnServer: a host not named as a workstation, an admin account, or a remote machine named', () => {
  assert.ok(sessionOnServer({ home: '/home/dev', host: 'web-prod-03' }));
  assert.ok(sessionOnServer({ home: '/home/dev', host: 'bastion-01' }));
  assert.ok(sessionOnServer({ home: '/root' }));
  assert.ok(sessionOnServer({ home: 'C:\\Users\\Administrator' }));
  assert.ok(sessionOnServer({ home: 'C:\\Users\\dev' }, 'sql-prod-01'));
  assert.ok(sessionOnServer({ home: 'C:\\Users\\dev', host: 'LT-PROD-7' }));
  assert.ok(!sessionOnServer({ home: 'C:\\Users\\dev', host: 'LT-DEV-0231' }));
  assert.ok(!sessionOnServer({ home: '/home/dev' }));
  assert.ok(!sessionOnServer({ home: 'C:\\Users\\dev' }, 'localhost'));
});

test('privilegedGroupGrant: Remote Desktop and Remote Management Users grant remote logon (answer 219), one table', () => {
  for (const g of ['Remote Desktop Users', '"Remote Desktop Users"', "'Remote Management Users'", 'BUILTIN\\Remote Desktop Users', 'S-1-5-32-555', 'S-1-5-32-580']) assert.equal(privilegedGroupGrant(g), 'remote logon', g);
  for (const g of ['Administrators', '"Administrators"', 'sudo', 'S-1-5-32-544']) assert.equal(privilegedGroupGrant(g), 'every right', g);
  for (const g of ['Event Log Readers', 'Performance Log Users', 'Remote Desktop', 'docker-users']) assert.ok(!isPrivilegedGroup(g), g);
});

test('unquote: the one quote stripper the group, role and scope tables read through', () => {
  assert.equal(unquote(' "Remote Desktop Users" '), 'Remote Desktop Users');
  assert.equal(unquote("'/subscriptions/1111'"), '/subscriptions/1111');
  assert.equal(unquote('Contributor'), 'Contributor');
  assert.ok(roleGrantWidens('"Contributor"', "'/subscriptions/1111'"));
  assert.ok(roleGrantWidens("'Owner'", undefined));
  assert.equal(roleGrantWidens('"Contributor"', '"/subscriptions/1111/resourceGroups/rg-app"'), null);
});

test('vaultPermissionsWiden: get/list on secrets reads the credentials (answer 210); keys and certificates stay a change', () => {
  assert.match(vaultPermissionsWiden([{ on: 'secrets', permissions: 'get,list' }]) ?? '', /answer 210/);
  assert.match(vaultPermissionsWiden([{ on: 'secrets', permissions: 'List' }]) ?? '', /answer 210/);
  assert.match(vaultPermissionsWiden([{ on: 'certificates', permissions: 'get' }, { on: 'secrets', permissions: 'get' }]) ?? '', /secrets/);
  assert.ok(vaultPermissionsWiden([{ on: 'keys', permissions: 'get,purge' }]));
  assert.ok(vaultPermissionsWiden([{ on: 'secrets', permissions: null }]));
  assert.equal(vaultPermissionsWiden([{ on: 'keys', permissions: 'get,list,wrapKey,unwrapKey' }, { on: 'certificates', permissions: 'get,list,getissuers' }]), null);
  assert.equal(vaultPermissionsWiden([]), null);
});
