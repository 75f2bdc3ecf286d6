/**
 * zsh word syntax that bash does not parse, read as bash words that run the same commands and reach no fewer paths.
 *
 * The agent's shell may be zsh (macOS's default), whose words bash cannot parse: glob qualifiers (`*(.)`, `**\/*(om[1,3])`,
 * `*.txt(:t)`), glob groups (`(ab|bc)*.txt`), expansion flags (`${(j.-.)array}`, `${(f)"$(cat x)"}`), history modifiers
 * in an expansion (`${x:s/a/b/}`, `${x:gs/a/A/}`) and `=(cmd)` (a temporary file holding the command's output; zshexpn(1),
 * "Process Substitution", "Glob Qualifiers", "Parameter Expansion Flags", "Modifiers"). What is read here, and how:
 * - a qualifier list that only filters the glob's matches (file type, size, age, owner, sort, `[n,m]`) is dropped: the
 *   plain glob matches every file it would, and more;
 * - a glob group becomes `*`, which matches more;
 * - a word whose names a qualifier's modifiers change (`:h`, `:t`, `:s/a/b/`), and every flagged or modified expansion,
 *   becomes a variable no one has set (its value unknown), keeping the command substitutions it holds, which still run;
 * - the code of an `e:…:`, `+name`, `oe:…:` qualifier (run once per file) becomes a command substitution in the word;
 * - `=(cmd)` becomes `<(cmd)`.
 * SECURITY: anything else zsh-only is not read (null): the input stays unknown. Flags that evaluate (`e`), name another
 * variable (`P`), do arithmetic (`#`) or prompt expansion (`%`), a `P` qualifier (words added to the command line), and
 * quoting this reader does not follow, are among them. Heredoc bodies are copied as they are.
 */

/** The input read as bash, or null when it holds nothing zsh-only this reader can read (or something it cannot). */
export function zshAsBash(source: string): string | null {
  let unknown = '__zsh_unknown_value';
  while (source.includes(unknown)) unknown += '_';
  const out = new ZshReader(source, `\${${unknown}}`).read();
  return out !== null && out !== source ? out : null;
}

const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>' };
/** Word-ending characters outside quotes. */
const OPERATOR = /[\s;&|<>()]/;
/** Glob qualifiers that only filter or sort (zshexpn(1), "Glob Qualifiers"). */
const FILTER_QUALIFIERS = '/.@=p*%rwxAIERWXsStUGNDnMT^-,F';
/** Expansion flags that neither run code nor read another variable (zshexpn(1), "Parameter Expansion Flags"). */
const PLAIN_FLAGS = '@AabcCDfFikLnoOqQtuUvVwWz0~XmSBEMNR-+^=';
/** Flags that take one delimited argument (`j:,:`, `s/:/`), and those that take up to three (`l:10::0:`). */
const ARGUMENT_FLAGS = 'jsZ_Ig';
const PADDING_FLAGS = 'lr';

class ZshReader {
  private i = 0;
  private out = '';
  private wordStart = 0;
  private pendingHeredocs: Array<{ delimiter: string; strip: boolean }> = [];
  private readonly src: string;
  private readonly unknown: string;

  constructor(src: string, unknown: string) {
    this.src = src;
    this.unknown = unknown;
  }

