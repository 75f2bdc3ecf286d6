import { SYSTEM_OR_DOTFILE_PLACE, type ServiceTool } from './catalogue-shape.ts';
import { lockDelayOverADay } from './guard-units.ts';

/**
 * Round 41 (nv41): catalogue entries for a user's own workstation tools that the outside suites (navi-cheats,
 * tldr-pages) name and nobody had catalogued: atuin (shell history), obsidian-cli (`obs`, notes in a vault), GNOME's
 * `gsettings`, Charm's `skate` (a key-value store), Gentoo's `eselect` and NetBSD's `cpuctl`. Each from its own
 * reference; labels follow "How a case is labelled": the user's records deleted (history lines, notes, keys) are data
 * lost, a note overwritten too; settings, profiles and repositories switched are writes the same tool switches back;
 * the screen lock switched off is a safeguard off. Operations no rule names keep each entry's `otherwise` (opaque where
 * the tool's purpose is a change). Data in the shape of service-catalogue.ts's ServiceTool (spread there).
 */

type Tool = ServiceTool;

const ATUIN: Tool = {
  // atuin's docs ("search", "history", "account"): `search --delete` deletes every history line the query matches,
  // `--delete-it-all` the whole history; `history prune` deletes the lines the configured filters match; `account
  // delete` deletes the sync account with the history stored on the server.
  names: ['atuin'],
  parser: 'permutes',
  valued: ['-c', '--cwd', '-e', '--exit', '--exclude-exit', '--exclude-cwd', '-b', '--before', '--after', '--limit', '--offset', '--filter-mode', '--search-mode', '--format', '-f', '--shell', '-u', '--username', '-p', '--password', '-k', '--key', '--session', '--reverse', '--inline-height', '--timezone', '--tz'],
  rules: [
    { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'prints help' },
    { sub: /^(search|s)\b/, flags: ['--delete', '--delete-it-all'], effect: 'destroy', what: 'deletes the matching lines (or all) of the shell history' },
    { sub: /^(history prune|account delete)\b/, effect: 'destroy', what: 'deletes history lines, or the sync account with its stored history' },
    { sub: /^(search|s|stats|status|uuid|doctor|info|contributors|gen-completions|init|key|history (list|last))\b/, effect: 'read', what: 'searches or reads history and settings' },
    { sub: /^(sync|import|login|logout|register|history (start|end)|account (login|logout|register|change-password)|daemon|store (status|rebuild|verify|pull)|dotfiles)\b/, effect: 'write', what: 'syncs, imports or records history, or signs in' },
  ],
  otherwise: 'opaque',
};

const OBSIDIAN_CLI: Tool = {
  // obsidian-cli (Yakitrak, installed as `obs`): `delete` removes a note; `create --overwrite` replaces an existing
  // note's content (`--append` adds to it); `move` renames a note and updates the links to it. The name is OBS
  // Studio's launcher too: a line none of these rules names is left to the generic reading.
  names: ['obs', 'obsidian-cli'],
  parser: 'permutes',
  valued: ['--vault', '-v', '--content', '-c'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'prints help' },
    { sub: /^(delete|d)\b/, effect: 'destroy', what: 'deletes a note from the vault' },
    { sub: /^(create|c)\b/, flags: ['--overwrite', '-o'], effect: 'destroy', what: "replaces an existing note's content" },
    { sub: /^(open|o|search|s|search-content|sc|print|p|print-default|pd)\b/, effect: 'read', what: 'opens, searches or prints notes' },
    { sub: /^(create|c|move|m|set-default|sd|frontmatter|fm|daily)\b/, effect: 'write', what: 'creates, appends to or moves notes, or sets the default vault' },
  ],
  otherwise: 'fallback',
};

const GSETTINGS: Tool = {
  // gsettings(1): `set`, `reset`, `reset-recursively` change GSettings keys (the same tool sets them back); the screen
  // lock switched off (`lock-enabled false`, `disable-lock-screen true`) is a safeguard off.
  names: ['gsettings'],
  local: true,
  valued: ['--schemadir'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'prints help' },
    { sub: /^set \S+ (lock-enabled|ubuntu-lock-on-suspend|lock-on-suspend|idle-activation-enabled) (false|0)$/, effect: 'safeguard', what: 'switches the screen lock off' },
    { sub: /^set \S+ (disable-lock-screen|disable-user-switching-lock) (true|1)$/, effect: 'safeguard', what: 'switches the screen lock off' },
    // Round 42 (atk42): a session that never idles never locks the screen either.
    { sub: /^set org\.gnome\.desktop\.session idle-delay (uint32 )?0$/, effect: 'safeguard', what: 'the session never idles: the screen lock never comes on' },
    { sub: /^set\b/, args: lockDelayOverADay, effect: 'safeguard', what: "the screen lock comes more than a day after the screen blanks: the lock off (the lead's answer 459.4)" },
    { sub: /^(get|monitor|writable|range|describe|list-keys|list-children|list-recursively|list-schemas|list-relocatable-schemas|help)\b/, effect: 'read', what: 'reads settings' },
    { sub: /^(set|reset|reset-recursively)\b/, effect: 'write', what: 'changes a desktop setting (set back by the same tool)' },
  ],
  otherwise: 'opaque',
};

