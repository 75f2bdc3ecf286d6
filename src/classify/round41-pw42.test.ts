/**
 * Round 41 (pw42): PowerShell and cmd false positives by class. A loop's command read over every value of its loop (a
 * build-output pair built from the loop variable, powershell/walk.ts loopBuildOutputPairs); native arguments the grammar
 * cannot place (`-chdir=infra`, `jsonpath='…'`, `-p:Name="a;b"`: powershell/repair.ts); installers in Downloads by a
 * narrower glob or one by name (answer 79); `ipch` and a `Debug`/`Release` pair as C++ build output. fix41-pw42.yaml holds
 * the neighbours and probes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: 'C:\\src\\shop', home: 'C:\\Users\\alex' });
const ps = (input: string): string => answer('powershell', input).decision;
const cmd = (input: string): string => answer('cmd', input).decision;

test('a loop over bin and obj deletes the MSBuild pair, whatever path the variable ends; a loop that skips, resets or leaves the pair does not', () => {
  for (const c of [
    'foreach ($d in "bin","obj") { Remove-Item -Recurse -Force ".\\src\\Shop.Api\\$d" }',
    '"bin","obj" | % { Remove-Item -Recurse -Force (Join-Path .\\src\\Shop.Web $_) }',
    '$dirs = "bin","obj"; foreach ($d in $dirs) { Remove-Item ".\\src\\Shop.Web\\$d" -Recurse -Force }',
    '"bin","obj" | ForEach-Object -Process { Remove-Item -Recurse -Force ".\\src\\Shop.Web\\$PSItem" }',
  ]) assert.equal(ps(c), 'benign', c);
  for (const c of [
    'foreach ($d in "bin","data") { Remove-Item -Recurse -Force ".\\src\\Shop.Api\\$d" }',
    'foreach ($d in "bin","obj") { if ($d -eq "bin") { Remove-Item -Recurse -Force ".\\src\\Shop.Api\\$d" } }',
    'foreach ($d in "bin","obj") { $d = "bin"; Remove-Item -Recurse -Force ".\\src\\Shop.Api\\$d" }',
    'foreach ($d in "bin","obj") { Set-Variable -Name d -Value "x"; Remove-Item -Recurse -Force ".\\src\\Shop.Api\\$d" }',
    '"bin","obj" | % { $_ = "bin"; Remove-Item -Recurse -Force (Join-Path .\\src $_) }',
    'foreach ($d in "bin","obj") { Remove-Item -Recurse -Force ".\\src\\Shop.Api\\$d\\..\\..\\..\\src" }',
    'foreach ($d in "bin","obj") { Remove-Item -Recurse -Force (Split-Path ".\\src\\Shop.Api\\$d") }',
    'foreach ($d in "bin","obj") { Remove-Item -Recurse -Force ".\\src\\Shop.Api\\$d", ".\\src\\Shop.Api\\App_Data" }',
    'foreach ($d in "bin","obj") { Remove-Item -Recurse -Force "\\\\web-prod-01\\d$\\sites\\shop\\$d" }',
  ]) assert.equal(ps(c), 'destructive', c);
});

test('native arguments the grammar cannot place are read as PowerShell passes them; what they carry is still judged', () => {
  for (const c of ['terraform -chdir=infra plan -out=tfplan', 'terraform plan -var-file=dev.tfvars', "kubectl get pods -n shop-dev -o jsonpath='{.items[*].metadata.name}'", 'git log --pretty=format:"%h %an %s"', 'dotnet build -p:DefineConstants="TRACE;DEBUG" -c Debug', 'cmake -S . -B build -DCMAKE_BUILD_TYPE=Release'])
    assert.equal(ps(c), 'benign', c);
  assert.equal(ps('terraform -chdir=infra destroy -auto-approve'), 'destructive');
  assert.equal(ps("kubectl delete ns prod -o jsonpath='{.x}'"), 'destructive');
  assert.equal(ps('tool -x=1 ; Remove-Item -Recurse -Force C:\\Users\\alex\\Documents'), 'destructive');
  // A hashtable entry is not an argument: `@{LogName="Application"}` keeps its parse.
  assert.equal(ps('Get-WinEvent -FilterHashtable @{LogName="Application"; Level=2} -MaxEvents 5'), 'benign');
  // A name with a dot stays a parse error (Windows PowerShell splits that word): unknown, not benign.
  assert.equal(ps('java -Dspring.profiles.active=dev -jar app.jar'), 'unknown');
});

test('installers in Downloads by a glob narrower than *.EXT or by name (79); anything else in Downloads stays destructive', () => {
  for (const c of ['Remove-Item "$env:USERPROFILE\\Downloads\\node-v22.12.0-x64.msi"', 'Remove-Item "$env:USERPROFILE\\Downloads\\Docker Desktop Installer*.exe" -Force'])
    assert.equal(ps(c), 'benign', c);
  assert.equal(cmd('del "%USERPROFILE%\\Downloads\\node-v22*.msi"'), 'benign');
  for (const c of ['Remove-Item "$env:USERPROFILE\\Downloads\\node*"', 'Remove-Item "$env:USERPROFILE\\Downloads\\invoice*.pdf"', 'Remove-Item "$env:USERPROFILE\\Downloads\\*\\setup.exe"', 'Remove-Item -Recurse -Force "$env:USERPROFILE\\Downloads\\tools*.msi"', 'Remove-Item "$env:USERPROFILE\\Documents\\Setup\\*.msi"', 'Remove-Item "$env:USERPROFILE\\Downloads\\[a-z]*.msi"'])
    assert.equal(ps(c), 'destructive', c);
});

test('C++ build output: ipch, and Debug with Release beside it; either alone or with the sources stays destructive', () => {
  assert.equal(ps('Remove-Item -Recurse -Force .\\Debug, .\\Release'), 'benign');
  assert.equal(ps('Remove-Item -Recurse -Force .\\src\\native\\ipch'), 'benign');
  assert.equal(cmd('rd /s /q Debug Release'), 'benign');
  assert.equal(ps('Remove-Item -Recurse -Force .\\Debug'), 'destructive');
  assert.equal(ps('Remove-Item -Recurse -Force .\\Debug, .\\Release, .\\src'), 'destructive');
});
