import type { Invocation } from '../invocation.ts';
import { literalWord } from '../words.ts';
import { pathEffect } from './filesystem.ts';

/**
 * Settings that move a package tool's cache folder, as each tool's reference names them: `go env -w` (GOMODCACHE,
 * GOCACHE, GOPATH, whose `pkg/mod` is the module cache), `npm|pnpm|yarn config set` (`cache`, `store-dir`,
 * `cache-folder`, `cacheFolder`), `pip config set *.cache-dir`, `poetry config cache-dir`, `composer config cache-dir`.
 *
 * Two things follow from such a setting. Later in the same input, the tool's answer to "where is your cache" is no
 * longer its documented default (the scope variable set here makes `cacheFolderIsDefault` in walk.ts say no). And the
 * tool's own cache commands (`go clean -modcache`, `npm cache clean`, `pip cache purge`) delete that folder from then
 * on, in any later action: pointing the cache at a folder that matters (the home folder, a system folder, the
 * repository) is destructive now, because the deletion that follows will look like a routine cache clean.
 */
const CACHE_KEYS: ReadonlyArray<{ tool: RegExp; sub: string[]; key: RegExp; variable: (key: string) => string }> = [
  { tool: /^go$/, sub: ['env'], key: /^(GOMODCACHE|GOCACHE|GOPATH)$/, variable: (k) => k },
  // `npm set` is `npm config set` (npm-config: "npm set <key>=<value>" is an alias); so is pnpm's.
  { tool: /^(npm|pnpm)$/, sub: ['set'], key: /^(cache|store-dir|cache-folder|globalFolder)$/, variable: (k) => `npm_config_${k.replace(/-/g, '_')}` },
  { tool: /^(npm|pnpm|yarn)$/, sub: ['config', 'set'], key: /^(cache|store-dir|cache-folder|cacheFolder|globalFolder)$/, variable: (k) => `npm_config_${k.replace(/-/g, '_')}` },
  { tool: /^pip3?$/, sub: ['config', 'set'], key: /^[\w-]+\.cache-dir$/, variable: () => 'PIP_CACHE_DIR' },
  { tool: /^poetry$/, sub: ['config'], key: /^cache-dir$/, variable: () => 'POETRY_CACHE_DIR' },
  { tool: /^composer$/, sub: ['config'], key: /^cache-dir$/, variable: () => 'COMPOSER_CACHE_DIR' },
];

/** `pos`: the operands after options. Notes a moved cache folder and judges where it now points. */
export function cacheSetting(inv: Invocation, pos: readonly string[]): void {
  for (const rule of CACHE_KEYS) {
    if (!rule.tool.test(inv.name) || !rule.sub.every((s, i) => pos[i] === s)) continue;
    const rest = pos.slice(rule.sub.length);
    // `KEY=VALUE` (go env -w, npm config set cache=DIR) or `KEY VALUE`.
    const pairs: Array<[string, string]> = rest.some((w) => w.includes('=')) ? rest.filter((w) => w.includes('=')).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]) : rest.length >= 2 ? [[rest[0]!, rest[1]!]] : [];
    if (inv.name === 'go' && !inv.args.some((a) => a.value === '-w')) return;
    for (const [key, value] of pairs) {
      if (!rule.key.test(key)) continue;
      inv.scope.vars.set(rule.variable(key), value === '?' ? null : value);
      // GOPATH names the folder above the cache (`pkg/mod`), not the cache; a value not fixed in the input is only noted.
      if (key === 'GOPATH' || value === '?') continue;
      const folder = pathEffect(inv, literalWord(value, inv.span.start, inv.span.end));
      if (notACachePlace(inv, folder)) {
        inv.env.b.verb('write').destroy('cache_folder_moved', `\`${inv.name}\` makes \`${folder.path}\` its cache folder, which the tool's own cache clean deletes`, inv.span);
      }
    }
  }
}

/**
 * A folder that is plainly a cache's, by its path: a temporary folder, or one whose path names a cache (`~/.cache/gomod`,
 * `/var/cache/pip-ci`, `/mnt/ci-cache/go`, `.gocache`) or a tool's store (`gomod`, `go-build`, `pkg/mod`, `npm`, `pip`,
 * `pnpm-store`, `yarn`). Any other folder may exist and hold other things (`~/work/data`, `/etc/ssh`, `~/.config/gcloud`,
 * the repository's `src`): which this input cannot tell, and the tool's cache clean would delete it, so it is destructive.
 */
// A folder name that ends in `cache` (`.cache`, `ci-cache`, `.gocache`), not one that only holds the word (`cache-service`,
// `cachetools`: projects), or is exactly a tool's store (`npm`, `.pip`; not `pip-tools`, a project's name).
const CACHE_PLACE = /(^|\/)(\.?[\w.-]*cache|caches|\.?gomod|go-build|pkg\/mod|\.?(npm|pip|pnpm|yarn|poetry|composer)|\.?pnpm-store|tmp|temp)(\/|$)/i;

