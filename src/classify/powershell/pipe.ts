import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import type { Node } from './parser.ts';
import { daysIn } from '../durations.ts';

/**
 * What the previous stage of a PowerShell pipeline sends: objects from Get-ChildItem (files under
 * some roots; `itself` when Get-Item sent the roots themselves), fixed values (strings, paths), or objects we cannot
 * know (`narrowed` once a Where-Object or a Select-Object -First/-Last/-Index/-Skip stage has picked some of them).
 */
export type PipeInput =
  | { kind: 'items'; roots: Word[]; recursive: boolean; filters: Array<string | null>; age?: AgeFilter; newestFirst?: boolean; keepNewest?: number; devCertificate?: boolean; itself?: boolean }
  | { kind: 'values'; values: Array<string | null> }
  | { kind: 'unknown'; producer: string; args?: Word[]; narrowed?: boolean; age?: AgeFilter };

/**
 * A Where-Object stage that keeps only what is older than a date: `LastWriteTime -lt (Get-Date).AddDays(-60)` (days 60; `-le`, `AddMonths`, `AddYears` too),
 * or certificates past their end, `NotAfter -lt (Get-Date)` (days 0), and an Entra app's secrets or certificates past
 * theirs (`EndDateTime`, passwordCredential and keyCredential in the Graph reference).
 */
export interface AgeFilter {
  prop: 'written' | 'created' | 'expires';
  days: number;
}

/** One age comparison, alone in the filter (no `-or`, no other clause): property, then the days before today. */
const WHERE_AGE = /^\s*\{?\s*(?:\$_\.|\$PSItem\.)?(LastWriteTime(?:Utc)?|CreationTime(?:Utc)?|NotAfter|EndDateTime)\s+-(?:lt|le)\s+\(\s*(?:Get-Date|\[datetime\]::(?:Now|UtcNow|Today))\s*\)(?:\.Add(Days|Months|Years)\(\s*-(\d{1,5})\s*\))?\s*\}?\s*$/i;

/** The age filter a Where-Object stage's words say, if that is all they say. */
export function ageFilter(text: string): AgeFilter | undefined {
  const m = WHERE_AGE.exec(text);
  if (!m) return undefined;
  const prop = /^(notafter|enddatetime)$/i.test(m[1]!) ? 'expires' : /^creation/i.test(m[1]!) ? 'created' : 'written';
  // Files written before now are every file: only a date some days back narrows them. A certificate's end before now is expiry.
  if (m[3] === undefined && prop !== 'expires') return undefined;
  return { prop, days: daysIn(m[3] ?? 0, m[2] ?? 'days') };
}

interface PipeState {
  input: PipeInput | null;
  runBlock: (block: Node, item: string | null) => void;
  /** Inside a ForEach-Object (or Where-Object) block: what the enclosing stage was fed, which `$_` is one of. */
  item: PipeInput | null;
}

const state = new WeakMap<Invocation, PipeState>();

/** Attaches the pipeline input of a PowerShell command to its invocation. */
export function setPipeInput(inv: Invocation, input: PipeInput | null, runBlock: PipeState['runBlock'], item: PipeInput | null = null): void {
  state.set(inv, { input, runBlock, item });
}

export function pipeInput(inv: Invocation): PipeInput | null {
  return state.get(inv)?.input ?? null;
}

/** What `$_` is one of, for a command inside a per-item block (`Get-ADGroupMember G | ForEach-Object { Remove-… $_ }`). */
export function pipeItem(inv: Invocation): PipeInput | null {
  return state.get(inv)?.item ?? null;
}

/**
 * A Where-Object stage that keeps only the local development certificate: `Subject -eq 'CN=localhost'` or ASP.NET Core's
 * `FriendlyName -eq 'ASP.NET Core HTTPS development certificate'` (what `dotnet dev-certs https --clean` removes and
 * `dotnet dev-certs https --trust` makes again), alone in the filter.
 */
