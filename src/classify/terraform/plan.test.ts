import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY, type ActionContext, type Inventory, type JsonObject } from '../../core/index.ts';
import { FactsBuilder } from '../builder.ts';
import { actionKind, classifyPlan, safeguardsOff } from './plan.ts';

function rc(address: string, actions: string[], before: JsonObject | null = {}, after: JsonObject | null = {}): JsonObject {
  return { address, type: address.split('.')[0]!, name: address.split('.')[1]!, change: { actions, before, after } };
}

function facts(plan: JsonObject, inventory: Inventory = EMPTY_INVENTORY, ctx: ActionContext = { tfWorkspace: 'prod-cn-1' }) {
  const b = new FactsBuilder();
  classifyPlan(plan, ctx, inventory, b);
  return b.build('plan');
}

test('action kinds, both replacement orders included', () => {
  assert.equal(actionKind(['delete', 'create']), 'replace');
  assert.equal(actionKind(['create', 'delete']), 'replace');
  assert.equal(actionKind(['forget']), 'forget');
  assert.equal(actionKind(['create', 'forget']), 'create-forget');
  assert.equal(actionKind(['no-op']), 'no-op');
  assert.equal(actionKind('x'), 'unknown');
});

test('counts per action, reviewer summary and blast radius', () => {
  const f = facts({ format_version: '1.2', resource_changes: [rc('a.x', ['delete']), rc('a.y', ['delete']), rc('b.z', ['delete', 'create']), rc('c.w', ['update']), rc('d.v', ['no-op'])] });
  assert.equal(f.summary, 'terraform: 2 destroyed, 1 replaced, 1 updated');
  assert.equal(f.blastRadius, 4);
  assert.equal(f.destructive, true);
  assert.ok(f.verbs.includes('replace'));
});

test('safeguards switched off in an update are destructive', () => {
  assert.deepEqual(safeguardsOff({ deletion_protection: true }, { deletion_protection: false }), ['deletion_protection']);
  assert.deepEqual(safeguardsOff({ skip_final_snapshot: false }, { skip_final_snapshot: true }), ['skip_final_snapshot']);
  assert.deepEqual(safeguardsOff({ deletion_protection: false }, { deletion_protection: true }), []);
});

test("each resource's environment: inventory address patterns, then tags and names", () => {
  const inv: Inventory = { ...EMPTY_INVENTORY, environments: [{ name: 'core', tier: 'production', tags: [], match: { tf_addresses: ['module.core.**'] } }] };
  const plan = { format_version: '1.2', resource_changes: [rc('module.core.aws_vpc.main', ['delete']), rc('aws_s3_bucket.b', ['delete'], { tags: { Environment: 'staging' } }, null)] };
  assert.deepEqual(facts(plan, inv, {}).targets.map((t) => t.environment), ['core', 'staging']);
  // A production workspace outranks a resource's staging tag: never report production as less.
  assert.deepEqual(facts(plan, inv).targets.map((t) => t.environment), ['core', 'production']);
});

test('a document that is not a plan is opaque', () => {
  assert.equal(facts({ resources: [] }).confidence, 'opaque');
  assert.equal(facts({ format_version: '9.0', resource_changes: [] }).confidence, 'opaque');
});
