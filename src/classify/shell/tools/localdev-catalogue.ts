import type { ServiceTool } from './catalogue-shape.ts';

/**
 * Round 40 (sh40): catalogue entries for the local development environments a developer's agent drives on its own
 * machine: DDEV, Lando, Laravel Sail, Warden and the Dev Container CLI. Each runs a project's containers on this machine
 * for local development only (each tool's own description), so their lifecycle reads as local containers do (the lead's
 * answer 73): stopped, powered off, or removed with their data kept (a snapshot taken first, a rebuild that keeps the
 * volumes) is a write; removed with their volumes, or the snapshots deleted, is data lost (volumes and snapshots are data
 * whatever they are named: 330.1). A database imported or a snapshot restored there replaces the project's local copy,
 * which is how `ddev drush sql-drop` and `lando wp db reset` are already read (cms-commands.ts `localDevWrapper`, round 38).
 * `ddev exec`, `lando ssh -c` and `devcontainer exec` run a command in the project's container, where the project folder
 * is mounted: the line is judged as the same line here. What no rule names falls back to the generic reading (fail closed).
 * Data in the shape of service-catalogue.ts's ServiceTool (spread there).
 */

type Tool = ServiceTool;

/** An option (or a bundle of one-letter options, getopt's way) among `names`/`letters`. */
function hasOption(args: ReadonlyArray<string | null>, names: readonly string[], letters = ''): boolean {
  return args.some((a) => a !== null && (names.includes(a) || names.some((n) => n.startsWith('--') && a.startsWith(`${n}=`) && !/=(false|0)$/i.test(a)) || (letters !== '' && /^-[A-Za-z]+$/.test(a) && [...letters].some((l) => a.slice(1).includes(l)))));
}

const DDEV: Tool = {
  // DDEV's command reference (ddev.readthedocs.io "Commands"): `delete` takes a snapshot of the database first unless
  // `--omit-snapshot` (`-O`); `stop --remove-data` (`-R`) deletes the database volume; `clean` and `snapshot --cleanup`
  // delete snapshots; `import-db` replaces the project's database, `snapshot restore` returns it to a snapshot.
  names: ['ddev'],
  valued: ['--file', '-f', '--database', '-d', '--dir', '-s', '--service', '--name', '-n', '--project-type', '--docroot', '--target-db', '--extract-path', '--source', '--src', '--target'],
  dryRun: ['--dry-run'],
  remote: { sub: /^exec$/, valued: ['-s', '--service', '-d', '--dir'], where: "the project's web container (the project folder mounted)" },
  rules: [
    { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
    { sub: /^(describe|desc|status|st|list|ls|logs|log|version|help|aliases|debug (test|configyaml|dockercheck|nfsmount|compose-config|router-config|get-volume-db-version|match-constraint))( |$)/, effect: 'read', what: "shows the project's containers, settings or logs" },
    { sub: /^snapshot$/, args: (a) => hasOption(a, ['--list'], 'l') && !hasOption(a, ['--cleanup'], 'C'), effect: 'read', what: "lists the project's snapshots" },
    { sub: /^(delete|rm)( |$)/, args: (a) => hasOption(a, ['--omit-snapshot'], 'O'), effect: 'destroy', what: "removes the project's containers and its database without the snapshot DDEV takes first by default" },
    { sub: /^stop( |$)/, args: (a) => hasOption(a, ['--remove-data'], 'R'), effect: 'destroy', what: "stops the project and deletes its database volume" },
    { sub: /^(clean)( |$)/, effect: 'destroy', what: 'deletes the snapshots (and images) DDEV made' },
    { sub: /^snapshot( |$)/, args: (a) => hasOption(a, ['--cleanup'], 'C'), effect: 'destroy', what: "deletes the project's database snapshots" },
    { sub: /^(delete|rm)( |$)/, effect: 'write', what: "removes the project's containers after taking a snapshot of its database, which `ddev snapshot restore` brings back" },
    { sub: /^(stop|poweroff|pause)( |$)/, effect: 'write', what: "stops the local containers; their volumes are kept and `ddev start` brings them back (answer 73)" },
    { sub: /^(import-db|snapshot restore)( |$)/, effect: 'write', what: "replaces the project's local database (its dev copy, as `ddev drush sql-drop` is read)" },
    { sub: /^(start|restart|config|get|add-on|snapshot|export-db|import-files|launch|mutagen|xhprof|xdebug|blackfire|service|auth|tableplus|sequelpro|querious|heidisql)( |$)/, effect: 'write', what: 'starts, configures, snapshots or exports the local project' },
  ],
  otherwise: 'fallback',
};

const LANDO: Tool = {
  // Lando's CLI (docs.lando.dev "CLI"): `destroy` removes the app's containers and volumes ("Destroys your app"), `rebuild`
  // "rebuilds your app from scratch, preserving data", `poweroff` stops every Lando container.
  names: ['lando'],
  valued: ['--service', '-s', '--user', '-u', '--command', '-c', '--host', '--format', '--path', '--filter'],
  remote: { sub: /^ssh$/, valued: ['--service', '-s', '--user', '-u'], where: "the app's container (the project folder mounted)", option: ['-c', '--command'] },
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { sub: /^(info|list|logs|version|config)( |$)/, effect: 'read', what: "shows the app's services, settings or logs" },
    { sub: /^destroy( |$)/, effect: 'destroy', what: "removes the app's containers and its volumes: its databases and files" },
    { sub: /^(stop|poweroff)( |$)/, effect: 'write', what: 'stops the local containers; their volumes are kept and `lando start` brings them back (answer 73)' },
    { sub: /^db-import( |$)/, effect: 'write', what: "replaces the app's local database (its dev copy, as `lando wp db reset` is read)" },
    { sub: /^(start|restart|rebuild|init|setup|update|db-export|plugin-add|plugin-login|plugin-logout)( |$)/, effect: 'write', what: 'starts, rebuilds (data kept) or exports the local app' },
  ],
  otherwise: 'fallback',
};

