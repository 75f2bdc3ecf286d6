/**
 * The one reading of a `date` stamp inside a shell word or string (`backup-$(date +%F).tar`, `"db.$(date -u '+%Y%m%d')"`,
 * `WHERE day = '$(date -d yesterday +%F)'`): a command substitution that runs date(1) only to print the clock, so the
 * text around it is fixed but for a date. Round 31 (m31) joined three readings that had drifted apart (a backup name
 * for cp/mv, a date inside a SQL literal, a backup copy between a lock and its unlock).
 *
 * A stamp is `$(date ITEM…)`, blanks between the items, each item one of (GNU coreutils' date(1), BSD's `-v`):
 * - `-u`, `--utc`, `--universal`;
 * - a date to print instead of now: `-d STRING`, `-dSTRING`, `--date=STRING`, `--date STRING`, STRING a plain word
 *   (`yesterday`, `@1767225600`, `-7days`) or quoted with nothing expanded in it (`'1 day ago'`, `"last monday"`);
 *   BSD's adjustment `-v-1d`;
 * - an output format: `-I[TIMESPEC]`, `--iso-8601[=TIMESPEC]`, `--rfc-3339=date|seconds|ns`, `-R`, `--rfc-email`;
 * - at most one `+FORMAT`, plain, single-quoted or double-quoted with nothing expanded in it.
 * Anything else is not a stamp and stays an unfixed substitution: another command, a second command (`;`, `|`, `&&`),
 * a substitution or variable inside (`-d "$(cat f)"`, `-d "$when"`), backticks, an operand that sets the clock
 * (`date 0101…`, `-s`, `--set`), one that reads a file (`-r FILE`, `--reference`, `-f FILE`, `--file`), a second format.
 */
const ARG = String.raw`(?:[\w:.,@+-]+|'[^'\n]*'|"[^"$\x60\\\n]*")`;
const OPTION = String.raw`-u|--utc|--universal|-d[ \t]*${ARG}|--date(?:=|[ \t]+)${ARG}|-v[+-]?\d+[ymwdHMS]|-I(?:date|hours|minutes|seconds|ns)?|--iso-8601(?:=(?:date|hours|minutes|seconds|ns))?|--rfc-3339=(?:date|seconds|ns)|-R|--rfc-email`;
const FORMAT = String.raw`\+[\w%:.,@+/=-]*|'\+[^'\n]*'|"\+[^"$\x60\\\n]*"`;
const ITEM = String.raw`(?:${OPTION}|${FORMAT})(?![^ \t)])`;
const STAMP = new RegExp(String.raw`\$\([ \t]*date((?:[ \t]+${ITEM})*)[ \t]*\)`, 'g');
const ITEMS = new RegExp(String.raw`[ \t]+(${ITEM})`, 'gy');

/**
 * What the stamp prints, as far as a word cares: a blank (unquoted, a blank splits the word) or a slash (it adds a
 * folder to a name). Without a format date prints `Thu Jan  1 00:00:00 UTC 2026` (blanks) unless `-I` or
 * `--rfc-3339=date` says otherwise; in a format, a literal blank or slash, `%c %x %X %r %+` (locale forms), `%D`
 * (`01/01/26`), `%e %k %l` (blank-padded), `%n %t`, the `_` flag and a width. Null: not a stamp.
 */
function printed(items: string): { blank: boolean; slash: boolean } | null {
  const all = [...items.matchAll(ITEMS)].map((m) => m[1]!);
  const formats = all.filter((i) => /^['"]?\+/.test(i));
  if (formats.length > 1) return null;
  if (formats.length === 0) return { blank: !all.some((i) => /^(-I|--iso-8601)/.test(i) || i === '--rfc-3339=date'), slash: false };
  const format = formats[0]!.replace(/^(['"])(.*)\1$/, '$2').slice(1).replace(/%%/g, '');
  return {
    blank: /\s|%[-0^#]*(_|\d)|%[-0^#]*:*[cxXreklnt+]/.test(format),
    slash: /\/|%[-0^#]*:*[cxD+]/.test(format),
  };
}

/** TEXT with every stamp replaced by STAND_IN; with `word`, only stamps that print no slash, and no blank unless `quoted`. */
function replaceStamps(text: string, standIn: string, word?: { quoted: boolean }): string {
  return text.replace(STAMP, (stamp, items: string) => {
    const out = printed(items);
    return out === null || (word && (out.slash || (out.blank && !word.quoted))) ? stamp : standIn;
  });
}

/**
 * The value of a shell word whose only expansions are date stamps, each read as STAND_IN (`cp .env .env.bak.$(date +%s)`,
 * `mongodump --out "/backup/mongo-$(date +%F)"`); null when anything else in it is unfixed. The word is plain or wholly
 * double-quoted; each stamp must print one part of a name (a blank would split a plain word, a slash adds a folder).
 */
export function dateStampedWord(text: string, standIn: string): string | null {
  if (!text.includes('$(')) return null;
  const quoted = /^"(.*)"$/s.exec(text);
  if (quoted) {
    const value = replaceStamps(quoted[1]!, standIn, { quoted: true });
    return /[$\x60"\\]/.test(value) ? null : value;
  }
  const value = replaceStamps(text, standIn, { quoted: false });
  return /[$\x60'"\\\s*?[\](){};&|<>]/.test(value) ? null : value;
}

/**
 * TEXT with every date stamp replaced by STAND_IN, whatever it prints: for a stamp inside a quoted literal of another
 * language (a SQL string), where date(1), which prints no quote, cannot end the literal. Other text as written.
 */
export function dateStampsInLiteral(text: string, standIn: string): string {
  return replaceStamps(text, standIn);
}

/**
 * Round 44 (sh44): the text of a double-quoted remote command (`ssh nas01 "tar czf /backups/gs-$(date +%F).tgz -C /srv
 * data"`) whose only expansions are date stamps: the local shell runs each stamp before ssh sends the text, and the remote
 * shell parses what it printed. Each stamp must print one part of a name (no blank: it would split a word there; no
 * slash: it would add a folder) and hold no literal dot in its items (a format printed as written could be `..`). The
 * text is returned with its stamps as written, so that the remote command's own reading meets them as a local line's
 * would (a backup copy's dated name); null when anything else in the text is unfixed or the word is not wholly
 * double-quoted.
 */
export function dateStampedRemoteText(text: string): string | null {
  const quoted = /^"(.*)"$/s.exec(text);
  if (quoted === null || !quoted[1]!.includes('$(')) return null;
  const checked = quoted[1]!.replace(STAMP, (stamp, items: string) => {
    const out = printed(items);
    return out === null || out.slash || out.blank || items.includes('.') ? stamp : 'STAMP';
  });
  return /[$\x60"\\]/.test(checked) ? null : quoted[1]!;
}