  read(): string | null {
    const s = this.src;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === '\\') this.copy(2);
      else if (c === "'") this.copyQuoted("'");
      else if (c === '"') {
        if (!this.doubleQuoted()) return null;
      } else if (c === '`') this.copyQuoted('`');
      else if (c === '$') {
        if (!this.dollar(false)) return null;
      } else if (c === '#' && this.atWordStart()) this.copyTo('\n');
      else if (c === '\n') {
        this.copy(1);
        this.heredocBodies();
        this.wordStart = this.out.length;
      } else if (c === '<' && s.startsWith('<<', this.i) && !s.startsWith('<<<', this.i)) this.heredocStart();
      else if (c === '=' && s[this.i + 1] === '(' && this.atWordStart()) {
        this.out += '<(';
        this.i += 2;
        this.wordStart = this.out.length;
      } else if (c === '(' && !this.atWordStart() && this.out[this.out.length - 1] !== '=') {
        if (!this.parenthesisInWord()) return null;
      } else if (OPERATOR.test(c)) {
        this.copy(1);
        this.wordStart = this.out.length;
      } else this.copy(1);
    }
    return this.out;
  }

  private atWordStart(): boolean {
    return this.wordStart === this.out.length;
  }

  private copy(n: number): void {
    this.out += this.src.slice(this.i, this.i + n);
    this.i += n;
  }

  private copyTo(end: string): void {
    const k = this.src.indexOf(end, this.i);
    this.copy((k === -1 ? this.src.length : k) - this.i);
  }

  /** `'…'` and `` `…` `` copied whole (backslash escapes inside backticks). */
  private copyQuoted(q: string): void {
    let k = this.i + 1;
    while (k < this.src.length && this.src[k] !== q) k += q === '`' && this.src[k] === '\\' ? 2 : 1;
    this.copy(Math.min(k + 1, this.src.length) - this.i);
  }

  /** `"…"`: expansions inside are read; glob syntax is not special there. */
  private doubleQuoted(): boolean {
    this.copy(1);
    while (this.i < this.src.length && this.src[this.i] !== '"') {
      const c = this.src[this.i]!;
      if (c === '\\') this.copy(2);
      else if (c === '`') this.copyQuoted('`');
      else if (c === '$') {
        if (!this.dollar(true)) return false;
      } else this.copy(1);
    }
    this.copy(1);
    return true;
  }

  /** `$(…)` read inside, `${…}` read or replaced, `$'…'` copied, anything else copied. */
  private dollar(quoted: boolean): boolean {
    const s = this.src;
    if (s[this.i + 1] === "'" && !quoted) {
      this.copy(1);
      let k = this.i + 1;
      while (k < s.length && s[k] !== "'") k += s[k] === '\\' ? 2 : 1;
      this.copy(Math.min(k + 1, s.length) - this.i);
      return true;
    }
    if (s[this.i + 1] === '(') {
      const end = balanced(s, this.i + 1);
      if (end === -1) return false;
      const inner = new ZshReader(s.slice(this.i + 2, end), this.unknown).read();
      if (inner === null) return false;
      this.out += `$(${inner})`;
      this.i = end + 1;
      return true;
    }
    if (s[this.i + 1] === '{') {
      const end = balanced(s, this.i + 1);
      if (end === -1) return false;
      const body = s.slice(this.i + 2, end);
      const zshOnly = body.startsWith('(') || /^[#^=~]*[\w@*]+(\[[^\]]*\])?(:[a-zA-Z&]|\()/.test(body);
      if (!zshOnly) this.out += s.slice(this.i, end + 1);
      else {
        const rest = body.startsWith('(') ? afterFlags(body) : body;
        if (rest === null) return false;
        const substitutions = commandSubstitutions(rest);
        if (substitutions === null) return false;
        const read = substitutions.map((c) => new ZshReader(c, this.unknown).read());
        if (read.some((r) => r === null)) return false;
        this.out += this.unknown + read.map((r) => `$(${r})`).join('');
      }
      this.i = end + 1;
      return true;
    }
    this.copy(1);
    return true;
  }

  /** `WORD(…)`: a glob group inside the word, or the qualifiers that end it. */
  private parenthesisInWord(): boolean {
    const s = this.src;
    const end = balanced(s, this.i);
    if (end === -1) return false;
    const inner = s.slice(this.i + 1, end);
    const endsWord = end + 1 >= s.length || OPERATOR.test(s[end + 1]!);
    if (inner === '' && endsWord) {
      // `name()`: a function definition, as bash reads it.
      this.copy(2);
      return true;
    }
    if (inner.includes('|') || !endsWord) {
      if (!/^[\w.*?[\]^~#|/,+-]*$/.test(inner)) return false;
      this.out += '*';
      this.i = end + 1;
      return true;
    }
    const q = qualifiers(inner);
    if (q === null) return false;
    const word = this.out.slice(this.wordStart);
    const glob = /(^|[^\\])[*?[]/.test(word.replace(/'[^']*'|"[^"]*"/g, ''));
    // A word that is neither a glob nor a parameter (`client.delete(c1)`, pasted code) is not read as one.
    if (!glob && !word.startsWith('$')) return false;
    if (q.modifies || !glob) {
      const substitutions = commandSubstitutions(word);
      if (substitutions === null) return false;
      this.out = this.out.slice(0, this.wordStart) + this.unknown + substitutions.map((c) => `$(${c})`).join('');
    }
    for (const code of q.code) {
      const read = new ZshReader(code, this.unknown).read();
      if (read === null) return false;
      this.out += `$(${read})`;
    }
    this.i = end + 1;
    return true;
  }

  /** `<<WORD`, `<<-'WORD'`: the body that follows the line is copied as it is. */
  private heredocStart(): void {
    const m = /^<<(-?)\s*(['"]?)([\w.-]+)\2/.exec(this.src.slice(this.i));
    if (!m) {
      this.copy(2);
      return;
    }
    this.pendingHeredocs.push({ delimiter: m[3]!, strip: m[1] === '-' });
    this.copy(m[0].length);
  }

  private heredocBodies(): void {
    for (const h of this.pendingHeredocs) {
      while (this.i < this.src.length) {
        const k = this.src.indexOf('\n', this.i);
        const line = this.src.slice(this.i, k === -1 ? this.src.length : k);
        this.copy((k === -1 ? this.src.length : k + 1) - this.i);
        if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delimiter) break;
      }
    }
    this.pendingHeredocs = [];
  }
}

/** The index of the bracket closing the one at `open`, skipping quoted text, or -1. */
function balanced(s: string, open: number): number {
  const o = s[open]!;
  const c = CLOSERS[o]!;
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    const ch = s[k]!;
    if (ch === '\\') k++;
    else if (ch === "'") {
      k = s.indexOf("'", k + 1);
      if (k === -1) return -1;
    } else if (ch === '"') {
      k++;
      while (k < s.length && s[k] !== '"') k += s[k] === '\\' ? 2 : 1;
      if (k >= s.length) return -1;
    } else if (ch === o) depth++;
    else if (ch === c && --depth === 0) return k;
  }
  return -1;
}

/** The `$(…)` and `` `…` `` bodies in a text, in order (nested ones are inside their outer body), or null when unclosed. */
function commandSubstitutions(text: string): string[] | null {
  const found: string[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\\') k++;
    else if (ch === "'") {
      const e = text.indexOf("'", k + 1);
      if (e === -1) return null;
      k = e;
    } else if (ch === '$' && text[k + 1] === '(') {
      const e = balanced(text, k + 1);
      if (e === -1) return null;
      found.push(text.slice(k + 2, e));
      k = e;
    } else if (ch === '`') {
      const e = text.indexOf('`', k + 1);
      if (e === -1) return null;
      found.push(text.slice(k + 1, e));
      k = e;
    }
  }
  return found;
}

/** The expansion's body after a `(flags)` list made only of flags that run nothing, or null. */
function afterFlags(body: string): string | null {
  let j = 1;
  while (j < body.length && body[j] !== ')') {
    const f = body[j]!;
    if (PLAIN_FLAGS.includes(f)) j++;
    else if (ARGUMENT_FLAGS.includes(f) || PADDING_FLAGS.includes(f)) {
      const d = body[j + 1];
      if (d === undefined) return null;
      let k = j + 1;
      for (let n = 0; n < (PADDING_FLAGS.includes(f) ? 3 : 1) && body[k] === d; n++) {
        const e = delimited(body, k);
        if (e === null) return null;
        k = e.next;
      }
      j = k;
    } else return null;
  }
  return j < body.length ? body.slice(j + 1) : null;
}

/** The text delimited at `at` (`:…:`, `'…'`, `(…)`) and the index after it, or null. */
function delimited(s: string, at: number): { text: string; next: number } | null {
  const d = s[at];
  if (d === undefined || /[\w\s]/.test(d)) return null;
  const close = CLOSERS[d] ?? d;
  const e = s.indexOf(close, at + 1);
  return e === -1 ? null : { text: s.slice(at + 1, e), next: e + 1 };
}

/** The code of an `e` qualifier, with one level of quoting removed when it is plain (`'…'`, `"…"` without expansions). */
function qualifierCode(text: string): string | null {
  const single = /^'([^']*)'$/.exec(text);
  if (single) return single[1]!;
  const double = /^"([^"\\$`]*)"$/.exec(text);
  if (double) return double[1]!;
  return /^[^'"\\]*$/.test(text) ? text : null;
}

/**
 * A glob qualifier list: whether its modifiers change the names (`:h`, `:s/a/b/`), and the code it runs per file
 * (`e:…:`, `+name`, `oe:…:`, `o+name`), or null when it holds something else (a `P` word, an unknown letter).
 */
function qualifiers(list: string): { modifies: boolean; code: string[] } | null {
  const code: string[] = [];
  let j = list.startsWith('#q') ? 2 : 0;
  const codeAt = (k: number): number | null => {
    if (list[k] === '+') {
      const name = /^[\w:-]+/.exec(list.slice(k + 1))?.[0];
      if (!name) return null;
      code.push(name);
      return k + 1 + name.length;
    }
    const e = delimited(list, k + 1);
    const c = e === null ? null : qualifierCode(e.text);
    if (e === null || c === null) return null;
    code.push(c);
    return e.next;
  };
  while (j < list.length) {
    const c = list[j]!;
    const rest = list.slice(j + 1);
    let next: number | null = null;
    if (c === ':') {
      // Modifiers to the end; a `(`, `$` or backtick in them is more than a rename.
      return /[$`()]/.test(rest) ? null : { modifies: true, code };
    }
    if (c === '%') next = j + 1 + (/^[bc]/.test(rest) ? 1 : 0);
    else if (FILTER_QUALIFIERS.includes(c)) next = j + 1;
    else if (c === 'e' || c === '+') next = codeAt(j);
    else if (c === 'o' || c === 'O') next = /^[nLlamcdN]/.test(rest) ? j + 2 : rest[0] === 'e' ? codeAt(j + 1) : rest[0] === '+' ? codeAt(j + 1) : null;
    else if ('amc'.includes(c)) next = match(j, /^[Mwhms]?[-+]?\d+/);
    else if (c === 'L') next = match(j, /^[kmpKMPgGtT]?[-+]?\d+/);
    else if (c === 'l') next = match(j, /^[-+]?\d+/);
    else if (c === 'd' || c === 'Y') next = match(j, /^\d+/);
    else if (c === 'u' || c === 'g') next = /^\d/.test(rest) ? match(j, /^\d+/) : (delimited(list, j + 1)?.next ?? null);
    else if (c === 'f') next = /^[0-7ugoarwxst+=,-]/.test(rest) ? match(j, /^[0-7ugoarwxst+=,-]+/) : (delimited(list, j + 1)?.next ?? null);
    else if (c === '[') next = match(j - 1, /^\[-?\d+(,-?\d+)?\]/);
    if (next === null) return null;
    j = next;
  }
  return { modifies: false, code };

  function match(at: number, re: RegExp): number | null {
    const m = re.exec(list.slice(at + 1));
    return m ? at + 1 + m[0].length : null;
  }
}
