import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { roleGrantWidens } from './public-access.ts';
import { accessWidenedByBody } from './access-widened.ts';

/** Round 29 (the lead's answer 268, branch v29): Azure built-in roles by their ids, and ARM's role assignments. */
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const definition = (id: string) => `/subscriptions/1111/providers/Microsoft.Authorization/roleDefinitions/${id}`;
const assignment = (scope: string) => `https://management.azure.com${scope}/providers/Microsoft.Authorization/roleAssignments/2222?api-version=2022-04-01`;

describe('answer 268: built-in role ids read as their names', () => {
  test('a bare id and a definition id', () => {
    assert.match(roleGrantWidens(OWNER, undefined) ?? '', /admin role `Owner/);
    assert.match(roleGrantWidens(definition('18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'), '/subscriptions/1') ?? '', /User Access Administrator/);
    assert.match(roleGrantWidens(definition('4633458b-17de-408a-b874-0445c86b69e6'), '/subscriptions/1/resourceGroups/rg') ?? '', /Key Vault Secrets User/);
  });
  test('Contributor by id widens over a subscription only; Reader and unknown ids never', () => {
    assert.notEqual(roleGrantWidens(definition(CONTRIBUTOR), '/subscriptions/1'), null);
    assert.equal(roleGrantWidens(definition(CONTRIBUTOR), '/subscriptions/1/resourceGroups/rg'), null);
    assert.equal(roleGrantWidens(definition(READER), '/subscriptions/1'), null);
    assert.equal(roleGrantWidens('8e3af657-a8ff-443c-a75c-2fe8c4bcb636', '/'), null);
  });
});

describe('answer 268: ARM role assignments through the HTTP judge', () => {
  const body = (id: string) => ({ properties: { roleDefinitionId: definition(id), principalId: 'p' } });
  test('the URL gives the scope', () => {
    assert.equal(accessWidenedByBody('PUT', assignment('/subscriptions/1111'), body(CONTRIBUTOR))?.code, 'admin_grant');
    assert.equal(accessWidenedByBody('PUT', assignment('/subscriptions/1111/resourceGroups/rg'), body(CONTRIBUTOR)), null);
    assert.equal(accessWidenedByBody('PUT', assignment(''), body(CONTRIBUTOR))?.code, 'admin_grant');
  });
  test('only a PUT with a role definition in the body', () => {
    assert.equal(accessWidenedByBody('GET', assignment('/subscriptions/1111'), body(OWNER)), null);
    assert.equal(accessWidenedByBody('PUT', assignment('/subscriptions/1111'), { properties: { principalId: 'p' } }), null);
    assert.equal(accessWidenedByBody('PUT', 'https://example.com/providers/Microsoft.Authorization/roleAssignments/1', body(OWNER)), null);
  });
});
