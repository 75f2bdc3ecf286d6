/**
 * Folders a build or install command writes again from the project's own sources and lock files. When one command of
 * a line deletes such a folder and another writes it again (`rm -rf vendor && go mod vendor`, `rm -rf bin && go build
 * -o bin/api ./cmd/api`), the folder is that build's output for the whole line, as a `dist` or `target` folder always
 * is (walk.ts `markRegenerated` adds it to the scope's `buildOutput`, which counts inside the workspace only).
 *
 * From each tool's documentation:
 * - `go mod vendor [-o DIR]` (cmd/go, "Make vendored copy of dependencies"): writes `vendor` in the module root, or DIR.
 * - `go build -o OUT` (cmd/go, "Compile packages and dependencies"): writes OUT, and a folder OUT ends in; the folder it
 *   lies in is where the build puts its output.
 * - `composer install|update|require` (getcomposer.org, "config: vendor-dir", default `vendor`): installs into vendor.
 * - `tsc --outDir DIR` (TypeScript, "tsconfig outDir"): emits into DIR.
 * - `dotnet build|publish -o DIR` (Microsoft Learn, "dotnet build": `-o|--output`): the built binaries go to DIR.
 * - `pip install --target DIR` (pip docs, "pip install -t"): installs packages into DIR.
 * - `cp -r BUILD_OUTPUT DIR` (coreutils cp): DIR becomes a copy of a build output folder.
 * - `nuget restore [SOLUTION]` (NuGet CLI reference): restores packages.config packages into `packages` beside the solution.
 * - `rails|rake assets:precompile` (Rails Guides, "The Asset Pipeline", Sprockets and Propshaft): compiles the assets into
 *   `public/assets` (`config.assets.prefix`).
 * - A project's own pipeline step run by an interpreter (`python -m pipeline.build_features --out data/processed`): its
 *   output option names the folder it writes.
 * - BUILD_TOOL_OUTPUT (each tool's CLI reference): the folder a build, documentation or code generator writes, by its
 *   output option or by the tool's fixed layout.
 */

import { REBUILDABLE } from '../paths.ts';

/** The value of `-o`/`--output` style options in a fixed argv (`-o X`, `--output=X`). */
function optionIn(argv: string[], names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    for (const n of names) {
      if (w === n && argv[i + 1] !== undefined) return argv[i + 1];
      if (n.startsWith('--') && w.startsWith(`${n}=`)) return w.slice(n.length + 1);
    }
  }
  return undefined;
}

/** An output path and the folder it lies in (not `.`: the project root is no build output). */
function withParent(path: string): string[] {
  const trimmed = path.replace(/\/+$/, '');
  const parent = trimmed.includes('/') ? trimmed.slice(0, trimmed.lastIndexOf('/')) : '';
  return parent === '' || parent === '.' ? [trimmed] : [trimmed, parent];
}

/**
 * Folders that hold a project's own sources by convention. A build writing into one (`tsc --outDir src`, `go build -o
 * src/app`) says where its output goes, not that the folder held only output: deleting it first loses the sources.
 */
const SOURCE_FOLDERS: ReadonlySet<string> = new Set(['src', 'source', 'sources', 'app', 'apps', 'cmd', 'pkg', 'internal', 'test', 'tests', 'spec', 'docs', 'include', 'scripts', 'config', '.git', '.', '..', '~']);

/** Whether a folder (as written) is one of SOURCE_FOLDERS, at its last step. */
function isSourceFolder(path: string): boolean {
  const last = path.replace(/\/+$/, '').split('/').at(-1) ?? '';
  return last === '' || SOURCE_FOLDERS.has(last);
}

/**
 * The lead's answer 197: Jest and Vitest snapshot folders (`__snapshots__`, next to the tests) that a later command of the
 * same `&&` list writes again with `-u`/`--updateSnapshot` (Jest CLI) or `-u`/`--update` (Vitest CLI): tracked files
 * rewritten from the tests, as a build's output is. Only folders named `__snapshots__` (as written) removed before it.
 */
