import type { ShellScope } from '../shell/invocation.ts';
import { isWindowsPath, jenkinsJobWorkspace } from '../windows-paths.ts';

/**
 * The environment variables a Windows command line can name, as far as the action's context fixes
 * them: the profile and its folders from `home`, `%CD%` from the working directory, and the standard
 * system folders. Keys are upper-case (Windows names are case-insensitive); a value the context does
 * not fix is absent, which readers take as unknown.
 */
export function windowsEnvironment(scope: Pick<ShellScope, 'home' | 'cwd' | 'vars'>): Map<string, string | null> {
  const env = new Map<string, string | null>();
  const home = scope.home && isWindowsPath(scope.home) ? scope.home.replace(/[\\/]+$/, '') : undefined;
  if (home) {
    env.set('USERPROFILE', home);
    env.set('HOMEDRIVE', home.slice(0, 2));
    env.set('HOMEPATH', home.slice(2) || '\\');
    env.set('APPDATA', `${home}\\AppData\\Roaming`);
    env.set('LOCALAPPDATA', `${home}\\AppData\\Local`);
    env.set('TEMP', `${home}\\AppData\\Local\\Temp`);
    env.set('TMP', `${home}\\AppData\\Local\\Temp`);
    env.set('USERNAME', home.slice(home.lastIndexOf('\\') + 1));
    env.set('ONEDRIVE', `${home}\\OneDrive`);
  }
  if (scope.cwd) env.set('CD', scope.cwd);
  // CI runners' own folders (round 12), by what they are rather than where a runner keeps them: the job's temp folder,
  // which GitHub Actions (RUNNER_TEMP) and Azure Pipelines (AGENT_TEMPDIRECTORY) empty at the start and end of every job,
  // stands for a temp folder; the checkout the job runs in (GITHUB_WORKSPACE, BUILD_SOURCESDIRECTORY,
  // SYSTEM_DEFAULTWORKINGDIRECTORY, CI_PROJECT_DIR) stands for the workspace, which is where the job's steps start.
  const temp = home ? `${home}\\AppData\\Local\\Temp` : 'C:\\Windows\\Temp';
  env.set('RUNNER_TEMP', `${temp}\\runner`);
  env.set('AGENT_TEMPDIRECTORY', `${temp}\\agent`);
  const workspace = scope.cwd && isWindowsPath(scope.cwd) ? scope.cwd.replace(/[\\/]+$/, '') : undefined;
  if (workspace) {
    for (const v of ['GITHUB_WORKSPACE', 'BUILD_SOURCESDIRECTORY', 'BUILD_REPOSITORY_LOCALPATH', 'SYSTEM_DEFAULTWORKINGDIRECTORY', 'CI_PROJECT_DIR']) env.set(v, workspace);
  }
  // Jenkins sets WORKSPACE to the job's workspace and WORKSPACE_TMP to the `@tmp` folder beside it (Jenkins, "Building a
  // software project"): known when the working directory is in a Jenkins job's workspace.
  const jenkins = workspace ? jenkinsJobWorkspace(workspace, '\\') : undefined;
  if (jenkins) {
    env.set('WORKSPACE', jenkins);
    env.set('WORKSPACE_TMP', `${jenkins}@tmp`);
  }
  // The rest of a CI agent's per-pipeline folders (round 17), as Azure Pipelines lays them out under its work folder
  // (`_work\N\a` Build.ArtifactStagingDirectory, `_work\N\b` Build.BinariesDirectory, `_work\N` Pipeline.Workspace and
  // Agent.BuildDirectory, `_work\_tool` Agent.ToolsDirectory; GitHub Actions' RUNNER_TOOL_CACHE is the same `_work\_tool`):
  // taken from the checkout's path when the working directory is one (`X\_work\7\s`, `X\_work\repo\repo`), else the
  // agent's documented default `C:\agent\_work\1`. The staging and binaries folders are emptied before each build and
  // the tool cache downloads again (windows-paths.ts SCRATCH_DIRS); the pipeline folder holds the checkout, judged as one.
  const pipeline = workspace ? /^(.*\\_work\\\d+)\\s$/i.exec(workspace)?.[1] : undefined;
  const work = workspace ? /^(.*\\_work)\\[^\\]+\\[^\\]+$/i.exec(workspace)?.[1] : undefined;
  const build = pipeline ?? `${work ?? 'C:\\agent\\_work'}\\1`;
  for (const v of ['AGENT_BUILDDIRECTORY', 'PIPELINE_WORKSPACE']) env.set(v, build);
  for (const v of ['BUILD_ARTIFACTSTAGINGDIRECTORY', 'BUILD_STAGINGDIRECTORY']) env.set(v, `${build}\\a`);
  env.set('BUILD_BINARIESDIRECTORY', `${build}\\b`);
  for (const v of ['AGENT_TOOLSDIRECTORY', 'RUNNER_TOOL_CACHE']) env.set(v, `${work ?? 'C:\\agent\\_work'}\\_tool`);
  env.set('SYSTEMDRIVE', 'C:');
  env.set('SYSTEMROOT', 'C:\\Windows');
  env.set('WINDIR', 'C:\\Windows');
  env.set('PROGRAMFILES', 'C:\\Program Files');
  env.set('PROGRAMFILES(X86)', 'C:\\Program Files (x86)');
  env.set('PROGRAMDATA', 'C:\\ProgramData');
  env.set('ALLUSERSPROFILE', 'C:\\ProgramData');
  env.set('PUBLIC', 'C:\\Users\\Public');
  env.set('COMSPEC', 'C:\\Windows\\System32\\cmd.exe');
  // Round 37 (pw37): tools' own folders named by the variable each tool reads, which stands for that folder wherever it is
  // put, at the place each tool's documentation gives as its default: Chocolatey's install folder (`ChocolateyInstall`,
  // set by its installer, `C:\ProgramData\chocolatey`), NuGet's global packages folder (`NUGET_PACKAGES`), Go's build and
  // module caches (`GOCACHE`, `GOMODCACHE`), npm's and pip's caches (`npm_config_cache`, `PIP_CACHE_DIR`). A folder below
  // one is judged by its place there (`lib-bad`, a cache), the variable alone as the folder it names.
  env.set('CHOCOLATEYINSTALL', 'C:\\ProgramData\\chocolatey');
  if (home) {
    env.set('NUGET_PACKAGES', `${home}\\.nuget\\packages`);
    env.set('GOCACHE', `${home}\\AppData\\Local\\go-build`);
    env.set('GOMODCACHE', `${home}\\go\\pkg\\mod`);
    env.set('NPM_CONFIG_CACHE', `${home}\\AppData\\Local\\npm-cache`);
    env.set('PIP_CACHE_DIR', `${home}\\AppData\\Local\\pip\\Cache`);
  }
  // Variables the input itself set (`$env:X = …` in PowerShell) are known from then on.
  for (const [k, v] of scope.vars) if (/^[A-Z_][A-Z0-9_()]*$/.test(k)) env.set(k, v);
  return env;
}