const SAIL: Tool = {
  // Laravel Sail (laravel.com/docs "Sail"): a wrapper over Docker Compose for Laravel's local development environment;
  // commands it does not know itself go to `docker compose`, so `sail down -v` removes the volumes as compose does.
  names: ['sail'],
  valued: ['-f', '--file', '-p', '--project-name', '--env-file', '-t', '--timeout', '--rmi'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { sub: /^(ps|logs|top|config|images|port|version|ls)( |$)/, effect: 'read', what: "shows the local containers, their settings or logs" },
    { sub: /^(down|rm)( |$)/, args: (a) => hasOption(a, ['--volumes'], 'v'), effect: 'destroy', what: "removes the local containers with their volumes: the databases' data" },
    { sub: /^(down|stop|kill|pause)( |$)/, effect: 'write', what: 'stops or removes the local containers; their volumes are kept (answer 73)' },
    { sub: /^(mysql|mariadb|psql|redis|valkey|shell|bash|root-shell|root-bash|tinker)( |$)/, effect: 'opaque', what: 'opens an interactive session in a container: what it will run is not shown' },
    { sub: /^(up|start|restart|build|pull|create|unpause|open|test|dusk|pest|pint|phpunit)( |$)/, effect: 'write', what: 'starts, builds or tests the local environment' },
  ],
  otherwise: 'fallback',
};

const WARDEN: Tool = {
  // Warden (docs.warden.dev "Usage"): `warden env` is Docker Compose for the project's environment, `warden svc` for
  // Warden's shared services; `warden db import` replaces the project's local database.
  names: ['warden'],
  valued: ['-f', '--file', '-p', '--project-name', '--rmi'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { sub: /^((env|svc) (ps|logs|top|config|images|port)|status|version|db connect)( |$)/, effect: 'read', what: "shows the environment's containers, settings or logs" },
    { sub: /^(env|svc) (down|rm)( |$)/, args: (a) => hasOption(a, ['--volumes'], 'v'), effect: 'destroy', what: "removes the environment's containers with their volumes: the databases' data" },
    { sub: /^(env|svc) (down|stop|kill|pause)( |$)/, effect: 'write', what: 'stops or removes the local containers; their volumes are kept (answer 73)' },
    { sub: /^db import( |$)/, effect: 'write', what: "replaces the project's local database (its dev copy)" },
    // Round 41 (atk41): `warden shell` opens a shell in the php-fpm container (`-c CMD` runs one there): not shown.
    { sub: /^shell( |$)/, effect: 'opaque', what: "opens a shell in the environment's container: what it runs is not judged" },
    { sub: /^((env|svc) (up|start|restart|build|pull|create|unpause)|env-init|sign-certificate|sync (start|stop|pause|resume|list|monitor|flush)|install|db dump|debug|blackfire|spx|redis|valkey|varnish)( |$)/, effect: 'write', what: 'starts, builds or syncs the local environment' },
  ],
  otherwise: 'fallback',
};

const DEVCONTAINER: Tool = {
  // The Dev Container CLI (containers.dev "Dev Container CLI", @devcontainers/cli): `up` creates and starts the container
  // (`--remove-existing-container` recreates it: the project folder is mounted, not kept in it), `exec` runs a command in it.
  names: ['devcontainer'],
  valued: ['--workspace-folder', '--config', '--id-label', '--container-id', '--docker-path', '--log-level', '--output-format', '--image-name', '--remote-env', '--mount'],
  remote: { sub: /^exec$/, valued: ['--workspace-folder', '--config', '--id-label', '--container-id', '--remote-env', '--docker-path', '--log-level'], where: 'the dev container (the project folder mounted)' },
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { sub: /^(read-configuration|outdated)( |$)/, effect: 'read', what: 'shows the dev container configuration' },
    { sub: /^(up|build|set-up|run-user-commands|upgrade|features|templates)( |$)/, effect: 'write', what: 'builds, starts or configures the local dev container' },
  ],
  otherwise: 'fallback',
};

export const LOCALDEV_TOOLS: readonly Tool[] = [DDEV, LANDO, SAIL, WARDEN, DEVCONTAINER];
