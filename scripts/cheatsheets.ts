/**
 * Reading cheat/cheatsheets (github `cheat/cheatsheets`, CC0 1.0) into examples: pure functions, no I/O, so the
 * importer (`scripts/import-cheatsheets.ts`) and its test share them. Nothing from the sheets is ever committed;
 * only our labels (`test/corpus/cheat-labels.yaml`) are.
 *
 * A sheet is plain text, one file per tool: an optional YAML front matter (`---` … `---`), then blocks separated by
 * blank lines, each a run of `# description` lines followed by command lines. Every command is an example, with the
 * description above it. Placeholders in docopt style (`<file>`, `[options]`, `file ...`) are filled
 * deterministically so the same snapshot always gives the same commands.
 */
import { createHash } from 'node:crypto';

export interface Example {
  /** 1-based position of the example in its sheet. */
  n: number;
  description: string;
  command: string;
  /** 1-based line of the (first line of the) command in the sheet. */
  line: number;
}

/**
 * Sheets that are not shell at all (their lines are key strokes, markup or a language's syntax): skipped whole,
 * whatever the sample says, and named in the docs.
 */
export const NOT_SHELL: Readonly<Record<string, string>> = {
  ansi: 'shell variable definitions of colour escape codes, no commands',
  emacs: 'key bindings of an editor',
  markdown: 'Markdown syntax',
  'org-mode': 'key bindings and markup of an editor mode',
  readline: 'key bindings of the line editor',
  vim: 'key bindings and ex commands of an editor',
  dwm: 'key bindings of a window manager',
  'vim-plugins/vim-fzf': 'ex commands of an editor plugin',
  'vim-plugins/vim-goyo': 'ex commands of an editor plugin',
  'vim-plugins/vim-limelight': 'ex commands of an editor plugin',
  'vim-plugins/vim-markdown': 'ex commands of an editor plugin',
};

/** Sheets of games, GUIs and full-screen interactive programs: left out whole, counted. */
export const GAMES_AND_GUIS: Readonly<Record<string, string>> = {
  irssi: 'an IRC client, its commands typed inside it',
  weechat: 'an IRC client, its commands typed inside it',
  mutt: 'a mail client, its key bindings',
  kitty: 'a terminal emulator, its key bindings',
  tmux: 'a terminal multiplexer, mostly key bindings',
  screen: 'a terminal multiplexer, mostly key bindings',
  less: 'a pager, its key bindings',
  more: 'a pager, its key bindings',
  top: 'a full-screen monitor, its key bindings',
  r2: 'an interactive disassembler, its commands typed inside it',
  gdb: 'an interactive debugger, its commands typed inside it',
  ed: 'a line editor, its commands typed inside it',
};

/** The sheet's text without its YAML front matter, and the number of lines the front matter took. */
function withoutFrontMatter(sheet: string): { lines: string[]; offset: number } {
  const lines = sheet.split('\n');
  if (lines[0]?.trim() !== '---') return { lines, offset: 0 };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return { lines, offset: 0 };
  return { lines: lines.slice(end + 1), offset: end + 1 };
}

/** Shell words that open a compound command and the word that closes it: its lines belong to one example. */
const OPENERS: ReadonlyArray<[RegExp, RegExp]> = [
  [/(^|[;&|]\s*|\s)(for|while|until|select)\s/, /(^|[;&\s])done(\s|;|$|[|&>])/],
  [/(^|[;&|]\s*|\s)if\s/, /(^|[;&\s])fi(\s|;|$|[|&>])/],
  [/(^|[;&|]\s*|\s)case\s/, /(^|[;&\s])esac(\s|;|$|[|&>])/],
];

/**
 * A line's shell code outside quotes and comments, and whether it leaves a quote open: a quoted string may run on
 * to the next line (`--env-filter '…` over several lines), whose code then starts inside that quote.
 */
function unquoted(line: string, openQuote: string | null): { code: string; openQuote: string | null } {
  let quote = openQuote;
  let code = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') i++;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
    else code += ch;
  }
  return { code, openQuote: quote };
}

/** How many compound commands a line's code opens, less those it closes (the caller sums them over the example's lines). */
function openDepth(code: string): number {
  let depth = 0;
  for (const [open, close] of OPENERS) {
    if (open.test(code)) depth++;
    if (close.test(code)) depth--;
  }
  const braces = (code.match(/(^|\s)\{(\s|$)/g) ?? []).length - (code.match(/(^|;\s*|\s)\}(\s|;|$)/g) ?? []).length;
  return depth + braces;
}