const SKATE: Tool = {
  // Charm's skate (its README): `delete KEY[@DB]` deletes a key, `delete-db` a whole database, `wipe` every key;
  // `set`, `sync`, `reset` (the local copy from the synced one) and `import` write.
  names: ['skate'],
  parser: 'permutes',
  valued: [],
  rules: [
    { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'prints help' },
    { sub: /^(delete|delete-db|wipe)\b/, effect: 'destroy', what: 'deletes a key, a database of keys or every key' },
    { sub: /^(get|list|list-dbs|keys|id|export|help)\b/, effect: 'read', what: 'reads keys' },
    { sub: /^(set|sync|link|import|reset)\b/, effect: 'write', what: 'writes or syncs keys' },
  ],
  otherwise: 'opaque',
};

const ESELECT: Tool = {
  // eselect(1): `eselect MODULE ACTION`: each module's `list`, `show`, `help`, `usage` read; `set`, `unset`, `enable`,
  // `disable`, `add`, `create`, `update` switch what the module manages (a profile, a kernel link, a repository
  // enabled), switched back by the same tool; a removal or a forced one (`-f`) is left opaque.
  names: ['eselect'],
  local: true,
  valued: ['--colour', '--color'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'prints help' },
    { sub: /^\S+ (disable|remove|rm|purge)\b/, flags: ['-f', '--force'], effect: 'opaque', what: 'forces a removal whose extent the line does not show' },
    { sub: /^(help|usage|version|modules)\b|^\S+ (list|show|help|usage|version|count)\b|^news read\b/, effect: 'read', what: 'lists or shows what a module manages' },
    { sub: /^\S+ (set|unset|enable|disable|add|create|update)\b|^news purge\b/, effect: 'write', what: 'switches what a module manages (switched back by the same tool)' },
  ],
  otherwise: 'opaque',
};

const CPUCTL: Tool = {
  // NetBSD's cpuctl(8): `list` and `identify` read; `online`, `offline` (work moves to the other CPUs, brought back by
  // `online`), `intr`, `nointr` and `ucode` change this machine's CPUs.
  names: ['cpuctl'],
  local: true,
  valued: [],
  rules: [
    { sub: /^(list|identify)\b/, effect: 'read', what: 'reads the CPUs' },
    { sub: /^(online|offline|intr|nointr|ucode)\b/, effect: 'write', what: "switches CPUs on or off or loads microcode (switched back by the same tool)" },
  ],
  otherwise: 'opaque',
};

/*
 * Round 41 (ol41): catalogue entries for programs a user runs on their own machine and files, met in cheat.sh's community
 * sheets (chubin/cheat.sheets, tuned two thirds), each read from its manual: a traffic counter's database, an office
 * suite's converter, a file recoverer, Charliecloud's image pullers and a SIP server. What no rule names is their
 * `otherwise`. Data in the shape of service-catalogue.ts's ServiceTool (spread there).
 */

const VNSTAT: ServiceTool = {
  // vnstat(1): reports read the database; `--add` and `--rename` write it; `--remove` (2.x, with `--force`), `--delete`
  // and `--reset`/`-r` (1.x) delete an interface's recorded traffic, which nothing brings back (kept data). Its one-dash
  // options are words, not bundles (`-tr` is `--traffic`, `-ru` `--rateunit`): `-r` counts only as a word of its own.
  names: ['vnstat'],
  valued: ['-i', '--iface', '--config', '--dbdir', '--limit', '--style', '--begin', '-b', '--end', '-e', '--rename', '--alias', '--setalias'],
  local: true,
  rules: [
    { flags: ['--remove', '--delete', '--reset'], effect: 'destroy', what: "deletes an interface's recorded traffic statistics" },
    { args: (a) => a.includes('-r'), effect: 'destroy', what: "resets an interface's recorded traffic statistics (vnstat 1.x)" },
    { flags: ['--add', '--rename', '--setalias', '--alias'], effect: 'write', what: "adds or renames an interface in vnstat's database" },
  ],
  otherwise: 'read',
};

