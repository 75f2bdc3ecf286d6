/**
 * The "may import" table of ARCHITECTURE.md, enforced in `npm test`.
 * Modules are folders under src/; tests may import anything.
 */
const m = (name) => `^src/${name}/`;
const notTest = '\\.test\\.ts$';

/** `from` may import only the modules in `allowed` (plus itself and npm packages). */
function only(from, allowed) {
  const others = ['core', 'classify', 'policy', 'approvals', 'audit', 'brakes', 'store', 'gateway', 'adapters', 'ui', 'sdk', 'config', 'cli', 'runtime', 'identity', 'notify', 'control', 'os', 'host']
    .filter((x) => x !== from && !allowed.includes(x));
  return {
    name: `${from}-may-not-import`,
    severity: 'error',
    comment: `${from} may import only: ${allowed.join(', ') || 'nothing internal'}`,
    from: { path: m(from), pathNot: notTest },
    to: { path: `^src/(${others.join('|')})/` },
  };
}

module.exports = {
  forbidden: [
    only('core', []),
    only('classify', ['core']),
    only('policy', ['core']),
    only('audit', ['core', 'store']),
    only('approvals', ['core', 'store', 'audit']),
    only('brakes', ['core', 'store', 'audit']),
    only('identity', ['core', 'store', 'audit']),
    only('gateway', ['core', 'classify', 'policy', 'approvals', 'audit', 'brakes', 'store']),
    // control: the human door. It works over the domain services; it never sees a protocol or a backend.
    only('control', ['core', 'approvals', 'audit', 'brakes', 'identity', 'notify', 'store']),
    // adapters translate protocols for the two doors: gateway (agents) and control (humans)
    only('adapters', ['gateway', 'control', 'core', 'ui']),
    only('ui', ['core']),
    only('sdk', ['core']),
    only('config', ['core']),
    only('notify', ['core']),
    // os: the OS behind the pure modules' ports (the gateway's path resolver and input reader, exec's
    // input guard: types from gateway and adapters), Unix users and file modes (checked against a config),
    // and the files config/ and policy/ parse but never read (the config file, the Cedar files)
    only('os', ['core', 'gateway', 'adapters', 'config', 'policy']),
    // runtime builds the remote AgentGate on the SDK's client and Transport (one client of the decision
    // API) and plugs os/'s readers and clock into the domain modules
    only('runtime', ['core', 'classify', 'policy', 'approvals', 'audit', 'brakes', 'store', 'gateway', 'adapters', 'config', 'identity', 'notify', 'control', 'sdk', 'os']),
    // host: the daemon (agent sockets: adapters/http and hooks over a runtime), setup --system, store
    // migrate (a store copy proved by audit's verify)
    only('host', ['core', 'config', 'runtime', 'os', 'adapters', 'audit', 'store']),
    // cli prints the control plane's view models as its --json (one schema with the API): types from
    // control; it drives the adapters a command runs in-process (exec, the MCP proxy, hooks) and
    // imports each name from the module that owns it (runtime re-exports nothing)
    only('cli', ['runtime', 'host', 'os', 'config', 'core', 'sdk', 'control', 'gateway', 'audit', 'classify', 'adapters']),
    {
      name: 'store-backends-are-private',
      severity: 'error',
      comment: 'only runtime picks a store backend; domain modules use the store interfaces',
      from: { path: '^src/', pathNot: `^src/(store|runtime)/|${notTest}` },
      to: { path: '^src/store/(sqlite|postgres)/' },
    },
    {
      name: 'store-backends-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/store/sqlite/' },
      to: { path: '^src/store/postgres/' },
    },
    {
      name: 'store-backends-do-not-import-each-other-2',
      severity: 'error',
      from: { path: '^src/store/postgres/' },
      to: { path: '^src/store/sqlite/' },
    },
    {
      name: 'adapters-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/adapters/([^/]+)/', pathNot: notTest },
      to: { path: '^src/adapters/([^/]+)/', pathNot: '^src/adapters/$1/' },
    },
    {
      name: 'no-deep-imports-across-modules',
      severity: 'error',
      comment: "import another module through its index.ts only",
      from: { path: '^src/([^/]+)/', pathNot: notTest },
      // runtime/hook-entry.ts: the light entry of the composition root for `portcullis hook`, which
      // runs before every agent tool call and must not load Cedar, tree-sitter or SQLite up front;
      // sdk/transport.ts, sdk/client.ts and sdk/http-transport.ts: the remote agent gate on that light
      // path is the SDK's client and node transport, without its guards; os/agent-context.ts: where the
      // agent's action runs, without the file-system readers of os/index.ts; core/errors.ts: the one error type, which the SDK (browser-safe)
      // and that light path load alone; core/lease.ts: the one lease-renewal rule (L3), which the
      // SDK's guards share with exec and the MCP proxy (it imports nothing); core/command-line.ts: the judge of a
      // command line a tool runs unseen, which the hook's session check (light path) shares with the gateway's judge of
      // tools' configuration files (it imports nothing).
      to: { path: '^src/([^/]+)/.+', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$', '^src/store/(sqlite|postgres)/index\\.ts$', '^src/adapters/[^/]+/index\\.ts$', '^src/runtime/hook-entry\\.ts$', '^src/sdk/transport\\.ts$', '^src/sdk/client\\.ts$', '^src/sdk/http-transport\\.ts$', '^src/os/agent-context\\.ts$', '^src/core/errors\\.ts$', '^src/core/lease\\.ts$', '^src/core/command-line\\.ts$'] },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: 'node_modules' },
  },
};
