import { changeDirectory, noteWrite, shown, splitWords, writtenContent, type Invocation } from '../invocation.ts';
import { readsLesskey, type Target } from '../../../core/index.ts';
import { literalWord, type Vars, type Word } from '../words.ts';
import { removesOnlyMadeSnapshots } from '../made-snapshots.ts';
import { READS } from './read-commands.ts';
import { inPlaceRewrite, isInPlaceRewriter } from './in-place-rewriters.ts';
import { linesOf, MAX_STORED_LINES } from '../../stored-commands.ts';
import { aws, az, gcloud, genericCloud } from './cloud.ts';
import { ENV_NAMING_VARIABLE, heuristicEnvironment, resolveEnvironment, targetsLiveTier, tierOfEnvironment } from '../../environment.ts';
import { judgeDestroyNamedScript } from './named-scripts.ts';
import { afterOwnOptions, selfRemovedFromAdmins, clue, envTarget, envVar, expandShortBundles, hasFlag, inputFile, lastSwitch, optionValue, optionValues, positionals } from './common.ts';
import { dbAdmin, mongo, mysql, orm, ormTarget, ormWrite, prismaDbExecute, psql, redis, sqlite } from './data.ts';
import { bq, dbCli, dbCliSpec, mysqlsh } from './db-clis.ts';
import { onlineSchemaChange } from './online-schema-change.ts';
import { isCredentialFile, isUnderTemporaryRoot, normalizePath, resolvePath } from '../../paths.ts';
import { isInterpreterVariable } from '../tool-routing.ts';
import { isLocalDatabaseHost, namesDisposable, namesSharedCiResource, namesTestStack, SCRATCH_WORDS, TEST_STACK_DATA_LOSSES } from '../../test-data.ts';
import { cronJobSafeguard, namesSyncOrBackupAgent } from '../../kept-agents.ts';
import { chmodChown, copyMove, cronLineOfNoSafeguard, isMaintenanceSiteName, remoteSystemOverwrite, dd, ddFork, diskTool, fd, ffmpegOverwrite, fileTarget, find, fsckRepairsMounted, inPlaceEditor, passwordFileCreate, keyTool, landingPaths, unservedSiteLink, mountCovers, pytestBaseTemp, redirects, rm, rsync, sedInPlace, shred, simpleWrite, sshCopyId, sshKeygen, tar, tee, truncate, unlink, unmount } from './filesystem.ts';
import { patroniQuery } from './cloud-sql-shells.ts';
import { CONCOURSE_FLY, isConcourseFly } from './ci-catalogue.ts';
import { jarTool, SAFEGUARD_JOB, serviceCommand, serviceTool, windowsServiceTool } from './service-catalogue.ts';
import { SAFEGUARD_UNIT } from './guard-units.ts';
import { gh, git, glabApi } from './git.ts';
import { awscurl, curl, curlie, grpcurl, httpie, wget } from './http.ts';
import { cdk, helm, helmfile, kubectl, kubeSwitcher, namesScratchEnvironment, pulumi, terraform } from './infra.ts';
import { evalBuiltin, interpreter, interpreterSpec, osascript, runWritten, shell, SHELLS, source } from './shells.ts';
import { ansibleHostClues, isWrapper, unwrap } from './wrappers.ts';
import { shellWalker } from '../../windows/registry.ts';
import { inboundOpenWidens, isPrivilegedGroup, sessionOnServer } from '../../public-access.ts';
import { criticalNamedBy, judgeNamedScript, judgeUnknownProgram, productionNamedBy, type CriticalName } from './unknown.ts';
import { compoundVerb, envSafeguardOff, helpBeforeObjects, IN_FLIGHT_OPERATION_WORDS, inlineSqlOf, losingVerb, mayTakeValue, operandsBefore, readUnknownVerb, unknownLossSpared, type UnknownReading } from './unknown-verbs.ts';
import { appConsole } from './app-console.ts';
import { cmsSqlQuery, localDevWrapper, terminusRemote } from './cms-commands.ts';
import { CMS_TOOLS } from './cms-catalogue.ts';
import { firewallRestore } from './firewall-restore.ts';

import { cacheCleanOfSetFolder, cacheSetting } from './cache-settings.ts';
import { judgeControlPlaneNames } from './control-plane.ts';
import { readConfig } from '../../tool-config.ts';
import { commandOptions, commandStrings, consoleCommandInOption, consoleCommandsOnInput, makeRecipes, npmScriptSet, remoteSubcommandRun, runnerArgv, webTerminal } from './command-options.ts';
import { classifySqlInto } from '../../sql/sql.ts';
import { judgeSentPayload } from './raw-sockets.ts';
import { buildOutputWritten } from './build-output.ts';
import { holdsCredentials, isCredentialFileName, offMachineShare, remoteCopySources, secretFileWritten } from '../secret-sources.ts';
import { SECRET_NAME_WORD_SOURCE } from '../../credential-text.ts';
import { restartComesBack, type RestartWords } from '../../restarts.ts';
import { packageClientTlsOff } from './tls-verify.ts';
import { isotpSend } from './can-bus.ts';
import { isVehicleShellScript, px4Alias, PX4_ALIAS, vehicleShell } from './vehicle-shell.ts';

/** The CMS tools' program names (cms-catalogue.ts), for unseenMigration. */
const CMS_TOOL_NAMES = new Set(CMS_TOOLS.flatMap((t) => t.names));

/**
 * Routes one simple command to the analyser for its tool. A command we do not know is run as `exec`
 * with confidence `partial`; if one of its words is a destructive verb (`delete`, `destroy`, ...)
 * it is destructive too, so an unfamiliar cloud CLI is never waved through.
 */

type Handler = (inv: Invocation) => void;

/** kubectx, kubens and k9s read or switch the current context; the context they name is the environment. */
const KUBE_SWITCHERS = new Set(['kubectx', 'kubens', 'k9s']);
/** A volume named, in its last part, for installed dependencies or a cache (`shop_node_modules`, `bundle_cache`, `ci-cache`). */
const CACHE_VOLUME = /(^|[-_.])(node_modules|cache|caches)$/;

/** Bash builtins: `PATH` does not change what runs for them, and no library is loaded into them. */
export const SHELL_BUILTINS: ReadonlySet<string> = new Set(['cd', 'echo', 'printf', 'test', '[', 'export', 'unset', 'set', 'read', 'pwd', 'true', 'false', ':', 'type', 'hash', 'alias', 'unalias', 'local', 'declare', 'readonly', 'shift', 'exit', 'return', 'wait', 'jobs', 'let', 'trap', 'umask', 'ulimit']);

/** The scope mark that `history -c` emptied the shell's list in this input (read by a later `history -w`). */
const HISTORY_CLEARED = 'shell history cleared';

/**
 * `history -c` empties the shell's list and `history -w` writes the list over the history file: together (`history -cw`,
 * `history -c && history -w`) the file's record of what was run is lost, an agent hiding what it ran (the lead's answer
 * 107). Either alone is a read: the file keeps what it held.
 */
function historyCleared(inv: Invocation): void {
  const flags = inv.args.filter((a) => /^-[a-z]+$/.test(a.value ?? '')).map((a) => a.value!).join('');
  if (flags.includes('c')) inv.scope.vars.set(HISTORY_CLEARED, '1');
  // `history -w FILE` writes FILE instead: only the history file itself (or a file not fixed) is the record.
  const file = inv.args.find((a) => !(a.value ?? '').startsWith('-'));
  if (flags.includes('w') && inv.scope.vars.has(HISTORY_CLEARED) && (file === undefined || file.value === null || /(^|\/)\.?\w*_?history$/.test(file.value))) {
    inv.env.b.verb('write').destroy('shell_history_erased', '`history -c` then `history -w` writes an empty list over the shell\'s history file: the record of what was run is lost', inv.span);
  }
}


/** Schema migration tools (their non-reset commands are judged as platform CLIs, on their database's environment). */
const MIGRATION_TOOLS = new Set(['flyway', 'liquibase', 'dbmate', 'goose', 'migrate', 'sqitch', 'atlas', 'sqlx']);

/** Build tools and package managers: they run project code, which is not part of the action. */
const BUILDS = new Set(['rustup', 'make', 'cmake', 'ninja', 'gradle', 'gradlew', 'mvn', 'mvnw', 'ant', 'bazel', 'buck', 'sbt', 'lein', 'mix', 'rebar3', 'dotnet', 'msbuild', 'just', 'task', 'tox', 'nox', 'poetry', 'pipenv', 'uv', 'pdm', 'hatch', 'rye', 'conda', 'mamba', 'micromamba', 'cargo', 'rustc', 'go', 'gcc', 'g++', 'clang', 'javac', 'java', 'kotlin', 'swift', 'swiftc', 'npm', 'pnpm', 'yarn', 'composer', 'bundle', 'gem', 'pip', 'pip3', 'pipx', 'rake', 'turbo', 'nx', 'lerna', 'vite', 'webpack', 'rollup', 'esbuild', 'parcel', 'next', 'nuxt', 'expo', 'flutter', 'dart', 'deno', 'brew', 'apt', 'apt-get', 'dnf', 'yum', 'apk', 'pacman', 'zypper', 'snap', 'flatpak', 'port', 'nix', 'nix-env', 'vagrant', 'packer', 'ansible', 'ansible-playbook', 'ansible-galaxy', 'bower', 'lure', 'cpan', 'cpanm',
  // Toolchain and SDK managers (rvm, TeX Live's tlmgr, Android's sdkmanager, opam, luarocks, ghcup) and app-platform
  // project tools (Cordova, Ionic): removing a version, package, platform or plugin leaves it to be installed again.
  'rvm', 'tlmgr', 'sdkmanager', 'opam', 'luarocks', 'ghcup', 'cordova', 'ionic',
  // pkgz, one front end for the system's package managers (apt, brew, flatpak, snap, npm, pip …), and Solaris' pkgadd and
  // pkgrm: a package removed is installed again from its source.
  'pkgz', 'pkgadd', 'pkgrm',
  // Microsoft's make (`nmake`, the C++ build tools' program-maintenance utility) and Qt's parallel nmake (`jom`) run a
  // makefile's recipes as make does; vcpkg, the C++ package manager, installs and removes libraries it can build again.
  'nmake', 'jom', 'vcpkg',
  // virtualenv and virtualenvwrapper (round 29, t29): an environment made (`-p PYTHON` names the interpreter it copies) or
  // removed is made again from its packages, as `conda env remove` and `python -m venv` are.
  'virtualenv', 'mkvirtualenv', 'rmvirtualenv',
  'chef', 'puppet', 'salt', 'skaffold', 'tilt', 'ko', 'act', 'winget', 'choco', 'scoop',
  // Game engines' editors in batch mode: Unity (`-batchmode -executeMethod`, `-runTests`) and Godot (`--export-release`,
  // `--import`, `-s script.gd`) build, import and test the project with its own code.
  'Unity', 'unity', 'Unity.exe', 'unity-editor', 'godot', 'godot4', 'Godot', 'godot.exe',
  // coverage.py runs the project's tests (`coverage run -m pytest`) and writes or erases its own data file and reports
  // (`.coverage`, `htmlcov/`: coverage.py command reference), which the next run writes again.
  'coverage',
  // pre-commit and prek (its reimplementation, the same commands) run the hooks the committed `.pre-commit-config.yaml`
  // names; `install`/`uninstall` write or remove `.git/hooks/pre-commit`, which `install` writes again from that config
  // (the lead's answer 336.1, round 32: `pre-commit uninstall` is benign).
  'pre-commit', 'prek']);

/** Build tools' wrapper scripts, committed in the project, that download and run the tool (Gradle Wrapper, Maven Wrapper). */
const BUILD_LAUNCHERS = new Set(['gradlew', 'mvnw']);

/** Platform CLIs judged by the words of their operation. */
const CLOUDS = new Set(['doctl', 'fly', 'flyctl', 'heroku', 'vercel', 'netlify', 'firebase', 'supabase', 'railway', 'render', 'linode-cli', 'hcloud', 'oci', 'ibmcloud', 'aliyun', 'tccli', 'openstack', 'eksctl', 'kind', 'minikube', 'k3d', 'gsutil', 'bq', 'cf', 'scw', 'vultr-cli', 'exoscale', 'exo', 'upctl', 'civo', 'wrangler', 'cloudflared', 'sam', 'serverless', 'sls', 'sst', 'copilot', 'eb', 'amplify', 'dokku', 'kamal', 'ecs-cli', 'rclone', 's3cmd', 's5cmd', 'mc', 'azcopy', 'nomad', 'consul', 'vault', 'argocd', 'flux', 'istioctl', 'linkerd', 'velero', 'crossplane', 'cilium', 'kubeadm', 'etcdctl', 'gh-actions', 'glab', 'tea', 'hub', 'datadog-ci', 'stripe', 'twilio', 'auth0', 'okta', 'sf', 'sfdx', 'hs', 'sanity', 'm365', 'gam', 'a0deploy', 'contentful', 'zcli', 'acli', 'shopify', 'slack', 'pd', 'pscale', 'neonctl', 'neon', 'turso', 'planetscale', 'atlas', 'liquibase', 'flyway', 'sqitch', 'dbmate', 'goose', 'migrate', 'docker', 'docker-compose', 'podman', 'nerdctl', 'podman-compose', 'crictl', 'ctr', 'systemctl', 'service', 'launchctl', 'crontab', 'userdel', 'deluser', 'groupdel', 'delgroup', 'npm-unpublish', 'zfs', 'zpool', 'lvremove', 'vgremove', 'pvremove', 'lvm', 'virsh', 'qm', 'pct', 'multipass', 'lxc', 'incus']);

/**
 * An account in use switched off (a lock stops password logins, an expiry every login) or opened: usermod(8) `-L`/`--lock` and `-e 0|1` (expired since 1970), passwd(1)
 * `-l`/`--lock`, chage(1) `-E 0`, and passwd `-d`/`--delete`, which leaves the account with no password at all.
 * `chage -l`, `passwd -S` and unlocking (`-U`, `-u`) are not.
 */
function accountSwitchedOff(inv: Invocation): void {
  const flags = inv.args;
  const expired = (names: string[]) => /^(0|1|1970-01-0[12])$/.test(optionValue(inv.args, ...names) ?? '');
  if ((inv.name === 'usermod' && (hasFlag(flags, '-L', '--lock') || expired(['-e', '--expiredate']))) || (inv.name === 'passwd' && hasFlag(flags, '-l', '--lock')) || (inv.name === 'chage' && expired(['-E', '--expiredate']))) {
    inv.env.b.destroy('credential_off', `\`${inv.name}\` locks or expires an account: a credential in use switched off`, inv.span);
  }
  if (inv.name === 'passwd' && hasFlag(flags, '-d', '--delete')) inv.env.b.destroy('safeguard_off', '`passwd -d` deletes the password: the account may log in with none', inv.span);
  // usermod(8): `-G` without `-a` makes the list the user's only supplementary groups ("the user will be removed from
  // any other group"): sudo, wheel or the rights the other groups gave are gone.
  const values = flags.map((a) => a.value ?? '');
  const groups = values.some((v) => /^-[a-zA-Z]*G$/.test(v) || v === '--groups' || v.startsWith('--groups='));
  const append = values.some((v) => /^-[a-zA-Z]*a[a-zA-Z]*$/.test(v) || v === '--append');
  if (inv.name === 'usermod' && groups && !append) inv.env.b.destroy('groups_replaced', '`usermod -G` without `-a` replaces the user\'s supplementary groups: every group not listed is dropped', inv.span);
  // A second account with user id 0 (useradd(8)/usermod(8) `-o -u 0`, adduser's `--uid 0`) is root under another name;
  // root's password set, or root's lock taken off (`passwd root`, `passwd -u root`, `usermod -U root`, a `root:` line fed
  // to chpasswd), opens password logins as root (round 29, s29).
  // useradd(8) and usermod(8) options as getopt reads them (`-ou 0`: `-o -u 0`).
  const uidArgs = inv.name === 'adduser' ? inv.args : expandShortBundles(inv.args, 'aDLmMNoUrh', 'bcdefgGklpRsuZ');
  if (/^(useradd|usermod|adduser)$/.test(inv.name) && /^0+$/.test(optionValue(uidArgs, '-u', '--uid') ?? '')) inv.env.b.destroy('admin_grant', `\`${inv.name}\` gives an account user id 0: it is root under another name`, inv.span);
  const operands = flags.filter((a) => !(a.value ?? '').startsWith('-')).map((a) => a.value);
  const onlyRoot = operands.length === 1 && operands[0] === 'root';
  if ((inv.name === 'passwd' && onlyRoot && flags.every((a) => a.value === 'root' || /^(-u|--unlock)$/.test(a.value ?? ''))) || (inv.name === 'usermod' && onlyRoot && hasFlag(flags, '-U', '--unlock')) || (inv.name === 'chpasswd' && /^\s*root:/m.test(inv.stdin?.text ?? ''))) {
    inv.env.b.destroy('root_login_opened', `\`${inv.name}\` sets or unlocks root's password: password logins as root are open`, inv.span);
  }
  const joined = groupsJoined(inv).find((g) => g === null || isPrivilegedGroup(g));
  if (joined !== undefined) inv.env.b.destroy('privileged_group_grant', `\`${inv.name}\` puts an account in ${joined === null ? 'a group not fixed in the input' : `\`${joined}\``}, which holds every right on the machine (the lead's answer 187)`, inv.span);
}

/**
 * The groups an account is put in: usermod(8) `-G`/`--groups LIST` (with or without `-a`), gpasswd(1) `-a`/`--add USER
 * GROUP` and `-M`/`--members LIST GROUP`, Debian's adduser(8) `adduser USER GROUP` (an existing user added to an existing
 * group). A value not fixed in the input is null. Read against the one table of groups that hold every right
 * (isPrivilegedGroup: Windows's Administrators and Linux's sudo, wheel, admin, docker).
 */
function groupsJoined(inv: Invocation): Array<string | null> {
  const vals = inv.args.map((a) => a.value);
  const list = (v: string | null | undefined): Array<string | null> => (v === undefined ? [] : v === null ? [null] : v.split(',').map((g) => g.trim()).filter((g) => g !== ''));
  if (inv.name === 'usermod') {
    const i = vals.findIndex((v) => v !== null && (/^-[a-zA-Z]*G$/.test(v) || v === '--groups'));
    const glued = vals.find((v) => v?.startsWith('--groups='));
    return glued ? list(glued.slice(9)) : i === -1 ? [] : list(vals[i + 1]);
  }
  const pos = vals.filter((v) => v === null || !v.startsWith('-'));
  if (inv.name === 'gpasswd') return vals.some((v) => v !== null && /^(-a|--add|-M|--members)$/.test(v)) ? list(pos[pos.length - 1]) : [];
  if (inv.name === 'adduser') return vals.length === 2 && pos.length === 2 ? list(pos[1]) : [];
  return [];
}

/** Whether `kill` sends a signal that ends a process (none given is TERM); HUP, USR1/2, WINCH, CONT and 0 do not. */
function stopSignal(inv: Invocation): boolean {
  const a = inv.args;
  for (let i = 0; i < a.length; i++) {
    const v = a[i]!.value;
    if (v === null || !v.startsWith('-') || v === '--') continue;
    const sig = v === '-s' || v === '-n' || v === '--signal' ? (a[i + 1]?.value ?? '') : v.startsWith('--signal=') ? v.slice(9) : v.slice(1);
    // pkill/killall options (`-x`, `-f`, `-u`) are one letter; signal names have three or more (HUP, INT, USR1). TSTP
    // pauses a process as STOP does (and makes Sidekiq stop fetching jobs: its "quiet").
    if (/^\d+$/.test(sig) || /^(SIG)?[A-Z]{3,}\d*$/i.test(sig)) return /^(SIG)?(TERM|KILL|INT|QUIT|STOP|TSTP|ABRT|9|15|2|3|6|19)$/i.test(sig);
  }
  return true;
}

/**
 * HAProxy runtime API commands that take capacity away: a server or frontend out of rotation, sessions cut, weight 0.
 * Not `set server B/S state drain`: one server of a pool drained for maintenance takes no new connections and finishes
 * its own, a write (the lead's answer 337.2, round 32); `maint` and `disable server` stay outages.
 */
const RUNTIME_API_OUTAGE = /^\s*(disable\s+(server|frontend|backend)|shutdown\s+(sessions?|frontend)|set\s+server\s+\S+\s+(state\s+maint|weight\s+0\b)|set\s+weight\s+\S+\s+0\b|set\s+maxconn\s+(server|frontend)\s+\S+\s+0\b)/im;
const DESTRUCTIVE_WORD = /^(-{0,2})(delete|destroy|remove|rm|rmi|rb|purge|drop|terminate|wipe|nuke|erase|uninstall|deregister|unregister|prune|flush|flushall|reset|truncate|kill|down|disable|mask|stop|release|revoke|unpublish|decommission|format|factory-reset|factoryreset|-r)$/;
/**
 * An option of a program we do not know that says it erases outright (`--wipe-config`, `--erase-all`, `--delete-all-files`,
 * `--factory-reset`, `--shred`): the option names the loss as a destructive subcommand would. Not `--delete`, `--remove`,
 * `--erase` or `--wipe` alone: filters and editors delete lines, tags or list entries (`tr --delete`, `zip --delete`), a
 * shell forgets a variable (fish `set --erase`), a build tool starts its build folder afresh (`meson setup --wipe`). Two dashes only, getopt_long's
 * spelling: single-dash long options are emulators' and toolkits' (`emulator -wipe-data` resets a throwaway device).
 * `--destructive` says it outright (f3probe's "probe destructively, without preserving any data"; round 35, o35).
 */
const DESTRUCTIVE_OPTION = /^--(shred|nuke|zap|destroy|destructive|factory-?reset|(delete|remove|erase|wipe|purge|destroy)-all(-[a-z]+)*|wipe-[a-z]+|erase-[a-z]+|secure-(erase|delete))(=.*)?$/;
/**
 * A program named for what it erases (`steamos-factory-reset`, `X-delete`, `X-wipe`, `X-destroy`): as a destructive
 * subcommand would, its name says the loss. Not `-rm`, `-remove` or `-purge`, which also name cache and list clean-ups.
 * Round 35 (o35): `X-reset-password` (elasticsearch-reset-password) too, as `reset-password` below.
 */
const FACTORY_RESET_PROGRAM = /.[-_](factory[-_]?reset|delete|destroy|wipe|erase|nuke|shred|obliterate|reset[-_](admin[-_])?passw(or)?d)$/;
/**
 * A verb run together with its object, as daemons' control programs spell their subcommands (prosodyctl `deluser`, Proxmox
 * `delsnapshot`, Route 53 tools' `rrdelete`, `userdel`, `deletesnapshot`): accounts, snapshots, keys, records, disks and
 * stores deleted by name. Round 38 (lo38): the directory's and the services' objects too (kadmin `delprinc`,
 * `delrole`, `delpolicy`, `dropindex`, `rmqueue`, `delvhost`), both orders, as `userdel`.
 */
const JOINED_OBJECT = String.raw`users?|accounts?|groups?|snapshots?|snaps?|keys?|records?|rr|zones?|domains?|vms?|disks?|volumes?|vols?|db|dbs|databases?|tables?|buckets?|repos?|pools?|backups?|certs?|secrets?|tokens?|nodes?|hosts?|instances?|clusters?|tenants?|projects?|mailbox(?:es)?|princs?|principals?|members?|roles?|polic(?:y|ies)|rules?|alias(?:es)?|queues?|topics?|shares?|datasets?|realms?|vhosts?|sites?|schemas?|indexes|indices|index|collections?|namespaces?|partitions?|entries|entry|devices?|routes?`;
// Round 42 (loto42): `clear` too before its object (nodetool's `clearsnapshot`: the snapshots are deleted).
const DESTRUCTIVE_JOINED = new RegExp(String.raw`^((del|rm|delete|remove|destroy|drop|purge|wipe|erase|clear)(${JOINED_OBJECT})|(${JOINED_OBJECT})(del|delete|rm|remove|destroy|drop|purge|wipe|erase))$`);
/** A command named `topic:command` (oclif, Heroku, Salesforce, Netlify CLIs); not `host:port` or `image:tag`. */
const TOPIC_COMMAND = /^[a-z][\w-]*(:[a-z][\w-]*)+$/;
/**
 * A verb with its object in one subcommand (`delete-job`, `remove-secret`, `drop_table`), or run together with `all`
 * (`deleteall`, `removeall`, `purgeall`: every item the tool holds): the verb decides. Round 35 (o35): a password reset
 * (`reset-password`, `reset-admin-password`, `reset_user_passwd`) replaces a credential in use: whatever logs in with the
 * old one fails, as the HTTP `…/reset-password` cases are labelled ("Out of service": a credential in use switched off).
 */
// Round 42 (loto42): not an operation in flight cancelled (`terminate-op`: unknown-verbs.ts inFlightCancel).
const DESTRUCTIVE_COMPOUND = new RegExp(String.raw`^((delete|destroy|remove|purge|drop|terminate(?![-_](${IN_FLIGHT_OPERATION_WORDS})$)|wipe|nuke|erase|deregister|truncate|revoke|unpublish|decommission)([-_][a-z][\w-]*|all)|reset[-_]([a-z]+[-_])?passw(or)?d)$`);

/**
 * A daemon's pid file: anything under /run, or one a database or server writes in its own data folder
 * (`postmaster.pid` in PostgreSQL's data directory, `mysqld.pid`, Homebrew's `var/redis/redis.pid`).
 */
const DAEMON_PID_FILE = /\/(var\/)?run\/\S*\.pid\b|(^|[/\s])(postmaster|mysqld|mariadbd|mongod|redis(-server)?[\w-]*|nginx|httpd|apache2|haproxy|memcached|php-fpm)\.pid\b|\/(postgres(ql)?|mysql|mariadb|mongodb|redis|nginx|httpd)[^/\s]*\/\S*\.pid\b/;

/**
 * A pid read from a pid file (`$(cat F.pid)`, `$(head -1 F.pid)`) that lies outside the workspace: a daemon's (the lead's
 * answer 178, round 25). One inside it (a Rails app's `tmp/pids/sidekiq.pid`) names the project's own process, which a
 * signal stops as a dev server is stopped; one in a temporary folder is a background job's the session started when the
 * same input wrote it (answer 199). A path that cannot be resolved counts as outside.
 */
const PID_FILE_READ = /^(?:\$\(|`)\s*(?:sudo\s+(?:-\S+\s+)*)?(?:cat|head(?:\s+-\S+)*)\s+(["']?)([^\s"'`)]+\.pid)\1\s*(?:\)|`)$/;
function pidFileOutsideWorkspace(text: string, inv: Invocation): boolean {
  const file = PID_FILE_READ.exec(text)?.[2];
  if (file === undefined) return false;
  const abs = resolvePath(file, inv.scope);
  const root = inv.scope.workspace ?? inv.scope.cwd;
  // The lead's answer 199: a pid file in a temporary folder is the session's only when the same input wrote it (`npm run
  // dev & echo $! > /tmp/dev.pid; …; kill $(cat /tmp/dev.pid)`); otherwise it is a daemon's.
  return abs === null || root === undefined || (!abs.startsWith(`${root.replace(/\/+$/, '')}/`) && !(isUnderTemporaryRoot(abs) && inv.scope.files.has(abs)));
}

/** A pid looked up by a process name: `$(pidof NAME)`, `$(pgrep -x NAME)`, in backquotes too; the name is group 1. */
/** `$(lsof -t -i :5432)` as written: the daemon of the port whose pids it prints. */
function lsofDaemon(text: string): string | undefined {
  const m = LSOF_PID_LOOKUP.exec(text);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  return portDaemon(words[0]!, words.slice(1));
}

/**
 * A word's text with `$NAME` and `${NAME}` replaced by the values the input set them to (`PIDF=/run/redis/redis.pid; kill
 * "$(cat $PIDF)"`), so the pid file or daemon a command substitution reads is seen as written; unknown names stay.
 */
export function withKnownValues(text: string, vars: Vars): string {
  return text.replace(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (whole, braced: string | undefined, bare: string | undefined) => vars.get(braced ?? bare ?? '') ?? whole);
}

