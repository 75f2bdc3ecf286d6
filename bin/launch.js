/**
 * The CLI's first module, plain JavaScript so that it runs before any TypeScript is loaded: it turns
 * on Node's compile cache (which also caches the type-stripped sources, the largest start-up cost),
 * then loads the one entry the command needs. `portcullis hook` (before every agent tool call) goes
 * to its light entry, which never loads the general CLI.
 *
 * Builtins come from `process.getBuiltinModule`: an `import` of a builtin builds its ESM facade,
 * which reads every export and so loads lazy ones (`node:module`'s facade is cheap, but the habit
 * matters on this path).
 */
const { mkdirSync, accessSync, constants } = process.getBuiltinModule('node:fs');
const { enableCompileCache } = process.getBuiltinModule('node:module');

/**
 * The cache lives inside the package (`node_modules/.cache/portcullis`), so it is exactly as
 * protected as the code it caches. SECURITY: never a shared folder such as /tmp: a cache entry is
 * code this process runs, so whoever can write the folder can change what the hook decides.
 * Each level is created without `recursive` (Node's recursive mkdir can spin forever when a
 * filesystem answers ENOENT for an existing parent, e.g. under /proc; a hook that hangs lets the
 * call through), and any failure just leaves the cache off.
 */
function compileCache() {
  try {
    const root = new URL('../node_modules/', import.meta.url).pathname;
    for (const dir of [root, `${root}.cache`, `${root}.cache/portcullis`]) {
      try {
        mkdirSync(dir);
      } catch (err) {
        if (err?.code !== 'EEXIST') return;
      }
    }
    const dir = `${root}.cache/portcullis`;
    accessSync(dir, constants.W_OK);
    enableCompileCache(dir);
  } catch {
    // A read-only install runs without the cache: slower, never a failure.
  }
}

const args = process.argv.slice(2);
const isHook = args[0] === 'hook' && args.length > 1 && !['install', '--help', '-h'].includes(args[1]);
if (isHook && args.some((a) => a === '--socket' || a.startsWith('--socket='))) {
  // D7: the socket client is one CommonJS file with no module graph (and needs no compile cache).
  process.getBuiltinModule('node:module').createRequire(import.meta.url)('./portcullis-hook.cjs').main(args.slice(1));
} else if (isHook) {
  compileCache();
  try {
    const { hookMain } = await import('../src/cli/hook-main.ts');
    process.exitCode = await hookMain(args.slice(1));
  } catch (err) {
    // SECURITY (F1): a hook that cannot even load blocks the call (exit 2), it never exits 1.
    process.stderr.write(`Portcullis denies this call: the hook failed to start (${err instanceof Error ? err.message : String(err)})\n`);
    process.exitCode = 2;
  }
} else {
  compileCache();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(args);
}
