import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { regeneratedFolders } from './regenerated.ts';

describe('folders a build or install writes again', () => {
  test('vendoring, installs and build outputs name their folder', () => {
    assert.deepEqual(regeneratedFolders(['go', 'mod', 'vendor']), ['vendor']);
    assert.deepEqual(regeneratedFolders(['go', 'mod', 'vendor', '-o', 'third_party']), ['third_party']);
    assert.deepEqual(regeneratedFolders(['go', 'build', '-o', 'bin/api', './cmd/api']), ['bin/api', 'bin']);
    assert.deepEqual(regeneratedFolders(['composer', 'install', '--no-interaction']), ['vendor']);
    assert.deepEqual(regeneratedFolders(['npx', 'tsc', '-p', 'tsconfig.build.json', '--outDir', 'out']), ['out']);
    assert.deepEqual(regeneratedFolders(['dotnet', 'publish', '-c', 'Release', '--output=publish']), ['publish']);
    assert.deepEqual(regeneratedFolders(['pip', 'install', '-r', 'requirements.txt', '--target', 'package']), ['package']);
  });

  test('no output folder, the project root or another working directory: nothing', () => {
    assert.deepEqual(regeneratedFolders(['go', 'build', './...']), []);
    assert.deepEqual(regeneratedFolders(['go', 'build', '-o', './api', './cmd/api']), ['./api']);
    assert.deepEqual(regeneratedFolders(['composer', '-d', '../other', 'install']), []);
    assert.deepEqual(regeneratedFolders(['composer', 'install', '--working-dir=../other']), []);
    assert.deepEqual(regeneratedFolders(['go', 'mod', 'tidy']), []);
    assert.deepEqual(regeneratedFolders(['rm', '-rf', 'vendor']), []);
  });
});