const SNAPSHOT_RUNNER = /^(jest|vitest)$/;
function updatesSnapshots(argv: readonly string[]): boolean {
  const at = argv.findIndex((w) => SNAPSHOT_RUNNER.test(w));
  if (at === -1 || !argv.slice(0, at).every((w, i) => (i === 0 ? /^(npx|pnpx|bunx|yarn|pnpm|bun)$/.test(w) : /^(exec|dlx|run|x)$/.test(w)))) return false;
  return argv.slice(at + 1).some((w) => w === '-u' || w === '--updateSnapshot' || w === '--update');
}
export function snapshotFoldersWrittenAgain(argvs: ReadonlyArray<readonly string[] | null>): string[] {
  const later = argvs.findIndex((a) => a !== null && updatesSnapshots(a));
  if (later === -1) return [];
  return argvs.slice(0, later).flatMap((a) => (a?.[0] === 'rm' ? a.slice(1).filter((w) => !w.startsWith('-') && /(^|\/)__snapshots__\/?$/.test(w)) : []));
}

/**
 * `go generate ./...` (cmd/go, "Generate Go files by processing source") runs every `//go:generate` line of the module,
 * which is where mockgen is run: the lead's answer 328 reads `mock_*.go` as mockgen's generated files by its naming
 * convention, written again by the run. Only the whole module (`./...`), so that every folder the find sweeps is covered.
 */
function generatesWholeModule(argv: readonly string[]): boolean {
  return argv[0] === 'go' && argv[1] === 'generate' && argv.slice(2).filter((w) => !w.startsWith('-')).every((w) => w === './...') && argv.includes('./...');
}

/** File names a later command of the same `&&` list writes again over the project, with the command that writes them. */
const FILES_GENERATED: ReadonlyArray<{ name: string; writes: (argv: readonly string[]) => boolean }> = [
  { name: '*.snap', writes: updatesSnapshots },
  { name: 'mock_*.go', writes: generatesWholeModule },
];

/**
 * Answers 197 and 328: `find ROOT… -name PATTERN … -delete` before a later command of the same `&&` list that writes
 * every file of that name again (FILES_GENERATED: `*.snap` by Jest or Vitest with `-u`, `mock_*.go` by `go generate
 * ./...`); every name test is that pattern, no `-o`. The roots (as written) with the pattern swept under each.
 */
export function filesWrittenAgain(argvs: ReadonlyArray<readonly string[] | null>): Array<{ root: string; name: string }> {
  return FILES_GENERATED.flatMap(({ name, writes }) => {
    const later = argvs.findIndex((a) => a !== null && writes(a));
    if (later === -1) return [];
    return argvs.slice(0, later).flatMap((a) => {
      if (a?.[0] !== 'find' || !a.includes('-delete') || a.some((w) => /^(-o|-or|,)$/.test(w))) return [];
      const names = a.flatMap((w, i) => (/^-i?name$/.test(w) ? [a[i + 1]] : []));
      if (names.length === 0 || names.some((n) => n !== name)) return [];
      const end = a.findIndex((w, i) => i > 0 && (w.startsWith('-') || w === '(' || w === '!'));
      const roots = a.slice(1, end === -1 ? a.length : end);
      return (roots.length === 0 ? ['.'] : roots).map((root) => ({ root, name }));
    });
  });
}

/** The folders (as written, relative to the working directory) that `argv` writes again; empty for any other command. */
export function regeneratedFolders(argv: string[]): string[] {
  return writtenAgain(argv).filter((f) => !isSourceFolder(f));
}

/**
 * Round 30 (k30): a Rails task run through `rails` or `rake`, also as the app's binstub (`bin/rails`, `./bin/rake`) or
 * under `bundle exec`: the task's name, else undefined.
 */
function railsTask(argv: readonly string[]): string | undefined {
  const words = argv[0] === 'bundle' && argv[1] === 'exec' ? argv.slice(2) : argv;
  if (!/^((\.\/)?bin\/)?(rails|rake)$/.test(words[0] ?? '')) return undefined;
  return words.slice(1).find((w) => !w.startsWith('-'));
}

