import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sha256Hex } from '../core/index.ts';
import { demoApp } from '../../test/helpers/http-app.ts';
import { createFsInputReader } from './input-reader.ts';
import { createFsInputGuard } from './input-guard.ts';
import { runExec } from '../adapters/exec/index.ts';
import { localAgentGate } from '../runtime/index.ts';

const ws = mkdtempSync(join(tmpdir(), 'portcullis-inputs-'));
const ctx = { cwd: ws, kubeContext: 'prod-cn-1' };
const apply = (file = 'deploy/payments.yaml') => ({ kind: 'shell' as const, command: `kubectl --context prod-cn-1 apply -f ${file}` });
let t: Awaited<ReturnType<typeof demoApp>>;

before(async () => {
  mkdirSync(join(ws, 'deploy', 'more'), { recursive: true });
  writeFileSync(join(ws, 'deploy', 'payments.yaml'), 'kind: Deployment\nmetadata: { name: payments }\n');
  t = await demoApp();
});
after(async () => {
  await t.close();
  rmSync(ws, { recursive: true, force: true });
});

describe('A12 the fs input reader', () => {
  test('A12 hashes the bytes, resolves links to the real path, keeps text, expands directories in a stable order', async () => {
    const dir = mkdtempSync(join(ws, 'r-'));
    writeFileSync(join(dir, 'b.yaml'), 'b: 1\n');
    writeFileSync(join(dir, 'a.json'), '{}');
    writeFileSync(join(dir, 'notes.txt'), 'not a manifest');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.yml'), 'c: 1\n');
    symlinkSync(join(dir, 'b.yaml'), join(dir, 'link.yaml'));
    const reader = createFsInputReader();
    const flat = await reader.read([{ path: 'r', absolute: dir, role: 'manifest' }], ws);
    assert.ok(flat.ok);
    assert.deepEqual(flat.files.map((f) => f.path), ['r/a.json', 'r/b.yaml', 'r/link.yaml']);
    assert.equal(flat.files[1]!.sha256, sha256Hex('b: 1\n'));
    assert.equal(flat.files[1]!.text, 'b: 1\n');
    assert.equal(flat.files[2]!.realPath, flat.files[1]!.realPath);
    const deep = await reader.read([{ path: 'r', absolute: dir, role: 'manifest', recursive: true }], ws);
    assert.ok(deep.ok);
    assert.deepEqual(deep.files.map((f) => f.path), ['r/a.json', 'r/b.yaml', 'r/link.yaml', 'r/sub/c.yml']);
    const bin = join(dir, 'plan.tfplan');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2]));
    const plan = await reader.read([{ path: 'plan.tfplan', absolute: bin, role: 'plan' }], ws);
    assert.ok(plan.ok);
    assert.equal(plan.files[0]!.text, undefined);
    assert.equal(plan.files[0]!.size, 7);
  });

  test('A12 a missing, unreadable, oversized or relative-without-cwd input is a problem that says why, never a partial hash', async () => {
    const small = createFsInputReader({ maxFileBytes: 8, maxTotalBytes: 12 });
    const f = join(ws, 'big.yaml');
    writeFileSync(f, '0123456789');
    assert.deepEqual(await small.read([{ path: 'big.yaml', absolute: f, role: 'manifest' }], ws), {
      ok: false, problems: [{ path: 'big.yaml', code: 'input_too_large', message: '`big.yaml` is 10 bytes, more than the 8-byte limit for one input file' }],
    });
    writeFileSync(join(ws, 'a8'), '01234567');
    const total = await small.read([{ path: 'a8', absolute: join(ws, 'a8'), role: 'sql' }, { path: 'b8', absolute: join(ws, 'a8'), role: 'manifest' }], ws);
    assert.deepEqual(total, { ok: false, problems: [{ path: 'b8', code: 'input_too_large', message: 'the action\'s input files are more than 12 bytes together' }] });
    assert.deepEqual(await small.read([{ path: 'nope.yaml', absolute: join(ws, 'nope.yaml'), role: 'manifest' }], ws), {
      ok: false, problems: [{ path: 'nope.yaml', code: 'input_unreadable', message: '`nope.yaml` cannot be read (ENOENT)' }],
    });
    assert.deepEqual(await small.read([{ path: 'x.sql', absolute: null, role: 'sql' }], undefined), {
      ok: false, problems: [{ path: 'x.sql', code: 'input_unreadable', message: '`x.sql` is relative and the working directory is unknown' }],
    });
    if (process.getuid?.() !== 0) {
      const locked = join(ws, 'locked.yaml');
      writeFileSync(locked, 'x');
      chmodSync(locked, 0o000);
      const r = await small.read([{ path: 'locked.yaml', absolute: locked, role: 'manifest' }], ws);
      assert.deepEqual(r, { ok: false, problems: [{ path: 'locked.yaml', code: 'input_unreadable', message: '`locked.yaml` cannot be read (EACCES)' }] });
    }
  });

  test('A12 the buffer follows the open file, not its reported size: a file that reports 0 bytes is read whole, and past the limit it is refused', async () => {
    // /proc files report size 0 and have content: the reader grows its buffer as the bytes come.
    const whole = await createFsInputReader().readWithBytes([{ path: 'status', absolute: '/proc/self/status', role: 'sql' }], ws);
    assert.ok(whole.ok);
    assert.ok(whole.files[0]!.bytes.length > 0);
    assert.equal(whole.files[0]!.bound.size, whole.files[0]!.bytes.length);
    assert.equal(whole.files[0]!.bound.sha256, sha256Hex(whole.files[0]!.bytes));
    const small = await createFsInputReader({ maxFileBytes: 16 }).read([{ path: 'status', absolute: '/proc/self/status', role: 'sql' }], ws);
    assert.deepEqual(small, { ok: false, problems: [{ path: 'status', code: 'input_too_large', message: '`status` is more than the 16-byte limit for one input file' }] });
  });

  test('A12 a FIFO where a manifest should be is refused as not a regular file, at once (no wait for a writer), on either path', async () => {
    const dir = mkdtempSync(join(ws, 'fifo-'));
    execFileSync('mkfifo', [join(dir, 'x.yaml')]);
    const want = { ok: false, problems: [{ path: 'f/x.yaml', code: 'input_not_a_file', message: '`f/x.yaml` is not a regular file' }] };
    for (const text of ['22 1 8:1 / / rw - ext4 /dev/sda1 rw\n', 'not a mount table']) {
      assert.deepEqual(await createFsInputReader({}, { mountinfo: () => text }).read([{ path: 'f', absolute: dir, role: 'manifest' }], ws), want);
    }
  });

  test('A12 with a mount that may wait (NFS) or an unreadable mount table, the reader goes through the thread pool and binds the same bytes', async () => {
    const dir = mkdtempSync(join(ws, 'm-'));
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.yaml'), 'b: 2\n');
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'c.yaml'));
    const refs = [{ path: 'm', absolute: dir, role: 'manifest' as const, recursive: true }, { path: 'nope.yaml', absolute: join(dir, 'nope.yaml'), role: 'manifest' as const }];
    const local = '22 1 8:1 / / rw - ext4 /dev/sda1 rw\n';
    const nfs = `${local}23 22 0:50 / /mnt/share rw - nfs4 server:/share rw\n`;
    const answers = await Promise.all([local, nfs, 'not a mount table'].map((text) => createFsInputReader({}, { mountinfo: () => text }).read(refs, ws)));
    assert.deepEqual(answers[0], { ok: false, problems: [{ path: 'nope.yaml', code: 'input_unreadable', message: '`nope.yaml` cannot be read (ENOENT)' }] });
    assert.deepEqual(answers[1], answers[0]);
    assert.deepEqual(answers[2], answers[0]);
    const ok = await Promise.all([local, nfs].map((text) => createFsInputReader({}, { mountinfo: () => text }).read(refs.slice(0, 1), ws)));
    const first = ok[0]!;
    assert.ok(first.ok);
    assert.deepEqual(first.files.map((f) => [f.path, f.sha256]), [['m/a.yaml', sha256Hex('a: 1\n')], ['m/c.yaml', sha256Hex('a: 1\n')], ['m/sub/b.yaml', sha256Hex('b: 2\n')]]);
    assert.deepEqual(ok[1], first);
  });
});