const LIBREOFFICE: ServiceTool = {
  // libreoffice(1)/soffice: `--convert-to`/`--print-to-file` write new files (into `--outdir`); `--cat` prints; `--version`
  // and `--help` print; otherwise a document is opened in the suite (a write at most, saved by the user).
  names: ['libreoffice', 'soffice', 'lowriter', 'localc', 'loimpress'],
  valued: ['--convert-to', '--outdir', '--printer-name', '--infilter', '-env', '--accept'],
  local: true,
  rules: [
    { flags: ['--help', '-h', '--version', '--cat'], effect: 'read', what: 'help, or a document printed as text' },
    { flags: ['--convert-to', '--print-to-file'], effect: 'write', what: 'converts documents into new files' },
  ],
  otherwise: 'write',
};

const EXTUNDELETE: ServiceTool = {
  // extundelete(1): reads an ext3/ext4 device (never writes it) and restores what it finds into ./RECOVERED_FILES (or
  // `--output-dir`); `--inode`, `--superblock`, `--journal` and `--help` only print.
  names: ['extundelete'],
  valued: ['--output-dir', '-o', '--restore-file', '--restore-files', '--restore-directory', '--inode', '--after', '--before', '-b', '-B', '--config'],
  local: true,
  rules: [
    { flags: ['--help', '-h', '-v', '--version', '--inode', '--superblock', '--journal'], effect: 'read', what: 'prints what the file system holds' },
    { flags: ['--restore-file', '--restore-files', '--restore-directory', '--restore-all', '--restore-inode'], effect: 'write', what: 'restores deleted files into a new folder (RECOVERED_FILES)' },
  ],
  otherwise: 'read',
};

