/**
 * L3: keeps an execution lease alive while the action of a consumed approval runs. Shared by every
 * executor (`exec`, the MCP proxy, the SDK's guards) so they renew by the same rule: once at once,
 * which rejects if the lease cannot be renewed (then nothing may run: the request is already
 * `outcome_unknown` or not this executor's), then every third of the lease's length (at least
 * 100 ms) until `stop()`. A later failure is reported once per streak and retried at the next
 * period: if the lease runs out meanwhile, the server records `outcome_unknown`.
 *
 * core has no clock: the caller lends its timers (`setTimeout` and `clearTimeout`).
 */
export interface LeaseTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface KeptLease {
  stop(): void;
}

export function leasePeriod(leaseMs: number): number {
  return Math.max(100, Math.floor(leaseMs / 3));
}

export async function keepLease(renew: () => Promise<{ leaseMs: number }>, timers: LeaseTimers, onFailure: (err: unknown) => void): Promise<KeptLease> {
  let period = leasePeriod((await renew()).leaseMs);
  let stopped = false;
  let warned = false;
  let handle: unknown;
  const tick = () => {
    renew()
      .then(
        (l) => {
          period = leasePeriod(l.leaseMs);
          warned = false;
        },
        (err: unknown) => {
          if (!warned && !stopped) onFailure(err);
          warned = true;
        },
      )
      .finally(() => {
        if (!stopped) handle = timers.set(tick, period);
      });
  };
  handle = timers.set(tick, period);
  return {
    stop() {
      stopped = true;
      timers.clear(handle);
    },
  };
}