const DAEMON_PID_LOOKUP = /^(?:\$\(|`)\s*(?:pidof|pgrep)\s+(?:-[sxonc]+\s+)*([\w.@-]+)\s*(?:\)|`)$/;

/** `$(pgrep -f PATTERN)`: pids looked up by a pattern over the whole command line; the pattern is group 2. */
const PATTERN_PID_LOOKUP = /^(?:\$\(|`)\s*pgrep\s+(?:-[a-z]+\s+)*-[a-z]*f[a-z]*\s+(?:-[a-z]+\s+)*(["']?)([^"'`)]+)\1\s*(?:\)|`)$/;

/**
 * The lead's answer 188: a broker or database paused or stopped by a pattern (`kill -STOP $(pgrep -f kafka.Kafka)`,
 * `pkill -STOP -f org.apache.zookeeper`) is an outage: a word of the pattern's command (split at dots, slashes, spaces
 * and regex marks; Java's main class `kafka.Kafka`) names a system daemon or a service's account (SYSTEM_DAEMON,
 * SERVICE_ACCOUNT). A pattern of other words (`node dist/server.js`) names no daemon.
 */
function patternDaemon(pattern: string): string | undefined {
  // Java's reverse-domain package prefix (`org.apache.zookeeper…`) names the vendor, not a daemon.
  return pattern.replace(/\b(org|com|io|net)\.apache\./gi, '$1.').split(/[\s./\\:*+?^$|()[\]{}]+/).find((w) => w !== '' && (SYSTEM_DAEMON.test(w.toLowerCase()) || SERVICE_ACCOUNT.test(w.toLowerCase())));
}

/**
 * The IANA-registered ports of database engines and caches, with the daemon that listens there by default: `lsof -ti
 * :5432` prints the pids of the PostgreSQL server, so `kill` of them stops it as `pkill postgres` does.
 */
const DAEMON_PORTS = new Map([['5432', 'postgres'], ['3306', 'mysqld'], ['27017', 'mongod'], ['6379', 'redis-server'], ['1433', 'sqlservr'], ['9200', 'elasticsearch'], ['11211', 'memcached'], ['5672', 'rabbitmq-server'], ['2379', 'etcd'], ['8500', 'consul']]);

/** The daemon of the first database engine's port in a list (`5432`, `3000,5432`: lsof(8) `-i :PORT[,PORT…]`). */
function daemonOfPorts(ports: readonly string[]): string | undefined {
  const port = ports.flatMap((p) => p.split(',')).find((p) => DAEMON_PORTS.has(p));
  return port === undefined ? undefined : DAEMON_PORTS.get(port);
}

/** `lsof -t -i :PORT` (pids only) of a daemon's port, or of a list holding one: the daemon whose pids it prints. */
export function portDaemon(name: string | null, args: ReadonlyArray<string | null>): string | undefined {
  if (name?.replace(/^.*\//, '') !== 'lsof' || !args.some((a) => a !== null && /^-[a-zA-Z]*t/.test(a))) return undefined;
  return daemonOfPorts(args.flatMap((a) => (a === null ? [] : (/(?:^|[:=])(?:tcp|udp|TCP|UDP)?:?(\d{2,5}(?:,\d{2,5})*)$/.exec(a)?.[1] ?? []))));
}

/**
 * The npm package kill-port (`npx kill-port 3000 5432`, `--port 3000,5432`) kills whatever listens on each port: on a
 * database engine's port that is the engine, as `lsof -ti :5432 | xargs kill` is; on the others the agent's dev server.
 */
function killPort(inv: Invocation): void {
  inv.env.b.verb('write');
  const operands = positionals(inv.args, new Set(['-p', '--port', '-m', '--method'])).map((w) => w.value);
  const daemon = daemonOfPorts([...operands, ...optionValues(inv.args, '-p', '--port')].flatMap((v) => (v === null ? [] : [v])));
  if (daemon) inv.env.b.destroy('service_outage', `\`kill-port\` kills the \`${daemon}\` server on its port: stops the service`, inv.span);
}
const LSOF_PID_LOOKUP = /^(?:\$\(|`)\s*(lsof\s[^)`]*)(?:\)|`)$/;

/**
 * System daemons by their process name (each package's service unit): signalling them to stop stops the service. Round 42
 * (bl42virt): libvirt's daemons and a guest's QEMU process (`qemu-system-x86_64 -name guest=db-prod-02`): the VM itself.
 */
export const SYSTEM_DAEMON = /^(nginx|apache2|httpd|haproxy|caddy|traefik|envoy|postgres|postmaster|mysqld|mariadbd|mongod|mongos|redis-server|valkey-server|memcached|sshd|dockerd|containerd|kubelet|etcd|rabbitmq-server|beam\.smp|php-fpm[\d.]*|cron|crond|rsyslogd|named|unbound|dnsmasq|squid|varnishd|elasticsearch|clickhouse-server|influxd|consul|vault|nomad|prometheus|grafana-server|supervisord|gunicorn|uwsgi|puma|unicorn|auditd|sqlservr|mosquitto|odoo|odoo-bin|sapstartsrv|saphostexec|hdbdaemon|hdbnameserver|hdbindexserver|hdbxsengine|msg_server|enserver|enq_server|jstart|sap[a-z0-9]{3}_[a-z]+\d{2}|libvirtd|virtqemud|qemu-kvm|qemu-system-[a-z0-9_]+)$/;

/**
 * The accounts packages create to run a daemon (each package's postinst): every process of one is that service, so
 * `pkill -u postgres` stops the database as `systemctl stop` would. Also the accounts servers run applications and
 * agents as by their tools' documented setup: Capistrano's `deploy` user, Jenkins's `jenkins`, GitLab Runner's
 * `gitlab-runner`, Tomcat's `tomcat`, MinIO's `minio-user`. A person's own account names no service.
 */
export const SERVICE_ACCOUNT = /^(postgres|mysql|mongodb|mongod|redis|valkey|memcache|rabbitmq|elasticsearch|opensearch|kafka|zookeeper|cassandra|clickhouse|influxdb|etcd|consul|vault|nomad|nginx|www-data|apache|httpd|haproxy|prometheus|grafana|deploy|deployer|jenkins|gitlab-runner|tomcat|minio-user|odoo|[a-z][a-z0-9]{2}adm)$/;

/** Portcullis's own process, by name or pattern (`pkill -f 'portcullis serve'`, `kill $(pgrep portcullis)`). */
export const PORTCULLIS_PROCESS = /(^|[\s/\\'"(])portcullis([\s.'")-]|$)/i;

/**
 * D3: agents never act on Portcullis's own process. Signalling it (kill, pkill, killall, Stop-Process, taskkill) is
 * judged as a change to the control plane, whatever the signal.
 */
export function controlPlaneProcess(inv: Invocation): void {
  const named = inv.args.find((a) => PORTCULLIS_PROCESS.test(a.value ?? a.text));
  if (!named) return;
  inv.env.b.target({ kind: 'control_plane', id: 'process:portcullis', environment: null, home: false, verbs: ['write'] });
  inv.env.b.destroy('control_plane_process', `\`${inv.name}\` signals \`${shown(named)}\`, Portcullis's own process`, inv.span);
}

/**
 * yadm(1): its own commands are in the catalogue; every other command is git's, run on the repository of the home
 * folder's dotfiles. `-C ~` points git there, so no throwaway checkout in the working directory is assumed.
 */
function yadm(inv: Invocation): void {
  if (!serviceCommand(inv, serviceTool('yadm')!)) inv.dispatch([...splitWords('git -C ~', inv.span), ...inv.args], inv.stdin);
}

/**
 * The per-service OpenStack clients that came before `openstack` (python-novaclient, -cinderclient, -glanceclient; round
 * 29, t29) run the same API calls: each is judged as the unified client's command. A plain verb acts on the client's own
 * resource (`nova stop web1` is `openstack server stop web1`, `cinder delete v1` is `openstack volume delete v1`, nova's
 * `boot` is `create`); a `NOUN-VERB` word names another resource (`nova flavor-delete m1` is `openstack flavor delete m1`,
 * `cinder snapshot-delete s` is `openstack volume snapshot delete s`, `nova force-delete` is a server delete). Global options
 * (`--os-cloud prod`) go before the command, as the unified client reads them.
 */
const LEGACY_OPENSTACK: Readonly<Record<string, { own: string; nouns: string }>> = {
  nova: { own: 'server', nouns: '' },
  cinder: { own: 'volume', nouns: 'volume ' },
  glance: { own: 'image', nouns: '' },
};
function legacyOpenstack(inv: Invocation): void {
  const { own, nouns } = LEGACY_OPENSTACK[inv.name]!;
  const at = inv.args.findIndex((a, i) => a.value === null || (!a.value.startsWith('-') && !/^--os-[\w-]+$/.test(inv.args[i - 1]?.value ?? '')));
  const verb = at === -1 ? undefined : inv.args[at]!;
  if (verb === undefined || verb.value === null) {
    inv.env.b.opaque('openstack_dynamic', `\`${inv.name}\` command is not fixed`, inv.span);
    return;
  }
  const word = verb.value === 'boot' ? 'create' : verb.value === 'force-delete' ? 'delete' : verb.value;
  const hyphen = word.lastIndexOf('-');
  const mapped = hyphen > 0 && !/^(interface|volume)-(attach|detach)$/.test(word) ? `${nouns}${word.slice(0, hyphen)} ${word.slice(hyphen + 1)}` : `${own} ${word}`;
  inv.dispatch([...splitWords('openstack', inv.span), ...inv.args.slice(0, at), ...splitWords(mapped, verb), ...inv.args.slice(at + 1)], inv.stdin);
}

