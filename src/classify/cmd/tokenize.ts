/**
 * cmd.exe's command line, read the way cmd documents it (`cmd /?`, `set /?`, `if /?`, `for /?`):
 *
 * 1. `%NAME%` is replaced before the line is split, from the environment as it was when the line
 *    was read (so `set X=…&& use %X%` does not see the new X; we call such a value unknown).
 *    `%NAME:~a,b%` and `%NAME:a=b%` are edits we do not reproduce: unknown.
 * 2. Outside double quotes, `^` makes the next character literal (`r^d` is `rd`), and `&`, `&&`,
 *    `||`, `|`, `<`, `>`, `>>`, `N>`, `N>&M`, `(`, `)` are operators. A `"` opens or closes quoting;
 *    inside quotes every character is literal, `^` included. A `(` opens a block only where a command
 *    starts (or in the syntax of `if`, `for` and `else`); in a program's arguments it is text
 *    (`sqlcmd -S (localdb)\MSSQLLocalDB`, `echo (a)`), and so is a `)` with no block open.
 * 3. Words are separated by spaces and tabs, commands by new lines (inside a block, as `&`); the quotes stay part
 *    of the word (`"a b"c` is one word) and are removed when the value is read, as programs do.
 *
 * A value we cannot know is carried as UNKNOWN inside the text, so callers can tell which words
 * depend on it.
 */

/** Stands for text we cannot know (an unset or edited variable). */
export const UNKNOWN = '\u0000';

export type CmdToken =
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'op'; op: '&' | '&&' | '||' | '|' | '(' | ')'; start: number; end: number }
  | { kind: 'redirect'; op: string; start: number; end: number };

/**
 * Phase 1: `%NAME%` expansion. Names are case-insensitive. `%~dp0`, the drive and folder of the running batch file with
 * its trailing `\` (cmd's `call /?`), is `batchFolder` when the caller knows it, else left as written.
 */
export function expandPercent(line: string, env: ReadonlyMap<string, string | null>, batchFolder?: string): string {
  return line.replace(/%~dp0|%([^%\s=:]+)(:[^%]*)?%|%%/gi, (whole, name: string | undefined, edit: string | undefined) => {
    if (whole === '%%') return '%';
    if (/^%~dp0$/i.test(whole)) return batchFolder ?? whole;
    if (!name) return whole;
    if (edit) return UNKNOWN;
    const v = env.get(name.toUpperCase());
    return v === undefined || v === null ? UNKNOWN : v;
  });
}

/**
 * Delayed expansion (`setlocal EnableDelayedExpansion`, `cmd /v:on`): `!NAME!` is read when the command runs, after the
 * `set` commands before it on the line or in the batch ran (`set d=%TEMP%\x&& rd /s /q !d!`); `!NAME:a=b!` replaces every
 * `a` with `b`, any case (`set /?`). The word with each one filled in from what is known then, or null when a name is not
 * known, another edit (`~n,m`, `*a=b`) is used, or a replacement in a path reaches past its last segment (substitutedAway).
 */