const GENERIC_OPTIONAL = /^(options?|opts|flags?|args?|arguments?|params?|parameters?)$/i;

/** The first of a choice's alternatives (`a | b` or `a|b`), or the text itself. */
function firstChoice(text: string): string {
  return text.includes('|') ? (text.split('|').map((a) => a.trim()).find((a) => a !== '') ?? text) : text;
}

/**
 * One docopt placeholder's filling: `<file>` becomes `file`, `<image tag>` `image_tag` (one word), keeping what the
 * sheet's author named; a choice `<start | stop>` its first value.
 */
export function fillAngle(inner: string): string {
  return firstChoice(inner).trim().replace(/\s+/g, '_');
}

/** An optional part `[…]`: a generic `[options]` is dropped, anything else kept as its inner text (the option is taken). */
export function fillOptional(inner: string): string {
  const text = inner.trim().replace(/\s*\.\.\.$/, '');
  return GENERIC_OPTIONAL.test(text) ? '' : text;
}

/**
 * A word that is a choice written with bars: options `-m|--multiline` become the last (long) form, values `on|off`
 * the first. Anything else (a pipe with arguments, quoted text) stays.
 */
export function fillChoiceWord(word: string): string {
  if (/^-[\w-]+(\|-[\w-]+)+$/.test(word)) return word.split('|').at(-1)!;
  if (/^[A-Za-z_]+(\|[A-Za-z_]+)+$/.test(word)) return word.split('|')[0]!;
  return word;
}

/**
 * Every placeholder of a command filled:
 * - `<name>` (a letter first, no `<` or `>` inside, no space before the `>`) or `</a/path>`, `<$HOME/path>` (no space at all) becomes the
 *   name as one word, a choice `<a | b>` its first value; `<<`, `<(`, `< file`, `<in >out`, `2>&1` and `<<EOF` are
 *   shell and stay;
 * - `{a|b}` (a brace holding only bar-separated words) becomes its first value; shell braces (`{ cmd; }`, `{a,b}`,
 *   `${x}`) stay;
 * - `[…]` standing as its own word(s) (space or line edge on both sides, no space right inside) is an optional part:
 *   `[options]` and its kin dropped, others kept without their brackets; `[ -f x ]`, `[[ … ]]` and globs (`*.[ch]`)
 *   are shell and stay;
 * - then a whole word `-m|--multiline` or `on|off` is a choice (`fillChoiceWord`);
 * - a docopt ellipsis (`file ...` or `file...` at a word's end) is dropped.
 * Then runs of spaces left by a dropped part are closed up.
 */
