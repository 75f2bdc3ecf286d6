/**
 * Round 40 (bl40comms): MCP tools of mail and telephony servers whose name reads as a loss but whose call, as its
 * arguments show, changes one thing or nothing lost (blind40-comms.yaml's labels):
 * - a mail server's queue flushed (`flush_queue` on a Postfix, Exim or SMTP server): Postfix's `postqueue -f` and Exim's
 *   `-qff` attempt delivery of every queued message, deleting none;
 * - one address taken off a bounce list (`delete_bounce {email}`), answer 160;
 * - one call hung up by its sid (`hangup_call {call_sid: CA…}`), as `channel request hangup CHANNEL`;
 * - a dialplan, a module or the SIP configuration reloaded (`reload_dialplan`);
 * - one Twilio recording, message, call or transcription deleted by its whole sid (`delete_recording {recording_sid:
 *   RE…}`, the prefix and 32 hex digits), answer 420.5 (53: one record by its whole id is narrowed).
 * Anything else (every call, a whole list, a sid not shown) is judged by its words as before.
 */
import { isJsonObject, type JsonValue } from '../../core/index.ts';

const MAIL_SERVER = /(^|[-_.])(postfix|exim|smtp|mta|mail|sendmail)([-_.]|$)/i;
/** A job queue or data store: its `flush` empties the queue, as Redis's does (round 41, atk41: `mail-redis`). */
const DATA_STORE = /(redis|valkey|keydb|memcache|sqs|rabbit|amqp|kafka|bull|celery|sidekiq|resque|nats|pubsub|kinesis|beanstalk|sql|mongo)/i;
const ONE_ADDRESS = /^[^\s*?,@]+@[^\s*?,@]+$/;

/** Twilio's record kinds and the prefix of their sids (twilio.com/docs/glossary/what-is-a-sid). */
const TWILIO_SID: Readonly<Record<string, RegExp>> = {
  recording: /^RE[0-9a-f]{32}$/,
  message: /^(SM|MM)[0-9a-f]{32}$/,
  call: /^CA[0-9a-f]{32}$/,
  transcription: /^TR[0-9a-f]{32}$/,
};

function stringArgs(args: JsonValue | undefined): Array<[string, string]> | null {
  if (args === undefined) return [];
  if (!isJsonObject(args)) return null;
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(args)) {
    if (typeof v !== 'string') return null;
    out.push([k, v]);
  }
  return out;
}

/** Whether the tool (its name's words `ws`, its server, its arguments) is one of the writes above. */
export function commsToolWrite(ws: readonly string[], server: string, args: JsonValue | undefined): boolean {
  const given = stringArgs(args);
  if (given === null) return false;
  const only = (...w: string[]): boolean => ws.length === w.length && w.every((x, i) => ws[i] === x);
  if (only('flush', 'queue') && MAIL_SERVER.test(server) && !DATA_STORE.test(server) && given.every(([k]) => /^(host|server|queue)$/.test(k))) return true;
  if ((only('delete', 'bounce') || only('remove', 'bounce')) && given.length === 1 && /^(email|address|email_address)$/.test(given[0]![0]) && ONE_ADDRESS.test(given[0]![1])) return true;
  if ((only('hangup', 'call') || only('end', 'call')) && given.length === 1 && /^call_?sid$/i.test(given[0]![0]) && /^CA[0-9a-f]{32}$/.test(given[0]![1])) return true;
  if (ws.length === 2 && /^(delete|remove)$/.test(ws[0]!) && TWILIO_SID[ws[1]!] !== undefined && given.length === 1 && new RegExp(`^(${ws[1]!}_?)?sid$`, 'i').test(given[0]![0]) && TWILIO_SID[ws[1]!]!.test(given[0]![1])) return true;
  if (ws[0] === 'reload' && ws.length === 2 && /^(dialplan|module|pjsip|sip|config|configuration|acl|xml)$/.test(ws[1]!) && given.length === 0) return true;
  return false;
}
