import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { identitySwitchOff, urlUpdatesIdentity } from './identity-off.ts';

describe('identity switched off by a field (labelling rules: a credential in use switched off)', () => {
  test('fields that switch off, by their sense', () => {
    assert.equal(identitySwitchOff({ disabled: true }), 'disabled');
    assert.equal(identitySwitchOff({ accountEnabled: false }), 'accountEnabled');
    assert.equal(identitySwitchOff({ user: { status: 'Suspended' } }), 'user.status');
    assert.equal(identitySwitchOff('{"blocked": true}'), 'blocked');
  });

  test("SCIM's patch operations, by path and by value (RFC 7644)", () => {
    assert.equal(identitySwitchOff({ Operations: [{ op: 'replace', path: 'active', value: false }] }), 'Operations.active');
    assert.equal(identitySwitchOff({ Operations: [{ op: 'replace', value: { active: false } }] }), 'Operations.value.active');
  });

  test('SCIM attributes named by their schema URN, and booleans sent as strings (review 9: read as nothing)', () => {
    assert.equal(identitySwitchOff({ Operations: [{ op: 'Replace', path: 'active', value: 'False' }] }), 'Operations.active');
    assert.equal(identitySwitchOff({ Operations: [{ op: 'replace', path: 'urn:ietf:params:scim:schemas:core:2.0:User:active', value: false }] }), 'Operations.urn:ietf:params:scim:schemas:core:2.0:User:active');
    assert.equal(identitySwitchOff({ Operations: [{ op: 'replace', value: { 'urn:ietf:params:scim:schemas:core:2.0:User:active': false } }] }), 'Operations.value.urn:ietf:params:scim:schemas:core:2.0:User:active');
    assert.equal(identitySwitchOff({ Operations: [{ op: 'Replace', path: 'active', value: 'True' }] }), null);
    assert.equal(identitySwitchOff({ Operations: [{ op: 'replace', path: 'urn:ietf:params:scim:schemas:core:2.0:User:title', value: 'False' }] }), null);
  });

  test('switching on, or other fields, switches nothing off', () => {
    const bodies: JsonValue[] = [{ settings: { notifications: { enabled: false } } }, { disabled: false }, { enabled: true }, { status: 'active' }, { name: 'x' }, '{"active": true}', 'not json', null];
    for (const body of bodies) {
      assert.equal(identitySwitchOff(body), null, JSON.stringify(body));
    }
  });

  test('a URL that updates one identity, not its collection', () => {
    assert.ok(urlUpdatesIdentity('https://sso.example/admin/realms/r/users/6f1c2a9e'));
    assert.ok(urlUpdatesIdentity('https://api.example/v2/api-keys/key_8Hq2?x=1'));
    assert.ok(!urlUpdatesIdentity('https://api.example/scim/v2/Users'));
    assert.ok(!urlUpdatesIdentity('https://api.example/flags/new-checkout'));
  });
});
