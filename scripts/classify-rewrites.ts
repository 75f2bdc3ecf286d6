/**
 * `npm run classify:rewrites`: one action spelled another way must get the same answer. Each tuned corpus case the
 * classifier answers right is rewritten in ways that keep what runs (`time …`, `command …`, `env …`, a `cd` to its own
 * folder first, a subshell, a `{ … }` group, an `if true` body, `… && echo done`, `bash -c '…'`, the command's name quoted,
 * backslashed, in ANSI-C quotes or quoted in part, a line continuation after it; a PowerShell script block or `try`, the
 * cmdlet's name in lower case; a cmd block, `cmd /c "…"`; a comment before SQL; an HTTP request's default port or
 * lower-case method) and classified again. A rewrite that turns the answer from benign to not
 * benign, or back, is printed: a place where the classifier reads the input differently from the tool that runs it.
 *
 * `node scripts/classify-rewrites.ts [--rewrite REGEX] [CORPUS_DIR]`. Only the tuned two thirds are rewritten (the held-out
 * third stays a measure nobody tuned to). Exits 1 when any answer flips.
 */
import { parseArgs } from 'node:util';
import { classifyBatchLine, createClassifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY, type JsonObject, type JsonValue } from '../src/core/index.ts';
import { isHeldOut, loadCorpus, toLine, type CorpusCase } from '../test/helpers/classify-corpus.ts';

type Rewrite = (input: JsonValue, c: CorpusCase) => JsonValue | null;