describe('A12 approvals bind the bytes of the files an action reads', () => {
  test('A12 the digest changes when the manifest changes; the envelope carries path, hash and content', async () => {
    const first = await t.runtime.gateway.decide({ agentId: 'kiro', action: apply(), context: ctx });
    assert.equal(first.effect, 'hold');
    assert.deepEqual(first.inputs, [{ path: 'deploy/payments.yaml', realPath: join(ws, 'deploy', 'payments.yaml'), sha256: sha256Hex(readFileSync(join(ws, 'deploy', 'payments.yaml'))), role: 'manifest' }]);
    const view = await t.runtime.approvals.show(first.requestId!);
    assert.equal(view.envelope.inputs?.[0]?.text, 'kind: Deployment\nmetadata: { name: payments }\n');
    const same = await t.runtime.gateway.decide({ agentId: 'kiro', action: apply(), context: ctx });
    assert.equal(same.actionDigest, first.actionDigest);
    assert.equal(same.requestId, first.requestId);
    writeFileSync(join(ws, 'deploy', 'payments.yaml'), 'kind: Namespace\nmetadata: { name: payments }\n');
    const swapped = await t.runtime.gateway.decide({ agentId: 'kiro', action: apply(), context: ctx });
    assert.equal(swapped.effect, 'hold');
    assert.notEqual(swapped.actionDigest, first.actionDigest);
    assert.notEqual(swapped.requestId, first.requestId);
  });

  test('A12 F1 a manifest that cannot be read makes the action opaque: denied on production, never held unbound', async () => {
    const d = await t.runtime.gateway.decide({ agentId: 'kiro', action: apply('deploy/missing.yaml'), context: ctx });
    assert.equal(d.effect, 'deny');
    assert.equal(d.facts?.confidence, 'opaque');
    assert.ok(d.facts?.findings.some((f) => f.code === 'input_unreadable' && f.message.startsWith('`deploy/missing.yaml` cannot be read (ENOENT)')));
    assert.equal(d.requestId, undefined);
  });

  test('A12 exec checks the hashes again just before running: a file swapped after the decision runs nothing', async () => {
    const stub = join(ws, 'bin');
    mkdirSync(stub, { recursive: true });
    const out = join(ws, 'ran.txt');
    writeFileSync(join(stub, 'kubectl'), `#!/bin/sh\ncat "$5" >> '${out}'\n`);
    chmodSync(join(stub, 'kubectl'), 0o755);
    writeFileSync(join(ws, 'deploy', 'dev.yaml'), 'kind: ConfigMap\n');
    const inner = localAgentGate(t.runtime, 'kiro');
    // The swap lands between the decision and the start of the command: the window exec closes.
    const gate = { ...inner, decide: async (...a: Parameters<typeof inner.decide>) => {
      const d = await t.runtime.gateway.decide({ agentId: 'kiro', action: a[0], context: a[1] });
      writeFileSync(join(ws, 'deploy', 'dev.yaml'), 'kind: Namespace\n');
      return d;
    } };
    const common = { gate, inputGuard: createFsInputGuard(), env: { PATH: `${stub}:/usr/bin:/bin` }, removed: [], injected: [], clock: { now: () => Date.now() }, sleep: async () => {}, waitMs: 0, progress: () => {}, log: () => {}, signals: new EventEmitter(), cwd: ws };
    const r = await runExec({ ...common, argv: ['kubectl', '--context', 'kind-dev', 'apply', '-f', 'deploy/dev.yaml'], context: { cwd: ws, kubeContext: 'kind-dev' } });
    assert.equal(r.kind, 'denied');
    assert.match((r as { message: string }).message, /^nothing ran: `deploy\/dev\.yaml` changed since it was approved \(sha256 [0-9a-f]{12}… → [0-9a-f]{12}…\) \(run the command again: the new content is a new request and needs its own approval \(A12\)\)$/);
    assert.throws(() => readFileSync(out), /ENOENT/);
  });

  test('A12 exec runs the command on a private copy of the approved bytes, and removes it after', async () => {
    const stub = join(ws, 'bin2');
    mkdirSync(stub, { recursive: true });
    const out = join(ws, 'ran2.txt');
    writeFileSync(join(stub, 'kubectl'), `#!/bin/sh\necho "$5" >> '${out}'\ncat "$5" >> '${out}'\n`);
    chmodSync(join(stub, 'kubectl'), 0o755);
    writeFileSync(join(ws, 'deploy', 'dev2.yaml'), 'kind: ConfigMap\n');
    const r = await runExec({
      gate: localAgentGate(t.runtime, 'kiro'), inputGuard: createFsInputGuard(), env: { PATH: `${stub}:/usr/bin:/bin` }, removed: [], injected: [], clock: { now: () => Date.now() }, sleep: async () => {}, waitMs: 0,
      progress: () => {}, log: () => {}, signals: new EventEmitter(), cwd: ws, argv: ['kubectl', '--context', 'kind-dev', 'apply', '-f', 'deploy/dev2.yaml'], context: { cwd: ws, kubeContext: 'kind-dev' },
    });
    assert.equal(r.kind, 'ran');
    const [path, ...content] = readFileSync(out, 'utf8').split('\n');
    assert.match(path!, /portcullis-approved-.*\/dev2\.yaml$/);
    assert.equal(content.join('\n'), 'kind: ConfigMap\n');
    assert.throws(() => readFileSync(path!), /ENOENT/);
  });

  test('A12 a file named by an option glued with `=` runs from the copy too, private or staged by the daemon (r10b review)', async () => {
    const stub = join(ws, 'bin5');
    mkdirSync(stub, { recursive: true });
    const out = join(ws, 'ran5.txt');
    // prints the option word, then the bytes of the file after its `=`
    writeFileSync(join(stub, 'kubectl'), `#!/bin/sh\necho "$4" >> '${out}'\nf="\${4#*=}"; [ "$f" = "$4" ] && f="\${4#-f}"\ncat "$f" >> '${out}'\n`);
    chmodSync(join(stub, 'kubectl'), 0o755);
    writeFileSync(join(ws, 'deploy', 'dev5.yaml'), 'kind: ConfigMap\n');
    const common = {
      gate: localAgentGate(t.runtime, 'kiro'), env: { PATH: `${stub}:/usr/bin:/bin` }, removed: [], injected: [], clock: { now: () => Date.now() }, sleep: async () => {}, waitMs: 0,
      progress: () => {}, signals: new EventEmitter(), cwd: ws, context: { cwd: ws, kubeContext: 'kind-dev' },
    };
    for (const word of ['--filename=deploy/dev5.yaml', '-f=deploy/dev5.yaml', '-fdeploy/dev5.yaml']) {
      rmSync(out, { force: true });
      const logged: string[] = [];
      const r = await runExec({ ...common, inputGuard: createFsInputGuard({ log: (l) => logged.push(l) }), log: () => {}, argv: ['kubectl', '--context', 'kind-dev', 'apply', word] });
      assert.equal(r.kind, 'ran', word);
      const [said, ...content] = readFileSync(out, 'utf8').split('\n');
      assert.match(said!, new RegExp(`^${word.includes('=') ? `${word.split('=')[0]}=` : '-f'}/.*portcullis-approved-.*/dev5\\.yaml$`), word);
      assert.equal(content.join('\n'), 'kind: ConfigMap\n');
      assert.deepEqual(logged, []);
    }
    // through the daemon's stager: the glued file is handed over and the word points at the staged copy
    const handed: string[] = [];
    const stager = {
      stageInputs: async (_id: string, files: ReadonlyArray<{ path: string; bytes: Uint8Array }>) => {
        handed.push(...files.map((f) => f.path));
        const staged = join(ws, 'staged-dev5.yaml');
        writeFileSync(staged, Buffer.from(files[0]!.bytes));
        return { stageId: 'stg_1', files: files.map((f) => ({ path: f.path, staged })) };
      },
      releaseInputs: async () => {},
    };
    rmSync(out, { force: true });
    const r = await runExec({ ...common, inputGuard: createFsInputGuard({ stager }), log: () => {}, argv: ['kubectl', '--context', 'kind-dev', 'apply', '--filename=deploy/dev5.yaml'] });
    assert.equal(r.kind, 'ran');
    assert.deepEqual(handed, ['deploy/dev5.yaml']);
    assert.equal(readFileSync(out, 'utf8'), `--filename=${join(ws, 'staged-dev5.yaml')}\nkind: ConfigMap\n`);
  });

  test('A12 without an input guard, exec runs nothing for a decision that bound files', async () => {
    writeFileSync(join(ws, 'deploy', 'dev3.yaml'), 'kind: ConfigMap\n');
    const r = await runExec({
      gate: localAgentGate(t.runtime, 'kiro'), env: { PATH: '/usr/bin:/bin' }, removed: [], injected: [], clock: { now: () => Date.now() }, sleep: async () => {}, waitMs: 0,
      progress: () => {}, log: () => {}, signals: new EventEmitter(), cwd: ws, argv: ['kubectl', '--context', 'kind-dev', 'apply', '-f', 'deploy/dev3.yaml'], context: { cwd: ws, kubeContext: 'kind-dev' },
    });
    assert.deepEqual([r.kind, (r as { message: string }).message], ['denied', 'nothing ran: this exec cannot check the input files the approval bound']);
  });
});

