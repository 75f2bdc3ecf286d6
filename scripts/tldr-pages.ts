/**
 * Reading tldr-pages (github `tldr-pages/tldr`, CC-BY 4.0) into examples: pure functions, no I/O, so the
 * importer (`scripts/import-tldr-pages.ts`) and its test share them. Nothing from tldr is ever committed;
 * only our labels (`test/corpus/tldr-labels.yaml`) are.
 *
 * A page is Markdown: `# name`, a `>` summary, then examples, each a `- description:` line followed by a
 * line holding the command in backticks. Placeholders `{{…}}` are filled deterministically so the same
 * snapshot always gives the same commands.
 */
import { createHash } from 'node:crypto';

export type Platform = 'common' | 'linux' | 'osx' | 'windows';
export const PLATFORMS: readonly Platform[] = ['common', 'linux', 'osx', 'windows'];

export interface Example {
  /** 1-based position of the example in its page. */
  n: number;
  description: string;
  command: string;
  /** 1-based line of the command in the page. */
  line: number;
}

/**
 * One placeholder's filling: an option choice `[-r|--recursive]` becomes its last (long) form; a choice
 * of values `boot|reboot|shutdown` its first (a bare `|` would become a shell pipe). Anything else is its
 * inner text with the "and more" of a list (`...`, with the separator before it) dropped and list commas
 * closed up (`a, b` -> `a,b`); then, unless the text is code (quotes, brackets, `=`, `$`, `;`, kept as
 * written), spaces become `_` so that one placeholder stays one word.
 */
export function fillOne(inner: string): string {
  const option = /^\[([^\]|]+(?:\|[^\]|]+)+)\]$/.exec(inner);
  if (option) return option[1]!.split('|').at(-1)!;
  const text = inner.replace(/[\s,]*\.\.\.$/, '').trim().replace(/\s*,\s*/g, ',');
  const choice = text.includes('|') ? (text.split('|').find((a) => a.trim() !== '') ?? text) : text;
  return /['"{}()[\]=$;@]/.test(choice) ? choice.trim() : choice.trim().replace(/\s+/g, '_');
}

/** Every `{{…}}` of a command filled; tldr's escaped braces (`\{\{`, `\}\}`) become literal braces afterwards. */
export function fillPlaceholders(command: string): string {
  // Split on the escaped braces first, fill each piece, then put the literal braces back.
  return command
    .split('\\{\\{')
    .map((a) => a.split('\\}\\}').map((b) => b.replace(/\{\{(.*?)\}\}(?!\})/g, (_m, inner: string) => fillOne(inner))).join('}}'))
    .join('{{');
}

/** The examples of one page, in order; a description with no command after it is skipped. */
export function extractExamples(page: string): Example[] {
  const lines = page.split('\n');
  const out: Example[] = [];
  let description: string | null = null;
  let n = 0;
  lines.forEach((raw, i) => {
    const l = raw.trim();
    const d = /^- (.+?):?$/.exec(l);
    if (d) {
      description = d[1]!;
      return;
    }
    const c = /^`(.*)`$/.exec(l);
    if (c && description !== null) {
      n++;
      out.push({ n, description, command: fillPlaceholders(c[1]!), line: i + 1 });
      description = null;
    }
  });
  return out;
}

/** The id of an example: `tldr-<platform>-<page>-<n>`, the page name lower-cased with anything but letters and digits as `-`. */
export function exampleId(platform: Platform, page: string, n: number): string {
  return `tldr-${platform}-${page.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${n}`;
}

/**
 * The sample: a page is in it when the first byte of sha256(`platform/page`) is below the platform's
 * threshold (a fixed fraction, independent of the page's content). Windows has few pages, so it takes a
 * larger fraction.
 */
export const SAMPLE_THRESHOLD: Record<Platform, number> = { common: 23, linux: 29, osx: 56, windows: 72 };

export function inSample(platform: Platform, page: string): boolean {
  return createHash('sha256').update(`${platform}/${page}`).digest()[0]! < SAMPLE_THRESHOLD[platform];
}

/**
 * The input type a Windows example is run as, when its label does not say: `powershell` for a cmdlet
 * (Verb-Noun) or PowerShell syntax (variables, script blocks, `-Parameter` pipelines into cmdlets),
 * `cmd` for everything else on a Windows page (cmd built-ins and `.exe` tools run from cmd). Other
 * platforms' examples are `command`.
 */
export function inferInputType(platform: Platform, command: string): 'command' | 'powershell' | 'cmd' {
  if (platform !== 'windows') return 'command';
  const first = command.trim().split(/\s+/)[0] ?? '';
  if (/^[A-Z][a-z]+-[A-Z][A-Za-z0-9]+$/.test(first)) return 'powershell';
  if (/\|\s*[A-Z][a-z]+-[A-Z]\w+|\$[A-Za-z_{(]|^\s*\[[A-Za-z.]+\]::/.test(command)) return 'powershell';
  return 'cmd';
}
