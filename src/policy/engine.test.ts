import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPolicyEngine } from './index.ts';
import { dana, defaultPack, engineWith, eve, facts, input, kiro, schemaText, target } from '../../test/helpers/policy.ts';

const engine = engineWith();

describe('policy engine: the default pack', () => {
  it('allows reads on production', () => {
    const v = engine.evaluate(input(facts(['read'], [target('prod-cn-1')])));
    assert.equal(v.effect, 'allow');
    assert.deepEqual(v.policies, ['everyone-may-read']);
  });

  it('holds a production write by an agent for 2 approvals from `approvers`', () => {
    const v = engine.evaluate(input(facts(['write'], [target('prod-eu-1')])));
    assert.equal(v.effect, 'hold');
    assert.ok(v.effect === 'hold' && v.requiredApprovals === 2);
    assert.deepEqual(v.effect === 'hold' && v.approverGroups, ['approvers']);
    assert.deepEqual(v.policies, ['production-change-needs-two-approvals']);
  });

  it('denies, finally, deleting the agent\'s own home environment', () => {
    const v = engine.evaluate(input(facts(['delete'], [target('prod-cn-1')])));
    assert.equal(v.effect, 'deny');
    assert.deepEqual(v.policies, ['agent-never-destroys-home-environment']);
    assert.equal(v.reasons[0]!.message, 'an agent may never delete or replace its own home environment, or an environment Portcullis cannot identify');
  });

  it('lists the forbids of a deny in pack order, whatever order Cedar answers them in', () => {
    const v = engineWith().evaluate(input(facts(['delete'], [target('prod-cn-1', { home: true, critical: true })])));
    assert.deepEqual(v.policies, ['agent-never-destroys-home-environment', 'critical-targets-never-destroyed']);
    assert.equal(v.reasons[0]?.message, 'an agent may never delete or replace its own home environment, or an environment Portcullis cannot identify');
  });

  it('treats destroying a target in an unknown environment as destroying the home environment (worst case)', () => {
    const v = engine.evaluate(input(facts(['delete'], [target(null)])));
    assert.equal(v.effect, 'deny');
    assert.deepEqual(v.policies, ['agent-never-destroys-home-environment']);
  });

  it('treats an unknown environment as production (F1)', () => {
    const v = engine.evaluate(input(facts(['write'], [target(null)])));
    assert.equal(v.effect, 'hold');
    const w = engine.evaluate(input(facts(['write'], [target('no-such-env')])));
    assert.equal(w.effect, 'hold');
  });

  it('takes a tier name the inventory does not know as a heuristic placement of that tier', () => {
    assert.equal(engine.evaluate(input(facts(['delete'], [target('dev')]))).effect, 'allow');
    const v = engine.evaluate(input(facts(['delete'], [target('production')])));
    assert.equal(v.effect, 'hold', 'a placed production target is held, not treated as the unidentifiable home');
    assert.deepEqual(v.policies, ['production-change-needs-two-approvals']);
  });

  it('denies opaque actions on production and in unknown environments', () => {
    const v = engine.evaluate(input(facts(['unknown'], [], { confidence: 'opaque', destructive: true })));
    assert.equal(v.effect, 'deny');
    assert.ok(v.policies.includes('opaque-on-production-denied'));
  });

  it('allows changes in dev, and holds staging deletes for one approval', () => {
    assert.equal(engine.evaluate(input(facts(['delete'], [target('dev')]))).effect, 'allow');
    const v = engine.evaluate(input(facts(['delete'], [target('staging')])));
    assert.ok(v.effect === 'hold' && v.requiredApprovals === 1);
  });

  it('D2: agents may never change permissions, even in dev', () => {
    const v = engine.evaluate(input(facts(['permissions'], [target('dev')])));
    assert.equal(v.effect, 'deny');
    assert.deepEqual(v.policies, ['agent-never-changes-permissions']);
  });

  it('D3: agents may read but never change the control plane', () => {
    const cp = target('dev', { kind: 'control_plane', id: '/etc/portcullis.yaml' });
    assert.equal(engine.evaluate(input(facts(['read'], [cp]))).effect, 'allow');
    const v = engine.evaluate(input(facts(['write'], [cp])));
    assert.equal(v.effect, 'deny');
    assert.deepEqual(v.policies, ['agent-never-touches-control-plane']);
  });

  it('never lets an agent destroy a critical path, even in dev', () => {
    const v = engine.evaluate(input(facts(['delete'], [target('dev', { kind: 'filesystem', id: '/home/dana', critical: true })])));
    assert.equal(v.effect, 'deny');
    assert.deepEqual(v.policies, ['critical-targets-never-destroyed']);
  });

  it('a final forbid beats a hold on another target of the same action', () => {
    const v = engine.evaluate(input(facts(['delete'], [target('prod-eu-1'), target('prod-cn-1')])));
    assert.equal(v.effect, 'deny');
  });
});

