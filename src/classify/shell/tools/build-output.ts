import type { Invocation } from '../invocation.ts';
import { literalWord, type Word } from '../words.ts';
import { envVar } from './common.ts';
import { fileTarget, pathEffect } from './filesystem.ts';

/**
 * Round 41 (fo41): a build's output folder is where the build writes its files. MSBuild's output properties (`/p:` or
 * `-property:`, `;`-separated: `OutDir`, `OutputPath`, `IntermediateOutputPath`, `BaseOutputPath`,
 * `BaseIntermediateOutputPath`, `PublishDir`, `PackageOutputPath`; MSBuild reference, "Common MSBuild project
 * properties") and the .NET CLI's `-o`/`--output` (dotnet build, publish, pack, test) name it. Each is judged as a write
 * into that folder is (fileTarget) when that folder is a critical path (`C:\Windows\System32`, `/usr/bin`); any other
 * folder stays the build it was (the build's own `bin`, `obj`, `publish` or an artifacts folder beside the project). A
 * value built on MSBuild's own properties (`$(SolutionDir)bin`) is the project's.
 */
// Round 42 (atk42): the documentation file and the output file names are written by the build too (`DocumentationFile`
// over `C:\Windows\System32\drivers\etc\hosts`).
const OUTPUT_PROPERTY = /^(OutDir|OutputPath|IntermediateOutputPath|BaseOutputPath|BaseIntermediateOutputPath|PublishDir|PackageOutputPath|PackageOutputDir|DocumentationFile|OutputFile|TargetDir)$/i;
/**
 * Round 42 (atk42): MSBuild reads an environment variable as a property (`$(SystemRoot)`, `$(windir)`): the Windows
 * folders those name are no project's property. Each with the folder it names on a default install.
 */
const WINDOWS_ENV_PROPERTY: Readonly<Record<string, string>> = { systemroot: 'C:\\Windows', windir: 'C:\\Windows', systemdrive: 'C:', programfiles: 'C:\\Program Files', 'programfiles(x86)': 'C:\\Program Files (x86)', programw6432: 'C:\\Program Files', commonprogramfiles: 'C:\\Program Files\\Common Files', programdata: 'C:\\ProgramData', allusersprofile: 'C:\\ProgramData' };
/**
 * Round 43 (atk43): what no project names: a property function (`$([System.Environment]::SystemDirectory)` is System32)
 * and MSBuild's reserved properties for its own and the SDK's folders (`$(MSBuildBinPath)`, `$(MSBuildExtensionsPath)`,
 * `$(NetCoreRoot)`; MSBuild reference, "MSBuild reserved and well-known properties"), which lie under Program Files.
 */