/**
 * Round 33 (w33): the user's profile folders by what they are when the context does not say whose profile it is (its
 * home is not a Windows path). cmd runs only on Windows, and a PowerShell path that goes on with `\` after the variable
 * (`"$env:LOCALAPPDATA\Microsoft\Windows\INetCache"`) is written for Windows: there `%USERPROFILE%`, `%APPDATA%`,
 * `%LOCALAPPDATA%`, `%TEMP%` and `%TMP%` always name the same folders of some user's profile (`C:\Users\NAME\…`), so a
 * path under them is judged by its place in the profile (a cache, the temporary folder, the documents) as it is with a
 * known home. `%USERNAME%` stays in the path as the unknown user's name.
 */
export const PROFILE_FOLDER_FALLBACK: ReadonlyMap<string, string> = new Map([
  ['USERPROFILE', 'C:\\Users\\%USERNAME%'],
  ['APPDATA', 'C:\\Users\\%USERNAME%\\AppData\\Roaming'],
  ['LOCALAPPDATA', 'C:\\Users\\%USERNAME%\\AppData\\Local'],
  ['TEMP', 'C:\\Users\\%USERNAME%\\AppData\\Local\\Temp'],
  ['TMP', 'C:\\Users\\%USERNAME%\\AppData\\Local\\Temp'],
]);
