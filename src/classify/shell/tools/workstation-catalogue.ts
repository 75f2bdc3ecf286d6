import type { ServiceTool } from './catalogue-shape.ts';

/**
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

export const WORKSTATION_TOOLS: readonly ServiceTool[] = [VNSTAT, LIBREOFFICE, EXTUNDELETE, CHARLIECLOUD_PULLERS, KAMAILIO];