/**
 * Round 30 (k30): the folder a project's own pipeline step writes, by its output option (`--out`, `--output-dir`, …, the
 * usual argparse spellings), when an interpreter runs the project's module or script (`python -m pipeline.build_features`,
 * `python scripts/make_dataset.py`, `Rscript R/build.R`, also under `uv run`, `poetry run`, `pipenv run`): removed first in
 * the same `&&` list, it is that step's output (a round-22 pin). Not a workspace's data folder itself or its kept originals
 * (`data`, `datasets`, `data/raw`, `data/external`: the step writes its output there, not what else the folder held), and
 * not for any other program (`curl --output DIR` writes one download there).
 */
const PIPELINE_OUTPUT_OPTIONS = ['--out', '--output', '--out-dir', '--out_dir', '--outdir', '--output-dir', '--output_dir'];
const KEPT_DATA_FOLDER = /^(\.\/)?(data|datasets)(\/(raw|external))?$/;
function pipelineOutput(argv: readonly string[]): string | undefined {
  const words = /^(uv|poetry|pipenv)$/.test(argv[0] ?? '') && argv[1] === 'run' ? argv.slice(2) : argv;
  const [interpreter, first, second] = words;
  const project = /^python(3(\.\d+)?)?$/.test(interpreter ?? '') ? (first === '-m' ? /^[A-Za-z_][\w.]*$/.test(second ?? '') : /^[\w./-]+\.py$/.test(first ?? '') && !first!.startsWith('/')) : interpreter === 'Rscript' && /^[\w./-]+\.R$/.test(first ?? '') && !first!.startsWith('/');
  if (!project) return undefined;
  const out = optionIn([...words], PIPELINE_OUTPUT_OPTIONS)?.replace(/\/+$/, '');
  return out === undefined || out === '' || out.split('/').includes('..') || KEPT_DATA_FOLDER.test(out) ? undefined : out;
}

/**
 * Round 30 (k30): build, documentation and code-generation tools and the folder each writes whole, from its CLI reference:
 * by an output option (`options`) or, with `fixed`, always (Carthage's `Carthage/Build` and `Carthage/Checkouts` are all of
 * `Carthage`; Hardhat's `artifacts`, `cache` and TypeChain's `typechain-types`; Foundry's `out` and `cache`). `sub` is the
 * subcommand that builds, when the tool has several.
 * - Babel `--out-dir|-d`, TypeDoc `--out`, JSDoc `--destination|-d`, esbuild `--outdir`, Vite `build --outDir`, MkDocs
 *   `build --site-dir|-d`, pdoc `--output-directory|-o`, OpenAPI Generator `generate --output|-o`, `pip wheel --wheel-dir|-w`.
 */
const BUILD_TOOL_OUTPUT: Readonly<Record<string, { sub?: RegExp; options?: string[]; fixed?: string[] }>> = {
  babel: { options: ['--out-dir', '-d'] },
  typedoc: { options: ['--out'] },
  jsdoc: { options: ['--destination', '-d'] },
  esbuild: { options: ['--outdir'] },
  vite: { sub: /^build$/, options: ['--outDir'] },
  mkdocs: { sub: /^build$/, options: ['--site-dir', '-d'] },
  pdoc: { options: ['--output-directory', '-o'] },
  'openapi-generator': { sub: /^generate$/, options: ['--output', '-o'] },
  'openapi-generator-cli': { sub: /^generate$/, options: ['--output', '-o'] },
  '@openapitools/openapi-generator-cli': { sub: /^generate$/, options: ['--output', '-o'] },
  pip: { sub: /^wheel$/, options: ['--wheel-dir', '-w'] },
  pip3: { sub: /^wheel$/, options: ['--wheel-dir', '-w'] },
  carthage: { sub: /^(bootstrap|update|build)$/, fixed: ['Carthage'] },
  hardhat: { sub: /^(compile|test|typechain)$/, fixed: ['artifacts', 'cache', 'typechain-types'] },
  forge: { sub: /^(build|test)$/, fixed: ['out', 'cache'] },
  // The lead's answer 377.2 (round 37, sh37): colcon writes a ROS 2 workspace's `build`, `install` and `log` folders again
  // (colcon docs, "Build a workspace": the base paths `--build-base`, `--install-base`, `--log-base`).
  colcon: { sub: /^build$/, fixed: ['build', 'install', 'log'] },
};
/** The tool's own argv after a package runner (`npx babel`, `pnpm exec vite`, `yarn dlx …`, `bunx …`). */
function afterRunner(argv: readonly string[]): readonly string[] {
  if (/^(npx|pnpx|bunx)$/.test(argv[0] ?? '')) return argv.slice(1);
  if (/^(yarn|pnpm|bun)$/.test(argv[0] ?? '')) return argv.slice(/^(exec|dlx|run|x)$/.test(argv[1] ?? '') ? 2 : 1);
  return argv;
}
function buildToolOutput(argv: readonly string[]): string[] {
  const words = afterRunner(argv);
  const tool = BUILD_TOOL_OUTPUT[words[0] ?? ''];
  if (tool === undefined || words.slice(1).some((w) => w.startsWith('-') && /^-(h|-help)$/.test(w))) return [];
  if (tool.sub && !tool.sub.test(words.slice(1).find((w) => !w.startsWith('-')) ?? '')) return [];
  if (tool.fixed) return [...tool.fixed];
  const out = optionIn([...words], tool.options ?? [])?.replace(/\/+$/, '');
  return out === undefined || out === '' || out.split('/').includes('..') ? [] : [out];
}