/** A rewrite of text inputs only. */
const text = (f: (s: string, c: CorpusCase) => string | null): Rewrite => (input, c) => (typeof input === 'string' ? f(input, c) : null);
/** A compound command or a line of several: a prefix word or an assignment before it would not run it as written. */
const compound = (s: string): boolean => /^(for|while|until|if|case|select|function)\b|^[({]|^\w+\s*\(\)/.test(s) || /[;&|\n]/.test(s);

/** A line that starts with a command's plain name, not a reserved word (which quoting would turn into a command name). */
const plainFirstWord = (s: string): boolean => /^[a-z][\w.-]*\s/.test(s) && !/^(for|while|until|if|case|select|function|time|coproc|do|done|then|fi)\s/.test(s);

/** Builtins with no program of the same name: `env` cannot run them. */
const BASH_ONLY = /^(cd|export|source|alias|unalias|unset|set|eval|exec|read|shopt|ulimit|umask|trap|declare|local|typeset|pushd|popd|dirs|hash|type|wait|jobs|fg|bg|disown|history|fc|let|readonly|return|exit|break|continue|shift|getopts|enable|builtin|command|mapfile|readarray|complete|compgen|bind|caller|logout|suspend|times)\s/;

const REWRITES: Record<string, Record<string, Rewrite>> = {
  command: {
    time: text((s) => `time ${s}`),
    command: text((s) => (compound(s) || /^[A-Za-z_]\w*=/.test(s) ? null : `command ${s}`)),
    'cd first': text((s, c) => `cd ${c.context.cwd ?? '/home/dev/app'} && ${s}`),
    subshell: text((s) => `( ${s} )`),
    'echo after': text((s) => (/&\s*$/.test(s) ? null : `${s} && echo done`)),
    'stderr away': text((s) => (/[;&|<>\n]/.test(s) ? null : `${s} 2>/dev/null`)),
    'line before': text((s) => `echo start\n${s}`),
    'bash -c': text((s) => `bash -c '${s.replace(/'/g, `'\\''`)}'`),
    'quoted name': text((s) => (plainFirstWord(s) ? s.replace(/^([a-z][\w.-]*)/, "'$1'") : null)),
    'backslash name': text((s) => (plainFirstWord(s) ? `\\${s}` : null)),
    'env first': text((s) => (compound(s) || !plainFirstWord(s) || BASH_ONLY.test(s) ? null : `env ${s}`)),
    'ansi-c name': text((s) => (plainFirstWord(s) ? s.replace(/^([a-z][\w.-]*)/, "$$'$1'") : null)),
    'split name': text((s) => (plainFirstWord(s) && /^[a-z]{2}/.test(s) ? `${s[0]}""${s.slice(1)}` : null)),
    group: text((s) => `{\n${s}\n}`),
    'if true': text((s) => `if true; then\n${s}\nfi`),
    'line continuation': text((s) => (plainFirstWord(s) ? s.replace(/^([a-z][\w.-]*) /, '$1 \\\n  ') : null)),
  },
  powershell: {
    'script block': text((s) => `& { ${s} }`),
    'error preference': text((s) => `$ErrorActionPreference = 'Stop'; ${s}`),
    try: text((s) => `try { ${s} } catch { Write-Error $_ }`),
    'line after': text((s) => `${s}; Write-Host 'done'`),
    'invoke-command': text((s) => `Invoke-Command -ScriptBlock { ${s} }`),
    'lower-case cmdlet': text((s) => (/^[A-Z][a-z]+-[A-Z]\w*\s/.test(s) ? s.replace(/^[A-Z][a-z]+-[A-Z]\w*/, (m) => m.toLowerCase()) : null)),
  },
  cmd: {
    'echo off': text((s) => `@echo off\n${s}`),
    'echo after': text((s) => (/\n/.test(s) ? null : `${s} & echo done`)),
    block: text((s) => (/\n|^"/.test(s) ? null : `(${s})`)),
    'cmd /c': text((s) => (/\n|"/.test(s) ? null : `cmd /c "${s}"`)),
  },
  sql: {
    comment: text((s) => `-- run by the agent\n${s}`),
    'block comment': text((s) => `/* agent */ ${s}`),
  },
  http_request: {
    'default port': (input) => (isRequest(input) && /^https:\/\/[^/:?#]+[/?#]/.test(input.url) ? { ...input, url: input.url.replace(/^(https:\/\/[^/:?#]+)/, '$1:443') } : null),
    'lower-case method': (input) => (isRequest(input) && typeof input.method === 'string' ? { ...input, method: input.method.toLowerCase() } : null),
  },
};

function isRequest(input: JsonValue): input is JsonObject & { url: string } {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && typeof input.url === 'string';
}

const { values, positionals } = parseArgs({ options: { rewrite: { type: 'string' } }, allowPositionals: true });
const only = new RegExp(values.rewrite ?? '.');
const classifier = await createClassifier();
const decide = (c: CorpusCase, input: JsonValue): string => (JSON.parse(classifyBatchLine(toLine({ ...c, input }), classifier, EMPTY_INVENTORY)) as { decision: string }).decision;

const counts = new Map<string, { tried: number; flipped: number }>();
let cases = 0;
for (const c of loadCorpus(positionals[0])) {
  const rewrites = REWRITES[c.input_type];
  if (!rewrites || isHeldOut(c.id) || c.decision) continue;
  const answer = decide(c, c.input);
  if ((answer === 'benign') !== (c.label === 'benign')) continue;
  cases++;
  for (const [name, rewrite] of Object.entries(rewrites)) {
    if (!only.test(name)) continue;
    const input = rewrite(c.input, c);
    if (input === null) continue;
    const key = `${c.input_type}: ${name}`;
    const count = counts.get(key) ?? { tried: 0, flipped: 0 };
    counts.set(key, count);
    count.tried++;
    const again = decide(c, input);
    if ((again === 'benign') === (answer === 'benign')) continue;
    count.flipped++;
    console.log(`${key}\t${c.id} [${c.label}] ${answer} -> ${again}\t${JSON.stringify(input).slice(0, 160)}`);
  }
}
console.log(`\n${cases} tuned cases answered right, rewritten:`);
for (const [key, { tried, flipped }] of [...counts].sort()) console.log(`  ${key.padEnd(34)} ${String(flipped).padStart(4)} of ${tried} flipped`);
if ([...counts.values()].some((c) => c.flipped > 0)) process.exitCode = 1;
