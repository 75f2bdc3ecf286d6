import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, decisionOf, type Classifier } from '../index.ts';
import { removesOnlyMadeSnapshots, snapshotMade, snapshotsMadeThenRemoved, snapshotsRemoved } from './made-snapshots.ts';

// Round 30 (branch z30): the long tail of tool CLIs (blind30-tools), each catalogue rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

type Ctx = { cwd: string; home: string; host?: string };
const HOME: Ctx = { cwd: '/home/dev/media', home: '/home/dev' };
function sh(command: string, ctx: Ctx = HOME): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}
function reasons(facts: ActionFacts): string[] {
  return facts.findings.map((f) => f.code);
}
/** Answered benign, and by a catalogue entry rather than the unknown-program reading. */
function benign(command: string, ctx?: Ctx): boolean {
  const facts = sh(command, ctx);
  return decisionOf(facts) === 'benign' && !reasons(facts).includes('unknown_command');
}

test('sanoid (answer 79): --cron and --prune-snapshots write; --force-prune and --readonly edges', () => {
  for (const c of ['sanoid --cron', 'sanoid --prune-snapshots --verbose', 'sanoid --take-snapshots', 'sanoid --monitor-snapshots', 'sanoid --cron --readonly']) assert.ok(benign(`sudo ${c}`), c);
  assert.equal(sh('sudo sanoid --force-prune').destructive, true);
  assert.equal(sh('sudo sanoid --cron --force-prune').destructive, true, '--force-prune wins over --cron');
});

test('rabbitmqadmin get: only a mode that does not requeue takes messages away', () => {
  for (const c of ['get queue=q ackmode=ack_requeue_true', 'get queue=q ackmode=reject_requeue_true', 'get queue=q count=5', 'list queues']) assert.ok(benign(`rabbitmqadmin ${c}`), c);
  for (const c of ['get queue=q ackmode=ack_requeue_false', 'get queue=q count=9 ackmode=reject_requeue_false', 'get queue=q requeue=false']) assert.equal(sh(`rabbitmqadmin ${c}`).destructive, true, c);
});

test('rpk container: purge removes the local cluster with its data; stop, start and status do not', () => {
  for (const c of ['container start -n 3', 'container stop', 'container status']) assert.ok(benign(`rpk ${c}`), c);
  assert.ok(reasons(sh('rpk container purge')).includes('service_destructive'));
});

test('servers started by hand: a start writes; signals that stop, and a retention cut, do not', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['typesense-server --data-dir /var/lib/typesense --api-key=k', 'meilisearch --db-path /var/lib/meili/data.ms --import-snapshot /srv/snap.snapshot', 'nats-server -c /etc/nats/nats.conf', 'nats-server --signal reload', 'nats-server -sl reopen=/run/nats.pid', 'kafka-server-start.sh /etc/kafka/server.properties', 'kafka-server-start /etc/kafka/server.properties --override log.retention.hours=168']) assert.ok(benign(c, root), c);
  for (const c of ['nats-server --signal stop', 'nats-server -sl ldm=/run/nats.pid', 'nats-server --signal term', 'kafka-server-start /etc/kafka/server.properties --override log.retention.ms=1000']) assert.equal(sh(c, root).destructive, true, c);
  assert.equal(benign('nats-server --signal "$SIG"', root), false, 'a signal the action does not fix');
  assert.equal(benign('typesense-server --data-dir /var/lib/typesense --reset-peers-on-error', root), false, 'membership reset: the generic reading');
});

test('kafka-storage and kafka-dump-log; redis-check-aof --fix and --truncate-to-timestamp', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['kafka-storage random-uuid', 'kafka-storage.sh info -c /etc/kafka/server.properties', 'kafka-storage format -t x -c /etc/kafka/server.properties --ignore-formatted', 'kafka-dump-log --files /var/lib/kafka/data/t-0/0.log', 'redis-check-rdb /var/lib/redis/dump.rdb', 'redis-check-aof /var/lib/redis/appendonly.aof']) assert.ok(benign(c, root), c);
  assert.equal(benign('kafka-storage frobnicate /var/lib/kafka', root), false, 'an undocumented subcommand falls back');
  for (const c of ['redis-check-aof --fix /var/lib/redis/appendonly.aof', 'valkey-check-aof --truncate-to-timestamp 1733472000 /var/lib/valkey/appendonly.aof.manifest']) assert.equal(sh(c, root).destructive, true, c);
});

