/**
 * Reading Microsoft's PowerShell reference pages (github `MicrosoftDocs/PowerShell-Docs`, `reference/<version>/<Module>/
 * <Cmdlet>.md`) into command lines: pure functions, no I/O, so the importer (`scripts/import-psdocs.ts`) and its test
 * share them. Nothing from the pages is ever committed; only our labels (`test/corpus/psdocs-labels.yaml`) are.
 *
 * A cmdlet page has a `## EXAMPLES` section of `### Example N: title` blocks; each block's top-level fenced code blocks
 * tagged `powershell` are read (not `Output` blocks, not code quoted inside a `> [!NOTE]`). A code block is split into
 * statements: a physical line, or lines joined where PowerShell itself continues them (a backtick or a pipe at the end
 * or a comma at the end of a line, a pipe at the start of the next, an open `(`, `@(`, `@{`, `[` or here-string, a
 * body's brace on the next line). What is not one command line
 * is left out and counted by its reason (`LEFT_OUT`):
 * - `output`: in a block written as a session (`PS>` or `PS C:\>` prompts), the lines after a prompt that are not
 *   commands are the command's output (a prompt's continuation `>>` joins its command);
 * - `script`: a script block's body over several lines (a function, a loop, `if`, `try`, a `ForEach-Object {` … `}`):
 *   a script, not a line, that this reader does not split;
 * - `literal`: a variable set to a literal only (`$p = @{ … }`, `$n = 'x'`, `$i = 5`): no command runs.
 * Comments and blank lines are not statements.
 *
 * The sample: an example is in it when the first two bytes of sha256(`psdocs/<example id>`), read as a number, fall
 * below `SAMPLE_BELOW` (a fixed fraction of every module's examples, independent of their text and stable across runs:
 * an example keeps its id while its page keeps its number); every command line of a sampled example is a case.
 */
import { createHash } from 'node:crypto';

/** Why a piece of an example's code is not a case of its own (counted by the importer). */
export const LEFT_OUT = ['output', 'script', 'literal'] as const;
export type LeftOut = (typeof LEFT_OUT)[number];

export interface PsStatement {
  /** The statement's place among its example's statements, from 1 (left-out ones counted too). */
  k: number;
  command: string;
  /** The page's line (from 1) where the statement starts. */
  line: number;
  out?: LeftOut;
}

export interface PsExample {
  /** The example's place among the page's `###` headings under `## EXAMPLES`, from 1 (pages number some twice). */
  n: number;
  title: string;
  statements: PsStatement[];
}

/** A cmdlet page of one version folder: `reference/<version>/<Module>/<Name>.md`, not `About/`, not the module's own page. */
export function isCmdletPage(path: string, version: string): boolean {
  const m = new RegExp(`^reference/${version.replace(/\./g, '\\.')}/([^/]+)/([^/]+)\\.md$`).exec(path);
  return m !== null && m[2] !== m[1] && /^[A-Za-z]+-[A-Za-z0-9]+$/.test(m[2]!);
}

/** The module of a page path (`reference/7.7/Microsoft.PowerShell.Management/Remove-Item.md` → `Microsoft.PowerShell.Management`). */
export function moduleOf(path: string): string {
  return path.split('/')[2] ?? '';
}

