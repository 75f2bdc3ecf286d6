import type { ControlPlaneStats } from '../../control/index.ts';

const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** This replica's counters in the Prometheus text format (0.0.4). */
export class Metrics {
  readonly #decisions = new Map<string, number>();
  readonly #buckets = new Array<number>(BUCKETS.length).fill(0);
  #count = 0;
  #sum = 0;
  readonly #http = new Map<string, number>();
  #overloaded = 0;
  #deadlines = 0;

  /** F8: a request refused at once by admission control. */
  overload(): void {
    this.#overloaded += 1;
  }

  /** F8: a request answered 503 at its deadline. */
  deadline(): void {
    this.#deadlines += 1;
  }

  decision(effect: string, shadow: boolean, seconds: number): void {
    const key = `effect="${effect}",shadow="${shadow}"`;
    this.#decisions.set(key, (this.#decisions.get(key) ?? 0) + 1);
    this.#count += 1;
    this.#sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) this.#buckets[i]! += 1;
  }

  response(status: number): void {
    const k = `${Math.floor(status / 100)}xx`;
    this.#http.set(k, (this.#http.get(k) ?? 0) + 1);
  }

  render(stats: ControlPlaneStats | null, now: number): string {
    const out: string[] = [];
    out.push('# HELP portcullis_decisions_total Decisions answered by this replica, by effect.', '# TYPE portcullis_decisions_total counter');
    for (const [k, v] of [...this.#decisions].sort()) out.push(`portcullis_decisions_total{${k}} ${v}`);
    out.push('# HELP portcullis_decision_duration_seconds Time to decide, from request parsed to answer.', '# TYPE portcullis_decision_duration_seconds histogram');
    BUCKETS.forEach((b, i) => out.push(`portcullis_decision_duration_seconds_bucket{le="${b}"} ${this.#buckets[i]}`));
    out.push(`portcullis_decision_duration_seconds_bucket{le="+Inf"} ${this.#count}`, `portcullis_decision_duration_seconds_sum ${this.#sum}`, `portcullis_decision_duration_seconds_count ${this.#count}`);
    out.push('# HELP portcullis_http_responses_total HTTP responses by status class.', '# TYPE portcullis_http_responses_total counter');
    for (const [k, v] of [...this.#http].sort()) out.push(`portcullis_http_responses_total{class="${k}"} ${v}`);
    out.push('# HELP portcullis_overloaded_total Requests refused at once by admission control (F8).', '# TYPE portcullis_overloaded_total counter', `portcullis_overloaded_total ${this.#overloaded}`);
    out.push('# HELP portcullis_deadline_exceeded_total Requests answered 503 at their deadline (F8).', '# TYPE portcullis_deadline_exceeded_total counter', `portcullis_deadline_exceeded_total ${this.#deadlines}`);
    if (stats) {
      out.push('# HELP portcullis_pending_approvals Approval requests waiting for reviewers (whole store).', '# TYPE portcullis_pending_approvals gauge', `portcullis_pending_approvals ${stats.pendingApprovals}`);
      out.push('# HELP portcullis_audit_entries Entries in the audit log.', '# TYPE portcullis_audit_entries gauge', `portcullis_audit_entries ${stats.auditSize}`);
      out.push('# HELP portcullis_checkpoint_age_seconds Seconds since the newest signed audit checkpoint (-1: none yet).', '# TYPE portcullis_checkpoint_age_seconds gauge');
      out.push(`portcullis_checkpoint_age_seconds ${stats.lastCheckpointAt === null ? -1 : Math.max(0, (now - stats.lastCheckpointAt) / 1000)}`);
    }
    out.push('# HELP portcullis_store_up Whether the store answered the last scrape.', '# TYPE portcullis_store_up gauge', `portcullis_store_up ${stats ? 1 : 0}`);
    return `${out.join('\n')}\n`;
  }
}