function writtenAgain(argv: string[]): string[] {
  if (railsTask(argv) === 'assets:precompile') return ['public/assets'];
  const built = buildToolOutput(argv);
  if (built.length > 0) return built;
  const pipeline = pipelineOutput(argv);
  if (pipeline !== undefined) return [pipeline];
  const [tool, sub, sub2] = argv;
  if (tool === 'go' && sub === 'mod' && sub2 === 'vendor') return [optionIn(argv, ['-o']) ?? 'vendor'];
  if (tool === 'go' && sub === 'build') {
    const out = optionIn(argv, ['-o']);
    return out === undefined ? [] : withParent(out);
  }
  if (tool === 'composer' && /^(install|i|update|u|upgrade|require)$/.test(sub ?? '') && optionIn(argv, ['-d', '--working-dir']) === undefined) return ['vendor'];
  if (tool === 'tsc' || (tool === 'npx' && sub === 'tsc')) {
    const out = optionIn(argv, ['--outDir']);
    return out === undefined ? [] : [out];
  }
  if (tool === 'dotnet' && (sub === 'build' || sub === 'publish')) {
    const out = optionIn(argv, ['-o', '--output']);
    return out === undefined ? [] : [out];
  }
  if (/^pip3?$/.test(tool ?? '') && sub === 'install') {
    const out = optionIn(argv, ['-t', '--target']);
    return out === undefined ? [] : [out];
  }
  // `nuget restore [SOLUTION]` (NuGet CLI reference, "restore"): a packages.config project's packages are restored into the
  // `packages` folder beside the solution, or into `-PackagesDirectory`/`-OutputDirectory` DIR (the lead's answer 67 keeps
  // `rd /s /q packages` destructive only when nothing shows it is NuGet's).
  if (/^nuget(\.exe)?$/.test(tool ?? '') && sub === 'restore') {
    const out = optionIn(argv.map((w) => (/^-(packagesdirectory|outputdirectory)$/i.test(w) ? '-o' : w)), ['-o']);
    if (out !== undefined) return [out];
    const solution = sub2 !== undefined && !sub2.startsWith('-') ? sub2 : '';
    return [solution.includes('/') ? `${solution.slice(0, solution.lastIndexOf('/'))}/packages` : 'packages'];
  }
  // `cp -r frontend/dist backend/static` (coreutils cp, `-r`/`-R`/`-a` copy folders): the destination becomes a copy
  // of a build output folder (paths.ts REBUILDABLE: `dist`, `build`, `out`, …), written again from it. Not a `public`
  // folder, where front-end projects keep hand-written assets.
  if (tool === 'cp') {
    const operands = argv.slice(1).filter((w) => !w.startsWith('-'));
    const recursive = argv.slice(1).some((w) => /^-[a-zA-Z]*[rRa][a-zA-Z]*$|^--(recursive|archive)$/.test(w));
    if (!recursive || operands.length !== 2) return [];
    const source = operands[0]!.replace(/\/(\.|\*)?$/, '').split('/').at(-1) ?? '';
    const dest = operands[1]!.replace(/\/+$/, '');
    return REBUILDABLE.has(source) && !/(^|\/)public$/.test(dest) ? [dest] : [];
  }
  return [];
}