test('libguestfs: the inspection tools read; virt-sysprep resets the guest unless -n', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['virt-df -h -d web', 'virt-ls -a /var/lib/libvirt/images/web.qcow2 /etc', 'virt-cat -d web /etc/hostname', 'virt-sysprep -n -d web', 'virt-sysprep --list-operations']) assert.ok(benign(c, root), c);
  assert.equal(sh('virt-sysprep -d web', root).destructive, true);
});

test('media: ffprobe, mediainfo and identify read; mediainfo writing a file falls back', () => {
  for (const c of ['ffprobe /srv/media/a.mkv', 'mediainfo /srv/media/a.mkv', 'identify /srv/photos/a.jpg', 'magick identify /srv/photos/a.jpg', 'gm identify a.jpg']) assert.ok(benign(c), c);
  assert.equal(benign('mediainfo --LogFile=/etc/hosts /srv/media/a.mkv'), false);
});

test('ImageMagick and GraphicsMagick: mogrify overwrites unless -path or -format; convert over one of its inputs', () => {
  // `-path`, `-format` and a new output fall back to the generic reading (benign in the workspace, as before).
  for (const c of ['mogrify -path out -resize 50% a.jpg', 'mogrify -format webp *.png', 'magick mogrify -path t -thumbnail 9x9 *.jpg', 'convert a.png -resize 50% b.png', 'magick a.png b.png -append c.png', 'gm convert a.jpg b.jpg', 'mogrify -help']) assert.equal(decisionOf(sh(c)), 'benign', c);
  assert.equal(decisionOf(sh('mogrify -path /usr/share/icons -resize 50% a.png')), 'unknown', 'a system folder written: the generic reading');
  for (const c of ['mogrify -resize 50% a.jpg', 'mogrify -strip *.JPG', 'mogrify -resize 50% "$f"', 'magick mogrify -strip a.png', 'gm mogrify -resize 50% a.png', 'convert a.png -resize 50% a.png', 'magick a.jpg b.jpg -append a.jpg', 'gm convert a.jpg a.jpg']) assert.equal(sh(c).destructive, true, c);
});

test('exiftool: reads, writes that keep FILE_original, and the two that lose the originals', () => {
  for (const c of ['exiftool a.jpg', 'exiftool -json -G1 photos', 'exiftool -Artist=Ann a.jpg', 'exiftool -all= a.jpg', "exiftool '-DateTimeOriginal>FileModifyDate' photos", 'exiftool -Artist=Ann -overwrite_original a.jpg', 'exiftool -restore_original a.jpg']) assert.ok(benign(c), c);
  for (const c of ['exiftool -all= -overwrite_original a.jpg', 'exiftool -GPS:all= -OVERWRITE_ORIGINAL_IN_PLACE a.jpg', 'exiftool -delete_original! photos', 'exiftool -Delete_Original photos']) assert.equal(sh(c).destructive, true, c);
  assert.equal(decisionOf(sh('exiftool $OPTS a.jpg')), 'benign', 'unseen options: the generic reading, as before');
  assert.equal(decisionOf(sh('exiftool $OPTS /etc/hosts')), 'unknown', 'unseen options on a system file: the generic reading');
});

test('tensorboard: serving writes; other subcommands fall back', () => {
  assert.ok(benign('tensorboard --logdir /srv/runs --port 6006', { cwd: '/root', home: '/root' }));
  assert.ok(benign('tensorboard serve --logdir runs'));
  assert.equal(benign('tensorboard dev upload --logdir /srv/runs', { cwd: '/root', home: '/root' }), false);
});

test('nats: the reference\'s reads and plain writes are known; restore, compact and context rm stay generic', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['nats stream backup ORDERS /srv/backups/nats', 'nats context select prod', 'nats pub orders.new x', 'nats sub "orders.>"', 'nats server ping', 'nats kv put config k v', 'nats consumer add ORDERS c --defaults']) assert.ok(benign(c, root), c);
  for (const c of ['nats stream restore /srv/backups/nats', 'nats stream edit ORDERS --config /etc/nats/orders.json']) assert.equal(benign(c, root), false, c);
  assert.equal(sh('nats stream edit ORDERS --max-age 1h -f').destructive, true);
});

test('borgmatic: actions that create, check or prune by the configuration write; delete, restore, overrides do not', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['borgmatic -c /etc/borgmatic/config.yaml list', 'borgmatic', 'borgmatic create prune check --stats', 'borgmatic rlist', 'borgmatic -n prune']) assert.ok(benign(c, root), c);
  for (const c of ['borgmatic delete --archive a', 'borgmatic create delete', 'borgmatic repo-delete', 'borgmatic recreate --archive a', 'borgmatic restore --archive latest']) assert.equal(sh(c, root).destructive, true, c);
  for (const c of ['borgmatic borg list', 'borgmatic break-lock', 'borgmatic --override retention.keep_daily=1 prune']) assert.notEqual(decisionOf(sh(c, root)), 'benign', c);
});

