/**
 * Helpers more than one area catalogue of service-catalogue.ts uses (offset moves, option values, Kafka retention
 * settings): split out of service-catalogue.ts in round 40 (sp40) so the area files and the engine share them without
 * an import cycle. Data and small predicates only; the engine stays in service-catalogue.ts.
 */
import { optionValuesIn } from './catalogue-shape.ts';
import { KAFKA_RETENTION_CUT_SETTING } from '../../retention.ts';
/**
 * A topic setting that makes the broker delete messages: retention under one day (the lead's answer 136; bytes under 1 MB),
 * or compaction turned into deletion.
 */
export const KAFKA_SHORT_RETENTION = new RegExp(`${KAFKA_RETENTION_CUT_SETTING.source}|(^|,)\\s*(retention\\.bytes=([0-9]{1,6})(,|$)|cleanup\\.policy=delete)`);
/**
 * Which way a consumer group's committed offsets move (the lead's answer 363.1: one class by direction). Back (to the
 * earliest, a time in the past, a negative shift, offset 0) the consumers read again what is still in the topic: a
 * write. Forward (to the latest or the end, a time to come, a positive shift) they skip what they had not consumed:
 * lost to them. A literal offset other than 0, a file of offsets or another group's offsets may move either way (fail
 * closed: 'unknown'); `--to-current` moves nothing.
 */
export type OffsetMove = 'back' | 'forward' | 'unknown';
/** A time a reset names (Kafka's `--to-datetime` 'YYYY-MM-DDTHH:mm:SS.sss', rpk's unix seconds, milliseconds or nanoseconds), in ms; null when unread. */
export function offsetTime(value: string): number | null {
  if (/^\d{9,19}$/.test(value)) {
    const n = Number(value);
    return value.length <= 10 ? n * 1000 : value.length <= 13 ? n : n / 1e6;
  }
  const t = /^\d{4}-\d{2}-\d{2}(T[\d:.]+([+-]\d{2}:?\d{2}|Z)?)?$/.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(t) ? null : t;
}
export function timeMove(value: string | null | undefined): OffsetMove {
  const t = value === null || value === undefined ? null : offsetTime(value);
  return t === null ? 'unknown' : t <= Date.now() ? 'back' : 'forward';
}
/** The value of `--name V` or `--name=V`: undefined when absent, null when not fixed. */
export function valueOf(args: ReadonlyArray<string | null>, name: string): string | null | undefined {
  return optionValuesIn(args, [name])[0];
}
/**
 * The value of the first of `names` in the argument list (`--opt V`, `--opt=V`; optionValuesIn's first) with "absent" and
 * "not fixed" folded into undefined, as the callers below each read both the same way (a retention not read may be a cut,
 * a restore target not read is not known to be a live tree). Kept beside valueOf, which tells them apart, rather than
 * copied: one reader, two answers to the null case.
 */
export function argValue(args: ReadonlyArray<string | null>, names: readonly string[]): string | undefined {
  return optionValuesIn(args, names)[0] ?? undefined;
}