const CHARLIECLOUD_PULLERS: ServiceTool = {
  // Charliecloud's older image tools (ch-pull2dir, ch-pull2tar, ch-builder2tar, ch-builder2squash, ch-dir2squash): pull
  // or export an image into a new folder, tarball or SquashFS file under the folder given.
  names: ['ch-pull2dir', 'ch-pull2tar', 'ch-builder2tar', 'ch-builder2squash', 'ch-dir2squash'],
  valued: [],
  local: true,
  rules: [{ flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' }],
  otherwise: 'write',
};

const KAMAILIO: ServiceTool = {
  // kamailio(8): `-c` checks the configuration and exits; `-v`/`-V`/`-h` print; otherwise the SIP server starts (a start).
  names: ['kamailio'],
  valued: ['-f', '-l', '-L', '-m', '-M', '-d', '-n', '-r', '-R', '-u', '-g', '-P', '-G', '-a', '-A', '-b', '-x', '-X', '-Y', '-w', '-t', '-O', '-Q', '--atexit', '--dual', '--server-id', '--modparam', '--loadmodule', '--subst', '--substdef', '--substdefs'],
  local: true,
  rules: [{ flags: ['-c', '-C', '-v', '-V', '-h', '-I'], effect: 'read', what: 'checks the configuration or prints' }],
  otherwise: 'write',
};

/**
 * Round 43 (os43): three more of a user's own workstation tools. What no rule names stays opaque: each can run or type
 * commands the line does not show (`zellij run`, `zellij action write-chars`, `gpgconf --change-options` from its input,
 * `guix shell -- CMD`).
 */
const ZELLIJ: Tool = {
  // zellij's CLI (zellij-utils `cli::Sessions`; "Session Resurrection"): `kill-session`/`kill-all-sessions` end terminal
  // sessions, as `tmux kill-session`; `delete-session`/`delete-all-sessions` drop exited sessions' serialised layouts,
  // kept in the user's cache folder to be resurrected; `list-sessions`, `list-aliases` and `setup --check|--dump-*` print.
  names: ['zellij'],
  parser: 'permutes',
  valued: ['-s', '--session', '-l', '--layout', '-c', '--config', '--config-dir', '--data-dir', '--max-panes'],
  rules: [
    { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'prints help' },
    { sub: /^(list-sessions|ls|list-aliases|la)\b|^setup\b/, effect: 'read', what: 'lists sessions or prints the set-up' },
    { sub: /^(kill-session|k|kill-all-sessions|ka|delete-session|d|delete-all-sessions|da|attach|a)\b/, effect: 'write', what: "ends terminal sessions or drops exited ones' saved layouts (a cache)" },
  ],
  otherwise: 'opaque',
};

const GPGCONF: Tool = {
  // GnuPG's "Invoking gpgconf": `--list-*`, `--check-*` and `-L|--list-dirs` print; `--kill` stops a component's daemon,
  // which gpg starts again on demand, `--launch`/`--reload` start or reload it. `--change-options` reads its changes from
  // the input and `--apply-*` rewrites the configuration files: not read here.
  names: ['gpgconf'],
  valued: ['--homedir', '--status-fd', '-o', '--output'],
  rules: [
    { flags: ['-h', '--help', '--version', '--list-components', '--check-programs', '--list-options', '--check-options', '--list-dirs', '-L', '--list-config', '--query-swdb', '--show-versions', '--show-configs'], effect: 'read', what: 'lists components, options or folders' },
    { flags: ['--kill', '--launch', '--reload', '--create-socketdir', '--remove-socketdir'], effect: 'write', what: 'stops, starts or reloads a GnuPG daemon (gpg starts it again on demand)' },
  ],
  otherwise: 'opaque',
};

const GUIX: Tool = {
  // GNU Guix manual ("Invoking guix gc", "Invoking guix package"): `gc` removes only store items no root reaches (the
  // only way to free /gnu/store space; "safe to run as a periodic job"), `-d` first deletes old profile generations, as
  // `nix-collect-garbage -d`; `gc --list-*|--references|--requisites|--referrers|--derivers|--verify` (without `repair`)
  // print. Packages installed, removed or upgraded make a new profile generation that `--roll-back` leaves.
  names: ['guix'],
  valued: ['-p', '--profile', '-m', '--manifest', '-L', '--load-path', '-C', '--collect-garbage', '-F', '--free-space', '--substitute-urls'],
  rules: [
    { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'prints help' },
    { sub: /^gc\b/, flags: ['--verify=repair', '--verify=repair,contents', '--verify=contents,repair'], effect: 'opaque', what: 'repairs store items in place' },
    { sub: /^gc\b/, flags: ['--list-roots', '--list-busy', '--list-dead', '--list-live', '--references', '-R', '--requisites', '--referrers', '--derivers', '--verify', '--list-failures'], effect: 'read', what: 'prints what the store holds or checks it' },
    { sub: /^(describe|search|show|graph|size|lint|refresh|weather|challenge|hash|locate)\b/, effect: 'read', what: 'prints packages, channels or store facts' },
    { sub: /^package\b/, flags: ['-I', '--list-installed', '-A', '--list-available', '-l', '--list-generations', '-s', '--search', '--show', '--list-profiles'], effect: 'read', what: 'lists packages or generations' },
    { sub: /^(gc|package|install|remove|upgrade|pull|build|download|archive|shell|environment)\b/, effect: 'write', what: 'installs, removes or builds packages, or frees store space no root reaches' },
  ],
  otherwise: 'opaque',
};

/**
 * Round 44 (atk44; os43 read cloc as a read): cloc(1) counts blank, comment and code lines per language and prints them;
 * `--report-file|--report_file|--out FILE` and `--sql FILE` write its report (Getopt::Long: one dash or two, `=` or the
 * next word), which over a system file or a dotfile (a credential, a shell's start file, a database under /var/lib) is
 * that file's contents lost. Its own report elsewhere is a read's output.
 */
const CLOC_OUTPUT = /^--?(report[-_]file|out|sql)(=(.*))?$/;
const clocWritesOverSystemFile = (args: ReadonlyArray<string | null>): boolean =>
  args.some((a, i) => {
    const m = a === null ? null : CLOC_OUTPUT.exec(a);
    if (!m) return false;
    const file = m[2] !== undefined ? m[3]! : (args[i + 1] ?? null);
    return file === null || SYSTEM_OR_DOTFILE_PLACE.test(file);
  });
const CLOC: Tool = {
  names: ['cloc'],
  valued: ['--report-file', '--report_file', '--out', '--sql', '--sql-project', '--exclude-dir', '--exclude-ext', '--exclude-lang', '--include-lang', '--include-ext', '--list-file', '--force-lang', '--read-lang-def', '--read-binary-files', '--timeout', '--git-diff-rel'],
  rules: [{ args: clocWritesOverSystemFile, effect: 'destroy', what: 'writes its report over a system file or a dotfile' }],
  otherwise: 'read',
};

/** Every entry of this file, spread into the service catalogue. */
export const WORKSTATION_TOOLS: readonly Tool[] = [ATUIN, OBSIDIAN_CLI, GSETTINGS, SKATE, ESELECT, CPUCTL, VNSTAT, LIBREOFFICE, EXTUNDELETE, CHARLIECLOUD_PULLERS, KAMAILIO, ZELLIJ, GPGCONF, GUIX, CLOC];