/**
 * A toolchain unpacked again (the lead's answer 76, round 20): `tar -C DIR -x[z|j|J][v]f ARCHIVE` (GNU tar: `-C`
 * changes to DIR before extracting, `-f` names the archive) and `unzip [-q|-o] ARCHIVE -d DIR` (Info-ZIP unzip: `-d`
 * extracts into DIR) write the archive's top folder under DIR. Only a fixed, local archive file, whole (no member list),
 * and no other option (`--strip-components`, `--transform` move where members land): the folder unpacked into and the
 * archive's file name, or null for any other command. (`unzip` itself is a command the walker does not know yet.)
 */
export function unpackedInto(argv: string[]): { dir: string; archive: string } | null {
  const [tool, ...rest] = argv;
  let dir: string | undefined;
  let archive: string | undefined;
  if (tool === 'tar') {
    let extract = false;
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i]!;
      if (w === '-C' || w === '--directory') dir = rest[++i];
      else if (w.startsWith('--directory=')) dir = w.slice('--directory='.length);
      else if (w === '-f' || w === '--file') archive = rest[++i];
      else if (w.startsWith('--file=')) archive = w.slice('--file='.length);
      else if (w === '-x' || w === '--extract') extract = true;
      else if (/^-?[xzjJvpf]+$/.test(w) && (i === 0 || w.startsWith('-'))) {
        // A cluster (`-xzf ARCHIVE`, old-style `xzf ARCHIVE` as the first word): `f` takes the next word.
        if (w.includes('x')) extract = true;
        if (w.includes('f')) {
          if (!w.endsWith('f')) return null;
          archive = rest[++i];
        }
      } else if (/^(--no-same-owner|--no-same-permissions|--gzip|--xz|--bzip2|--verbose)$/.test(w)) continue;
      else return null;
    }
    if (!extract) return null;
  } else if (tool === 'unzip') {
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i]!;
      if (w === '-d') dir = rest[++i];
      else if (/^-[qo]+$/.test(w)) continue;
      else if (w.startsWith('-')) return null;
      else if (archive === undefined) archive = w;
      else return null;
    }
  } else return null;
  // A member list (a part of the toolchain back), an archive read from stdin or a URL: not a reinstall.
  if (dir === undefined || archive === undefined || archive === '-' || archive.includes(':') || !/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2?|tar\.zst|zip)$/.test(archive)) return null;
  return { dir, archive };
}

/** Folders under which a tool unpacks into a folder of its own (`/usr/local/go`, `/opt/<tool>`). */
const TOOLCHAIN_ROOTS = new Set(['/usr/local', '/opt']);
/** Folders of those roots that hold every tool's files, never one tool's. */
const SHARED_FOLDERS = new Set(['bin', 'sbin', 'lib', 'lib64', 'libexec', 'share', 'include', 'etc', 'src', 'man', 'games', 'local', 'var', 'data', 'backup', 'backups']);

/**
 * Whether `folder` (absolute) is the one a fixed archive unpacked into `dir` (absolute) writes again: a single folder of
 * `/usr/local` or `/opt` whose name the archive's file name starts with (`go` of `go1.23.4.linux-amd64.tar.gz`).
 */
export function isUnpackedToolchain(folder: string, dir: string, archive: string): boolean {
  const root = dir.replace(/\/+$/, '');
  if (!TOOLCHAIN_ROOTS.has(root) || !folder.startsWith(`${root}/`)) return false;
  const name = folder.slice(root.length + 1);
  if (!/^[a-z][a-z0-9_.-]*$/i.test(name) || SHARED_FOLDERS.has(name.toLowerCase())) return false;
  const file = archive.split('/').at(-1)!;
  return file.toLowerCase().startsWith(name.toLowerCase()) && /^[-_.0-9]/.test(file.slice(name.length));
}
