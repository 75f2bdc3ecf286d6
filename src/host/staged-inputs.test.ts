import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PortcullisError } from '../core/index.ts';
import { createStagedInputFolder } from './staged-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'portcullis-staged-'));
after(() => rmSync(root, { recursive: true, force: true }));
const bytes = (t: string) => new TextEncoder().encode(t);

describe('the staging folder (A12): read-only copies in the agent\'s folder, nowhere else', () => {
  test('A12 each copy is 0440 under its own name in the agent\'s folder, and removing the stage removes only its copies', async () => {
    mkdirSync(join(root, 'kiro'), { mode: 0o750 });
    chmodSync(join(root, 'kiro'), 0o750);
    const store = createStagedInputFolder(root);
    const one = await store.write('kiro', 'stg_1', [{ path: 'deploy/app.yaml', bytes: bytes('a: 1\n') }, { path: 'other/app.yaml', bytes: bytes('b: 2\n') }]);
    const two = await store.write('kiro', 'stg_2', [{ path: 'plan.tfplan', bytes: bytes('plan') }]);
    assert.deepEqual(one, [join(root, 'kiro', 'stg_1-0-app.yaml'), join(root, 'kiro', 'stg_1-1-app.yaml')]);
    assert.equal(readFileSync(one[1]!, 'utf8'), 'b: 2\n');
    assert.equal(lstatSync(one[0]!).mode & 0o7777, 0o440);
    await store.remove('kiro', 'stg_1');
    assert.deepEqual(readdirSync(join(root, 'kiro')), ['stg_2-0-plan.tfplan']);
    assert.equal(two.length, 1);
  });

  test('A12 a folder that is missing, a link, or writable by group or others is refused; nothing is written', async () => {
    const store = createStagedInputFolder(root);
    mkdirSync(join(root, 'open'), { mode: 0o770 });
    chmodSync(join(root, 'open'), 0o770);
    symlinkSync(join(root, 'kiro'), join(root, 'linked'));
    for (const agent of ['nobody', 'open', 'linked']) {
      await assert.rejects(store.write(agent, 'stg_3', [{ path: 'x.yaml', bytes: bytes('x') }]), (e: unknown) => e instanceof PortcullisError && e.code === 'daemon_failed');
    }
    assert.deepEqual(readdirSync(join(root, 'open')), []);
  });

  test('A12 a name that exists already is never written through (a link planted under the copy\'s name)', async () => {
    const store = createStagedInputFolder(root);
    symlinkSync('/etc/hostname', join(root, 'kiro', 'stg_4-0-x.yaml'));
    await assert.rejects(store.write('kiro', 'stg_4', [{ path: 'x.yaml', bytes: bytes('x') }]), { code: 'EEXIST' });
    assert.deepEqual(readdirSync(join(root, 'kiro')).filter((n) => n.startsWith('stg_4')), []);
  });
});
