import { ciAgentWorkFolder, jenkinsJobWorkspace } from '../windows-paths.ts';

/**
 * The folders a CI runner names in its job's environment, known when the session's working directory is a checkout the
 * runner made (the lead's decision 38: a CI agent's own checkout and work folders are disposable), on Linux and macOS
 * runners as windows/environment.ts knows them on Windows. Outside such a checkout nothing is set, so a path built on one
 * of these variables stays a path the input does not fix.
 * - GitHub Actions ("Variables reference"): GITHUB_WORKSPACE is the checkout `…/work/REPO/REPO` (self-hosted `_work`,
 *   hosted Linux `/home/runner/work`), RUNNER_TEMP the work folder's `_temp`, "emptied at the beginning and end of each
 *   job".
 * - Azure Pipelines ("Predefined variables"): BUILD_SOURCESDIRECTORY is `_work/N/s`, AGENT_TEMPDIRECTORY `_work/_temp`,
 *   the staging and binaries folders `_work/N/a` and `_work/N/b` (emptied before each build).
 * - Jenkins ("Building a software project"): WORKSPACE is the job's workspace, WORKSPACE_TMP the `@tmp` folder beside it.
 * - GitLab ("Predefined CI/CD variables"): CI_PROJECT_DIR is "the full path the repository is cloned to, and where the job
 *   runs from", `$CI_BUILDS_DIR/GROUP/PROJECT` with the Docker executor's default builds folder `/builds`: known when the
 *   working directory is such a folder itself (`/builds/acme/shop`).
 */
export function ciRunnerVariables(cwd: string | undefined): Map<string, string> {
  const vars = new Map<string, string>();
  if (cwd === undefined || !cwd.startsWith('/') || cwd.split('/').some((s) => s === '..' || s === '.')) return vars;
  const jenkins = jenkinsJobWorkspace(cwd, '/');
  if (jenkins !== undefined) {
    vars.set('WORKSPACE', jenkins);
    vars.set('WORKSPACE_TMP', `${jenkins}@tmp`);
    return vars;
  }
  // GitLab's checkout (`/builds/GROUP/PROJECT`) before the work folder, which `/builds` is too (ciAgentWorkFolder).
  if (/^\/builds\/[\w.-]+\/[\w.-]+$/.test(cwd)) {
    vars.set('CI_PROJECT_DIR', cwd);
    return vars;
  }
  const work = ciAgentWorkFolder(cwd, '/');
  if (work !== undefined) {
    const [a = '', b = ''] = cwd.slice(work.length + 1).split('/');
    if (/^\d+$/.test(a) && b === 's') {
      vars.set('BUILD_SOURCESDIRECTORY', `${work}/${a}/s`);
      for (const v of ['AGENT_BUILDDIRECTORY', 'PIPELINE_WORKSPACE']) vars.set(v, `${work}/${a}`);
      for (const v of ['BUILD_ARTIFACTSTAGINGDIRECTORY', 'BUILD_STAGINGDIRECTORY']) vars.set(v, `${work}/${a}/a`);
      vars.set('BUILD_BINARIESDIRECTORY', `${work}/${a}/b`);
      vars.set('AGENT_TEMPDIRECTORY', `${work}/_temp`);
    } else if (a !== '' && a === b) {
      vars.set('GITHUB_WORKSPACE', `${work}/${a}/${b}`);
      vars.set('RUNNER_TEMP', `${work}/_temp`);
      // Answer 217 (round 27): GitHub's hosted images set the tool cache to `/opt/hostedtoolcache` on Ubuntu and
      // `/Users/runner/hostedtoolcache` on macOS (actions/runner-images; both variables name it). Self-hosted: unknown.
      const toolCache = work === '/home/runner/work' ? '/opt/hostedtoolcache' : work === '/Users/runner/work' ? '/Users/runner/hostedtoolcache' : undefined;
      if (toolCache !== undefined) for (const v of ['AGENT_TOOLSDIRECTORY', 'RUNNER_TOOL_CACHE']) vars.set(v, toolCache);
    }
    return vars;
  }
  return vars;
}
