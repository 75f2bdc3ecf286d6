/**
 * Round 44 (bl44media): HTTP requests of a streaming and broadcast platform, as data: Wowza Streaming Engine's REST API,
 * Mux Video, Cloudflare Stream, Twilio Elastic SIP Trunking, the nginx-rtmp control module and Icecast's admin API. Read by
 * rest-apis.ts (`restApiNoLoss`: what loses nothing whatever its method says) and other-kinds.ts (`httpBodyEffects`: what a
 * POST, PATCH or PUT destroys or opens; `mediaGetOutage`: the two admin APIs that act on a GET).
 *
 * Labels (blind44-media.yaml's description): an application or server restarted, a recording started, stopped or split, an
 * upload cancelled are writes; one Mux asset or Cloudflare Stream video deleted by its whole literal id is one item by its
 * key (answers 53, 430.1: its source stays in the team's bucket) and a video's MP4 download is a rendition made again from
 * the video; signed URLs, a publish password or a trunk's encryption off, a public playback id added, are access widened
 * or a safeguard off; a live input switched off, a publisher dropped, a source killed take the channel off air.
 */
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../core/index.ts';

/** What a request does, when this module knows it. */
export interface MediaEffect {
  code: 'service_outage' | 'public_access' | 'safeguard_off';
  why: string;
  deletes: false;
}

const END = String.raw`\/?(?:[?#]|$)`;
/** The end of a path with no query: a delete narrowed by its path alone (a query could say more than one id). */
const END_NO_QUERY = String.raw`\/?$`;

/**
 * Wowza Streaming Engine's REST API (`http://HOST:8087/v2/servers/_defaultServer_/…`, "Wowza Streaming Engine REST API
 * reference"): its `PUT …/actions/ACTION` requests carry no body. These actions stop nothing: a server, virtual host or
 * application restarted comes back by itself; a stream recorder started, stopped or split keeps what it recorded; a
 * Stream Target (push publish map entry) or an application enabled starts serving.
 */
const WOWZA_HARMLESS_ACTION = new RegExp(String.raw`^https?:\/\/[^/?#]+\/v2\/servers\/[^/?#]+(?:\/[^?#]*)?\/actions\/(restart|enable|startRecording|stopRecording|splitRecording)${END}`, 'i');

/** A Mux asset id and a Cloudflare Stream video uid: literal, as the APIs print them (no variable, list or wildcard). */
const MUX_ASSET_ONE = new RegExp(String.raw`^https?:\/\/api\.mux\.com\/video\/v1\/assets\/[A-Za-z0-9]{16,64}${END_NO_QUERY}`);
const CF_STREAM = String.raw`^https?:\/\/api\.cloudflare\.com\/client\/v4\/accounts\/[^/?#]+\/stream`;
const CF_VIDEO_ONE = new RegExp(String.raw`${CF_STREAM}\/[0-9a-f]{32}${END_NO_QUERY}`);
const CF_VIDEO_DOWNLOADS = new RegExp(String.raw`${CF_STREAM}\/[0-9a-f]{32}\/downloads(?:\/[a-z]+)?${END_NO_QUERY}`);
/** Mux "Cancel a direct upload": an upload still waiting for its file; no asset exists yet. */
const MUX_UPLOAD_CANCEL = new RegExp(String.raw`^https?:\/\/api\.mux\.com\/video\/v1\/uploads\/[A-Za-z0-9]{8,64}\/cancel${END}`);

const NO_LOSS: ReadonlyArray<{ method: RegExp; url: RegExp; why: string }> = [
  { method: /^PUT$/, url: WOWZA_HARMLESS_ACTION, why: 'a Wowza Streaming Engine action that restarts, enables or records: it stops nothing' },
  { method: /^DELETE$/, url: MUX_ASSET_ONE, why: 'deletes one Mux asset by its whole id (answers 53, 430.1)' },
  { method: /^DELETE$/, url: CF_VIDEO_ONE, why: 'deletes one Cloudflare Stream video by its whole uid (answers 53, 430.1)' },
  { method: /^DELETE$/, url: CF_VIDEO_DOWNLOADS, why: "removes a video's MP4 download rendition, which Cloudflare Stream makes again from the video" },
  { method: /^PUT$/, url: MUX_UPLOAD_CANCEL, why: 'cancels a Mux direct upload that has not made an asset yet' },
];

/** Why this request of a streaming platform loses nothing, or null. */
export function mediaNoLoss(method: string, url: string): string | null {
  return NO_LOSS.find((r) => r.method.test(method) && r.url.test(url))?.why ?? null;
}

function asObject(v: JsonValue | undefined): JsonObject | null {
  if (typeof v === 'string') {
    const parsed = parseJson(v);
    if (isJsonObject(parsed)) return parsed;
    // A form body (`Secure=false`), as Twilio's APIs take.
    if (/^[\w.[\]-]+=[^&]*(&[\w.[\]-]+=[^&]*)*$/.test(v.trim())) return Object.fromEntries(new URLSearchParams(v.trim()));
    return null;
  }
  return isJsonObject(v) ? v : null;
}

