import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { analyseCode } from './analyse.ts';

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const shell = (command: string) => classifier.classify({ kind: 'shell', command }, { cwd: '/home/dev/app', home: '/home/dev' }, EMPTY_INVENTORY);

describe('inline code read with a parser', () => {
  test('Python aliases and imports resolve to the API they name', () => {
    const facts = analyseCode('import shutil as s\nfrom os import remove as r\nrm = s.rmtree\nrm("/a"); r("/b")', 'python')!;
    assert.deepEqual(facts.calls.map((c) => c.api), ['shutil.rmtree', 'os.remove']);
    assert.deepEqual(facts.calls.map((c) => c.args[0]), [{ kind: 'string', value: '/a' }, { kind: 'string', value: '/b' }]);
  });

  test('JavaScript destructuring, require chains and import().then resolve', () => {
    const facts = analyseCode('const { rmSync: r } = require("node:fs"); r("/a"); require("child_process").execSync("ls"); import("fs/promises").then(f => f.rm("/b"))', 'javascript')!;
    assert.deepEqual(facts.calls.filter((c) => !c.api.includes('then')).map((c) => c.api), ['fs.rmSync', 'child_process.execSync', 'fs.rm']);
  });

  test('F1: code built at run time is reported as dynamic, and the one-liner is opaque', () => {
    assert.ok(analyseCode('import os\ngetattr(os, "sys" + "tem")("id")', 'python')!.dynamic.length > 0);
    assert.ok(analyseCode('require(process.argv[1])', 'javascript')!.dynamic.length > 0);
    const facts = shell(`python3 -c 'import os; n = input(); eval(n)'`);
    assert.equal(facts.confidence, 'opaque');
  });

  test('code that does not parse falls back to the scan (null facts), never to benign by default', () => {
    assert.equal(analyseCode('def (:', 'python'), null);
    assert.equal(analyseCode('function (', 'javascript'), null);
    assert.equal(shell(`python3 -c 'def (: shutil.rmtree("/")'`).destructive, true);
  });

  test('reading and printing is benign; a destructive call behind an alias is not', () => {
    assert.equal(shell(`python3 -c 'from pathlib import Path; print(Path("a.toml").read_text())'`).destructive, false);
    assert.equal(shell(`node -e 'console.log(require("fs").readFileSync("a.json", "utf8"))'`).destructive, false);
    assert.equal(shell(`python3 -c 'from shutil import rmtree as x; x("/home/dev")'`).destructive, true);
    assert.equal(shell(`node -e 'const { rmSync: r } = require("fs"); r("/home/dev", { recursive: true })'`).destructive, true);
  });

  test('eval of a literal is analysed in turn', () => {
    assert.equal(shell(`python3 -c 'exec("import shutil; shutil.rmtree(\\"/home/dev\\")")'`).destructive, true);
    assert.equal(shell(`python3 -c 'exec("print(1)")'`).destructive, false);
  });
});

test('Python string escapes are decoded (raw strings keep them)', () => {
  assert.deepEqual(analyseCode("print('a\\n\\tb\\\\n')", 'python')?.calls[0]?.args[0], { kind: 'string', value: 'a\n\tb\\n' });
  assert.deepEqual(analyseCode("print(r'a\\nb')", 'python')?.calls[0]?.args[0], { kind: 'string', value: 'a\\nb' });
});

test('literal text an interpreter writes to a file something runs later is judged as the commands it stores', () => {
  assert.equal(shell(`node -e "require('fs').writeFileSync('.envrc', 'rm -rf ~')"`).destructive, true);
  assert.equal(shell(`python3 -c "open('.husky/pre-push','w').write('rm -rf ~')"`).destructive, true);
  assert.equal(shell(`node -e "require('fs').writeFileSync('.envrc', 'export A=1')"`).destructive, false);
});