export function fillPlaceholders(command: string): string {
  let out = command.replace(/(?<![<$])<([A-Za-z][^<>\n]*?(?<!\s)|[/~$][^<>\s]*)>(?!>)/g, (_m, inner: string) => fillAngle(inner));
  out = out.replace(/(?<!\$)\{\s*([\w.-]+(?:\s*\|\s*[\w.-]+)+)\s*\}/g, (_m, inner: string) => firstChoice(inner));
  out = out.replace(/(^|\s)\[(?![\s[])([^[\]\n]*?[^\s[\]])\](?=\s|$)/g, (_m, pre: string, inner: string) => pre + fillOptional(inner));
  out = out.replace(/(?<=^|\s)[^\s'"`$()]+\|[^\s'"`$()]+(?=\s|$)/g, (w) => fillChoiceWord(w));
  out = out.replace(/(\S)\.\.\.(?=\s|$)/g, '$1').replace(/(^|\s)\.\.\.(?=\s|$)/g, '$1');
  return out.replace(/([^\s])[ \t]{2,}(?=\S)/g, '$1 ').trimEnd();
}

/**
 * The examples of one sheet, in order. A block's `#` lines are its description (the last run of them before a
 * command); every command line after them is an example with that description. A line ending in `\`, and the lines of
 * a compound command (`for … do … done`, `if … fi`, `case … esac`, `{ … }`), join the line before into one example.
 * A blank line always ends an example (prose between commands must not swallow the sheet).
 * Commands with no description above them in their block get the previous description of the sheet, or none.
 */
export function extractExamples(sheet: string): Example[] {
  const { lines, offset } = withoutFrontMatter(sheet);
  const out: Example[] = [];
  let description = '';
  let pendingDescription: string[] = [];
  let current: { text: string[]; line: number; depth: number; quote: string | null; continued: boolean } | null = null;
  const flush = () => {
    if (current === null) return;
    const command = fillPlaceholders(current.text.join('\n'));
    if (command.trim() !== '') out.push({ n: out.length + 1, description, command, line: current.line });
    current = null;
  };
  const add = (l: string) => {
    const c = current!;
    const u = unquoted(l, c.quote);
    c.text.push(c.text.length === 0 || c.quote !== null ? l : l.trim());
    c.quote = u.openQuote;
    c.depth += openDepth(u.code);
    c.continued = c.quote !== null || l.endsWith('\\');
    if (!c.continued && c.depth <= 0) flush();
  };
  lines.forEach((raw, i) => {
    const l = raw.replace(/\s+$/, '');
    if (l.trim() === '') {
      flush();
      if (pendingDescription.length > 0) description = pendingDescription.join(' ');
      pendingDescription = [];
      return;
    }
    if (current !== null) return add(l);
    if (/^\s*#/.test(l)) {
      pendingDescription.push(l.replace(/^\s*#+\s*/, '').replace(/:\s*$/, ''));
      return;
    }
    if (pendingDescription.length > 0) description = pendingDescription.join(' ');
    pendingDescription = [];
    current = { text: [], line: offset + i + 1, depth: 0, quote: null, continued: false };
    add(l.trim());
  });
  flush();
  return out;
}

/** The id of an example: `cheat-<sheet>-<n>`, the sheet's path lower-cased with anything but letters and digits as `-`. */
export function exampleId(sheet: string, n: number): string {
  return `cheat-${sheet.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`;
}

/**
 * The sample: a sheet is in it when the first byte of sha256(`cheat/<sheet>`) is below the threshold (a fixed
 * fraction of sheets, independent of their content; round 10), or when it is named in `ADMIN_AND_DEV` (round 29).
 */
export const SAMPLE_THRESHOLD = 112;

/**
 * Round 29's widening: every sheet of the snapshot @ 36bdb99dcfad that the hash left out and that is an administration
 * or development tool (files and file systems, disks, archives, databases, cloud and virtual machines, containers,
 * version control, package managers and language toolchains, network, processes, services, the system's security),
 * chosen by the tool's name before any of these sheets was read. Text filters, document and media converters, shell
 * navigation, editors and pagers stay at the hash's rate. A sheet added to the snapshot later is not in this list.
 */
export const ADMIN_AND_DEV: ReadonlySet<string> = new Set([
  '7z', 'acl', 'ansible', 'apt-cache', 'at', 'auditd', 'bosh', 'bzip2', 'chmod', 'conda', 'cpan', 'cpio', 'crontab',
  'dd', 'deb', 'distrobox', 'dnf', 'docker', 'docker-compose', 'find', 'firewall-cmd', 'fkill', 'gem', 'go',
  'gradle', 'guix-shell', 'gzip', 'hardware-info', 'http', 'hub', 'ifconfig', 'install', 'iptables', 'jar', 'java',
  'journalctl', 'kill', 'kubectl', 'ln', 'lsblk', 'lsof', 'maven', 'mdadm', 'minikube', 'mkdir', 'mount',
  'multipass', 'mv', 'mysql', 'mysqldump', 'ncdu', 'nft', 'nmap', 'nova', 'ntp', 'p4', 'pacman', 'patch', 'pgrep',
  'ping6', 'pkgtools', 'plenv', 'poetry', 'ps', 'psql', 'quickemu', 'rcs', 'reboot', 'rename', 'rm', 'rmdir', 'rpm',
  'rpm2cpio', 'ruby', 'salt', 'selinux', 'shred', 'shutdown', 'slurm', 'snap', 'socat', 'sqlite3', 'ssh', 'ssh-add',
  'su', 'sudo', 'svn', 'tar', 'tee', 'touch', 'trashy', 'urpm', 'vagrant', 'virtualenv', 'woeusb', 'yaourt', 'yum',
  'zoneadm',
]);

export function inSample(sheet: string): boolean {
  return ADMIN_AND_DEV.has(sheet) || createHash('sha256').update(`cheat/${sheet}`).digest()[0]! < SAMPLE_THRESHOLD;
}
