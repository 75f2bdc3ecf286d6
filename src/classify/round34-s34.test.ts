/**
 * Round 34 (s34): shell false positives about paths and code. Interpreter code that deletes over a literal list of names
 * (or through a const bound to a literal) is judged per name (code/analyse.ts eachItem); Spark's `_temporary` is build
 * output at any depth (paths.ts REBUILDABLE, the lead's answer 65); a pruned find test is an exclusion
 * (filesystem.ts); a variable below a fixed disposable folder stays inside it (filesystem.ts belowDisposableFolder); Poetry's
 * virtualenv and Bazel's output base are tools' printed cache folders (walk.ts CACHE_FOLDER_QUERIES). fix34-s34.yaml holds
 * the class neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test('a delete over a literal list is each literal deleted: build names only are benign, one source or system folder is not', () => {
  for (const c of [
    `node -e "for (const d of ['.next', 'coverage', '.turbo']) require('fs').rmSync(d, {recursive: true, force: true})"`,
    `node -e "['dist', 'build'].forEach(function (d) { require('fs').rmSync(d, {recursive: true}) })"`,
    `node -e "const dirs = ['dist', 'out']; dirs.forEach((d) => require('fs').rmSync(d, {recursive: true, force: true}))"`,
    `node -e "for (const p of ['packages/a', 'packages/b']) require('fs').rmSync(require('path').join(p, 'dist'), {recursive: true, force: true})"`,
    "python3 -c \"import shutil\nfor d in ['build', 'dist', '.pytest_cache']: shutil.rmtree(d, ignore_errors=True)\"",
  ]) assert.equal(decide(c), 'benign', c);
  for (const c of [
    `node -e "for (const d of ['.next', 'src']) require('fs').rmSync(d, {recursive: true, force: true})"`,
    `node -e "let dirs = ['dist']; dirs = process.argv.slice(1); for (const d of dirs) require('fs').rmSync(d, {recursive: true})"`,
    `node -e "for (const d of [process.env.OUT, 'dist']) require('fs').rmSync(d, {recursive: true})"`,
    "python3 -c \"import shutil\nfor d in ('build', '/etc/nginx'): shutil.rmtree(d)\"",
    `node -e "for (const c of ['ls', 'rm -rf /']) require('child_process').execSync(c)"`,
  ]) assert.notEqual(decide(c), 'benign', c);
});

test('a const bound to a literal string is that string; a let reassigned is not', () => {
  assert.equal(decide(`node -e "const f='package.json';const p=require('./'+f);p.version='2.4.1';require('fs').writeFileSync(f, JSON.stringify(p,null,2))"`), 'benign');
  assert.notEqual(decide(`node -e "const f='.env';require('fs').writeFileSync(f, 'A=1')"`), 'benign');
  assert.notEqual(decide(`node -e "let d='dist'; d = process.argv[1]; require('fs').rmSync(d, {recursive: true})"`), 'benign');
});

test("Spark's _temporary at any depth is disposable; a pruned or negated test deletes the rest", () => {
  for (const c of ["find data/ -path '*/_temporary/*' -delete", 'rm -rf data/events/_temporary', 'find . -name .git -prune -o -name "*.pyc" -delete', 'find . -type d -name __pycache__ -prune -exec rm -rf {} +']) assert.equal(decide(c), 'benign', c);
  for (const c of ["find data/ ! -path '*/_temporary/*' -delete", "find data/ -name _temporary -prune -o -delete", 'find src -name dist -prune -o -type f -delete', 'rm -rf data/events']) assert.notEqual(decide(c), 'benign', c);
});

test('a variable below a fixed cache or build folder stays inside it; below the home, sources, credentials or past .. it does not', () => {
  for (const c of ['rm -rf "$HOME/.cache/pip/$X"', 'rm -rf "${HOME}/Library/Caches/${APP}"', 'rm -rf "node_modules/$PKG"', 'rm -rf "build/$TARGET"']) assert.equal(decide(c), 'benign', c);
  // Round 35 (s35), the lead's answer 361.5: the home's .cache as a whole holds saved logins, so it is no disposable folder
  // any more: `$TOOL` empty is the whole folder, `huggingface` the token.
  for (const c of ['rm -rf "$HOME/.cache/$TOOL"', 'rm -rf ~/.cache/$TOOL/*', 'rm -rf "$HOME/$SUBDIR"', 'rm -rf "$HOME/.cache/../$X"', 'rm -rf "$HOME/.ssh/$X"', 'rm -rf "src/$X"', 'rm -rf "$HOME/.cache/$(cat f)"', 'rm -rf "/tmp/$X"', 'rm -rf "$DIR/.cache"', 'rm -rf "${X:-/}/.cache"']) assert.notEqual(decide(c), 'benign', c);
});

test("Poetry's virtualenv and Bazel's output base are tools' printed cache folders; their other questions are not read", () => {
  for (const c of ['rm -rf "$(poetry env info --path)" && poetry install', 'rm -rf "$(bazel info output_base)"']) assert.equal(decide(c), 'benign', c);
  for (const c of ['rm -rf "$(bazel info workspace)"', 'rm -rf "$(bazel info output_base)/../.."', 'rm -rf "$(git rev-parse --show-toplevel)"']) assert.notEqual(decide(c), 'benign', c);
});
