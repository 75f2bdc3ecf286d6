import { globMatch, longestLiteral, type Inventory } from '../core/index.ts';
import { ciAgentWorkFolder, classifyWindowsPath, normalizeWindowsPath, GIT_LOCK, HOME_USER_FOLDERS, isWindowsPath, isWindowsScope, isWindowsSystemPath, resolveWindowsPath } from './windows-paths.ts';
import { ciRunFolder, namesDisposable, SCRATCH_ONLY_WORDS, sharedBuildStore } from './test-data.ts';
import { heuristicEnvironment } from './environment.ts';

/**
 * Path facts for filesystem targets. Everything here is lexical (no fs access): the classifier must
 * be pure, so a symlink can make a path mean something else; that is why deleting anything outside
 * the workspace's build and cache folders stays destructive. For the control plane (D8) the gateway
 * resolves the paths the classifier names and classifies again with the ones that lead into it.
 */

const NOT_NORMAL = /\/\/|\/$|(^|\/)\.\.?(\/|$)/;

/** Joins and normalises POSIX paths: `..` never climbs above `/`. */
export function normalizePath(path: string): string {
  // Already normal (no empty, `.` or `..` segment, no trailing `/`): most paths are.
  if (path !== '' && !NOT_NORMAL.test(path)) return path;
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  return abs ? `/${joined}` : joined || '.';
}

export interface PathScope {
  /** Where relative paths start (follows `cd`). */
  cwd: string | undefined;
  home: string | undefined;
  /** The agent's workspace (the repository it was started in); `cwd` when absent. */
  workspace?: string | undefined;
  /**
   * Round 39 (atk39): symbolic links this input made (`ln -s /srv/data /tmp/cache`), by the link's absolute path: where it
   * points (absolute), or null when that is not fixed in the input. A path that goes through one (`/tmp/cache/x`,
   * `/tmp/cache/`) names what lies behind it (followLinks).
   */
  links?: ReadonlyMap<string, string | null>;
}

/** The absolute path a word names, or null when it depends on something unknown (a relative path without cwd). */
export function resolvePath(word: string, scope: PathScope): string | null {
  const url = fileUrlPath(word);
  if (url !== null) return resolvePath(url, scope);
  // Windows agents: a Windows working directory or a Windows path resolves the Windows way.
  if (isWindowsPath(word) || (isWindowsScope(scope) && (!word.startsWith('/') || /^\/[A-Za-z](\/|$)/.test(word)))) {
    const win = resolveWindowsPath(word, scope);
    // Round 39 (win2): links a PowerShell or cmd line made (`New-Item -ItemType Junction`, `mklink /J`) are followed too.
    return win !== null && scope.links && scope.links.size > 0 ? followLinks(win, /[\\/]$/.test(word), scope.links, true) : win;
  }
  let p = word;
  // `/proc/PID/root` is that process's root folder (`/` for every process outside a container) and `/proc/self/cwd` our
  // own working directory (proc(5)): both are spellings of the path after them. Read before `..` is folded, since
  // `/proc/self/cwd/..` is the parent of the working directory, not `/proc/self`.
  const proc = PROC_ALIAS.exec(p);
  if (proc) {
    if (proc[2] === 'root') p = `/${proc[3] ?? ''}`;
    else if (proc[1] === 'self' || proc[1] === 'thread-self') {
      if (!scope.cwd) return null;
      p = `${scope.cwd}/${proc[3] ?? ''}`;
    } else return `/proc/${proc[1]}/cwd/${proc[3] ?? ''}`.replace(/\/$/, '');
  }
  if (p === '~' || p.startsWith('~/')) {
    if (!scope.home) return null;
    p = scope.home + p.slice(1);
  } else if (p.startsWith('~')) {
    // `~user/...`: another user's home, always critical territory.
    return `/home/${p.slice(1)}`;
  }
  if (!p.startsWith('/')) {
    if (!scope.cwd) return null;
    p = `${scope.cwd}/${p}`;
  }
  const abs = normalizePath(p);
  return scope.links && scope.links.size > 0 ? followLinks(abs, /\/$/.test(word), scope.links) : abs;
}

/**
 * Round 39 (atk39): `abs` read through the symbolic links this input made (PathScope `links`): a path below a link is
 * below its target, and so is the link itself written with a trailing slash (`rm -rf /tmp/cache/` empties the folder it
 * points at; without the slash the link alone is named). Null when a link's target is not fixed. Up to eight hops, as a
 * link may point into another.
 */
function followLinks(abs: string, trailingSlash: boolean, links: ReadonlyMap<string, string | null>, windows = false): string | null {
  // Round 39 (win2): Windows paths (`C:\Temp\x`) compare as Windows compares them, without case, `\` between names.
  const sep = windows ? '\\' : '/';
  const fold = (p: string): string => (windows ? p.toLowerCase() : p);
  const join = (target: string, rest: string): string => (windows ? normalizeWindowsPath(`${target}\\${rest}`) : normalizePath(`${target}/${rest}`));
  let path = abs;
  let slash = trailingSlash;
  for (let hop = 0; hop < 8; hop++) {
    let next: string | null | undefined;
    for (const [link, target] of links) {
      if (fold(path).startsWith(fold(`${link}${sep}`))) next = target === null ? null : join(target, path.slice(link.length + 1));
      else if (fold(path) === fold(link) && slash) next = target;
      else continue;
      break;
    }
    if (next === undefined) return path;
    if (next === null) return null;
    path = next;
    slash = false;
  }
  return null;
}

/** `/proc/self/root/…`, `/proc/1/root/…`, `/proc/self/cwd/…` (also with doubled slashes). */
const PROC_ALIAS = /^\/+proc\/+(self|thread-self|\d+)\/+(root|cwd)(?:\/+(.*))?$/;

/**
 * A `file:` URL given where a path is expected (`file:///home/dev/.bashrc`, `file://localhost/etc/hosts`,
 * `file:///C:/Windows/…`): the path it names, percent-decoded; null when the word is no file URL or names another host.
 */
function fileUrlPath(word: string): string | null {
  const m = /^file:(?:\/\/(localhost|127\.0\.0\.1)?)?(\/.*)$/i.exec(word);
  if (!m) return null;
  let path = m[2]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A broken escape stays as written: the path is then judged as spelled.
  }
  return /^\/[A-Za-z]:[\\/]/.test(path) ? path.slice(1) : path;
}

/**
 * D8: the absolute path a word names as the kernel will walk it: like `resolvePath`, but a `..` is
 * kept (after a symlink, `link/..` is the link target's parent, not the link's), so the gateway can
 * resolve it on the filesystem. Null when `resolvePath` is null or the path is not POSIX. `resolved`
 * is `resolvePath(word, scope)` when the caller has it already.
 */
export function pathToResolve(word: string, scope: PathScope, resolved?: string | null): string | null {
  const abs = resolved === undefined ? resolvePath(word, scope) : resolved;
  if (abs === null || !abs.startsWith('/')) return null;
  if (!/(^|\/)\.\.(\/|$)/.test(word)) return abs;
  if (word.startsWith('/')) return word;
  if (word.startsWith('~')) return abs;
  return scope.cwd ? `${scope.cwd}/${word}` : abs;
}

/** The superuser's home folder on Linux. */
const ROOT_HOME = '/root';

const SYSTEM_ROOTS = [
  '/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/opt', '/proc', '/root', '/sbin', '/srv', '/sys', '/usr', '/var',
  '/home', '/Users', '/System', '/Library', '/Applications', '/private', '/snap', '/mnt', '/media', '/nix', '/data', '/workspace', '/work',
];

/**
 * Package managers' caches and downloaded indexes under /var (each tool's manual): apt's package lists (`apt-get update`
 * downloads them again; Docker's best practices remove them in every image) and downloaded packages (`apt-get clean`),
 * apk's, dnf's and yum's caches (`dnf clean all`), pacman's package cache (`pacman -Scc`).
 */
const SYSTEM_CACHES = [
  '/var/lib/apt/lists', '/var/cache/apt', '/var/cache/apk', '/var/cache/dnf', '/var/cache/yum', '/var/cache/pacman/pkg', '/var/cache/zypp',
  // Web servers' response caches (nginx `proxy_cache_path`/`fastcgi_cache_path` under the packages' /var/cache/nginx,
  // Apache's mod_cache_disk `CacheRoot`): refilled from the upstream on the next request. Not /var/cache/bind, which is
  // BIND's working directory (zone journals, managed keys).
  '/var/cache/nginx', '/var/cache/apache2/mod_cache_disk', '/var/cache/httpd/proxy',
  // Indexes their tools build again (round 30, x30): man-db's (`mandb`), fontconfig's (`fc-cache`), ldconfig's auxiliary
  // cache, PackageKit's downloads. Not /var/cache/debconf, which holds debconf's answers.
  '/var/cache/man', '/var/cache/fontconfig', '/var/cache/ldconfig', '/var/cache/PackageKit',
  // systemd-coredump's stored core dumps: systemd's own tmpfiles.d/systemd.conf ages them out after three days
  // (`d /var/lib/systemd/coredump 0755 root root 3d`), and coredump.conf caps their space.
  '/var/lib/systemd/coredump',
  // SSSD's caches (sssd(8), sss_cache(8)): the identities and groups it looked up, its memory-mapped fast cache; Red Hat's
  // documented way to clear them removes the files (`/var/lib/sss/db/*`) and SSSD fetches them again from the identity
  // server (the lead's answer 386.6, round 38). nscd's persistent tables (nscd(8): `nscd --invalidate` or their removal).
  '/var/lib/sss/db', '/var/lib/sss/mc', '/var/cache/nscd',
  // snapd's download cache (`/var/lib/snapd/cache`: hard links to the installed snaps' files, which snapd's own docs say
  // may be removed to free space; a refresh downloads again).
  '/var/lib/snapd/cache',
  // Crash reports apport writes for each crash (`/var/crash/*.crash`, with `.upload`/`.uploaded` markers): diagnostic copies
  // like the core dumps above, sent or discarded by whoopsie; removing them is Ubuntu's way to clear the crash prompt.
  '/var/crash',
  // macOS: the machine-wide caches (File System Programming Guide: "Caches": data an app can re-create), and the Command
  // Line Tools, which `xcode-select --install` installs again (Apple's documented fix for a broken install).
  '/Library/Caches', '/Library/Developer/CommandLineTools',
  // A Jenkins controller's `caches` folder (the git plugin's cached clones of remote repositories, `caches/git-<hash>`,
  // made again by the next checkout that uses them), in the Linux packages' and the container image's homes (round 28).
  '/var/lib/jenkins/caches', '/var/jenkins_home/caches',
  // Grafana's rendered panel images (`/var/lib/grafana/png`, the image renderer's output that Grafana itself deletes after a
  // day) and PHP's session files (`/var/lib/php/sessions`, which PHP's own collector, Debian's phpsessionclean, deletes
  // once expired; one removed early is a logout, as ending a user's sessions is): the lead's answer 329, round 30.
  '/var/lib/grafana/png', '/var/lib/php/sessions',
  // Yarn's cache when it runs as root in the Node.js images (`/usr/local/share/.cache/yarn`, what `yarn cache clean`
  // empties; Yarn docs, "yarn cache": packages it downloads again) (round 31, s31).
  '/usr/local/share/.cache/yarn',
];

/**
 * The lead's answer 345.3 (round 32): one application's folder under /var/cache, or what is in it, is rebuildable by the
 * Filesystem Hierarchy Standard's own definition ("/var/cache: application cache data ... The application must be able to
 * regenerate or restore the data"), whatever the application. Two Debian packages keep state there against that rule and
 * stay out: debconf's answers (`/var/cache/debconf`: config.dat, passwords.dat) and BIND's working directory
 * (`/var/cache/bind`: zone journals, managed keys). /var/cache itself, or a wildcard over its folders, is not one cache.
 */
const FHS_APPLICATION_CACHE = /^\/var\/cache\/(?!(debconf|bind)(\/|$))[\w.@+-]+(\/.*)?$/;

/**
 * CI runners' per-job temporary folders, wherever the runner is installed: GitHub Actions' `_work/_temp` (RUNNER_TEMP,
 * "emptied at the beginning and end of each job", GitHub docs, "Variables reference") and Jenkins's `WORKSPACE@tmp`
 * (the workspace's companion folder for the scripts and credentials of one build, WorkspaceList.tempDir), below a
 * runner or Jenkins home (`/opt/actions-runner/_work/_temp/*`, `/var/lib/jenkins/workspace/shop@tmp`). Not the
 * workspaces themselves (JENKINS_WORKSPACES) or Jenkins's `jobs` (configuration and build history).
 */
const CI_JOB_TEMP = /\/(_work|runner\/work)\/_temp(\/|$)|\/workspace\/[^/]+@tmp(\/|$)/;

/**
 * The job workspaces of a Jenkins controller, in the Jenkins home of its Linux packages (`/var/lib/jenkins`) or of its
 * container image (`/var/jenkins_home`): each job's checkout, fetched again by every build (the lead's answer 169:
 * decision 38 reaches them, as a runner's `_work`). What lies below is disposable, wherever the session is; the folder
 * itself and the rest of the home (`jobs`: configuration and build history; `secrets`, plugins) are not.
 */
const JENKINS_WORKSPACES = /^\/var\/(?:lib\/jenkins|jenkins_home)\/workspace(\/[^/]+.*)?$/;

