import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agentUsers, lookupUserAsync, type UnixUser } from './unix-users.ts';

describe('D8: the agents\' Unix users for the path resolver', () => {
  it('D8 an unmapped agent has none (nothing known); a mapped one is looked up once and shared; a failed lookup is null (fail closed)', async () => {
    const asked: string[] = [];
    const kiro: UnixUser = { name: 'kiro', uid: 1001, gid: 1001, groups: [1001, 27] };
    const users = agentUsers({ kiro: 'kiro', ghost: 'ghost' }, async (name) => {
      asked.push(name);
      if (name === 'ghost') throw new Error('id: no such user');
      return kiro;
    });
    assert.equal(users('local'), undefined);
    assert.equal(users('toString'), undefined);
    assert.deepEqual(await users('kiro'), kiro);
    assert.deepEqual(await users('kiro'), kiro);
    assert.equal(await users('ghost'), null);
    assert.deepEqual(asked, ['kiro', 'ghost']);
  });
  it('D8 round 13 an account is looked up with its passwd entry\'s home (ssh reads ~/.ssh/config there, not $HOME)', async () => {
    const root = await lookupUserAsync('root');
    assert.equal(root?.uid, 0);
    assert.equal(root?.home, '/root');
    assert.equal(await lookupUserAsync('no-such-user-g13'), null);
  });
});
