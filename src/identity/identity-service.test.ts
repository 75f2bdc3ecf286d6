import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { PortcullisError } from '../core/index.ts';
import { controlPlane, holdInput, type ControlPlane } from '../../test/helpers/control-plane.ts';
import { hashToken } from './index.ts';

async function failsWith(p: Promise<unknown>, code: string, message: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof PortcullisError);
    assert.deepEqual([e.code, e.message], [code, message]);
    return true;
  });
}

describe('identity', () => {
  let cp: ControlPlane;
  beforeEach(async () => (cp = await controlPlane()));
  afterEach(() => cp.dispose());

  test('tokens are random, shown once, stored only as their hash', async () => {
    const { token, principal } = await cp.identity.addHuman({ id: 'dana', groups: ['sre'] }, { kind: 'local' });
    assert.match(token, /^pct_h_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(principal, { kind: 'human', id: 'dana', groups: ['sre'], revoked: false });
    const row = await cp.store.read((tx) => tx.getPrincipal('dana'));
    assert.equal(row?.tokenHash, hashToken(token));
    const dump = JSON.stringify(await cp.store.read((tx) => tx.auditRange(1, 100)));
    assert.ok(!dump.includes(token), 'the token never reaches the audit log');
    const second = await cp.identity.addHuman({ id: 'erin' }, { kind: 'local' });
    assert.notEqual(second.token, token);
  });

  test('D2 a human token is refused on the agent channel and an agent token on the reviewer channel', async () => {
    const h = await cp.identity.addHuman({ id: 'alice2', groups: ['sre'] }, { kind: 'local' });
    const a = await cp.identity.addAgent({ id: 'kiro2', role: 'developer', operator: 'alice2' }, { kind: 'local' });
    assert.equal((await cp.identity.authenticate(h.token, 'reviewer')).id, 'alice2');
    assert.equal((await cp.identity.authenticate(a.token, 'agent')).id, 'kiro2');
    await failsWith(cp.identity.authenticate(h.token, 'agent'), 'auth_failed', 'human token presented on the agent channel');
    await failsWith(cp.identity.authenticate(a.token, 'reviewer'), 'auth_failed', 'agent token presented on the reviewer channel');
    await failsWith(cp.identity.authenticate(`${h.token.slice(0, -1)}${h.token.endsWith('A') ? 'B' : 'A'}`, 'reviewer'), 'auth_failed', 'token is not recognised');
    await failsWith(cp.identity.authenticate('hunter2', 'reviewer'), 'auth_failed', 'token is malformed');
  });

  test('D2 an agent can never mint credentials or revoke anyone', async () => {
    const kiro = (await cp.identity.agent('kiro'))!;
    await failsWith(cp.identity.addHuman({ id: 'x' }, kiro), 'auth_failed', 'agent `kiro` cannot change identities');
    await failsWith(cp.identity.addAgent({ id: 'y', role: 'admin', operator: 'olga' }, kiro), 'auth_failed', 'agent `kiro` cannot change identities');
    await failsWith(cp.identity.revoke('human', 'alice', kiro), 'auth_failed', 'agent `kiro` cannot change identities');
  });

  test('D4 revoking an operator blocks their agents at the next lookup and cancels their pending requests', async () => {
    const a = await cp.identity.addAgent({ id: 'kiro3', role: 'developer', operator: 'olga' }, { kind: 'local' });
    const sub = await cp.identity.addAgent({ id: 'kiro3-sub', role: 'developer', operator: 'olga', parent: 'kiro3' }, { kind: 'local' });
    const input = holdInput('terraform destroy');
    const { requestId } = await cp.approvals.hold(input);
    assert.equal((await cp.identity.agent('kiro'))?.revoked, false);
    const { cancelledRequests } = await cp.identity.revoke('human', 'olga', { kind: 'local' });
    assert.deepEqual(cancelledRequests, [requestId]);
    assert.equal((await cp.approvals.show(requestId)).status, 'cancelled');
    assert.equal((await cp.identity.agent('kiro'))?.revoked, true, 'config-declared agent of the revoked operator');
    assert.equal((await cp.identity.agent('kiro3-sub'))?.revoked, true);
    await failsWith(cp.identity.authenticate(a.token, 'agent'), 'auth_failed', 'agent `kiro3` is revoked');
    await failsWith(cp.identity.authenticate(sub.token, 'agent'), 'auth_failed', 'agent `kiro3-sub` is revoked');
  });

  test('D4 revoking a parent agent revokes its sub-agents; revoking a user kills their token at once', async () => {
    const h = await cp.identity.addHuman({ id: 'fred', groups: ['sre'] }, { kind: 'local' });
    await cp.identity.addAgent({ id: 'p1', role: 'developer', operator: 'fred' }, { kind: 'local' });
    await cp.identity.addAgent({ id: 'p1-child', role: 'developer', operator: 'fred', parent: 'p1' }, { kind: 'local' });
    await cp.identity.revoke('agent', 'p1', { kind: 'local' });
    assert.equal((await cp.identity.agent('p1-child'))?.revoked, true);
    await cp.identity.revoke('human', 'fred', { kind: 'local' });
    await failsWith(cp.identity.authenticate(h.token, 'reviewer'), 'auth_failed', 'token is not recognised');
  });

  test('list merges config and store; adding an agent needs an active operator', async () => {
    await cp.identity.addHuman({ id: 'alice' }, { kind: 'local' }).catch(() => undefined);
    const humans = await cp.identity.list('human');
    assert.deepEqual(humans.map((h) => [h.id, h.source, h.hasToken, h.groups.join(',')]), [
      ['alice', 'store', true, 'sre'], ['bob', 'config', false, 'sre'], ['carol', 'config', false, 'dev'], ['olga', 'config', false, 'dev,sre'],
    ]);
    await failsWith(cp.identity.addAgent({ id: 'z', role: 'dev', operator: 'nobody' }, { kind: 'local' }), 'principal_unknown', 'operator `nobody` is not a registered user');
    await failsWith(cp.identity.addHuman({ id: 'Bad Id' }, { kind: 'local' }), 'request_invalid', 'user id `Bad Id` is not valid');
  });
});