export function expandDelayed(word: string, env: ReadonlyMap<string, string | null>): string | null {
  let known = true;
  const out = word.replace(/!([A-Za-z_][\w#$'()*+,\-.?@[\]`{}~]*)(?::([^!=*~]+)=([^!]*))?!/g, (whole, name: string, from: string | undefined, to: string | undefined) => {
    const v = env.get(name.toUpperCase());
    if (v === undefined || v === null || (whole.includes(':') && from === undefined) || (from !== undefined && substitutedAway(v, from, env.get('CD')))) {
      known = false;
      return '';
    }
    return from === undefined ? v : v.split(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')).join(to ?? '');
  });
  return known && !out.includes('!') ? out : null;
}

/**
 * The lead's answer 360.5: `!D:obj=bin!` over a folder `for /r` found (`C:\src\objstore\obj`, a full path: `for /?`) also
 * edits every other `obj` in it (`C:\src\binstore\bin`), which names no folder beside the one removed. Whether `from`
 * occurs in a path value (read from the working directory `cd` when relative, as `for /r` gives it) anywhere but its last
 * segment; values without `\` are not paths and are edited as written.
 */
function substitutedAway(value: string, from: string, cd: string | null | undefined): boolean {
  if (!value.includes('\\')) return false;
  const full = (/^([a-z]:)?[\\/]/i.test(value) || !cd ? value : `${cd}\\${value}`).toLowerCase();
  const last = Math.max(full.lastIndexOf('\\'), full.lastIndexOf('/'));
  const needle = from.toLowerCase();
  for (let at = full.indexOf(needle); at !== -1; at = full.indexOf(needle, at + 1)) if (at <= last) return true;
  return false;
}

/** Phase 2: words, operators and redirects, with carets and quotes as cmd reads them. */
export function tokenize(line: string): CmdToken[] {
  const out: CmdToken[] = [];
  let word = '';
  let wordStart = -1;
  let quoted = false;
  // Words of the current command so far (redirect targets not counted), whether the line has an `if`, `for` or `else`
  // (whose syntax takes parentheses anywhere: we keep them operators there), and the blocks open.
  let words = 0;
  let control = false;
  let depth = 0;
  let afterRedirect = false;
  const flush = (end: number) => {
    if (wordStart !== -1) {
      out.push({ kind: 'word', text: word, start: wordStart, end });
      if (afterRedirect) afterRedirect = false;
      else if (words++ === 0 && /^@?(if|for|else)$/i.test(word)) control = true;
    }
    word = '';
    wordStart = -1;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      word += c;
      if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') {
      if (wordStart === -1) wordStart = i;
      word += c;
      quoted = true;
      continue;
    }
    if (c === '^') {
      // `^` escapes the next character; a caret at the end continues the line.
      if (i + 1 < line.length) {
        if (wordStart === -1) wordStart = i;
        word += line[++i];
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      flush(i);
      continue;
    }
    // A new line inside a block (batchLines keeps a block's lines together) starts the next command, as `&` does.
    if (c === '\n') {
      flush(i);
      out.push({ kind: 'op', op: '&', start: i, end: i + 1 });
      words = 0;
      continue;
    }
    const redirect = /^(\d?>>|\d?>&\d|\d?>|<&\d|<)/.exec(line.slice(i));
    const numbered = redirect !== null && /^\d/.test(redirect[0]);
    // `2>nul`: a digit right before `>` is the stream number only when it starts a word.
    if (redirect && (!numbered || wordStart === -1)) {
      flush(i);
      out.push({ kind: 'redirect', op: redirect[0], start: i, end: i + redirect[0].length });
      afterRedirect = !/&\d$/.test(redirect[0]);
      i += redirect[0].length - 1;
      continue;
    }
    if (c === '&' || c === '|') {
      flush(i);
      const two = line[i + 1] === c;
      out.push({ kind: 'op', op: two ? (c === '&' ? '&&' : '||') : c, start: i, end: i + (two ? 2 : 1) });
      if (two) i++;
      words = 0;
      continue;
    }
    if (c === '(' || c === ')') {
      // A parenthesis is an operator only where a command or block can start or end: a `(` before the command's
      // first word (or anywhere in `if`/`for`/`else` syntax), a `)` while a block is open.
      if (wordStart === -1 && (c === '(' ? words === 0 || control : depth > 0 || control)) {
        out.push({ kind: 'op', op: c, start: i, end: i + 1 });
        if (c === '(') depth++;
        else depth--;
        words = 0;
        continue;
      }
    }
    if (wordStart === -1) wordStart = i;
    word += c;
  }
  flush(line.length);
  return out;
}

/** A word's value as a program receives it: quotes removed. */
export function unquote(text: string): string {
  return text.replace(/"/g, '');
}
