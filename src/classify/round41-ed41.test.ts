/**
 * Round 41 (ed41, wave 2): edges of the lead's answer 429.6 (in-place rewriters judged as `sed -i`; fix41-ed41.yaml holds
 * the neighbours): the flag or subcommand that switches the rewrite on, the file words, the workspace as `.`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const shell = (input: string): string => answer('command', input).decision;

test('yq rewrites in place only with -i/--inplace; the expression is no file unless --from-file', () => {
  for (const c of ["yq -i '.a=1' /etc/kubernetes/admin.conf", "yq -Pi '.a=1' /etc/kubernetes/admin.conf", "yq e -i '.a=1' ~/.kube/config", 'yq -i --from-file fix.yq /etc/kubernetes/admin.conf', "yq --inplace '.a=1' values.yaml /etc/kubernetes/admin.conf"]) assert.equal(shell(c), 'destructive', c);
  for (const c of ["yq -i '.a=1' values.yaml", "yq '.a=1' /etc/kubernetes/admin.conf > out.yaml", "yq -i '/etc/kubernetes/admin.conf' values.yaml", 'yq -o json values.yaml']) assert.equal(shell(c), 'benign', c);
});

test('dasel put/delete write -f back unless -o names another file; a select reads', () => {
  for (const c of ["dasel put -f /etc/kubernetes/admin.conf -v x '.a'", "dasel delete --file=/etc/kubernetes/admin.conf '.a'", "dasel put -f values.yaml -o /etc/kubernetes/admin.conf -v x '.a'"]) assert.equal(shell(c), 'destructive', c);
  for (const c of ["dasel put -f /etc/kubernetes/admin.conf -o out.yaml -v x '.a'", "dasel -f values.yaml '.a'", "dasel select -f values.yaml '.a'"]) assert.equal(shell(c), 'benign', c);
});

test('formatters: --check/--diff print; the workspace as `.` is the project; after cd elsewhere it is not', () => {
  for (const c of ['black /etc/x.py', 'ruff format /etc/x.py', 'autopep8 -ri /usr/lib/python3/dist-packages', 'autoflake --in-place /etc/x.py', 'cd /etc && black .', 'echo x | sponge /etc/hosts']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['black .', 'black --diff /etc/x.py', 'ruff check /etc/x.py', 'ruff format --check .', 'autopep8 /etc/x.py', 'autoflake /etc/x.py', 'echo x | sponge out.txt']) assert.equal(shell(c), 'benign', c);
});
