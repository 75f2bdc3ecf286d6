import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isUnpackedToolchain, regeneratedFolders, unpackedInto } from './regenerated.ts';

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

describe('a toolchain unpacked again (answer 76)', () => {
  test('tar -C DIR -x…f ARCHIVE and unzip ARCHIVE -d DIR name the folder and the archive; anything else is null', () => {
    assert.deepEqual(unpackedInto(['tar', '-C', '/usr/local', '-xzf', 'go1.23.4.linux-amd64.tar.gz']), { dir: '/usr/local', archive: 'go1.23.4.linux-amd64.tar.gz' });
    assert.deepEqual(unpackedInto(['tar', 'xJf', 'node-v20.tar.xz', '--directory=/opt']), { dir: '/opt', archive: 'node-v20.tar.xz' });
    assert.deepEqual(unpackedInto(['unzip', '-q', 'gradle-8.5-bin.zip', '-d', '/opt']), { dir: '/opt', archive: 'gradle-8.5-bin.zip' });
    for (const argv of [['tar', '-C', '/usr/local', '-xz'], ['tar', '-C', '/usr/local', '-xzf', '-'], ['tar', '-C', '/usr/local', '--strip-components=1', '-xzf', 'go.tar.gz'], ['tar', '-C', '/usr/local', '-xzf', 'go.tar.gz', 'go/bin'], ['tar', '-czf', 'go.tar.gz', '-C', '/usr/local', 'go'], ['tar', '-xzf', 'go.tar.gz'], ['tar', '-C', '/usr/local', '-xzf', 'https://x/go.tar.gz']]) assert.equal(unpackedInto(argv), null, argv.join(' '));
  });

  test('the removed folder is one tool folder of /usr/local or /opt that the archive is named after', () => {
    assert.ok(isUnpackedToolchain('/usr/local/go', '/usr/local', 'go1.23.4.linux-amd64.tar.gz'));
    assert.ok(isUnpackedToolchain('/opt/node', '/opt/', 'node-v20.11.0-linux-x64.tar.xz'));
    assert.ok(!isUnpackedToolchain('/usr/local/go', '/usr/local', 'golang-tools.tar.gz'));
    assert.ok(!isUnpackedToolchain('/usr/local/lib', '/usr/local', 'lib-1.tar.gz'));
    assert.ok(!isUnpackedToolchain('/usr/local', '/usr', 'local-1.tar.gz'));
    assert.ok(!isUnpackedToolchain('/home/dev/go', '/home/dev', 'go1.23.tar.gz'));
    assert.ok(!isUnpackedToolchain('/usr/local/go/bin', '/usr/local', 'go1.23.tar.gz'));
  });
});