function handlerFor(name: string): Handler | undefined {
  switch (name) {
    case 'rm': case 'rimraf': case 'del-cli': case 'trash': case 'srm':
      return rm;
    case 'rmdir':
      return (inv) => {
        inv.env.b.verb('delete');
        for (const p of positionals(inv.args)) {
          const before = inv.env.b.destructive;
          fileTarget(inv, p, 'delete', { recursive: false, what: '`rmdir` removes the empty folder' });
          // rmdir only removes empty folders: nothing is lost unless it is a critical or control path.
          if (!before && !/critical_path|control_plane_target/.test(inv.env.b.findings[inv.env.b.findings.length - 1]?.code ?? '')) inv.env.b.destructive = false;
        }
      };
    case 'unlink':
      return unlink;
    // scrub(1) overwrites files or devices with patterns so their data cannot be recovered, as shred does.
    case 'shred': case 'wipe': case 'scrub':
      return shred;
    case 'dd':
      return dd;
    case 'dcfldd': case 'dc3dd':
      return ddFork;
    case 'mkfs': case 'mke2fs': case 'wipefs': case 'fdisk': case 'sfdisk': case 'gdisk': case 'sgdisk': case 'parted': case 'mkswap': case 'blkdiscard': case 'format':
      return diskTool;
    case 'truncate':
      return truncate;
    case 'umount':
      return unmount;
    case 'mv': case 'cp': case 'install': case 'ln':
      return copyMove;
    case 'chmod': case 'chown': case 'chgrp': case 'setfacl': case 'chattr':
      return chmodChown;
    case 'rsync':
      return rsync;
    case 'find':
      return find;
    case 'fd': case 'fdfind':
      return fd;
    case 'tar': case 'bsdtar': case 'gtar':
      return tar;
    case 'tee':
      return tee;
    case 'openssl': case 'gpg': case 'gpg2': case 'ncdu': case 'starship': case 'gitleaks':
      return keyTool;
    case 'ffmpeg':
      return (inv) => {
        if (!ffmpegOverwrite(inv)) serviceCommand(inv, serviceTool('ffmpeg')!);
      };
    case 'patronictl':
      return (inv) => {
        if (!patroniQuery(inv)) serviceCommand(inv, serviceTool('patronictl')!);
      };
    case 'isotpsend':
      return isotpSend;
    case 'ssh-copy-id':
      return sshCopyId;
    case 'htpasswd': case 'mosquitto_passwd':
      // The catalogue's entry (a user deleted, a password verified), then the file `-c` rewrites.
      return (inv) => {
        const tool = serviceTool(inv.name)!;
        serviceCommand(inv, tool);
        passwordFileCreate(inv, tool.valued);
      };
    case 'ssh-keygen':
      // The catalogue's entry (a passphrase removed), then the key file a told-to-overwrite generation replaces.
      return (inv) => {
        serviceCommand(inv, serviceTool('ssh-keygen')!);
        sshKeygen(inv);
      };
    case 'sed': case 'gsed':
      return (inv) => {
        sedInPlace(inv);
        sedExec(inv);
      };
    case 'perl-i':
      return sedInPlace;
    case 'touch': case 'mkdir': case 'mktemp': case 'ln-s':
      return simpleWrite;
    case 'git':
      return git;
    case 'nova': case 'cinder': case 'glance':
      return legacyOpenstack;
    case 'yadm':
      return yadm;
    case 'gh':
      return gh;
    case 'terraform': case 'tofu': case 'terragrunt': case 'tf':
      return terraform;
    case 'pulumi':
      return pulumi;
    case 'cdk': case 'cdktf': case 'cdk8s':
      return cdk;
    case 'kubectl': case 'oc': case 'k': case 'kubecolor': case 'microk8s.kubectl':
      return kubectl;
    case 'helm':
      return helm;
    case 'helmfile':
      return helmfile;
    case 'aws': case 'awslocal':
      return aws;
    case 'gcloud':
      return gcloud;
    case 'az':
      return az;
    case 'psql':
      return psql;
    case 'mysql': case 'mariadb':
      return mysql;
    case 'sqlite3': case 'sqlite':
      return sqlite;
    case 'mongosh': case 'mongo':
      return mongo;
    case 'redis-cli': case 'valkey-cli': case 'keydb-cli':
      return redis;
    case 'mysqlsh':
      return mysqlsh;
    case 'pt-online-schema-change': case 'gh-ost':
      return onlineSchemaChange;
    case 'dropdb': case 'dropuser': case 'createdb': case 'createuser': case 'pg_restore': case 'mysqladmin': case 'pg_dump': case 'pg_dumpall': case 'mysqldump': case 'mongodump':
      return dbAdmin;
    case 'curl':
      return curl;
    case 'wget':
      return wget;
    case 'http': case 'https': case 'xh': case 'xhs':
      return httpie;
    case 'curlie':
      return curlie;
    case 'awscurl':
      return awscurl;
    case 'grpcurl':
      return grpcurl;
    case 'eval':
      return evalBuiltin;
    case 'source': case '.':
      return source;
    case 'cd': case 'pushd':
      return (inv) => changeDirectory(inv.scope, positionals(inv.args)[0]);
    case 'popd':
      return (inv) => {
        inv.scope.cwd = undefined;
        inv.scope.vars.set('PWD', null);
      };
    case 'alias':
      return alias;
    case 'hash':
      return hashPath;
    case 'unalias':
      return (inv) => {
        for (const a of inv.args) if (a.value) inv.scope.aliases.delete(a.value);
      };
    case 'at': case 'batch':
      return at;
    case 'crontab':
      return crontab;
    case 'shutdown': case 'reboot': case 'halt': case 'poweroff': case 'init': case 'telinit':
      return (inv) => {
        // shutdown(8): `-k` only writes the wall message, `-c` cancels a pending shutdown; halt(8): `-w`/`--wtmp-only`
        // only writes the wtmp record. `--help` prints and exits.
        if (hasFlag(inv.args, '--help') || (inv.name === 'shutdown' && hasFlag(inv.args, '-k', '-c')) || (/^(reboot|halt|poweroff)$/.test(inv.name) && hasFlag(inv.args, '-w', '--wtmp-only'))) {
          inv.env.b.verb(hasFlag(inv.args, '--help') ? 'read' : 'write');
          return;
        }
        // A restart of one's own machine comes back by itself (the lead's answer 80, restarts.ts); a forced one, a halt or
        // power-off, or one on a server named production or staging (the session's host, an `ssh` to one) stops it.
        if (restartComesBack(inv, powerCommandWords(inv))) {
          inv.env.b.verb('write').finding('host_restart', `\`${inv.name}\` restarts the machine, which comes back by itself`, inv.span);
          return;
        }
        inv.env.b.verb('write').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('host_shutdown', `\`${inv.name}\` stops the machine`, inv.span);
      };
    case 'kill-port':
      return killPort;
    case 'kill': case 'pkill': case 'killall': case 'xkill':
      return (inv) => {
        inv.env.b.verb('write');
        // A pid or a process name says nothing about a service (it is as often the agent's own dev server); a pid read
        // from a daemon's pid file does: that is `nginx -s stop` by other means.
        const substituted = (a: Word): string => withKnownValues(shown(a), inv.scope.vars);
        if (inv.name === 'kill' && stopSignal(inv) && inv.args.some((a) => a.value === null && (DAEMON_PID_FILE.test(substituted(a)) || pidFileOutsideWorkspace(substituted(a), inv)))) inv.env.b.destroy('service_outage', '`kill` signals the daemon named by its pid file: stops the service', inv.span);
        // `kill -9 $(pidof haproxy)`, `kill $(pgrep -x nginx)`: the pids are looked up by a system daemon's name, which is
        // `killall haproxy` by other means. A pattern (`$(pgrep -f 'node dist')`) names no daemon.
        const looked = inv.name === 'kill' && stopSignal(inv) ? inv.args.map((a) => (a.value === null ? DAEMON_PID_LOOKUP.exec(substituted(a))?.[1] ?? lsofDaemon(substituted(a)) ?? patternDaemon(PATTERN_PID_LOOKUP.exec(substituted(a))?.[2] ?? '') : undefined)).find((n) => n !== undefined && (SYSTEM_DAEMON.test(n.toLowerCase()) || SERVICE_ACCOUNT.test(n.toLowerCase()))) : undefined;
        if (looked) {
          // Round 42 (bl42virt): a guest's QEMU process found by its name (`pgrep -f "qemu-system-x86_64 -name guest=db-prod-02"`):
          // the pattern's guest is the target, its name read for the tier.
          const guest = inv.args.map((a) => (a.value === null ? /\bguest=([\w.-]+)/.exec(PATTERN_PID_LOOKUP.exec(substituted(a))?.[2] ?? '')?.[1] : undefined)).find((g) => g !== undefined);
          if (guest !== undefined) inv.env.b.target(envTarget(inv, 'host', guest, [clue('names', guest)]));
          inv.env.b.destroy('service_outage', `\`kill\` signals the pids of \`${looked}\`: stops the service`, inv.span);
        }
        if (inv.args.some((a) => a.value === '1' || a.value === '-1') && inv.name === 'kill') inv.env.b.destroy('kill_all', '`kill -1` / pid 1 kills every process', inv.span);
        controlPlaneProcess(inv);
        // pkill/killall by the name of a system daemon (nginx, postgres, sshd) stop that service, as `systemctl stop` does;
        // `killall -0` only asks whether it runs. A pattern (`pkill -f 'node dist/server.js'`) names no daemon.
        if (inv.name !== 'kill' && stopSignal(inv) && !inv.args.some((a) => a.value === '-0' || a.value === '-s0')) {
          const named = positionals(inv.args, new Set(['-u', '-U', '-g', '-G', '-P', '-s', '--signal', '-t', '-n', '-o', '-y', '--younger-than', '-O', '--older-than']));
          const daemon = named.find((w) => w.value !== null && SYSTEM_DAEMON.test(w.value));
          // `pkill -f PATTERN` reads the whole command line: a pattern naming a broker or database (answer 188).
          const byPattern = inv.name === 'pkill' && hasFlag(inv.args, '-f', '--full') ? named.map((w) => (w.value === null ? undefined : patternDaemon(w.value))).find((n) => n !== undefined) : undefined;
          if (daemon) inv.env.b.destroy('service_outage', `\`${inv.name} ${daemon.value}\` stops the \`${daemon.value}\` service`, inv.span);
          else if (byPattern) inv.env.b.destroy('service_outage', `\`${inv.name} -f\` matches the command line of \`${byPattern}\`: stops the service`, inv.span);
          const account = optionValue(inv.args, '-u', '-U', '--euid', '--uid', '--user');
          if (account && SERVICE_ACCOUNT.test(account)) inv.env.b.destroy('service_outage', `\`${inv.name} -u ${account}\` stops every process of the \`${account}\` service account: the service it runs`, inv.span);
        }
      };
    case 'useradd': case 'usermod': case 'passwd': case 'chpasswd': case 'visudo': case 'gpasswd': case 'adduser': case 'groupadd': case 'newgrp': case 'sudoers': case 'chage':
      return (inv) => {
        inv.env.b.verb('permissions').target({ kind: 'host', id: 'localhost', environment: null, home: false, verbs: ['permissions'] });
        // `EDITOR='tee -a' visudo` (or VISUAL, SUDO_EDITOR): the "editor" is a command that writes its standard input into
        // sudoers, a rule the file's checks do not judge (the lead's decision 39: a NOPASSWD grant is destructive).
        const editor = (k: string) => (inv.assignments.has(k) ? inv.assignments.get(k) : inv.scope.vars.has(k) ? inv.scope.vars.get(k) : undefined);
        if (inv.name === 'visudo' && !hasFlag(inv.args, '-c', '--check') && ['EDITOR', 'VISUAL', 'SUDO_EDITOR'].some((k) => editor(k) !== undefined && !/^\s*(\S*\/)?(vi|vim|nvim|nano|emacs|micro|pico|joe|mcedit|kak|hx|helix|ed)(\s|$)/.test(editor(k) ?? ''))) {
          inv.env.b.verb('write').destroy('sudoers_edited', '`visudo` with its editor set to a command writes rules into sudoers: who may run what as root changes', inv.span);
        }
        accountSwitchedOff(inv);
        if (inv.name === 'gpasswd') {
          const at = inv.args.findIndex((a) => a.value === '-d' || a.value === '--delete');
          const user = at === -1 ? undefined : inv.args[at + 1];
          const group = at === -1 ? undefined : inv.args.slice(at + 2).find((a) => a.value === null || !a.value.startsWith('-'));
          if (user && group) selfRemovedFromAdmins(inv, user, group);
        }
      };
    case 'iptables-restore': case 'ip6tables-restore':
      return firewallRestore;
    case 'iptables': case 'ip6tables': case 'nft': case 'ufw': case 'firewall-cmd':
      return (inv) => {
        const ops = positionals(inv.args, new Set(['-t', '--table', '-f', '--file', '-I', '--include'])).map((w) => w.value ?? '?');
        // Listing and checking: iptables -L/-S, nft list / -c (check only), ufw status / --dry-run.
        if ((/^ip6?tables$/.test(inv.name) && hasFlag(inv.args, '-L', '--list', '-S', '--list-rules') && !hasFlag(inv.args, '-F', '--flush', '-X', '--delete-chain', '-Z', '--zero'))
          || (inv.name === 'nft' && (hasFlag(inv.args, '-c', '--check') || /^(list|describe|monitor)$/.test(ops[0] ?? '')))
          || (inv.name === 'ufw' && (hasFlag(inv.args, '--dry-run') || /^(status|show|version|help)$/.test(ops[0] ?? '')))) {
          inv.env.b.verb('read');
          return;
        }
        // nft(8) `-f FILE` (round 29, t29): a ruleset read from a file the input does not show may open or drop anything; the
        // action is opaque (A12: a file that cannot be read makes it so). The ruleset the system loads at boot
        // (`/etc/nftables.conf`, RHEL's `/etc/sysconfig/nftables.conf`) loaded again is a reload. Text piped in (`-f -`) is the
        // input's own and is judged as it is.
        const file = inv.name !== 'nft' ? undefined : inv.args.some((a) => a.value === null && /^(--file=|-f.)/.test(a.text)) ? null : optionValue(inv.args, '-f', '--file');
        if (file !== undefined && file !== '-' && file !== '/dev/stdin') {
          if (file !== null && /^\/etc\/(sysconfig\/)?nftables\.conf$/.test(file)) inv.env.b.verb('write', 'permissions').finding('firewall_reload', `\`nft -f ${file}\` loads the system's own saved ruleset again`, inv.span);
          else {
            inputFile(inv, file, 'file_arg');
            inv.env.b.verb('write', 'permissions').opaque('firewall_rules_unseen', `\`nft -f ${file ?? '…'}\` loads a ruleset the input does not show: it may open or drop anything`, inv.span);
          }
          return;
        }
        // nft(8): deleting or destroying a table or chain removes every rule in it (one rule by its handle is a write).
        if (inv.name === 'nft' && /^(delete|destroy)$/.test(ops[0] ?? '') && /^(table|chain|set|map)$/.test(ops[1] ?? '')) inv.env.b.verb('delete').destroy('firewall_flush', `\`nft ${ops[0]} ${ops[1]}\` removes every rule in it`, inv.span);
        inv.env.b.verb('write', 'permissions');
        if (hasFlag(inv.args, '-F', '--flush', '-X', '--delete-chain') || inv.args.some((a) => a.value === 'flush' || a.value === 'disable' || a.value === 'reset')) inv.env.b.verb('delete').destroy('firewall_flush', 'removes firewall rules', inv.span);
        firewallOpened(inv, ops);
      };
    case 'scp': case 'sftp':
      return (inv) => {
        inv.env.b.verb('network', 'write');
        const dest = positionals(inv.args, new Set(['-P', '-i', '-o', '-F', '-J', '-l', '-S', '-c']));
        const last = dest.pop();
        // Sources on a remote host (`scp prod-web-1:/var/log/app.log .`) name it too, as rsync's do.
        for (const src of dest) {
          if (src.value !== null && /^[^/]*:/.test(src.value)) inv.env.b.target(envTarget(inv, 'host', src.value, [clue('names', src.value.split(':')[0]!.replace(/^[^@]*@/, ''))], ['read']));
        }
        if (last && last.value !== null && !/^[^/]*:/.test(last.value)) {
          for (const d of landingPaths(inv, last, dest, false)) fileTarget(inv, d, 'write', { recursive: false, what: '`scp` overwrites', replaces: true });
        } else if (last) {
          const host = shown(last).split(':')[0]!;
          inv.env.b.target(envTarget(inv, 'host', shown(last), [clue('names', host)]));
          // A credential file copied to another machine (`scp .env.production ubuntu@203.0.113.50:/tmp/`, `scp
          // ~/.aws/credentials host:`): the secret leaves the machine (the lead's decision, round 16).
          const sent = dest.find((src) => src.value !== null && !/^[^/]*:/.test(src.value) && isCredentialFileName(src.value));
          if (sent) inv.env.b.destroy('secret_sent', `sends the credential file \`${sent.value}\` to \`${host.replace(/^[^@]*@/, '')}\`, off the machine`, inv.span);
          // The remote side's own system folders: `scp x host:/etc/`, `scp -r d root@h:/`.
          remoteSystemOverwrite(inv, dest, last, host);
        }
      };
    case 'smbclient':
      // Round 41 (fo41): smbclient(1) `-c 'put LOCAL [REMOTE]'` (or `mput`) copies local files onto the share its operand
      // names (`//host/share`): a credential file put on another machine's share is a secret sent off the machine, as
      // `scp FILE host:` is (round 16). Commands not fixed in the input are not read.
      return (inv) => {
        inv.env.b.verb('network', 'read');
        const share = inv.args.find((a) => a.value !== null && /^(\/\/|\\\\)/.test(a.value));
        const c = inv.args.findIndex((a) => a.value === '-c' || a.value === '--command');
        const cmds = c >= 0 ? inv.args[c + 1]?.value ?? null : null;
        if (c >= 0 && cmds === null) { inv.env.b.opaque('shell_dynamic_command', '`smbclient -c` commands are not fixed in the input', inv.span); return; }
        if (cmds !== null && /(^|;)\s*(put|mput)\b/i.test(cmds)) inv.env.b.verb('write');
        const host = offMachineShare(share?.value);
        const put = cmds === null ? undefined : [...cmds.matchAll(/(?:^|;)\s*m?put\s+(\S+)/gi)].map((m) => m[1]!.replace(/^["']|["']$/g, '')).find((f) => holdsCredentials(f));
        if (host !== undefined && put !== undefined) inv.env.b.destroy('secret_sent', `\`smbclient\` puts the credential file \`${put}\` on a share of \`${host}\`, off the machine`, inv.span);
      };
    case 'nc': case 'ncat': case 'netcat': case 'socat': case 'telnet':
      return (inv) => {
        inv.env.b.verb('network');
        // Short options bundle as getopt reads them: `-Xconnect` is `-X connect` (a proxy protocol), not a `-c` (OpenBSD
        // nc(1), ncat(1): the letters that take a value), and a value may be glued to its letter (`-e/bin/sh`). ncat's
        // `--lua-exec` runs a script for the peer as `--exec` runs a program.
        const args = expandShortBundles(inv.args, '46bCDdFhklLNnrStUuvz', 'IiMmOPpqsTVWwXxec');
        if (hasFlag(args, '-e', '-c', '--exec', '--sh-exec', '--lua-exec') || inv.args.some((a) => /^(EXEC|SYSTEM):/i.test(a.value ?? ''))) inv.env.b.opaque('reverse_shell', `\`${inv.name}\` runs a program for a network peer`, inv.span);
        // A secret printer piped in (`printenv | nc HOST PORT`, `cat .env | socat - TCP:HOST:PORT`) is sent to the peer.
        if (inv.stdin?.secret !== undefined) inv.env.b.destroy('secret_sent', `sends ${inv.stdin.secret} to a network peer, off the machine`, inv.span);
        // What a sender pipes to a text-protocol service or writes as an HTTP request: judged as that service's client.
        if (judgeSentPayload(inv, args)) return;
        // Commands written to a server's admin socket (HAProxy's runtime API: management guide, section 9.3).
        const sent = inv.stdin?.text;
        if (sent && RUNTIME_API_OUTAGE.test(sent)) inv.env.b.verb('write').destroy('service_outage', `\`${inv.name}\` sends \`${sent.trim().slice(0, 60)}\`: takes a server out of rotation or cuts its sessions`, inv.span);
      };
    default:
      // Round 38 (ot38): PX4's shell of the vehicle (`./Tools/mavlink_shell.py`) and its `px4-<module>` commands (381.2).
      if (isVehicleShellScript(name)) return (inv) => vehicleShell(inv, inv.name);
      if (PX4_ALIAS.test(name.replace(/^.*\//, ''))) return px4Alias;
      return undefined;
  }
}

/**
 * An iptables ACCEPT rule that names where its packets come from: a source (not every address, not negated), an input
 * interface (as ufw's `on`), a source set or range, or a connection state without NEW (replies to our own connections).
 */
function iptablesScoped(inv: Invocation): boolean {
  if (inv.args.some((a) => a.value === '!')) return false;
  const source = optionValue(inv.args, '-s', '--source', '--src', '--src-range', '--match-set', '--mac-source', '-i', '--in-interface');
  if (source && !EVERY_ADDRESS.test(source)) return true;
  const state = optionValue(inv.args, '--ctstate', '--state');
  return state !== null && state !== undefined && !/NEW|UNTRACKED/i.test(state);
}

/** iptables match options: a rule with none of them matches every packet. */
const IPTABLES_MATCH = new Set(['-s', '--source', '--src', '-d', '--destination', '--dst', '-p', '--protocol', '-i', '--in-interface', '-o', '--out-interface', '-m', '--match', '--dport', '--sport', '--dports', '--sports', '-f', '--fragment', '!']);
const EVERY_ADDRESS = /^(any|0\.0\.0\.0\/0|::\/0|0\/0)$/;
/** SSH as a firewall names it: firewalld's and ufw's service names, ufw's application profile, port 22. */
const SSH_ENTRY = /^(ssh|openssh|22(\/tcp)?)$/i;

/**
 * A firewall opened to everyone, switched to let everything through, or made to drop everything: ufw(8) `default allow`
 * (incoming or routed), `allow PORT` with no source, `logging off`; an iptables ACCEPT rule with no match in INPUT or
 * FORWARD; firewalld's trusted zone as the default or a zone's target ACCEPT (firewall-cmd(1)), `--panic-on` (every
 * packet dropped) and `--set-log-denied=off`.
 */
function firewallOpened(inv: Invocation, ops: string[]): void {
  const b = inv.env.b;
  const open = (what: string) => b.verb('permissions').destroy('public_access', what, inv.span);
  // Which ports opened to every address widen access: the one reading every firewall shares (inboundOpenWidens, answer 209).
  const onServer = sessionOnServer(inv.env.ctx);
  if (inv.name === 'ufw') {
    if (ops[0] === 'default' && ops[1] === 'allow' && (ops[2] === undefined || /^(incoming|routed)$/.test(ops[2]))) open(`\`ufw default allow${ops[2] ? ` ${ops[2]}` : ''}\` lets every connection in: the firewall no longer filters`);
    if (ops[0] === 'logging' && ops[1] === 'off') b.destroy('safeguard_off', '`ufw logging off` switches the firewall log off', inv.span);
    // `ufw deny|reject ssh` with no source (or from any), and `ufw delete allow ssh`, close SSH to everyone.
    const verbAt = ops[0] === 'delete' ? 1 : 0;
    const rule = ops.slice(verbAt + 1).filter((w) => w !== 'in');
    const from = rule.indexOf('from');
    const toSsh = rule.length > 0 && (SSH_ENTRY.test(rule[0]!) || (rule.includes('port') && SSH_ENTRY.test(rule[rule.indexOf('port') + 1] ?? '')));
    const fromAnyone = from === -1 || EVERY_ADDRESS.test(rule[from + 1] ?? '');
    if (toSsh && fromAnyone && ((verbAt === 0 && /^(deny|reject)$/.test(ops[0] ?? '')) || (verbAt === 1 && /^(allow|limit)$/.test(ops[1] ?? '')))) b.verb('permissions').destroy('ssh_lockout', `\`ufw ${ops.slice(0, 6).join(' ')}\` closes SSH: remote logins to the machine, this session's way back among them, are cut off`, inv.span);
    // `ufw [route] [insert N|prepend] allow|limit [in] RULE`: without `from` (or from any) every address reaches the port.
    const at = ops.slice(0, 4).findIndex((w) => w === 'allow' || w === 'limit');
    if (at !== -1 && !/^(delete|deny|reject|default)$/.test(ops[0] ?? '') && ops[at + 1] !== 'out') {
      const rule = ops.slice(at + 1);
      const from = rule.indexOf('from');
      const scoped = (from !== -1 && !EVERY_ADDRESS.test(rule[from + 1] ?? '')) || rule.includes('on');
      // The port: the rule's first word (`allow 5432/tcp`, `allow 'Nginx Full'`), or the word after `port`; neither is every port.
      const port = /^(from|to|proto|log|log-all|comment)$/.test(rule[0] ?? '') ? (rule.includes('port') ? rule[rule.indexOf('port') + 1] ?? null : null) : rule[0] ?? null;
      if (!scoped && rule.length > 0 && inboundOpenWidens([port === '?' ? null : port], onServer)) open(`\`ufw ${ops.slice(0, at + 1 + Math.min(rule.length, 6)).join(' ')}\` opens the port to every address`);
    }
  }
  if (/^ip6?tables$/.test(inv.name)) {
    const chain = optionValue(inv.args, '-I', '--insert', '-A', '--append');
    const target = optionValue(inv.args, '-j', '--jump');
    // SSH closed to every address (round 29, s29), as `ufw deny ssh` is: a DROP or REJECT rule for port 22 in INPUT with no
    // source, interface or state that scopes it (iptablesScoped), or the rule that accepts it deleted (`-D INPUT … --dport
    // 22 -j ACCEPT`, as `ufw delete allow ssh`). A rule by number (`-D INPUT 3`) does not say which it is.
    const deleted = optionValue(inv.args, '-D', '--delete');
    const sshPort = optionValues(inv.args, '--dport', '--dports', '--destination-port', '--destination-ports').some((v) => v !== null && v.split(',').some((p) => SSH_ENTRY.test(p)));
    if (sshPort && !iptablesScoped(inv) && ((chain === 'INPUT' && /^(DROP|REJECT)$/.test(target ?? '')) || (deleted === 'INPUT' && target === 'ACCEPT'))) b.verb('permissions').destroy('ssh_lockout', `\`${inv.name}\` ${deleted === 'INPUT' ? 'deletes the rule that accepts' : 'drops'} SSH from every address: remote logins to the machine, this session's way back among them, are cut off`, inv.span);
    // A built-in chain's default policy set to ACCEPT (`-P INPUT ACCEPT`, iptables(8) `--policy`): every packet no rule
    // drops gets in, as `ufw default allow`. The filter table only: nat and mangle chains pass packets on either way.
    const policyAt = inv.args.findIndex((a) => a.value === '-P' || a.value === '--policy');
    const table = optionValue(inv.args, '-t', '--table');
    const policyChain = policyAt === -1 ? undefined : inv.args[policyAt + 1]?.value;
    if (policyChain && /^(INPUT|FORWARD)$/.test(policyChain) && inv.args[policyAt + 2]?.value === 'ACCEPT' && (table === undefined || table === null || table === 'filter')) open(`\`${inv.name} -P ${policyChain} ACCEPT\` lets in every packet no rule drops: the firewall no longer filters by default`);
    const matches = inv.args.some((a, i) => IPTABLES_MATCH.has(a.value ?? '') && !(/^(-s|--source|--src)$/.test(a.value ?? '') && EVERY_ADDRESS.test(inv.args[i + 1]?.value ?? '')));
    if (chain && /^(INPUT|FORWARD)$/.test(chain) && target === 'ACCEPT' && !matches) open(`\`${inv.name}\` accepts every packet in ${chain}: nothing is filtered`);
    else if (chain && /^(INPUT|FORWARD)$/.test(chain) && target === 'ACCEPT' && !iptablesScoped(inv)) {
      const port = optionValue(inv.args, '--dport', '--dports', '--destination-port', '--destination-ports');
      if (port && inboundOpenWidens([port], onServer)) open(`\`${inv.name}\` accepts connections to port ${port} from every address`);
    }
  }
  // nft(8) `add|insert rule FAMILY TABLE CHAIN … dport N accept`: with no source, interface or connection-state match, as ufw allow.
  // nft joins its words and parses them again, so `nft 'add rule … accept'` is the same rule.
  // One line may hold several commands, separated by `;` or new lines (nft(8)): each is judged.
  for (const command of inv.name === 'nft' ? ops.join(' ').split(/[;\n]/) : []) {
    const nft = command.trim().split(/\s+/);
    if (!/^(add|insert|create)$/.test(nft[0] ?? '') || nft[1] !== 'rule' || /output|postrouting/i.test(nft[4] ?? '')) continue;
    const rule = nft.slice(5).join(' ');
    const ports = [...rule.matchAll(/\bdport\s+(\{[^}]*\}|\S+)/g)].flatMap((m) => m[1]!.replace(/[{}]/g, '').split(/[\s,]+/).filter(Boolean));
    if (ports.length > 0 && inboundOpenWidens(ports, onServer) && /\baccept\b/.test(rule) && !/\b(saddr|iif|iifname|ct state|ct status)\b/.test(rule)) open(`\`nft ${nft.slice(0, 5).join(' ')}\` accepts connections to a port from every address`);
    if (ports.some((p) => SSH_ENTRY.test(p)) && /input/i.test(nft[4] ?? '') && /\b(drop|reject)\b/.test(rule) && !/\b(saddr|iif|iifname|ct state|ct status)\b/.test(rule)) b.verb('permissions').destroy('ssh_lockout', `\`nft ${nft.slice(0, 5).join(' ')}\` drops SSH from every address: remote logins to the machine, this session's way back among them, are cut off`, inv.span);
  }
  if (inv.name === 'firewall-cmd') {
    const zone = optionValue(inv.args, '--set-default-zone');
    if (zone === 'trusted') open('`firewall-cmd --set-default-zone=trusted`: the trusted zone accepts every connection');
    if (optionValue(inv.args, '--set-target') === 'ACCEPT') open('`firewall-cmd --set-target=ACCEPT`: the zone accepts every connection');
    if ((optionValue(inv.args, '--zone') === 'trusted') && hasFlag(inv.args, '--add-interface', '--change-interface', '--add-source', '--change-source')) open('`firewall-cmd --zone=trusted`: traffic from that interface or source is no longer filtered');
    // A service or port added to a zone that faces every address (the default, public, external, dmz), or a rich rule
    // that accepts with no source address.
    const facing = optionValue(inv.args, '--zone') ?? 'public';
    const added = optionValues(inv.args, '--add-service', '--add-port');
    if (added.length > 0 && inboundOpenWidens(added, onServer) && /^(public|external|dmz)$/.test(facing)) open(`\`firewall-cmd --add-service|--add-port ${added.map((a) => a ?? '…').join(' ')}\` opens it to every address in the \`${facing}\` zone`);
    // Each rich rule on its own: the option may be given several times, and a rule not fixed in the input is unknown.
    for (const rich of optionValues(inv.args, '--add-rich-rule')) {
      const richPorts = rich ? [...rich.matchAll(/\b(?:port=|service name=)["']?([\w-]+)/g)].map((m) => m[1]!) : [];
      if (rich && /\baccept\b/.test(rich) && /\b(port|service)\b/.test(rich) && !/\bsource\b/.test(rich) && inboundOpenWidens(richPorts, onServer)) open('`firewall-cmd --add-rich-rule` accepts a port or service from every address');
    }
    const ssh = optionValues(inv.args, '--remove-service', '--remove-port').find((v) => v !== null && SSH_ENTRY.test(v));
    if (ssh !== undefined) b.verb('permissions').destroy('ssh_lockout', `\`firewall-cmd --remove-service|--remove-port ${ssh}\` closes SSH: remote logins to the machine, this session's way back among them, are cut off`, inv.span);
    if (hasFlag(inv.args, '--panic-on')) b.destroy('service_outage', '`firewall-cmd --panic-on` drops every packet: every service on the machine is cut off', inv.span);
    if (optionValue(inv.args, '--set-log-denied') === 'off') b.destroy('safeguard_off', '`firewall-cmd --set-log-denied=off` stops logging denied packets', inv.span);
  }
}

function alias(inv: Invocation): void {
  for (const a of inv.args) {
    const v = a.value;
    if (v === null) {
      inv.env.b.partial('alias_dynamic', 'an alias with a dynamic definition', inv.span);
      continue;
    }
    const eq = v.indexOf('=');
    if (eq > 0) inv.scope.aliases.set(v.slice(0, eq), v.slice(eq + 1));
  }
}

/**
 * `hash -p FILE NAME` (bash): from now on NAME runs FILE, as an alias to it would. SECURITY (D8): the
 * name then says nothing about the program; a FILE we cannot see makes NAME unknown.
 */
function hashPath(inv: Invocation): void {
  const p = inv.args.findIndex((a) => a.value === '-p' || (a.value ?? '').startsWith('-p'));
  if (p === -1) {
    inv.env.b.verb('read');
    return;
  }
  const flag = inv.args[p]!.value!;
  const file = flag === '-p' ? inv.args[p + 1] : { ...inv.args[p]!, value: flag.slice(2) };
  const names = inv.args.slice(flag === '-p' ? p + 2 : p + 1);
  for (const n of names) {
    if (n.value === null) {
      inv.env.b.opaque('hash_dynamic', '`hash -p` binds a name that is not fixed in the input', inv.span);
      continue;
    }
    if (file?.value === null || file?.value === undefined) {
      inv.env.b.opaque('hash_dynamic', `\`hash -p\` binds \`${n.value}\` to a file that is not fixed in the input`, inv.span);
      continue;
    }
    inv.env.b.finding('hash_binds_program', `\`hash -p\` makes \`${n.value}\` run \`${file.value}\``, inv.span);
    inv.scope.hashed = new Map([...(inv.scope.hashed ?? []), [n.value, file.value]]);
  }
}

function at(inv: Invocation): void {
  inv.env.b.finding('scheduled', `\`${inv.name}\` schedules commands to run later`, inv.span);
  const file = inv.args.findIndex((a) => a.value === '-f');
  if (file !== -1) {
    inv.env.b.opaque('script_unseen', `\`${inv.name} -f\` schedules a script we cannot see`, inv.span);
    return;
  }
  if (hasFlag(inv.args, '-l', '-c', '-q') && !inv.stdin) {
    inv.env.b.verb('read');
    return;
  }
  if (!inv.stdin || inv.stdin.text === null) {
    inv.env.b.opaque('shell_stdin_dynamic', `\`${inv.name}\` schedules commands from ${inv.stdin?.producer ?? 'the terminal'}`, inv.span);
    return;
  }
  inv.runSource(inv.stdin.text, null, `\`${inv.name}\``);
}

/** A `grep -v`/`sed '/P/d'` pattern that matches only comment lines or blank lines of a crontab (`^#`, `^\s*#`, `^$`). */
const CRONTAB_NON_JOB_LINES = /^\^(\\s\*|\[\[:space:\]\]\*|\s\*)?(#.*|\$)$/;

function crontab(inv: Invocation): void {
  const b = inv.env.b.target({ kind: 'host', id: 'crontab', environment: null, home: false });
  if (hasFlag(inv.args, '-r')) {
    b.verb('delete').destroy('crontab_remove', '`crontab -r` deletes every scheduled job', inv.span);
    return;
  }
  if (hasFlag(inv.args, '-l')) {
    b.verb('read');
    return;
  }
  // crontab(1): `crontab FILE` and `crontab -` install a new table in place of the current one, whose jobs are lost
  // unless the input starts with them (`(crontab -l; echo LINE) | crontab -`).
  const file = positionals(inv.args, new Set(['-u']))[0];
  if (hasFlag(inv.args, '-e')) b.opaque('interactive_editor', '`crontab -e` edits jobs interactively', inv.span);
  else if (file && file.value !== '-') b.verb('write').destroy('crontab_replace', `\`crontab ${shown(file)}\` replaces every scheduled job`, inv.span).opaque('script_unseen', `\`crontab ${shown(file)}\` installs jobs we cannot see`, inv.span);
  else if (inv.stdin?.crontabWithout !== undefined) {
    // The current table less the lines matching P (`crontab -l | grep -v P | crontab -`): an edit of the jobs P names;
    // a pattern that matches nearly anything empties the table, and a safeguard's job (SAFEGUARD_JOB_NAME) stops running.
    // One job named by a fixed word that is no safeguard's is a write (the lead's answer 369.3, as 360.1 for a Windows
    // task: filesystem.ts `cronLineOfNoSafeguard`); any other pattern (a regular expression, a name saying production)
    // stays a scheduled job deleted (round 16's decision 12); only comments and blank lines go without loss.
    const p = inv.stdin.crontabWithout;
    b.verb('write');
    if (CRONTAB_NON_JOB_LINES.test(p)) b.finding('crontab_edit', `\`crontab -\` takes the comments or blank lines matching \`${p}\` out of the table; every job is kept`, inv.span);
    else if (p.replace(/[\\^$.*+?()[\]{}|#\s]/g, '').length < 3) b.verb('delete').destroy('crontab_replace', `\`crontab -\` installs the table without the lines matching \`${p}\`: nearly every job`, inv.span);
    else if (cronJobSafeguard(p)) b.verb('delete').destroy('safeguard_off', `\`crontab -\` takes the job matching \`${p}\` out of the table: a safeguard (backup, update, certificate renewal, scan, monitoring, sync, logging) no longer runs`, inv.span);
    else if (cronLineOfNoSafeguard(inv, p)) b.verb('delete').finding('cron_line_removed', `\`crontab -\` takes the job named \`${p}\` out of the table, no safeguard's (answer 369.3)`, inv.span);
    else b.verb('delete').destroy('scheduled_job_delete', `\`crontab -\` takes the jobs matching \`${p}\` out of the table: a scheduled job is deleted`, inv.span);
  } else if (inv.stdin?.text) {
    b.verb('write').finding('scheduled', 'installs scheduled jobs', inv.span);
    if (!inv.stdin.keepsCrontab) b.destroy('crontab_replace', '`crontab -` replaces every scheduled job with its input', inv.span);
    const lines = linesOf('crontab', inv.stdin.text);
    if (lines.length > MAX_STORED_LINES) b.opaque('stored_commands_too_many', '`crontab` installs more jobs than are judged', inv.span);
    for (const line of lines.slice(0, MAX_STORED_LINES)) inv.runSource(line, null, '`crontab`', inv.scope.home);
  } else b.opaque('shell_stdin_dynamic', `\`crontab\` installs jobs from ${inv.stdin?.producer ?? 'its input'}`, inv.span);
}

/**
 * `systemctl edit UNIT` writes a drop-in (or with `--full` the unit) whose `Exec*=` commands the service runs: with
 * `--stdin` (systemd 256) the text is the input, judged as the unit's commands; without it an editor opens and what is
 * stored is typed later, as for `crontab -e`. The write itself is the catalogue's.
 */
function systemctlEdit(inv: Invocation): void {
  const pos = positionals(inv.args);
  if (pos[0]?.value !== 'edit') return;
  if (!hasFlag(inv.args, '--stdin')) {
    inv.env.b.opaque('interactive_editor', '`systemctl edit` stores unit commands typed in an editor', inv.span);
    return;
  }
  if (inv.stdin?.text == null) {
    inv.env.b.opaque('shell_stdin_dynamic', `\`systemctl edit --stdin\` stores unit commands from ${inv.stdin?.producer ?? 'its input'}`, inv.span);
    return;
  }
  const lines = linesOf('unit', inv.stdin.text);
  if (lines.length > MAX_STORED_LINES) inv.env.b.opaque('stored_commands_too_many', '`systemctl edit --stdin` stores more unit commands than are judged', inv.span);
  for (const line of lines.slice(0, MAX_STORED_LINES)) inv.runSource(line, null, '`systemctl edit --stdin` stores a command the unit runs', '/');
}

function words(inv: Invocation): string[] {
  return inv.args.map((a) => a.value ?? '?');
}

/**
 * Gradle tasks that lose data, by name; Gradle accepts camel-case abbreviations of a task name (`uninstAll`,
 * `uninstRel`: each word a prefix), so the first word matches any prefix of four letters or more. The Android Gradle
 * plugin's `uninstall<Variant>` and `uninstallAll` remove the app, with its data, from every connected device.
 */
const GRADLE_DESTROYS: ReadonlyArray<{ task: RegExp; what: string }> = [
  // Not a debug or test variant (`uninstallDebug`, `uninstallStagingDebugAndroidTest`): the build under development,
  // whose data is test data (as for `adb uninstall` of a `.debug` package).
  { task: /^unin(s(t(a(l(l)?)?)?)?)?([A-Z]\w*)?$(?<!Debug|AndroidTest|UnitTest)/, what: 'uninstalls the app, with its data, from every connected device' },
];

/**
 * Toolchain managers told to uninstall themselves, with what goes with them (the lead's answer 336.9, round 32): `rustup
 * self uninstall` removes every toolchain and `CARGO_HOME` (rustup book, "Installation": "uninstall Rust and rustup"),
 * which holds the programs `cargo install` put there and the registry credentials (`~/.cargo/credentials.toml`): nothing
 * installs those again. One toolchain removed (`rustup toolchain uninstall nightly`) is installed again on demand.
 */
const TOOLCHAIN_SELF_REMOVALS: ReadonlyArray<{ tool: RegExp; command: RegExp; what: string }> = [
  { tool: /^rustup$/, command: /^self uninstall$/, what: 'removes every Rust toolchain and CARGO_HOME, with the programs `cargo install` put there and the registry credentials' },
];

/**
 * Build tools' goals that delete what nothing rebuilds (a generator's own line below), first Maven plugin goals and Gradle
 * tasks of the database migration plugins that drop what a database holds: Flyway's
 * `clean` ("drops all objects (tables, views, procedures, triggers, ...) in the configured schemas", Flyway docs, Maven
 * goal `flyway:clean`, Gradle task `flywayClean`) and Liquibase's `dropAll` (Maven `liquibase:dropAll`, the Gradle
 * plugin's `dropAll`). A JDBC URL on the line that names a test database on this machine (`-Dflyway.url=jdbc:postgresql://
 * localhost:5432/orders_test`) keeps it a write, as `dropdb` of one is (the lead's decision 5).
 */
const BUILD_DB_DROPS: ReadonlyArray<{ tool: RegExp; goal: RegExp; what: string; code?: string; preview?: string[] }> = [
  { tool: /^mvnw?$/, goal: /^(org\.flywaydb:)?flyway(-maven-plugin)?(:[\w.-]+)?:clean$/, what: 'drops every object in the configured schemas (Flyway clean)' },
  { tool: /^mvnw?$/, goal: /^(org\.liquibase:)?liquibase(-maven-plugin)?(:[\w.-]+)?:dropAll$/, what: 'drops every database object Liquibase can see (dropAll)' },
  { tool: /^gradlew?$/, goal: /^(:[\w-]+)*:?(flywayClean|dropAll)$/, what: 'drops every object in the configured schemas (Flyway clean, Liquibase dropAll)' },
  // Nx's `remove` generator (`nx g @nx/workspace:remove`, alias `rm`; `@nrwl` before Nx 16) deletes a project's whole
  // folder from the workspace (Nx docs, "@nx/workspace:remove"), with whatever is not committed in it; `--dry-run`/`-d`
  // only prints. Its `move` generator keeps the files.
  { tool: /^nx$/, goal: /^@(nx|nrwl)\/workspace:(remove|rm)$/, what: 'deletes a project\'s folder from the workspace (Nx remove generator)', code: 'workspace_data_loss', preview: ['--dry-run', '-d', '--dryRun'] },
];
const JDBC_URL = /^(?:-D|-P)?(?:flyway|liquibase)\.url=jdbc:[a-z]+:\/\/(\[[^\]/]*\]|[^/:?;]+)(:\d+)?\/([^/?;]+)(?:[?;].*)?$/;
function jdbcTestUrl(setting: string): boolean {
  const m = JDBC_URL.exec(setting);
  return m !== null && isLocalDatabaseHost(m[1]! + (m[2] ?? '')) && namesDisposable(m[3]!);
}

const JS_PM_VALUED = new Set(['--prefix', '-w', '--workspace', '--registry', '--userconfig', '--globalconfig', '--cache', '--loglevel', '-C', '--dir', '--cwd', '--filter', '-F', '--otp', '--tag', '--access']);

/**
 * The lead's answer 128 (round 24): a JavaScript package manager running a package's binary is that binary run, routed
 * as `npx BIN` is (wrappers.ts: the binary's own rules, reads and resets alike): `npm exec|x …` (npm-exec(1): npx is its
 * alias), `pnpm exec|dlx …`, `yarn exec|dlx …`, and `pnpm BIN …` / `yarn BIN …`, which run a package's binary when the
 * word is none of their commands (`pnpm nx reset`, `pnpm drizzle-kit drop`, `pnpm rimraf dist`). A package.json script of
 * that name would run first, so only a program some analyser knows is read as a binary; other words stay the project's
 * scripts. The manager's `--prefix`, `-C`, `--dir` and `--cwd` move where the binary runs; one not fixed is not routed.
 */
const PACKAGE_MANAGER_COMMANDS: ReadonlySet<string> = new Set([
  'add', 'install', 'i', 'ci', 'update', 'up', 'upgrade', 'upgrade-interactive', 'remove', 'rm', 'uninstall', 'un', 'unlink', 'link', 'ln',
  'import', 'rebuild', 'rb', 'prune', 'fetch', 'dedupe', 'patch', 'patch-commit', 'patch-remove', 'audit', 'list', 'ls', 'll', 'la',
  'outdated', 'why', 'explain', 'licenses', 'info', 'view', 'v', 'show', 'run', 'run-script', 'test', 't', 'tst', 'start', 'stop',
  'restart', 'create', 'init', 'publish', 'pack', 'version', 'config', 'c', 'get', 'set', 'bin', 'root', 'env', 'store', 'cache',
  'setup', 'server', 'deploy', 'doctor', 'help', 'login', 'logout', 'whoami', 'owner', 'tag', 'team', 'token', 'unpublish',
  'dist-tag', 'access', 'npm', 'node', 'workspace', 'workspaces', 'plugin', 'constraints', 'search', 'global', 'autoclean', 'check',
  'generate-lock-entry', 'policies', 'self-update', 'completion', 'recursive', 'multi', 'm', 'sbom', 'approve-builds', 'exec', 'dlx', 'x',
]);
function packageBinaryRun(inv: Invocation): boolean {
  if (!/^(npm|pnpm|yarn)$/.test(inv.name)) return false;
  const rest = afterOwnOptions(inv.args, JS_PM_VALUED);
  const sub = rest[0]?.value;
  if (sub === null || sub === undefined) return false;
  const explicit = inv.name === 'npm' ? sub === 'exec' || sub === 'x' : sub === 'exec' || sub === 'dlx';
  if (!explicit && (inv.name === 'npm' || PACKAGE_MANAGER_COMMANDS.has(sub) || !(knownProgram(sub) || ORM_TOOLS.has(sub)))) return false;
  const argv = explicit ? rest.slice(1) : rest;
  if (argv.length === 0) return false;
  const dirs = optionValues(inv.args.slice(0, inv.args.length - rest.length), '--prefix', '-C', '--dir', '--cwd');
  if (dirs.some((d) => d === null)) return false;
  const npx = [{ ...rest[0]!, text: 'npx', value: 'npx' }, ...argv];
  const saved = inv.scope.cwd;
  for (const d of dirs) changeDirectory(inv.scope, { ...rest[0]!, text: d!, value: d });
  inv.dispatch(npx, inv.stdin);
  inv.scope.cwd = saved;
  return true;
}

/** `docker compose -f F… [-p P] exec|run …` whose every file and project say test (namesTestStack), read from the words. */
function composeTestStackRun(inv: Invocation): boolean {
  if (!/^(docker|podman|nerdctl)(-compose)?$/.test(inv.name)) return false;
  const at = inv.args.findIndex((a) => a.value === 'exec' || a.value === 'run');
  if (at === -1) return false;
  // Another daemon, or settings passed into the container (a `DATABASE_URL` of another server), leave the line's reading.
  if (inv.args.some((a) => a.value === null || /^(-e|--env|--env-file|-H|--host|-c|--context)(=|$)/.test(a.value)) || envVar(inv, 'DOCKER_HOST') !== undefined || envVar(inv, 'DOCKER_CONTEXT') !== undefined) return false;
  return composeStackNamedTest(inv, inv.args.slice(0, at));
}

/** The files and project that name a compose stack, for a finding. */
function testStackNames(globals: Word[]): string {
  return [...optionValues(globals, '-f', '--file'), optionValue(globals, '-p', '--project-name')].filter(Boolean).join(', ');
}

/**
 * The lead's answer 199 (with answer 167): a compose call with no `-f`/`-p` (nor COMPOSE_FILE, COMPOSE_PROJECT_NAME),
 * run in the workspace, acts on the project's own dev stack. Only its cache's loss is read so (DEV_STACK_CACHE_LOSSES):
 * a dev stack's databases hold dev data (decision 36).
 */
const DEV_STACK_CACHE_LOSSES: ReadonlySet<string> = new Set(['memcached_flush']);
function composeDevStack(inv: Invocation, globals: Word[]): boolean {
  const cwd = inv.scope.cwd;
  const root = inv.scope.workspace;
  const inWorkspace = cwd !== undefined && root !== undefined && (cwd === root || cwd.startsWith(`${root.replace(/\/+$/, '')}/`)) && !cwd.split('/').includes('..');
  return (inv.name.endsWith('-compose') || inv.args[0]?.value === 'compose') && inWorkspace && optionValues(globals, '-f', '--file', '-p', '--project-name', '--project-directory').length === 0 && !globals.some((a) => a.value === null) && envVar(inv, 'COMPOSE_FILE') === undefined && envVar(inv, 'COMPOSE_PROJECT_NAME') === undefined;
}

/** A compose call whose every `-f` file and `-p` project (its global options) say test: namesTestStack, answer 45. */
function composeStackNamedTest(inv: Invocation, globals: Word[]): boolean {
  const files = optionValues(globals, '-f', '--file');
  const project = optionValue(globals, '-p', '--project-name');
  return (inv.name.endsWith('-compose') || inv.args[0]?.value === 'compose') && !files.some((f) => f === null) && project !== null && namesTestStack(files as string[], project);
}

/** MSBuild's `-p:`/`/p:`/`-property:` properties that name where a build publishes (`PublishProfile=Production`). */
const PUBLISH_PROPERTY = /^[-/](p|property):(?:[^;=]+=[^;]*;)*(PublishProfile|EnvironmentName)=([^;]+)/i;

/**
 * An MSBuild publish profile or environment property (`msbuild /p:DeployOnBuild=true /p:PublishProfile=Production`,
 * `dotnet publish -p:PublishProfile=Staging`): the profile's name says where the build deploys, as a deploy tool's
 * `--env` does (round 21).
 */
function publishProfileTarget(inv: Invocation): void {
  if (!/^(msbuild|dotnet)$/.test(inv.name)) return;
  for (const a of inv.args) {
    const m = PUBLISH_PROPERTY.exec(a.value ?? '');
    if (m) inv.env.b.target(envTarget(inv, 'host', m[3]!, [clue('names', m[3]!)]));
  }
}

/**
 * Round 31 (u31): the lead's answer 205 for a project's task runners. `npm|pnpm|yarn|bun run TASK`, `make TARGET`, `just
 * RECIPE` and `task TASK` run a script the input does not show, as `./scripts/TASK.sh` does: a task whose own name says
 * production (`deploy:prod`, `deploy-production`) is code we cannot see named for production, and so is a task named for
 * acting on data (DATA_TASK: seed, reset, drop, wipe, truncate …) told production by its arguments (`-- --env=production`,
 * make's `ENV=prod`, a bare `prod`), as `./scripts/reset.sh production` is. A deploy told production stays the deploy it
 * is (`b20-shell8-make-deploy-prod`: benign), and so does a build, test or lint task (`npm run build -- --mode
 * production` builds for it). Unknown, not
 * destructive: what the task does is not shown.
 */
const DATA_TASK = /^(seed|reset|drop|destroy|teardown|rollback|wipe|nuke|purge|truncate|restore|cleanup|backfill|flush|erase)$/;
const BUILD_TASK = /^(build|bundle|compile|package|dist|test|tests|e2e|lint|typecheck|check|format|fmt|start|serve|dev|watch|preview|analyze|docs|storybook|assets|css|js|image|docker)$/;
const TASK_RUNNERS = /^(npm|pnpm|yarn|bun|make|just|task)$/;
/**
 * The tasks a project's task runner is asked to run (`npm run TASK`, `make T1 T2`, `just RECIPE`, `task TASK`) and what
 * they are told: make's and task's `VAR=value` arguments, just's recipe arguments, a JS script's after `--`. Null for
 * any other program or call.
 */
function projectTasks(inv: Invocation, pos: string[]): { tasks: string[]; told: Array<string | null | undefined>; js: boolean; end: number } | null {
  if (!TASK_RUNNERS.test(inv.name)) return null;
  const js = /^(npm|pnpm|yarn|bun)$/.test(inv.name);
  if (js && !/^(run|run-script)$/.test(pos[0] ?? '')) return null;
  const end = inv.args.findIndex((a) => a.value === '--');
  const named = js ? pos.slice(1, 2) : pos.filter((w) => !w.includes('='));
  const tasks = (inv.name === 'just' ? named.slice(0, 1) : named).filter((w) => /^[\w:.-]+$/.test(w));
  if (tasks.length === 0) return null;
  const told = js ? (end === -1 ? [] : inv.args.slice(end + 1).map((a) => a.value)) : inv.name === 'just' ? pos.slice(1) : pos.filter((w) => w.includes('='));
  return { tasks, told, js, end };
}
function projectTaskOnProduction(inv: Invocation, pos: string[]): boolean {
  const run = projectTasks(inv, pos);
  if (run === null) return false;
  const { tasks, told, js, end } = run;
  const b = inv.env.b;
  // `build:prod`, `start:production`, `test:prod` build, run or test the project here for production: the build they are.
  const byName = tasks.find((t) => heuristicEnvironment(t) === 'production' && !t.split(/[:._-]/).some((w) => BUILD_TASK.test(w.toLowerCase())));
  if (byName !== undefined) {
    b.target({ kind: 'host', id: byName, environment: 'production', home: false, verbs: ['unknown'] });
    b.opaque('script_named_production', `\`${inv.name} ${byName}\` runs a task whose content is not part of the action, and its name says production (the lead's answer 205)`, inv.span);
    return true;
  }
  if (!tasks.some((t) => t.split(/[:._-]/).some((w) => DATA_TASK.test(w.toLowerCase())))) return false;
  const prod = told.find((w) => w !== null && w !== undefined && /^(--?[\w-]*(env|environment|stage|target)[\w-]*=|[A-Z_]*(ENV|ENVIRONMENT|STAGE|TARGET)[A-Z_]*=)?(prod|production|prd|live)$/i.test(w));
  const option = prod === undefined && js && end !== -1 ? productionNamedBy({ ...inv, args: inv.args.slice(end + 1) }) : null;
  if (prod === undefined && option === null) return false;
  const shown = prod ?? option!.value;
  b.target({ kind: 'host', id: shown, environment: 'production', home: false, verbs: ['unknown'] });
  b.opaque('script_named_production', `\`${inv.name} ${tasks[0]}\` runs a task whose content is not part of the action, told \`${shown}\`: production (the lead's answer 205)`, inv.span);
  return true;
}

/**
 * The lead's answer 372.4 (round 36): a task runner's target joins answer 364.3's words (judgeDestroyNamedScript: wipe,
 * nuke, destroy, drop, purge, truncate, a reset of the database or of all): `make destroy`, `npm run purge-uploads`, `just
 * wipe` run code the action does not show, named for destroying: `unknown`. The environment named decides first:
 * production is answer 205's (projectTaskOnProduction); a dev, test or staging environment named by the task or told to
 * it (`make db-reset ENV=dev`, `npm run db:drop:test`, `make destroy-test-env`) keeps its answer, as before.
 */
function projectTaskNamedDestroy(inv: Invocation, pos: string[]): boolean {
  const run = projectTasks(inv, pos);
  if (run === null) return false;
  // The lead's answer 376.2 (round 37): one rule with scripts (named-scripts.ts): the task's name and what it is told
  // decide, a dev or test environment benign, staging and production unknown (a told value not fixed names no dev).
  const told = [...run.tasks, ...run.told.map((w) => (typeof w === 'string' ? w.replace(/^[^=]*=/, '') : w))];
  return run.tasks.some((t) => judgeDestroyNamedScript(inv, t, `\`${inv.name} ${t}\` runs a task whose content is not part of the action`, told));
}

/** Where a program's own options end: at `--`, or the end of its arguments. */
function end0(inv: Invocation): number {
  const i = inv.args.findIndex((a) => a.value === '--');
  return i === -1 ? inv.args.length : i;
}

function unknownCommand(inv: Invocation, family: 'build' | 'cloud' | 'unknown'): void {
  const b = inv.env.b;
  const ws = words(inv);
  // In a compose stack named test the ORM runs inside the stack: its command is judged there (a reset is the stack's
  // data, `inTestStack`: the lead's answer 58), not from the words of the whole line.
  if (!(family === 'cloud' && composeTestStackRun(inv)) && orm(inv, ws)) return;
  // Migration tools name their database in a URL, DSN or environment option: that is where they act.
  if (MIGRATION_TOOLS.has(inv.name)) b.target(ormTarget(inv, ws));
  if (family === 'cloud') {
    if (/^(docker|podman|nerdctl)(-compose)?$/.test(inv.name) && container(inv, ws)) return;
    genericCloud(inv);
    return;
  }
  // npm/pnpm/yarn options that take a value may come before the command (`npm --prefix packages/ui unpublish`: npm config reference).
  const pos = positionals(inv.args, /^(npm|pnpm|yarn)$/.test(inv.name) ? JS_PM_VALUED : undefined).map((w) => w.value ?? '?');
  // `format` (or `--format`) in a program we do not know formats code or picks an output format (`gleam format`,
  // `tool --format json`) unless the command names a device or a drive (`… format /dev/sdb`, `… format E:`).
  // Round 35 (o35): an operand named for a partition, disk or block device (`path/to/partition`, `./disk`) is one too.
  const device = pos.some((w) => /^\/dev\/|^[A-Za-z]:\\?$/.test(w) || /(^|\/)(partition|disk|drive|device|block[-_]device)\d*$/i.test(w));
  const destroys = (w: string) => DESTRUCTIVE_JOINED.test(w) || (DESTRUCTIVE_WORD.test(w) && w !== 'stop' && w !== 'down' && w !== 'disable' && w !== 'kill' && w !== 'release' && w !== '-r' && (w.replace(/^-+/, '') !== 'format' || device)) || DESTRUCTIVE_COMPOUND.test(w);
  if (family === 'unknown' && remoteSubcommandRun(inv, knownProgram, destroys)) return;
  if (family === 'unknown' && /^[\w.-]+$/.test(inv.name)) consoleCommandsOnInput(inv, inv.args.slice(0, end0(inv)).map((a) => a.value ?? '?'), (w) => destroys(w) || losingVerb(w));
  // Round 44 (loto44): one of its own commands given as an option's value (`-rx 'core stop now'`), read the same way;
  // a statement in SQL there is read below by the SQL reader (a statement's words are not the program's).
  if (family === 'unknown' && /^[\w.-]+$/.test(inv.name)) consoleCommandInOption(inv, inv.args.slice(0, end0(inv)).map((a) => a.value ?? '?').map((w) => (inlineSqlOf([w]).length > 0 ? '?' : w)), (w) => destroys(w) || losingVerb(w) || compoundLoses(w));
  // oclif-style `topic:command` (`projects:delete`, `force:org:delete`): the last part is the command.
  const destructiveWord = pos.slice(0, 3).find((w) => destroys(w) || (TOPIC_COMMAND.test(w) && destroys(w.slice(w.lastIndexOf(':') + 1))))
    ?? (family === 'unknown' ? (FACTORY_RESET_PROGRAM.test(inv.name) ? inv.name : inv.args.slice(0, end0(inv)).map((a) => a.value ?? '').find((w) => DESTRUCTIVE_OPTION.test(w))) : undefined);
  if (family === 'build') {
    publishProfileTarget(inv);
    cacheSetting(inv, pos);
    cacheCleanOfSetFolder(inv, pos);
    b.verb('exec').partial('runs_project_code', `\`${inv.name}\` runs project code that is not part of the action`, inv.span);
    if (makeRecipes(inv, (f) => writtenContent(inv.scope, f))) return;
    if (projectTaskOnProduction(inv, pos)) return;
    if (projectTaskNamedDestroy(inv, pos)) return;
    npmScriptSet(inv);
    const gradleTask = /^gradlew?$/.test(inv.name) ? pos.map((w) => w.slice(w.lastIndexOf(':') + 1)).find((t) => GRADLE_DESTROYS.some((g) => g.task.test(t))) : undefined;
    const dbDrop = BUILD_DB_DROPS.find((d) => d.tool.test(inv.name) && pos.some((w) => d.goal.test(w)) && !hasFlag(inv.args, ...(d.preview ?? [])));
    if (dbDrop?.code !== undefined) b.verb('delete').destroy(dbDrop.code, `\`${inv.name}\` ${dbDrop.what}`, inv.span);
    else if (dbDrop !== undefined) {
      const urls = inv.args.map((a) => a.value ?? '').filter((v) => /^(-D|-P)?(flyway|liquibase)\.url=/.test(v));
      if (urls.length > 0 && urls.every(jdbcTestUrl)) b.verb('delete').finding('test_database', `\`${inv.name}\` ${dbDrop.what} of a test database on this machine`, inv.span);
      else b.verb('delete').destroy('build_db_drop', `\`${inv.name}\` ${dbDrop.what}`, inv.span);
    } else if (gradleTask !== undefined) b.verb('delete').destroy('gradle_task_destructive', `\`${inv.name} ${gradleTask}\`: ${GRADLE_DESTROYS.find((g) => g.task.test(gradleTask))!.what}`, inv.span);
    else if (TOOLCHAIN_SELF_REMOVALS.some((t) => t.tool.test(inv.name) && t.command.test(pos.slice(0, 2).join(' ')))) b.verb('delete').destroy('toolchain_self_uninstall', `\`${inv.name} ${pos.slice(0, 2).join(' ')}\` ${TOOLCHAIN_SELF_REMOVALS.find((t) => t.tool.test(inv.name))!.what}`, inv.span);
    else if (/^(npm|pnpm|yarn)$/.test(inv.name) && pos[0] === 'unpublish') b.verb('delete').destroy('package_unpublish', 'unpublishes a package', inv.span);
    // ko's `delete` is kubectl's with the same arguments ("a thin wrapper around kubectl delete", ko's reference): judged so.
    else if (inv.name === 'ko' && pos[0] === 'delete') inv.dispatch([...splitWords('kubectl', inv.span), ...inv.args], inv.stdin);
    else if (/^(npm|pnpm|yarn|cargo|gem|twine|poetry)$/.test(inv.name) && pos[0] === 'publish') b.verb('deploy');
    // Maven's deploy phase and release:perform, Gradle's publish tasks upload artefacts to a repository (a new version).
    else if ((inv.name === 'mvn' && pos.some((w) => /^(deploy|release:perform|deploy:deploy(-file)?)$/.test(w))) || (inv.name === 'gradle' && pos.some((w) => /^publish\w*$/.test(w)))) b.verb('deploy');
    // `bundle exec CMD` (Bundler) runs CMD with the bundle's gems: CMD is the action.
    else if (inv.name === 'bundle' && pos[0] === 'exec' && inv.args.length > 1) inv.dispatch(inv.args.slice(inv.args.findIndex((a) => a.value === 'exec') + 1), inv.stdin);
    // A playbook we cannot see, run on production hosts (`-i inventories/production`, `-l prod-web`); check mode and the
    // listing options change nothing. Builds are left alone: `MIX_ENV=prod mix release` builds for production, it does not act there.
    else if (inv.name === 'ansible-playbook') {
      // The inventory and the limit name the hosts it acts on, as for ad hoc `ansible` (their environment).
      // One target: the hosts run on are the limit's within the inventory (416.4).
      const named = optionValues(inv.args, '-l', '--limit', '-i', '--inventory', '--inventory-file').find((v) => typeof v === 'string');
      if (named !== undefined) b.target(envTarget(inv, 'host', named ?? '?', ansibleHostClues(inv.args)));
      if (!hasFlag(inv.args, '-C', '--check', '--syntax-check', '--list-hosts', '--list-tasks', '--list-tags')) judgeUnknownProgram(inv, '`ansible-playbook` runs a playbook we cannot see', productionNamedBy);
    }
    return;
  }
  // `--help` (before `--`) prints help and runs nothing in every argument parser we know of (getopt_long, cobra, click,
  // argparse, commander, clap, picocli), so a destructive word beside it names the subcommand whose help is asked for.
  // Round 41 (nxs41; the lead's answer 416.3): an unknown program's parser is not known to permute, so help counts only
  // before the first operand after the subcommand words (those up to the destructive word), as the catalogue reads an
  // entry whose parser it does not name (service-catalogue.ts helpAsParsed): `x secret delete prod-db --help` deletes.
  const ownWords = inv.args.slice(0, end0(inv)).map((a) => a.value ?? '?');
  const commandAt = destructiveWord === undefined ? -1 : pos.slice(0, 3).includes(destructiveWord) ? pos.indexOf(destructiveWord) : operandsBefore(ownWords, pos, destructiveWord) - 1;
  if (destructiveWord && helpBeforeObjects(ownWords, pos, commandAt, (w, i) => w === '--help' && (i === 0 || !mayTakeValue(ownWords[i - 1]!)))) {
    b.verb('read').partial('unknown_command', `\`${inv.name}\` is not a command we know`, inv.span).finding('help', `\`${inv.name} … --help\` prints help`, inv.span);
    return;
  }
  // Round 40 (lo40): a statement in SQL among its own words is what the program runs (`sql -e "DELETE FROM t"`): read by
  // the SQL reader, on the server the line names. The line's shape is still read beside it (an option that switches a
  // safeguard off, a destructive verb); a production name is the statement's server, judged by the SQL reader.
  // Round 41 (atk41): a statement fed on its input (`frobsql <<< 'DROP TABLE t'`, `echo 'DROP TABLE t' | frobsql`) too.
  const statements = family === 'unknown' ? inlineSqlOf([...inv.args.slice(0, end0(inv)).map((a) => a.value ?? ''), ...(typeof inv.stdin?.text === 'string' ? [inv.stdin.text] : [])]) : [];
  for (const sql of statements) classifySqlInto(sql, { ctx: inv.env.ctx, inventory: inv.env.inventory, host: optionValue(inv.args, '--host', '--url', '--uri', '--server', '--connection', '--env', '--environment', '--target') ?? undefined }, b, inv.span);
  const reading = family === 'unknown' ? unknownLineShape(inv, destructiveWord) : null;
  if (reading !== null && unknownReadingJudged(inv, reading)) return;
  if (destructiveWord) {
    b.verb('delete').partial('unknown_command', `\`${inv.name}\` is not a command we know`, inv.span).destroy('unknown_command_destructive_verb', `\`${inv.name} ${destructiveWord}\` looks destructive`, inv.span);
    return;
  }
  b.verb('exec').partial('unknown_command', `\`${inv.name}\` is not a command we know`, inv.span);
  judgeUnknownProgram(inv, `\`${inv.name}\` is not a program we know`, statements.length > 0 ? (i) => criticalPathOperand(i) : undefined);
  commandStrings(inv, knownProgram);
}

/**
 * A verb and its object in one word whose verb loses (`mass_erase`, `erase_sector`: compoundVerb). Not one that stops
 * (`uuid_kill ID` hangs up one call: as `kill` of one's own job, MASS_ONLY_VERBS).
 */
function compoundLoses(word: string): boolean {
  return compoundVerb(word)?.cls === 'loss';
}

/**
 * Round 37 (u37): the shape of an unknown program's line (unknown-verbs.ts): with a destructive word, a preview, a
 * retention or a disposable object spares it; without one, the lexicon's verbs, options and selectors decide.
 */
function unknownLineShape(inv: Invocation, destructiveWord: string | undefined): UnknownReading | null {
  const ownArgs = inv.args.slice(0, end0(inv));
  const own = ownArgs.map((a) => a.value ?? '?');
  const operands = positionals(ownArgs).map((w) => w.value ?? '?');
  const options = own.filter((w) => w.startsWith('-'));
  // A test run's own connections (`… npm test`, `run test:e2e`) are the test's: not read for it.
  const envOff = operands.slice(0, 2).some((o) => o.split(/[:_-]/).some((p) => /^(test|tests|e2e|spec|lint)$/i.test(p))) ? undefined : envSafeguardOff(inv.assignments);
  if (envOff !== undefined) return { kind: 'safeguard_off', word: envOff };
  if (destructiveWord === undefined) return readUnknownVerb(inv.name, operands, options, own, ownArgs.map((a) => a.value ?? a.text));
  return unknownLossSpared(operands, options, operands.indexOf(destructiveWord), own, inv.name);
}

/** Why a loss read by the lexicon is spared, by the reading's kind. */
const SPARED_WHY = {
  retention: 'keeps the newest, by its own retention',
  disposable: "a disposable object (a cache, a temporary, build or one run's)",
  dev_environment: 'a dev, test or throwaway environment',
  soft_delete: 'a soft delete, undone by the same tool',
} as const;

/** Why a line the lexicon reads is a write, by the reading's kind. */
const WRITE_WHY = {
  schedule_paused: 'a schedule paused: it runs nothing until resumed, and it is no backup, snapshot, renewal, log or delivery job',
  local_uninstall: "a package, tool or app uninstalled from this machine (the lead's answers 388.1 and 457.1)",
  reload_signal: 'a signal that asks the service to reload or reopen its logs: it keeps running',
  service_write: 'a service restarted, reloaded or started',
  restore_elsewhere: 'a restore into a place named apart from the live data: a new copy',
  copy_write: 'a new copy taken (a backup, a snapshot, a renewal)',
  operation_cancel: 'an operation in flight cancelled: the resources it acted on stay',
  channel_tag_removed: "a release channel's tag removed: the versions it pointed at stay published",
  user_service: "one's own per-user service stopped or disabled (the lead's answer 52)",
} as const;

/**
 * What a verb that writes may reach in an unknown program's line (round 39, lo39): a critical path among its operands
 * (`snapshot save /etc/passwd`, `sanitize start /dev/sda`), not a production name (a backup of production reads it, a
 * restart there is a restart) nor a path given as an option's `=` value (`--cacert=/etc/…/ca.crt` is read); for a restart,
 * reload or start (`optionValues`) not a path after an option either (`-D /srv/pg/data restart`, `--config /etc/caddy/…`).
 */
/** A file inside a folder named for copies (`/var/backups/etcd.db`, `/.snapshots/home-1`, `/srv/dumps/x.gz`): where a copy verb puts what it makes. */
function inCopyFolder(path: string): boolean {
  const parts = path.split('/');
  return !parts.includes('..') && parts.slice(0, -1).some((p) => /^\.?(backups?|snapshots?|dumps?|archives?)$/i.test(p));
}
function criticalPathOperand(inv: Invocation, optionValues = false): CriticalName | null {
  for (const [k, a] of inv.args.entries()) {
    if (a.value === null || /^-[\w-]*=/.test(a.value) || inCopyFolder(a.value)) continue;
    if (optionValues && k > 0 && /^-/.test(inv.args[k - 1]!.value ?? '')) continue;
    const hit = criticalNamedBy({ ...inv, assignments: new Map(), args: [a] });
    if (hit?.path !== undefined) return hit;
  }
  return null;
}

/** Records what the line's shape says; false when it leaves the line to the words' reading. */
function unknownReadingJudged(inv: Invocation, r: UnknownReading): boolean {
  const b = inv.env.b;
  const what = `\`${inv.name}\` is not a command we know`;
  switch (r.kind) {
    case 'read':
      b.verb('exec').verb('read').partial('unknown_command', what, inv.span).finding('unknown_read_verb', `\`${inv.name} ${r.word}\` reads: a status, listing, check, description or help`, inv.span);
      commandStrings(inv, knownProgram);
      return true;
    case 'preview':
      b.verb('exec').verb('read').partial('unknown_command', what, inv.span).finding('dry_run', `\`${inv.name} … ${r.word}\` previews: it changes nothing`, inv.span);
      commandStrings(inv, knownProgram);
      return true;
    case 'retention':
    case 'disposable':
    case 'dev_environment':
    case 'soft_delete':
      b.verb('delete').partial('unknown_command', what, inv.span).finding(`unknown_${r.kind}`, `\`${inv.name} ${r.word}\`: ${SPARED_WHY[r.kind]}`, inv.span);
      judgeUnknownProgram(inv, `\`${inv.name}\` is not a program we know`);
      return true;
    case 'user_service':
      // As root it is no per-user service (the lead's answer 426.1): out of service, as before.
      if (b.findings.some((f) => f.code === 'elevated')) b.verb('write').partial('unknown_command', what, inv.span).destroy('unknown_outage_verb', `\`${inv.name} ${r.word}\` takes something out of service`, inv.span);
      else b.verb('write').partial('unknown_command', what, inv.span).finding('unknown_user_service', `\`${inv.name} ${r.word}\`: ${WRITE_WHY.user_service}`, inv.span);
      return true;
    case 'schedule_paused':
    case 'local_uninstall':
    case 'reload_signal':
    case 'channel_tag_removed':
      b.verb(r.kind === 'local_uninstall' ? 'delete' : 'write').partial('unknown_command', what, inv.span).finding(`unknown_${r.kind}`, `\`${inv.name} ${r.word}\`: ${WRITE_WHY[r.kind]}`, inv.span);
      judgeUnknownProgram(inv, `\`${inv.name}\` is not a program we know`);
      return true;
    case 'safeguard_off':
      b.verb('write').partial('unknown_command', what, inv.span).destroy('unknown_safeguard_off', `\`${inv.name} … ${r.word}\` switches a safeguard off`, inv.span);
      return true;
    case 'opened_to_everyone':
      b.verb('write').partial('unknown_command', what, inv.span).destroy('unknown_opened_to_everyone', `\`${inv.name} … ${r.word}\` opens access to everyone`, inv.span);
      return true;
    case 'restore_elsewhere':
      // Round 39 (lo39): a restore into a place the line names as elsewhere writes only there (`--include /etc/nginx` picks
      // what is restored into it): a new copy.
      b.verb('write').partial('unknown_command', what, inv.span).finding('unknown_restore_elsewhere', `\`${inv.name} ${r.word}\`: ${WRITE_WHY.restore_elsewhere}`, inv.span);
      commandStrings(inv, knownProgram);
      return true;
    case 'revision_write':
      // Round 40 (lo40): an earlier numbered release deployed again (`job revert api 3`, `app rollback web 12`): a deploy,
      // which policy holds on production; a production name beside it is where it deploys, not a reason for `unknown`.
      b.verb('deploy').partial('unknown_command', what, inv.span).finding('unknown_revision_deploy', `\`${inv.name} ${r.word}\`: an earlier release deployed again`, inv.span);
      commandStrings(inv, knownProgram);
      return true;
    case 'service_write':
    case 'copy_write':
    case 'operation_cancel':
      b.verb('write').partial('unknown_command', what, inv.span).finding(`unknown_${r.kind}`, `\`${inv.name} ${r.word}\`: ${WRITE_WHY[r.kind]}`, inv.span);
      judgeUnknownProgram(inv, `\`${inv.name}\` is not a program we know`, (i) => criticalPathOperand(i, r.kind !== 'copy_write'));
      commandStrings(inv, knownProgram);
      return true;
    case 'money':
      // Round 42 (loto42): value sent, paid, refunded or paid out, off the test networks: it cannot be called back.
      b.verb('write').partial('unknown_command', what, inv.span).destroy('unknown_money_moved', `\`${inv.name} ${r.word}\` moves money or signs a transaction on a live network`, inv.span);
      return true;
    case 'mass':
      b.verb('delete').partial('unknown_command', what, inv.span).destroy('unknown_mass_selector', `\`${inv.name} ${r.word}\` acts on every item or another user's`, inv.span);
      return true;
    case 'outage':
      b.verb('write').partial('unknown_command', what, inv.span).destroy('unknown_outage_verb', `\`${inv.name} ${r.word}\` takes something out of service`, inv.span);
      return true;
    case 'loss':
      b.verb('delete').partial('unknown_command', what, inv.span).destroy('unknown_command_destructive_verb', `\`${inv.name} ${r.word}\` looks destructive`, inv.span);
      return true;
  }
}

/** A program some analyser here knows (for reading a word as a command line). */
function knownProgram(name: string): boolean {
  return handlerFor(name) !== undefined || READS.has(name) || BUILDS.has(name) || CLOUDS.has(name) || isWrapper(name) || SHELLS.has(name) || interpreterSpec(name) !== undefined || serviceTool(name) !== undefined || dbCliSpec(name) !== undefined || /^python[\d.]*$/.test(name);
}

/**
 * Compose's `--dry-run` is a global (persistent) flag: before the subcommand, or after it among the subcommand's own
 * options; for `run`/`exec` only before the service, since what follows it is the container's command.
 */
function composeDryRun(inv: Invocation): boolean {
  const args = inv.args.map((a) => a.value ?? '');
  const start = args[0] === 'compose' ? 1 : 0;
  let sub = -1;
  // The last `--dry-run` word counts: `--dry-run=false` after it runs for real (round 39, atk39).
  let dry = false;
  for (let i = start; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dry-run' || a.startsWith('--dry-run=')) {
      dry = lastSwitch([inv.args[i]!], ['--dry-run'], false);
      continue;
    }
    if (a === '--') return dry;
    if (a.startsWith('-')) continue;
    if (sub === -1 && COMPOSE_GLOBAL_VALUED.has(args[i - 1] ?? '')) continue;
    if (sub === -1) {
      sub = i;
      if (a === 'alpha' && args[i + 1] === 'dry-run') return true;
      continue;
    }
    if (/^(run|exec)$/.test(args[sub]!)) return dry;
  }
  return dry;
}

/**
 * Global options of the docker CLI (before the subcommand) and of compose (after `compose`), with the ones that take a
 * value (Docker CLI and Compose references): dropped from the words the subcommand is read from, so that
 * `docker --context prod stop api` and `docker compose -f compose.prod.yml down` read as `stop` and `compose down`.
 */
const DOCKER_GLOBAL_VALUED = new Set(['--context', '-c', '-H', '--host', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey', '--connection', '--url', '--identity']);
const COMPOSE_GLOBAL_VALUED = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--progress', '--parallel']);

function withoutGlobalOptions<T extends { value: string | null }>(ws: T[]): T[] {
  const out: T[] = [];
  const v = (k: number): string => ws[k]?.value ?? '';
  let i = 0;
  while (i < ws.length && v(i).startsWith('-')) i += DOCKER_GLOBAL_VALUED.has(v(i)) ? 2 : 1;
  if (v(i) === 'compose') {
    out.push(ws[i]!);
    i++;
    while (i < ws.length && v(i).startsWith('-')) i += COMPOSE_GLOBAL_VALUED.has(v(i)) ? 2 : 1;
  }
  return out.concat(ws.slice(i));
}

/**
 * Official images whose entrypoint is a command-line tool, so that `docker run IMAGE ARGS` runs `TOOL ARGS` (each
 * image's documentation: `docker run --rm flyway/flyway -url=… info`, `docker run --rm liquibase/liquibase
 * --changelog-file=… update`, `docker run migrate/migrate -path=… -database … up`, `docker run amacneil/dbmate …`,
 * `docker run arigaio/atlas migrate apply …`, `docker run sqitch/sqitch …`), by repository without registry or tag.
 */
const TOOL_IMAGES = new Map([
  ['flyway/flyway', 'flyway'], ['boxfuse/flyway', 'flyway'], ['redgate/flyway', 'flyway'],
  ['liquibase/liquibase', 'liquibase'], ['liquibase', 'liquibase'],
  ['migrate/migrate', 'migrate'], ['amacneil/dbmate', 'dbmate'], ['arigaio/atlas', 'atlas'], ['sqitch/sqitch', 'sqitch'],
  // Scanners, linters and platform CLIs whose image's entrypoint is the tool (round 34; each image's README runs it as
  // `docker run IMAGE SUBCOMMAND …`: `aquasec/trivy image …`, `amazon/aws-cli s3 ls`, `hashicorp/terraform plan`).
  ['aquasec/trivy', 'trivy'], ['aquasecurity/trivy', 'trivy'], ['anchore/grype', 'grype'], ['anchore/syft', 'syft'], ['koalaman/shellcheck', 'shellcheck'],
  ['zricethezav/gitleaks', 'gitleaks'], ['gitleaks/gitleaks', 'gitleaks'], ['trufflesecurity/trufflehog', 'trufflehog'],
  ['aquasec/tfsec', 'tfsec'], ['bridgecrew/checkov', 'checkov'], ['goodwithtech/dockle', 'dockle'], ['wagoodman/dive', 'dive'],
  ['mvdan/shfmt', 'shfmt'], ['hashicorp/terraform', 'terraform'], ['hashicorp/packer', 'packer'], ['amazon/aws-cli', 'aws'],
  ['bitnami/kubectl', 'kubectl'], ['alpine/helm', 'helm'], ['alpine/git', 'git'], ['rclone/rclone', 'rclone'], ['minio/mc', 'mc'],
]);

/** The tool an image of TOOL_IMAGES runs as its entrypoint, by repository without registry, tag or digest. */
function imageTool(image: Word | undefined): string | undefined {
  const repo = image?.value?.toLowerCase().replace(/@sha256:[0-9a-f]+$/, '').replace(/:[\w.-]+$/, '').replace(/^(docker\.io\/|index\.docker\.io\/|ghcr\.io\/|public\.ecr\.aws\/|registry\.hub\.docker\.com\/)/, '').replace(/^library\//, '');
  return repo === undefined ? undefined : TOOL_IMAGES.get(repo);
}

/**
 * Image scanners that read the local daemon's images through its socket, which their images' READMEs mount for that
 * (`docker run -v /var/run/docker.sock:/var/run/docker.sock aquasec/trivy image app:dev`): the command they run is
 * judged, and the socket is how it reaches the images, not a way out to the host (round 34).
 */
const SOCKET_READING_TOOLS = new Set(['trivy', 'grype', 'syft', 'dockle', 'dive']);

/**
 * Round 42 (nxa42): the configuration folder under the home that a tool image's tool reads when it runs here (the AWS CLI's
 * `~/.aws`, kubectl's and helm's `~/.kube`, rclone's, MinIO mc's), which the images' READMEs mount for it (`docker run
 * --rm -v ~/.aws:/root/.aws amazon/aws-cli s3 ls`): the command the image runs is judged as that tool's, which reads the
 * same folder run here; the mount is not the host given away. Another folder, or the image's entrypoint replaced, is.
 */
const TOOL_OWN_CONFIG: ReadonlyMap<string, readonly string[]> = new Map([
  ['aws', ['.aws']], ['kubectl', ['.kube']], ['helm', ['.kube', '.config/helm', '.cache/helm']], ['rclone', ['.config/rclone']], ['mc', ['.mc']],
]);

/**
 * The options of `docker run|exec` that take a value (Docker CLI reference, `docker container run`), so the image and the
 * command after it are found: a GPU training run (`--gpus all`, `--shm-size 16g`, `--ipc host`, `--ulimit memlock=-1`) is
 * read as the command it runs, not as an image named `all`.
 */
const CONTAINER_RUN_VALUED: ReadonlySet<string> = new Set([
  '-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '-v', '--volume', '--volume-driver', '--volumes-from', '--mount', '--tmpfs',
  '--name', '-p', '--publish', '--expose', '--network', '--net', '--network-alias', '--add-host', '--dns', '--dns-option', '--dns-search',
  '--ip', '--ip6', '--mac-address', '--link', '--link-local-ip', '-h', '--hostname', '--domainname', '--entrypoint', '--platform', '--pull',
  '-l', '--label', '--label-file', '--annotation', '-a', '--attach', '--detach-keys', '--cidfile', '--restart', '--runtime', '--isolation',
  '--gpus', '--device', '--device-cgroup-rule', '--device-read-bps', '--device-read-iops', '--device-write-bps', '--device-write-iops',
  '--cpus', '-c', '--cpu-shares', '--cpu-period', '--cpu-quota', '--cpu-rt-period', '--cpu-rt-runtime', '--cpuset-cpus', '--cpuset-mems',
  '-m', '--memory', '--memory-reservation', '--memory-swap', '--memory-swappiness', '--kernel-memory', '--oom-score-adj', '--pids-limit',
  '--shm-size', '--ipc', '--pid', '--uts', '--userns', '--cgroupns', '--cgroup-parent', '--ulimit', '--sysctl', '--storage-opt',
  '--blkio-weight', '--blkio-weight-device', '--cap-add', '--cap-drop', '--security-opt', '--group-add', '--log-driver', '--log-opt',
  '--stop-signal', '--stop-timeout', '--health-cmd', '--health-interval', '--health-retries', '--health-start-period', '--health-start-interval', '--health-timeout',
]);

/**
 * The command a `docker run` of `image` runs: the words after the image, led by the tool when the image's entrypoint is
 * one (TOOL_IMAGES) and `--entrypoint` does not replace it; a first word naming the tool itself is the tool's.
 */
function toolImageCommand(image: Word | undefined, after: Word[], entrypoint: boolean): Word[] {
  const tool = entrypoint ? undefined : imageTool(image);
  if (tool === undefined || image === undefined) return after;
  const first = after[0]?.value ?? '';
  if (first === tool || first.endsWith(`/${tool}`)) return after;
  return [{ ...image, text: tool, value: tool, glob: false }, ...after];
}

/** Whether a container CLI acts on the local daemon, not under sudo or a remote runner, for a project not named production, on a machine not named production. */
function ownLocalContainers(inv: Invocation, globals: Word[], daemon: Target): boolean {
  const b = inv.env.b;
  // Podman names another service by `--connection`/`-c` or `--url` (podman(1)), or CONTAINER_CONNECTION.
  if (optionValues(globals, '--context', '-c', '-H', '--host', '--connection', '--url').length > 0) return false;
  if (['DOCKER_HOST', 'DOCKER_CONTEXT', 'CONTAINER_HOST', 'CONTAINER_CONNECTION'].some((v) => envVar(inv, v) !== undefined)) return false;
  if (b.findings.some((f) => f.code === 'elevated')) return false;
  if (b.targets.some((t) => t.kind === 'host' && t !== daemon && !/^(docker|podman|nerdctl|docker-compose|podman-compose):/.test(t.id))) return false;
  const named = positionals(withoutGlobalOptions(inv.args)).map((w) => w.value).filter((v): v is string => v !== null && !v.startsWith('-'));
  // The machine the session runs on, when the adapter names it (`context.host`): on `app-prod-02` the local daemon's
  // containers are that production host's services, not the agent's own.
  const host = inv.env.ctx.host === undefined ? [] : [resolveEnvironment(inv.env.inventory, [clue('names', inv.env.ctx.host)])];
  const environments = [daemon.environment, ...host, ...named.map((n) => resolveEnvironment(inv.env.inventory, [clue('names', n)]))];
  return environments.every((e) => e === null || tierOfEnvironment(inv.env.inventory, e) !== 'production');
}

/**
 * `systemctl --user stop|kill|disable|mask UNIT`: the units of the user's own service manager (systemd.unit(5), "user
 * units": the login's dev servers, watchers, sync agents), not the machine's services; `systemctl --user start` brings
 * them back, as the agent's own local containers stopped are a write (the lead's decision, round 15). Not another
 * machine or user (`-H`, `-M`, `--machine`), over ssh or under sudo, a backup, snapshot or logging unit (SAFEGUARD_UNIT:
 * switching one off stays a removed safeguard), a sync or backup agent (the lead's answer 59: `syncthing`, `dropbox`), or a
 * unit named as production.
 */
const USER_UNIT_STOP = /^(stop|kill|disable|mask)$/;
/**
 * What `reboot`, `halt`, `poweroff`, `shutdown`, `init` and `telinit` say (reboot(8), shutdown(8), init(8)): `reboot`
 * restarts unless told to halt or power off (`--halt`, `-p`); `halt`/`poweroff` restart only with `--reboot`; `shutdown`
 * restarts with `-r`/`--reboot` and no `-h`/`-H`/`-P` beside it; `init 6`/`telinit 6` is the reboot runlevel. Forced:
 * `-f`/`--force` (given once, systemd skips stopping the services in order; twice, it reboots at once) and `-n`/`--no-sync`
 * (the disks are not synced first); BSD's and macOS's `reboot -q`/`halt -q` ("quickly and ungracefully": no process is
 * asked to stop). A word not fixed in the input may say either: no restart is read.
 */
function powerCommandWords(inv: Invocation): RestartWords {
  const { name, args } = inv;
  if (args.some((a) => a.value === null)) return { restart: false, forced: false };
  const restart = name === 'reboot' ? !hasFlag(args, '--halt', '--poweroff', '-p')
    : name === 'shutdown' ? hasFlag(args, '-r', '--reboot') && !hasFlag(args, '-h', '-H', '-P', '--halt', '--poweroff')
      : name === 'halt' || name === 'poweroff' ? hasFlag(args, '--reboot')
        : positionals(args)[0]?.value === '6';
  const forced = (name !== 'shutdown' && hasFlag(args, '-f', '--force')) || hasFlag(args, '-n', '--no-sync') || (/^(reboot|halt)$/.test(name) && hasFlag(args, '-q'));
  return { restart, forced };
}

/**
 * `systemctl reboot` (systemctl(1)): a restart, read by the same rule as `reboot` (restarts.ts). Forced: `-f`/`--force`
 * (once, services are not stopped in order; twice, no clean shutdown at all) and `-i`/`--ignore-inhibitors` or
 * `--check-inhibitors=no` (programs that asked to finish first, an editor saving or a package install, are not waited
 * for). `-H`/`--host` and `-M`/`--machine` name the machine that restarts, whose name may say its environment.
 */
const SYSTEMCTL_VALUED = new Set(['-H', '--host', '-M', '--machine', '-p', '--property', '-t', '--type', '-s', '--signal', '--state', '-n', '--lines', '-o', '--output', '--root', '--job-mode', '--message', '--reboot-argument', '--boot-loader-entry', '--boot-loader-menu', '--timestamp', '--what', '--kill-whom']);
function systemctlRestart(inv: Invocation): boolean {
  const args = inv.args;
  if (positionals(args, SYSTEMCTL_VALUED)[0]?.value !== 'reboot' || args.some((a) => a.value === null)) return false;
  for (const host of [optionValue(args, '-H', '--host'), optionValue(args, '-M', '--machine')]) {
    if (host !== undefined) inv.env.b.target(envTarget(inv, 'host', host ?? '?', [clue('names', host)]));
  }
  const forced = hasFlag(args, '-f', '--force', '-i', '--ignore-inhibitors') || args.some((a) => /^--check-inhibitors=no$/.test(a.value ?? ''));
  if (!restartComesBack(inv, { restart: true, forced })) return false;
  inv.env.b.verb('write').finding('host_restart', '`systemctl reboot` restarts the machine, which comes back by itself', inv.span);
  return true;
}

function ownUserUnitsStopped(inv: Invocation): boolean {
  const b = inv.env.b;
  if (!hasFlag(inv.args, '--user') || hasFlag(inv.args, '-H', '--host', '-M', '--machine') || inv.args.some((a) => a.value === null || /^--(host|machine)=/.test(a.value))) return false;
  const ops = positionals(inv.args, new Set(['-p', '--property', '-t', '--type', '-s', '--signal', '--state', '-n', '--lines', '-o', '--output', '--kill-whom', '--job-mode', '--what']));
  const sub = ops[0]?.value ?? '';
  const units = ops.slice(1).map((w) => w.value ?? '');
  if (!USER_UNIT_STOP.test(sub) || units.length === 0 || units.some((u) => u === '' || SAFEGUARD_UNIT.test(u) || namesSyncOrBackupAgent(u))) return false;
  if (b.findings.some((f) => f.code === 'elevated') || b.targets.some((t) => t.kind === 'host')) return false;
  if (units.some((u) => { const e = resolveEnvironment(inv.env.inventory, [clue('names', u)]); return e !== null && tierOfEnvironment(inv.env.inventory, e) === 'production'; })) return false;
  b.verb('write').finding('own_user_units_stopped', `\`systemctl --user ${sub}\` stops the user's own units; \`systemctl --user start\` brings them back`, inv.span);
  return true;
}

/**
 * The lead's answer 126 (round 24): answer 123's throwaway reading in the shell's service managers. `systemctl stop`,
 * `service NAME stop|force-stop`, `supervisorctl stop` and `pm2 stop` of units each named as a test's, a scratch or a CI
 * run's own by a whole word (`test-worker@1.service`, `e2e-payments-stub`, `loadtest-k6`), as Windows' `throwawayService`
 * reads `sc stop` and `Stop-Service`: stopped, nothing is lost. Every unit a fixed name (no glob, no `all`, no variable);
 * not a bare `ci`/`e2e` name (answer 84), a backup, snapshot or logging unit (SAFEGUARD_UNIT) or a sync or backup agent,
 * a unit or a template instance naming production, staging or a kept copy, another machine (`-H`, `-M`, over ssh) or a
 * session whose host or targets are production or staging.
 */
const THROWAWAY_STOP: Readonly<Record<string, { sub: RegExp; unitsFirst?: true }>> = {
  systemctl: { sub: /^stop$/ },
  service: { sub: /^(stop|force-stop)$/, unitsFirst: true },
  supervisorctl: { sub: /^stop$/ },
  pm2: { sub: /^stop$/ },
};
function throwawayUnitsStopped(inv: Invocation, name: string): boolean {
  const form = THROWAWAY_STOP[name];
  const tool = serviceTool(name);
  if (!form || !tool || inv.args.some((a) => a.value === null) || hasFlag(inv.args, '-H', '--host', '-M', '--machine') || inv.args.some((a) => /^--(host|machine)=/.test(a.value ?? ''))) return false;
  const ops = positionals(inv.args, new Set(tool.valued)).map((w) => w.value ?? '');
  const [sub, units] = form.unitsFirst ? [ops[1] ?? '', ops.length === 2 ? [ops[0]!] : []] : [ops[0] ?? '', ops.slice(1)];
  if (!form.sub.test(sub) || units.length === 0) return false;
  const throwaway = (unit: string): boolean => {
    const u = unit.replace(/\.service$/, '').replace(/@/, '-');
    if (SAFEGUARD_UNIT.test(unit) || namesSyncOrBackupAgent(unit) || namesSharedCiResource(u)) return false;
    if (!namesScratchEnvironment(u) && !namesDisposable(u, SCRATCH_WORDS)) return false;
    const own = heuristicEnvironment(u);
    return own !== 'production' && own !== 'staging';
  };
  if (!units.every(throwaway)) return false;
  const session = inv.env.ctx.host ? heuristicEnvironment(inv.env.ctx.host) : null;
  if (session === 'production' || session === 'staging' || inv.env.b.targets.some((t) => t.kind === 'host') || targetsLiveTier(inv.env.inventory, inv.env.b.targets)) return false;
  inv.env.b.verb('write').finding('throwaway_service', `\`${name} ${ops.join(' ')}\` stops ${units.length === 1 ? 'a service its name marks' : 'services their names mark'} as a test's or a CI run's own`, inv.span);
  return true;
}

/**
 * The user's own Homebrew services stopped (the lead's answer 52, round 18): `brew services stop|kill NAME|--all` and
 * launchctl's `bootout|unload|stop|kill|remove` of a `homebrew.mxcl.*` job in the login's own domain (`gui/$UID/…`,
 * `gui/$(id -u)/…`, `gui/501/…`, `user/…`, or its plist in `~/Library/LaunchAgents`) are the launchd twin of
 * `systemctl --user stop` (`ownUserUnitsStopped`): `brew services start` brings them back. Not under sudo (the system
 * domain's LaunchDaemons), over ssh, another job's label, a safeguard's job (SAFEGUARD_JOB), or a name that says
 * production. `pg_ctl stop` is not read here (nothing says whose server).
 */
const BREW_LABEL = String.raw`homebrew\.mxcl\.[\w@.+-]+`;
const OWN_LAUNCHD_DOMAIN = String.raw`(gui|user)\/(\$UID|\$\{UID\}|\$\(id -u\)|` + '`id -u`' + String.raw`|[5-9]\d\d|\d{4,})`;
const OWN_BREW_JOB = new RegExp(String.raw`^["']?(${OWN_LAUNCHD_DOMAIN}\/${BREW_LABEL}|${BREW_LABEL}|(~|\$HOME|\$\{HOME\})\/Library\/LaunchAgents\/${BREW_LABEL}\.plist)["']?$`);
/**
 * The lead's answer 58: any of the user's own launch agents (a label in the login's domain, a bare label launchctl takes
 * in that domain unelevated, or a plist in `~/Library/LaunchAgents`) stopped is the same write, except Apple's own agents
 * and an agent that keeps data safe or in sync (KEPT_AGENT: antivirus, MDM, VPN; `namesSyncOrBackupAgent`: file sync and
 * backup, the lead's answer 59).
 */
const LAUNCHD_LABEL = String.raw`[\w@+-][\w@.+-]*`;
const OWN_AGENT_JOB = new RegExp(String.raw`^["']?(${OWN_LAUNCHD_DOMAIN}\/(${LAUNCHD_LABEL})|(${LAUNCHD_LABEL})|(~|\$HOME|\$\{HOME\})\/Library\/LaunchAgents\/(${LAUNCHD_LABEL})\.plist)["']?$`);
const KEPT_AGENT = /^com\.apple\.|snapshot|antivirus|malware|virus|defender|security|mdm|intune|munki|malwarebytes|avast|norton|mcafee|bitdefender|\beset\b|kaspersky|little.?snitch|lulu|knockknock|blockblock|objective-see|vpn|1password|bitwarden/i;
function ownAgentLabel(text: string): string | null {
  const m = OWN_AGENT_JOB.exec(text);
  const label = m === null ? undefined : (m[4] ?? m[5] ?? m[7]);
  if (label === undefined || label.endsWith('.plist')) return null;
  return KEPT_AGENT.test(label) || namesSyncOrBackupAgent(label) || SAFEGUARD_JOB.test(label) ? null : label;
}
const OWN_DOMAIN_ONLY = new RegExp(String.raw`^["']?${OWN_LAUNCHD_DOMAIN}["']?$`);
function ownHomebrewServicesStopped(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  if (b.findings.some((f) => f.code === 'elevated') || b.targets.some((t) => t.kind === 'host')) return false;
  const ops = positionals(inv.args);
  const sub = ops[0]?.value ?? '';
  let jobs: Word[];
  if (name === 'brew') {
    if (sub !== 'services' || !/^(stop|kill)$/.test(ops[1]?.value ?? '')) return false;
    jobs = ops.slice(2);
    if (jobs.length === 0 && !hasFlag(inv.args, '--all')) return false;
    if (inv.args.some((a) => a.value === null || /^--(sudo-service-user|file)\b/.test(a.value))) return false;
  } else {
    if (!/^(bootout|unload|stop|kill|remove)$/.test(sub)) return false;
    // `kill SIGNAL TARGET`, `bootout DOMAIN PLIST`: the domain alone is no job; the job names it.
    jobs = ops.slice(sub === 'kill' ? 2 : 1).filter((w, k) => !(k === 0 && sub === 'bootout' && ops.length > 2 && OWN_DOMAIN_ONLY.test(w.text)));
    if (jobs.length === 0 || jobs.some((w) => !OWN_BREW_JOB.test(w.text) && ownAgentLabel(w.text) === null)) return false;
  }
  const names = jobs.map((w) => w.value ?? w.text);
  if (names.some((n) => n === '' || SAFEGUARD_JOB.test(n) || namesSyncOrBackupAgent(n))) return false;
  if (names.some((n) => { const e = resolveEnvironment(inv.env.inventory, [clue('names', n)]); return e !== null && tierOfEnvironment(inv.env.inventory, e) === 'production'; })) return false;
  b.verb('write').finding('own_user_units_stopped', `\`${name} ${ops.slice(0, name === 'brew' ? 2 : 1).map((w) => w.text).join(' ')}\` stops the user's own ${name === 'brew' || jobs.every((w) => OWN_BREW_JOB.test(w.text)) ? 'Homebrew services; `brew services start` brings them back' : 'launch agents; `launchctl bootstrap` brings them back'}`, inv.span);
  return true;
}

/**
 * The bind mounts of a `docker run` (`-v SRC:DST[:OPTS]`, `--volume`, `--mount type=bind,source=SRC,target=DST`; Docker
 * CLI reference): container folder -> host folder, for sources that are host paths (absolute, `./…`, `$PWD`); a named
 * volume (`-v pgdata:/data`) maps to no host path we know.
 */
/**
 * The lead's answer 429.4 (round 42, nxa42): a folder under a home whose path names it the containers' own data (a part
 * below the home named `docker`, `podman`, `containers`, `volumes`, `docker-volumes`, `docker-data`, `container-data`:
 * `~/docker/volumes/pg`, `$HOME/containers/pg-data`) is made for the container's volumes: a bind mount of it gives the
 * container that data, not the host. The home itself, a dotfile folder or file anywhere on the path (`~/.ssh`,
 * `~/docker/.aws`) and a credential file stay host access.
 */
const CONTAINER_DATA_PART = /^(docker|podman|containers?|volumes?|docker[-_](volumes?|data)|containers?[-_](volumes?|data))$/i;
function containerDataUnderHome(src: string, home: string | undefined): boolean {
  const homes = [home?.replace(/\/+$/, ''), /^\/home\/[^/]+/.exec(src)?.[0]].filter((h): h is string => h !== undefined && h !== '' && h !== '/');
  const base = homes.find((h) => src.startsWith(`${h}/`));
  if (base === undefined) return false;
  const parts = src.slice(base.length + 1).split('/').filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => !p.startsWith('.')) && parts.some((p) => CONTAINER_DATA_PART.test(p)) && !isCredentialFile(src);
}

function bindMounts(inv: Invocation, options: Word[]): Array<{ dst: string; src: string }> {
  const out: Array<{ dst: string; src: string }> = [];
  const add = (src: string | undefined, dst: string | undefined): void => {
    if (!src || !dst || !dst.startsWith('/') || !/^(\/|\.\.?(\/|$)|~(\/|$))/.test(src)) return;
    const host = resolvePath(src, inv.scope);
    if (host !== null) out.push({ dst: normalizePath(dst).replace(/\/+$/, '') || '/', src: host.replace(/\/+$/, '') || '/' });
  };
  options.forEach((a, k) => {
    const v = a.value ?? '';
    const value = (names: readonly string[]): string | undefined | null => (names.includes(v) ? options[k + 1]?.value : names.some((n) => n.startsWith('--') && v.startsWith(`${n}=`)) ? v.slice(v.indexOf('=') + 1) : undefined);
    const volume = value(['-v', '--volume']);
    if (volume) {
      const [src, dst] = volume.split(':');
      add(src, dst);
    }
    const mount = value(['--mount']);
    if (mount && /(^|,)type=bind(,|$)/.test(mount)) {
      const field = (n: RegExp): string | undefined => mount.split(',').find((f) => n.test(f))?.replace(/^[^=]*=/, '');
      add(field(/^(source|src)=/), field(/^(target|destination|dst)=/));
    }
  });
  return out;
}

/** A container path as the host path of the bind mount it lies in (the deepest), or null when no mount holds it. */
function hostPathOf(path: string, mounts: Array<{ dst: string; src: string }>): string | null {
  let best: { dst: string; src: string } | null = null;
  for (const m of mounts) if ((path === m.dst || path.startsWith(`${m.dst === '/' ? '' : m.dst}/`)) && (best === null || m.dst.length > best.dst.length)) best = m;
  if (best === null) return null;
  const rest = path.slice(best.dst === '/' ? 0 : best.dst.length).replace(/^\/+/, '');
  return rest === '' ? best.src : `${best.src === '/' ? '' : best.src}/${rest}`;
}

/**
 * `docker run -v "$PWD":/src -w /src alpine rm -rf /src/dist`: the command runs in the container, but what it does to a
 * bind-mounted folder it does to the host folder mounted there. Absolute words under a mount are judged as the host
 * paths they reach (`/src/dist` -> `$PWD/dist`; `-v /:/host … rm -rf /host/etc` -> `/etc`), and a working folder
 * (`-w`) inside a mount is the host folder for relative words. Words outside every mount are judged as before.
 */
function runInMounts(inv: Invocation, options: Word[], cmd: Word[]): void {
  const mounts = bindMounts(inv, options);
  if (mounts.length === 0) {
    inv.dispatch(cmd, inv.stdin);
    return;
  }
  const mapped = cmd.map((w, k) => {
    if (k === 0 || w.value === null) return w;
    const eq = /^(--?[\w-]+=)(\/.*)$/.exec(w.value);
    const path = eq ? eq[2]! : w.value;
    if (!path.startsWith('/')) return w;
    const host = hostPathOf(normalizePath(path), mounts);
    return host === null ? w : { ...w, value: `${eq ? eq[1] : ''}${host}`, text: `${eq ? eq[1] : ''}${host}` };
  });
  const workdir = optionValue(options, '-w', '--workdir');
  const hostCwd = workdir ? hostPathOf(normalizePath(workdir), mounts) : null;
  const cwd = inv.scope.cwd;
  if (hostCwd !== null) inv.scope.cwd = hostCwd;
  try {
    inv.dispatch(mapped, inv.stdin);
  } finally {
    inv.scope.cwd = cwd;
  }
}

/**
 * Docker contexts that name the machine's own daemon (Docker CLI reference, `docker context`: `default` is the local socket;
 * Docker Desktop, Colima, OrbStack and Rancher Desktop create theirs for the local VM), and daemon addresses that are a
 * local socket.
 */
const LOCAL_DOCKER_CONTEXT = /^(default|desktop-linux|desktop-windows|colima(-[\w.-]+)?|orbstack|rancher-desktop)$/;
const LOCAL_DOCKER_HOST = /^(unix|npipe):\/\//;

/**
 * An interactive session (a bare shell by `exec`/`run`, or `attach`) on a live system (the lead's decision 20): a daemon
 * that is not this machine's (`-H`/`--host`, DOCKER_HOST, or a context, by option or DOCKER_CONTEXT, other than a local one),
 * or a container, daemon or project named as production. What is typed there is not in the input. Null for a local
 * non-production container (benign).
 */
function liveInteractiveSession(inv: Invocation, globals: Word[], daemon: Target, container: string | null): string | null {
  // SECURITY: a daemon address or context that is not fixed in the input (`-H "$HOST"`) may be any daemon.
  const hosts = [...optionValues(globals, '-H', '--host'), envVar(inv, 'DOCKER_HOST'), envVar(inv, 'CONTAINER_HOST')].filter((v): v is string | null => v !== undefined && v !== '');
  const remote = hosts.find((h) => h === null || !LOCAL_DOCKER_HOST.test(h));
  if (remote !== undefined) return `on the daemon at \`${remote ?? 'an address not fixed in the input'}\``;
  const contexts = [...optionValues(globals, '--context', '-c'), envVar(inv, 'DOCKER_CONTEXT')].filter((v): v is string | null => v !== undefined);
  const context = contexts.find((c) => c === null || !LOCAL_DOCKER_CONTEXT.test(c));
  if (context !== undefined) return `on the daemon of context \`${context ?? 'not fixed in the input'}\``;
  if (inv.env.b.targets.some((t) => t.kind === 'host' && t !== daemon && !/^(docker|podman|nerdctl|docker-compose|podman-compose):/.test(t.id))) return 'on another machine';
  const environments = [daemon.environment, container === null ? null : resolveEnvironment(inv.env.inventory, [clue('names', container)])];
  return environments.some((e) => e !== null && tierOfEnvironment(inv.env.inventory, e) === 'production') ? 'where the container, daemon or project is named as production' : null;
}

/** `glab ci delete ID…` (glab's `ci` is also spelt `pipe` and `pipeline`), by fixed ids or by its own filters. */
function glabPipelineDelete(inv: Invocation): boolean {
  const pos = positionals(inv.args, new Set(['-R', '--repo', '--status', '--older-than', '--source', '--paginate', '--per-page', '--page']));
  return /^(ci|pipe|pipeline)$/.test(pos[0]?.value ?? '') && pos[1]?.value === 'delete' && pos.slice(2).every((w) => w.value !== null);
}

function glabDeployKeyCanPush(inv: Invocation): boolean {
  const pos = positionals(inv.args, new Set(['-R', '--repo', '-t', '--title', '-e', '--expires-at']));
  if (pos[0]?.value !== 'deploy-key' || pos[1]?.value !== 'add') return false;
  return inv.args.some((a, i) => a.value === '--can-push=true' || ((a.value === '-c' || a.value === '--can-push') && inv.args[i + 1]?.value !== 'false'));
}

/**
 * The lead's answer 45 (round 18): a command run in a service of a compose stack named test (`docker compose -f
 * docker-compose.test.yml exec db psql …`, `-f compose.ci.yaml`, `-p shop_test`) acts on a test database on this machine
 * (decision 5, test-data.ts): when all it destroys is data of the stack's databases (TEST_STACK_DATA_LOSSES) on the
 * stack's own services (a service name, or this machine), the loss is the test setup's to make again. Not on another
 * daemon, under sudo, or where anything is named production (ownLocalContainers); nothing unseen, no other loss.
 */
function inTestStack(inv: Invocation, globals: Word[], daemon: Target, judge: () => void, container?: string | null): void {
  const b = inv.env.b;
  // Round 30: `docker exec pg-test psql …` runs in one container named for tests (namesTestStack over its name, as over a
  // compose project's), on this machine's daemon: the same test database.
  const testContainer = container !== undefined && container !== null && inv.args[0]?.value !== 'compose' && !inv.name.endsWith('-compose') && namesTestStack([], container);
  const test = composeStackNamedTest(inv, globals) || testContainer;
  const dev = !test && composeDevStack(inv, globals);
  if ((!test && !dev) || !ownLocalContainers(inv, globals, daemon)) {
    judge();
    return;
  }
  const [was, reversible, destroyed, opaque, targets] = [b.destructive, b.reversible, b.destroyCodes.length, b.opaqueCodes.length, b.targets.length];
  judge();
  const added = b.targets.slice(targets);
  const stackHost = (t: Target): boolean => {
    const host = t.id.replace(/^[\w-]+:/, '').replace(/\/.*$/, '');
    return host === '?' || isLocalDatabaseHost(host) || /^[a-z][\w-]*$/i.test(host);
  };
  if (was || b.opaqueCodes.length !== opaque || b.destroyCodes.length === destroyed || !b.destroyCodes.slice(destroyed).every((c) => (test ? TEST_STACK_DATA_LOSSES : DEV_STACK_CACHE_LOSSES).has(c))) return;
  if (added.some((t) => (t.environment !== null && tierOfEnvironment(inv.env.inventory, t.environment) !== 'dev') || (t.kind === 'database' && !stackHost(t)))) return;
  b.destructive = false;
  b.reversible = reversible;
  if (dev) {
    b.finding('cache_flushed', `\`${inv.name} compose\` runs it in the project's own dev stack (no \`-f\`/\`-p\`, in the workspace): a cache the application fills again (the lead's answers 167, 199)`, inv.span);
    return;
  }
  if (testContainer) b.finding('test_database', `\`${inv.name} exec\` runs it in \`${container}\`, a container named for tests: its data is the test setup's, made again`, inv.span);
  else b.finding('test_database', `\`${inv.name} compose\` runs it in a service of a stack named for tests (${testStackNames(globals)}): its data is the test setup's, made again`, inv.span);
}

/** Whether the daemon a docker command reaches is named for production: by its options (the daemon target) or DOCKER_HOST/DOCKER_CONTEXT. */
function pruneOnProductionDaemon(inv: Invocation, daemon: Target): boolean {
  const named = ['DOCKER_HOST', 'DOCKER_CONTEXT', 'CONTAINER_HOST'].map((n) => envVar(inv, n)).filter((v): v is string => typeof v === 'string');
  const environments = [daemon.environment, ...named.map((v) => resolveEnvironment(inv.env.inventory, [clue('names', v)]))];
  return environments.some((e) => e !== null && tierOfEnvironment(inv.env.inventory, e) === 'production');
}

/** docker/podman and compose; false when the subcommand is not one we model (the caller then judges its verbs). */
function container(inv: Invocation, ws: string[]): boolean {
  const b = inv.env.b;
  // The subcommand's own words: global options (and their values, such as `-f FILE`) are not its flags.
  const own = withoutGlobalOptions(inv.args);
  const line = own.map((a) => a.value ?? '?').join(' ');
  // The daemon and the project can say their environment: `--context production`, `-H ssh://prod-host`, `-f compose.prod.yml`, `-p app-staging`.
  const globals = inv.args.filter((a) => !own.includes(a));
  const clues = optionValues(globals, '--context', '-c', '-H', '--host', '-f', '--file', '-p', '--project-name', '--env-file').map((v) => clue('names', v));
  const daemon = envTarget(inv, 'host', `${inv.name}:${ws.slice(0, 3).join(' ')}`, clues);
  b.target(daemon);
  // A12: a compose file decides what runs: bind its bytes.
  if (inv.name.endsWith('-compose') || inv.args[0]?.value === 'compose') for (const f of optionValues(inv.args, '-f', '--file')) inputFile(inv, f, 'compose');
  const sub = positionals(own).map((w) => w.value ?? '?');
  // Compose's global `--dry-run` ("execute command in dry run mode", compose reference) and `alpha dry-run --` change nothing.
  if ((inv.name.endsWith('-compose') || inv.args[0]?.value === 'compose') && composeDryRun(inv)) {
    b.verb('read').finding('dry_run', `\`${inv.name} compose --dry-run\` changes nothing`, inv.span);
    return true;
  }
  // A context is the client's own entry for a daemon's endpoint (Docker CLI reference, `docker context`): removing or
  // changing one leaves the daemon and what runs on it as they are.
  if (sub[0] === 'context') {
    b.verb(/^(ls|list|inspect|show|export)$/.test(sub[1] ?? '') ? 'read' : 'write');
    return true;
  }
  // `docker manifest rm` (Docker CLI reference: "delete one or more manifest lists from local storage") removes the client's
  // local copy of a manifest list; the registry's stays.
  if (inv.name === 'docker' && sub[0] === 'manifest' && sub[1] === 'rm') {
    b.verb('delete').finding('local_manifest_removed', '`docker manifest rm` deletes a manifest list from local storage; the registry keeps its own', inv.span);
    return true;
  }
  // `podman machine` (podman-machine(1)) is the VM on this machine that Podman runs containers in: stopping or starting it is
  // the agent's own dev VM (a write, the lead's round-14 answer), `rm` and `reset` delete its disk with every image,
  // container and volume. `ssh` runs a command inside, judged as before.
  if (inv.name === 'podman' && sub[0] === 'machine' && sub[1] !== 'ssh') {
    if (/^(rm|remove|reset)$/.test(sub[1] ?? '')) b.verb('delete').destroy('container_volume_delete', `\`podman machine ${sub[1]}\` deletes the machine's disk with every container and volume on it`, inv.span);
    else if (/^(ls|list|inspect|info)$/.test(sub[1] ?? '')) b.verb('read');
    else b.verb('write').finding('own_machine', `\`podman machine ${sub[1] ?? ''}\` changes the agent's own Podman VM on this machine; its disk is kept`, inv.span);
    return true;
  }
  const removesVolumes = (sub[0] === 'rm' || (sub[0] === 'container' && sub[1] === 'rm') || (sub[0] === 'compose' && sub[1] === 'rm')) && hasFlag(own, '-v', '--volumes');
  // `--help` prints the command's help and runs nothing (Docker CLI reference); for `run`/`exec` only before the image or
  // container, since what follows belongs to the container's command.
  const firstOperand = inv.args.findIndex((a, i) => i > 0 && !(a.value ?? '').startsWith('-') && /^(run|exec)$/.test(sub[0] === 'compose' ? (sub[1] ?? '') : (sub[0] ?? '')) && inv.args.slice(0, i).some((x) => /^(run|exec)$/.test(x.value ?? '')));
  if (inv.args.slice(0, firstOperand === -1 ? undefined : firstOperand).some((a) => a.value === '--help')) {
    b.verb('read').finding('help', `\`${inv.name} … --help\` prints help`, inv.span);
    return true;
  }
  // `docker volume rm app_test-db-data ci_cache`: volumes each named, in a whole name part, for tests, CI or scratch are
  // disposable (the lead's rule for databases named so), as compose's test stacks recreate them. Round 30 (k30): so are
  // volumes named, in their last part, for installed dependencies or a cache (`shop_node_modules`, `shop_bundle_cache`,
  // `gradle-cache`: the compose pattern that keeps a container's own `node_modules` or download cache, filled again by the
  // install the service runs). A volume of a compose project named for one pull request or run (`pr-412_pgdata`: compose
  // names a volume PROJECT_VOLUME) is that preview's own, as `compose -p pr-412 down -v` below removes it (answer 84; y30).
  const previewVolume = (n: string): boolean => n.includes('_') && namesScratchEnvironment(n.slice(0, n.indexOf('_')));
  if (sub[0] === 'volume' && (sub[1] === 'rm' || sub[1] === 'remove') && sub.length > 2 && sub.slice(2).every((n) => n !== '?' && (namesDisposable(n) || CACHE_VOLUME.test(n) || previewVolume(n)))) {
    b.verb('delete').finding('disposable_volume', `\`${inv.name} volume rm\` deletes volumes named for tests, CI, scratch, a preview, installed dependencies or a cache`, inv.span);
    return true;
  }
  // The lead's answer 45: `down -v` of a stack named test on the agent's own daemon removes the stack's test databases,
  // which its setup makes again (not `volume prune` or `system prune`, which reach every stack's volumes).
  if (/^(compose )?down\b.*\s(-v|--volumes)(\s|$)/.test(line) && composeStackNamedTest(inv, globals) && ownLocalContainers(inv, globals, daemon)) {
    b.verb('delete').finding('test_database', `\`${inv.name} compose down -v\` removes the volumes of a stack named for tests (${testStackNames(globals)}): its data is the test setup's, made again`, inv.span);
    return true;
  }
  // A compose project named for one pull request or CI run (`compose -p pr-412 down -v`, namesScratchEnvironment: the name
  // CI gives each preview's stack) on the agent's own daemon: its volumes are that preview's, thrown away with it (the lead's
  // answer 84), as a test stack's are (answer 45).
  const project = optionValue(globals, '-p', '--project-name') ?? envVar(inv, 'COMPOSE_PROJECT_NAME');
  if (/^(compose )?down\b.*\s(-v|--volumes)(\s|$)/.test(line) && (inv.name.endsWith('-compose') || inv.args[0]?.value === 'compose') && typeof project === 'string' && namesScratchEnvironment(project) && !optionValues(globals, '-f', '--file').some((f) => f === null || heuristicEnvironment(f) === 'production' || heuristicEnvironment(f) === 'staging') && ownLocalContainers(inv, globals, daemon)) {
    b.verb('delete').finding('preview_stack_volumes', `\`${inv.name} compose -p ${project} down -v\` removes the volumes of a stack named for one pull request or CI run, that preview's own`, inv.span);
    return true;
  }
  // Whole words only: `run --rm -v "$PWD":/src` mounts a folder into a throw-away container and removes no volume.
  if (removesVolumes || /(?:^|\s)(volume (rm|prune)|system prune.*\s--volumes|system reset|(compose )?down\b.*\s(-v|--volumes)(\s|$))/.test(line)) {
    b.verb('delete').destroy('container_volume_delete', 'deletes container volumes and their data', inv.span);
    return true;
  }
  // Stopping, killing or pausing running containers (`rm -f` kills a running one first) is an outage; what they stored
  // outside volumes is disposable by Docker's design (handled above for volumes).
  // `docker rm -f` kills a running container first; `compose rm` removes stopped ones only, unless `-s/--stop` (its `-f` only
  // skips the confirmation: Compose reference).
  // Podman's `pod rm -f` stops the pod's containers and removes them with the pod (podman-pod-rm(1)); their volumes stay.
  const forcedRm = ((sub[0] === 'rm' || ((sub[0] === 'container' || sub[0] === 'pod') && sub[1] === 'rm')) && hasFlag(own, '-f', '--force')) || (sub[0] === 'compose' && sub[1] === 'rm' && hasFlag(own, '-s', '--stop'));
  // The agent's own local containers stopped or removed with their volumes kept (volume deletes are judged above) are a
  // write: `compose up`/`docker start` brings them back (the lead's decision, round 15). Not on another daemon
  // (`--context`, `-H`, DOCKER_HOST, DOCKER_CONTEXT), over ssh or another remote runner, under sudo (root's containers:
  // the host's services, not the agent's), nor where the daemon or project is named as production. Pausing is not covered.
  // Podman's `pod stop|kill` stops the containers of a pod (podman-pod-stop(1)), as `compose stop` does a project's.
  if ((forcedRm || /^((container |pod )?(stop|kill)|compose (down|stop|kill)|down|stop|kill)\b/.test(line)) && ownLocalContainers(inv, globals, daemon)) {
    b.verb(forcedRm ? 'delete' : 'write').finding('own_containers_stopped', `\`${inv.name} ${line.slice(0, 60)}\` stops the agent's own local containers; their volumes are kept and they start again`, inv.span);
    return true;
  }
  if (forcedRm || /^((container |pod )?(stop|kill|pause)|compose (down|stop|kill|pause)|down|stop|kill|pause)\b/.test(line)) {
    b.verb(forcedRm ? 'delete' : 'write').destroy('service_outage', `\`${inv.name} ${line.slice(0, 60)}\` stops running containers`, inv.span);
    return true;
  }
  if (/^((container |image |system |builder |network |pod )?(rm|rmi|prune)|compose rm)\b/.test(line)) {
    // Stopped containers, images and networks are rebuilt or pulled again; data lives in volumes, handled above.
    b.verb('delete');
    // On a daemon named for production (`--context prod-web`, `-H ssh://prod-web-01`, DOCKER_HOST), a prune of every stopped
    // container removes a host's services that are down, with what they wrote outside volumes: production touched without
    // approval, not the agent's own containers (the lead's answer 73 keeps the benign reading for the agent's own machine).
    if (/^(container |system )prune\b/.test(line) && pruneOnProductionDaemon(inv, daemon)) b.destroy('container_prune_production', `\`${inv.name} ${line.slice(0, 40)}\` removes every stopped container on a daemon named for production`, inv.span);
    return true;
  }
  // `docker attach CONTAINER` joins the container's main process: an interactive session, judged as a shell opened in it.
  if (sub[0] === 'attach' || (sub[0] === 'container' && sub[1] === 'attach') || (sub[0] === 'compose' && sub[1] === 'attach')) {
    b.verb('exec');
    const live = liveInteractiveSession(inv, globals, daemon, sub[sub[0] === 'attach' ? 1 : 2] ?? null);
    if (live) b.opaque('interactive_shell', `\`${inv.name} attach\` joins a container's session ${live}: what is typed there is not in the input`, inv.span);
    else b.partial('container_shell', `\`${inv.name} attach\` joins a container's main process`, inv.span);
    return true;
  }
  // The subcommand is read from the words without the global options (`docker -H HOST exec`, `compose -p P exec`).
  const execAt = own.findIndex((w) => w.value === 'exec' || w.value === 'run');
  if (execAt !== -1 && execAt <= 1) {
    b.verb('exec');
    // `docker exec CONTAINER CMD...` / `docker run IMAGE CMD...`: the command after the first operand runs inside.
    const rest = own.slice(execAt + 1);
    const execWord = own[execAt]!.value!;
    let i = 0;
    while (i < rest.length && rest[i]!.value?.startsWith('-')) i += CONTAINER_RUN_VALUED.has(rest[i]!.value!) ? 2 : 1;
    const cmd = toolImageCommand(rest[i], rest.slice(i + 1), hasFlag(rest.slice(0, i), '--entrypoint'));
    const bareShell = cmd.length === 1 && /^(ba|z|da|a)?sh$/.test(cmd[0]!.value ?? '');
    const live = bareShell ? liveInteractiveSession(inv, globals, daemon, rest[i]?.value ?? null) : null;
    if (live) b.opaque('interactive_shell', `\`${inv.name} ${execWord}\` opens a shell ${live}: what is typed there is not in the input`, inv.span);
    else if (bareShell) b.partial('container_shell', `\`${inv.name} ${execWord}\` opens a shell inside a container`, inv.span);
    else if (cmd.length > 0) inTestStack(inv, globals, daemon, () => (execWord === 'run' ? runInMounts(inv, rest.slice(0, i), cmd) : inv.dispatch(cmd, inv.stdin)), execWord === 'exec' ? rest[i]?.value : undefined);
    // A bind mount of the workspace (`-v "$PWD":/src`) gives the container what the agent has already; the host's root,
    // /etc, the Docker socket or a home folder beyond the workspace give it the host.
    const root = inv.scope.workspace ?? inv.scope.cwd;
    const home = inv.scope.home?.replace(/\/+$/, '');
    const tool = hasFlag(rest.slice(0, i), '--entrypoint') ? '' : (imageTool(rest[i]) ?? '');
    const scanner = SOCKET_READING_TOOLS.has(tool);
    const ownConfig = TOOL_OWN_CONFIG.get(tool) ?? [];
    // The workspace, a container's own data folder under home (429.4), or a known tool image's own config folder.
    const excused = (src: string): boolean =>
      Boolean(root && (src === root || src.startsWith(`${root}/`))) ||
      containerDataUnderHome(src, home) ||
      (home !== undefined && home !== '' && ownConfig.some((c) => src === `${home}/${c}` || src.startsWith(`${home}/${c}/`)));
    const hostMount = (v: string): boolean => {
      if (scanner && /^\/var\/run\/docker\.sock:\/var\/run\/docker\.sock(:ro)?$/.test(v)) return false;
      if (!/^\/:|^\/var\/run\/docker\.sock|^\/etc:|^\/home[^:]*:/.test(v)) return false;
      return !excused(normalizePath(v.slice(0, v.indexOf(':'))).replace(/\/+$/, ''));
    };
    // Round 42 (nxa42): the same host folders given by `--volume=…`, `--mount type=bind,source=…` or under `~` (bindMounts
    // resolves them), and a home that is not under /home (`/root`, `/Users/NAME`).
    const boundHost = (m: { dst: string; src: string }): boolean => {
      if (scanner && m.src === '/var/run/docker.sock' && m.dst === '/var/run/docker.sock') return false;
      const hostFolder = m.src === '/' || m.src === '/etc' || /^\/(var\/)?run\/docker\.sock$/.test(m.src) || /^\/home(\/|$)/.test(m.src) || (home !== undefined && home !== '' && (m.src === home || m.src.startsWith(`${home}/`)));
      return hostFolder && !excused(m.src);
    };
    if (hasFlag(inv.args, '--privileged') || inv.args.some((a) => hostMount(a.value ?? '')) || bindMounts(inv, rest.slice(0, i)).some(boundHost)) b.destroy('container_host_access', 'the container gets the host', inv.span);
    return true;
  }
  // A context is only the CLI's record of an endpoint (Docker CLI reference, `docker context rm`): the daemon is untouched.
  if (/^(build|push|pull|tag|login|logout|compose (up|build|pull|push|ps|logs|config|restart|start)|up|restart|start|create|cp|commit|save|load|network (create|connect)|volume (create|ls|inspect)|context (create|use|update|rm|remove|import|export))\b/.test(line)) {
    b.verb(/^(push)/.test(line) ? 'deploy' : 'write');
    return true;
  }
  if (/^(ps|images|logs|inspect|version|info|stats|top|history|events|port|diff|search|compose (ps|logs|top|images|version)|network (ls|inspect)|context (ls|show)|buildx (ls|inspect)|system df)\b/.test(line)) {
    b.verb('read');
    return true;
  }
  return false;
}

/**
 * Where a tool reads `--help`/`--version` as "print and exit" (their manuals): GNU tools parse
 * options anywhere before `--`; subcommand CLIs take `--help` anywhere but `--version` only as
 * their first word (later it is an unknown flag or the subcommand's own); anything else only as
 * the first word. After `--` both are operands.
 */

const QUERY_ANYWHERE = new Set(['rm', 'rmdir', 'unlink', 'shred', 'mv', 'cp', 'install', 'ln', 'chmod', 'chown', 'chgrp', 'truncate', 'touch', 'mkdir', 'tee', 'sed', 'gsed', 'tar', 'gtar', 'rsync', 'dd', 'curl', 'wget', 'mktemp', 'wipefs', 'mkswap']);
const HELP_ANYWHERE = new Set(['git', 'kubectl', 'oc', 'helm', 'helmfile', 'terraform', 'tofu', 'terragrunt', 'gh', 'aws', 'gcloud', 'az', 'pulumi', 'cdk', 'psql', 'mysql', 'mongosh']);
/**
 * HashiCorp's CLIs built on mitchellh/cli (Vault, Consul, Nomad, Packer): its argument scan (`processArgs`) takes `-h`,
 * `-help` or `--help` anywhere before `--` as a request for the command's help, which then runs nothing
 * (`vault kv destroy -h`, `nomad job stop -help`).
 */
const MITCHELLH_HELP = new Set(['vault', 'consul', 'nomad', 'packer']);
/**
 * Known CLIs that run a command line given to them (`docker run IMG CMD --help`, `heroku run`, `lxc exec`, `service NAME
 * ARGS`): a `--help` after the command is that command's. The other cloud and service CLIs (cobra, click, argparse,
 * urfave/cli, getopt_long: `velero backup delete --help`, `ceph osd pool delete --help`, `restic forget --help`) print
 * help for `--help` anywhere before `--`.
 */
const RUNS_A_COMMAND = new Set(['docker', 'docker-compose', 'podman', 'podman-compose', 'nerdctl', 'crictl', 'ctr', 'heroku', 'fly', 'flyctl', 'kamal', 'dokku', 'lxc', 'incus', 'multipass', 'service', 'sam', 'serverless', 'sls', 'sst', 'copilot', 'kind', 'minikube', 'k3d', 'virsh', 'qm', 'pct', 'npm-unpublish']);
/** A cloud or service CLI the classifier knows (CLOUDS, the service catalogue): its `--help` prints help (isQueryOnly). */
/**
 * The Python launcher for Windows (Python docs, "Using Python on Windows", the launcher): `py -3.12`, `py -3`, `py -3.12-64` or
 * `py -V:3.12` picks an installed Python and the rest of the line is that Python's (`py -m pip …`, `py -c CODE`, `py
 * script.py`); `--list`/`-0` and `--list-paths`/`-0p` list the installed ones.
 */
function pythonLauncher(inv: Invocation): void {
  const [first, ...rest] = inv.args;
  if (first?.value && /^(--list(-paths)?|-0p?)$/.test(first.value)) {
    inv.env.b.verb('read');
    return;
  }
  const picked = first?.value && /^-(\d+(\.\d+)?(-(32|64|arm64))?|V:\S+)$/.test(first.value) ? rest : inv.args;
  inv.dispatch([{ ...(first ?? literalWord('py', inv.span.start, inv.span.end)), value: 'python', text: 'python' }, ...picked], inv.stdin);
}

function knownCli(name: string): boolean {
  return CLOUDS.has(name) || serviceTool(name) !== undefined;
}

/**
 * A program the classifier judges by its name (the lead's answer 61): a tool of its own handler, a reader, a build or
 * package tool, a cloud or service CLI, an interpreter, a shell, a database client or a migration tool. Run from a
 * virtualenv's or node_modules' bin it is that tool, wherever the folder is.
 */
const ORM_TOOLS = new Set(['prisma', 'rails', 'rake', 'sequelize', 'sequelize-cli', 'knex', 'typeorm', 'drizzle-kit', 'alembic', 'manage.py', 'artisan']);
export function knownTool(name: string): boolean {
  return handlerFor(name) !== undefined || READS.has(name) || BUILDS.has(name) || knownCli(name) || SHELLS.has(name) || interpreterSpec(name) !== undefined ||
    /^python[\d.]*$/.test(name) || dbCliSpec(name) !== undefined || MIGRATION_TOOLS.has(name) || ORM_TOOLS.has(name);
}

/**
 * GNU sed's `e` command and the `e` flag of `s///` run shell commands (sed manual, "Commands for sed
 * gurus"): `sed '1e rm -rf x'`. The text after `e` is the command; a flag's command is the pattern
 * space, which we cannot see.
 */
function sedExec(inv: Invocation): void {
  const scripts: Array<string | null> = [];
  inv.args.forEach((a, i) => {
    const prev = inv.args[i - 1]?.value;
    if (prev === '-e' || prev === '--expression') scripts.push(a.value);
    else if (a.value?.startsWith('--expression=')) scripts.push(a.value.slice(13));
  });
  if (scripts.length === 0) {
    const first = inv.args.find((a, i) => !(a.value ?? '').startsWith('-') && !['-f', '--file', '-l', '--line-length'].includes(inv.args[i - 1]?.value ?? ''));
    if (first) scripts.push(first.value);
  }
  for (const sc of scripts) {
    if (sc === null) continue;
    for (const m of sc.matchAll(/(?:^|[;\n{}]|[0-9$]|\/)\s*e(?:\s+([^;\n}]*))?(?=$|[;\n}])/g)) {
      const cmd = m[1]?.trim();
      if (cmd) inv.runSource(cmd, null, '`sed` command `e`');
      else inv.env.b.opaque('sed_exec', '`sed` `e` runs the pattern space as a shell command', inv.span);
    }
    if (/(^|[;\n{}\s])s(.)(?:(?!\2).|\\.)*\2(?:(?!\2).|\\.)*\2[gpIiMm0-9w]*e/.test(sc)) inv.env.b.opaque('sed_exec', '`sed` `s///e` runs the result as a shell command', inv.span);
  }
}

/** vim/ex `-c CMD`, `--cmd CMD`, `+CMD`: an ex command `!cmd` runs a shell command, `system()` too. */
/** util-linux script(1) `-c|--command CMD` runs CMD in the recorded session (bundled `-qc CMD` too); without one it is a shell. */
function scriptCommand(inv: Invocation): boolean {
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i]!.value;
    if (v === '--') return false;
    const eq = v === null ? null : /^--command=(.*)$/s.exec(v);
    const cmd = eq ? eq[1]! : v !== null && /^(-[a-zA-Z]*c|--command)$/.test(v) ? inv.args[i + 1]?.value : undefined;
    if (cmd === undefined) continue;
    inv.env.b.verb('exec');
    if (cmd === null) inv.env.b.opaque('option_command_dynamic', '`script -c` runs a command that is not fixed in the input', inv.span);
    else inv.runSource(cmd, null, '`script -c`');
    return true;
  }
  return false;
}

/**
 * awk's pipes to and from commands (POSIX awk, "Output Statements" and `getline`): `"CMD" | getline`, `print … | "CMD"` and
 * gawk's coprocess `|&` run CMD with sh. A literal command is judged as that command line; one built from variables is unknown.
 */
function awkPipes(inv: Invocation): void {
  for (const a of inv.args) {
    const prog = a.value;
    if (prog === null || !/\|/.test(prog)) continue;
    for (const m of prog.matchAll(/"((?:[^"\\]|\\.)*)"\s*\|&?\s*getline|\|&?\s*"((?:[^"\\]|\\.)*)"/g)) {
      const cmd = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
      if (cmd.trim() !== '') inv.runSource(cmd, null, '`awk` piping to or from a command');
    }
    const code = prog.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    if (/[A-Za-z_]\w*\s*\|&?\s*getline|\bprintf?\b[^;}]*\|&?\s*[A-Za-z_(]/.test(code)) inv.env.b.opaque('awk_pipe_dynamic', '`awk` pipes to or from a command built at run time', inv.span);
  }
}

function editorShellCommands(inv: Invocation): void {
  inv.args.forEach((a, i) => {
    const prev = inv.args[i - 1]?.value;
    const cmd = prev === '-c' || prev === '--cmd' ? a.value : a.value?.startsWith('+') ? a.value.slice(1) : undefined;
    if (cmd === undefined) return;
    if (cmd === null) return void inv.env.b.opaque('editor_command_dynamic', `\`${inv.name}\` runs an editor command that is not fixed`, inv.span);
    const bang = /^\s*:?\s*(?:[%.,$'\w]*\s*)?!(?!=)(.*)$/s.exec(cmd);
    if (bang && bang[1]!.trim()) inv.runSource(bang[1]!, null, `\`${inv.name}\` ex command \`!\``);
    else if (/\b(system|systemlist|jobstart|termopen)\s*\(|^\s*:?\s*(terminal|term|py3?|python3?|lua|perl|ruby)\b/.test(cmd)) inv.env.b.opaque('editor_shell', `\`${inv.name}\` runs code or a shell from an editor command`, inv.span);
  });
}

/**
 * Debugger and pager commands given on the line: gdb's `-ex`/`--eval-command` (and `-iex`) run gdb commands, of which
 * `shell CMD` and `!CMD` run a shell command line and `python`, `guile`, `pipe` and `source` run code or files (GDB manual,
 * "Shell Commands"); less's `+CMD` runs a less command at start, and `!CMD` or `|` there is a shell escape (less(1)).
 */
function debuggerAndPagerCommands(inv: Invocation): void {
  const b = inv.env.b;
  if (inv.name === 'gdb' || inv.name === 'gdb-multiarch' || inv.name === 'cuda-gdb') {
    inv.args.forEach((a, i) => {
      const prev = inv.args[i - 1]?.value;
      const eq = /^--?(eval-command|init-eval-command)=(.*)$/s.exec(a.value ?? '');
      const cmd = eq ? eq[2]! : prev !== undefined && prev !== null && /^(-ex|-iex|--?eval-command|--?init-eval-command)$/.test(prev) ? a.value : undefined;
      if (cmd === undefined) return;
      if (cmd === null) return void b.opaque('debugger_command_dynamic', `\`${inv.name}\` runs a command that is not fixed in the input`, inv.span);
      const sh = /^\s*(?:shell\s+|!)(.*)$/s.exec(cmd);
      if (sh && sh[1]!.trim()) inv.runSource(sh[1]!, null, `\`${inv.name} -ex shell\``);
      else if (/^\s*(python|py|pi|python-interactive|guile|gu|pipe|\||source|call|print\s+\(?\s*system)\b/.test(cmd)) b.opaque('debugger_code', `\`${inv.name}\` runs code, a file or a call in the debugged program: \`${cmd}\``, inv.span);
    });
  }
  if (inv.name === 'less') {
    inv.args.forEach((a, i) => {
      // D8 round 20: `--lesskey-content=TEXT` (abbreviated while unambiguous: `--lesskey-c`) is lesskey source on the line
      const m = a.value === null ? null : /^--(lesskey-c[a-z]*)(=(.*))?$/is.exec(a.value);
      if (m && 'lesskey-content'.startsWith(m[1]!.toLowerCase())) lesskeyContent(inv, m[2] !== undefined ? m[3]! : (inv.args[i + 1]?.value ?? null), '`less --lesskey-content`');
    });
    for (const a of inv.args) {
      if (a.value === null || !a.value.startsWith('+')) continue;
      const m = /^\++\s*[!|]\s*(.*)$/s.exec(a.value);
      if (m && m[1]!.trim()) inv.runSource(m[1]!.replace(/\$$/, ''), null, '`less +!`');
    }
  }
}

/**
 * D8 round 20: gsutil's top-level `-o "Section:name=value"` sets a boto configuration value for the call (gsutil's
 * top-level options: `-o`, like `-h`, `-i` and `-u`, takes a value, glued or next; getopt stops at the subcommand). A
 * value that runs or loads code or names a credential file, as a boto file's (`readBotoConfig`), or one not fixed in
 * the input, is unknown: the gate does not route those files from the command line.
 */
function gsutilBotoOptions(inv: Invocation): void {
  const words = inv.args.map((a) => a.value);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') return gsutilConfigWrite(inv, i + 1);
    if (w === null || w === undefined || !w.startsWith('-') || w === '-') return gsutilConfigWrite(inv, i);
    for (let j = 1; j < w.length; j++) {
      if (!'hiuo'.includes(w[j]!)) continue;
      const value = j + 1 < w.length ? w.slice(j + 1) : (words[++i] ?? null);
      if (w[j] === 'o') {
        const m = value === null ? null : /^([^:]+):([^=]+)=(.*)$/s.exec(value);
        const reading = m ? readConfig('boto', `[${m[1]!.trim()}]\n${m[2]!.trim()} = ${m[3]!.trim()}\n`) : null;
        if (reading === null || !reading.ok || reading.settings.length > 0 || reading.includes.length > 0) {
          inv.env.b.opaque('command_variable_dynamic', `\`gsutil -o ${value ?? '…'}\` sets boto configuration ${reading === null ? 'that is not fixed in the input' : 'that runs or loads code or names a credential file (a plugin folder, a certificate command, a STET binary, an external account)'}, which Portcullis does not judge from the command line`, inv.span);
        }
      }
      break;
    }
  }
}

/**
 * D8 round 21: `gsutil config` writes a boto file (gsutil's `config` command: `-o FILE`, a new file only, `-` for standard
 * output; else BOTO_CONFIG, else `~/.boto`, the one there moved to `.bak` first). Its text is gsutil's template, where
 * every key the gate judges is commented out, with the answers typed in; noted as written all the same, as every writer's
 * destination is, so a call after it in the same input that reads that file is judged against the write. (The session's
 * BOTO_CONFIG is not known here: the call after it is judged on the file as it is now.)
 */
function gsutilConfigWrite(inv: Invocation, at: number): void {
  if (inv.args[at]?.value !== 'config') return;
  const rest = inv.args.slice(at + 1);
  let out: Word | undefined;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!.value;
    if (w === null || !w.startsWith('-') || w === '-' || w === '--') break;
    // getopt `abefhno:rs:w`: `-o`/`-s` take the rest of the word or the next one
    const o = /^-[abefhnrw]*([os])(.*)$/s.exec(w);
    if (o === null) continue;
    const value = o[2] !== '' ? { ...rest[i]!, value: o[2]!, text: o[2]! } : rest[++i];
    if (o[1] === 'o') out = value;
  }
  if (out !== undefined) {
    if (out.value !== '-') noteWrite(inv.scope, out.value, null, false, shown(out));
    return;
  }
  const routed = inv.assignments.has('BOTO_CONFIG') ? inv.assignments.get('BOTO_CONFIG') : inv.scope.vars.get('BOTO_CONFIG');
  noteWrite(inv.scope, routed === undefined || routed === '' ? '~/.boto' : routed, null, false, '$BOTO_CONFIG');
}

/**
 * D8 round 20: man-db's `-P PAGER` (`--pager=PAGER`, long options abbreviated while unambiguous) is the pager man runs in
 * place of MANPAGER and PAGER, a command line with shell quoting (man(1)); `-HBROWSER` (`--html=BROWSER`, glued only) the
 * browser it runs. Judged as those variables are (`MANPAGER='less -k x'`, `man -P 'sh -c …'`).
 */
function manPager(inv: Invocation): void {
  const words = inv.args.map((a) => a.value ?? a.text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') break;
    const long = /^--(pa(?:g(?:e(?:r)?)?)?|ht(?:m(?:l)?)?)(=(.*))?$/s.exec(w);
    const short = /^-([PH])(.*)$/s.exec(w);
    if (!long && !short) continue;
    const browser = long ? long[1]!.startsWith('h') : short![1] === 'H';
    const glued = long ? (long[2] !== undefined ? long[3]! : undefined) : short![2] !== '' ? short![2]! : undefined;
    const fixed = inv.args[i]!.value !== null;
    const value = glued !== undefined ? (fixed ? glued : null) : browser ? undefined : (inv.args[++i]?.value ?? null);
    if (value === undefined) continue;
    if (value === null) inv.env.b.opaque('command_variable_dynamic', `\`man\` runs a ${browser ? 'browser' : 'pager'} that is not fixed in the input`, inv.span);
    else if (value.trim() !== '') inv.runSource(value, null, `\`man ${browser ? '--html' : '-P'}\` is run as a command`);
  }
}

/** tmux subcommands that start a shell command: its words come last (tmux manual). */
const TMUX_RUNS = new Set(['new-session', 'new', 'new-window', 'neww', 'split-window', 'splitw', 'respawn-pane', 'respawnp', 'respawn-window', 'respawnw', 'run-shell', 'run', 'send-keys', 'send', 'display-popup', 'popup', 'if-shell', 'if']);
const TMUX_VALUED = new Set(['-c', '-e', '-F', '-n', '-s', '-t', '-x', '-y', '-f', '-l', '-p', '-T', '-S', '-L', '-N', '-w', '-h', '-d', '-b']);

function tmux(inv: Invocation): void {
  const b = inv.env.b;
  let i = 0;
  while (i < inv.args.length && (inv.args[i]!.value ?? '').startsWith('-')) i += ['-L', '-S', '-f', '-c', '-T'].includes(inv.args[i]!.value!) ? 2 : 1;
  const sub = inv.args[i]?.value ?? null;
  if (sub === null || !TMUX_RUNS.has(sub)) {
    b.verb(sub === null ? 'exec' : 'write');
    return;
  }
  const rest = inv.args.slice(i + 1);
  const words: Array<string | null> = [];
  for (let j = 0; j < rest.length; j++) {
    const v = rest[j]!.value;
    if (v !== null && v.startsWith('-') && words.length === 0) {
      // Flags without a value: tmux's boolean flags (-d, -A, -P, -h, -v, -b, -E ...); valued ones take the next word.
      if (TMUX_VALUED.has(v) && !['-d', '-h', '-b'].includes(v)) j++;
      continue;
    }
    words.push(v);
  }
  const cmd = sub === 'send-keys' || sub === 'send' ? words.filter((w) => w === null || !/^(Enter|C-m|KPEnter|C-j)$/.test(w)) : words;
  if (cmd.length === 0) {
    b.verb('exec');
    return;
  }
  if (cmd.some((w) => w === null)) b.opaque('tmux_dynamic', `\`tmux ${sub}\` runs a command that is not fixed`, inv.span);
  else inv.runSource(cmd.join(' '), null, `\`tmux ${sub}\``);
}

/** expect: `-c SCRIPT` is Tcl whose `spawn` and `exec` start programs; a script file we cannot see. */
function expect(inv: Invocation): void {
  const b = inv.env.b.verb('exec');
  const at = inv.args.findIndex((a) => a.value === '-c');
  const script = at === -1 ? undefined : inv.args[at + 1]?.value;
  if (script === undefined || script === null) {
    b.opaque('expect_script', '`expect` runs a script that is not part of the action', inv.span);
    return;
  }
  let ran = false;
  for (const m of script.matchAll(/(?:^|[;\n[])\s*(?:spawn|exec)\s+((?:-\w+\s+)*)([^;\n\]]+)/g)) {
    inv.runSource(m[2]!.trim(), null, '`expect` spawns');
    ran = true;
  }
  if (!ran && /\b(system|eval|source|open)\b/.test(script)) b.opaque('expect_script', '`expect` runs Tcl we do not follow', inv.span);
}

function isQueryOnly(inv: Invocation): boolean {
  const end = inv.args.findIndex((a) => a.value === '--');
  const before = end === -1 ? inv.args : inv.args.slice(0, end);
  const anywhere = QUERY_ANYWHERE.has(inv.name);
  // The AWS CLI's help is a word, not a flag: `aws ec2 help`, `aws ec2 delete-snapshot help`.
  // Only as an operand: after an option it may be that option's value (`--snapshot-id help`).
  if ((inv.name === 'aws' || inv.name === 'awslocal') && inv.args.length > 0 && inv.args[inv.args.length - 1]!.value === 'help' && !(inv.args[inv.args.length - 2]?.value ?? '-').startsWith('-')) return true;
  // Round 39 (atk39): only GNU's getopt_long moves options after the operands (`rm -rf /srv/data --help` prints help on
  // Linux); BSD's and macOS's tools, POSIXLY_CORRECT and redis-cli (whose words after the command are the command's) stop
  // at the first operand, so there a later `--help` is one more operand and the line runs. Before the first operand it is
  // help everywhere; curl and wget read every word as an option first.
  const firstOperand = before.findIndex((a) => a.value === null || !a.value.startsWith('-'));
  const beforeOperands = (i: number): boolean => firstOperand === -1 || i < firstOperand;
  const optionsFirst = (anywhere && !OWN_PARSER_ANYWHERE.has(inv.name)) || STOPS_AT_COMMAND.has(inv.name);
  return before.some((a, i) => {
    if (optionsFirst) return (a.value === '--help' || a.value === '--version') && beforeOperands(i);
    // Round 40 (rv40): a catalogue entry's tool (not one with its own reader) takes `--help` after an operand only where
    // its parser does (catalogue-shape.ts OptionParser): its rules decide (service-catalogue.ts helpAsParsed).
    if (a.value === '--help' && catalogueReadsHelp(inv.name)) return i === 0 || beforeOperands(i);
    if (a.value === '--help') return anywhere || HELP_ANYWHERE.has(inv.name) || i === 0 || (knownCli(inv.name) && !RUNS_A_COMMAND.has(inv.name));
    if (a.value === '-h' || a.value === '-help') return MITCHELLH_HELP.has(inv.name);
    if (a.value === '--version') return anywhere || i === 0;
    return false;
  });
}

/** A tool the service catalogue judges with no reader of its own, whose help its entry's parser decides. */
function catalogueReadsHelp(name: string): boolean {
  return !CLOUDS.has(name) && !HELP_ANYWHERE.has(name) && handlerFor(name) === undefined && serviceTool(name) !== undefined;
}

/** Programs of QUERY_ANYWHERE whose own parser reads `--help` wherever it stands (curl's and wget's). */
const OWN_PARSER_ANYWHERE: ReadonlySet<string> = new Set(['curl', 'wget']);
/** Redis's clients: every word after the command name is sent to the server as the command's argument (redis-cli.c `parseOptions`). */
const STOPS_AT_COMMAND: ReadonlySet<string> = new Set(['redis-cli', 'valkey-cli', 'keydb-cli']);


/**
 * Targets a command reports without an environment take the one its environment variables name,
 * when no inventory says otherwise: a reviewer then sees production, not "unknown".
 */
function environmentFromVariables(inv: Invocation, firstTarget: number): void {
  const targets = inv.env.b.targets;
  if (targets.length <= firstTarget || targets.slice(firstTarget).every((t) => t.environment !== null)) return;
  const values: string[] = [];
  for (const [k, v] of [...inv.scope.vars, ...inv.assignments]) if (v && ENV_NAMING_VARIABLE.test(k)) values.push(v);
  values.push(...placeVariablesReferenced(inv));
  if (values.length === 0) return;
  const env = resolveEnvironment(inv.env.inventory, values.map((v) => clue('names', v)));
  if (env === null) return;
  for (let i = firstTarget; i < targets.length; i++) if (targets[i]!.environment === null && targets[i]!.kind !== 'filesystem' && targets[i]!.kind !== 'control_plane') targets[i]!.environment = env;
}

/**
 * A variable whose name says it holds where to connect (`…_URL`, `…_URI`, `…_DSN`, `…_HOST`, `…_CONNECTION_STRING`).
 * Its value is unknown here, but its name is written in the action, and a tier in it (`$PROD_DATABASE_URL`,
 * `${STAGING_REDIS_URL}`) says which environment's address it holds, as a host name would.
 */
const PLACE_VARIABLE_REF = /\$\{?([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_(?:URL|URI|DSN|HOST|ADDR|ADDRESS|ENDPOINT|CONNECTION_STRING|CONN_STR|CONN))\b/g;

/**
 * A credential variable named for a tier (`$PROD_TOKEN`, `${STAGING_API_KEY}`, `$PRD_DB_PASSWORD`): the credential is
 * that environment's, so the call it authenticates acts there. Only its name is read (the heuristics need a tier token
 * in it: `$GITHUB_TOKEN` names none).
 */
const CREDENTIAL_VARIABLE_REF = new RegExp(String.raw`\$\{?([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_(?:${SECRET_NAME_WORD_SOURCE})S?)\b`, 'gi');

/** The names of the place variables this command refers to without a known value (for the environment heuristics). */
function placeVariablesReferenced(inv: Invocation): string[] {
  const text = inv.env.source.slice(inv.span.start, inv.span.end);
  const out: string[] = [];
  for (const m of text.matchAll(PLACE_VARIABLE_REF)) if (envVar(inv, m[1]!) == null) out.push(m[1]!);
  for (const m of text.matchAll(CREDENTIAL_VARIABLE_REF)) if (envVar(inv, m[1]!) == null) out.push(m[1]!);
  return out;
}

/**
 * Variables by which a framework picks the environment it runs in (ASP.NET Core's `ASPNETCORE_ENVIRONMENT` and
 * `DOTNET_ENVIRONMENT`, Node's `NODE_ENV`, Rails' and Rack's `RAILS_ENV`/`RACK_ENV`, Symfony's and Laravel's `APP_ENV`,
 * Elixir's `MIX_ENV`): set for the call (a prefix, an `export`, PowerShell's `$env:X = …`, cmd's `set X=…`), the value
 * names the call's tier (`Development` dev, `Production` production) when nothing the call acts on names one.
 */
const TIER_VARIABLES = ['ASPNETCORE_ENVIRONMENT', 'DOTNET_ENVIRONMENT', 'RAILS_ENV', 'RACK_ENV', 'APP_ENV', 'MIX_ENV', 'NODE_ENV'];
/** `NODE_ENV=production` on a build is the build's mode (minified, no dev dependencies), not where anything acts. */
const BUILD_MODE_TIER = new Set(['NODE_ENV', 'MIX_ENV']);
const BUILD_STEP = /(^|[\s:/.-])(build|bundle|compile|pack|publish|release|dist|assets)($|[\s:/.-])/i;

function tierFromVariables(inv: Invocation, firstTarget: number): void {
  const targets = inv.env.b.targets;
  if (targets.slice(firstTarget).some((t) => t.environment !== null)) return;
  for (const k of TIER_VARIABLES) {
    const v = envVar(inv, k);
    if (!v) continue;
    const env = resolveEnvironment(inv.env.inventory, [clue('names', v)]);
    if (env === null) continue;
    if (BUILD_MODE_TIER.has(k) && tierOfEnvironment(inv.env.inventory, env) === 'production' && BUILD_STEP.test(`${inv.name} ${words(inv).join(' ')}`)) continue;
    inv.env.b.target({ kind: 'unknown', id: `env:${k}=${v}`, environment: env, home: false });
    return;
  }
}

/**
 * Forward migrations, which apply the project's pending migrations: their SQL is in files the input does not show.
 * Against production that is an unseen script run on production, destructive (the lead's round-17 decision 33); against
 * a dev or test database, or one the input does not name, it stays a schema write (a deploy). Each tool's command
 * reference: Prisma `migrate deploy`, Rails/rake and Sequelize `db:migrate`, Django `migrate`, Knex `migrate:latest|up`,
 * Laravel `migrate`, EF Core `database update`, Flyway `migrate` (Maven `flyway:migrate`, Gradle `flywayMigrate`),
 * Liquibase `update`, Alembic `upgrade`, goose and golang-migrate `up`, Atlas `migrate apply`, sqitch `deploy`, Ecto
 * `ecto.migrate`, TypeORM `migration:run`, sqlx and Diesel `migrate|migration run`. Print-only forms (`update-sql`,
 * `--pretend`, `--plan`, `migrate:status`) and rollbacks (judged by `orm`) are no forward migration.
 */
const FORWARD_MIGRATIONS: readonly RegExp[] = [
  /(^| )migrate deploy( |$)/,
  /(^| )db:migrate( |$)/,
  /(^| )manage\.py migrate( |$)/,
  /(^| )migrate:(latest|up)( |$)/,
  /(^| )artisan migrate( |$)/,
  /(^| )ef database update(?! 0( |$))( |$)/,
  /(^| )(flyway( \S+)* migrate|(\S*:)?flyway:migrate|(:[\w-]+)*:?flywayMigrate)( |$)/,
  /(^| )liquibase( \S+)* update( |$)/,
  /(^| )alembic( \S+)* upgrade( |$)/,
  /(^| )(goose|migrate|dbmate)( \S+)* (up|up-by-one|up-to)( |$)/,
  /(^| )dbmate( \S+)* migrate( |$)/,
  /(^| )atlas migrate apply( |$)/,
  /(^| )sqitch deploy( |$)/,
  /(^| )ecto\.migrate( |$)/,
  /(^| )migration:run( |$)/,
  /(^| )(sqlx migrate|diesel migration) run( |$)/,
  // A package script named for migrating (round 18, p18: `npm run migrate`, `yarn migrate`, `pnpm run db:migrate:deploy`):
  // its body is in package.json, which the input does not show; not `migrate:status|down|rollback|make|create`.
  /(^| )(npm|pnpm|yarn|bun)( run| run-script)? ([\w-]+:)?migrate(:(up|latest|deploy|prod|production|apply))?( |$)/,
  // Round 38 (bl38): the CMS tools' own migrations (cms-catalogue.ts), whose update hooks, patches and wizards are code
  // the input does not show: Drush `updatedb` and `config:import` (configuration imported can delete fields and their
  // content), Magento `setup:upgrade` (schema and data patches), Craft `migrate/all|up|project-config/apply`, TYPO3
  // `upgrade:run`, WP-CLI `core update-db`, Frappe `bench migrate`, `odoo-bin -u` (module updates), Doctrine
  // `doctrine:migrations:migrate`. Drush `deploy` runs `updatedb` and `config:import` (drush's documentation, "deploy"):
  // on production it is destructive as those are (the lead's answer 393.2); not `deploy:hook` (the hooks alone).
  /(^| )(\S*\/)?drush( \S+)* (updatedb|updb|updatedb:run|config:import|config-import|cim|deploy)( |$)/,
  /(^| )(\S*\/)?magento (setup:upgrade|setup:db-schema:upgrade|setup:db-data:upgrade)( |$)/,
  /(^| )(\S*\/)?craft (migrate|migrate\/all|migrate\/up|up|project-config\/apply)( |$)/,
  /(^| )(\S*\/)?typo3(cms)? upgrade:run( |$)/,
  /(^| )(\S*\/)?wp( \S+)* core update-db( |$)/,
  /(^| )bench( \S+)* migrate( |$)/,
  /(^| )(\S*\/)?odoo(-bin)?( \S+)* (-u|--update)( |=|$)/,
  /(^| )(\S*\/)?console doctrine:migrations:migrate( |$)/,
];
const PRODUCTION_SCRIPT = /(^| )(npm|pnpm|yarn|bun)( run| run-script)? ([\w-]+:)?migrate:(prod|production)( |$)/;
// Round 38 (bl38): Drush's `config:import --preview` and `--no` (answers no to the confirmation: nothing is imported).
const MIGRATION_PREVIEW = /(^| )(--check|--plan|--pretend|--sql|--dry-run|--dry-run=(1|true)|--dryRun|-h|--help|[a-z]+(-[a-z]+)*-sql|--no|--preview(=\S+)?)( |$)/;

function unseenMigration(inv: Invocation, firstTarget: number): void {
  const line = `${inv.name.replace(/^.*[\\/]/, '')} ${words(inv).join(' ')}`;
  if (!FORWARD_MIGRATIONS.some((r) => r.test(line)) || MIGRATION_PREVIEW.test(line)) return;
  const b = inv.env.b;
  if (b.destroyCodes.includes('migration_unseen_production')) return;
  const isProduction = (e: string | null) => e !== null && tierOfEnvironment(inv.env.inventory, e) === 'production';
  // A connection string among the words (`--connection "Server=sql-prod-01;…"`, `-url=jdbc:…`) names the database
  // whatever the machine the command runs on is named.
  const connections = words(inv).filter((w) => /^(jdbc:|db:)?[a-z][\w+]*:\/\/|(^|[;\s])(host|dbname|server|data source)=/i.test(w.replace(/^-+[\w.-]+=/, '')));
  // The tool's own environment settings (`rake db:migrate RAILS_ENV=production`, `DJANGO_SETTINGS_MODULE=….production`),
  // read as the migration tools' resets read them, when a wrapper (`bundle exec`, `python`) reported no target.
  const own = ormTarget(inv, words(inv));
  const targeted = b.targets.slice(firstTarget).some((t) => isProduction(t.environment));
  // Round 38 (bl38): a CMS tool that names the site or database it migrates (`bench --site staging.erp…`, `odoo-bin -d
  // acme_staging`, `drush @acme.stage`) acts there, whatever the machine it runs on is named: the named tier decides.
  const named = b.targets.slice(firstTarget).filter((t) => t.environment !== null);
  if (CMS_TOOL_NAMES.has(inv.name.replace(/^.*[\\/]/, '')) && !targeted && named.length > 0) return;
  // A package script named for production (`npm run migrate:prod`) names the tier itself.
  const production = PRODUCTION_SCRIPT.test(line) || targeted || isProduction(own.environment) ||
    connections.some((w) => isProduction(resolveEnvironment(inv.env.inventory, [clue('names', w.replace(/^-+[\w.-]+=/, ''))])));
  if (!production) return;
  // The database the tool's own settings name is where the migrations land: reported, so the gate sees its tier.
  if (!targeted && isProduction(own.environment)) b.target(own);
  b.verb('deploy').destroy('migration_unseen_production', `\`${line.slice(0, 80)}\` applies migrations whose SQL the input does not show to a production database`, inv.span);
}

/** Runs the analyser for `inv.name`; redirects are judged for every command. */
export function dispatchCommand(inv: Invocation): void {
  const firstTarget = inv.env.b.targets.length;
  dispatchTool(inv);
  // A file this command writes a secret into: a later upload of it in this input sends the secret (http.ts sendsSecret).
  const exported = secretFileWritten(inv.name, inv.args.map((a) => a.value));
  const exportedPath = exported ? resolvePath(exported.file, inv.scope) : null;
  if (exported && exportedPath !== null) (inv.scope.secretsExported ??= new Map()).set(exportedPath, exported.what);
  credentialUploaded(inv);
  judgeControlPlaneNames(inv);
  environmentFromVariables(inv, firstTarget);
  tierFromVariables(inv, firstTarget);
  unseenMigration(inv, firstTarget);
}

/** A credential file, or a file an earlier command wrote a secret into, uploaded to an object store or a remote (REMOTE_COPIES). */
function credentialUploaded(inv: Invocation): void {
  for (const src of remoteCopySources(inv.name, inv.args.map((a) => a.value))) {
    const path = src === null ? null : resolvePath(src, inv.scope);
    const exported = path === null ? undefined : inv.scope.secretsExported?.get(path);
    const what = src === null ? undefined : isCredentialFileName(src) ? `the credential file \`${src}\`` : exported !== undefined ? `\`${src}\`, ${exported} written earlier in this input,` : undefined;
    if (what === undefined) continue;
    inv.env.b.destroy('secret_sent', `\`${inv.name}\` uploads ${what} off the machine`, inv.span);
    return;
  }
}

/**
 * Environment variables whose value programs run as a command line: git's pager, editor and ssh
 * (git-var, git-config), `less`'s input preprocessor, shells' start-up files. A prefix
 * (`PAGER='…' git log`) or an `export` (judged when set: later commands inherit it).
 */
export const COMMAND_VARIABLES = /^(PAGER|GIT_PAGER|MANPAGER|SYSTEMD_PAGER|EDITOR|VISUAL|GIT_EDITOR|GIT_SEQUENCE_EDITOR|SUDO_EDITOR|KUBE_EDITOR|GIT_SSH_COMMAND|GIT_SSH|GIT_EXTERNAL_DIFF|GIT_ASKPASS|SSH_ASKPASS|LESSOPEN|LESSCLOSE|PROMPT_COMMAND|BASH_ENV|ENV|GIT_PROXY_COMMAND|RSYNC_RSH|RSYNC_CONNECT_PROG|CVS_RSH|PSQL_PAGER|PSQL_EDITOR)$/;

/**
 * Variables that load a library into every program started with them (ld.so(8) `LD_PRELOAD`, `LD_AUDIT`; dyld's
 * `DYLD_INSERT_LIBRARIES`), or pick the folders its libraries are loaded from (`LD_LIBRARY_PATH`, `DYLD_LIBRARY_PATH`):
 * code we cannot see runs inside the program (`LD_PRELOAD=./x.so kubectl …` is the agent's code under kubectl's name,
 * D8), unless it is a library or folder of the system's own.
 */
const PRELOAD_VARIABLES = /^(LD_PRELOAD|LD_AUDIT|DYLD_INSERT_LIBRARIES|LD_LIBRARY_PATH|DYLD_LIBRARY_PATH)$/;
const SYSTEM_LIBRARY = /^(\/usr)?\/lib(64|32)?\/[^\s:]+$|^\/usr\/(local\/)?lib(exec)?\/[^\s:]+$|^\/opt\/homebrew\/lib\/[^\s:]+$/;

/** Whether setting `name` to `value` (null: not fixed) loads a library we cannot see into the programs started after. */
export function preloadsUnseenLibrary(name: string, value: string | null | undefined): boolean {
  if (!PRELOAD_VARIABLES.test(name)) return false;
  return value === null || value === undefined || value.split(/[\s:]+/).some((lib) => lib !== '' && (!SYSTEM_LIBRARY.test(lib) || lib.includes('..')));
}

/**
 * Variables that load code into an interpreter, ahead of a tool written in that language (round 18, after g18's yarn
 * finding): Python's module search path (`PYTHONPATH=./x aws s3 ls` imports the agent's `./x` inside the AWS CLI), Node's
 * `NODE_OPTIONS` with a preload (`--require`, `-r`, `--import`, `--loader`), yarn's `YARN_YARN_PATH` (the release yarn
 * runs instead of itself; round 19: `YARN_RC_FILENAME`, the name of the settings file yarn looks for up from its folder and
 * in the home folder in place of `.yarnrc.yml`, whose `yarnPath` and `plugins` it runs, and Berry's `YARN_PLUGINS`). The
 * tool then runs code the input does not show under its own name (D8), as with LD_PRELOAD.
 * Only for tools known to be written in that language, so `PYTHONPATH=./src pytest` in a project stays the project's run.
 */
const PYTHON_TOOLS = /^(aws|az|gcloud|gsutil|bq|ansible(-[a-z]+)?|eb|sam|awslocal|openstack|saml2aws|aws-vault-py)$/;
const NODE_TOOLS = /^(cdk|npm|npx|pnpm|yarn|firebase|vercel|netlify|wrangler|serverless|sls|cdktf|pulumi-nodejs|heroku|railway|supabase)$/;
const YARN_CODE_VARIABLES = /^YARN_(YARN_PATH|RC_FILENAME|PLUGINS)$/;
const SYSTEM_PYTHON_PATH = /^\/usr\/(local\/)?lib(64)?\/python[\d.]+\/(site|dist)-packages\/?$|^\/usr\/lib\/python3\/dist-packages\/?$/;
function loadsUnseenCodeInto(tool: string, name: string, value: string | null): boolean {
  if (/^(PYTHONPATH|PYTHONHOME|PYTHONUSERBASE|PYTHONSTARTUP)$/.test(name) && PYTHON_TOOLS.test(tool)) {
    return value === null || value.split(':').some((dir) => dir !== '' && !SYSTEM_PYTHON_PATH.test(dir));
  }
  if (name === 'NODE_OPTIONS' && NODE_TOOLS.test(tool)) return value === null || /(^|\s)(--require|-r|--import|--loader|--experimental-loader)(\s|=|$)/.test(value);
  if (YARN_CODE_VARIABLES.test(name) && tool === 'yarn') return value !== '';
  // D8 round 20: less's lesskey files named for a program other than less reach the less it starts as its pager (git,
  // man, journalctl, the AWS CLI), whose files the gateway judges for a `less` call only (routed there); `env` hands them
  // on to the program it starts, judged in turn
  if (/^LESSKEY(IN)?(_SYSTEM)?$/.test(name)) return tool !== 'less' && tool !== 'env' && !SHELL_BUILTINS.has(tool) && value !== '';
  // D8 round 21: the Cloud SDK's launchers (`bin/gcloud`, `bin/gsutil`, `bin/bq`) run `exec "$CLOUDSDK_PYTHON"
  // $CLOUDSDK_PYTHON_ARGS …/gcloud.py` (gsutil's and bq's own interpreter variables first): the interpreter is a program
  // the tool runs under its name, its arguments may run other code (`-c`, `-m`)
  if (CLOUDSDK_INTERPRETERS.test(name) && GOOGLE_CLOUD_CLIS.test(tool)) return value === null || (value !== '' && !(SYSTEM_PYTHON.test(value.trim()) && !value.includes('..')));
  if (name === 'CLOUDSDK_PYTHON_ARGS' && GOOGLE_CLOUD_CLIS.test(tool)) return value === null || !/^\s*(-[bBdEiIOqsSuvx]+\s*)*$/.test(value);
  return false;
}

/** The Cloud SDK's interpreter variables and launchers; the interpreters a system or the SDK installs (a bare name: PATH's). */
const CLOUDSDK_INTERPRETERS = /^CLOUDSDK_(GSUTIL_|BQ_)?PYTHON$/;
const GOOGLE_CLOUD_CLIS = /^(gcloud|gsutil|bq)$/;
const SYSTEM_PYTHON = /^((\/usr(\/local)?|\/opt\/homebrew)?\/bin\/|\/usr\/lib\/google-cloud-sdk\/platform\/bundledpythonunix\/bin\/)?python[0-9.]*$/;

/**
 * D8 round 18 (e18b): an interpreter variable this input exported (`export PYTHONPATH=./x`, `declare -x`, `typeset -x`,
 * `export NAME` of one set before) is marked in the scope's variables; every later call of a tool gets it, and is judged
 * by `loadsUnseenCodeInto` as a prefix is (a value the input does not fix counts as unseen). `unset NAME`, `export -n
 * NAME`, `declare +x NAME` drop the mark. The export itself cannot be judged: the tool comes after it. The lead's answer
 * 63: a plain assignment (`PYTHONPATH=./x; aws …`) is marked too, since the session may have exported the name already
 * (bash then hands the new value on), and so is a library preload (`LD_PRELOAD=./x.so; kubectl …`), judged at every later
 * program (not bash's builtins); not followed by such a tool, it changes nothing.
 */
const EXPORTED_MARK = '\u0000exported:';
export function markExported(vars: Vars, name: string, exported: boolean): void {
  if (!isInterpreterVariable(name) && !PRELOAD_VARIABLES.test(name)) return;
  if (exported) vars.set(`${EXPORTED_MARK}${name}`, null);
  else vars.delete(`${EXPORTED_MARK}${name}`);
}

function exportedInterpreterVariables(inv: Invocation): void {
  const tool = inv.name.replace(/^.*\//, '');
  for (const k of inv.scope.vars.keys()) {
    if (!k.startsWith(EXPORTED_MARK)) continue;
    const name = k.slice(EXPORTED_MARK.length);
    // a prefix on the call (`PYTHONPATH= aws …`, `env -u`) is what the tool gets: judged by `commandVariables`
    if (inv.assignments.has(name)) continue;
    const value = inv.scope.vars.get(name);
    if (value === undefined) continue;
    if (loadsUnseenCodeInto(tool, name, value) || (preloadsUnseenLibrary(name, value) && (inv.startedByProgram === true || !SHELL_BUILTINS.has(inv.name)))) {
      inv.env.b.opaque('preload_library', `\`${name}\`, set earlier in the input (exported, or perhaps by the session), makes \`${inv.name}\` load code that is not in the input`, inv.span);
    }
  }
}

function commandVariables(inv: Invocation): void {
  const pairs: Array<[string, string | null]> = [...inv.assignments];
  if (inv.name === 'export' || inv.name === 'declare' || inv.name === 'typeset') {
    for (const a of inv.args) {
      const m = a.value === null ? null : /^([A-Za-z_]\w*)=(.*)$/s.exec(a.value);
      if (m) pairs.push([m[1]!, m[2]!]);
    }
  }
  for (const [k, v] of pairs) {
    if (preloadsUnseenLibrary(k, v)) {
      inv.env.b.opaque('preload_library', `\`${k}\` loads a library whose code is not in the input into the program`, inv.span);
    }
    if (inv.assignments.has(k) && loadsUnseenCodeInto(inv.name.replace(/^.*\//, ''), k, v)) {
      inv.env.b.opaque('preload_library', `\`${k}\` makes \`${inv.name}\` load code that is not in the input`, inv.span);
    }
    // D8 round 18: less reads LESSKEY_CONTENT as lesskey source (less(1)), whose `#env` section may set LESSOPEN
    if (k === 'LESSKEY_CONTENT') {
      lesskeyContent(inv, v, '`LESSKEY_CONTENT`');
      continue;
    }
    // D8 round 20: LESS holds less's options as if typed, for every less the command starts (git's pager, man's): one that
    // reads a lesskey file names a file Portcullis does not route from there (the session's is refused alike: session-env.ts)
    const less = k === 'LESS' ? lessVariableProblem(k, v) : null;
    if (less !== null) {
      inv.env.b.opaque('command_variable_dynamic', less, inv.span);
      continue;
    }
    if (!COMMAND_VARIABLES.test(k)) continue;
    if (v === null) inv.env.b.opaque('command_variable_dynamic', `\`${k}\` names a command that is not fixed in the input`, inv.span);
    else if (v.trim() !== '') inv.runSource(v.replace(/^\s*\|+/, ''), null, `\`${k}\` is run as a command`);
  }
}

/**
 * D8 round 20: less's variables assigned or exported for the programs run after them (every less they start: git's
 * pager, man's): `LESS` with an option that reads a lesskey file or text (`readsLesskey`), `LESSKEY_CONTENT` with an
 * `#env` section; a value the input does not fix counts as one. The session's are refused alike (session-env.ts).
 */
export function lessVariableProblem(name: string, value: string | null | undefined): string | null {
  const sets = 'whose `#env` section may set `LESSOPEN`, a command less runs on every file (less(1), lesskey(1))';
  if (name === 'LESS' && (value === null || value === undefined || readsLesskey(value, true))) return `\`LESS\` ${value === null || value === undefined ? 'holds options that are not fixed in the input, which may make less read a lesskey file' : 'makes less read a lesskey file or lesskey text'}, ${sets}`;
  if (name === 'LESSKEY_CONTENT' && (value === null || value === undefined || /#\s*env/i.test(value))) return `\`LESSKEY_CONTENT\` ${value === null || value === undefined ? 'is lesskey source that is not fixed in the input' : 'holds an `#env` section'}, ${sets}`;
  return null;
}

/**
 * `LESSKEY_CONTENT=…` (round 20: or less's `--lesskey-content=…`): the commands its `#env` section makes less run are
 * judged as this command's own.
 */
function lesskeyContent(inv: Invocation, v: string | null, what: string): void {
  // SECURITY (D8 round 20): less takes `;` between the lines of lesskey text given this way (`#env;LESSOPEN=…`, as
  // programs that set it write it; `\;` a literal one): both readings are judged
  const texts = v === null ? [] : [...new Set([v, v.replace(/(?<!\\);/g, '\n')])];
  const readings = texts.map((t) => readConfig('lesskey', t));
  const failed = v === null ? null : readings.find((r) => !r.ok);
  if (v === null || failed !== undefined) {
    inv.env.b.opaque('command_variable_dynamic', `${what} is lesskey source ${failed === null || failed === undefined || failed.ok ? 'that is not fixed in the input' : `that less may read otherwise (${failed.message})`}, whose \`#env\` section may set \`LESSOPEN\``, inv.span);
    return;
  }
  for (const s of readings.flatMap((r) => (r.ok ? r.settings : []))) {
    if (s.run.kind === 'line') inv.runSource(s.run.text.replace(/^\s*\|+-?/, ''), null, `${what} sets \`${s.key.replace(/^#env /, '')}\`, run as a command`);
    else inv.env.b.opaque('command_variable_dynamic', `${what} sets \`${s.key.replace(/^#env /, '')}\`, which ${s.run.kind === 'code' ? s.run.why : 'runs code'}`, inv.span);
  }
}

/**
 * Apache's site switch (a2dissite(8), round 18, p18): `a2dissite NAME` removes the site's link from `sites-enabled`, and
 * nothing stops until Apache reloads (tldr: `a2dismod` alone is benign), so the switch alone is a write; a reload or
 * restart of Apache later in the same input (`systemctl reload apache2`, `service apache2 reload`, `apachectl graceful`)
 * takes the sites switched off out of service, as `rm /etc/nginx/sites-enabled/shop.conf && systemctl reload nginx` does.
 * The distribution's placeholder sites (`000-default`, `default-ssl`), a maintenance page and a preview's site are not
 * served sites (filesystem.ts `unservedSiteLink`). Answers 357.1 and 372.7: `a2ensite maintenance` is maintenance mode
 * switched on, as the link made by hand is (filesystem.ts `maintenanceSiteEnabled`), with or without a reload.
 * True when the command was `a2dissite` or `a2ensite` (judged here: each makes or removes a link in `sites-enabled`).
 */
function apacheSiteSwitches(inv: Invocation): boolean {
  const words = inv.args.map((a) => a.value);
  if (inv.name === 'a2dissite') {
    const sites = words.filter((w) => w !== null && !w.startsWith('-')) as string[];
    if (words.some((w) => w === null)) inv.env.apacheSitesOff = [...(inv.env.apacheSitesOff ?? []), 'a2dissite ?'];
    const served = sites.filter((s) => !/^(000-default|default|default-ssl)(\.conf)?$/.test(s) && !unservedSiteLink(`/etc/apache2/sites-enabled/${s}`));
    inv.env.apacheSitesOff = [...(inv.env.apacheSitesOff ?? []), ...served.map((s) => `a2dissite ${s}`)];
    inv.env.b.verb('write').summary(`a2dissite ${sites.join(' ')}`);
    return true;
  }
  // Answer 372.7 (round 36): `a2ensite maintenance` alone is the same switch as nginx's maintenance link (357.1): the link
  // it makes is maintenance mode on, reload or not (filesystem.ts `maintenanceSiteEnabled`). `a2dissite maintenance` and
  // an ordinary site enabled stay writes.
  if (inv.name === 'a2ensite') {
    const sites = words.filter((w) => w !== null && !w.startsWith('-')) as string[];
    const maintenance = sites.filter((s) => isMaintenanceSiteName(s));
    inv.env.b.verb('write').summary(`a2ensite ${sites.join(' ')}`);
    if (maintenance.length > 0) inv.env.b.destroy('site_offline', `\`a2ensite ${maintenance[0]}\` enables the maintenance site: every visitor gets the maintenance page (maintenance mode on)`, inv.span);
    return true;
  }
  const off = inv.env.apacheSitesOff ?? [];
  if (off.length === 0) return false;
  const line = words.map((w) => w ?? '?').join(' ');
  const reload = (inv.name === 'systemctl' && /(^| )(reload|restart|reload-or-restart|try-restart|try-reload-or-restart) (.* )?(apache2|httpd)(\.service)?( |$)/.test(line))
    || (inv.name === 'service' && /^(apache2|httpd) (reload|restart|force-reload)\b/.test(line))
    || (/^(apachectl|apache2ctl)$/.test(inv.name) && /(^| )(-k )?(graceful|restart)( |$)/.test(line));
  if (reload) inv.env.b.verb('write').destroy('site_disabled', `\`${inv.name} ${line}\` applies \`${off.join('; ')}\`: the site stops being served (or serves only its maintenance page)`, inv.span);
  return false;
}

/**
 * cpulimit(1) `-k/--kill` on a process already running (`-p PID`, `-e NAME`, `-P PATH`; no program of its own after its
 * options) kills that process when it goes over the limit: read as `kill PID`, `pkill -x NAME` or `pkill -f PATH`, so a
 * service named there is judged as one (round 41, nv41). A value not fixed is a process the line does not show.
 */
function cpulimitKillsRunning(inv: Invocation): boolean {
  const values = inv.args.map((a) => a.value);
  if (!values.some((v) => v === '-k' || v === '--kill' || (v !== null && /^-[a-z]*k[a-z]*$/.test(v) && !v.startsWith('--')))) return false;
  const valued = new Set(['-p', '--pid', '-e', '--exe', '-P', '--path', '-l', '--limit', '-c', '--cpu']);
  let target: { option: string; value: string | null } | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? null;
    if (v === null) return false;
    if (v === '--' || !v.startsWith('-')) return false;
    const eq = /^(--pid|--exe|--path)=(.*)$/.exec(v);
    if (eq) target = { option: eq[1]!, value: eq[2]! };
    else if (valued.has(v)) {
      if (/^(-p|--pid|-e|--exe|-P|--path)$/.test(v)) target = { option: v, value: values[i + 1] ?? null };
      i++;
    }
  }
  if (!target) return false;
  if (target.value === null) {
    inv.env.b.verb('exec').opaque('cpulimit_kill_unseen', '`cpulimit --kill` kills a process the line does not name', inv.span);
    return true;
  }
  const argv = /^(-p|--pid)$/.test(target.option) ? ['kill', target.value] : /^(-e|--exe)$/.test(target.option) ? ['pkill', '-x', target.value] : ['pkill', '-f', target.value];
  inv.env.b.finding('cpulimit_kill', `\`cpulimit --kill\` kills \`${target.value}\` when it goes over the limit: read as \`${argv.join(' ')}\``, inv.span);
  inv.dispatch(argv.map((w) => literalWord(w, inv.span.start, inv.span.end)), inv.stdin);
  return true;
}

function dispatchTool(inv: Invocation): void {
  const b = inv.env.b;
  if (inv.assignments.size > 0 || inv.name === 'export' || inv.name === 'declare' || inv.name === 'typeset') commandVariables(inv);
  exportedInterpreterVariables(inv);
  if (inv.redirects.length > 0) redirects(inv, inv.redirects);
  const name = inv.name;
  if (name === '' || name === '{}' || (name === ':' && inv.args.length === 0)) return;
  // Round 41 (nv41): a command word that is a history expansion (`!!`, `!-2`, `!42`, `!rm`, `!?docker?`; bash(1) "HISTORY
  // EXPANSION") reruns a line from the shell's history, which the input does not show: code run unseen (the lead's
  // answer 422.2, `sudo !!`). A lone `!` negates a pipeline and is no command word.
  // Round 42 (atk42): quick substitution (`^old^new^`, bash(1) "Event Designators": the previous line with old replaced)
  // and `fc -s [old=new] [cmd]` / `fc -e - …` (bash's fc builtin re-executes a line of the history) rerun the history too.
  if (/^!(!|-?\d|[?A-Za-z_./~])/.test(name) || /^\^[^^]*\^/.test(name) || (name === 'fc' && inv.args.some((a, i) => a.value === null || a.value === '-s' || (a.value === '-e' && inv.args[i + 1]?.value === '-')))) {
    b.opaque('history_expansion', `\`${name}\` reruns a line from the shell's history: what it runs is not in the input`, inv.span);
    return;
  }
  commandOptions(inv);
  if (name === 'cpulimit' && cpulimitKillsRunning(inv)) return;
  if (isWrapper(name) && unwrap(inv)) return;
  if (apacheSiteSwitches(inv)) return;
  const run = runnerArgv(inv);
  if (run) {
    b.verb('exec').finding('runner', `\`${name}\` runs the command after its own options`, inv.span);
    inv.dispatch(run.length === 1 && run[0]!.value !== null && /\.py$/.test(run[0]!.value) ? [{ ...run[0]!, value: 'python', text: 'python' }, ...run] : run, inv.stdin);
    return;
  }
  if (webTerminal(inv)) return;
  // The leave-one-tool-out evaluation (ClassifierOptions `unseenTools`): this program is read as one we do not know.
  if (inv.env.unseenTools?.has(name.replace(/^.*\//, ''))) return unknownCommand(inv, 'unknown');
  if (isQueryOnly(inv) && !SHELLS.has(name) && name !== 'eval' && (handlerFor(name) !== undefined || knownCli(name))) {
    b.verb('read');
    return;
  }
  if (handlerFor(name) === undefined && !READS.has(name) && name !== name.toLowerCase() && handlerFor(name.toLowerCase()) !== undefined) {
    // SECURITY: on a case-insensitive filesystem (macOS by default) `GIT` runs git.
    b.finding('command_case', `\`${name}\` runs \`${name.toLowerCase()}\` on a case-insensitive filesystem`, inv.span);
    return dispatchTool({ ...inv, name: name.toLowerCase() });
  }
  // In-place editors rewrite the files they name, whatever else their script does (judged below).
  const edits = inPlaceEditor(inv);
  if (SHELLS.has(name)) return shell(inv);
  // Windows shells called from any shell (Git Bash on Windows, WSL): cmd /c, powershell -Command, wsl, runas.
  if (/^(cmd|powershell|pwsh|powershell_ise|wsl|runas)(\.exe)?$/i.test(name) && shellWalker('windowsShell')(inv)) return;
  if (/^py(\.exe)?$/i.test(name)) return pythonLauncher(inv);
  // Bun is a runtime and a package client: its catalogue entry (a download with TLS checks off) before the runtime's reading.
  if (name === 'bun' && serviceCommand(inv, serviceTool('bun')!)) return;
  if (interpreterSpec(name) && name !== 'deno' || (name === 'deno' && inv.args[0]?.value === 'eval')) return interpreter(inv);
  if (name === 'osascript') return osascript(inv);
  if (/^(vim|vi|nvim|view|ex|vimdiff|gvim)$/.test(name)) editorShellCommands(inv);
  if (/^(gdb|gdb-multiarch|cuda-gdb|less)$/.test(name)) debuggerAndPagerCommands(inv);
  if (name === 'gsutil') gsutilBotoOptions(inv);
  if (name === 'man') manPager(inv);
  if (name === 'script') {
    if (scriptCommand(inv)) return;
    // Without `-c` it starts the user's shell, reading what is typed: what it will run is not in the input.
    b.opaque('interactive_shell', '`script` opens an interactive shell: what it will run is unknown', inv.span);
    return;
  }
  // Concourse's `fly` (ci-catalogue.ts), not Fly.io's: `--target` or a subcommand only Concourse has.
  if (name === 'fly' && isConcourseFly(inv.args.map((a) => a.value)) && serviceCommand(inv, CONCOURSE_FLY)) return;
  // Round 41 (fo41): a build's output folder (`msbuild /p:OutDir=…`, `dotnet build -o …`) is judged as a write into it.
  // Round 42 (atk42): compilers' and build tools' `-o` too. build-output.ts reads only the tools it knows.
  buildOutputWritten(inv);
  const handler = handlerFor(name);
  if (handler) return handler(inv);
  const db = dbCliSpec(name);
  if (db && dbCli(inv, db)) return;
  if (name === 'bq' && bq(inv)) return;
  if (name === 'glab' && positionals(inv.args, new Set(['-R', '--repo']))[0]?.value === 'api') return glabApi(inv);
  // glab-ci-delete(1) deletes CI/CD pipelines by id (or by `--status`/`--older-than`): a pipeline's record, disposable
  // whatever its state, as `gh run delete` is (the lead's decision, round 14).
  if (name === 'glab' && glabPipelineDelete(inv)) {
    inv.env.b.verb('delete').finding('ci_run_record', '`glab ci delete`: CI pipelines\' records; the pipeline configuration stays and runs again', inv.span);
    return;
  }
  // glab-deploy-key-add(1) `-c/--can-push`: "deploy keys can be used for pushing code to the repository".
  if (name === 'glab' && glabDeployKeyCanPush(inv)) {
    inv.env.b.verb('permissions').destroy('deploy_key_write', '`glab deploy-key add --can-push`: a deploy key that can push', inv.span);
    return;
  }
  if (name === 'systemctl') systemctlEdit(inv);
  if (name === 'systemctl' && ownUserUnitsStopped(inv)) return;
  if (name === 'systemctl' && systemctlRestart(inv)) return;
  if (throwawayUnitsStopped(inv, name)) return;
  if ((name === 'brew' || name === 'launchctl') && ownHomebrewServicesStopped(inv, name)) return;
  if (packageClientTlsOff(inv, name)) return;
  // A snapshot this `&&` list made itself and now removes (made-snapshots.ts): the backup's own read-only copy.
  const argv = inv.args.every((a) => a.value !== null) ? [name, ...inv.args.map((a) => a.value!)] : null;
  if (argv && removesOnlyMadeSnapshots(argv, inv.scope.madeSnapshots)) {
    b.verb('delete').finding('snapshot_made_here', `\`${name}\` removes a snapshot this command list made itself`, inv.span);
    return;
  }
  const fsck = fsckRepairsMounted(inv);
  if (fsck !== null) {
    if (!fsck.known) b.verb('write').opaque('fsck_target_unsaid', fsck.reason, inv.span);
    else b.verb('write').destroy('fsck_mounted', fsck.reason, inv.span);
    return;
  }
  // Round 38 (bl38): a statement run through a CMS tool (`drush sqlq`, `wp db query`, `bench mariadb -e`) is that SQL;
  // `terminus remote:drush SITE.ENV -- …` is the drush line it runs there; `ddev drush …` and `lando wp …` run the tool in
  // the local development containers (cms-commands.ts).
  const base = name.replace(/^.*\//, '');
  if (cmsSqlQuery(inv, base) || (base === 'terminus' && terminusRemote(inv)) || localDevWrapper(inv, base)) return;
  const service = serviceTool(name) ?? (inv.windowsDialect ? windowsServiceTool(name) : undefined);
  if (service && serviceCommand(inv, service)) return;
  // The Visual Studio Installer's own `setup.exe` (`…\Microsoft Visual Studio\Installer\setup.exe modify …`): too generic
  // a name alone, it is the installer by the folder it is run from.
  const vs = name === 'setup' && /microsoft visual studio[\\/]+installer[\\/]+setup(\.exe)?["']?$/i.test(inv.spelled ?? '') ? serviceTool('vs_installer') : undefined;
  if (vs && serviceCommand(inv, vs)) return;
  const jar = name === 'java' ? jarTool(inv.args) : undefined;
  if (jar && serviceCommand(inv, jar.tool, jar.args)) return;
  if (name === 'python' || /^python[\d.]*$/.test(name)) return interpreter(inv);
  if (KUBE_SWITCHERS.has(name) && !edits) return kubeSwitcher(inv);
  // The lead's answer 429.6: in-place rewriters of data and source files are judged as `sed -i` (in-place-rewriters.ts).
  if (isInPlaceRewriter(name)) {
    if (inPlaceRewrite(inv)) return;
    if (name === 'dasel') return void b.verb('read');
  }
  if (READS.has(name)) {
    if (!edits) b.verb('read');
    if ((name === 'awk' || name === 'gawk') && inv.args.some((a) => /\bsystem\s*\(|\|\s*"?(sh|bash)|print\s*>/.test(a.value ?? ''))) b.opaque('awk_system', '`awk` runs commands or writes files', inv.span);
    if (/^(awk|gawk|mawk|nawk)$/.test(name)) awkPipes(inv);
    if (name === 'sed' || name === 'gsed') sedInPlace(inv);
    if (name === 'pytest' || name === 'py.test') pytestBaseTemp(inv, inv.args);
    if (name === 'history') historyCleared(inv);
    if (name === 'mount') mountCovers(inv);
    return;
  }
  if (name === 'tmux' || name === 'expect') return name === 'tmux' ? tmux(inv) : expect(inv);
  // A framework's console or runner (`bin/rails runner CODE`, `./manage.py shell -c CODE`, `mix run -e CODE`).
  if (appConsole(inv, name, inv.args)) return;
  if ((name.startsWith('./') || name.startsWith('../') || name.startsWith('/')) && runWritten(inv, name)) return;
  // A self-hosted CI runner's or agent's own configuration script asked to `remove` (GitHub Actions' `./config.sh remove
  // --token T`, Azure Pipelines' `.\config.cmd remove --auth pat --token T`): the machine leaves the pool its pipelines
  // are queued to (the lead's decision 38, round 18: unregistering a shared runner stays destructive).
  if ((name.startsWith('./') || name.startsWith('../') || name.startsWith('/')) && /^config\.(sh|cmd)$/i.test(name.replace(/^.*\//, '')) && inv.args[0]?.value === 'remove') {
    b.verb('delete').destroy('ci_runner_unregistered', `\`${name} remove\` unregisters the CI runner or agent: jobs queued for its pool wait or fail`, inv.span);
    return;
  }
  // The Gradle and Maven wrappers (`./gradlew`, `./mvnw`) are the project's own launchers of Gradle and Maven.
  if ((name.startsWith('./') || name.startsWith('../')) && BUILD_LAUNCHERS.has(name.replace(/^.*\//, ''))) return unknownCommand({ ...inv, name: name.replace(/^.*\//, '') }, 'build');
  // A Rails app's binstubs (`./bin/rails`, `./bin/rake`: what `rails new` writes) run Rails' own tasks: a reset there is
  // `rails db:reset` (round 18: `./bin/rails db:reset` was read as an unknown program, benign).
  // Django's `./manage.py` run directly is `python manage.py` (a rollback to a named migration, `flush`).
  if ((name.startsWith('./') || name.startsWith('../')) && /(^|\/)manage\.py$/.test(name) && orm(inv, words(inv))) return;
  if ((name.startsWith('./') || name.startsWith('../')) && /(^|\/)bin\/(rails|rake)$/.test(name)) {
    const rails = { ...inv, name: name.replace(/^.*\//, '') };
    if (!orm(rails, words(rails))) ormWrite(rails, words(rails));
    return;
  }
  if (name.startsWith('./') || name.startsWith('../') || name.startsWith('/')) {
    b.verb('exec').partial('script_unseen', `\`${name}\` runs a program whose content is not part of the action`, inv.span);
    if (!judgeUnknownProgram(inv, `\`${name}\` runs a program we cannot see`)) judgeNamedScript(inv, name, `\`${name}\` runs a program we cannot see`);
    return;
  }
  if (/^mkfs\./.test(name)) return diskTool(inv);
  // lvm(8): `lvm COMMAND ARGS` runs the LVM command of that name (`lvm lvremove vg0/x` is `lvremove vg0/x`).
  if (name === 'lvm' && /^(pv|vg|lv)[a-z]+$/.test(inv.args[0]?.value ?? '')) return inv.dispatch(inv.args, inv.stdin);
  if (remoteScriptRun(inv)) return;
  if (packageBinaryRun(inv)) return;
  if (BUILDS.has(name)) return unknownCommand(inv, 'build');
  if (CLOUDS.has(name)) return unknownCommand(inv, 'cloud');
  if (ORM_TOOLS.has(name)) {
    if (!prismaDbExecute(inv, words(inv)) && !orm(inv, words(inv))) ormWrite(inv, words(inv));
    return;
  }
  if (sqlAsShell(inv)) return;
  unknownCommand(inv, 'unknown');
}

/** Options whose value is code a tool runs, which it fetches when given a web address: jscodeshift's transform ("a local path or url", jscodeshift README). */
const REMOTE_CODE_OPTIONS: Readonly<Record<string, string[]>> = { jscodeshift: ['-t', '--transform'] };

/** Options of `deno run` and `pipx run` that take the next word as their value (deno run --help; pipx run --help). */
const REMOTE_RUN_VALUED = new Set(['-c', '--config', '--import-map', '--lock', '--cert', '--location', '--seed', '--env-file', '--spec', '--python', '-i', '--index-url', '--pip-args']);

/**
 * A runner given a script's web address downloads the script and runs it (`deno run https://…/x.ts`, `pipx run
 * https://…/x.py`; `uv run URL` is read as python with a URL, and `jbang URL` in the catalogue): what runs is not in
 * the action, as for `curl URL | sh`. A local file or a package name is judged as before.
 */
function remoteScriptRun(inv: Invocation): boolean {
  const url = optionValues(inv.args, ...(REMOTE_CODE_OPTIONS[inv.name] ?? [])).find((v) => v !== null && /^https?:\/\//i.test(v));
  if (url) {
    inv.env.b.verb('exec').opaque('script_unseen', `\`${inv.name}\` downloads \`${url}\` and runs it: its content is not part of the action`, inv.span);
    return true;
  }
  if (inv.name !== 'deno' && inv.name !== 'pipx') return false;
  const pos = positionals(inv.args, REMOTE_RUN_VALUED);
  if (pos[0]?.value !== 'run' || !/^https?:\/\//i.test(pos[1]?.value ?? '')) return false;
  inv.env.b.verb('exec').opaque('script_unseen', `\`${inv.name} run\` downloads \`${pos[1]!.value}\` and runs it: its content is not part of the action`, inv.span);
  return true;
}

/**
 * A SQL statement given as a shell line (`DROP TABLE users;`, `delete from orders`): no program has that name,
 * so a shell answers "command not found"; but the line is a statement, and where it is typed matters more than
 * the input type an agent declared (a database console in a terminal, a REPL behind a "shell" tool). Judged as
 * SQL, the worst of the two readings. Only statement shapes count (`DELETE FROM`, `DROP TABLE`, `UPDATE t SET`),
 * so a program that happens to be called `update` or `replace` is not read as SQL.
 */
const SQL_LINE = /^(drop\s+(database|schema|table|view|materialized|index|user|role|function|procedure|trigger|sequence|type|extension|owned|if|temporary|keyspace|collection)\b|delete\s+(from\s+)?\S+|truncate\s+(table\s+)?\S+|update\s+\S+\s+set\b|alter\s+(table|database|schema|user|role|view|index|sequence)\b|insert\s+(into|overwrite)\b|merge\s+into\b|grant\s+.*\b(on|to)\b|revoke\s+.*\b(on|from)\b|create\s+(or\s+replace\s+)?(table|database|schema|view|index|user|role|function|procedure|trigger)\b)/i;

function sqlAsShell(inv: Invocation): boolean {
  if (!/^(drop|delete|truncate|update|alter|insert|merge|grant|revoke|create)$/i.test(inv.name)) return false;
  const text = [inv.name, ...inv.args.map((a) => a.value ?? '?')].join(' ');
  if (!SQL_LINE.test(text)) return false;
  inv.env.b.finding('sql_as_shell', `\`${inv.name}\` is not a program but the line is a SQL statement: judged as SQL`, inv.span);
  classifySqlInto(text, { ctx: inv.env.ctx, inventory: inv.env.inventory }, inv.env.b, inv.span);
  return true;
}
