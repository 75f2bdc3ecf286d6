/**
 * Reading cheat.sh's community sheets (github `chubin/cheat.sheets`, the sheets cheat.sh serves) into examples: pure
 * functions, no I/O, so the importer (`scripts/import-cheatsh.ts`) and its test share them. Nothing from the sheets is
 * ever committed; only our labels (`test/corpus/cheatsh-labels.yaml`) are.
 *
 * A command sheet (`sheets/NAME`, one file per tool; not the language folders `sheets/_LANG/`, not `see_also/`) has the
 * format of cheat/cheatsheets without front matter: blocks separated by blank lines, each a run of `# description`
 * lines followed by command lines. It is read by that suite's reader (`extractExamples` in scripts/cheatsheets.ts:
 * continued and compound lines join, docopt placeholders filled), so the two suites cannot drift apart in how a sheet
 * becomes examples.
 *
 * The sample: the suite has far more examples than can be labelled in one pass; an example is in the sample when the
 * first two bytes of sha256(`cheatsh/<id>`), read as a number, fall below `SAMPLE_BELOW` (a fixed fraction of the
 * examples, independent of their text and stable across runs and snapshots: an example keeps its id, and so its place
 * in or out of the sample, while its sheet keeps the examples above it).
 */
import { createHash } from 'node:crypto';
import { type Example, extractExamples } from './cheatsheets.ts';

export type { Example };

/** A path of the snapshot that is a command sheet: directly under `sheets/`, not a language folder `sheets/_…`. */
export function isCommandSheet(path: string): boolean {
  return /^sheets\/[^/_][^/]*$/.test(path);
}

/** The examples of one command sheet, in order (cheat/cheatsheets' reader: see the file's comment). */
export function extractCheatshExamples(sheet: string): Example[] {
  return extractExamples(sheet);
}

/** The id of an example: `cheatsh-<sheet>-<n>`, the sheet's name lower-cased with anything but letters and digits as `-`. */
export function cheatshExampleId(path: string, n: number): string {
  const name = path.replace(/^sheets\//, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `cheatsh-${name}-${n}`;
}

/** Out of 65536: the fraction of examples sampled (round 41: about 1,100 of the snapshot's examples). */
export const SAMPLE_BELOW = 21000;

export function inCheatshSample(id: string): boolean {
  return createHash('sha256').update(`cheatsh/${id}`).digest().readUInt16BE(0) < SAMPLE_BELOW;
}
