import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planSummary, planTable } from './plan.ts';

const rc = (address: string, actions: unknown) => ({ address, type: address.split('.')[0] ?? '', change: { actions } });

test('plan table: replaces and deletes are flagged as danger and listed first; no-ops are counted, not shown', () => {
  const t = planTable({
    resource_changes: [
      rc('aws_iam_role.a', ['update']),
      rc('aws_eks_cluster.main', ['delete', 'create']),
      rc('aws_s3_bucket.logs', ['no-op']),
      rc('aws_vpc.main', ['create', 'delete']),
      rc('aws_sg.old', ['delete']),
      rc('aws_log_group.new', ['create']),
    ],
  } as never);
  assert.equal(t.problem, null);
  assert.deepEqual(t.rows.map((r) => [r.address, r.change, r.danger]), [
    ['aws_sg.old', 'delete', true],
    ['aws_eks_cluster.main', 'replace', true],
    ['aws_vpc.main', 'replace', true],
    ['aws_iam_role.a', 'update', false],
    ['aws_log_group.new', 'create', false],
  ]);
  assert.equal(t.unchanged, 1);
  assert.equal(planSummary(t.counts), '1 destroyed, 2 replaced, 1 updated, 1 created');
});

test('plan table: unreadable changes are shown as unknown and highlighted like a delete (F1)', () => {
  const t = planTable({ resource_changes: [rc('a.b', ['delete', 'update']), rc('c.d', 'delete'), 'nonsense'] } as never);
  assert.deepEqual(t.rows.map((r) => [r.address, r.change, r.danger]), [
    ['a.b', 'unknown', true],
    ['c.d', 'unknown', true],
    ['(no address)', 'unknown', true],
  ]);
  assert.equal(planSummary(t.counts), '3 unreadable');
});

test('plan table: a plan without resource_changes is a problem, not an empty plan', () => {
  assert.equal(planTable({}).problem, 'the plan has no `resource_changes`');
  assert.equal(planTable({ resource_changes: 'x' }).problem, '`resource_changes` is not a list');
  assert.equal(planSummary(planTable({ resource_changes: [] }).counts), 'no changes');
});

test('plan table: replace_paths and action_reason are kept', () => {
  const t = planTable({ resource_changes: [{ address: 'aws_vpc.main', type: 'aws_vpc', action_reason: 'replace_because_cannot_update', change: { actions: ['delete', 'create'], replace_paths: [['cidr_block'], ['tags', 0, 'k']] } }] });
  assert.deepEqual(t.rows[0], { address: 'aws_vpc.main', type: 'aws_vpc', change: 'replace', reason: 'replace_because_cannot_update', replacePaths: ['cidr_block', 'tags[0].k'], danger: true });
});
