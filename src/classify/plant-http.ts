/**
 * Round 38 (ot38): HTTP requests to a plant's own systems, the lead's answers 381.3 and 381.4.
 *
 * 381.3: a request whose body mutes, bypasses or disables a safety function (a safety zone's muting, an interlock's
 * bypass, an alarm switched off or shelved, an e-stop) is a control point, when the host or the URL is named for safety
 * or the plant (PLANT_HOST_WORDS, PLANT_PATH_WORDS): read as control-points.ts reads a PLC tag or an MQTT field. The
 * same body to any other host is judged as before (a `"bypass": true` on a web shop is not a light curtain).
 *
 * 381.4: Node-RED's admin API `POST /flows` with an empty flow set (`[]`, or `{"flows": []}` in its v2 format) replaces
 * every deployed flow by none: the plant logic is lost, as the flows file deleted is.
 */
import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';
import { controlPointEffect, stopsMachine, type ControlEffect } from './control-points.ts';
import { decodeURIComponentSafe, urlAuthority } from './environment.ts';
import { offValue } from './switch-values.ts';

/**
 * A host word (the host split at `.`, `-`, `_`, digits at the end dropped: `safety-gw.plant2.local` is `safety`, `gw`,
 * `plant`, `local`) that names a plant's safety or control system: a safety gateway or controller, a safety instrumented
 * system (`sis`), a PLC (`openplc`, `softplc`), SCADA, an HMI, the plant itself, an interlock or e-stop controller, a
 * zone controller.
 */
const PLANT_HOST_WORD = /^(safety\w*|sis|\w*plc|scada\w*|hmi|plant|interlocks?|estop|zones?)$/i;
/** A path segment word that names the same (`/api/safety/…`, `/interlocks/IL7`, `/scada/…`): not `zone` alone (Cloudflare's `/zones/`). */
const PLANT_PATH_WORD = /^(safety|sis|plc|scada|hmi|interlocks?|estops?|e_?stops?|light_?curtains?|safety_?zones?)$/i;

function words(text: string): string[] {
  return text.split(/[.\-_:]+/).map((w) => w.replace(/\d+$/, '').toLowerCase()).filter((w) => w !== '');
}

/** The URL's host (environment.ts urlAuthority, in lower case) and path segments (decoded), or null when the URL does not parse. */
function urlParts(url: string): { host: string; segments: string[] } | null {
  const authority = urlAuthority(url);
  if (authority === null) return null;
  const path = /^[a-z][\w+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url)?.[1] ?? '';
  return { host: authority.host.toLowerCase(), segments: path.split('/').filter((s) => s !== '').map((s) => decodeURIComponentSafe(s)) };
}

/** The host or a path segment names the plant's safety or control systems (381.3's gate). */
export function namesPlantSystem(url: string): boolean {
  const parts = urlParts(url);
  if (!parts) return false;
  if (words(parts.host).some((w) => PLANT_HOST_WORD.test(w))) return true;
  return parts.segments.some((s) => PLANT_PATH_WORD.test(s.replace(/-/g, '_')) || s.split(/[-_]/).some((w) => PLANT_PATH_WORD.test(w)));
}

/** What a safety function's bypass, muting or suppression is called, as a URL's last segment or a command's value. */
const BYPASS_ACTION = /^(bypass(ed)?|mute[d]?|muting|inhibit(ed)?|override|suppress(ed)?|shelve[d]?|defeat(ed)?)$/i;
/** An alarm: switched off or muted, what it warns of goes unseen (a safeguard, as a safety function is). */
const ALARM_WORD = /alarm/i;
/** Keys that switch the thing the URL names, or say what to do with it. */
const SWITCH_KEY = /^(enabled?|active|armed|on|state|status|mode|value|set)$/i;
const ACTION_KEY = /^(action|command|cmd|op|operation|state|mode|status)$/i;
/** A control point's off values: a switch's, and `disabled`, `inactive` (switch-values.ts). */
const OFF_VALUE = offValue(['disabled?', 'inactive']);
/** The body's fields read as control points: switches, bypasses, safety functions, run and stop points (not a speed or a duration). */
const POINT_KEY = /(enabled?|active|armed|^on$|state|status|mode|^value$|bypass|override|mut(e|ing)|inhibit|defeat|safety|interlock|e_?stop|estop|emergency|guard|curtain|fence|watchdog|alarm|^run|running|^start|stop|halt|shutdown|shelve|suppress)/i;
/** A stop named as the action of a GET (OpenPLC's `stop_plc`), not an e-stop's state. */
const GET_STOP = /^(stop|halt|shutdown)(_?(plc|runtime|program|line|machine|robot|cell|process))?$/i;
const STOP_VALUE = /^(e_?stop|estop|emergency_?stop|stop|halt|shutdown|power_?off)$/i;

function leaves(body: JsonValue | undefined, path: string[] = [], out: Array<{ path: string[]; value: string }> = []): Array<{ path: string[]; value: string }> {
  if (Array.isArray(body)) for (const v of body) leaves(v, path, out);
  else if (isJsonObject(body)) for (const [k, v] of Object.entries(body)) leaves(v, [...path, k], out);
  else if (body !== null && body !== undefined && path.length > 0) out.push({ path, value: String(body) });
  return out;
}