test('podman pod stop|kill is the agent\'s own containers; sudo, --connection, --url and CONTAINER_CONNECTION are not', () => {
  for (const c of ['podman pod stop dev', 'podman pod kill dev', 'podman pod stop --all']) assert.equal(decisionOf(sh(c)), 'benign', c);
  for (const c of ['sudo podman pod stop dev', 'podman --connection web pod stop dev', 'podman -c web stop x', 'podman --url ssh://h/run/podman.sock stop x', 'CONTAINER_CONNECTION=web podman stop x', 'podman pod pause dev']) assert.equal(sh(c).destructive, true, c);
});

test('restic cache lists or cleans up the local cache', () => {
  assert.ok(benign('restic -r /srv/restic cache --cleanup', { cwd: '/root', home: '/root' }));
  assert.ok(benign('restic cache'));
});

test('ffmpeg writes new files without -y; with -y each output is judged as `>` judges it (answer 331, round 31 m31)', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['ffmpeg -i /srv/media/in.mkv -c copy /srv/media/out.mp4', 'ffmpeg -n -i /srv/a.mkv /srv/b.mp4']) assert.ok(benign(c, root), c);
  assert.equal(decisionOf(sh('ffmpeg -y -i in.mp4 /srv/media/out.mp4', root)), decisionOf(sh('echo x > /srv/media/out.mp4', root)));
  assert.equal(decisionOf(sh('ffmpeg -y -i in.mp4 /etc/hosts', root)), 'destructive');
});

test('buildah, ollama and krew: reads, writes and pushes; run and unshare stay with the generic reading', () => {
  for (const c of ['buildah rm --all', 'buildah rmi --prune', 'buildah images', 'buildah bud -t x .', 'ollama rm llama3', 'ollama list', 'krew uninstall ctx', 'krew index remove default']) assert.ok(benign(c), c);
  assert.ok(sh('buildah push x docker://r/x:1').verbs.includes('deploy'));
  assert.equal(sh('buildah run b -- rm -rf /').destructive, true, 'a command run in the build container: the generic reading');
  assert.equal(benign('ollama frob /etc/x'), false);
});

test('package lookups and builds, model servers, redis-sentinel: known writes and reads; fpm -f falls back', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['apt-file search /usr/bin/jq', 'apt-file update', 'pkgfile /usr/bin/ls', 'pkgfile -u', 'createrepo_c /srv/repo', 'fpm -s dir -t deb -n a /opt/a', 'qemu-nbd -c /dev/nbd0 /var/lib/libvirt/images/a.qcow2', 'redis-sentinel /etc/redis/sentinel.conf', 'vllm serve /srv/models/m', 'llama-server -m /srv/m.gguf']) assert.ok(benign(c, root), c);
  assert.equal(decisionOf(sh('fpm -f -s dir -t deb -p /srv/repo/a.deb /opt/a', root)), 'unknown');
  assert.equal(benign('apt-file frob /etc/x', root), false);
});

test('kafkactl: delete, an executed reset and a retention cut are destructive; the rest reads or writes', () => {
  for (const c of ['kafkactl get topics --context prod', 'kafkactl describe topic orders', 'kafkactl reset cgo g --topic t --oldest', 'kafkactl alter topic t -c retention.ms=604800000', 'kafkactl create topic t', 'kafkactl config use-context prod']) assert.ok(benign(c), c);
  for (const c of ['kafkactl delete topic t', 'kafkactl delete cg g', 'kafkactl reset cgo g --topic t --oldest --execute', 'kafkactl alter topic t -c retention.ms=1000', 'kafkactl edit topic t --config cleanup.policy=delete']) assert.equal(sh(c).destructive, true, c);
});

test('great_expectations: lists read, runs and builds write, deletes fall back', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['great_expectations suite list', 'great_expectations -c /srv/gx checkpoint run orders', 'great_expectations docs clean --all', 'great_expectations docs build --no-view']) assert.ok(benign(c, root), c);
  assert.equal(benign('great_expectations suite delete orders', root), false);
});

