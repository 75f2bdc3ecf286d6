import { createHmac } from 'node:crypto';
import type { ApprovalEvent, ApprovalEventKind, Clock } from '../core/index.ts';

export type NotifyEventKind = ApprovalEventKind;

/** What happened to an approval request. Plain data; `url` links reviewers to the request page. */
export interface NotifyEvent extends ApprovalEvent {
  url: string | null;
}

export interface WebhookTarget {
  url: string;
  /** The HMAC-SHA256 key; the runtime reads it from the environment variable the config names. */
  secret: string;
  events: NotifyEventKind[];
}

export interface NotifierOptions {
  webhooks: WebhookTarget[];
  clock: Clock;
  /** Attempts per delivery, the first included (default 5). */
  maxAttempts?: number;
  /** Backoff before attempt n+1 is `baseDelayMs · 2^(n-1)`, capped at 60 s (default 500 ms). */
  baseDelayMs?: number;
  /** Per attempt (default 5 s; F5). */
  timeoutMs?: number;
  /** Injected in tests so they never sleep. */
  delay?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** Told about each delivery that finally failed (the server logs it). */
  onFailure?: (target: string, event: NotifyEvent, problem: string) => void;
}

export interface Notifier {
  /** Queues the event for every matching webhook and returns at once. Never throws, never blocks. */
  notify(event: NotifyEvent): void;
  /** Resolves when every queued delivery finished (tests, shutdown). */
  settled(): Promise<void>;
}

export const SIGNATURE_HEADER = 'x-portcullis-signature';
export const TIMESTAMP_HEADER = 'x-portcullis-timestamp';

/** `sha256=` + hex HMAC-SHA256 over `<timestamp>.<body>`, so a captured body cannot be replayed with a new time. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const VERB: Record<NotifyEventKind, string> = { held: 'is waiting for approval', approved: 'was approved', rejected: 'was rejected', expired: 'expired' };
const EMOJI: Record<NotifyEventKind, string> = { held: ':hourglass:', approved: ':white_check_mark:', rejected: ':no_entry:', expired: ':clock3:' };

/** A Slack-compatible body (`text` + `blocks`) that also carries the event as structured data. */
export function webhookBody(e: NotifyEvent): Record<string, unknown> {
  const who = e.by ? ` by ${e.by}` : '';
  const text = `${EMOJI[e.kind]} Request ${e.requestId} from agent ${e.agent} (operator ${e.operator}) ${VERB[e.kind]}${who}: ${e.summary}`;
  const lines = [
    `*${VERB[e.kind].replace(/^./, (c) => c.toUpperCase())}${who}*: ${e.summary}`,
    `agent \`${e.agent}\` · operator \`${e.operator}\` · ${e.environments.length ? e.environments.join(', ') : 'unknown environment'} · ${e.approvals}/${e.required} approvals`,
    ...(e.comment ? [`> ${e.comment}`] : []),
    ...(e.url ? [`<${e.url}|Open request ${e.requestId}>`] : []),
  ];
  // SECURITY: the body only links to the request page; approving there needs a signed-in POST (no one-click links).
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }], portcullis: { v: 1, ...e } };
}

/**
 * Webhooks on held / approved / rejected / expired. Deliveries run in the background with
 * exponential backoff; a webhook that fails never approves, blocks or delays anything (the gate
 * does not wait for it).
 */
export function createNotifier(options: NotifierOptions): Notifier {
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.baseDelayMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const delay = options.delay ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref()));
  const doFetch = options.fetch ?? fetch;
  const inflight = new Set<Promise<void>>();

  async function deliver(target: WebhookTarget, event: NotifyEvent): Promise<void> {
    const body = JSON.stringify(webhookBody(event));
    let problem = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await delay(Math.min(60_000, base * 2 ** (attempt - 2)));
      const ts = String(Math.floor(options.clock.now() / 1000));
      try {
        const res = await doFetch(target.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TIMESTAMP_HEADER]: ts, [SIGNATURE_HEADER]: signWebhook(target.secret, ts, body), 'user-agent': 'portcullis-webhook/1' },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.body?.cancel().catch(() => undefined);
        if (res.ok) return;
        problem = `http ${res.status}`;
        // a 4xx other than timeout/rate-limit will not get better by retrying
        if (res.status < 500 && res.status !== 408 && res.status !== 429) break;
      } catch (err) {
        problem = err instanceof Error ? err.message : String(err);
      }
    }
    options.onFailure?.(target.url, event, problem);
  }

  return {
    notify(event) {
      for (const target of options.webhooks) {
        if (!target.events.includes(event.kind)) continue;
        const p = deliver(target, event).catch(() => undefined);
        inflight.add(p);
        void p.finally(() => inflight.delete(p));
      }
    },
    async settled() {
      while (inflight.size > 0) await Promise.all([...inflight]);
    },
  };
}
