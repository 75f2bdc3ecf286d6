/**
 * Rewrites the bare arguments tree-sitter-powershell cannot place into the quoted forms PowerShell
 * gives them in argument mode, so the grammar can read the rest of the script:
 * `$env:TEMP\x` → `"$env:TEMP\x"`, `dist, build` → `'dist','build'`, `--format="%h"` → `"--format=%h"`,
 * `--watch=false` → `"--watch=false"`, `-chdir=infra` → `"-chdir=infra"`, the end-of-parameters token `--` (`git log -- src`, `wsl -d
 * Ubuntu -- ls`) → `'--'` (the walker's binder still reads what follows it as positional), a lone `-` → `'-'`, and a numeric
 * multiplier in upper case (`-gt 1MB`) → `1mb`, a parameter name with a digit (`-IPv4Address`) → `-IPv_Address`, and an
 * npm package of a scope (`@angular/cli`) → `'@angular/cli'`.
 * Each rewrite means the same thing to PowerShell; anything else is left as it was (and the parse
 * error stands).
 */
/**
 * Round 40 (pw40): numeric multipliers are case-insensitive (about_Numeric_Literals: `1GB` is `1gb`) and the grammar reads
 * lower case only; after an arithmetic operator in a variable's expression (`$_.Length/1GB` in a calculated property,
 * `$_.Size*2MB`) an upper-case one breaks the parse of the whole line. Lowered outside quotes, same length (spans stay).
 */