/** Folders whose content can be rebuilt: deleting them is cleanup, not loss. */
export const REBUILDABLE = new Set([
  'node_modules', 'dist', 'build', 'out', 'target', '.next', '.nuxt', '.svelte-kit', '.cache', 'coverage', '.nyc_output', '__pycache__',
  '.pytest_cache', '.mypy_cache', '.ruff_cache', '.tox', '.venv', 'venv', 'tmp', '.tmp', 'temp', '.turbo', '.parcel-cache', '.gradle',
  '.angular', '.expo', '.eslintcache', 'htmlcov', '.hypothesis', '.terraform', '.serverless', '.aws-sam', 'cdk.out', '.docusaurus', 'storybook-static',
  '.vite', 'bower_components', '.sass-cache', 'logs', 'log', '.dart_tool', '.build', 'DerivedData', 'obj', '.ipynb_checkpoints', 'site',
  '_build', '.webpack', '.eggs', 'lib-cov', 'test-results', 'playwright-report', 'reports', 'artifacts', 'output',
  // CocoaPods' `Pods` ("pod install" recreates it from Podfile.lock); Playwright's blob reporter output; dbt's installed
  // packages (`dbt deps` installs them again from packages.yml; `dbt clean` removes them).
  'Pods', 'blob-report', 'dbt_packages',
  // Yocto's shared-state cache (`sstate-cache`: BitBake restores or rebuilds every task output from it; the Yocto Project
  // manual names it safe to delete) and PlatformIO's per-project build folder `.pio` (round 35, edge35).
  'sstate-cache', '.pio',
  // Perl: ExtUtils::MakeMaker's build folder `blib` (`make` builds it again) and Devel::Cover's `cover_db` (a coverage run).
  'blib', 'cover_db',
  // Visual Studio's per-solution cache `.vs` (IntelliSense database, window layout; VS writes it again on open), the
  // `TestResults` folder `dotnet test`/`vstest` writes, and BenchmarkDotNet's `BenchmarkDotNet.Artifacts`.
  '.vs', 'TestResults', 'BenchmarkDotNet.Artifacts',
  // Round 41 (pw42): Visual C++'s precompiled-header cache for IntelliSense, `ipch` (VS writes it again; Visual Studio's
  // .gitignore template lists it).
  'ipch',
  // Per-user IDE state (the lead's answer 104): Xcode's `xcuserdata` (breakpoints, personal schemes, window state; GitHub's
  // Xcode .gitignore ignores it). Expo's `.expo` is above; `.expo-shared` was committed (before SDK 46) and is not here.
  'xcuserdata',
  // Code generators' output folders: buf's and protoc plugins' `gen/` (Buf docs, "buf.gen.yaml": `out: gen`), GraphQL
  // Code Generator's and Relay's `__generated__`, OpenAPI generators' `generated` (each generator writes them again).
  'gen', 'generated', '__generated__',
  // Game engines' caches: Godot's `.godot` (Godot 4) and `.import` (Godot 3) hold imported assets and editor state, made
  // again when the project is opened ("can be deleted safely"); Unreal's `DerivedDataCache` and `Intermediate` are what the
  // editor and Unreal Build Tool write; Unity writes its editor and player logs to `Logs`.
  '.godot', '.import', 'DerivedDataCache', 'Intermediate', 'Logs',
  // Terragrunt's download cache: each module's source copied with its `.terraform` (Terragrunt docs, "Clearing the
  // Terragrunt cache": safe to delete, downloaded again on the next run).
  '.terragrunt-cache',
  // Astro's generated types and content-collection data store (`astro sync` and every `astro dev|build` write `.astro`
  // again; the project templates list it in .gitignore).
  '.astro',
  // Zig's build cache and install prefix (`zig build` writes `.zig-cache`, `zig-cache` before 0.13, and `zig-out` again),
  // and Django's conventional STATIC_ROOT `staticfiles` (Django and WhiteNoise docs: `collectstatic` copies every app's
  // static files into it again).
  '.zig-cache', 'zig-cache', 'zig-out', 'staticfiles',
  // More ecosystems' build output and caches, each written again by its tool (its documentation or its project
  // template's .gitignore): Nuxt/Nitro's `.output`, Stencil's `.stencil`, Quasar's `.quasar`, SWC's `.swc` plugin cache,
  // the Rollup cache `.rollup.cache`, a project-local pnpm store `.pnpm-store`, Stylelint's `.stylelintcache`, Jekyll's and
  // Eleventy's `_site` with `.jekyll-cache`, GitBook/HonKit's `_book`, Elm's `elm-stuff`; Python's `.nox` (nox's
  // virtualenvs, as `.tox`), PEP 582's `__pypackages__`, `.pdm-build`, pytype's `.pytype`, Pyre's `.pyre`; Haskell's
  // `.stack-work` and `dist-newstyle` (cabal), OCaml's local switch `_opam`, Clojure's `.cpcache` and `.shadow-cljs`,
  // ElixirLS's `.elixir_ls`, Scala's `.bloop`, `.metals` and `.bsp`, Kotlin's `.kotlin`; Android's native build
  // intermediates `.cxx` and `.externalNativeBuild`, CLion's `cmake-build-debug|release`, ccls's `.ccls-cache`; Bazel's
  // output links `bazel-bin`, `bazel-out`, `bazel-testlogs`, Pants' `.pants.d`, Buck's `buck-out`.
  '.output', '.stencil', '.quasar', '.swc', '.rollup.cache', '.pnpm-store', '.stylelintcache', '_site', '.jekyll-cache', '_book', 'elm-stuff',
  '.nox', '__pypackages__', '.pdm-build', '.pytype', '.pyre', '.stack-work', 'dist-newstyle', '_opam', '.cpcache', '.shadow-cljs',
  '.elixir_ls', '.bloop', '.metals', '.bsp', '.kotlin', '.cxx', '.externalNativeBuild', 'cmake-build-debug', 'cmake-build-release', '.ccls-cache',
  'bazel-bin', 'bazel-out', 'bazel-testlogs', '.pants.d', 'buck-out',
  // Round 30 (k30): Helm's `tmpcharts`, the folder `helm dependency update|build` downloads a chart's dependencies into
  // before moving them to `charts/` (a leftover one is what an interrupted run left behind).
  'tmpcharts',
  // Round 31 (c31): CMake's own folder of each build tree (`CMakeFiles`: the configure checks, the generated rules and
  // object files; every configure writes it again) and vcpkg's manifest-mode install folder `vcpkg_installed` (vcpkg docs,
  // "manifest mode": `vcpkg install` sets it to the state vcpkg.json declares, beside the manifest or in the build tree).
  'CMakeFiles', 'vcpkg_installed',
  // Round 34 (s34): the work folder of Hadoop's and Spark's file output committer, `_temporary` at any depth of a table's
  // folder (removed when the job commits; what a failed job left is its leftovers): the lead's answer 65, as object keys read.
  '_temporary',
  // Round 43 (os43): Quarto's internal render state `.quarto` (its project template's .gitignore lists `/.quarto/`; each
  // render writes it again), jspm's installed packages `jspm_packages` (as node_modules), direnv's layout folder `.direnv`
  // (the virtualenv and caches `layout python`/nix-direnv put there, made again on the next load).
  '.quarto', 'jspm_packages', '.direnv',
]);

/**
 * Rebuildable folders named by more than one segment (a one-segment name would be too broad): Bundler's install path
 * (`bundle config set path vendor/bundle`), Webpacker's and Remix's output, Nx's and Vercel's build output, Yarn's
 * cache and unplugged packages (`cacheFolder`, `pnpUnpluggedFolder`: `yarn install` fills them again; not `.yarn/releases` or
 * `.yarn/plugins`, which are committed).
 */
export const REBUILDABLE_PATHS = [
  // renv's project library (`renv::restore()` installs it again from renv.lock; round 43, os43).
  'renv/library',
  'vendor/bundle', 'public/packs', 'public/packs-test', 'public/build', '.nx/cache', '.vercel/output', '.yarn/cache', '.yarn/unplugged', 'Carthage/Build', 'Carthage/Checkouts',
  // Cookiecutter Data Science's `data/interim` ("intermediate data that has been transformed"), which the project's
  // pipeline (`make data`, `dvc repro`) writes again from `data/raw`; not `data/raw` (immutable originals), `data/external`
  // or `data/processed` (the canonical sets models are trained on).
  'data/interim',
  // MSBuild's OutputPath for each configuration (`bin\Debug`, `bin\Release`): `bin` alone may be hand-written scripts.
  'bin/Debug', 'bin/Release',
  // Round 31 (c31): a Visual C++ project's output and intermediate folders by platform, `$(Platform)\$(Configuration)`
  // (the defaults of OutDir and IntDir in Visual Studio's C++ property pages, `x64\Debug`), as `bin\Debug` is C#'s.
  'x64/Debug', 'x64/Release', 'Win32/Debug', 'Win32/Release', 'ARM64/Debug', 'ARM64/Release',
  // Capacitor's copy of the built web app inside the native projects (`npx cap copy`/`sync` writes it again; its
  // templates list it in .gitignore): Android's `app/src/main/assets/public`, iOS's `App/App/public`.
  'src/main/assets/public', 'App/App/public',
  // Cypress's run artefacts (its default `videosFolder`, `screenshotsFolder`, `downloadsFolder`), which Cypress itself
  // empties before each run (`trashAssetsBeforeRuns`, on by default); not `cypress/e2e`, `fixtures` or `support` (specs).
  'cypress/videos', 'cypress/screenshots', 'cypress/downloads',
  // Laravel's file cache and compiled Blade views (`storage/framework/cache`, `storage/framework/views`: `artisan
  // cache:clear` and `view:clear` empty them, each request writes them again); not `storage/app` (uploads) or
  // `storage/framework/sessions` (signed-in users).
  'storage/framework/cache', 'storage/framework/views',
  // Wrangler's own folder of temporary bundles and the local emulator's state (`wrangler dev` persists local D1, KV and R2
  // under `.wrangler/state`; its templates list `.wrangler` in .gitignore): a platform CLI's local development state, as
  // `--local` calls are (round 6; the lead's answer 70).
  '.wrangler/state', '.wrangler/tmp',
  // Framework caches named by two segments: Symfony's `var/cache` (the kernel's cache dir, `cache:clear` empties it),
  // Laravel's `bootstrap/cache` (the cached config, routes and services, `optimize:clear`), Phoenix's built
  // `priv/static/assets` (esbuild and tailwind write it again; its generator's .gitignore lists it), Nx's
  // `.nx/workspace-data` (the project graph, `nx reset`).
  'var/cache', 'bootstrap/cache', 'priv/static/assets', '.nx/workspace-data',
  // Round 30 (k30): Rails' jsbundling-rails and cssbundling-rails output `app/assets/builds` (their `javascript:build` and
  // `css:build` write it again; the Rails templates' .gitignore lists `/app/assets/builds/*`), Vite Ruby's output folders
  // (`public/vite`, and `-dev`/`-test` for those modes: `bin/vite build` writes them; its installer adds `/public/vite*` to
  // .gitignore), Hugo's processed-resources cache `resources/_gen` (Hugo docs, "resourceDir": `hugo --gc` prunes it, every
  // build writes it again) and an Unreal project's crash reports `Saved/Crashes` (diagnostic copies, as /var/crash).
  'app/assets/builds', 'public/vite', 'public/vite-dev', 'public/vite-test', 'resources/_gen', 'Saved/Crashes',
  // Round 36 (vcs36): the folders of a Unity project's `Library` that the Editor imports or compiles again (Unity Manual,
  // "Project folder structure": Library is a local cache of imported assets): the shader cache, the package cache, the
  // Bee build system's output, the import artefacts and the compiled script assemblies. `Library` alone is also macOS's.
  'Library/ShaderCache', 'Library/PackageCache', 'Library/Bee', 'Library/Artifacts', 'Library/ScriptAssemblies',
  // Round 38 (bl38): the caches and generated files of content-management and shop sites, each written again by the
  // site itself or its own command: Magento's page and view caches, generated code and deployed static files
  // (`setup:di:compile`, `setup:static-content:deploy`) and resized product images (`catalog:images:resize`); WordPress
  // page-cache plugins' folders; Drupal's aggregated CSS/JS, image style derivatives and compiled Twig (`drush cr`,
  // `image:flush`); Craft's published control-panel resources and runtime caches; TYPO3's `typo3temp` assets and caches.
  // Not `pub/media` or `sites/default/files` themselves (uploads), nor `storage/runtime/backups`.
  'var/page_cache', 'var/view_preprocessed', 'generated/code', 'generated/metadata', 'pub/static/frontend', 'pub/static/adminhtml', 'pub/static/_cache', 'catalog/product/cache',
  'wp-content/cache', 'wp-content/et-cache',
  'sites/default/files/css', 'sites/default/files/js', 'sites/default/files/styles', 'sites/default/files/php',
  'web/cpresources', 'storage/runtime/compiled_templates', 'storage/runtime/cache', 'storage/runtime/compiled_classes',
  'typo3temp/assets', 'typo3temp/var',
];

const REBUILDABLE_PATH_SEGS = REBUILDABLE_PATHS.map((p) => `/${p}/`);
const REBUILDABLE_PATH_SEGS_LOWER = REBUILDABLE_PATH_SEGS.map((p) => p.toLowerCase());

/**
 * Round 38 (bl38): a web site's folder under the web servers' document trees (`/var/www/SITE`, `/srv/www/SITE`,
 * `/srv/http/SITE`, `/usr/share/nginx/SITE`) is the site's own tree, not a system path: a cache or generated folder in
 * it by the multi-segment table above (`/var/www/shop/current/var/cache`, `/var/www/blog/wp-content/cache`) is
 * rebuildable as it is in a workspace. Everything else there stays as the system root judges it (fail closed).
 */
const WEB_SITE_TREE = /^\/(var\/www|srv\/www|srv\/http|usr\/share\/nginx)\/[^/]+\/(.+)$/;
function underWebSiteCache(p: string): boolean {
  const m = WEB_SITE_TREE.exec(p);
  return m !== null && !p.split('/').some((seg) => seg === '..' || seg === '.') && underRebuildablePath(m[2]!);
}

function underRebuildablePath(rel: string): boolean {
  const r = `/${rel}/`;
  return REBUILDABLE_PATH_SEGS.some((p) => r.includes(p));
}

/** The same on Windows, where names are case-insensitive (`rel` with `/` between segments). */
function underRebuildablePathAnyCase(rel: string): boolean {
  const r = `/${rel}/`.toLowerCase();
  return REBUILDABLE_PATH_SEGS_LOWER.some((p) => r.includes(p));
}

/**
 * ML run records (the lead's decision 37, round 18): what a training run writes about itself, disposable as a build's
 * output is. PyTorch Lightning's default log folder `lightning_logs` and the `tb_logs` its TensorBoardLogger examples
 * use; Hydra's sweep folder `multirun` (only dated run folders in it) and its dated run folders `outputs/YYYY-MM-DD…`
 * (also a glob of them, `outputs/2026-11-*`); a Hugging Face Trainer's intermediate `checkpoint-N` folder, named one
 * by one (a brace list or a single step). Not `outputs/*` or `outputs` (undated: models are kept there), not `runs`
 * (Ultralytics keeps its trained weights in `runs/…/weights`), not `checkpoints` or `checkpoint-*` (every checkpoint).
 * `rel` is the path inside the workspace, by segments.
 */
const ML_RUN_FOLDERS = new Set(['lightning_logs', 'tb_logs', 'multirun']);
const HYDRA_DATED_RUN = /^(19|20)\d\d-[01]\d(?:[-_T*]|$)/;
const INTERMEDIATE_CHECKPOINT = /^checkpoint-\d+$/;
export function isMlRunRecord(rel: readonly string[]): boolean {
  return rel.some((s, i) => ML_RUN_FOLDERS.has(s) || (s === 'outputs' && i + 1 < rel.length && HYDRA_DATED_RUN.test(rel[i + 1]!)) || (i > 0 && INTERMEDIATE_CHECKPOINT.test(s)));
}

// `.coverage` (and parallel-mode `.coverage.HOST.PID.N`) is coverage.py's data file, written again by the next test run.
// Package managers' failure logs (`npm-debug.log*`, `yarn-error.log*`: GitHub's Node .gitignore template) also carry a suffix.
// `*.trx` is the results file `dotnet test --logger trx` (VSTest) writes on every run. The linker's incremental-link
// and optimisation files (`*.ilk`, `*.iobj`, `*.ipdb`), precompiled headers (`*.pch`, GCC's `*.gch`) and browse info
// (`*.sbr`) are compiler intermediates every build writes again (GitHub's C and VisualStudio .gitignore templates).
// `*.retry` is the list of failed hosts ansible-playbook leaves beside a playbook for `--limit @file.retry` (Ansible's
// `retry_files_enabled`), written again by the next failed run. `*.suo` and `*.csproj.user` (and the other project kinds'
// `.user` files) are Visual Studio's per-user solution and project state, which it writes again with its defaults
// (GitHub's VisualStudio .gitignore template) (round 29).
// A name ending in `~` is an editor's or GNU's backup of the file before its last save (Emacs, Vim's `backup`, `cp|mv
// --backup`; GitHub's Global/Emacs and Global/Vim templates ignore `*~`): the file itself stays (round 29, t29).
// Round 30 (k30): source maps a bundler or compiler writes beside its output (`app.js.map`, `site.css.map`, tsc's
// `declarationMap` `*.d.ts.map`; each build writes them again with the file they map), and the crash dump the Erlang VM
// leaves in its working folder (`erl_crash.dump`, ERL_CRASH_DUMP's default: a diagnostic copy, as a core dump).
/**
 * Files the desktop writes beside a user's files and writes again, holding nothing of theirs (GitHub's gitignore
 * templates, Global/Windows, Global/macOS and Global/MicrosoftOffice): Explorer's thumbnail caches (`Thumbs.db`,
 * `ehthumbs.db`, `ehthumbs_vista.db`), Finder's `.DS_Store`, and Office's owner files (`~$report.docx`: the name of whoever
 * has the document open, removed when it is closed; a stale one only makes Office ask). Not `desktop.ini` (a folder's
 * own settings, not written again by itself). A filter (`-Filter '~$*'`) matches only such files.
 */
export const OS_JUNK_FILE = /^([Tt]humbs\.db|ehthumbs(_vista)?\.db|\.DS_Store)$|^~\$[^\\/]*$/;

export const REBUILDABLE_FILE = new RegExp(`\\.(pyc|pyo|o|obj|a|so|lo|gcda|gcno|class|log|tmp|swp|bak|orig|rej|tsbuildinfo|egg-info|trx|ilk|iobj|ipdb|pch|gch|sbr|retry|suo)$|\\.(js|mjs|cjs|css|d\\.ts)\\.map$|^erl_crash\\.dump$|\\.(cs|vb|fs|vcx)proj\\.user$|[^~\\\\/]~$|^\\.DS_Store$|^\\.coverage(\\.[\\w.-]+)?$|^(npm-debug|yarn-debug|yarn-error|pnpm-debug|lerna-debug)\\.log.*$|${OS_JUNK_FILE.source}`);

/**
 * A folder that holds backups by its name (`/var/backups`, `D:\\Backups\\Shop`, `E:\\SqlBackups`, `db-backups`, `bak`): the
 * files in it are backups, whatever their suffix (`*.bak`, `*.old` there are not an editor's leftovers but the copies a
 * restore needs). Lead decision (round 16): under such a folder a sweep is judged as backup retention, not as rebuildable
 * files.
 */
const BACKUPS_SEGMENT = /^(backups?|bak|bkp|[a-z0-9]*backups?|[a-z0-9]+[-_.]backups?|backups?[-_.][a-z0-9]+)$/i;

/** True when a segment of the path (either separator) names a backups folder (BACKUPS_SEGMENT). */
export function underBackupsFolder(path: string): boolean {
  return path.split(/[\\/]+/).slice(0, -1).some((s) => BACKUPS_SEGMENT.test(s));
}

/**
 * A database dump by its extension, plain or compressed (`shop.sql`, `nightly.dump.gz`, `db.bak.zst`): the data itself, as
 * the lead's answer 275 (round 28) reads the compressed ones. One source for the shell's and the file tool's data files.
 */
export const DUMP_EXTENSION = String.raw`\.(?:sql|dump|bak)(?:\.(?:gz|bz2|xz|zst))?`;