/** A folder that a cache clean must not empty: a control-plane or system folder that holds other things, or one not plainly a cache's. */
function notACachePlace(inv: Invocation, folder: { cls: string; path: string }): boolean {
  return folder.cls === 'control_plane' || (folder.cls === 'critical' && holdsOtherThings(folder.path, inv.scope.home, inv.scope.workspace)) || !madeForACache(folder.path);
}

function madeForACache(path: string): boolean {
  return CACHE_PLACE.test(path) || /^\/(tmp|var\/tmp)(\/|$)/.test(path);
}

/**
 * A folder that surely holds other things than a new cache: `/` and a top-level folder (`/etc`, `/var`, `/opt`), the home
 * folder, one directly in it (`~/projects`, `~/Documents`), the workspace and the folders above it. A new folder deeper
 * down (`/var/cache/gomod`, `/opt/gomod`) is where caches are put on purpose.
 */
function holdsOtherThings(path: string, home: string | undefined, workspace: string | undefined): boolean {
  const p = path.replace(/\/+$/, '') || '/';
  const above = (dir: string | undefined) => dir !== undefined && (dir === p || dir.startsWith(`${p}/`));
  const inHome = home !== undefined && p.startsWith(`${home.replace(/\/+$/, '')}/`) && !p.slice(home.replace(/\/+$/, '').length + 1).includes('/');
  return p.split('/').filter(Boolean).length <= 1 || above(home) || inHome || above(workspace);
}

/**
 * The variable each tool's cache clean reads its folder from (go help environment: GOMODCACHE, GOCACHE, and GOPATH's
 * `pkg/mod`; npm-config "cache" as `npm_config_cache`; yarn's YARN_CACHE_FOLDER; pip's PIP_CACHE_DIR; poetry's
 * POETRY_CACHE_DIR; composer's COMPOSER_CACHE_DIR), and the subcommand that empties it.
 */
const CACHE_CLEANS: ReadonlyArray<{ tool: RegExp; sub: RegExp; flag?: string; variables: string[] }> = [
  { tool: /^go$/, sub: /^clean$/, flag: '-modcache', variables: ['GOMODCACHE', 'GOPATH'] },
  { tool: /^go$/, sub: /^clean$/, flag: '-cache', variables: ['GOCACHE'] },
  { tool: /^(npm|pnpm)$/, sub: /^cache$/, variables: ['npm_config_cache', 'NPM_CONFIG_CACHE'] },
  { tool: /^yarn$/, sub: /^cache$/, variables: ['YARN_CACHE_FOLDER', 'npm_config_cache_folder'] },
  { tool: /^pip3?$/, sub: /^cache$/, variables: ['PIP_CACHE_DIR'] },
  { tool: /^poetry$/, sub: /^cache$/, variables: ['POETRY_CACHE_DIR'] },
  { tool: /^composer$/, sub: /^(clear-cache|clearcache|cc)$/, variables: ['COMPOSER_CACHE_DIR'] },
];

/**
 * A cache clean run with its folder set in the input (`GOMODCACHE=~/work/data go clean -modcache`, `export
 * PIP_CACHE_DIR=…; pip cache purge`): it empties that folder, judged as the setting is (a folder not plainly a cache's
 * is destructive; one not fixed in the input unknown). `pos`: the operands after options.
 */
export function cacheCleanOfSetFolder(inv: Invocation, pos: readonly string[]): void {
  const rule = CACHE_CLEANS.find((r) => r.tool.test(inv.name) && r.sub.test(pos[0] ?? '') && (r.flag === undefined ? /^(clean|purge|clear|remove|rm|prune)$/.test(pos[1] ?? '') : inv.args.some((a) => a.value === r.flag)));
  if (!rule) return;
  for (const key of rule.variables) {
    const value = inv.assignments.has(key) ? inv.assignments.get(key) : inv.scope.vars.get(key);
    if (value === undefined) continue;
    if (value === null) {
      inv.env.b.verb('delete').opaque('cache_folder_dynamic', `\`${inv.name}\` empties the cache folder \`${key}\` names, which is not fixed in the input`, inv.span);
      return;
    }
    const folder = pathEffect(inv, literalWord(key === 'GOPATH' ? `${value.replace(/\/+$/, '')}/pkg/mod` : value, inv.span.start, inv.span.end));
    if (notACachePlace(inv, folder)) {
      inv.env.b.verb('delete').destroy('cache_folder_cleaned', `\`${inv.name}\` empties \`${folder.path}\` (its cache folder, set by \`${key}\`), which is not plainly a cache's`, inv.span);
    }
    return;
  }
}
