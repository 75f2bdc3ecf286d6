import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { EMPTY_INVENTORY, VERBS, type Action, type JsonValue } from '../core/index.ts';
import { classifyBatchLine, createClassifier, decisionOf, type Classifier } from './index.ts';

/** The Classifier contract as properties: total, deterministic, never benign for what it cannot read. */

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const ctx = { cwd: '/home/dev/app', home: '/home/dev' };

const shellToken = fc.oneof(
  fc.constantFrom('rm', '-rf', '/', '~', 'bash', '-c', 'sh', 'eval', 'sudo', 'env', 'kubectl', 'delete', 'ns', 'terraform', 'destroy', 'apply', 'git', 'push', '--force', 'echo', 'ls', 'xargs', 'find', '-exec', '{}', ';', '|', '&&', '||', '$(', ')', '`', '"', "'", '$X', 'X=/', '<<EOF', 'EOF', '\n', '>', '>>', '2>&1', '&', '(', '{', '}', '*', 'base64', '-d', 'python3', 'psql', 'DROP TABLE x', 'aws', 's3', 'rb', '\\'),
  fc.string({ maxLength: 8 }),
);
const shellish = fc.array(shellToken, { maxLength: 24 }).map((t) => t.join(' '));

const json: fc.Arbitrary<JsonValue> = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;

const action: fc.Arbitrary<Action> = fc.oneof(
  shellish.map((command) => ({ kind: 'shell' as const, command })),
  fc.string({ maxLength: 200 }).map((command) => ({ kind: 'shell' as const, command })),
  fc.string({ maxLength: 200 }).map((sql) => ({ kind: 'sql' as const, sql })),
  fc.constantFrom('DROP TABLE t', 'DELETE FROM t', 'SELECT 1', 'UPDATE t SET a=1', 'GRANT ALL ON t TO x').chain((s) => fc.string({ maxLength: 30 }).map((tail) => ({ kind: 'sql' as const, sql: `${s}${tail}` }))),
  fc.dictionary(fc.string({ maxLength: 10 }), json, { maxKeys: 5 }).map((plan) => ({ kind: 'terraform_plan' as const, plan })),
  fc.array(fc.record({ address: fc.string({ maxLength: 12 }), change: fc.record({ actions: fc.array(fc.constantFrom('create', 'delete', 'update', 'no-op', 'read', 'forget', 'x'), { maxLength: 3 }), before: json, after: json }) }), { maxLength: 6 }).map((rc) => ({ kind: 'terraform_plan' as const, plan: { format_version: '1.2', resource_changes: rc } })),
  fc.record({ server: fc.string({ maxLength: 10 }), tool: fc.string({ maxLength: 20 }), arguments: fc.dictionary(fc.string({ maxLength: 10 }), json, { maxKeys: 4 }) }).map((m) => ({ kind: 'mcp_tool_call' as const, ...m })),
  fc.record({ path: fc.string({ maxLength: 30 }), operation: fc.constantFrom('write' as const, 'edit' as const, 'delete' as const) }).map((f) => ({ kind: 'file_write' as const, ...f })),
  fc.record({ method: fc.string({ maxLength: 8 }), url: fc.string({ maxLength: 40 }) }).map((h) => ({ kind: 'http_request' as const, ...h })),
);

