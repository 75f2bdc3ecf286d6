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