/**
 * Encrypted secret files (SOPS's `*.enc.yaml`, `*.enc.json`, Rails' `config/credentials.yml.enc`), key stores (`.p12`,
 * `.pfx`, `.jks`, `.keystore`), password databases (`.kdbx`) and age/GnuPG-encrypted files.
 */
// Rails keeps the key of its encrypted credentials in `config/master.key` and `config/credentials/ENV.key` (Rails guides,
// "Custom Credentials": without it the credentials cannot be read, and it is never committed).
export const SECRET_FILE = /\.(p12|pfx|jks|keystore|kdbx|age|gpg|enc)$|\.enc\.(ya?ml|json|env|ini|txt)$|(^|\/)config\/(master|credentials\/[^/]+)\.key$/;

/**
 * Files whose content is state or a secret rather than source: overwriting them loses what they held. Terraform state
 * (resources it tracks become orphans), dotenv files (`.env`, `.env.production`; not the committed templates `.env.example`,
 * `.sample`, `.template`, `.dist`), SQLite databases, private keys, dumps.
 */
// A SQLite database's write-ahead log (`-wal`) and rollback journal (`-journal`) hold committed or in-flight pages: without
// them the database loses those transactions or is left corrupt (sqlite.org, "Write-Ahead Logging", "Temporary Files").
const STATE_FILE = /\.(db|sqlite3?)(-wal|-journal)?$|\.(tfstate(\.backup)?|pem|key|dump)$/;
/**
 * `.env`, `.env.production`, `.env.local`; not a committed template (`.env.example`, `.env.local.example`, `.sample`, …)
 * nor a test run's configuration (`.env.test`, Laravel's `.env.testing`: the lead's decision, round 15).
 */
const DOTENV_FILE = /(^|\/)\.env(\.[^/]*)?$(?<!\.(example|sample|template|dist|defaults?|schema|test|testing))/;

/** A file whose whole-content overwrite by the agent's file tool or an MCP file tool loses what it held. */
export function isStateOrSecretFile(abs: string): boolean {
  return STATE_FILE.test(abs) || DOTENV_FILE.test(abs) || SECRET_FILE.test(abs) || isChainKeyFile(abs);
}

/**
 * The part of that a shell's `>`, `tee`, `cp`, `mv` overwrites as surely: dotenv and secret files, which hold values no
 * command produces again. Databases and dumps are left out: `pg_dump … > app.dump` and `cp app.db app.db.orig` are how
 * a shell makes them.
 */
/** A dotenv file (`.env`, `.env.production`, `.env.local`), not a committed template (`.env.example`, `.env.sample`). */
export function isDotenvFile(abs: string): boolean {
  return DOTENV_FILE.test(abs.includes('\\') ? abs.replace(/\\/g, '/') : abs);
}

export function isDotenvOrSecretFile(abs: string): boolean {
  // Windows paths (`C:\repo\.env`) separate folders with `\`: the same files, read with `/`.
  const p = abs.includes('\\') ? abs.replace(/\\/g, '/') : abs;
  return DOTENV_FILE.test(p) || SECRET_FILE.test(p);
}

/** Files and folders that belong to Portcullis or to the hooks that route agents through it. */
const CONTROL_PLANE_PATTERNS = [
  '**/portcullis.yaml', '**/portcullis.yml', '**/portcullis.json', '**/.portcullis', '**/.portcullis/**', '**/portcullis.db',
  '**/portcullis.db-*', '**/portcullis*.sqlite', '**/.claude/settings.json', '**/.claude/settings.local.json', '**/.claude',
  '**/.cursor/hooks.json', '**/.cursor', '**/.gemini/settings.json', '**/.codex/config.toml', '**/.codex/hooks.json', '**/.codex', '**/policies/**.cedar', '**/*.cedar',
  '/etc/portcullis/**', '/etc/portcullis',
];

/** Windows names are case-insensitive (`testresults` is `TestResults`, `APP.LOG` a log): the tables by lower case. */
const WINDOWS_RULES = {
  controlPlanePatterns: CONTROL_PLANE_PATTERNS,
  rebuildable: new Set([...REBUILDABLE].map((n) => n.toLowerCase())),
  rebuildableFile: new RegExp(REBUILDABLE_FILE.source, 'i'),
  rebuildablePath: underRebuildablePathAnyCase,
  backups: underBackupsFolder,
  // Round 23 (b23w): the same home tables as on Linux and macOS, read relative to a Windows profile (any case).
  homeToolCache: (rel: string): boolean => HOME_TOOL_CACHES.some((c) => isAncestorOrSame(c.toLowerCase(), rel)),
  homeToolConfig: (rel: string): boolean => HOME_TOOL_CONFIG.some((c) => isAncestorOrSame(c.toLowerCase(), rel) || isAncestorOrSame(rel, c.toLowerCase())),
  appCacheFolder: (name: string): boolean => APP_CACHE_FOLDERS_LOWER.has(name),
};

/**
 * Log files a program writes again (an app's `logs/` folder, `/var/log/nginx/…`): emptying one loses only old lines, as the
 * lead decided in round 13. Not the system's own records directly in `/var/log` (`syslog`, `auth.log`, `wtmp`), nor audit
 * or journal folders, nor Windows' own (`winevt\Logs`): clearing those hides what happened, a safeguard off.
 */
const LOG_FOLDER = /[\\/]logs?[\\/][^\\/]/i;
// IIS's request logs (`C:\inetpub\logs\LogFiles\W3SVC1\u_ex*.log`) are the server's own record of who asked for what:
// emptied whole, today's included, they are gone (the lead's decision 38); an age-filtered sweep of 30 days or more is
// retention (PowerShell's and forfiles' age filters).
// Round 30 (x30): a few services write their own log directly in /var/log (PHP-FPM's `php8.2-fpm.log`, MySQL's and
// MariaDB's `mysql.log`/`mysqld.err`, Xorg's `Xorg.0.log`): app logs, as in their own folders.
const SYSTEM_RECORDS = /^\/var\/log\/((?!(php[\d.]*-fpm|mysqld?|mariadb|Xorg\.\d+)\.(log|err)(\.\d+)?$)[^/]+$|(audit|journal|sssd|apt)\/)|^[a-z]:\\windows\\|[\\/]winevt[\\/]|^[a-z]:\\inetpub\\logs\\/i;
/** The system's own records (`/var/log/syslog`, `/var/log/audit/…`, the journal): not an app's log, whatever the file's suffix. */
export function isSystemRecordFile(abs: string): boolean {
  return SYSTEM_RECORDS.test(abs);
}
/**
 * An audit trail kept in an app's log folder (`logs/audit.log`, `log/api-audit-2026-12.jsonl`, `logs/audit/…`): the record
 * of who did what, as the system's audit folder is; removing it hides what happened (a safeguard off), not old lines the
 * app writes again. `audit` as a whole word below the log folder (not `auditor.log`).
 */
const AUDIT_RECORD = /[\\/]logs?[\\/](.*[^a-z])?audit([^a-z]|$)/i;
export function isAuditRecordFile(abs: string): boolean {
  return AUDIT_RECORD.test(abs);
}
/**
 * A log kept as a record, not old lines an application writes again (the lead's answers 387.1 and 391.4): its name or a
 * folder on its way names an audit trail, a database's logs (`sql`, `db`), a transaction, write-ahead, binary or redo
 * log or a journal (whole words: `db-redo.log`, `D:\\MSSQL\\db\\logs`, not `dbus` or `postgresql`).
 */
const KEPT_LOG_RECORD = /(^|[^a-z])(audit\w*|sql|db|databases?|transactions?|wal|binlogs?|redo|journals?)([^a-z]|$)/i;
/** A path segment (or a whole path: its separators are word boundaries) naming a log kept as a record (KEPT_LOG_RECORD). */
export function namesKeptLogRecord(text: string): boolean {
  return KEPT_LOG_RECORD.test(text);
}
/** A database's transaction log (`.ldf`, SQL Server's `.trn` log backups) or Windows' event or trace log (`.evtx`, `.etl`). */
const KEPT_LOG_EXTENSION = /\.(ldf|trn|evtx|etl)$/i;
const SECURITY_WORD = /(^|[^a-z])security([^a-z]|$)/i;
/** MySQL's and MariaDB's binary and relay logs by their numbered names (`mysql-bin.000123`, `host-relay-bin.000002`, round 39 ans2). */
const MYSQL_BINARY_LOG = /(^|[\\/])[\w.-]+-(bin|relay-bin)\.(\d{6}|index)$/i;
/**
 * The lead's answers 391.4 and 397.2 (round 38b n3, round 39): a log file whose emptying loses a record, on a Windows
 * path or a POSIX one: a kept log's extension (KEPT_LOG_EXTENSION), a record's name on its way (namesKeptLogRecord) or a
 * security log. An application's own log file emptied (`: > /var/log/app/app.log`) is its logs (387.1); these are not.
 */
export function isKeptLogFile(abs: string): boolean {
  return KEPT_LOG_EXTENSION.test(abs) || namesKeptLogRecord(abs) || SECURITY_WORD.test(abs) || MYSQL_BINARY_LOG.test(abs);
}
/**
 * Round 38 (ot38, the lead's answer 381.4): Node-RED's flows file, the plant logic its editor deployed: `flows.json` or
 * `flows_<host>.json` (and its credentials, `flows_cred.json`) in the user directory (`~/.node-red`, a project of it under
 * `projects/NAME/`, a `node-red`/`nodered` folder or its `data/`, the Docker image's `/data`). Deleted, emptied or
 * overwritten, every flow is lost (data lost); a copy of it (`flows-backup-….json`) is not this name.
 */
const NODE_RED_FLOWS = /(^|\/)(\.node-red|node-?red|\.nodered)\/(data\/|projects\/[^/]+\/)?flows(_[^/]*)?\.json$|^\/data\/flows(_[^/]*)?\.json$/i;
export function isNodeRedFlowsFile(abs: string): boolean {
  return NODE_RED_FLOWS.test(abs.includes('\\') ? abs.replace(/\\/g, '/') : abs);
}
/**
 * Round 38b (n4, the lead's answer 396.7): Node-RED's own copy of the previous deploy, which it writes beside the flows file
 * on every deploy (`.flows.json.backup`, `.flows_<host>.json.backup`, `.flows_cred.json.backup`), in the same folders as
 * isNodeRedFlowsFile. It is the one way back from a bad deploy: deleted or emptied, a backup is lost.
 */
const NODE_RED_FLOWS_BACKUP = /(^|\/)(\.node-red|node-?red|\.nodered)\/(data\/|projects\/[^/]+\/)?\.flows(_[^/]*)?\.json\.backup$|^\/data\/\.flows(_[^/]*)?\.json\.backup$/i;
export function isNodeRedFlowsBackupFile(abs: string): boolean {
  return NODE_RED_FLOWS_BACKUP.test(abs.includes('\\') ? abs.replace(/\\/g, '/') : abs);
}
/** Node-RED's settings file in its user directory (`~/.node-red/settings.js`, the Docker image's `/data/settings.js`). */
const NODE_RED_SETTINGS = /(^|\/)(\.node-red|node-?red|\.nodered)\/(data\/)?settings\.c?js$|^\/data\/settings\.c?js$/i;
export function isNodeRedSettingsFile(abs: string): boolean {
  return NODE_RED_SETTINGS.test(abs.includes('\\') ? abs.replace(/\\/g, '/') : abs);
}
export function isAppLogFile(abs: string): boolean {
  return (LOG_FOLDER.test(abs) && !SYSTEM_RECORDS.test(abs) && !AUDIT_RECORD.test(abs)) || isContainerLogFile(abs);
}
/**
 * Docker's json-file log driver keeps each container's output in `/var/lib/docker/containers/<id>/<id>-json.log` (and
 * its rotations `-json.log.N`): the container's stdout and stderr, an app's log the container writes again, not its data
 * (round 28, s28: `truncate -s 0 /var/lib/docker/containers/*\/*-json.log` frees a full disk). A `*` may stand for the ids
 * (a glob's pattern as written); nothing else under the container's folder (`config.v2.json`, `hostconfig.json`).
 * Round 44 (sh44): the folder and the file are Docker's naming whatever the length of the hex id written (a short id, as
 * `docker ps` prints it, or one cut shorter): the place and the `-json.log` name are the evidence, not the id's length.
 */
const CONTAINER_LOG = /^\/var\/lib\/docker\/containers\/([0-9a-f]{4,64}|\*)\/([0-9a-f]{4,64}|\*)-json\.log(\.\d+|\.\*)?$/;
export function isContainerLogFile(absOrPattern: string): boolean {
  return CONTAINER_LOG.test(absOrPattern);
}

/** A database file (SQLite and DuckDB, with SQLite's side files) whose name says tests, CI or scratch (`namesDisposable`). */
const DATABASE_FILE = /\.(db|sqlite3?|duckdb)(-wal|-journal|-shm)?$/i;
export function isDisposableDatabaseFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const m = DATABASE_FILE.exec(base);
  return m !== null && namesDisposable(base.slice(0, m.index));
}

/**
 * The workspace's top-level data folders (relative to the workspace): `data/customers.csv`, `datasets/train.csv`. Round 44
 * (bl44media): a media project's `masters/` holds the camera and delivery masters every proxy, rendition and package is
 * made from; no tool makes them again and Git does not hold them.
 */
export const WORKSPACE_DATA_DIR = /^(data|datasets|masters)\/[^]/;

/** A path under the workspace's top-level data folders (`scope.workspace`, else `scope.cwd`, is the workspace). */
export function underWorkspaceDataFolder(path: string, scope: PathScope): boolean {
  const root = scope.workspace ?? scope.cwd;
  return !!root && path.startsWith(`${root}/`) && WORKSPACE_DATA_DIR.test(path.slice(root.length + 1));
}

/**
 * `package-lock.json`, `app.log`: a name with an extension is most likely a file, so `-r` sweeps nothing more. Not a
 * PascalCase last part (`src\Shop.Web`, `Contoso.Orders.Api`): .NET names its project folders after their namespace.
 */
export function looksLikeFile(path: string): boolean {
  const last = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  // A dotfile with a configuration or lock extension is a file (`.terraform.lock.hcl`, `.eslintrc.json`: the lead's answer
  // 105 reads the lock file as answer 81's one tracked file).
  // So is a dotenv template (`.env.example`: the lead's answer 197).
  if (/^\.[\w.-]+\.(json|ya?ml|hcl|toml|lock|[cm]?js|ts)$/.test(last) || /^\.env\.(example|sample|template|dist|defaults?|schema)$/.test(last)) return true;
  return /^[^.][^/]*\.[A-Za-z0-9]{1,8}$/.test(last) && !/\.(d|git|old|bak|backup|orig|new|tmp|data|app|dir|cache)$/.test(last) && !/\.[A-Z][a-z][A-Za-z0-9]*$/.test(last);
}

/**
 * A file named in the workspace's data folder (`data/raw/events.parquet`), not under a build output or cache folder in
 * it: a write onto it replaces a data file whole (the lead's answers 328 and 361.4). `path` is absolute.
 */
export function namesWorkspaceDataFile(path: string, scope: PathScope, inventory: Inventory): boolean {
  return !path.endsWith('/') && underWorkspaceDataFolder(path, scope) && looksLikeFile(path) && classifyPath(path, scope, inventory) === 'workspace';
}

export type PathClass = 'control_plane' | 'critical' | 'rebuildable' | 'temporary' | 'workspace' | 'outside';

function isAncestorOrSame(ancestor: string, path: string): boolean {
  return ancestor === path || ancestor === '/' || path.startsWith(`${ancestor}/`);
}

/**
 * INVARIANT (one temp rule): what lies under a temporary folder is disposable; the folder itself is
 * not (every program on the machine expects it, with its sticky, world-writable mode). `/data/local/tmp` is an Android
 * device's temporary folder (`adb push` and `adb shell` commands land there).
 */
const TEMP_ROOTS = ['/tmp', '/var/tmp', '/private/tmp', '/private/var/tmp', '/var/folders', '/dev/shm', '/data/local/tmp'];

/**
 * A compute cluster's per-user scratch space, `/scratch/USER/…` with USER the home folder's own name: working files the
 * site purges by age and never backs up (the lead's round-16 decision: scratch data on this machine is disposable).
 * Another user's or a team's folder there (`/scratch/team/…`), and `/scratch/USER` itself, are not.
 */
function underOwnScratch(p: string, home: string): boolean {
  const user = home.slice(home.lastIndexOf('/') + 1);
  return /^[\w.-]+$/.test(user) && user !== 'root' && isUnder(p, `/scratch/${user}`);
}

/**
 * The lead's answer 103 (round 23), answer 72 on the user's own machine: a folder in the home folder whose own name has a
 * scratch word as a whole word (`~/scratch/jq-test`, `~/tmp`, a conda env `~/miniconda3/envs/scratch-py311`) is made to be
 * thrown away. A scratch word only in a parent folder does not count (`~/scratch/notes`), nor a dotfolder on the way
 * (`~/.ssh/test`; conda's `~/.conda/envs` aside), a name with an extension (a file), or a kept or production word
 * (namesDisposable). `test` alone is a project's test suite as often (`app/test-utils`): it counts only directly in the
 * home, in an `envs` folder or in a scratch folder, and never as the whole name. Segments relative to the home folder.
 */