describe('policy engine: delegation narrows, never widens', () => {
  it('D5: denies an agent whose role permits what its operator lacks (Portcullis computes operator ∩ role)', () => {
    const v = engine.evaluate(input(facts(['write'], [target('prod-eu-1')]), { operator: eve }));
    assert.equal(v.effect, 'deny');
    assert.equal(v.reasons[0]!.code, 'operator_lacks_right');
    assert.match(v.reasons[0]!.message, /^operator `eve` of agent `kiro` may not write/);
  });

  it('denies what the agent role lacks even when the operator is an admin', () => {
    const reader = { ...kiro, role: 'reader' };
    const v = engine.evaluate(input(facts(['write'], [target('dev')]), { agent: reader, operator: dana }));
    assert.equal(v.effect, 'deny');
    assert.equal(v.reasons[0]!.code, 'no_permit');
  });

  it('a sub-agent is limited by its parent agent', () => {
    const parent = { ...kiro, id: 'planner', role: 'reader' };
    const child = { ...kiro, id: 'worker', parent: 'planner' };
    const v = engine.evaluate(input(facts(['write'], [target('dev')]), { agent: child, ancestors: [parent] }));
    assert.equal(v.effect, 'deny');
    assert.equal(v.reasons[0]!.code, 'ancestor_lacks_right');
  });

  it('D1: approvals unlock, never grant: a hold needs the rights without the holding forbid', () => {
    // A developer agent may not change production at all: that is a deny, not a hold.
    const dev = { ...kiro, role: 'developer' };
    const v = engine.evaluate(input(facts(['write'], [target('prod-eu-1')]), { agent: dev }));
    assert.equal(v.effect, 'deny');
    assert.equal(v.reasons[0]!.code, 'no_permit');
    assert.match(v.reasons[0]!.message, /approvals cannot unlock it/);
  });
});

describe('policy engine: fail closed (D6)', () => {
  it('decision:eval-error-denies: a forbid that errors at evaluation denies instead of vanishing', () => {
    // Overflow is a runtime error that passes validation: Cedar would skip this forbid and allow.
    const e = engineWith('@id("overflowing-forbid")\nforbid (principal, action, resource) when { context.blast_radius * 9223372036854775807 > 1 };');
    const v = e.evaluate(input(facts(['read'], [target('dev')], { blastRadius: 2 })));
    assert.equal(v.effect, 'deny');
    assert.equal(v.reasons[0]!.code, 'policy_evaluation_error');
    assert.match(v.reasons[0]!.message, /^policy `overflowing-forbid` failed to evaluate \(.*\); denying$/);
  });

  it('refuses a policy that does not validate against the schema, naming file and line', () => {
    const r = loadPolicyEngine(schemaText, [...defaultPack, { file: 'team.cedar', text: '// team rules\n\n@id("typo")\npermit (principal, action, resource)\nwhen { resource.teir == "dev" };\n' }]);
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && r.issues, [{ path: 'team.cedar:5', message: 'for policy `typo`, attribute `teir` on entity type `Portcullis::Target` not found', hint: 'did you mean `tier`?' }]);
  });

  it('refuses a syntax error with its line', () => {
    const r = loadPolicyEngine(schemaText, [{ file: 'bad.cedar', text: 'permit (principal, action, resource);\nforbid (principal, action resource);\n' }]);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.issues[0]!.path, 'bad.cedar:2');
    assert.match(!r.ok ? r.issues[0]!.message : '', /^unexpected token `resource`/);
  });

  it('refuses an empty policy set (F2)', () => {
    const r = loadPolicyEngine(schemaText, [{ file: 'empty.cedar', text: '// nothing\n' }]);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.issues[0]!.message, 'no policies loaded');
  });

  it('refuses misspelt or misused annotations rather than silently dropping a hold', () => {
    const r = loadPolicyEngine(schemaText, [{ file: 'a.cedar', text: '@id("x")\n@aprovals("2")\nforbid (principal, action, resource);\n@id("y")\n@approvals("two")\nforbid (principal, action, resource);\n' }]);
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && r.issues.map((i) => `${i.path} ${i.message}`), ['a.cedar:1 policy `x` has unknown annotation `@aprovals`', 'a.cedar:4 policy `y`: @approvals(`two`) must be a whole number from 1 to 99']);
  });

  it('refuses duplicate policy ids', () => {
    const r = loadPolicyEngine(schemaText, [{ file: 'a.cedar', text: '@id("x")\npermit (principal, action, resource);\n@id("x")\npermit (principal, action, resource);\n' }]);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.issues[0]!.message, 'duplicate policy id `x` (first at a.cedar:1)');
  });

  it('index-is-superset: a forbid scoped to one verb still applies to that verb', () => {
    const e = engineWith('@id("no-dev-deletes")\nforbid (principal, action == Portcullis::Action::"delete", resource) when { resource.tier == "dev" };');
    assert.equal(e.evaluate(input(facts(['delete'], [target('dev')]))).effect, 'deny');
    assert.equal(e.evaluate(input(facts(['write'], [target('dev')]))).effect, 'allow');
  });

  it('target-id-irrelevant: a policy that names one target still decides by its id', () => {
    const e = engineWith('@id("protect-ledger")\nforbid (principal, action, resource == Portcullis::Target::"database:ledger");');
    const ledger = target('dev', { kind: 'database', id: 'ledger' });
    const other = target('dev', { kind: 'database', id: 'scratch' });
    assert.equal(e.evaluate(input(facts(['write'], [other]))).effect, 'allow');
    assert.equal(e.evaluate(input(facts(['write'], [ledger]))).effect, 'deny');
    assert.equal(e.evaluate(input(facts(['write'], [other]))).effect, 'allow');
  });

  it('hashes the policy set so any change is visible', () => {
    assert.notEqual(engineWith().hash, engineWith('@id("z")\nforbid (principal, action, resource) when { false };').hash);
    assert.equal(engineWith().hash, engine.hash);
  });
});