const NOT_THE_PROJECTS = /\$\(\s*\[|\$\((MSBuild(Bin|Tools|Extensions|SDKs|ProgramFiles32|Frameworks)\w*|NetCoreRoot|NetCoreTargetingPackRoot|DOTNET_HOST_PATH|VSInstallDir|VCInstallDir)\)/i;
/**
 * A value with every `$(NAME)` of WINDOWS_ENV_PROPERTY put in; null while another `$(…)` (the project's own) is left;
 * undefined where the value is built on what no project names (NOT_THE_PROJECTS): where it writes is not read.
 */
function expandEnvProperties(value: string): string | null | undefined {
  if (NOT_THE_PROJECTS.test(value)) return undefined;
  const out = value.replace(/\$\(([\w()]+?)\)/g, (m, n: string) => WINDOWS_ENV_PROPERTY[n.toLowerCase()] ?? m);
  return out.includes('$(') ? null : out;
}
/** The word of an output place: its value, or not fixed (null) where expandEnvProperties could not read it. */
const placeWord = (value: string | undefined, start: number, end: number): Word => (value === undefined ? { ...literalWord('', start, end), value: null } : literalWord(value, start, end));
/** The log files MSBuild's loggers write (`-flp:logfile=F;…`, `/fileloggerparameters1:LogFile=F`, `-bl:F`, `/binaryLogger:F`). */
function loggerFiles(v: string): string[] {
  const flp = /^[-/](?:flp\d?|fileloggerparameters\d?):(.*)$/i.exec(v);
  if (flp) return flp[1]!.split(';').map((p) => /^\s*logfile\s*=\s*(.+)$/i.exec(p)?.[1]?.replace(/^["']|["']$/g, '')).filter((x): x is string => x !== undefined && x !== '');
  const bl = /^[-/](?:bl|binarylogger):(?:LogFile=)?(.+)$/i.exec(v);
  return bl ? [bl[1]!.replace(/^["']|["']$/g, '')] : [];
}
/** One web site's folder (`C:\inetpub\wwwroot\app`, `/var/www/app`): build output published there is a deploy (answer 217, decision 16). */
const ONE_SITE_FOLDER = /([\\/]inetpub[\\/]wwwroot|^\/var\/www|^\/srv\/www)[\\/][^\\/.][^\\/]*[\\/]?$/i;
const DOTNET_BUILDS = /^(build|publish|pack|test|msbuild|run)$/;

/** The output folders a build command names (MSBuild properties, the .NET CLI's `-o`), as words. */
function outputFolders(inv: Invocation): Word[] {
  const base = inv.name.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '').toLowerCase();
  const dotnet = base === 'dotnet' && DOTNET_BUILDS.test(inv.args.find((a) => !(a.value ?? '').startsWith('-'))?.value ?? '');
  if (base !== 'msbuild' && !dotnet) return [];
  const out: Word[] = [];
  inv.args.forEach((a, i) => {
    const v = a.value;
    if (v === null) return;
    const prop = /^[-/](?:p|property):(.*)$/i.exec(v);
    if (prop) {
      // Round 42 (atk42): a pair quoted whole (`/p:"OutDir=C:\Windows\System32\"`, as cmd passes it) is the same pair.
      for (const pair of prop[1]!.replace(/^["'](.*)["']$/, '$1').split(';')) {
        const eq = pair.indexOf('=');
        const raw = eq > 0 ? pair.slice(eq + 1).replace(/^["']|["']$/g, '') : '';
        const value = raw === '' ? null : expandEnvProperties(raw);
        if (eq > 0 && OUTPUT_PROPERTY.test(pair.slice(0, eq).trim().replace(/^["']/, '')) && value !== null) out.push(placeWord(value, a.start, a.end));
      }
      return;
    }
    for (const f of loggerFiles(v)) {
      const value = expandEnvProperties(f);
      if (value !== null) out.push(placeWord(value, a.start, a.end));
    }
    if (!dotnet) return;
    const glued = /^(?:-o|--output)[=:](.+)$/.exec(v);
    if (glued) out.push(literalWord(glued[1]!, a.start, a.end));
    else if ((v === '-o' || v === '--output') && inv.args[i + 1]) out.push(inv.args[i + 1]!);
  });
  return out;
}

/**
 * Round 42 (atk42): a compiler's or build tool's output file or folder (`go build -o F`, `gcc -o F`/`-oF`, `cargo build
 * --out-dir|--artifact-dir D`, `rustc -o F`) is where it writes: over a system binary (`/usr/bin/git`), a write to a
 * critical path as `cp` is. A project's own folder stays the build.
 */
const COMPILERS = /^(go|gcc|g\+\+|cc|c\+\+|clang|clang\+\+|gcc-\d+|g\+\+-\d+|clang-\d+|tcc|rustc|cargo|zig|nim|ghc|gfortran|javac|kotlinc|swiftc)$/;
function compilerOutputs(inv: Invocation): Word[] {
  const base = inv.name.replace(/^.*[\\/]/, '');
  if (!COMPILERS.test(base)) return [];
  if (base === 'go' && !/^(build|install)$/.test(inv.args.find((a) => !(a.value ?? '').startsWith('-'))?.value ?? '')) return [];
  const out: Word[] = [];
  inv.args.forEach((a, i) => {
    const v = a.value;
    if (v === null) return;
    const long = /^--(out-dir|artifact-dir)=(.+)$/.exec(v);
    if (long && base === 'cargo') out.push(literalWord(long[2]!, a.start, a.end));
    else if (base === 'cargo' && /^--(out-dir|artifact-dir)$/.test(v) && inv.args[i + 1]) out.push(inv.args[i + 1]!);
    else if (base !== 'cargo' && (v === '-o' || (base === 'javac' && v === '-d') || (base === 'go' && v === '--o')) && inv.args[i + 1]) out.push(inv.args[i + 1]!);
    // Round 43 (atk43): Go's flag package reads `-o=F` and `--o=F` as `-o F`.
    else if (base === 'go' && /^--?o=./.test(v)) out.push(literalWord(v.slice(v.indexOf('=') + 1), a.start, a.end));
    else if (base !== 'cargo' && base !== 'go' && /^-o[^-]/.test(v)) out.push(literalWord(v.slice(2), a.start, a.end));
  });
  // Round 43 (atk43): `go install` writes its binaries into GOBIN (`go help environment`), given on the line or before.
  const gobin = base === 'go' && inv.args.find((a) => !(a.value ?? '').startsWith('-'))?.value === 'install' ? envVar(inv, 'GOBIN') : undefined;
  if (typeof gobin === 'string' && gobin !== '') out.push(literalWord(`${gobin.replace(/\/+$/, '')}/`, inv.span.start, inv.span.end));
  return out;
}

/** Judges each output folder a build names that is a critical path as a write into it; true when it named any. */
export function buildOutputWritten(inv: Invocation): boolean {
  for (const w of compilerOutputs(inv)) {
    const fx = w.value === null ? null : pathEffect(inv, w);
    if (fx && /^(critical|control_plane)$/.test(fx.cls)) fileTarget(inv, w, 'write', { recursive: false, what: `\`${inv.name}\` writes its build output over` });
  }
  const folders = outputFolders(inv);
  for (const w of folders) {
    // SECURITY: an output place built on what the line does not fix (NOT_THE_PROJECTS) may be any folder.
    if (w.value === null) inv.env.b.opaque('build_output_unseen', `\`${inv.name}\` writes its build output into a folder a property function or MSBuild's own property names, which the line does not fix`, inv.span);
    const fx = w.value === null ? null : pathEffect(inv, w);
    if (fx && !ONE_SITE_FOLDER.test(fx.path) && /^(critical|control_plane)$/.test(fx.cls)) fileTarget(inv, w, 'write', { recursive: true, what: `\`${inv.name}\` writes its build output into` });
  }
  return folders.length > 0;
}