function ownScratchFolder(rel: readonly string[]): boolean {
  const own = rel[rel.length - 1] ?? '';
  const parent = rel[rel.length - 2];
  if (!/^[\w-]+$/.test(own) || rel.includes('..') || !rel.slice(0, -1).every((s, i) => !s.startsWith('.') || (s === '.conda' && i === 0))) return false;
  if (namesDisposable(own, SCRATCH_ONLY_WORDS)) return true;
  return !/^tests?$/i.test(own) && namesDisposable(own, new Set(['test'])) && (parent === undefined || parent === 'envs' || namesDisposable(parent, SCRATCH_ONLY_WORDS));
}

/**
 * A working directory inside a CI agent's work folder when the session started in a checkout there (decision 38;
 * windows-paths.ts `ciAgentWorkFolder`), on either system: a `cd` elsewhere does not make a folder an agent's.
 */
export function isCiAgentCheckout(cwd: string, session: string | undefined): boolean {
  const start = session ?? cwd;
  const sep = isWindowsPath(start) ? '\\' : '/';
  const work = ciAgentWorkFolder(start, sep);
  if (work === undefined) return false;
  const k = (x: string) => (sep === '\\' ? x.toLowerCase() : x);
  return k(cwd).startsWith(k(`${work}${sep}`)) && !cwd.split(/[\\/]/).includes('..');
}

/**
 * Whether `path` (absolute) is the work folder of the CI agent whose checkout `cwd` is, or a Jenkins home's `workspace`
 * folder (answer 169, JENKINS_WORKSPACES): what is under it (not the folder) is the agent's to make again
 * (`Remove-Item C:\agent\_work\*`, `Get-ChildItem C:\agent\_work | Remove-Item`, `rm -rf /var/lib/jenkins/workspace/*`).
 */
export function isCiAgentWorkFolderOf(path: string, cwd: string | undefined): boolean {
  const m = JENKINS_WORKSPACES.exec(path.replace(/\/+$/, ''));
  if (m && m[1] === undefined) return true;
  if (cwd === undefined) return false;
  const win = isWindowsPath(cwd);
  const work = ciAgentWorkFolder(cwd, win ? '\\' : '/');
  const p = path.replace(/[\\/]+$/, '');
  return work !== undefined && (win ? p.toLowerCase() === work.toLowerCase() : p === work);
}

/**
 * Names found directly under `/` on Linux and macOS (the Filesystem Hierarchy Standard's folders, SYSTEM_ROOTS, the
 * kernel and swap images Debian and Ubuntu keep there, macOS's own) and folders sites often add there (`/backup`,
 * `/app`).
 */
const ROOT_ENTRIES = [
  ...SYSTEM_ROOTS.map((r) => r.slice(1)), 'tmp', 'run', 'lost+found', 'swapfile', 'swap.img', 'vmlinuz', 'initrd.img', 'cdrom', 'selinux', 'libx32',
  'cores', 'volumes', 'network', 'scratch', 'builds', 'backup', 'backups', 'app', 'apps', 'export', 'exports', 'storage', 'docker', 'var',
].map((r) => r.toLowerCase());

/**
 * A last-segment wildcard directly under `/` with a fixed start no folder there begins with (`/metro-*`, what
 * `"$TMPDIR"/metro-*` is with TMPDIR unset): a shell expands it to names beginning with that start only, so it cannot
 * reach the system's folders, as a bare `/*` does. The start must be a plain name (letters, digits, `-`, `_`, `.`, not
 * starting with `.`); macOS names are compared without case.
 */