export function lowerMultipliers(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "'" || c === '"') {
      const end = quotedEnd(source, i);
      out += source.slice(i, end);
      i = end;
      continue;
    }
    let j = i;
    while (j < source.length && source[j] !== "'" && source[j] !== '"') j++;
    out += source.slice(i, j).replace(/(\$[\w:]+(?:\.\w+)*\s*[/*%+-]\s*\d+(?:\.\d+)?)([KMGTP]B)\b/gi, (_m, head: string, unit: string) => head + unit.toLowerCase());
    i = j;
  }
  return out;
}

export function repairArguments(source: string): string {
  return repairWithParameters(source).text;
}

/**
 * The repair, and the parameter names it rewrote with their digits as typed, by where each starts in the repaired text:
 * the walker reads a parameter's name from here, so `-EnableSMB1Protocol` and `-EnableSMB2Protocol`, `-IPv4Address` and
 * `-IPv6Address` stay apart (the lead's answer 270: the repair keeps a parameter's digits; the grammar alone needs `_`).
 */
export function repairWithParameters(source: string): { text: string; parameters: ReadonlyMap<number, string> } {
  const parameters = new Map<number, string>();
  let out = '';
  let i = 0;
  let atWordStart = true;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "'" || c === '"') {
      const end = quotedEnd(source, i);
      out += source.slice(i, end);
      i = end;
      atWordStart = false;
      continue;
    }
    if (c === '#' && atWordStart) {
      const nl = source.indexOf('\n', i);
      const end = nl === -1 ? source.length : nl;
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (/\s|[;|&(){}=]/.test(c)) {
      out += c;
      i++;
      atWordStart = true;
      continue;
    }
    if (!atWordStart) {
      out += c;
      i++;
      continue;
    }
    // A bare word: up to whitespace or an operator, quoted sections included; `a, b` is one word.
    let j = i;
    let word = '';
    const subexpressions: string[] = [];
    while (j < source.length) {
      const d = source[j]!;
      if (d === "'" || d === '"') {
        const end = quotedEnd(source, j);
        word += source.slice(j, end);
        j = end;
        continue;
      }
      if (d === '`' && j + 1 < source.length) {
        word += source.slice(j, j + 2);
        j += 2;
        continue;
      }
      // Round 33 (answer 347.4): a subexpression inside a bare word (`D:\\archive\\app-$(Get-Date -Format yyyyMMdd).zip`) is part
      // of that one argument, an expandable string to PowerShell in argument mode; the word takes it whole (to its
      // closing parenthesis), and `rewrite` quotes the word.
      if (d === '(' && word.endsWith('$') && word.length > 1 && SUBEXPRESSION_WORD_START.test(word)) {
        const end = subexpressionEnd(source, j);
        if (end !== -1) {
          word += source.slice(j, end);
          subexpressions.push(source.slice(j, end));
          j = end;
          continue;
        }
      }
      if (/\s|[;|&(){}]/.test(d)) {
        if (word.endsWith(',') && /[ \t]/.test(d)) {
          while (j < source.length && /[ \t]/.test(source[j]!)) j++;
          continue;
        }
        break;
      }
      word += d;
      j++;
    }
    const typed = DIGIT_PARAMETER.exec(word)?.[1];
    if (typed !== undefined) parameters.set(out.length, typed);
    out += subexpressions.length === 0 ? rewrite(word, ARGUMENT_AFTER.test(out)) : quoteSubexpressionWord(word, subexpressions);
    i = j;
    atWordStart = false;
  }
  return { text: out, parameters };
}

/** The index just past the quoted string that starts at `start` (`'…'` with `''` inside, `"…"` with `` ` `` escapes and `""`), or the end. */
export function quotedEnd(s: string, start: number): number {
  const q = s[start]!;
  let j = start + 1;
  while (j < s.length) {
    if (q === '"' && s[j] === '`') {
      j += 2;
      continue;
    }
    if (s[j] === q) {
      if (s[j + 1] === q) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return s.length;
}

/**
 * A bare word PowerShell reads as an expandable string when a subexpression follows in it: a path or name (a letter, `.`,
 * `\\`, `/`, `~`, `_`) or a variable's path (`$env:TEMP\\x-`). Not a parameter (`-Name`), a number, a splat, nor a word
 * that is the subexpression itself (`$(…)` first is an expression, and what follows it another argument), nor a list.
 */
const SUBEXPRESSION_WORD_START = /^([A-Za-z_.\\/~]|\$[\w:{}]+[\\/])[^,'"`]*\$$/;

/**
 * Where the subexpression opened at `start` (its `(`) closes: the index after its `)`, counting nested parentheses and
 * skipping quoted text; -1 when it does not close on its line (the parse error then stands).
 */
function subexpressionEnd(s: string, start: number): number {
  let depth = 0;
  let j = start;
  while (j < s.length) {
    const c = s[j]!;
    if (c === '\n') return -1;
    if (c === "'" || c === '"') {
      j = quotedEnd(s, j);
      continue;
    }
    if (c === '`') {
      j += 2;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
    j++;
  }
  return -1;
}

const DIGIT_PARAMETER = /^(-[A-Za-z_?][\w?-]*\d[\w?-]*)(:.*)?$/;

/**
 * A bare word with a subexpression in it (taken whole by the scan) is the same text double-quoted: PowerShell expands
 * both alike. Left as it was when the text outside the subexpressions is quoted or escaped (the quotes would change
 * meaning inside `"…"`), or a subexpression holds a double quote or a line's end (the grammar's nested quotes are not
 * relied on): the parse error then stands.
 */
function quoteSubexpressionWord(word: string, subexpressions: readonly string[]): string {
  let outside = word;
  for (const sub of subexpressions) outside = outside.replace(sub, '');
  if (/['"`]/.test(outside) || subexpressions.some((sub) => /["\n]/.test(sub))) return word;
  return `"${word}"`;
}

/**
 * Text before a word that makes it a command's later argument: another word then blanks on the same line. Not the start of a
 * statement, a block or a hashtable entry (`@{LogName="Application"; Level=2}`: `LogName=` there is a key, not a word).
 */
const ARGUMENT_AFTER = /[^\s{;(|&=,]+[ \t]+$/;

function rewrite(word: string, argument = false): string {
  // A parameter whose name has a digit (`-IPv4Address`, `-Tls12`): PowerShell reads one parameter, the grammar only letters.
  // Each digit becomes `_` (same length, so spans stay right); the name still names no parameter the walker knows.
  const param = DIGIT_PARAMETER.exec(word);
  if (param) return param[1]!.replace(/\d/g, '_') + (param[2] ?? '');
  if (/^\$[\w:{}]+[\\/]/.test(word) && !/['"]/.test(word)) return `"${word}"`;
  if (word === '--') return "'--'";
  // Round 32 (w32): an npm package of a scope (`@angular/cli`, `@types/node@20`) is a literal argument to PowerShell in
  // command mode; the grammar reads a splat. Not a scope with a dot or a colon (`@bomb.sh/tab`, `@scope:registry`), which
  // PowerShell itself refuses or splats (PowerShell issues 17466 and 21291).
  if (/^@[A-Za-z0-9][\w-]*\/[\w.-]+(@[\w.^~*-]+)?$/.test(word)) return `'${word}'`;
  // A lone `-` (standard input for `kubectl apply -f -`, `tar -f -`) is a literal argument to PowerShell; the grammar
  // reads it as an operator with no operand.
  if (word === '-') return "'-'";
  // Numeric multipliers are case-insensitive (about_Numeric_Literals: `1MB` is `1mb`); the grammar reads lower case only.
  if (/^\d+(\.\d+)?[KMGTP]B$/i.test(word)) return word.toLowerCase();
  if (/^-{1,2}[\w-]+=["']/.test(word)) return `"${word.replace(/"/g, '').replace(/'/g, '')}"`;
  // Round 41 (pw42): a bare word that ends in one quoted section after a `name=` (kubectl's `jsonpath='{.items[*].metadata.name}'`,
  // git's `--pretty=format:"%h %s"`): PowerShell joins the bare part and the quoted text into one argument (about_Parsing),
  // the same text quoted whole in the same kind of quotes (MSBuild's `-p:DefineConstants="TRACE;DEBUG"` too). Not a bare
  // part with a variable or an escape, nor a parameter with a colon and its value (`-Name:"x"` binds a parameter).
  const joined = /^([\w.:/+-]*=[\w.:/=+-]*)(?:'([^']*)'|"([^"`]*)")$/.exec(word);
  if (argument && joined && !/^-[A-Za-z][\w-]*:(?![\w.]+=)/.test(joined[1]!)) return joined[2] !== undefined ? `'${joined[1]}${joined[2]}'` : `"${joined[1]}${joined[3]}"`;
  // A bare `--name=value` is an expandable string in argument mode: the same text double-quoted.
  if (/^--[\w-]+=[^'"`]*$/.test(word)) return `"${word}"`;
  // Round 41 (pw42): so is a bare single-dash `-name=value` (terraform's `-chdir=infra`, `-var-file=dev.tfvars`, `-out=tfplan`),
  // which PowerShell hands a native program as typed and the grammar cannot place. Not a name with a dot
  // (`-Dspring.profiles.active=dev`: Windows PowerShell splits that word at the dot), nor a value with a variable, a quote,
  // an escape or a list (their reading would differ); those parse errors stand.
  if (argument && /^-[A-Za-z][\w-]*=[^'"`$,]*$/.test(word)) return `"${word}"`;
  if (/^[^'"$(@{\-,][^'"$(@{]*,/.test(word) && !word.endsWith(',')) {
    return word
      .split(',')
      .map((w) => `'${w.replace(/'/g, "''")}'`)
      .join(',');
  }
  return word;
}