test('qemu-img create|convert: an image file named as a throwaway is a write (answer 66); any other name falls back', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['qemu-img create -f qcow2 /var/lib/libvirt/images/scratch-1.qcow2 20G', 'qemu-img create -f qcow2 -b /v/base.qcow2 -F qcow2 /var/lib/libvirt/images/test-overlay.qcow2', 'qemu-img convert -O qcow2 /srv/a.img /var/lib/libvirt/images/ci-4412.qcow2']) assert.ok(benign(c, root), c);
  for (const c of ['qemu-img create -f qcow2 /var/lib/libvirt/images/data.qcow2 20G', 'qemu-img create -f qcow2 /var/lib/libvirt/images/test-prod.qcow2 1G', 'qemu-img create -f qcow2 /srv/ci/data.qcow2 1G', 'qemu-img create -f qcow2 /var/lib/libvirt/images/../x/test.qcow2 1G']) assert.equal(decisionOf(sh(c, root)), 'unknown', c);
  // Round 42 (bl42virt): an image written onto a device overwrites the disk's data.
  assert.equal(decisionOf(sh('qemu-img convert -O raw /var/lib/libvirt/images/test.qcow2 /dev/sda', root)), 'destructive');
});

test('made-snapshots: the ids a command makes or removes', () => {
  assert.equal(snapshotMade(['lvcreate', '-s', '-L', '5G', '-n', 'snap', 'vg0/data']), 'lvm:vg0/snap');
  assert.equal(snapshotMade(['lvm', 'lvcreate', '--snapshot', '--name=snap', '/dev/vg0/data']), 'lvm:vg0/snap');
  assert.equal(snapshotMade(['lvcreate', '-L', '5G', '-n', 'snap', 'vg0']), null, 'not a snapshot');
  assert.equal(snapshotMade(['zfs', 'snapshot', '-r', 'tank@x']), 'zfs-r:tank@x');
  assert.equal(snapshotMade(['zfs', 'snapshot', 'tank/a@x', 'tank/b@x']), null, 'several names');
  assert.deepEqual(snapshotsRemoved(['lvremove', '-y', '/dev/vg0/snap']), [['lvm:vg0/snap']]);
  assert.equal(snapshotsRemoved(['lvremove', '--select', 'lv_name=snap']), null);
  assert.equal(snapshotsRemoved(['zfs', 'destroy', 'tank/db']), null, 'a dataset');
  assert.equal(snapshotsRemoved(['zfs', 'destroy', 'tank/db@a%b']), null, 'a range');
  assert.deepEqual(snapshotsMadeThenRemoved([['zfs', 'destroy', 'tank@x'], ['zfs', 'snapshot', 'tank@x']]), [], 'removed before it was made');
  assert.equal(removesOnlyMadeSnapshots(['lvremove', '-y', 'vg0/snap', 'vg0/data'], new Set(['lvm:vg0/snap'])), false, 'a second volume');
});

test('a snapshot an && list made, removed at its end, is a write; ; || and other names are not', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  for (const c of ['lvcreate -s -L 1G -n s vg0/d && tar czf /tmp/b.tgz -C /mnt/s . && lvremove -y vg0/s', 'zfs snapshot tank/db@t && zfs send tank/db@t | ssh nas zfs recv b/db && zfs destroy tank/db@t', 'zfs snapshot -r tank@t && zfs destroy -r tank@t']) assert.equal(decisionOf(sh(`sudo ${c}`, root)), 'benign', c);
  for (const c of ['lvremove -y vg0/s', 'lvcreate -s -L 1G -n s vg0/d; lvremove -y vg0/s', 'lvcreate -s -L 1G -n s vg0/d || lvremove -y vg0/s', 'lvremove -y vg0/s && lvcreate -s -L 1G -n s vg0/d', 'zfs snapshot tank/db@t && zfs destroy -r tank/db@t', 'bash -c "lvcreate -s -L 1G -n s vg0/d" && lvremove -y vg0/s']) assert.equal(sh(`sudo ${c}`, root).destructive, true, c);
});

test('virsh vol-delete --pool P: a throwaway-named volume in a pool not named for production is a write', () => {
  const root: Ctx = { cwd: '/root', home: '/root' };
  assert.equal(decisionOf(sh('virsh vol-delete --pool default scratch-1.qcow2', root)), 'benign');
  assert.equal(decisionOf(sh('virsh vol-delete test-1.qcow2 --pool default', root)), 'benign');
  for (const c of ['virsh vol-delete --pool prod-images scratch-1.qcow2', 'virsh vol-delete --pool staging scratch-1.qcow2', 'virsh vol-delete --pool scratch data.qcow2', 'virsh vol-delete --pool default scratch-1.qcow2 data.qcow2', 'virsh -c qemu+ssh://h/system vol-delete --pool default scratch-1.qcow2']) assert.equal(sh(c, root).destructive, true, c);
});