describe('classifier properties', () => {
  test('never throws and always returns well-formed facts', () => {
    fc.assert(
      fc.property(action, (a) => {
        const f = classifier.classify(a, ctx, EMPTY_INVENTORY);
        assert.ok(f.verbs.length > 0 && f.verbs.every((v) => VERBS.includes(v)));
        assert.ok(['parsed', 'partial', 'opaque'].includes(f.confidence));
        assert.equal(typeof f.summary, 'string');
      }),
      { numRuns: 400 },
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(action, (a) => {
        assert.deepEqual(classifier.classify(a, ctx, EMPTY_INVENTORY), classifier.classify(a, ctx, EMPTY_INVENTORY));
      }),
      { numRuns: 200 },
    );
  });

  test('never calls opaque input benign', () => {
    fc.assert(
      fc.property(action, (a) => {
        const f = classifier.classify(a, ctx, EMPTY_INVENTORY);
        if (f.confidence === 'opaque') {
          assert.equal(f.destructive, true);
          assert.ok(f.verbs.includes('unknown'));
          assert.notEqual(decisionOf(f), 'benign');
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a destructive command stays non-benign in any wrapper', () => {
    const base = fc.constantFrom('rm -rf ~', 'terraform destroy -auto-approve', 'kubectl delete ns payments', 'git push --force origin main', "psql -c 'DROP TABLE users'", 'aws s3 rb s3://prod --force', 'redis-cli FLUSHALL', 'dropdb payments');
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    // Prefix wrappers take a simple command; a compound one goes through `bash -c` first, as a user would write it.
    const simple = (s: string) => (/^[\w./-]+( |$)/.test(s) && !/[;&|(){}\n]/.test(s) ? s : `bash -c ${quote(s)}`);
    const wrap = fc.constantFrom<(s: string) => string>(
      (s) => `bash -c ${quote(s)}`,
      (s) => `sh -c ${quote(s)}`,
      (s) => `sudo ${simple(s)}`,
      (s) => `env A=1 ${simple(s)}`,
      (s) => `eval ${quote(s)}`,
      (s) => `nice -n 5 ${simple(s)}`,
      (s) => `timeout 30 ${simple(s)}`,
      (s) => `( ${s} )`,
      (s) => `{ ${s}; }`,
      (s) => `true && ${s}`,
      (s) => `echo start; ${s}`,
      (s) => `nohup ${simple(s)} &`,
      (s) => `echo ${quote(s)} | bash`,
      (s) => `f() { ${s}; }; f`,
      (s) => `if true; then ${s}; fi`,
      (s) => `bash <<'EOF'\n${s}\nEOF`,
      (s) => `ssh host ${quote(s)}`,
    );
    fc.assert(
      fc.property(base, fc.array(wrap, { minLength: 1, maxLength: 4 }), (cmd, wrappers) => {
        const command = wrappers.reduce<string>((acc, w) => w(acc), cmd);
        const f = classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
        assert.notEqual(decisionOf(f), 'benign', command);
      }),
      { numRuns: 300 },
    );
  });

  test('a production target is never reported as anything else', () => {
    const prodName = fc.tuple(fc.constantFrom('prod', 'prd', 'production'), fc.constantFrom('', '-cn-1', '-eu', '-payments')).map(([a, b]) => `${a}${b}`);
    const cases = fc.oneof(
      prodName.map((n) => ({ input_type: 'command', input: 'kubectl delete ns payments', context: { kube_context: n } })),
      prodName.map((n) => ({ input_type: 'command', input: `kubectl --context ${n} delete deploy api`, context: { kube_context: 'dev-1' } })),
      prodName.map((n) => ({ input_type: 'command', input: 'terraform destroy -auto-approve', context: { tf_workspace: n } })),
      prodName.map((n) => ({ input_type: 'command', input: `aws --profile ${n} s3 rb s3://x --force`, context: {} })),
      prodName.map((n) => ({ input_type: 'sql', input: 'DROP TABLE t', context: { host: `db.${n}.internal` } })),
      prodName.map((n) => ({ input_type: 'mcp_tool_call', input: { name: 'delete_namespace', arguments: { namespace: 'x' } }, context: { mcp_server: n } })),
    );
    fc.assert(
      fc.property(cases, (c) => {
        const out = JSON.parse(classifyBatchLine(JSON.stringify({ id: 1, ...c }), classifier, EMPTY_INVENTORY));
        assert.equal(out.targets_env, 'production', JSON.stringify(c));
      }),
      { numRuns: 150 },
    );
  });

  test('the batch contract answers every line with one JSON line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))), (line) => {
        const out = classifyBatchLine(line, classifier, EMPTY_INVENTORY);
        assert.ok(!out.includes('\n'));
        const parsed = JSON.parse(out);
        assert.ok(['destructive', 'benign', 'unknown'].includes(parsed.decision));
      }),
      { numRuns: 300 },
    );
  });
});