/**
 * What a request to a plant's system does to a safety function or the machine (381.3), or null: the URL's last segment
 * as the action (`…/interlocks/IL7/bypass`, `…/alarms/A12/shelve`: a safeguard off unless the body switches it off
 * again; `…/stop_plc`, `…/estop`: the machine stopped), then each field of the body as a control point named by the
 * URL's path and the field's (`…/zones/cell4/muting` `{"enabled": true}`, `{"bypass": true}`, `{"enabled": false}` on
 * a safety zone or an alarm, `{"command": "mute"}`).
 */
export function plantRequestEffect(method: string, url: string, sent: JsonValue | undefined): { effect: ControlEffect; why: string } | null {
  if (!namesPlantSystem(url)) return null;
  const parts = urlParts(url)!;
  const last = parts.segments[parts.segments.length - 1] ?? '';
  const body = typeof sent === 'string' ? (parseJson(sent) ?? undefined) : sent;
  const fields = leaves(body);
  const action = last.replace(/-/g, '_');
  // OpenPLC's web server stops its runtime on `GET /stop_plc` (its `start_plc` starts it): a stop read as an action even on
  // a GET. An e-stop endpoint read by a GET may be its state; written, it stops what it names unless the body releases it.
  if ((method === 'GET' || method === 'HEAD') && GET_STOP.test(action)) return { effect: 'outage', why: `\`${last}\` stops the PLC, line or machine the host runs` };
  if (method === 'GET' || method === 'HEAD') return null;
  const switchedOff = fields.some(({ path, value }) => SWITCH_KEY.test(path[path.length - 1]!) && OFF_VALUE.test(value));
  if (stopsMachine(action) && !switchedOff) return { effect: 'outage', why: `\`${last}\` stops the PLC, line or machine the host runs` };
  if (BYPASS_ACTION.test(last.replace(/-/g, '_')) && !switchedOff) return { effect: 'safeguard', why: `\`${last}\` bypasses or mutes the safety function or alarm the URL names` };
  const context = [...words(parts.host), ...parts.segments].join('.');
  for (const { path, value } of fields) {
    const key = path[path.length - 1]!;
    if (!POINT_KEY.test(key) && !ACTION_KEY.test(key)) continue;
    const name = `${context}.${path.join('.')}`;
    if (ACTION_KEY.test(key) && BYPASS_ACTION.test(value)) return { effect: 'safeguard', why: `\`${path.join('.')}: ${value}\` bypasses or mutes a safety function or alarm` };
    if (ACTION_KEY.test(key) && STOP_VALUE.test(value)) return { effect: 'outage', why: `\`${path.join('.')}: ${value}\` stops the line or machine` };
    // A bare `enabled` names the thing the URL points at: off, it is out of service only when that is a safety function
    // (the control-point reading's run points are for PLC tags, not for every setting a plant API has).
    const effect = /^enabled?$/i.test(key) && !/(bypass|override|mut(e|ing)|inhibit|defeat)/i.test(name) ? (controlPointEffect(name, value) === 'safeguard' ? 'safeguard' : null) : controlPointEffect(name, value);
    if (effect === 'safeguard') return { effect, why: `\`${path.join('.')}: ${value}\` switches a safety function off (or its bypass or muting on)` };
    if (effect === 'outage') return { effect, why: `\`${path.join('.')}: ${value}\` stops the line or machine` };
    if (SWITCH_KEY.test(key) && OFF_VALUE.test(value) && ALARM_WORD.test(name)) return { effect: 'safeguard', why: `\`${path.join('.')}: ${value}\` switches an alarm off` };
    if (ALARM_WORD.test(name) && /^(mute[d]?|shelve[d]?|suppress(ed)?|inhibit(ed)?)$/i.test(key) && !OFF_VALUE.test(value)) return { effect: 'safeguard', why: `\`${path.join('.')}\` mutes an alarm` };
  }
  return null;
}

/** Node-RED's admin API: `/flows` on its port (1880) or on a host or path named for it. */
const NODE_RED_FLOWS_URL = /^https?:\/\/(?:[^/?#]*(node-?red|nodered)[^/?#]*(\/[^?#]*)?|[^/?#]*:1880(\/[^?#]*)?|[^/?#]*\/[^?#]*(node-?red|nodered)[^?#]*)\/flows\/?(?:[?#]|$)/i;

/** 381.4: a full deploy of an empty flow set through Node-RED's admin API (`POST /flows` with `[]` or `{"flows": []}`). */
export function nodeRedFlowsEmptied(method: string, url: string, sent: JsonValue | undefined): boolean {
  if ((method !== 'POST' && method !== 'PUT') || !NODE_RED_FLOWS_URL.test(url)) return false;
  const body = typeof sent === 'string' ? parseJson(sent) : sent;
  if (Array.isArray(body)) return body.length === 0;
  return isJsonObject(body) && Array.isArray(body.flows) && body.flows.length === 0;
}
