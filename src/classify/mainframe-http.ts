/**
 * Round 41 (bl41mf): z/OSMF REST requests (IBM "z/OSMF REST services": z/OS data set and file, jobs, console, TSO/E
 * address space services) and CICS CMCI requests whose effect is in the body, not the method or path words, read by
 * rest-apis.ts for an agent's HTTP tool and curl alike with the readers of shell/tools/mainframe-catalogue.ts:
 * - `PUT /zosmf/restconsoles/consoles/NAME {"cmd"}`: the MVS command, as `opercmd`;
 * - `PUT /zosmf/tsoApp/tso/KEY {"TSO RESPONSE":{"DATA"}}` and `PUT /zosmf/tsoApp/v1/tso {"tsoCmd"}`: the TSO command;
 * - `PUT /zosmf/restfiles/ams {"input":[…]}`: the IDCAMS statements;
 * - `PUT /zosmf/restjobs/jobs/NAME/ID {"request":"cancel"|"hold"}`: a running job cancelled or held;
 * - `PUT /zosmf/restjobs/jobs` with JCL in the body: a DD that deletes or a utility's DELETE;
 * - `PUT /zosmf/restfiles/ds/DSN {"request":"hdelete"}`, `{"request":"copy", "replace":true}`, or content written over a
 *   production or system data set;
 * - a CMCI `PUT` that closes or disables a resource.
 * And what loses nothing: a batch job (`JOB…`, not a started task `STC…`) purged from the spool
 * (`DELETE /zosmf/restjobs/jobs/NAME/JOB…`), a workflow's `…/operations/start`.
 */
import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';
import { DEV_PROFILE, idcamsEffect, JCL_DELETES, mvsConsoleEffect, tsoEffect } from './shell/tools/mainframe-catalogue.ts';
import { decodeURIComponentSafe, urlHost } from './environment.ts';

interface Effect {
  code: string;
  why: string;
  deletes: boolean;
}

const ZOSMF = /^https?:\/\/[^/?#]+\/zosmf\//i;
const LIVE_DSN = /^(?:-\([^)]*\)\/)?(?:PROD|PRD|PRODUCTION|LIVE|STG|STAGING|SYS\d|SYS1)\.|\.(?:PROD|PRD|PRODUCTION)(?:\.|$)/i;

function objectOf(body: JsonValue | undefined): Record<string, JsonValue> | null {
  const parsed = typeof body === 'string' ? parseJson(body) : body;
  return isJsonObject(parsed) ? parsed : null;
}

