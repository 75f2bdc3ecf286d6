import type { Invocation } from '../invocation.ts';
import { literalWord, type Word } from '../words.ts';
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
const OUTPUT_PROPERTY = /^(OutDir|OutputPath|IntermediateOutputPath|BaseOutputPath|BaseIntermediateOutputPath|PublishDir|PackageOutputPath)$/i;
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
      for (const pair of prop[1]!.split(';')) {
        const eq = pair.indexOf('=');
        const value = eq > 0 ? pair.slice(eq + 1).replace(/^["']|["']$/g, '') : '';
        if (eq > 0 && OUTPUT_PROPERTY.test(pair.slice(0, eq).trim()) && value !== '' && !value.includes('$(')) out.push(literalWord(value, a.start, a.end));
      }
      return;
    }
    if (!dotnet) return;
    const glued = /^(?:-o|--output)[=:](.+)$/.exec(v);
    if (glued) out.push(literalWord(glued[1]!, a.start, a.end));
    else if ((v === '-o' || v === '--output') && inv.args[i + 1]) out.push(inv.args[i + 1]!);
  });
  return out;
}

/** Judges each output folder a build names that is a critical path as a write into it; true when it named any. */
export function buildOutputWritten(inv: Invocation): boolean {
  const folders = outputFolders(inv);
  for (const w of folders) {
    const fx = w.value === null ? null : pathEffect(inv, w);
    if (fx && !ONE_SITE_FOLDER.test(fx.path) && /^(critical|control_plane)$/.test(fx.cls)) fileTarget(inv, w, 'write', { recursive: true, what: `\`${inv.name}\` writes its build output into` });
  }
  return folders.length > 0;
}