/** An example's id: `psdocs-<cmdlet>-<n>` (the cmdlet's name lower-cased); a statement's adds `-<k>`. */
export function psdocsExampleId(path: string, n: number): string {
  const name = (path.split('/').pop() ?? '').replace(/\.md$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `psdocs-${name}-${n}`;
}

/** Out of 65536: the fraction of examples sampled (round 42: about 43 % of 7.7's 1,444 examples, some 1,000 command lines). */
const SAMPLE_BELOW = 28000;

/** Whether an example is in the labelled sample (by a hash of its id, below SAMPLE_BELOW). */
export function inPsdocsSample(exampleId: string): boolean {
  return createHash('sha256').update(`psdocs/${exampleId}`).digest().readUInt16BE(0) < SAMPLE_BELOW;
}

const PROMPT = /^PS(?: [A-Za-z]:[^>]*| [A-Za-z]+:[^>]*)?>\s?/;

/**
 * The open brackets and strings at the end of `text` (PowerShell's lexing, enough for splitting lines): returns the
 * stack of open `{` (script block), `@{`, `(`, `[` and here-strings, and whether a script block was opened and closed
 * on different lines is the caller's business.
 */
function scan(text: string, stack: string[]): void {
  let i = 0;
  while (i < text.length) {
    const top = stack[stack.length - 1];
    const c = text[i]!;
    if (top === "@'" || top === '@"') {
      // a here-string ends at a line starting with '@ / "@
      const close = top === "@'" ? "'@" : '"@';
      if ((i === 0 || text[i - 1] === '\n') && text.startsWith(close, i)) {
        stack.pop();
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (top === '<#') {
      if (text.startsWith('#>', i)) {
        stack.pop();
        i += 2;
      } else i++;
      continue;
    }
    if (c === '`') {
      i += 2;
      continue;
    }
    if (c === '#' && (i === 0 || /[\s;|({]/.test(text[i - 1]!))) {
      if (text[i - 1] === '<') {
        i++;
        continue;
      }
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '<' && text[i + 1] === '#') {
      stack.push('<#');
      i += 2;
      continue;
    }
    if (c === '@' && (text[i + 1] === "'" || text[i + 1] === '"') && /^\s*(\n|$)/.test(text.slice(i + 2).split('\n')[0]!)) {
      stack.push(`@${text[i + 1]}`);
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '`' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (c === '@' && text[i + 1] === '{') {
      stack.push('@{');
      i += 2;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') stack.push(c);
    else if (c === '}' || c === ')' || c === ']') stack.pop();
    i++;
  }
}

/** A statement that only sets a variable to a literal: a string, a number, a hashtable or array of literals, `$true`. */
export function isLiteralAssignment(statement: string): boolean {
  const m = /^\s*\$[\w:]+\s*=\s*([\s\S]*)$/.exec(statement);
  if (!m) return false;
  const value = m[1]!.trim();
  if (/^(?:'[^']*'|"[^"$`]*"|-?\d[\d.]*(?:kb|mb|gb)?|\$(?:true|false|null))$/i.test(value)) return true;
  if (/^@'[\s\S]*'@$/.test(value)) return true;
  // a list of literals: 'a', 'b', 3
  if (/^(?:(?:'[^']*'|"[^"$`]*"|-?\d[\d.]*)\s*,\s*)+(?:'[^']*'|"[^"$`]*"|-?\d[\d.]*)$/.test(value)) return true;
  // a hashtable or array whose values are literals or plain variables: no parenthesis, no script block, no command
  if (/^@[{(][\s\S]*[})]$/.test(value) && !/[({]/.test(value.replace(/@[{(]/g, '')) && !/\$\(/.test(value)) return true;
  return false;
}

/** The statements of one `powershell` code block; `first` is the page line of the block's first line. */
function splitPowerShell(code: string, first: number): Array<{ command: string; line: number; out?: LeftOut }> {
  const lines = code.split('\n');
  const session = lines.some((l) => PROMPT.test(l));
  const out: Array<{ command: string; line: number; out?: LeftOut }> = [];
  let i = 0;
  while (i < lines.length) {
    let raw = lines[i]!;
    const start = first + i;
    if (session) {
      if (!PROMPT.test(raw)) {
        // output of the command before (counted once per run of lines)
        let j = i;
        while (j < lines.length && !PROMPT.test(lines[j]!)) j++;
        if (lines.slice(i, j).some((l) => l.trim() !== '')) out.push({ command: lines.slice(i, j).join('\n'), line: start, out: 'output' });
        i = j;
        continue;
      }
      raw = raw.replace(PROMPT, '');
    }
    if (raw.trim() === '' || /^\s*#/.test(raw)) {
      if (/^\s*<#/.test(raw)) {
        // a block comment: skip to its end
        while (i < lines.length && !lines[i]!.includes('#>')) i++;
      }
      i++;
      continue;
    }
    const parts = [raw];
    const stack: string[] = [];
    scan(raw, stack);
    let scriptBody = false;
    i++;
    const continues = () => {
      const last = parts[parts.length - 1]!.replace(/\s+#.*$/, '');
      if (stack.length > 0) return true;
      if (/[`|,]\s*$/.test(last) || /(?:&&|\|\|)\s*$/.test(last)) return true;
      const next = lines[i];
      if (next === undefined) return false;
      const n = session ? next.replace(/^>>\s?/, '') : next;
      // a pipe starting the next line continues the pipeline; a brace starting it opens the body of `function f`, `try`, `foreach (…)`
      if (/^\s*\{/.test(n)) {
        scriptBody = true;
        return true;
      }
      return /^\s*\|/.test(n) || (session && /^>>/.test(next));
    };
    while (i < lines.length && continues()) {
      if (stack.includes('{')) scriptBody = true;
      let next = lines[i]!;
      if (session) next = next.replace(/^>>\s?/, '').replace(PROMPT, '');
      parts.push(next);
      scan(next, stack);
      i++;
    }
    const command = parts.map((p) => p.trimEnd()).join('\n').trim();
    if (scriptBody) out.push({ command, line: start, out: 'script' });
    else if (isLiteralAssignment(command)) out.push({ command, line: start, out: 'literal' });
    else out.push({ command, line: start });
  }
  return out;
}

/** The examples of one cmdlet page, in order, each with its statements (left-out ones marked). */
export function extractPsdocsExamples(page: string): PsExample[] {
  const lines = page.split('\n');
  const examples: PsExample[] = [];
  let inExamples = false;
  let current: PsExample | null = null;
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (/^## /.test(l)) {
      inExamples = /^## EXAMPLES\s*$/i.test(l);
      current = null;
      i++;
      continue;
    }
    if (!inExamples) {
      i++;
      continue;
    }
    const h = /^### (.*)$/.exec(l);
    if (h) {
      current = { n: examples.length + 1, title: h[1]!.replace(/^Example\s+\d+\s*[:.-]?\s*/i, '').trim(), statements: [] };
      examples.push(current);
      i++;
      continue;
    }
    const fence = /^(```+|~~~+)\s*([A-Za-z0-9-]*)/.exec(l);
    if (fence) {
      const close = fence[1]!;
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !lines[j]!.startsWith(close)) body.push(lines[j++]!);
      if (current && fence[2]!.toLowerCase() === 'powershell') {
        for (const s of splitPowerShell(body.join('\n'), i + 2)) current.statements.push({ k: current.statements.length + 1, ...s });
      }
      i = j + 1;
      continue;
    }
    i++;
  }
  return examples;
}