function pathOf(url: string): string {
  return url.replace(/^https?:\/\/[^/?#]+/i, '').replace(/[?#].*$/, '');
}

function fromReader(e: ReturnType<typeof mvsConsoleEffect>, what: string): Effect | 'unseen' | null {
  switch (e) {
    case 'destroy': case 'delete': return { code: 'mainframe_deletes', why: `${what} deletes data`, deletes: true };
    case 'outage': return { code: 'service_outage', why: `${what} takes work out of service`, deletes: false };
    case 'safeguard': return { code: 'safeguard_off', why: `${what} switches a safeguard off or widens access to everyone`, deletes: false };
    case 'opaque': return 'unseen';
    default: return null;
  }
}

/** The effects a z/OSMF or CMCI request's body shows, and why it is not judged when its command is not one we read. */
export function mainframeHttpEffects(method: string, url: string, body: JsonValue | undefined): { effects: Effect[]; unseen: string | null } {
  const none = { effects: [], unseen: null };
  if (method !== 'PUT') return none;
  const p = pathOf(url);
  const o = objectOf(body);
  const one = (r: Effect | 'unseen' | null, what: string): { effects: Effect[]; unseen: string | null } => (r === 'unseen' ? { effects: [], unseen: `${what} that no rule reads` } : r ? { effects: [r], unseen: null } : none);
  if (/^\/CICSSystemManagement\//i.test(p)) {
    const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
    return /\b(openstatus|enablestatus|status)\s*=\s*["'](CLOSED|DISABLED|UNENABLED)["']|<action\s+name="(DISCARD|CLOSE|DISABLE|PURGE|FORCEPURGE|PHASEOUT)"/i.test(text) ? { effects: [{ code: 'service_outage', why: 'a CICS resource closed or disabled through CMCI', deletes: false }], unseen: null } : none;
  }
  if (!ZOSMF.test(url)) return none;
  if (/^\/zosmf\/restconsoles\/consoles\/[^/]+\/?$/i.test(p)) {
    const cmd = o?.cmd;
    return typeof cmd === 'string' ? one(fromReader(mvsConsoleEffect(cmd), `the console command \`${cmd}\``), 'a console command') : { effects: [], unseen: 'a console command not shown' };
  }
  if (/^\/zosmf\/tsoApp\//i.test(p)) {
    const data = o?.tsoCmd ?? (isJsonObject(o?.['TSO RESPONSE'] ?? null) ? (o!['TSO RESPONSE'] as Record<string, JsonValue>).DATA : undefined);
    return typeof data === 'string' ? one(fromReader(tsoEffect(data), `the TSO command \`${data}\``), 'a TSO command') : none;
  }
  if (/^\/zosmf\/restfiles\/ams\/?$/i.test(p)) {
    const input = o?.input;
    return Array.isArray(input) && input.every((x) => typeof x === 'string') ? one(fromReader(idcamsEffect(input.join('\n')), 'the IDCAMS statements'), 'IDCAMS statements') : { effects: [], unseen: 'IDCAMS statements not shown' };
  }
  const job = /^\/zosmf\/restjobs\/jobs\/[^/]+\/[^/]+\/?$/i.test(p);
  // Round 42 (nxb42; 434.3): one batch job (`JOB…`) cancelled on a z/OSMF whose host names a dev or test LPAR is `kill PID`.
  if (job && typeof o?.request === 'string' && /^cancel$/i.test(o.request) && /\/JOB\d{1,7}\/?$/i.test(p) && DEV_PROFILE.test(urlHost(url) ?? '')) return none;
  if (job && typeof o?.request === 'string' && /^(cancel|hold)$/i.test(o.request)) return { effects: [{ code: 'service_outage', why: `a running job ${o.request === 'hold' ? 'held' : 'cancelled'}`, deletes: false }], unseen: null };
  if (/^\/zosmf\/restjobs\/jobs\/?$/i.test(p) && typeof body === 'string') return JCL_DELETES.test(body) ? { effects: [{ code: 'mainframe_deletes', why: 'the JCL submitted deletes data sets', deletes: true }], unseen: null } : none;
  const ds = /^\/zosmf\/restfiles\/ds\/(.+)$/i.exec(p);
  if (ds) {
    // A malformed escape (`%E0%A4%A`) leaves the name as sent: it is read as any other, never thrown on.
    const dsn = decodeURIComponentSafe(ds[1]!);
    if (o && typeof o.request === 'string') {
      if (/^hdelete$/i.test(o.request)) return { effects: [{ code: 'mainframe_deletes', why: 'a migrated data set deleted through DFSMShsm', deletes: true }], unseen: null };
      if (/^copy$/i.test(o.request) && o.replace === true) return { effects: [{ code: 'mainframe_deletes', why: `\`${dsn}\` replaced by a copy`, deletes: true }], unseen: null };
      return none;
    }
    if (o === null && LIVE_DSN.test(dsn)) return { effects: [{ code: 'mainframe_deletes', why: `content written over the production or system data set \`${dsn}\``, deletes: true }], unseen: null };
  }
  return none;
}

/** Why a z/OSMF request loses nothing whatever its method says, or null. */
export function mainframeNoLoss(method: string, url: string): string | null {
  if (!ZOSMF.test(url)) return null;
  const p = pathOf(url);
  if (method === 'DELETE' && /^\/zosmf\/restjobs\/jobs\/[A-Z0-9$#@]{1,8}\/(JOB|J|TSU|T)\d{4,7}\/?$/i.test(p)) return "purges a batch job's output from the spool (a finished job is disposable)";
  if (method === 'PUT' && /^\/zosmf\/workflow\/rest\/[\d.]+\/workflows\/[0-9a-f-]+\/operations\/start\/?$/i.test(p)) return 'starts a workflow';
  return null;
}
