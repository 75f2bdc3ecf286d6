/**
 * notify: webhooks on held / approved / rejected / expired approval requests, with a
 * Slack-compatible body, an HMAC-SHA256 signature and retries with backoff. It only tells people:
 * it never approves, blocks or delays a decision, and nothing waits for it.
 */
export { createNotifier, signWebhook, webhookBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './notifier.ts';
export type { Notifier, NotifierOptions, NotifyEvent, NotifyEventKind, WebhookTarget } from './notifier.ts';