export function rootGlobMissesSystemFolders(path: string): boolean {
  const m = /^\/([\w][\w.-]*)[*?[][^/]*$/.exec(path);
  if (!m) return false;
  const start = m[1]!.toLowerCase();
  return !ROOT_ENTRIES.some((r) => r.startsWith(start) || start.startsWith(r));
}

/**
 * An application's own temporary or cache folder inside its folder under /srv, /opt, /mnt or /data (`/srv/shop/current/tmp/cache`,
 * Rails' `tmp/`; `/opt/sonarqube/temp`, SonarQube's `sonar.path.temp`; `/opt/app/cache`): what the application writes
 * there it writes again (the same folder names REBUILDABLE takes in a workspace). At least one folder between the root and
 * it (not `/srv/tmp`), no `..`, no wildcard before it. Likewise a service's own folder under /var/spool (CUPS's
 * `/var/spool/cups/tmp`), and one directly in a service's state folder under /var/lib (round 30, x30: `/var/lib/docker/tmp`,
 * where Docker unpacks layers being pulled, `/var/lib/jenkins/tmp`, `/var/lib/shop/cache`), not one deeper (a volume or a
 * database named `cache`) nor in a store that keeps one folder per database or bucket (VARLIB_NAMED_STORES).
 */
const APP_SCRATCH_FOLDER = new Set(['tmp', 'temp', '.tmp', 'cache', '.cache']);
/**
 * Folders under /var/lib that hold one folder per database, bucket, container or service, any of which may be named `tmp`
 * or `cache`: database and object stores, LXC's, LXD's, Incus's and machined's containers, systemd's `private` state.
 */
const VARLIB_NAMED_STORES: ReadonlySet<string> = new Set(['mysql', 'mariadb', 'minio', 'garage', 'seaweedfs', 'couchdb', 'influxdb', 'pgsql', 'postgresql', 'mongodb', 'clickhouse', 'cassandra', 'scylla', 'neo4j', 'lxc', 'lxd', 'incus', 'machines', 'private']);
function underAppScratchFolder(p: string): boolean {
  const segs = p.split('/');
  const varApp = segs[1] === 'var' && (segs[2] === 'spool' || (segs[2] === 'lib' && /^[\w][\w.-]*$/.test(segs[3] ?? '') && !VARLIB_NAMED_STORES.has(segs[3]!) && APP_SCRATCH_FOLDER.has(segs[4] ?? '')));
  // The lead's answer 198: data volumes under /mnt and /data too (`/mnt/data/tmp/import-…`); not WSL's Windows drives
  // (`/mnt/c/…`, a drive's root).
  const volume = segs[1] === 'data' || (segs[1] === 'mnt' && !/^[a-z]$/i.test(segs[2] ?? ''));
  if ((segs[1] !== 'srv' && segs[1] !== 'opt' && !varApp && !volume) || segs.includes('..') || segs.includes('.')) return false;
  const at = segs.findIndex((s, i) => i >= (varApp ? 4 : 3) && APP_SCRATCH_FOLDER.has(s));
  // Answer 196 with answer 72's refusal: a folder that names production above it (`/srv/prod/app/tmp`) keeps it destructive.
  // A folder named for kept copies above it (`/mnt/backups/…`) is not known to be an application's: fail closed.
  return at !== -1 && !segs.slice(0, at).some((s) => /[*?[]/.test(s) || heuristicEnvironment(s) === 'production' || /^(backups?|bak|archives?|snapshots?)$/i.test(s));
}

/**
 * A file a service under /var/lib names as temporary (round 30, x30): a `tmp-`/`temp-` start, mktemp's `tmp.XXXXXX`, or a
 * `.tmp`, `.temp`, `.part` or `.partial` end (Redis's `temp-PID.rdb` of an unfinished save, Prometheus's
 * `checkpoint.N.tmp`, an interrupted download's `.part`): the service writes it again or throws it away itself. Below a
 * named service folder, no `..`, no wildcard above it; `name` is the file's name (a wildcard name is tried by the caller
 * with sample names).
 */
export const TEMP_FILE_NAME = /^(tmp|temp)[-_]|^tmp\.[A-Za-z0-9]{6,}$|\.(tmp|temp|part|partial)$/i;
export function isServiceTempFile(abs: string, name: string): boolean {
  const service = /^\/var\/lib\/(\w[\w.-]*)\/([^*?[/]+\/)*[^/]+$/.exec(abs)?.[1];
  // Not in a store of named databases, where a table may be called `tmp` (`/var/lib/mysql/shop/tmp_orders.ibd`).
  return service !== undefined && !VARLIB_NAMED_STORES.has(service) && !abs.split('/').includes('..') && TEMP_FILE_NAME.test(name);
}

/**
 * Under WSL, a Windows user's temporary folder as the Linux side mounts it (`/mnt/c/Users/jo/AppData/Local/Temp/…`, the
 * `%TEMP%` that isWindowsTemporaryRoot reads on Windows): what lies under it is temporary; the folder itself is a root.
 */
const WSL_WINDOWS_TEMP = /^\/mnt\/[a-z]\/Users\/[^/]+\/AppData\/Local\/Temp\/./i;
const WSL_WINDOWS_TEMP_ROOT = /^\/mnt\/[a-z]\/Users\/[^/]+\/AppData\/Local\/Temp$/i;

/** `/tmp`, `/var/tmp`, ...: the temporary folders themselves. */
export function isTemporaryRoot(p: string): boolean {
  return TEMP_ROOTS.includes(p) || WSL_WINDOWS_TEMP_ROOT.test(p);
}

function isTemporary(p: string): boolean {
  return TEMP_ROOTS.some((r) => isUnder(p, r)) || WSL_WINDOWS_TEMP.test(p);
}

/** A file below a temporary folder (`/tmp/scratch.db`), not the folder itself. */
export function isUnderTemporaryRoot(p: string): boolean {
  const abs = normalizePath(p);
  return isTemporary(abs) && !isTemporaryRoot(abs);
}

/**
 * Round 34 (d34): an entry of the Hugging Face Hub cache, known by its layout wherever `HF_HOME` or `HF_HUB_CACHE` puts it
 * (`/mnt/nvme/hf-cache/hub/models--Qwen--Qwen2.5-0.5B`, huggingface_hub's "Manage the cache": one folder per repository,
 * `models|datasets|spaces--OWNER--NAME`, downloaded again on demand), or what is in one. Not the folders above it.
 */
const HF_HUB_CACHE_ENTRY = /\/(models|datasets|spaces)--[\w.-]+--[\w.-]+(\/|$)/;

/**
 * Round 34 (d34): credentials kept inside a tool's cache folder in home: the Hugging Face home (`HF_HOME`, by default
 * `~/.cache/huggingface`) holds the saved access tokens (`token`, `stored_tokens`) beside its caches, so the folder itself
 * or those files removed lose the login, as `~/.aws/credentials` removed does. Its `hub`, `datasets`, `xet` caches stay caches.
 */
const HOME_CACHE_CREDENTIALS = ['.cache/huggingface', '.cache/huggingface/token', '.cache/huggingface/stored_tokens'];
/**
 * Round 35 (s35), the lead's answer 361.5: a home's XDG cache folder as a whole (`~/.cache`, or all it holds: `~/.cache/*`)
 * holds those saved logins too (the Hugging Face home is in it by default), so it is no cache to empty; a tool's own
 * folder in it (`~/.cache/pip`, `~/.cache/huggingface/hub`) stays one. The session's home, root's, or any user's under
 * `/home` or `/Users`.
 */
const WHOLE_HOME_CACHE = /^(\/root|\/home\/[^/]+|\/Users\/[^/]+)\/\.cache$/;
function wholeHomeCache(p: string, home: string | undefined): boolean {
  return WHOLE_HOME_CACHE.test(p) || (home !== undefined && home.length > 1 && p === `${home.replace(/\/+$/, '')}/.cache`);
}

/** Tool caches under home that the tool fills again by itself (paths relative to home). */
const HOME_TOOL_CACHES = [
  'go/pkg/mod', '.cargo/registry', '.cargo/git', '.rustup/toolchains', '.rustup/downloads', '.rustup/tmp',
  // Xcode copies a device's symbols again when it is connected, and downloads provisioning profiles again (automatic
  // signing); simulators and Android emulators are test devices their tools make again (`simctl create`, `avdmanager
  // create avd`); `~/Library/Logs` holds apps' logs and crash reports, as a workspace's `logs` folder.
  'Library/Developer/Xcode/iOS DeviceSupport', 'Library/Developer/Xcode/watchOS DeviceSupport', 'Library/Developer/Xcode/tvOS DeviceSupport',
  'Library/Developer/Xcode/visionOS DeviceSupport', 'Library/Developer/Xcode/macOS DeviceSupport', 'Library/Developer/CoreSimulator/Devices',
  'Library/MobileDevice/Provisioning Profiles', 'Library/Developer/Xcode/UserData/Provisioning Profiles', 'Library/Logs', '.android/avd', '.android/cache',
  // Runtimes a version manager installed (`nvm install`, `pyenv install`, `rbenv install`, nodenv, `asdf install`, `mise
  // install`, Volta's tool images, SDKMAN!'s candidates): the same command downloads or builds them again. Not the
  // managers' own settings (`~/.nvm/alias`, `~/.pyenv/version`, `~/.sdkman/etc`).
  '.nvm/versions', '.pyenv/versions', '.rbenv/versions', '.nodenv/versions', '.asdf/installs', '.local/share/mise/installs', '.volta/tools/image', '.sdkman/candidates',
  // GPU kernel caches: Triton's compiled kernels (`TRITON_CACHE_DIR`, default `~/.triton/cache`) and the CUDA driver's JIT
  // cache (`CUDA_CACHE_PATH`, default `~/.nv/ComputeCache`); both are compiled again on the next run. Keras's download
  // cache (`keras.utils.get_file`, `~/.keras/datasets` and the pretrained weights in `~/.keras/models`), fetched again.
  '.triton/cache', '.nv/ComputeCache', '.keras/datasets', '.keras/models',
  // Bun's global install cache (Bun docs, "Global cache": `~/.bun/install/cache`, `bun pm cache rm` empties it; installs
  // download into it again). Not `~/.bun/bin` (installed programs).
  '.bun/install/cache',
  // A .NET global tool's store (`dotnet tool install -g` unpacks each tool into `~/.dotnet/tools/.store/NAME`, on Windows
  // `%USERPROFILE%\.dotnet\tools\.store`; the same command unpacks it again): the lead's answer 79 (round 25, k25c).
  '.dotnet/tools/.store',
  // pnpm's content-addressable store at its default `store-dir` (pnpm docs, "Settings": `~/.local/share/pnpm/store` on
  // Linux, `~/Library/pnpm/store` on macOS; `pnpm install` downloads into it again) and the Pythons uv manages
  // (`uv python dir`; `uv python install` downloads them again).
  '.local/share/pnpm/store', 'Library/pnpm/store', '.local/share/uv/python',
  // NuGet on Mac and Linux ("Managing the global packages, cache, and temp folders"): the global-packages folder
  // `~/.nuget/packages` (restore expands every package into it again), the http-cache `~/.local/share/NuGet/v3-cache`
  // (`http-cache` in newer SDKs), the plugins-cache and NuGet 3.5's `Cache`. Not `~/.nuget/NuGet/NuGet.Config` (feeds and credentials).
  '.nuget/packages', '.local/share/NuGet/v3-cache', '.local/share/NuGet/http-cache', '.local/share/NuGet/plugins-cache', '.local/share/NuGet/Cache',
  // Dart's system package cache (`dart pub cache clean` empties it; `pub get` downloads again; not `bin`, the globally
  // activated tools) and CocoaPods' clones of spec repos (`pod repo add`/`pod repo update` clone them again).
  '.pub-cache/hosted', '.pub-cache/git', '.pub-cache/_temp', '.cocoapods/repos',
  // Round 22 (b22r): kubectl's discovery and HTTP caches (`--cache-dir`, default `~/.kube/cache`; older clients'
  // `~/.kube/http-cache`), fetched again from the API server; the AWS CLI's cached role credentials (`~/.aws/cli/cache`)
  // and IAM Identity Center tokens (`~/.aws/sso/cache`: `aws sso login` writes them again; not `~/.aws/credentials` or
  // `config`); conda's package cache (`pkgs_dirs`, default `<install>/pkgs` and `~/.conda/pkgs`: `conda clean --all`
  // empties it, installs download again; not `envs`); Ansible's remote-temp and ControlPersist socket folders
  // (`~/.ansible/tmp`, `~/.ansible/cp`); Maven's local repository (Maven's "Introduction to Repositories": "a cache of the
  // remote downloads"; not `~/.m2/settings.xml`), and the XDG cache folder itself (XDG Base Directory: "non-essential
  // (cached) data"); the last two also where the home folder is a service account's under /var (judged early below).
  '.kube/cache', '.kube/http-cache', '.aws/cli/cache', '.aws/sso/cache', 'miniconda3/pkgs', 'anaconda3/pkgs', 'miniforge3/pkgs', 'mambaforge/pkgs', '.conda/pkgs',
  '.ansible/tmp', '.ansible/cp', '.m2/repository', '.cache',
  // Round 26 (k26s): Terraform's provider plugin cache at the place its docs show (`plugin_cache_dir =
  // "$HOME/.terraform.d/plugin-cache"`; `terraform init` downloads into it again; not `~/.terraform.d/credentials.tfrc.json`
  // or `plugins`, a local mirror), pipenv's virtualenvs (its default `WORKON_HOME`, `~/.local/share/virtualenvs`; `pipenv
  // install` builds them again from the Pipfile), VS Code's per-workspace state on macOS and Linux (the lead's answer 162,
  // as `%APPDATA%\Code\User\workspaceStorage` on Windows) and the Cloud SDK's own log files (`~/.config/gcloud/logs`;
  // not its credentials beside them).
  '.terraform.d/plugin-cache', '.local/share/virtualenvs', 'Library/Application Support/Code/User/workspaceStorage',
  '.config/Code/User/workspaceStorage', '.config/gcloud/logs',
  // Round 30 (k30): more ecosystems' download and compile caches in the home, each filled again by its tool: sbt's launcher
  // folder `~/.sbt/boot` (the sbt and Scala jars it downloads on first run), Hex's package tarballs `~/.hex/packages` (not
  // `hex.config`, which holds the API key), the Dart analysis server's cache `~/.dartServer`, Kotlin/Native's downloaded
  // compilers and dependencies (`~/.konan/dependencies`, `~/.konan/cache`, `KONAN_DATA_DIR`), node-gyp's downloaded Node
  // headers in their older place `~/.node-gyp`, and Julia's precompiled packages `~/.julia/compiled` (Pkg compiles them again).
  '.sbt/boot', '.hex/packages', '.dartServer', '.konan/dependencies', '.konan/cache', '.node-gyp', '.julia/compiled',
  // Electron's headers for native modules (`~/.electron-gyp`, as node-gyp's), Haskell's Stack (`~/.stack/programs`: GHCs it
  // installs; `snapshots` and `pantry`: packages it builds and indexes again) and cabal's downloaded tarballs
  // (`~/.cabal/packages`), the plugins `tflint --init` installs from `.tflint.hcl`, pnpm's downloaded pnpm versions
  // (`~/.local/share/pnpm/.tools`), Vagrant's temporary folder, the Arduino IDE's and ESP-IDF's downloaded archives
  // (`~/.arduino15/staging`, `~/.espressif/dist`), and the data sets NLTK and scikit-learn download on first use
  // (`nltk.download()`, `sklearn.datasets.fetch_*`; scikit-learn's `clear_data_home()` removes its folder).
  '.electron-gyp', '.stack/programs', '.stack/snapshots', '.stack/pantry', '.cabal/packages', '.tflint.d/plugins', '.local/share/pnpm/.tools',
  '.vagrant.d/tmp', '.arduino15/staging', '.espressif/dist', 'nltk_data', 'scikit_learn_data',
  // Round 36 (vcs36): the Unity Editor's global cache on macOS (`~/Library/Unity/cache`: the package cache and downloaded
  // Asset Store packages, fetched again; Unity Manual, "Customize the global cache"), and the GPU drivers' shader caches on
  // Linux outside `~/.cache` (NVIDIA's `~/.nv/GLCache` and `ComputeCache`: compiled again on first use).
  'Library/Unity/cache', '.nv/GLCache', '.nv/ComputeCache',
  // Round 37 (ot37): Gazebo's Fuel download cache (`~/.gz/fuel`, `~/.ignition/fuel` before Garden): models and worlds
  // fetched from fuel.gazebosim.org, downloaded again when a world names them (Gazebo docs, "Fuel": the local cache).
  '.gz/fuel', '.ignition/fuel',
];

/**
 * The cache folders an app keeps beside its data (`~/Library/Application Support/APP/…` on macOS, `~/.config/APP/…` on
 * Linux): Chromium's and Electron's HTTP, code, GPU and shader caches (Slack, VS Code, Discord, Chrome profiles), VS
 * Code's `CachedData` and `CachedExtensionVSIXs`, a service worker's `CacheStorage`. The app fills them again; the
 * settings, profiles and data beside them are not caches.
 */
const APP_CACHE_FOLDERS = new Set(['Cache', 'Code Cache', 'GPUCache', 'DawnCache', 'DawnGraphiteCache', 'DawnWebGPUCache', 'GrShaderCache', 'GraphiteDawnCache', 'ShaderCache', 'CacheStorage', 'CachedData', 'CachedExtensionVSIXs', 'CachedProfilesData', 'ScriptCache']);
const APP_CACHE_FOLDERS_LOWER = new Set([...APP_CACHE_FOLDERS].map((n) => n.toLowerCase()));
function underAppCacheFolder(p: string, home: string): boolean {
  for (const base of [`${home}/Library/Application Support/`, `${home}/.config/`]) {
    if (!p.startsWith(base)) continue;
    // APP/[…/]CACHE[/…]: a cache folder below the app's own folder, not the app's folder itself.
    return p.slice(base.length).split('/').slice(1).some((s) => APP_CACHE_FOLDERS.has(s));
  }
  return false;
}

/** Folder names below a home folder that only tools' caches and build output use. */
const HOME_CACHE_SEGMENTS: ReadonlySet<string> = new Set(['.cache', 'Caches', 'node_modules', '__pycache__', '.npm', '.pnpm-store', '.yarn', '.gradle', '.m2', 'DerivedData']);

/**
 * A cache below a home folder (`p` absolute, under `home`): an app's cache folder beside its data (underAppCacheFolder), a
 * folder only caches use (HOME_CACHE_SEGMENTS), or a tool's named cache in its hidden folder (hiddenToolCache).
 */
function underHomeCache(p: string, home: string): boolean {
  if (!isUnder(p, home)) return false;
  return underAppCacheFolder(p, home) || p.split('/').some((s) => HOME_CACHE_SEGMENTS.has(s)) || hiddenToolCache(p.slice(home.length + 1).split('/'), 1);
}

/**
 * Round 25 (k25f): a tool's cache in a hidden folder, by its name as a whole word: `cache` or `caches`, or a name ending in
 * `-cache`, `_cache` or `.cache`, that is itself a dot folder (`.buildx-cache`, `.jest-cache`, `.phpunit.cache` in a
 * workspace) or lies directly in one (`~/.composer/cache`, `~/.ivy2/cache`, `~/.android/build-cache`) or in an app's
 * folder of XDG's hidden configuration or data folders (`~/.config/composer/cache`): hidden folders hold
 * tools' state, and what a tool names its cache it fills again (as `.cache` and `.eslintcache` in REBUILDABLE). Not in a
 * folder of CI definitions or credentials (`.github/actions/cache` is a composite action's source), not a dotenv file
 * (`.env.cache`), not past a `..`. `segs` relative to the workspace or the home; in a home `from` is 1: a dot folder
 * directly in the home is a tool's whole home whatever its name (Dart's `~/.pub-cache` keeps activated programs in `bin`).
 */
const CACHE_NAME = /^\.?(?:[\w.-]*[-_.])?caches?$/i;
const NOT_TOOL_STATE_DOT_FOLDERS: ReadonlySet<string> = new Set(['.github', '.gitlab', '.circleci', '.buildkite', '.husky', '.git', '.ssh', '.gnupg', '.password-store', '.aws', '.azure', '.kube', '.docker']);
export function hiddenToolCache(segs: readonly string[], from = 0): boolean {
  if (segs.some((s) => s === '..' || NOT_TOOL_STATE_DOT_FOLDERS.has(s))) return false;
  return segs.some((s, i) => i >= from && CACHE_NAME.test(s) && !isDotenvFile(s) && (s.startsWith('.') || (i > 0 && segs[i - 1]!.startsWith('.') && segs[i - 1] !== '.') || XDG_APP_FOLDER.test(segs.slice(0, i).join('/'))));
}
/** An app's own folder in the XDG configuration or data folder of a home (`.config/composer`, `.local/share/containers`). */
const XDG_APP_FOLDER = /^(\.config|\.local\/share)\/[^/.][^/]*$/;

/**
 * An Android app's cache folders on the device (Context.getCacheDir, getCodeCacheDir, getExternalCacheDir: "the system
 * will automatically delete files in this directory as disk space is needed"), under its internal data directory or its
 * folder on shared storage.
 */
const DEVICE_APP_CACHE = /^\/(data\/(data|user\/\d+|user_de\/\d+)\/[\w.]+\/(cache|code_cache)|(sdcard|storage\/emulated\/\d+|storage\/self\/primary|mnt\/sdcard)\/Android\/data\/[\w.]+\/cache)(\/|$)/;

/**
 * Hand-written files inside tool folders that are otherwise caches (paths relative to home): Maven's user settings (server
 * credentials, mirrors), Gradle's user properties (signing and repository credentials) and init scripts.
 */
const HOME_TOOL_CONFIG = ['.m2/settings.xml', '.m2/settings-security.xml', '.gradle/gradle.properties', '.gradle/init.gradle', '.gradle/init.gradle.kts', '.gradle/init.d'];

/**
 * Dotfiles directly in the home folder that tools rebuild or that only hold a tool's own recall (`.cache`, `.lesshst`); every
 * other dotfile there is a start-up file or a credential (`~/.bashrc`, `~/.netrc`, `~/.gitconfig`). The shells' history
 * (`.bash_history`, `.zsh_history`) is not here: it is the record of what was run, and an agent removing it hides what it
 * ran (the lead's answer 107).
 */
const HOME_DOT_DISPOSABLE = new Set(['.cache', '.npm', '.pnpm-store', '.yarn', '.gradle', '.m2', '.cargo', '.rustup', '.local', '.vscode-server', '.lesshst', '.viminfo', '.python_history', '.node_repl_history', '.wget-hsts', '.Trash']);

/**
 * Folders directly in a home folder that hold one project per subfolder (`~/code/web`, `~/projects/api`). Round 30 (k30):
 * also the ones IDEs make for their new projects (macOS's `~/Projects`, JetBrains' `~/IdeaProjects`, `~/PycharmProjects`,
 * `~/WebstormProjects`, `~/GolandProjects`, `~/CLionProjects`, `~/RiderProjects`, Android Studio's `~/AndroidStudioProjects`).
 */
const PROJECT_FOLDERS = new Set(['src', 'code', 'projects', 'work', 'repos', 'git', 'dev', 'Developer', 'workspace', 'Projects', 'IdeaProjects', 'PycharmProjects', 'WebstormProjects', 'GolandProjects', 'CLionProjects', 'RiderProjects', 'AndroidStudioProjects']);

/** A home folder by where systems put them: `/home/<user>`, `/var/home/<user>`, `/Users/<user>`, `/root`, `C:\\Users\\<user>`. */
const HOME_FOLDER = /^(\/home\/[^/]+|\/var\/home\/[^/]+|\/Users\/[^/]+|\/root)(?=\/|$)|^[A-Za-z]:\\Users\\[^\\]+(?=\\|$)/i;

/**
 * The home folder a path lies in, by the systems' layout, for when the adapter did not say which home is the agent's:
 * a working directory of `/home/dev/app` is in `/home/dev`. Undefined when the path is in no such folder.
 */
export function homeFolderOf(path: string | undefined): string | undefined {
  return path === undefined ? undefined : HOME_FOLDER.exec(path)?.[0];
}

/** The user a home folder belongs to by its name (`/home/dev` is `dev`'s); none for `/root`, root's by its place. */
export function homeOwnerOf(path: string | undefined): string | undefined {
  const home = homeFolderOf(path);
  return home === undefined || home === '/root' ? undefined : home.replace(/^.*[/\\]/, '');
}

/**
 * A dotfile directly in a home folder: shell start-up, tool configuration, credentials. The agent's home, or any user's
 * home by the systems' layout (`/home/deploy/.bashrc` is a start-up file whoever the agent is).
 */
export function isHomeConfigFile(p: string, known: string | undefined): boolean {
  const home = known !== undefined && isUnder(p, known) ? known : homeFolderOf(p);
  if (!home || !isUnder(p, home)) return false;
  const rel = p.slice(home.length + 1);
  return !rel.includes('/') && rel.startsWith('.') && rel.length > 1 && !HOME_DOT_DISPOSABLE.has(rel);
}

/**
 * An application's settings file in a home folder: under `~/.config/APP/` (XDG) or `~/Library/Application Support/APP/`
 * (macOS), or a settings-named file in a dot folder of the home (`~/.cursor/mcp.json`, `~/.continue/config.yaml`). Not
 * `~/Library/Preferences/` (a plist copied there is labelled a write in fix11-c11). A whole-file write of one replaces what the user set and no tool regenerates it (round 13's
 * relabel, the lead's answer 217: the file tool's rule for the shell). Caches under them are classed before this is asked.
 */
const HOME_APP_SETTINGS_FOLDER = /^(\.config|Library\/Application Support)\/[^/]+\/(.+\/)?[^/]+$/;
const HOME_DOT_FOLDER_SETTINGS = /^\.[\w-]+\/(.+\/)?[^/]*(settings|config|preferences|keybindings|prefs|mcp)[^/]*$/i;
const SETTINGS_FILE_NAME = /\.(json|jsonc|json5|toml|ya?ml|ini|conf|cfg|xml|plist|properties|kdl)$|^(config|settings|[\w-]+rc)$/i;
export function isHomeAppSettingsFile(p: string, home: string | undefined): boolean {
  if (!home || home === '/' || !isUnder(p, home.replace(/\/+$/, ''))) return false;
  const rel = p.slice(home.replace(/\/+$/, '').length + 1);
  return (HOME_APP_SETTINGS_FOLDER.test(rel) || HOME_DOT_FOLDER_SETTINGS.test(rel)) && SETTINGS_FILE_NAME.test(rel.slice(rel.lastIndexOf('/') + 1));
}

function isUnder(path: string, dir: string): boolean {
  return path.startsWith(`${dir === '/' ? '' : dir}/`);
}

/** Whether a path (absolute or as written) is part of Portcullis's control plane. */
export function isControlPlane(path: string, inventory: Inventory): boolean {
  if (isWindowsPath(path)) return classifyWindowsPath(path, { cwd: undefined, home: undefined }, inventory, WINDOWS_RULES) === 'control_plane';
  for (const p of [...inventory.controlPlanePaths, ...(inventory.controlPlaneSecrets ?? [])]) {
    if (globMatch(p, path) || isUnder(path, p) || path === p || isAncestorOrSame(path, p)) return true;
  }
  if (isControlPlaneSecret(path, inventory)) return true;
  return CONTROL_PLANE_PATTERNS.some((p) => globMatch(p, path) || globMatch(p, `/${path}`));
}

/**
 * Control-plane files an agent may not even read (D8): whoever reads the audit signing key can forge
 * checkpoints, and whoever reads a token acts as its owner (a human's token approves). Token files
 * are `*.token` under a `.portcullis` folder by convention (docs/adapters.md); others are named in
 * `control_plane.secrets`.
 */
const SECRET_PATTERNS = ['**/portcullis-audit.key', '**/.portcullis/**.token', '**/.portcullis/**.key', '/etc/portcullis/**.token', '/etc/portcullis/**.key'];

/**
 * A quick refusal for `isControlPlaneSecret` and `namesControlPlane`, which D8 asks of every word of
 * every command: each way they can match (the path itself, a path under it, a glob) needs the path
 * to contain the longest literal of one pattern or inventory path, and one expression over all of
 * them says whether it does. Kept per inventory only while its lists are frozen (the loaded config's
 * are), so a list changed in place is never judged by an old expression; otherwise there is no
 * quick refusal and every rule is tried.
 */
const NEEDLES = new WeakMap<Inventory, { paths: readonly string[]; secrets: readonly string[] | undefined; re: RegExp }>();

function mayNameControlPlane(path: string, inventory: Inventory): boolean {
  const paths = inventory.controlPlanePaths;
  const secrets = inventory.controlPlaneSecrets;
  const hit = NEEDLES.get(inventory);
  if (hit && hit.paths === paths && hit.secrets === secrets) return hit.re.test(path);
  if (!Object.isFrozen(paths) || (secrets !== undefined && !Object.isFrozen(secrets))) return true;
  const needles = [...new Set([...CONTROL_PLANE_PATTERNS, ...SECRET_PATTERNS, ...paths, ...(secrets ?? [])].map(longestLiteral))];
  const re = new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
  NEEDLES.set(inventory, { paths, secrets, re });
  return re.test(path);
}

/** Whether `path` (absolute) is, or lies under, a control-plane secret: the signing key or a token file. */
export function isControlPlaneSecret(path: string, inventory: Inventory): boolean {
  if (isWindowsPath(path)) return false;
  if (!mayNameControlPlane(path, inventory)) return false;
  for (const p of inventory.controlPlaneSecrets ?? []) if (path === p || isUnder(path, p) || globMatch(p, path)) return true;
  return SECRET_PATTERNS.some((p) => globMatch(p, path));
}

/**
 * Whether `path` (absolute) is itself part of the control plane: the file, or something under a
 * control-plane folder. Unlike `isControlPlane`, a folder that merely contains the control plane
 * (the workspace, `/`) does not count: this is for programs that name a path, not for deletions.
 */
export function namesControlPlane(path: string, inventory: Inventory, workspace?: string): boolean {
  if (isWindowsPath(path)) return classifyWindowsPath(path, { cwd: undefined, home: undefined }, inventory, WINDOWS_RULES) === 'control_plane';
  if (!mayNameControlPlane(path, inventory)) return false;
  if (isControlPlaneSecret(path, inventory)) return true;
  for (const p of inventory.controlPlanePaths) {
    // A control-plane folder that holds the agent's whole workspace (Portcullis's own repository, its
    // demo) cannot tell one file from another by name: there the OS wall (D7) is the only line.
    if (workspace !== undefined && isAncestorOrSame(p, workspace)) continue;
    if (path === p || isUnder(path, p) || globMatch(p, path)) return true;
  }
  return CONTROL_PLANE_PATTERNS.some((p) => globMatch(p, path));
}

/**
 * A swap file by its usual names (`/swapfile`, `/swapfile2`, `/swap.img`, Debian's dphys-swapfile `/var/swap`): paging
 * space, not data; the kernel fills it again wherever swap is (round 18, p18). Not a folder's contents, not `/swap`. Azure's
 * Linux agent and GitHub's hosted runners put it on the resource disk as `/mnt/swapfile` (waagent `ResourceDisk.SwapSizeMB`).
 */
const SWAP_FILE = /^\/(swapfile\d*|swap\.img|swapfile\.img)$|^\/var\/(swap|swapfile\d*)$|^\/mnt\/swapfile$/;

/**
 * The lead's answer 345.2 (round 32): a daemon's pid file under /run (or /var/run, its link): run-time data the Filesystem
 * Hierarchy Standard has cleared at every boot, written again by the daemon when it starts (`rm -f /run/app/app.pid &&
 * systemctl start app`, a stale one left by a crash). One named file, no wildcard; not a socket or lock file beside it.
 */
const PID_FILE = /^\/(var\/)?run\/([\w.@-]+\/)*[\w.@-]+\.pid$/;

/**
 * Toolchains preinstalled on GitHub's hosted runner images (actions/runner-images, the software lists of the Ubuntu and
 * macOS images) that disk clean-up steps remove: .NET, Android's SDK, GHC and ghcup, Swift, Boost, PowerShell, Julia,
 * Miniconda, the JVMs, the tool cache (`/opt/hostedtoolcache`, `$AGENT_TOOLSDIRECTORY`), browsers and Azure's CLI under
 * `/opt`, the global node modules. Each one folder (or what is in it), never `/usr`, `/opt` or `/usr/local` themselves.
 */
const HOSTED_RUNNER_TOOLCHAIN = /^\/(usr\/share\/(dotnet|swift|miniconda|az_[\w.-]+|sbt|kotlinc|gradle(-[\w.-]+)?|apache-maven(-[\w.-]+)?)|usr\/local\/(lib\/android|lib\/node_modules|share\/(boost|powershell|chromium|chrome_driver|edge_driver|gecko_driver|vcpkg)|\.ghcup|julia[\w.-]*|aws-cli|aws-sam-cli)|usr\/lib\/jvm|opt\/(ghc|hostedtoolcache|az|microsoft|google|pipx|mssql-tools\d*|R|android|Xamarin))(\/.*)?$/;

/** Volumes and NAS mounts that hold shared stores (not WSL's Windows drives, `/mnt/c`). */
const SHARED_VOLUME = /^\/(srv|opt|data|media|mnt(?!\/[a-z](\/|$)))\//;

/**
 * The lead's answer 378.3 (round 37): a Unity project's `Library` (the Editor's cache of imported assets, written again when
 * the project opens) is a cache by its name: the workspace's own top folder `Library`, not in a workspace that is the home
 * (`~/Library` is macOS's) and not deeper (`Packages/x/Library` is a package's sources).
 */
export function unityLibrary(rel: readonly string[], root: string | undefined, home: string | undefined): boolean {
  return rel[0] === 'Library' && !!root && (!home || root.replace(/[\\/]+$/, '').toLowerCase() !== home.replace(/[\\/]+$/, '').toLowerCase());
}

/**
 * The lead's answer 131 (round 24): a session started in the home folder does not make the user's own folders of it the
 * workspace: what lies in `~/Downloads`, `~/Documents`, `~/Desktop`, `~/Pictures` or another of HOME_USER_FOLDERS is judged as outside the workspace
 * (as from a project folder), never as a repository's files.
 */
function homeKeptFolder(p: string, root: string, home: string | undefined): boolean {
  if (!home || root.replace(/\/+$/, '') !== home.replace(/\/+$/, '')) return false;
  return HOME_USER_FOLDERS.includes(p.slice(home.replace(/\/+$/, '').length + 1).split('/')[0] ?? '');
}

/**
 * Round 40 (bl40chain): the key and guard files of blockchain nodes, validators and wallets, wherever they lie: a Cosmos
 * validator's `priv_validator_key.json`, its double-sign guard `priv_validator_state.json` and `node_key.json`; a Solana
 * keypair (`validator-keypair.json`, `vote-account-keypair.json`, `id.json` under `.config/solana`); geth's and Clef's
 * `keystore/UTC--…` files; Ethereum validators' `voting-keystore.json`, `keystore-m_…json` and Lighthouse's
 * `slashing_protection.sqlite`; Bitcoin Core's `wallet.dat`; lnd's `channel.db`, `channel.backup`, `wallet.db` and
 * macaroons; a Substrate node's `network/secret_ed25519`. Lost, they are a key gone (funds or a validator's identity) or a
 * safeguard off. Not a scratch copy in a temporary folder, nor solana-test-validator's `test-ledger`.
 */
const CHAIN_KEY_FILE = /(^|\/)(priv_validator_(key|state)\.json|node_key\.json|[^/]*keypair[^/]*\.json|voting-keystore\.json|keystore-m_[^/]*\.json|slashing_protection\.sqlite|wallet\.dat|channel\.(db|backup)|[^/]*\.macaroon|secret_ed25519)$|(^|\/)\.config\/solana\/id\.json$|(^|\/)keystore\/UTC--[^/]+$/;
export function isChainKeyFile(p: string): boolean {
  return CHAIN_KEY_FILE.test(p) && !/^\/(tmp|var\/tmp|dev\/shm)\//.test(p) && !/(^|\/)test-ledger(\/|$)/.test(p);
}

/**
 * How severe losing `path` is. `recursive` matters for globs and folders: a glob or a wildcard at the
 * top of the workspace wipes the repository.
 */
export function classifyPath(path: string, scope: PathScope, inventory: Inventory): PathClass {
  if (isWindowsPath(path)) return classifyWindowsPath(path, scope, inventory, WINDOWS_RULES);
  if (isControlPlane(path, inventory)) return 'control_plane';
  const root = scope.workspace ?? scope.cwd;
  const p = path.replace(/\/\*+$/, '') || '/';
  if (isChainKeyFile(p)) return 'critical';
  if (p === '/' || SYSTEM_ROOTS.includes(p) || isTemporaryRoot(p)) return 'critical';
  if (SWAP_FILE.test(path)) return 'temporary';
  if (PID_FILE.test(path)) return 'temporary';
  if (SYSTEM_CACHES.some((c) => isAncestorOrSame(c, p))) return 'rebuildable';
  if (HF_HUB_CACHE_ENTRY.test(p) && !p.split('/').includes('..')) return 'rebuildable';
  if (scope.home && HOME_CACHE_CREDENTIALS.some((c) => p === `${scope.home}/${c}`)) return 'critical';
  if (wholeHomeCache(p, scope.home)) return 'critical';
  if (FHS_APPLICATION_CACHE.test(p) && !p.split('/').includes('..')) return 'rebuildable';
  if (CI_JOB_TEMP.test(p) || JENKINS_WORKSPACES.exec(p)?.[1] !== undefined) return 'temporary';
  // The session's own tool caches (HOME_TOOL_CACHES) wherever its home folder is: a service account's home under /var
  // (`/var/lib/jenkins/.m2/repository`), or a home folder that is also the workspace (a session started in `~`). Not a
  // cache folder the workspace lies in.
  if (scope.home && scope.home.length > 1 && !(root && isAncestorOrSame(p, root)) && HOME_TOOL_CACHES.some((c) => isAncestorOrSame(`${scope.home}/${c}`, p))) return 'rebuildable';
  if (underAppScratchFolder(p)) return 'temporary';
  // The lead's answers 378.3 and 378.4 (round 37): a shared DerivedDataCache or nightly builds on a volume or NAS mount.
  if (SHARED_VOLUME.test(p) && sharedBuildStore(p.split('/').filter(Boolean).slice(1))) return 'rebuildable';
  if (isServiceTempFile(p, p.slice(p.lastIndexOf('/') + 1))) return 'temporary';
  // A CI agent's own work folders (decision 38): below the `_work` folder whose checkout is the workspace.
  const ciWork = root ? ciAgentWorkFolder(root, '/') : undefined;
  if (ciWork && isUnder(p, ciWork)) return 'temporary';
  // The lead's answer 135 (round 24): a GitHub-hosted runner's home (`/home/runner`, `/Users/runner`, whose `work` folder
  // holds the checkout) is a fresh virtual machine's, thrown away after the job as its work folder is (decision 38): what
  // lies in it (a `~/.npmrc`, `~/.kube/config` or deploy key the job writes) is disposable. The home itself and the work
  // folder are not; a self-hosted runner's home (its checkouts in `…/_work`) is a kept machine's.
  const hostedRunner = !!ciWork && !!scope.home && /^\/(home|Users)\/runner\/work$/.test(ciWork) && scope.home.replace(/\/+$/, '') === ciWork.slice(0, -'/work'.length);
  if (hostedRunner && isUnder(p, scope.home!) && !isAncestorOrSame(p, ciWork!)) return 'temporary';
  // The lead's answer 217 (round 27): the same throwaway machine's preinstalled toolchains, which the common "free disk
  // space" step removes (`sudo rm -rf /usr/share/dotnet /usr/local/lib/android /opt/ghc`): only when the context shows a
  // GitHub-hosted runner (its checkout under `/home/runner/work`); a self-hosted runner's machine is kept.
  if (hostedRunner && HOSTED_RUNNER_TOOLCHAIN.test(p)) return 'temporary';
  // Root's home (`/root`) is a home folder like any other: its start-up files, credentials and top folders are critical
  // (below), a new file in it (`sfdisk -d /dev/sda > /root/sda.dump`) is not a system file.
  if (underWebSiteCache(p)) return 'rebuildable';
  if (SYSTEM_ROOTS.some((r) => r !== '/home' && r !== '/Users' && r !== '/work' && r !== '/workspace' && r !== '/data' && r !== '/mnt' && r !== '/media' && r !== ROOT_HOME && isUnder(p, r)) && !isUnder(p, '/var/tmp') && !isUnder(p, '/var/folders')) {
    return 'critical';
  }
  if (scope.home && isAncestorOrSame(p, scope.home)) return 'critical';
  // A workspace that is itself a folder below a temporary root (`/tmp/unpack-3f9a`, a throwaway checkout): the folder, or
  // a glob of its content (`rm -rf ./*` there), is temporary as any other folder there is; not `/tmp` itself (above).
  if (root && isAncestorOrSame(p, root) && !(p === root && isTemporary(root))) return 'critical';
  if (isTemporary(p) && !(root && isUnder(p, root))) return 'temporary';
  if (scope.home && underOwnScratch(p, scope.home)) return 'temporary';
  if (isHomeConfigFile(p, scope.home)) return 'critical';
  // Git's own lock files (`index.lock`, `refs/heads/x.lock`) exist while one git command runs; git says to remove a
  // stale one by hand ("remove the file manually to continue").
  if (GIT_LOCK.test(p)) return 'temporary';
  if (/(^|\/)\.git(\/|$)/.test(p)) return 'critical';
  const home = scope.home && isUnder(p, scope.home) ? scope.home : isUnder(p, ROOT_HOME) ? ROOT_HOME : undefined;
  if (home) {
    const rel = p.slice(home.length + 1);
    const top = rel.split('/')[0] ?? '';
    // The copy of known_hosts that `ssh-keygen -R` leaves behind (ssh-keygen(1): "the original is left as known_hosts.old").
    if (rel === '.ssh/known_hosts.old') return 'rebuildable';
    if (['.ssh', '.aws', '.kube', '.gnupg', '.config', '.docker', '.azure', '.gcloud', '.terraform.d', '.password-store', 'Documents', 'Desktop', 'Pictures', 'src', 'code', 'projects', 'work', 'repos', 'git', 'go', 'dev'].includes(top) && rel.split('/').length <= 2 && !HOME_TOOL_CACHES.includes(rel)) {
      return 'critical';
    }
    // Another project in the folders that hold projects (`~/code/web/.next`, `~/projects/api/target`): its build output
    // and caches are as rebuildable as the workspace's, by the same table, below the project's own folder.
    const relSegs = rel.split('/');
    if (PROJECT_FOLDERS.has(top) && (relSegs.slice(2).some((s) => REBUILDABLE.has(s)) || (relSegs.length > 2 && underRebuildablePath(relSegs.slice(2).join('/'))))) return 'rebuildable';
    // Not a project's own folder: inside a workspace other than the home, the workspace's rules judge it.
    if (home === scope.home && !(root && root !== home && isUnder(p, root)) && ownScratchFolder(relSegs)) return 'temporary';
  }
  // Round 25 (k25f): a session started in the home folder (answer 131) leaves the home's caches caches: they are judged
  // as from a project folder (underHomeCache), not as the repository's files.
  if (root && scope.home && root.replace(/\/+$/, '') === scope.home.replace(/\/+$/, '') && underHomeCache(p, root.replace(/\/+$/, ''))) return 'rebuildable';
  const inWorkspace = !!root && isUnder(p, root) && !homeKeptFolder(p, root, scope.home);
  if (inWorkspace || (!root && !p.startsWith('/'))) {
    const rel = root ? p.slice(root.length + 1) : p;
    const relSegs = rel.split('/');
    // An audit trail in the log folder is kept (isAuditRecordFile), unless another rebuildable folder holds it (a package's
    // own `node_modules/x/logs/audit.js`).
    if (isAuditRecordFile(p) && !relSegs.some((s) => REBUILDABLE.has(s) && s !== 'logs' && s !== 'log')) return 'workspace';
    if (relSegs.some((s) => REBUILDABLE.has(s)) || unityLibrary(relSegs, root, scope.home) || underRebuildablePath(rel) || hiddenToolCache(relSegs) || isMlRunRecord(relSegs) || ciRunFolder(relSegs) !== undefined || (REBUILDABLE_FILE.test(relSegs[relSegs.length - 1] ?? '') && !underBackupsFolder(rel))) return 'rebuildable';
    return 'workspace';
  }
  // Go's module cache, `$GOPATH/pkg/mod` (default `~/go/pkg/mod`; `go clean -modcache` empties it, the go command downloads again).
  // Cargo's download and source caches and rustup's toolchains (the Cargo book, "Cargo Home": `registry/{index,cache,src}` and
  // `git/{db,checkouts}` are caches cargo fills again; `rustup toolchain install` downloads a toolchain again). Not
  // `~/.cargo/bin` (installed programs and rustup's proxies), `config.toml` or `credentials.toml`.
  // Another account's home by the systems' layout (`sudo rm -rf /root/.cache/pip`) keeps its caches where the agent's does.
  const homeOfPath = scope.home && isUnder(p, scope.home) ? scope.home : homeFolderOf(p);
  // The tool's whole folder (`rm -rf ~/.gradle`, `~/.m2`) holds those files too: removing it loses them with the caches.
  if (homeOfPath && p !== homeOfPath && HOME_TOOL_CONFIG.some((c) => isAncestorOrSame(`${homeOfPath}/${c}`, p) || isAncestorOrSame(p, `${homeOfPath}/${c}`))) return 'outside';
  if (homeOfPath && HOME_TOOL_CACHES.some((c) => isAncestorOrSame(`${homeOfPath}/${c}`, p))) return 'rebuildable';
  if (DEVICE_APP_CACHE.test(p)) return 'rebuildable';
  if (homeOfPath && underHomeCache(p, homeOfPath)) return 'rebuildable';
  return 'outside';
}

/**
 * System locations whose files a write replaces for the whole machine: configuration and programs, databases' own files
 * (`/var/lib`), root's home folder itself (its dotfiles and credentials as in any home: isHomeConfigFile), and devices (writing `/dev/sda` overwrites the disk), except the streams and pseudo-devices
 * that only take output (`/dev/null`, `/dev/stdout`, a terminal) and `/dev/shm` (temporary); the running kernel's settings
 * (`/proc/sys/…`), the users' crontabs (`/var/spool/cron/crontabs/USER`, `/var/spool/cron/USER`: cron(8); a write replaces every
 * job) and its SysRq trigger (`/proc/sysrq-trigger`: `o` powers the machine off, `c` crashes it; proc(5)).
 */
const SYSTEM_FILE = /^\/(etc|usr|bin|sbin|boot|lib|lib64|System|var\/lib|var\/spool\/cron|proc\/sys)(\/|$)|^\/proc\/sysrq-trigger$|^\/root$|^\/dev\/(?!(null|zero|full|u?random|stdin|stdout|stderr|tty\w*|pts\/|fd\/|shm\/|dsp\d*$|audio\d*$))/;
/**
 * A device that keeps nothing written to it (round 29, t29): the discards (`/dev/null`, `/dev/zero`, `/dev/full`), the
 * random pools, the standard streams, a terminal or descriptor, and the sound devices of OSS (`/dev/dsp`, `/dev/audio`,
 * which play what they are given). SYSTEM_FILE leaves the same devices out; a write into one (`dd of=/dev/null`, `tee
 * /dev/tty`) loses nothing, while removing the device node itself stays judged as a system path.
 */
const STREAM_DEVICE = /^\/dev\/(null|zero|full|u?random|stdin|stdout|stderr|tty\w*|pts\/\d+|fd\/\d+|dsp\d*|audio\d*)$/;
export function isStreamDevice(abs: string): boolean {
  return STREAM_DEVICE.test(abs);
}
/** Credential folders in a home folder, on either system. */
const CREDENTIAL_DIR = /[\\/]\.(ssh|aws|kube|gnupg|docker|azure|config[\\/]gcloud)[\\/]/i;

/** A dotfile directly in a Windows profile (`C:\Users\dev\.gitconfig`, `.npmrc`). */
function windowsHomeDotfile(abs: string, home: string | undefined): boolean {
  if (!home || !isWindowsPath(home)) return false;
  const h = home.replace(/[\\/]+$/, '').toLowerCase();
  const a = abs.toLowerCase();
  return a.startsWith(`${h}\\.`) && !a.slice(h.length + 1).includes('\\');
}

/** The Win32 device namespace (`\\.\PhysicalDrive0`, `\\.\C:`, a volume GUID): a raw disk or volume, as `/dev/sda` is. */
const WINDOWS_DEVICE = /^\\\\\.\\/;

/**
 * A file whose overwrite replaces something the machine or the user relies on: a system file on either system
 * (`/etc/hosts`, `C:\\Windows\\System32\\drivers\\etc\\hosts`, a device such as `/dev/sda`), a file in a credential folder
 * (`~/.ssh/authorized_keys`, `~/.aws/credentials`) or a start-up or credential dotfile directly in home (`~/.netrc`).
 * One rule for the agent's own file tool and for MCP file tools.
 */
/**
 * A file that holds credentials, so that sending it to another host gives them away (SECURITY.md: a secret sent off the
 * machine): the credential folders of a home (`~/.ssh/`, `~/.aws/`, `~/.kube/`, `~/.docker/`, gcloud's), dotenv and
 * encrypted secret files, private keys, a kubeconfig, and the password files of netrc, git and PostgreSQL.
 */
export function isCredentialFile(abs: string): boolean {
  const p = abs.includes('\\') ? abs.replace(/\\/g, '/') : abs;
  return CREDENTIAL_DIR.test(p) || isDotenvOrSecretFile(p) || /\.(pem|key)$|(^|\/)(id_(rsa|dsa|ecdsa|ed25519)|\.netrc|_netrc|\.git-credentials|\.pgpass|kubeconfig(\.ya?ml)?)$/.test(p);
}

/**
 * A drop-in file directly in a `*.d` folder under /etc that a service reads next to its main file
 * (`/etc/sysctl.d/99-inotify.conf`, `/etc/nginx/conf.d/app.conf`, `/etc/modules-load.d/`, `/etc/exports.d/`, an apt
 * source in `/etc/apt/sources.list.d/`): a new one is a configuration write, the lead's decision (round 15); replacing the
 * named main file stays destructive. `cron.d` too: the jobs a new file holds are judged as stored commands. Not the
 * folders whose files grant rights or run what is not judged (`sudoers.d`, `profile.d`, `pam.d`, `apt.conf.d` hooks,
 * `tmpfiles.d` deletions, `logrotate.d` retention, `sshd_config.d`, systemd unit drop-ins).
 */
const CONFIG_DROP_IN = /^\/etc\/(?:[\w.+-]+\/)*(?:sysctl|modules-load|conf|exports|cron|sources\.list)\.d\/[\w.+-]+$/;
/**
 * Round 40 (bl40comms): the drop-in folders of mail and telephony servers, each from its manual: rspamd's `local.d` and
 * `override.d` (rspamd.com, "Configuration": a file there is merged into, or replaces, one module's settings; the
 * switches that turn a check off are config-safeguards.ts's), FreeSWITCH's per-profile, per-context and per-domain
 * folders (`sip_profiles/external/*.xml`, `dialplan/default/*.xml`, `directory/default/*.xml`, included by a wildcard
 * from the profile's, context's or domain's own file).
 */
const SERVICE_DROP_IN = /^\/etc\/rspamd\/(?:local|override)\.d\/[\w.+-]+\.(?:conf|inc)$|^\/(?:etc|usr\/local)\/freeswitch\/(?:conf\/)?(?:sip_profiles|dialplan|directory)\/[\w.+-]+\/[\w.+-]+\.xml$/;
export function isConfigDropIn(abs: string): boolean {
  return (CONFIG_DROP_IN.test(abs) || SERVICE_DROP_IN.test(abs)) && !/\/\.\.?(\/|$)/.test(abs);
}

/**
 * The lead's answer 392.3 (round 38): a site file directly in nginx's or Apache's (Debian layout) `sites-available`, which the
 * server reads only through a link in `sites-enabled` (`ln -s`, `a2ensite`): a new one serves nothing until enabled, so
 * writing it is a configuration write. Not the distribution's default sites (`default`, `000-default.conf`,
 * `default-ssl.conf`), which the package enables on install: a write there replaces a served site. `sites-enabled` and
 * the enable itself are judged as before.
 */
const SITE_AVAILABLE = /^\/etc\/(?:nginx|apache2)\/sites-available\/(?!(?:default|000-default\.conf|default-ssl\.conf)$)[\w.+-]+$/;
export function isUnenabledSiteFile(abs: string): boolean {
  return SITE_AVAILABLE.test(abs) && !/\/\.\.?(\/|$)/.test(abs);
}

/**
 * sshd_config(5) settings whose value closes a way in: password, keyboard-interactive and empty-password logins off, root
 * logins off or key-only, X11, agent and TCP forwarding off, key logins on, at most sshd's default six tries (bl41sys).
 */
export const SSHD_TIGHT_SETTING = /^(PasswordAuthentication no|KbdInteractiveAuthentication no|ChallengeResponseAuthentication no|PermitEmptyPasswords no|MaxAuthTries [1-6]|PermitRootLogin (no|prohibit-password|without-password)|X11Forwarding no|AllowAgentForwarding no|AllowTcpForwarding no|PubkeyAuthentication yes)$/;
/**
 * Drop-ins whose text the input shows and whose every setting is plain configuration, by folder (each from its manual):
 * a new one is a configuration write, as isConfigDropIn's are, where a copy of unseen text or any other setting stays a
 * system file replaced. systemd unit drop-ins (systemd.unit(5)) that only set resource limits, the restart policy and
 * timeouts (systemd.exec(5) `Limit*`, `Nice`, `OOMScoreAdjust`; systemd.resource-control(5); systemd.service(5)
 * `Restart*`, `Timeout*Sec`; not `Exec*`, `User=`, `Environment=`, sandboxing); modprobe.d(5) `options`, `alias`,
 * `blacklist` (not of a driver the host needs, HOST_NEEDS_DRIVER), `softdep` (not `install`/`remove`, which run
 * commands); ld.so.conf.d library folders under /opt or /usr;
 * resolved.conf(5) and timesyncd.conf(5) servers and search domains (not `DNSSEC=`, `DNSOverTLS=`); journald.conf(5)
 * space caps and `Storage=persistent|auto` (not `none`/`volatile`, which lose the logs, nor `MaxRetentionSec`); udev rules
 * that only match and set a group, owner, link, tag or a mode that gives others no write (not `RUN`, `PROGRAM`,
 * `IMPORT`); tmpfiles.d(5) lines that create (`d`, `q`, `L`, `f`, `z`) with no age, or an age only under /tmp, /var/tmp,
 * /run (not `r`, `R`, `D`, `e`, which remove); sshd_config.d settings that narrow access (sshd_config(5): password and
 * keyboard-interactive logins off, root without a password off, fewer tries, time-outs); MySQL and MariaDB server
 * tuning; logrotate.d files that run no script (the lead's round-16 decision 10, whatever the rotate count).
 */
/**
 * rsyslog's message properties (rsyslog documentation, "rsyslog Properties": message, system and time properties) as a
 * RainerScript expression names them (`if $programname == "shop" then …`). Not the legacy `$Directive` lines
 * (`$ModLoad`, `$IncludeConfig`, `$ActionExecOnlyWhenPreviousIsSuspended`), which the drop-in row does not read.
 */
const RSYSLOG_PROPERTY = /\$(programname|syslogtag|msg|rawmsg|hostname|fromhost|fromhost-ip|source|syslogfacility(-text)?|syslogseverity(-text)?|syslogpriority(-text)?|pri(-text)?|app-name|procid|msgid|inputname|timereported|timegenerated|\$now)\b/g;
/** A file action of rsyslog onto a log file (`/var/log/x.log`, `-/var/log/x.log` without sync), or a forward (`@host`, `@@host:port`). */
const RSYSLOG_TARGET = String.raw`(-?\/var\/log\/[\w.@%/-]+|@@?(\(o\))?[\w.:[\]-]+(:\d+)?)`;
const RSYSLOG_SELECTOR = String.raw`[\w*,]+\.!?=?[\w*]+(;[\w*,]+\.!?=?[\w*]+)*`;
const RSYSLOG_PROPERTY_FILTER = String.raw`:[\w-]+,\s*!?(isequal|contains|startswith|regex|ereregex|isempty),\s*"[^"]*"`;
const RSYSLOG_EXPRESSION = String.raw`if\s+\$[\w-]+\s+(==|!=|contains|startswith|contains_i|startswith_i)\s+["'][^"']*["'](\s+(and|or)\s+\$[\w-]+\s+(==|!=|contains|startswith)\s+["'][^"']*["'])*\s+then`;
const RSYSLOG_ACTION = String.raw`action\(\s*type\s*=\s*"(omfile|omfwd)"(\s+[\w.]+\s*=\s*"[^"]*")*\s*\)`;
const RSYSLOG_WRITE_LINE = new RegExp(String.raw`^((${RSYSLOG_SELECTOR}|${RSYSLOG_PROPERTY_FILTER}|${RSYSLOG_EXPRESSION})\s+)?(${RSYSLOG_TARGET}|${RSYSLOG_ACTION})(;[\w_-]+)?$`);
/**
 * Every line of an rsyslog drop-in writes messages to a log file under /var/log or forwards them (round 38, answer
 * 329.3), or reads a file into the pipeline (`module(load="imfile")`, `input(type="imfile" …)`); `& stop` (or the legacy
 * `& ~`) only after such a line, where the messages it ends are already written (the idiom that keeps an app's lines out
 * of syslog). Not a bare `stop`/`~` (messages discarded), a program run (`omprog`, `^/path`), a pipe, a file outside
 * /var/log, a user's terminal, or a legacy `$` directive.
 */
function rsyslogKeepsLogs(text: string): boolean {
  const ls = lines(text);
  return ls.every((l, i) => {
    if (/^&\s*(stop|~)$/.test(l)) return i > 0 && RSYSLOG_WRITE_LINE.test(ls[i - 1]!);
    if (/\bomfile\b/.test(l) && !/\bfile\s*=\s*"\/var\/log\/[\w.@%/-]+"/.test(l)) return false;
    return RSYSLOG_WRITE_LINE.test(l) || /^module\(\s*load\s*=\s*"imfile"\s*\)$/.test(l) || /^input\(\s*type\s*=\s*"imfile"(\s+\w+\s*=\s*"[\w.@*/ -]+")*\s*\)$/.test(l);
  });
}

const APT_PLAIN_SETTING = /^(APT::Periodic::(Update-Package-Lists|Download-Upgradeable-Packages|Unattended-Upgrade|Enable)\s+"([1-9]\d*|always)";|APT::Periodic::(AutocleanInterval|CleanInterval|MaxAge|MinAge|MaxSize|Verbose)\s+"\d+";|APT::Install-(Recommends|Suggests)\s+"(true|false|0|1)";|Acquire::Retries\s+"\d+";|Acquire::ForceIPv4\s+"true";|Acquire::Languages\s+"none";|(APT::Color|Dpkg::Progress-Fancy)\s+"[01]";)$/;
const TMPFILES_CREATE = /^[dqLfz][+!]*\s+(\/\S*)\s+\S+\s+\S+\s+\S+(\s+(\S+))?(\s+\S+)?$/;
const TEXT_DROP_INS: ReadonlyArray<{ path: RegExp; line?: RegExp; text?: (text: string) => boolean; properties?: RegExp }> = [
  { path: /^\/etc\/systemd\/system\/[\w@.:-]+\.(service|socket|timer|slice)\.d\/[\w.@-]+\.conf$/, line: /^\[(Unit|Service|Socket|Timer|Slice)\]$|^(Limit[A-Z]+|Nice|OOMScoreAdjust|CPU(Quota|Weight|AccountingPeriodSec)|Memory(Max|High|Low|Min|SwapMax|Accounting)|Tasks(Max|Accounting)|IO(Weight|Accounting)|Restart|RestartSec|StartLimitIntervalSec|StartLimitBurst|Timeout(Start|Stop|Abort)?Sec)=/ },
  { path: /^\/etc\/modprobe\.d\/[\w.@-]+\.conf$/, text: (t) => lines(t).every((l) => /^(options|alias|softdep)\s+\S/.test(l) || (/^blacklist\s+[\w-]+$/.test(l) && !HOST_NEEDS_DRIVER.test(l.split(/\s+/)[1]!.replace(/-/g, '_')))) },
  { path: /^\/etc\/ld\.so\.conf\.d\/[\w.@-]+\.conf$/, line: /^\/(opt|usr)\/[\w.+/-]+$/ },
  { path: /^\/etc\/systemd\/(resolved|timesyncd)\.conf\.d\/[\w.@-]+\.conf$/, line: /^\[(Resolve|Time)\]$|^(DNS|FallbackDNS|Domains|NTP|FallbackNTP)=/ },
  { path: /^\/etc\/systemd\/journald\.conf\.d\/[\w.@-]+\.conf$/, line: /^\[Journal\]$|^(System|Runtime)(MaxUse|KeepFree|MaxFileSize|MaxFiles)=\w+$|^Storage=(persistent|auto)$|^Compress=(yes|true|1)$/ },
  { path: /^\/etc\/udev\/rules\.d\/[\w.@-]+\.rules$/, line: /^(?!.*\b(RUN|PROGRAM|IMPORT)\b)(?!.*\bMODE\s*:?=\s*"0?[0-7]{2}[2367]")[A-Z]/ },
  { path: /^\/etc\/tmpfiles\.d\/[\w.@-]+\.conf$/, text: (t) => lines(t).every((l) => { const m = TMPFILES_CREATE.exec(l); return !!m && (m[3] === undefined || m[3] === '-' || /^\/(tmp|var\/tmp|run)(\/|$)/.test(m[1]!)); }) },
  { path: /^\/etc\/mysql\/(mysql|mariadb)\.conf\.d\/[\w.@-]+\.cnf$/, line: /^\[(mysqld|mariadb|server|client|mysql)\]$|^(max_connections|max_allowed_packet|innodb_[a-z_]+|character[-_]set[-_]server|collation[-_]server|slow_query_log(_file)?|long_query_time|tmp_table_size|max_heap_table_size|table_open_cache|thread_cache_size|wait_timeout|interactive_timeout)\s*=\s*[\w./-]+$/ },
  { path: /^\/etc\/logrotate\.d\/[^/]+$/, text: (t) => !/\b(postrotate|prerotate|firstaction|lastaction|preremove)\b/.test(t) },
  // Round 26 (k26s): an sshd drop-in whose every line closes a way in (`PasswordAuthentication no`, `PermitRootLogin
  // prohibit-password`), as `sed -i` setting sshd_config's lines to those values is (sshd_tightened); anything else there
  // (`PermitRootLogin yes`, `AllowUsers`, `Match`, `AuthorizedKeysFile`) stays a change of who may log in.
  { path: /^\/etc\/ssh\/sshd_config\.d\/[\w.@-]+\.conf$/, text: (t) => lines(t).every((l) => SSHD_TIGHT_SETTING.test(l.replace(/\s+/g, ' '))) },
  // Round 29 (s29): chrony's source folder (chrony.conf(5) `sourcedir`: "files with the .sources suffix … may contain only
  // server, pool and peer directives"; Debian reads /etc/chrony/sources.d, `chronyc reload sources` applies it): a time
  // source added, as a timesyncd `NTP=` drop-in is.
  { path: /^\/etc\/chrony\/sources\.d\/[\w.@-]+\.sources$/, line: /^(server|pool|peer)\s+[\w.:-]+(\s+[\w.-]+)*$/ },
  // Round 29 (s29): apt's settings folder (apt.conf(5)), with only the periodic jobs on (apt's apt.systemd.daily:
  // `APT::Periodic::Update-Package-Lists "1"`, `Unattended-Upgrade "1"`; a `"0"` there switches security updates off), their
  // intervals and plain download or install options. Not `DPkg::Pre-Invoke|Post-Invoke` (commands), `APT::Get::
  // AllowUnauthenticated`, `Acquire::AllowInsecureRepositories` or `Acquire::*::Verify-Peer` (verification off), proxies,
  // nor unattended-upgrades' own keys (`Automatic-Reboot` restarts the machine).
  { path: /^\/etc\/apt\/apt\.conf\.d\/[\w.@-]+$/, line: APT_PLAIN_SETTING },
  // Round 29 (s29): fail2ban's jail drop-ins (jail.conf(5): `[JAIL]` sections, `jail.d/*.conf|*.local`) that switch a jail on
  // or set its counts and times: protection added or tuned. Not `enabled = false`, `ignoreip` (addresses never banned),
  // `action` (what a ban runs).
  { path: /^\/etc\/fail2ban\/jail\.d\/[\w.@-]+\.(conf|local)$/, line: /^\[[\w.-]+\]$|^enabled\s*=\s*true$|^(maxretry|bantime|findtime|bantime\.increment|bantime\.factor|bantime\.maxtime|bantime\.rndtime)\s*=\s*[\w.]+$|^(port|backend|filter|mode|logpath)\s*=\s*[\w.,/*%()-]+$/ },
  // Round 29 (s29): audit rules (auditctl(8)) that only add watches (`-w PATH -p wa -k KEY`) or always-audit syscall rules:
  // more is recorded. Not `-D` (every rule deleted), `-e 0`, `never` rules (what they match is no longer recorded).
  // Round 30 (x30): an apt pin (apt_preferences(5)) that ranks one outside origin below the default 500 (`Pin: origin
  // apt.grafana.com`, `Pin-Priority: 100`): that repository's packages are installed only when asked for. Not a priority of
  // 500 or more (it may replace or downgrade the distribution's packages), not 0 or below (blocked), not a pin of a release
  // or of the distribution's own hosts (Debian's, Ubuntu's: security updates held back).
  { path: /^\/etc\/apt\/preferences\.d\/[\w.@-]+$/, text: (t) => lines(t).every((l) => /^(Explanation:.*|Package:\s*[\w.*+:-]+(\s+[\w.*+:-]+)*|Pin-Priority:\s*([1-9]|[1-9]\d|[1-4]\d\d))$/.test(l) || (/^Pin:\s*origin\s+"?[\w.-]+"?$/.test(l) && !/(debian|ubuntu|canonical)\.(org|com|net)"?$/i.test(l))) && lines(t).some((l) => l.startsWith('Pin:')) },
  // Round 30 (x30, the lead's answer 290): a pam_limits drop-in (limits.conf(5): `DOMAIN TYPE ITEM VALUE`, read from
  // /etc/security/limits.d/*.conf) whose every line only raises a limit (RAISED_LIMIT). Not a lowered limit, `maxlogins`,
  // `priority`, `rtprio`, `nice` or `core`, nor limits.conf itself (answer 149).
  { path: /^\/etc\/security\/limits\.d\/[\w.@-]+\.conf$/, text: (t) => lines(t).every(raisesLimit) },
  // Round 38 (sh38, the lead's answer 329.3): an rsyslog drop-in (rsyslog.conf(5), `/etc/rsyslog.d/*.conf`) is the
  // operator's log pipeline: a new one that only writes messages to a file under /var/log or forwards them is a write.
  // `$programname` there is rsyslog's message property, not the shell's (RSYSLOG_PROPERTY).
  { path: /^\/etc\/rsyslog\.d\/[\w.@-]+\.conf$/, text: rsyslogKeepsLogs, properties: RSYSLOG_PROPERTY },
  { path: /^\/etc\/audit\/rules\.d\/[\w.@-]+\.rules$/, line: /^-w\s+\/\S+(\s+-p\s+[rwxa]+)?(\s+-k\s+[\w-]+)?$|^-a\s+(always,exit|exit,always)(\s+-[FSCk]\s+\S+)+$/ },
];
/**
 * The limits a pam_limits line may raise, each with the least value that raises it on every common distribution (the
 * kernel's defaults: 1024 soft and 4096 hard open files, 8 MiB of stack and locked memory; RHEL's own `20-nproc.conf` holds
 * processes at 4096; the POSIX message queue's 819200 bytes): at or above it, or `unlimited`, nothing is held tighter.
 */
const RAISED_LIMIT: ReadonlyMap<string, number> = new Map([['nofile', 4096], ['nproc', 4096], ['memlock', 8192], ['stack', 8192], ['msgqueue', 819200], ['sigpending', 4096]]);
// Open files cannot be unlimited nor above the kernel's `fs.nr_open` (1048576 by default): pam_limits then fails to set the
// limit and the log-in is refused.
const MOST_OPEN_FILES = 1048576;
function raisesLimit(line: string): boolean {
  const m = /^(\*|[%@]?[\w.-]+|\d+:\d*|:\d+)\s+(soft|hard|-)\s+([a-z]+)\s+(\S+)$/.exec(line);
  const least = m ? RAISED_LIMIT.get(m[3]!) : undefined;
  if (m === null || least === undefined) return false;
  if (m[3] === 'nofile') return /^\d+$/.test(m[4]!) && Number(m[4]) >= least && Number(m[4]) <= MOST_OPEN_FILES;
  return /^(unlimited|infinity|-1)$/.test(m[4]!) || (/^\d+$/.test(m[4]!) && Number(m[4]) >= least);
}
/**
 * Kernel modules a server cannot boot or be reached without (round 30, x30): network drivers of common servers, clouds and
 * hypervisors, disk controllers and block devices, the root filesystems and device-mapper or RAID layers. Blacklisted
 * (modprobe.d(5)), the next boot comes up without network or without its disks.
 */
const HOST_NEEDS_DRIVER = /^(e1000e?|igbv?f?|igc|ixgbe(vf)?|i40e|iavf|ice|bnxt_en|tg3|bnx2x?|r816[89]|mlx[45]_(core|en)|virtio_(net|blk|scsi|pci)|vmxnet3|ena|gve|hv_(netvsc|storvsc|vmbus)|xen_(netfront|blkfront)|sfc|qede|cxgb4|be2net|ahci|libahci|nvme(_core)?|megaraid_sas|mpt3sas|mptsas|hpsa|smartpqi|aacraid|sd_mod|vmw_pvscsi|ext4|xfs|btrfs|dm_(mod|crypt)|md_mod|raid(1|10|456))$/;
function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith(';'));
}
export function plainTextDropIn(path: string, text: string | null | undefined): boolean {
  if (text === null || text === undefined || text.includes('`') || lines(text).length === 0 || /\/\.\.?(\/|$)/.test(path)) return false;
  const row = TEXT_DROP_INS.find((r) => r.path.test(path));
  if (!row) return false;
  // A `$` is the file's own syntax only where the row names what may follow it (rsyslog's properties); anywhere else it
  // may be a variable a shell left unexpanded.
  if (text.replace(row.properties ?? /(?!)/g, '').includes('$')) return false;
  return row.text ? row.text(text) : lines(text).every((l) => row.line!.test(l));
}

/**
 * One named apt source in `/etc/apt/sources.list.d/` (`nodesource.list`, deb822 `docker.sources`): removing it stops
 * apt from using that repository, undone by writing it again (the lead's decision, round 16). Not a glob, the folder or
 * the main `/etc/apt/sources.list`.
 */
const APT_SOURCE_DROP_IN = /^\/etc\/apt\/sources\.list\.d\/[\w.+-]+\.(list|sources)$/;
/**
 * The distribution's own sources, which moved into the drop-in folder in deb822 form (Ubuntu 24.04's `ubuntu.sources`,
 * Debian 13's `debian.sources`; Linux Mint's `official-package-repositories.list`, Pop!_OS's `system.sources`): the
 * main archive and its security updates, the part `sources.list` held (round 31, s31). Removing it is not one outside
 * repository gone.
 */
const DISTRIBUTION_SOURCES = /\/(ubuntu|debian|system)\.sources$|\/official-package-repositories\.list$/;
/** The distribution's own apt sources: the main `/etc/apt/sources.list` or its deb822 drop-in (DISTRIBUTION_SOURCES). */
export function isDistributionAptSources(abs: string): boolean {
  return abs === '/etc/apt/sources.list' || (APT_SOURCE_DROP_IN.test(abs) && DISTRIBUTION_SOURCES.test(abs));
}
export function isAptSourceDropIn(abs: string): boolean {
  return APT_SOURCE_DROP_IN.test(abs) && !DISTRIBUTION_SOURCES.test(abs);
}

/**
 * One repository's signing key put in apt's own keyring folders (`/etc/apt/keyrings/docker.asc`, `/usr/share/keyrings/
 * nodesource.gpg`): apt trusts it only for the sources that name it with `signed-by=` (sources.list(5); Debian's
 * "UseThirdParty": "the key MUST NOT be placed in /etc/apt/trusted.gpg.d"), so it widens nothing by itself and is replaced by
 * fetching it again (round 29, s29). Not `trusted.gpg.d` or `trusted.gpg` (trusted for every source), not the
 * distribution's own archive keyrings (`ubuntu-archive-keyring.gpg`), not a glob or the folder.
 */
const APT_SIGNED_BY_KEYRING = /^\/(etc\/apt\/keyrings|usr\/share\/keyrings)\/(?![\w.+-]*archive-(removed-)?keys?(ring)?\.)[\w+-][\w.+-]*\.(gpg|asc)$/;
export function isAptSignedByKeyring(abs: string): boolean {
  return APT_SIGNED_BY_KEYRING.test(abs);
}

/**
 * Kernel settings whose 0 switches a hardening off (the kernel's admin-guide/sysctl kernel.rst and fs.rst): address-space
 * randomisation, the Yama ptrace restriction, kernel pointer and dmesg restrictions, the protected links, FIFOs and
 * regular files, and the unprivileged BPF lock. As `sysctl key=value` takes them (dots or slashes). Round 30 (x30): the
 * network stack's spoofing protections too (ip-sysctl.rst): reverse-path filtering and SYN cookies off (`0`), ICMP
 * redirects and source-routed packets accepted (`1`).
 */
export const KERNEL_HARDENING_OFF = /^\s*kernel[./](randomize_va_space|yama[./]ptrace_scope|kptr_restrict|dmesg_restrict|unprivileged_bpf_disabled)\s*=\s*0\s*$|^\s*fs[./]protected_(symlinks|hardlinks|fifos|regular)\s*=\s*0\s*$|^\s*net[./]ipv4[./](conf[./][\w.-]+[./]rp_filter|tcp_syncookies)\s*=\s*0\s*$|^\s*net[./]ipv[46][./]conf[./][\w.-]+[./](accept_redirects|accept_source_route)\s*=\s*1\s*$/m;
/**
 * Kernel files whose write is an action that loses nothing (proc(5)): `/proc/sys/vm/drop_caches` frees clean page,
 * dentry and inode caches ("a non-destructive operation"; dirty objects are not freed), `compact_memory` defragments
 * free memory. The other files under `/proc/sys` are settings and stay system files. Round 39 (bld39): a SCSI host's
 * `scan` (`echo '- - -' > /sys/class/scsi_host/host2/scan`) looks for new LUNs and a device's `rescan` re-reads its size
 * (the kernel's scsi documentation): nothing is removed (a device's `delete` is, and stays a system file).
 */
const KERNEL_HOUSEKEEPING = /^\/proc\/sys\/vm\/(drop_caches|compact_memory)$|^\/sys\/class\/scsi_host\/host\d+\/scan$|^\/sys\/(block\/[a-z]+\/device|class\/scsi_device\/[\d:]+\/device)\/rescan$/;
export function isKernelHousekeepingFile(abs: string): boolean {
  return KERNEL_HOUSEKEEPING.test(abs);
}

/**
 * The distribution's default site as enabled by its web server package: the link `/etc/nginx/sites-enabled/default`
 * (Debian's nginx) or `/etc/apache2/sites-enabled/000-default.conf` (`a2dissite 000-default` removes the same link).
 * Removing the link disables the placeholder site; its file stays in `sites-available`. Any other site is a live one.
 */
const DEFAULT_SITE_LINK = /^\/etc\/(nginx\/sites-enabled\/default|apache2\/sites-enabled\/000-default\.conf)$/;
export function isDefaultSiteLink(abs: string): boolean {
  return DEFAULT_SITE_LINK.test(abs);
}

/**
 * Files whose removal releases a hold and holds no data (round 28, s28): `/etc/nologin` and `/run/nologin`, which
 * `shutdown` and maintenance scripts write to refuse logins (nologin(5): "If the file /etc/nologin exists … non-root
 * users" are refused), and the package managers' lock files left by a killed run (pacman's `db.lck`, dpkg's `lock` and
 * `lock-frontend`, apt's list and archive locks, rpm's `.rpm.lock`). The file itself only; not a glob or the folder.
 */
const RELEASED_HOLD = /^\/((etc|run|var\/run)\/nologin|var\/lib\/pacman\/db\.lck|var\/lib\/dpkg\/lock(-frontend)?|var\/lib\/apt\/lists\/lock|var\/cache\/apt\/archives\/lock|var\/lib\/rpm\/\.rpm\.lock)$/;
export function isReleasedHoldFile(abs: string): boolean {
  return RELEASED_HOLD.test(abs);
}
/**
 * Of RELEASED_HOLD, the package managers' lock files: the lead's answer 343.1 (round 32) reads one removed unguarded as
 * destructive (a running apt, dpkg or pacman then writes its database beside another), and one removed only after
 * `fuser LOCK ||` showed no process holds it as released.
 */
const PACKAGE_LOCK = /^\/var\/(lib\/pacman\/db\.lck|lib\/dpkg\/lock(-frontend)?|lib\/apt\/lists\/lock|cache\/apt\/archives\/lock|lib\/rpm\/\.rpm\.lock)$/;
export function isPackageLockFile(abs: string): boolean {
  return PACKAGE_LOCK.test(abs);
}

/**
 * One program directly in the local prefix's program folders (`/usr/local/bin/kubectl`, `/usr/local/sbin/x`): the
 * administrator's own installs, outside every package (hier(7): "/usr/local: ... for programs ... local to the site"). One
 * put in place (`install`, `cp`, `ln -s`) or removed by name is a program installed or uninstalled, which the lead's answer
 * 79 counts as a write (no service, no configuration). Not a name that shadows a shell or a privilege program earlier on
 * the PATH (`sudo`, `su`, `ssh`, `sh`, `bash`, ...), not a glob, not the folder.
 */
const LOCAL_PROGRAM = /^\/usr\/local\/s?bin\/(?!(sudo|su|doas|pkexec|sh|bash|dash|zsh|fish|ksh|ssh|sshd|scp|login|passwd|chsh|env|ls|cp|mv|rm|cat|id|ps|git)$)[\w.+-]+$/;
export function isLocalProgram(abs: string): boolean {
  return LOCAL_PROGRAM.test(abs);
}

/**
 * One manual page of the local prefix (`/usr/local/share/man/man1/mytool.1`, `.gz` too; hier(7)'s `/usr/local/share/man`
 * and the older `/usr/local/man`), put in place or removed by name with its program: documentation `mandb` indexes again,
 * read by nothing else (round 31, s31). Not a glob or a section folder.
 */
const LOCAL_MANUAL_PAGE = /^\/usr\/local\/(share\/)?man\/man[1-9n][a-z]*\/[\w+-][\w.+-]*\.[1-9n][a-z]*(\.(gz|bz2|xz|zst))?$/;
export function isLocalManualPage(abs: string): boolean {
  return LOCAL_MANUAL_PAGE.test(abs);
}

export function isSystemOrCredentialFile(abs: string, home: string | undefined): boolean {
  return SYSTEM_FILE.test(abs) || CREDENTIAL_DIR.test(abs) || isHomeConfigFile(abs, home) || (isWindowsPath(abs) && (isWindowsSystemPath(abs) || WINDOWS_DEVICE.test(abs) || windowsHomeDotfile(abs, home)));
}
