import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { snapshotListing, snapshotListingTail, snapshotRetention } from './snapshot-retention.ts';

/**
 * The listings of the lead's answers 218 and 234, read through the shared option reader (tools/common.ts `optionValue`,
 * round 29: the module's own `option()` was a second copy of it). Each assertion held before the change as after it.
 */
describe('snapshotListing reads its options as the shared reader does', () => {
  const ec2 = ['ec2', 'describe-snapshots', '--owner-ids', 'self'];
  const query = "sort_by(Snapshots,&StartTime)[:-7].SnapshotId";
  test('an option and its value as two words, or glued with `=`', () => {
    assert.deepEqual(snapshotListing('aws', [...ec2, '--filters', 'Name=volume-id,Values=vol-1a', '--query', query]), { service: 'ec2', newestFirst: false, kept: 7 });
    assert.deepEqual(snapshotListing('aws', [...ec2, '--filters=Name=volume-id,Values=vol-1a', `--query=${query}`]), { service: 'ec2', newestFirst: false, kept: 7 });
    assert.deepEqual(snapshotListing('aws', ['rds', 'describe-db-snapshots', '--db-instance-identifier=db1', '--query', 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[3:].DBSnapshotIdentifier']), { service: 'rds', newestFirst: false, kept: 3 });
    assert.deepEqual(snapshotListing('aws', ['rds', 'describe-db-cluster-snapshots', '--db-cluster-identifier', 'c1', '--query', 'sort_by(DBClusterSnapshots,&SnapshotCreateTime)[:-5].DBClusterSnapshotIdentifier']), { service: 'rds', newestFirst: false, kept: 5 });
  });
  // Round 39 (atk39): the last of a repeated option counts, as the AWS CLI's own parser reads it (an attacker's second
  // `--filters` must not hide behind a narrowing first one).
  test('the last of a repeated option is read', () => {
    assert.equal(snapshotListing('aws', [...ec2, '--filters', 'Name=volume-id,Values=vol-1a', '--filters', 'Name=tag:x,Values=y', '--query', query]), undefined);
    assert.deepEqual(snapshotListing('aws', [...ec2, '--filters', 'Name=tag:x,Values=y', '--filters', 'Name=volume-id,Values=vol-1a', '--query', query]), { service: 'ec2', newestFirst: false, kept: 7 });
  });
  test('an option last without its value, or missing, scopes nothing', () => {
    assert.equal(snapshotListing('aws', [...ec2, '--query', query, '--filters']), undefined);
    assert.equal(snapshotListing('aws', [...ec2, '--query', query]), undefined);
    assert.equal(snapshotListing('aws', ['rds', 'describe-db-snapshots', '--query', 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[3:].DBSnapshotIdentifier']), undefined);
    assert.equal(snapshotListing('aws', [...ec2, '--filters', 'Name=volume-id,Values=vol-1a']), undefined);
  });
  test('gcloud: the disk filter and the newest-first sort, then `tail -n +K`', () => {
    const listing = snapshotListing('gcloud', ['compute', 'snapshots', 'list', "--filter=sourceDisk~d1", '--sort-by', '~creationTimestamp', '--format=value(name)']);
    assert.deepEqual(listing, { service: 'gce', newestFirst: true, kept: 0 });
    assert.deepEqual(snapshotListingTail(listing!, 4), { service: 'gce', newestFirst: true, kept: 3 });
    assert.equal(snapshotListing('gcloud', ['compute', 'snapshots', 'list', '--filter', 'sourceDisk~d1', '--sort-by=creationTimestamp']), undefined);
    assert.equal(snapshotListing('gcloud', ['compute', 'snapshots', 'list', '--sort-by=~creationTimestamp']), undefined);
  });
  test('the deleter on the pipe', () => {
    const listing = { service: 'ec2' as const, newestFirst: false, kept: 7 };
    assert.match(snapshotRetention(listing, ['aws', 'ec2', 'delete-snapshot', '--snapshot-id']) ?? '', /keeps the 7 newest/);
    assert.equal(snapshotRetention({ ...listing, kept: 1 }, ['aws', 'ec2', 'delete-snapshot', '--snapshot-id']), null);
    assert.equal(snapshotRetention(listing, ['aws', 'ec2', 'delete-volume', '--volume-id']), null);
  });
});