describe('A12 MCP tool arguments configured as files are bound like shell inputs', () => {
  const extraConfig = `classify:\n  mcp:\n    mappings:\n      - tool: apply_manifest\n        server: k8s\n        verbs: [deploy]\n        environment_argument: cluster\n        file_arguments: [manifest, "extra.files[]"]\n`;
  const alice = { kind: 'human' as const, id: 'alice', groups: ['approvers', 'sre'] };
  const bob = { kind: 'human' as const, id: 'bob', groups: ['approvers', 'sre'] };
  const call = (args: Record<string, unknown>) => ({ kind: 'mcp_tool_call' as const, server: 'k8s', tool: 'apply_manifest', arguments: { cluster: 'prod-cn-1', ...args } as never });

  test('A12 an approved MCP call is bound to the bytes: the file changed after approval is held again as a new request', async () => {
    const app = await demoApp({ extraConfig });
    try {
      mkdirSync(join(ws, 'mcp'), { recursive: true });
      writeFileSync(join(ws, 'mcp', 'app.yaml'), 'kind: Deployment\n');
      writeFileSync(join(ws, 'mcp', 'cm.yaml'), 'kind: ConfigMap\n');
      const action = call({ manifest: 'mcp/app.yaml', extra: { files: ['mcp/cm.yaml'] } });
      const held = await app.runtime.gateway.decide({ agentId: 'kiro', action, context: ctx });
      assert.equal(held.effect, 'hold');
      assert.deepEqual(held.inputs?.map((i) => [i.path, i.role, i.sha256]), [
        ['mcp/app.yaml', 'file_arg', sha256Hex('kind: Deployment\n')],
        ['mcp/cm.yaml', 'file_arg', sha256Hex('kind: ConfigMap\n')],
      ]);
      assert.equal((await app.runtime.approvals.show(held.requestId!)).envelope.inputs?.[0]?.text, 'kind: Deployment\n');
      await app.runtime.approvals.approve(held.requestId!, alice, held.actionDigest);
      await app.runtime.approvals.approve(held.requestId!, bob, held.actionDigest);
      // The agent rewrites the file the approval was given on, then calls the tool again.
      writeFileSync(join(ws, 'mcp', 'cm.yaml'), 'kind: Namespace\n');
      const retried = await app.runtime.gateway.decide({ agentId: 'kiro', action, context: ctx });
      assert.equal(retried.effect, 'hold');
      assert.notEqual(retried.actionDigest, held.actionDigest);
      assert.notEqual(retried.requestId, held.requestId);
      // The approved bytes back in place: the approval given on them is the one that counts.
      writeFileSync(join(ws, 'mcp', 'cm.yaml'), 'kind: ConfigMap\n');
      const allowed = await app.runtime.gateway.decide({ agentId: 'kiro', action, context: ctx });
      assert.equal(allowed.effect, 'allow');
      assert.equal(allowed.actionDigest, held.actionDigest);
    } finally {
      await app.close();
    }
  });

  test('A12 F1 a configured file argument that is missing on disk or not a file name makes the MCP call opaque, never unbound', async () => {
    const app = await demoApp({ extraConfig });
    try {
      const missing = await app.runtime.gateway.decide({ agentId: 'kiro', action: call({ manifest: 'mcp/missing.yaml' }), context: ctx });
      assert.equal(missing.effect, 'deny');
      assert.equal(missing.facts?.confidence, 'opaque');
      assert.ok(missing.facts?.findings.some((f) => f.code === 'input_unreadable' && f.message.startsWith('`mcp/missing.yaml` cannot be read (ENOENT)')));
      assert.equal(missing.requestId, undefined);
      const notName = await app.runtime.gateway.decide({ agentId: 'kiro', action: call({ manifest: 42 }), context: ctx });
      assert.equal(notName.facts?.confidence, 'opaque');
      assert.ok(notName.facts?.findings.some((f) => f.code === 'mcp_file_argument_invalid'));
      assert.equal(notName.requestId, undefined);
      const notList = await app.runtime.gateway.decide({ agentId: 'kiro', action: call({ manifest: 'mcp/app.yaml', extra: { files: 'mcp/cm.yaml' } }), context: ctx });
      assert.ok(notList.facts?.findings.some((f) => f.code === 'mcp_file_argument_invalid'));
      const remote = await app.runtime.gateway.decide({ agentId: 'kiro', action: call({ manifest: 'https://example.com/app.yaml' }), context: ctx });
      assert.ok(remote.facts?.findings.some((f) => f.code === 'input_remote'));
      assert.equal(remote.inputs, undefined);
    } finally {
      await app.close();
    }
  });
});
