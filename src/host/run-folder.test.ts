import assert from 'node:assert/strict';
import { chmodSync, closeSync, constants, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { emptyFolder, whyConfigReplaceable, whyReplaceable } from './run-folder.ts';

const root = mkdtempSync(join(tmpdir(), 'portcullis-run-folder-'));
after(() => rmSync(root, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;

/** A folder to remove things from, and a victim folder beside it that must survive. */
function fixture(name: string): { dir: string; victim: string } {
  const dir = join(root, name, 'staging');
  const victim = join(root, name, 'victim');
  mkdirSync(dir, { recursive: true });
  mkdirSync(victim);
  writeFileSync(join(victim, 'keep'), 'root\'s file\n');
  return { dir, victim };
}

const openFolder = (dir: string) => openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);

describe('round 11: the root helper empties a folder the service user owns without following a link (A12, D7)', () => {
  test('A12 links are removed themselves, folders emptied and removed; what the links name is untouched', () => {
    const { dir, victim } = fixture('plain');
    symlinkSync(victim, join(dir, 'to-victim'));
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    symlinkSync(join(victim, 'keep'), join(dir, 'sub', 'deeper', 'to-keep'));
    writeFileSync(join(dir, 'stg_1-0-app.yaml'), 'a: 1\n');
    const fd = openFolder(dir);
    try {
      emptyFolder(fd, dir);
    } finally {
      closeSync(fd);
    }
    assert.deepEqual(readdirSync(dir), []);
    assert.deepEqual(readdirSync(victim), ['keep']);
    assert.equal(readFileSync(join(victim, 'keep'), 'utf8'), 'root\'s file\n');
  });

  test('A12 a folder swapped for a link between the look and the open is refused, never entered (deterministic race)', () => {
    const { dir, victim } = fixture('race');
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'copy'), 'x');
    const fd = openFolder(dir);
    try {
      assert.throws(
        () =>
          emptyFolder(fd, dir, {
            // what a service user racing root would do: the folder just looked at becomes a link to root's
            beforeOpen: (p) => {
              if (p !== join(dir, 'd')) return;
              renameSync(join(dir, 'd'), join(dir, 'moved'));
              symlinkSync(victim, join(dir, 'd'));
            },
          }),
        (err: Error) => {
          assert.match(err.message, new RegExp(`^cannot remove \`${dir}/d\` without following a link: (ELOOP|ENOTDIR)$`));
          return true;
        },
      );
    } finally {
      closeSync(fd);
    }
    assert.deepEqual(readdirSync(victim), ['keep']);
    assert.equal(lstatSync(join(dir, 'd')).isSymbolicLink(), true, 'the link was neither followed nor replaced');
  });
});

describe('round 11: whyReplaceable names the folder another user could swap a name in', { skip: !isRoot && 'needs root (root-owned folders)' }, () => {
  test('D7 a root-owned chain under sticky /tmp is sound; a link, another owner, a group-writable or sticky last folder is not', () => {
    const base = join(root, 'chain');
    mkdirSync(join(base, 'run'), { recursive: true, mode: 0o755 });
    chmodSync(root, 0o755);
    chmodSync(base, 0o755);
    chmodSync(join(base, 'run'), 0o755);
    assert.equal(whyReplaceable(join(base, 'run')), null);
    assert.equal(whyReplaceable(join(base, 'run', 'not-yet', 'deeper')), null, 'a missing name is root\'s to make');
    symlinkSync(join(base, 'run'), join(base, 'link'));
    assert.equal(whyReplaceable(join(base, 'link', 'approved')), `\`${base}/link\` is a symbolic link: name the real folder`);
    chownSync(join(base, 'run'), 60_900, 60_900);
    assert.equal(whyReplaceable(join(base, 'run', 'approved'), { who: (uid) => `the service user (uid ${uid})` }), `\`${base}/run\` belongs to the service user (uid 60900), not root: its owner may rename what is in it and put a link there`);
    chownSync(join(base, 'run'), 0, 0);
    chmodSync(join(base, 'run'), 0o775);
    assert.equal(whyReplaceable(join(base, 'run', 'approved')), `\`${base}/run\` is writable by its group: they may rename what is in it and put a link there`);
    chmodSync(join(base, 'run'), 0o1777);
    assert.equal(whyReplaceable(join(base, 'run')), `\`${base}/run\` is writable by its group: they may rename what is in it and put a link there`);
    assert.equal(whyReplaceable(join(base, 'run'), { stickyLast: true }), null);
  });
});

describe('round 12: the config root reads must be a file only root can replace (D7)', { skip: isRoot ? false : 'needs root: it gives folders to other users' }, () => {
  test('D7 a regular file in root\'s folders passes; a folder another user owns or may write, a link to the file or on the way is refused', () => {
    const base = join(root, 'config-check');
    mkdirSync(base, { mode: 0o755 });
    chmodSync(root, 0o755);
    const etc = join(base, 'etc');
    mkdirSync(etc, { mode: 0o750 });
    const file = join(etc, 'portcullis.yaml');
    writeFileSync(file, 'version: 1\n', { mode: 0o640 });
    assert.equal(whyConfigReplaceable(file), null);

    // the service user's folder: it could swap the file between root's read and root's owner check
    const theirs = join(base, 'svc-etc');
    mkdirSync(theirs, { mode: 0o750 });
    writeFileSync(join(theirs, 'portcullis.yaml'), 'version: 1\n');
    chownSync(theirs, 65534, 65534);
    assert.equal(whyConfigReplaceable(join(theirs, 'portcullis.yaml'), { who: (uid) => `the service user (uid ${uid})` }), `\`${theirs}\` belongs to the service user (uid 65534), not root: its owner may rename what is in it and put a link there`);

    // root's folder that its group may write
    const shared = join(base, 'group-etc');
    mkdirSync(shared);
    chmodSync(shared, 0o770);
    writeFileSync(join(shared, 'portcullis.yaml'), 'version: 1\n');
    assert.equal(whyConfigReplaceable(join(shared, 'portcullis.yaml')), `\`${shared}\` is writable by its group: they may rename what is in it and put a link there`);

    // the config named through a link, and a link on the way to it
    symlinkSync(file, join(etc, 'link.yaml'));
    assert.equal(whyConfigReplaceable(join(etc, 'link.yaml')), `\`${join(etc, 'link.yaml')}\` is a symbolic link: name the real file`);
    symlinkSync(etc, join(base, 'etc-link'));
    assert.equal(whyConfigReplaceable(join(base, 'etc-link', 'portcullis.yaml')), `\`${join(base, 'etc-link')}\` is a symbolic link: name the real folder`);

    // a folder, and a name that does not exist
    assert.equal(whyConfigReplaceable(etc), `\`${etc}\` is not a regular file`);
    assert.equal(whyConfigReplaceable(join(etc, 'missing.yaml')), `\`${join(etc, 'missing.yaml')}\` cannot be looked up (ENOENT)`);
  });
});