/** `false` as JSON or as a form value. */
const isFalse = (v: JsonValue | undefined): boolean => v === false || (typeof v === 'string' && /^false$/i.test(v));

const WOWZA_SECURITY = new RegExp(String.raw`^https?:\/\/[^/?#]+\/v2\/servers\/[^/?#]+\/vhosts\/[^/?#]+\/applications\/[^/?#]+\/security${END}`, 'i');
const MUX_PLAYBACK_IDS = new RegExp(String.raw`^https?:\/\/api\.mux\.com\/video\/v1\/(?:assets|live-streams)\/[^/?#]+\/playback-ids${END}`);
const CF_LIVE_INPUT = new RegExp(String.raw`${CF_STREAM}\/live_inputs\/[^/?#]+${END}`);
const TWILIO_TRUNK = new RegExp(String.raw`^https?:\/\/trunking\.twilio\.com\/v1\/Trunks\/TK[0-9a-f]{32}${END}`);

type Reader = (method: string, url: string, body: JsonObject) => MediaEffect | null;

const BODY_READERS: readonly Reader[] = [
  // Wowza's application security: publishing without a password, or from every address (`publishIPWhiteList: *`).
  (method, url, body) => {
    if (!/^(PUT|POST)$/.test(method) || !WOWZA_SECURITY.test(url)) return null;
    if (isFalse(body['publishRequirePassword'])) return { code: 'public_access', why: '`publishRequirePassword: false`: anyone who reaches the server may publish to the application', deletes: false };
    if (typeof body['publishIPWhiteList'] === 'string' && /(^|,)\s*\*\s*(,|$)/.test(body['publishIPWhiteList'])) return { code: 'public_access', why: '`publishIPWhiteList: *` lets every address publish', deletes: false };
    return null;
  },
  // Mux "Create a playback ID" with `policy: public`: anyone with the id can play what signed ids kept private.
  (method, url, body) => (method === 'POST' && MUX_PLAYBACK_IDS.test(url) && body['policy'] === 'public' ? { code: 'public_access', why: 'adds a public playback id: anyone with it can play the video without a signed token', deletes: false } : null),
  // Cloudflare Stream "Edit video details" with `requireSignedURLs: false`: the video plays for anyone with its link.
  (method, url, body) => (method === 'POST' && CF_VIDEO_ONE.test(url) && isFalse(body['requireSignedURLs']) ? { code: 'public_access', why: '`requireSignedURLs: false`: the video plays for anyone with its link', deletes: false } : null),
  // Cloudflare Stream "Update a live input" with `enabled: false`: the input refuses the broadcaster.
  (method, url, body) => (/^(PUT|PATCH)$/.test(method) && CF_LIVE_INPUT.test(url) && isFalse(body['enabled']) ? { code: 'service_outage', why: '`enabled: false` makes the live input refuse its broadcaster: the channel is off air', deletes: false } : null),
  // Twilio Elastic SIP Trunking "Update a Trunk" with `Secure=false`: calls go without TLS and SRTP.
  (method, url, body) => (method === 'POST' && TWILIO_TRUNK.test(url) && isFalse(body['Secure']) ? { code: 'safeguard_off', why: "`Secure=false` turns the trunk's TLS and SRTP off: calls travel unencrypted", deletes: false } : null),
];

/** What a POST, PATCH or PUT to a streaming or trunking API destroys or opens, or null. */
export function mediaRequestEffect(method: string, url: string, sent: JsonValue | undefined): MediaEffect | null {
  const body = asObject(sent);
  if (!body) return null;
  for (const read of BODY_READERS) {
    const effect = read(method, url, body);
    if (effect) return effect;
  }
  return null;
}

/**
 * Admin APIs that act on a GET: nginx-rtmp's control module `/control/drop/publisher?app=A&name=S` ("drop publisher
 * connection": the stream stops) and Icecast's `/admin/killsource?mount=M` (disconnects the mount's source client: the
 * station is off air). One client or listener dropped (`/control/drop/client`, `/admin/killclient`) is `kill PID`.
 */
const GET_OUTAGE: ReadonlyArray<{ url: RegExp; why: string }> = [
  { url: /^https?:\/\/[^/?#]+\/control\/drop\/publisher\/?(?:\?|#|$)/i, why: "nginx-rtmp's control module drops the stream's publisher: the channel is off air" },
  { url: /^https?:\/\/[^/?#]+\/admin\/killsource\/?(?:\?|#|$)/i, why: "Icecast disconnects the mount's source: the station is off air" },
];

/** Why a GET to a streaming server's admin API takes a channel off air, or null. */
export function mediaGetOutage(url: string): string | null {
  return GET_OUTAGE.find((r) => r.url.test(url))?.why ?? null;
}
