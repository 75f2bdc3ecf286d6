import type { Clock } from '../core/index.ts';

/** The wall clock, for short-lived commands (a server measures time-to-live on `createSteadyClock`). */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * L9: a server's clock. It reads the wall clock once, at start, and from then on advances with the
 * monotonic clock (`performance.now()`, CLOCK_MONOTONIC: slewed by NTP, never stepped). A wall-clock
 * step, forward or back, therefore never stretches or shrinks a time-to-live measured in this
 * process (pending and approved windows, sessions, budgets). `check()` compares the two and reports
 * a step larger than `thresholdMs`, so it can be audited; the process keeps the monotonic time, and a
 * restart re-anchors on the wall clock.
 */
export interface SteadyClock extends Clock {
  /** The step since the last check beyond the threshold (wall minus steady, ms), or null. */
  check(): { wall: number; steady: number; stepMs: number } | null;
}

export function createSteadyClock(options: { wall?: () => number; monotonic?: () => number; thresholdMs?: number } = {}): SteadyClock {
  const wall = options.wall ?? (() => Date.now());
  const monotonic = options.monotonic ?? (() => performance.now());
  const threshold = options.thresholdMs ?? 2_000;
  const anchorWall = wall();
  const anchorMono = monotonic();
  const now = () => anchorWall + Math.floor(monotonic() - anchorMono);
  // the offset already reported, so one step is audited once (and a correction back once more)
  let reported = 0;
  return {
    now,
    check() {
      const steady = now();
      const w = wall();
      const offset = w - steady;
      if (Math.abs(offset - reported) < threshold) return null;
      const stepMs = offset - reported;
      reported = offset;
      return { wall: w, steady, stepMs };
    },
  };
}
