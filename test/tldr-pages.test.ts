import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { exampleId, extractExamples, fillPlaceholders, inferInputType, inSample } from '../scripts/tldr-pages.ts';

/** The tldr-pages importer's pure part, on a page written for this test (test/fixtures/tldr/frob.md). */

test('every example of a page is extracted in order, with its description, filled command and line; a description without a command is skipped', () => {
  const examples = extractExamples(readFileSync('test/fixtures/tldr/frob.md', 'utf8'));
  assert.deepEqual(examples, [
    { n: 1, description: 'Frobnicate one widget file', command: 'frob path/to/widget', line: 8 },
    { n: 2, description: 'Frobnicate several widgets, recursing into folders and forcing it', command: 'frob --recursive --force path/to/widget1_path/to/widget2', line: 12 },
    { n: 3, description: 'Frobnicate at a given speed, naming the run', command: 'frob --speed fast_or_slow --name my_run', line: 16 },
    { n: 4, description: 'Print literal braces, which are escaped in the page', command: "frob --template '{{name}}'", line: 22 },
    { n: 5, description: 'Print the help (Windows paths stay as written)', command: 'frob /? path\\to\\config.ini', line: 26 },
  ]);
});

test('placeholders: an option choice becomes its long form, a path stays as written, other text becomes one word', () => {
  assert.equal(fillPlaceholders('rm {{[-r|--recursive]}} {{path/to/dir}}'), 'rm --recursive path/to/dir');
  assert.equal(fillPlaceholders('ls {{[-a|--all|-A]}}'), 'ls -A');
  assert.equal(fillPlaceholders('kill {{process id}}'), 'kill process_id');
  assert.equal(fillPlaceholders('echo {{a b ...}} done'), 'echo a_b done');
  assert.equal(fillPlaceholders('x {{[-a]}}'), 'x [-a]');
  assert.equal(fillPlaceholders('vm {{boot|reboot|shutdown}} {{va|vaapi|}}'), 'vm boot va');
  assert.equal(fillPlaceholders('Clear-History -Id {{id1, id2, ...}}'), 'Clear-History -Id id1,id2');
  assert.equal(fillPlaceholders('Move-Item {{a\\b , c\\d ...}} {{e}}'), 'Move-Item a\\b,c\\d e');
  assert.equal(fillPlaceholders("iwr -Headers {{@{ X-Key = '1' }}} -Method {{PUT}}"), "iwr -Headers @{ X-Key = '1' } -Method PUT");
});

test('ids are stable and word-safe; the sample is a fixed hash rule; Windows input types follow the command', () => {
  assert.equal(exampleId('common', 'docker.compose', 3), 'tldr-common-docker-compose-3');
  assert.equal(exampleId('windows', 'Get-Alias', 1), 'tldr-windows-get-alias-1');
  // sha256('common/docker-compose')[0] = 0x03, sha256('common/rm')[0] = 0xcb, sha256('windows/taskkill')[0] = 0x1a
  assert.equal(inSample('common', 'docker-compose'), true);
  assert.equal(inSample('common', 'rm'), false);
  assert.equal(inSample('windows', 'taskkill'), true);
  assert.equal(inferInputType('linux', 'Remove-Item x'), 'command');
  assert.equal(inferInputType('windows', 'Remove-Item path\\to\\file -Recurse'), 'powershell');
  assert.equal(inferInputType('windows', 'Get-ChildItem | Where-Object { $_.Length -gt 1 }'), 'powershell');
  assert.equal(inferInputType('windows', 'taskkill /pid 1234 /f'), 'cmd');
  assert.equal(inferInputType('windows', 'robocopy a b /MIR'), 'cmd');
});