const WHERE_DEV_CERTIFICATE = /^\s*\{?\s*(?:\$_\.|\$PSItem\.)?(?:Subject\s+-c?eq\s+(['"])CN=localhost\1|FriendlyName\s+-c?eq\s+(['"])ASP\.NET Core HTTPS development certificate\2)\s*\}?\s*$/i;

/** Whether a Where-Object stage's words keep the local development certificate only. */
export function devCertificateFilter(text: string): boolean {
  return WHERE_DEV_CERTIFICATE.test(text);
}

/**
 * The names a Where-Object stage keeps, when its words compare only the item's name (or extension) with fixed names: one
 * comparison (`Name -eq obj`, `{ $_.Name -like '*.orig' }`, `{ $_.Extension -eq '.tmp' }`: the extension as `*.tmp`), a
 * list (`Name -in bin,obj`, `{ $_.Name -in @('bin','obj') }`, `{ 'bin','obj' -contains $_.Name }`), comparisons joined by
 * `-or` (`{ $_.Name -eq 'bin' -or $_.Name -eq 'obj' }`), an anchored alternation of plain names (`Name -match
 * '^(bin|obj)$'`), or one of these joined by `-and` to anything else, which only narrows further (`{ $_.PSIsContainer
 * -and $_.Name -in 'bin','obj' }`). Round 37 (pw37). Null when the filter says anything else (a negation, an unanchored
 * regular expression, a variable, a mix of `-and` and `-or`, a second name clause under `-and`).
 */
export function whereNameFilters(text: string): string[] | null {
  let t = text.trim();
  if (/^\{[\s\S]*\}$/.test(t)) t = t.slice(1, -1).trim();
  const or = splitOutsideQuotes(t, /^-or$/i);
  const and = splitOutsideQuotes(t, /^-and$/i);
  if (or.length > 1 && and.length > 1) return null;
  if (or.length > 1) {
    const each = or.map(nameClause);
    return each.every((n) => n !== null) ? (each as string[][]).flat() : null;
  }
  const named = and.map(nameClause).filter((n): n is string[] => n !== null);
  // Another clause under `-and` narrows further only if it cannot widen: no `-or` (checked above), no name clause of its own.
  return named.length === 1 ? named[0]! : null;
}

/** `text` split at the words `sep` matches, outside quotes, parentheses and braces (PowerShell's operators are words). */
function splitOutsideQuotes(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (depth === 0 && c === '-' && /\s/.test(text[i - 1] ?? ' ')) {
      const word = /^-\w+/.exec(text.slice(i))![0];
      if (sep.test(word) && /^(\s|$)/.test(text.slice(i + word.length))) {
        parts.push(text.slice(start, i).trim());
        start = i + word.length;
      }
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const ITEM_PROPERTY = String.raw`(?:(?:\$_|\$PSItem)\.)?(Name|Extension)`;
const ONE_NAME = String.raw`(?:'([^'$]*)'|"([^"$\x60]*)"|([\w.*?~-]+))`;
const NAME_COMPARE = new RegExp(String.raw`^${ITEM_PROPERTY}\s+-[ci]?(?:eq|like)\s+${ONE_NAME}$`, 'i');
const NAME_IN = new RegExp(String.raw`^${ITEM_PROPERTY}\s+-[ci]?in\s+(.+)$`, 'i');
const NAME_CONTAINED = new RegExp(String.raw`^(.+?)\s+-[ci]?contains\s+(?:\$_|\$PSItem)\.(Name|Extension)$`, 'i');
const NAME_MATCH = new RegExp(String.raw`^${ITEM_PROPERTY}\s+-[ci]?match\s+(['"])\^\(?((?:[\w-]|\\\.)+(?:\|(?:[\w-]|\\\.)+)*)\)?\$\2$`, 'i');

/** The names one clause compares the item's name with (a fixed list), or null. */
function nameClause(clause: string): string[] | null {
  let c = clause.trim();
  while (/^\([\s\S]*\)$/.test(c) && splitOutsideQuotes(c.slice(1, -1), /^-(or|and)$/i).length === 1) c = c.slice(1, -1).trim();
  const asName = (prop: string, n: string): string => (/^extension$/i.test(prop) ? `*${n}` : n);
  let m = NAME_COMPARE.exec(c);
  if (m) return [asName(m[1]!, m[2] ?? m[3] ?? m[4]!)];
  m = NAME_IN.exec(c);
  if (m) return nameList(m[2]!)?.map((n) => asName(m![1]!, n)) ?? null;
  m = NAME_CONTAINED.exec(c);
  if (m) return nameList(m[1]!)?.map((n) => asName(m![2]!, n)) ?? null;
  m = NAME_MATCH.exec(c);
  if (m) return m[3]!.split('|').map((n) => asName(m![1]!, n.replace(/\\\./g, '.')));
  return null;
}

/** A fixed list of names: `'a','b'`, `@('a', 'b')`, `a,b` (one to sixteen). */
function nameList(text: string): string[] | null {
  const t = text.trim().replace(/^@\(([\s\S]*)\)$/, '$1').trim();
  const items = t.split(',').map((s) => s.trim());
  if (items.length === 0 || items.length > 16) return null;
  const names = items.map((s) => new RegExp(`^${ONE_NAME}$`).exec(s)).map((m) => (m ? (m[1] ?? m[2] ?? m[3]!) : null));
  return names.every((n) => n !== null && n !== '') ? (names as string[]) : null;
}
