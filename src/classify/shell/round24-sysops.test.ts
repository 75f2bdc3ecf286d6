import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 24 (branch b24f): classes from blind24-sysops's tuned misses, system administration outside the workspace.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd: '/home/ops', home: '/home/ops' }, EMPTY_INVENTORY);
}
const code = (f: ActionFacts, c: string): boolean => f.findings.some((x) => x.code === c);

test('mount over a folder that holds data, or a data volume remounted read-only, is destructive (answer 151)', () => {
  assert.equal(code(sh('sudo mount -t tmpfs tmpfs /var/lib/mysql'), 'mount_covers_data'), true);
  assert.equal(code(sh('sudo mount --bind /srv/empty /home'), 'mount_covers_data'), true);
  assert.equal(code(sh('sudo mount -o remount,ro /srv/data'), 'mount_covers_data'), true);
  assert.equal(code(sh('sudo mount /dev/sdb1 "$DIR"'), 'mount_covers_data'), true);
  for (const aside of ['sudo mount /dev/sdb1 /mnt/usb', 'sudo mount /dev/sdc1 /data', 'sudo mount -o remount,rw /', 'sudo mount -a', 'mount', 'sudo mount /mnt/usb', 'sudo mount -t debugfs none /sys/kernel/debug', 'sudo mount -o remount,ro /media/dev/X']) {
    assert.equal(sh(aside).destructive, false, aside);
  }
});

test('umount of a removable or scratch mount is a write; a data volume, a device, -a or an unfixed point is not', () => {
  for (const aside of ['sudo umount /mnt/usb', 'umount /media/dev/STICK', 'sudo umount /run/media/dev/BACKUP', 'sudo umount /tmp/ramdisk', 'umount --help']) {
    assert.equal(sh(aside).destructive, false, aside);
  }
  for (const used of ['sudo umount -l /var/lib/postgresql', 'sudo umount -f /srv/data', 'sudo umount /dev/sdb1', 'sudo umount -a', 'sudo umount /mnt/../var/lib/mysql', 'sudo umount "$POINT"']) {
    assert.equal(code(sh(used), 'unmount_in_use'), true, used);
  }
});

test('a tool home appended to /etc/environment is a setting; search, loader and interpreter variables are not', () => {
  assert.equal(sh("echo 'JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64' | sudo tee -a /etc/environment").destructive, false);
  assert.equal(sh("echo 'ANDROID_HOME=\"/opt/android-sdk\"' | sudo tee -a /etc/environment").destructive, false);
  for (const line of ['PYTHONHOME=/opt/py', 'JAVA_HOME=/tmp/jdk', 'LD_PRELOAD=/usr/lib/x.so', 'PATH=/usr/local/bin', 'JAVA_HOME=/opt/../tmp/x', 'JAVA_HOME=$HOME/jdk']) {
    assert.equal(sh(`echo '${line}' | sudo tee -a /etc/environment`).destructive, true, line);
  }
});
