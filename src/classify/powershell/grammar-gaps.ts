/**
 * Round 44 (ps44): PowerShell 7's ternary and null-coalescing operators (about_Operators: `a ? b : c`, `a ?? b`, and
 * about_Assignment_Operators: `$x ??= b`), which tree-sitter-powershell does not parse, rewritten to the `if` each stands
 * for, so the grammar reads the rest of the line:
 *   `C ? A : B`    → `$(if (C) { A } else { B })`
 *   `A ?? B`       → `$(if ($null -ne A) { A } else { B })`
 *   `$x ??= B`     → `$x = $(if ($null -eq $x) { B } else { $x })`
 *   `${a}?.Name`   → `${a}.Name`
 * A variable assigned from one is not one fixed value afterwards (the walker reads `$(if …)` as unknown), so a path chosen
 * this way stays dynamic (fail closed). Only operands PowerShell cannot read any other way are rewritten: a variable (with
 * members), a quoted string, a number, or one parenthesised group without nested parentheses; a command in a group is
 * kept verbatim inside the `if` and judged there. Anything else leaves the text as it was, and the parse error stands.
 * Both `?` and `:` of the ternary need whitespace around them (`?` may end a variable's name, `$a?`).
 */
import { quotedEnd } from './repair.ts';

/** Quoted strings masked to `x` (same length, quotes kept), so the patterns below never match inside one. */
function maskQuotes(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c !== "'" && c !== '"') {
      out += c;
      i++;
      continue;
    }
    const end = quotedEnd(source, i);
    const closed = end - i >= 2 && source[end - 1] === c;
    out += closed ? c + 'x'.repeat(end - i - 2) + c : c + 'x'.repeat(end - i - 1);
    i = end;
  }
  return out;
}

/** An operand on the masked text: a variable (`$env:PORT`, `$cfg.Name`), a quoted string, a number, one `( … )` group. */
const OPERAND = String.raw`(?:\$[\w:]+(?:\.\w+)*|'x*'|"x*"|-?\d+(?:\.\d+)?|\([^()\n]*\))`;
const BEFORE = String.raw`(?<=^|[=(;,{\s])`;
const AFTER = String.raw`(?=$|[\s;)},|])`;

const TERNARY = new RegExp(`${BEFORE}(${OPERAND})[ \\t]+\\?[ \\t]+(${OPERAND})[ \\t]+:[ \\t]+(${OPERAND})${AFTER}`, 'd');
const COALESCE_ASSIGN = new RegExp(`${BEFORE}(\\$\\w+)[ \\t]*\\?\\?=[ \\t]*(${OPERAND})${AFTER}`, 'd');
const NULL_CONDITIONAL = /(?<=[\w})\]])\?(?=\.[A-Za-z_]|\[)/d;
const COALESCE = new RegExp(`${BEFORE}(${OPERAND})[ \\t]*\\?\\?(?!=)[ \\t]*(${OPERAND})${AFTER}`, 'd');

/** The original text of each captured group of a match made on the masked text (same length, so the same places). */
function groups(source: string, m: RegExpExecArray): string[] {
  return (m.indices ?? []).slice(1).map((span) => (span ? source.slice(span[0], span[1]) : ''));
}

const REWRITES: ReadonlyArray<{ pattern: RegExp; lower: (g: string[]) => string }> = [
  { pattern: COALESCE_ASSIGN, lower: ([x, b]) => `${x} = $(if ($null -eq ${x}) { ${b} } else { ${x} })` },
  { pattern: TERNARY, lower: ([c, a, b]) => `$(if (${c}) { ${a} } else { ${b} })` },
  { pattern: COALESCE, lower: ([a, b]) => `$(if ($null -ne ${a}) { ${a} } else { ${b} })` },
  // The null-conditional member and index access (`${a}?.Name`, `$r?[0]`, PowerShell 7.1) reads as the plain access: the
  // same member read or method called when the value is there, nothing when it is not.
  { pattern: NULL_CONDITIONAL, lower: () => '' },
];

/** Each ternary and null-coalescing operator the grammar cannot read, rewritten (at most 16); the text unchanged otherwise. */
export function lowerPowerShell7Operators(source: string): string {
  let text = source;
  for (let n = 0; n < 16; n++) {
    const masked = maskQuotes(text);
    const hit = REWRITES.map((r) => ({ r, m: r.pattern.exec(masked) })).find((x) => x.m !== null);
    if (!hit) return text;
    const m = hit.m!;
    text = text.slice(0, m.index) + hit.r.lower(groups(text, m)) + text.slice(m.index + m[0].length);
  }
  return text;
}

/**
 * Round 44 (ps44): forms PowerShell reads the same with a newline or a space where the grammar wants the other, each
 * rewritten to the same length (spans stay), in text outside quotes:
 * - a pipeline ended by `&` (about_Operators, "Background operator", PowerShell 6+) runs as a job: the same commands,
 *   judged as if they ran in front (`dotnet run &`); `&&` and the call operator `& 'x'` are not this;
 * - the label after `break` or `continue` (about_Break: `break outer` leaves the loop labelled `:outer`) is dropped: the
 *   statement still leaves a loop, and no command is hidden in a label;
 * - `default` after a switch clause on the same line (`"a" { … } default { … }`) starts its own line;
 * - statements after a `param( … )` block on its line (`function f { param($n) Get-Item $n }`) start their own line.
 */
export function sameLengthGrammarGaps(source: string): string {
  const masked = maskQuotes(source);
  const chars = [...source];
  const put = (at: number, c: string) => {
    if (chars.length === masked.length) chars[at] = c;
  };
  for (const m of masked.matchAll(/(?<![&|>\w])&(?!&)(?=[ \t]*(?:$|[\n;}]))/g)) put(m.index, ' ');
  for (const m of masked.matchAll(/(?<=\b(?:break|continue)[ \t]+)[A-Za-z_]\w*(?=[ \t]*(?:$|[\n;}]))/gim)) for (let i = 0; i < m[0].length; i++) put(m.index + i, ' ');
  for (const m of masked.matchAll(/\}([ \t]+)default[ \t]*\{/gi)) put(m.index + 1, '\n');
  for (const m of masked.matchAll(/\bparam[ \t]*\(/gi)) {
    const close = balancedClose(masked, m.index + m[0].length - 1);
    if (close !== -1 && /^[ \t]+[^\s;{]/.test(masked.slice(close + 1))) put(close + 1, '\n');
  }
  // A character outside the basic plane makes the spread differ from the string's length: left as it was.
  return chars.length === masked.length ? chars.join('') : source;
}

/** Where the parenthesis opened at `open` closes, or -1. */
function balancedClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
