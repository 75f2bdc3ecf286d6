import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../core/index.ts';
import { CREDENTIAL_TEXT, credentialInText } from './credential-text.ts';
import { CAPTURE_HOST, EVERYONE_ADDRESS, EVERYONE_MEMBER, publishesWhatItIsSent } from './public-access.ts';
import { heuristicEnvironment } from './environment.ts';
import { namesScratchEnvironment } from './shell/tools/infra.ts';
import { chainNoLoss } from './chain-http.ts';
import { commsNoLoss } from './comms-http.ts';
import { bizappsNoLoss } from './bizapps-http.ts';
import { researchNoLoss } from './research-http.ts';
import { mainframeHttpEffects, mainframeNoLoss } from './mainframe-http.ts';
import { datacentreNoLoss } from './datacentre-http.ts';
import { clinicalNoLoss } from './clinical-http.ts';
import { biNoLoss } from './bi-http.ts';
import { mediaNoLoss } from './media-http.ts';
import { gisNoLoss } from './gis-http.ts';
import { deviceLinesEffect, eapiCommands } from './shell/tools/network-catalogue.ts';

/**
 * Cloud and SaaS REST APIs called directly (round 11, blind11-api): what a request to one of them does that its method and
 * path alone do not say, from each API's own reference. Consulted by the one HTTP judge (`judgeHttpRequest`), so an agent's
 * `http_request`, curl, awscurl, `az rest` and grpcurl are judged alike.
 */

export interface ApiEffect {
  code: string;
  why: string;
  /** The effect removes data (a `delete` verb), not only switches something off. */
  deletes: boolean;
  /** A privilege raised: in a development or test tier a write, not a loss (the lead's decision 23, round 17). */
  devWrite?: true;
}

type Headers = Record<string, string> | undefined;

/** A request header's value by its name (`name` lower-cased; header names are compared without case, RFC 9110 5.1). */
export function requestHeader(headers: Headers, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/**
 * The resources an AWS JSON-protocol request (one naming its operation in `X-Amz-Target`) names: its top-level members
 * whose name ends in `Name`, `Id`, `Arn` or `Identifier` (`TableName`, `StreamName`, `SecretId`, `KeyId`), as the CLI's
 * `--table-name` names where the operation acts. Environment clues only.
 */
export function awsRequestResourceNames(headers: Headers, body: JsonValue | undefined): string[] {
  if (requestHeader(headers, 'x-amz-target') === undefined || !isJsonObject(body)) return [];
  return Object.entries(body)
    .filter(([k, v]) => typeof v === 'string' && /(Name|Id|Arn|Identifier)$/.test(k))
    .slice(0, 8)
    .map(([, v]) => v as string);
}

function path(url: string): string {
  return url.replace(/[?#].*$/, '');
}

function obj(v: JsonValue | undefined): JsonObject | null {
  return isJsonObject(v) ? v : null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Requests that lose nothing whatever their method or path words say.

/**
 * APIs whose secret key names the mode it acts in (`sk_live_…` the live account or production instance, `sk_test_…` test
 * data only): Stripe (secret and restricted keys, "Test mode": no card is charged, no money moves) and Clerk ("API keys":
 * a development instance's secret key starts `sk_test_`, a production instance's `sk_live_`; a development instance
 * holds development users only).
 */
const KEY_MODE_APIS: ReadonlyArray<{ url: RegExp; key: RegExp; test: string }> = [
  { url: /^https?:\/\/api\.stripe\.com\//i, key: /^(sk|rk)_(live|test)_\w*$/, test: 'a Stripe test-mode key: test data only, no money moves' },
  { url: /^https?:\/\/api\.clerk\.(com|dev)\//i, key: /^sk_(live|test)_\w*$/, test: "a Clerk development instance's key (`sk_test_`): development users only" },
];

/**
 * The secret key a request to one of KEY_MODE_APIS carries (a Bearer token or curl's `-u KEY:`), or undefined. An agent's
 * `http_request` keeps only the key's mode prefix (`Bearer sk_live_`, httpActionHeaders).
 */
function modeKey(url: string, headers: Headers): { key: string; api: (typeof KEY_MODE_APIS)[number] } | undefined {
  const api = KEY_MODE_APIS.find((a) => a.url.test(url));
  if (api === undefined) return undefined;
  const auth = requestHeader(headers, 'authorization')?.trim() ?? '';
  const bearer = /^Bearer\s+(\S+)/i.exec(auth)?.[1];
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(auth)?.[1];
  const key = bearer === undefined && basic !== undefined ? Buffer.from(basic, 'base64').toString('utf8').split(':')[0] : bearer;
  return key !== undefined && api.key.test(key) ? { key, api } : undefined;
}

/** A test-mode key of a KEY_MODE_APIS API (`sk_test_…`, `rk_test_…`): the request acts on test data only. */
function testModeKey(url: string, headers: Headers): string | null {
  const found = modeKey(url, headers);
  return found !== undefined && /^[a-z]+_test_/.test(found.key) ? found.api.test : null;
}

/** A live-mode key (`sk_live_…`, `rk_live_…`): the request acts on the live account, production. */
export function liveModeKey(url: string, headers: Headers): boolean {
  const found = modeKey(url, headers);
  return found !== undefined && /^[a-z]+_live_/.test(found.key);
}

/**
 * A BigQuery dry run (jobs.insert with `configuration.dryRun`, jobs.query with `dryRun`): "the query is validated and its
 * cost estimated; it does not run".
 */
function bigqueryDryRun(url: string, body: JsonValue | undefined): string | null {
  if (!/^https?:\/\/bigquery\.googleapis\.com\/bigquery\/v2\/projects\/[^/?#]+\/(jobs|queries)\/?(\?|#|$)/i.test(url)) return null;
  const o = obj(body);
  return o && (o.dryRun === true || obj(o.configuration)?.dryRun === true) ? 'a BigQuery dry run: validated and priced, not run' : null;
}

/**
 * Actions and uploads that a path word or a bodiless PUT would make look lossy:
 * - Compute Engine `instances/I/reset` ("a hard reset", the instance starts again by itself: a restart);
 * - Fastly `PUT /service/S/version/V/clone|lock` (a copy of the version to edit; a version locked against edits);
 * - a member added to a group or team by a bodiless PUT (Okta "Assign a user to a group" `PUT /groups/G/users/U`,
 *   GitHub `PUT /teams/T/memberships/U`): a link created;
 * - Cloudflare Workers "Upload a Worker module" (`PUT /accounts/A/workers/scripts/NAME`, also in a dispatch namespace): a
 *   deploy of code that lives in the repository.
 */
const HARMLESS_ACTIONS: ReadonlyArray<{ method: RegExp; url: RegExp; why: string; deploy?: boolean }> = [
  // MLflow's REST API (also Databricks' `/api/2.0/mlflow/`): `experiments/delete` and `runs/delete` mark the experiment or
  // run deleted, which `experiments/restore` and `runs/restore` undo until a `mlflow gc` (the REST API reference), as
  // `mlflow experiments|runs delete` is a write. Registered models and model versions are deleted for good: not here.
  { method: /^POST$/, url: /^https?:\/\/[^/?#]+(\/[^?#]*)?\/(ajax-)?api\/2\.0\/mlflow\/(experiments|runs)\/delete\/?(\?|#|$)/i, why: 'marks one experiment or run deleted; the restore endpoint brings it back until gc' },
  { method: /^POST$/, url: /^https?:\/\/compute\.googleapis\.com\/compute\/(v1|beta)\/projects\/[^/]+\/zones\/[^/]+\/instances\/[^/?#]+\/reset\/?(\?|#|$)/i, why: 'a hard reset: the instance starts again by itself (a restart)' },
  { method: /^PUT$/, url: /^https?:\/\/api\.fastly\.com\/service\/[^/]+\/version\/\d+\/(clone|lock)\/?(\?|#|$)/i, why: 'copies or locks a service version; the active one is untouched' },
  { method: /^PUT$/, url: /\/(groups|teams)\/[^/?#]+\/(users|members|memberships)\/[^/?#]+\/?(\?|#|$)/i, why: 'adds a member to a group or team' },
  { method: /^PUT$/, url: /^https?:\/\/api\.cloudflare\.com\/client\/v4\/accounts\/[^/]+\/workers\/(dispatch\/namespaces\/[^/]+\/)?scripts\/[^/?#]+\/?(\?|#|$)/i, why: 'uploads (deploys) a Worker script', deploy: true },
  // Fastly edits a service's configuration in a version: an active version is locked ("you cannot edit a locked version";
  // Fastly clones it for changes), so an edit of a version's domains, backends, conditions, headers, snippets, VCL or
  // logging endpoints changes a draft that serves nothing until it is activated (the activation is the deploy).
  { method: /^(POST|PUT|PATCH|DELETE)$/, url: /^https?:\/\/api\.fastly\.com\/service\/[^/?#]+\/version\/\d+\/(?!(activate|deactivate|lock|clone|validate)\/?(\?|#|$))[a-z_-]+(\/[^?#]*)?(\?|#|$)/i, why: "edits a draft service version (an active version is locked); nothing changes until it is activated" },
  // The Firebase Local Emulator Suite on this machine (the Auth emulator's REST API on port 9099, which serves the
  // Identity Toolkit paths, and every emulator's `/emulator/v1/projects/P/…` endpoints, such as "clear all accounts"):
  // test accounts and documents that exist only while the emulator runs.
  { method: /^(POST|PUT|PATCH|DELETE)$/, url: /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/emulator\/v1\/projects\/[^/?#]+\/|^https?:\/\/(localhost|127\.0\.0\.1|\[::1\]):9099\/identitytoolkit\.googleapis\.com\//i, why: "the Firebase emulator on this machine: test data that lives only while it runs" },
  // One named user's sessions or one session ended (the lead's decision 24, round 17): they sign in again, as an Okta session
  // end. Microsoft Graph `revokeSignInSessions` (and the older `invalidateAllRefreshTokens`) of one user; Clerk's session revoke.
  { method: /^POST$/, url: /^https?:\/\/graph\.microsoft\.com\/(v1\.0|beta)\/users\/[^/?#{}$*]+\/(revokeSignInSessions|invalidateAllRefreshTokens)\/?(\?|#|$)/i, why: "ends one user's sign-in sessions: they sign in again" },
  { method: /^POST$/, url: /^https?:\/\/api\.clerk\.(com|dev)\/v1\/sessions\/sess_[A-Za-z0-9]+\/revoke\/?(\?|#|$)/i, why: 'ends one session: its user signs in again' },
];

/**
 * An object deleted from an object store (GCS JSON and XML APIs, S3 REST) whose key says it is temporary: under `tmp/`,
 * `temp/` or `scratch/`, or ending in `.tmp` (docs/classifier-evaluation.md: temporary files are disposable), or whose
 * bucket is named a CI or build cache (`acme-ci-cache`, `build-cache`: what a cache holds is rebuilt on a miss). Also S3's
 * "Delete multiple objects" (`POST /?delete`) when every key its XML names is temporary.
 */
const OBJECT_URLS: ReadonlyArray<RegExp> = [
  /^https?:\/\/storage\.googleapis\.com\/storage\/v1\/b\/([^/?#]+)\/o\/([^?#]+)/i,
  /^https?:\/\/([^/]+)\.s3[.-][^/]*amazonaws\.com\/([^?#]+)/i,
  /^https?:\/\/(?:storage\.googleapis\.com|s3[.-][^/]*amazonaws\.com)\/(?!storage\/)([^/?#]+)\/([^?#]+)/i,
];
export const CACHE_BUCKET = /(^|[-_.])(ci|build|gradle|bazel|turbo|nx|sccache)[-_.]?cache$/i;
function temporaryObjectDelete(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method === 'POST' && /^https?:\/\/[^/]+\.s3[.-][^/]*amazonaws\.com\/?\?delete(=|&|#|$)/i.test(url) && typeof body === 'string') {
    const keys = [...body.matchAll(/<Key>([^<&]*)<\/Key>/g)].map((m) => m[1]!);
    const objects = body.match(/<Object>/g)?.length ?? 0;
    return keys.length > 0 && keys.length === objects && !body.includes('&') && keys.every(isTemporaryObjectKey) ? 'every key the request names is a temporary object' : null;
  }
  if (method !== 'DELETE') return null;
  const object = objectStoreKey(url);
  if (!object) return null;
  if (CACHE_BUCKET.test(object.bucket)) return `\`${object.bucket}\` is a CI or build cache bucket: what it holds is rebuilt on a miss`;
  return isTemporaryObjectKey(object.key) ? `\`${object.key}\` is a temporary object` : null;
}

/**
 * The bucket and key an object-store request names (GCS JSON and XML APIs, S3 REST, OBJECT_URLS), or null. Round 30
 * (h30): also an artefact repository's store, which keeps files by path as a bucket keeps objects: Artifactory's
 * `/artifactory/REPO/PATH` (not its `/artifactory/api/…` REST API) and Nexus's `/repository/REPO/PATH`, the repository
 * as the bucket. A query (a version, a property) or a key that cannot be decoded names no plain object.
 */
const ARTEFACT_STORE_URL = /^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?(?:artifactory\/(?!api\/)|repository\/)([^/?#]+)\/([^?#]+)$/i;
export function objectStoreKey(url: string): { bucket: string; key: string } | null {
  const m = OBJECT_URLS.map((r) => r.exec(url)).find((x) => x !== null) ?? ARTEFACT_STORE_URL.exec(url);
  if (!m) return null;
  try {
    return { bucket: decodeURIComponent(m[1]!), key: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

/**
 * An object-store key under a temporary prefix: `tmp/`, `temp/`, `scratch/`, a job's `_tmp/` and Hadoop's and Spark's
 * `_temporary/` (the file output committer's work folder, removed when the job commits; at any depth, as it sits inside
 * the table's own folder: the lead's answer 65, round 19), or ending in `.tmp`.
 */
export function isTemporaryObjectKey(key: string): boolean {
  return /^(_?tmp|temp|scratch)\/[^]*|(^|\/)_temporary\/|\.tmp$/i.test(key) && !key.split('/').includes('..');
}

/**
 * A Databricks DBFS or workspace delete (`POST /api/2.0/dbfs/delete`, `/api/2.0/workspace/delete`, body `{path}`) of a path
 * under `/tmp/` (also `dbfs:/tmp/`): a temporary folder, as `rm -rf /tmp/…` in the shell model.
 */
function databricksTemporaryDelete(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method !== 'POST' || !/\/api\/2\.0\/(dbfs|workspace)\/delete\/?(\?|#|$)/.test(url)) return null;
  const target = obj(body)?.path;
  if (typeof target !== 'string') return null;
  const p = target.replace(/^dbfs:/i, '');
  return /^\/tmp\/[^/]/.test(p) && !p.split('/').includes('..') ? `\`${target}\` is a temporary folder` : null;
}

/**
 * The EC2 Query API's `DryRun=true` (EC2 API reference, "Common query parameters": "checks whether you have the required
 * permissions for the action, without actually making the request"). Only EC2's endpoint reads it: S3, DynamoDB and the
 * other AWS APIs ignore a parameter they do not define and act. Every `DryRun` of the request, in its query and its form
 * body, must say true: which of two differing ones EC2 reads is not documented.
 */
const EC2_ENDPOINT = /^https?:\/\/ec2(-fips)?(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?(:\d+)?(\/|\?|$)/i;
function awsQueryDryRun(url: string, body: JsonValue | undefined): string | null {
  if (!EC2_ENDPOINT.test(url)) return null;
  const query = /\?([^#]*)/.exec(url)?.[1] ?? '';
  const form = typeof body === 'string' ? body : '';
  const values: string[] = [];
  for (const pair of `${query}&${form}`.split('&')) {
    const key = formDecoded(pair.split('=')[0]!);
    const value = formDecoded(pair.slice(pair.indexOf('=') + 1));
    if (key === null || value === null) return null;
    if (key.toLowerCase() === 'dryrun') values.push(key === 'DryRun' ? value.toLowerCase() : 'not the parameter');
  }
  return values.length > 0 && values.every((v) => v === 'true') ? 'an EC2 dry run: permissions checked, nothing done' : null;
}

/** A query or form component decoded (`+` is a space), or null when it is not valid percent-encoding. */
function formDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * A scratch resource deleted by its name (the lead's standing decisions: a pull request's previews, CI and end-to-end runs'
 * own resources, merge and pull requests' image tags are disposable):
 * - a resource the last path segment names as a pull request's preview or a CI run's own (`namesScratchEnvironment`),
 *   under a collection of environments, tenants, branches, jobs, deployments and the like (not on a Kubernetes API server,
 *   whose objects are judged by their kind): Contentful's sandbox
 *   `…/environments/pr-1842-preview`, a dataset copied for one preview, a test run's `…/tenants/e2e-run-8812`, Nomad's
 *   `/v1/job/billing-api-preview-pr-512`, a database branch `…/branches/br-preview-pr-481`; not a table inside one;
 * - a container registry tag of a merge or pull request (`…/registry/repositories/12/tags/mr-512-3f9c2a1`, `pr-481`),
 *   pushed by that request's pipeline and pushed again by its next run (Harbor names it as the artifact's
 *   reference, `…/repositories/R/artifacts/pr-412-3f1a9c2`);
 * - round 19: the same names for a Vault mount (`/v1/sys/mounts/ci-scratch-8841`), a Keycloak realm, a RabbitMQ vhost, and
 *   a CouchDB database or an Elasticsearch index at the root of its server (`:5984/test_e2e_4471_orders`);
 * - a Vercel branch preview deployment (Vercel "Delete a deployment", by its `-git-BRANCH-` preview URL in the path or
 *   in `?url=`): a branch's push deploys it again; a production deployment is not named so;
 * - a Vercel deployment removed by its `dpl_` id (round 18, p18) when the request shows it is a preview (the lead's answer
 *   50: `target=preview` in the query or the body): made again by the branch's next push. By its id alone it may be the
 *   live production deployment: judged as any delete. A `?url=` (which wins over the id), an alias, a domain or the
 *   project stay judged as any delete.
 */
export const SCRATCH_COLLECTION = /\/(environments|scripts|datasets|tenants|branches|jobs?|deployments|stacks|apps|applications|sites|previews|sandboxes|workspaces|databases|services|clusters|groups|instances|mounts|realms|vhosts)\/([^/?#]+)\/?(\?|#|$)/i;
/** A database or index at the root of its server's default port: CouchDB's `/DB` (5984), Elasticsearch/OpenSearch's `/INDEX` (9200). */
const ROOT_STORE = /^https?:\/\/[^/?#]+:(5984|9200)\/([^/?#_.][^/?#]*)\/?(\?|#|$)/i;
const REQUEST_IMAGE_TAG = /\/(registry\/repositories\/\d+|repositories\/[^?#]+|packages\/[^?#]+)\/(?:tags|artifacts)\/((?:[a-z0-9._-]*-)?(?:pr|mr)-?\d{1,6}(?:-[a-z0-9._-]*)?)\/?(\?|#|$)/i;
const VERCEL_DEPLOYMENT_ID = /^https?:\/\/api\.vercel\.com\/v\d+\/(deployments|now\/deployments)\/dpl_[A-Za-z0-9]{8,}\/?(\?(?!([^#]*&)?url=)[^#]*)?$/i;
const VERCEL_PREVIEW = /^https?:\/\/api\.vercel\.com\/v\d+\/deployments\/([a-z0-9-]+-git-[a-z0-9-]+\.vercel\.app\/?(\?|#|$)|[^/?#]+\/?\?(.*&)?url=[a-z0-9-]+-git-[a-z0-9-]+\.vercel\.app(&|#|$))/i;
/**
 * GitLab "Delete registry repository tags in bulk" (`DELETE …/registry/repositories/ID/tags?name_regex_delete=RE`) whose
 * regex can match only tag names that start with a merge or pull request's prefix (`mr-.*`, `pr-[0-9]+.*`): one
 * alternative, a literal `mr-`/`pr-` start. A regex with `|`, a group or a leading wildcard may reach release tags.
 */
function requestTagsRegex(url: string): string | null {
  if (!/\/registry\/repositories\/\d+\/tags\/?\?/i.test(url)) return null;
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1).replace(/#.*$/, ''));
  const re = params.get('name_regex_delete') ?? params.get('name_regex');
  return re !== null && /^\^?(mr|pr)([-_]|\\d|\[0-9\])[\w. \\[\]*+-]*\$?$/i.test(re) ? re : null;
}
/** The request says its deployment is a preview: `target=preview` in the query, or a body whose `target` is `preview`. */
function targetsPreview(url: string, body: JsonValue | undefined): boolean {
  const query = url.includes('?') ? new URLSearchParams(url.slice(url.indexOf('?') + 1).replace(/#.*$/, '')) : null;
  return query?.getAll('target').some((t) => t.toLowerCase() === 'preview') === true || (isJsonObject(body) && typeof body.target === 'string' && body.target.toLowerCase() === 'preview');
}
function scratchResourceDelete(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method !== 'DELETE') return null;
  if (VERCEL_PREVIEW.test(url)) return "a branch's preview deployment (its `-git-` URL), deployed again by the branch's next push";
  if (VERCEL_DEPLOYMENT_ID.test(url) && targetsPreview(url, body)) return 'one Vercel preview deployment by its `dpl_` id (`target=preview`), built again by its branch\'s next push';
  const tag = REQUEST_IMAGE_TAG.exec(url)?.[2];
  const bulk = requestTagsRegex(url);
  if (bulk !== null) return `\`${bulk}\` matches only merge or pull requests' image tags, pushed again by their pipelines`;
  // A tag with a production or staging part (`prod-pr-88`) is that tier's, not a request's (round 18's rule for names).
  const tier = tag === undefined ? null : heuristicEnvironment(tag);
  if (tag !== undefined && tier !== 'production' && tier !== 'staging') return `\`${tag}\` is a merge or pull request's image tag, pushed again by its pipeline`;
  // A Kubernetes API object is judged by its kind (a running Job's pods are killed), as `kubectl delete` is. A host or
  // path naming production refuses the scratch name (answers 72 and 174: `nomad.prod.acme.io/v1/job/web-pr-512`).
  if (/\/(api\/v1|apis\/[^/]+\/[^/]+)\/namespaces\//.test(url) || heuristicEnvironment(url) === 'production') return null;
  const raw = SCRATCH_COLLECTION.exec(url)?.[2] ?? ROOT_STORE.exec(url)?.[2];
  let name: string;
  try {
    name = decodeURIComponent(raw ?? '');
  } catch {
    return null;
  }
  return name !== '' && namesScratchEnvironment(name) ? `\`${name}\` is a pull request's preview or a CI run's own, made to be thrown away` : null;
}

/**
 * An object uploaded to S3 (a PUT to `BUCKET.s3.REGION.amazonaws.com/KEY` or path style, no sub-resource such as
 * `?versioning` or `?policy`) with a body from a file: the same upload as `aws s3 cp FILE s3://BUCKET/KEY`.
 */
const S3_SUBRESOURCE = /[?&](versioning|lifecycle|policy|acl|cors|tagging|encryption|replication|website|logging|notification|object-lock|publicAccessBlock|ownershipControls|retention|legal-hold|delete|intelligent-tiering|inventory|metrics|analytics|accelerate|requestPayment)(=|&|#|$)/i;
export function s3ObjectUpload(url: string): boolean {
  const m = /^https?:\/\/([^/?#]+)(\/[^?#]*)/.exec(url);
  if (!m || S3_SUBRESOURCE.test(url)) return false;
  const segments = m[2]!.split('/').filter(Boolean);
  if (/^[^.]+(\.[^.]+)*\.s3[.-][^/]*amazonaws\.com(\.cn)?$/i.test(m[1]!)) return segments.length >= 1;
  return /^s3[.-][^/]*amazonaws\.com(\.cn)?$/i.test(m[1]!) && segments.length >= 2;
}

/**
 * A Slack bot deleting one of its own messages (the lead's decision 31, round 17): `chat.delete` sent with a bot token
 * (`xoxb-…`, or the `SLACK_BOT_TOKEN` variable) of one message whose `ts` is shown. A bot token deletes only what that bot
 * posted (Slack's `chat.delete`: "bot tokens … may delete only messages posted by that bot"); a user token may delete
 * others' messages and is judged as any delete.
 */
function botOwnMessageDelete(url: string, headers: Headers, body: JsonValue | undefined): string | null {
  if (!/^https?:\/\/slack\.com\/api\/chat\.delete\/?(\?|#|$)/i.test(url)) return null;
  const auth = requestHeader(headers, 'authorization') ?? '';
  if (!/^Bearer\s+(xoxb-|\$\{?SLACK_BOT_TOKEN\}?)$/.test(auth.trim())) return null;
  const fromBody = body !== null && typeof body === 'object' && !Array.isArray(body) ? body.ts : typeof body === 'string' ? /(?:^|&)ts=([^&]*)/.exec(body)?.[1] : undefined;
  const ts = fromBody ?? /[?&]ts=([^&#]*)/.exec(url)?.[1];
  return typeof ts === 'string' && /^\d{9,11}\.\d{1,6}$/.test(ts) ? `a bot token deletes only the bot's own message (\`ts ${ts}\`)` : null;
}

/**
 * Round 30 (h30): a "forgot password" request (`POST /api/auth/forgot-password`, `/auth/password/reset`,
 * `/reset-password`) whose shown body names only whose account (`email`, `username`, `login`): the application mails a
 * reset link and nothing changes until its owner follows it, as Okta's `lifecycle/reset_password` with `sendEmail` (the
 * standing helpdesk reading). A body that sets a password or carries a token, a callback or anything else, a body not
 * shown, or a path that goes on past the reset word (`…/reset-password/confirm`) is judged as before.
 */
const PASSWORD_RESET_PATH = /^(?:https?:\/\/)?[^/?#]*(?:\/[^?#]*)?\/(?:forgot[-_]?password|reset[-_]?password|password[-_]?(?:reset|forgot|recovery)|passwords?\/(?:reset|forgot|recover|recovery))\/?(?:\?|#|$)/i;
const WHOSE_ACCOUNT = /^(email|e_?mail|username|user_?name|login|user)$/i;
function passwordResetRequest(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method !== 'POST' || !PASSWORD_RESET_PATH.test(url)) return null;
  const fields = obj(typeof body === 'string' ? parseJson(body) : body);
  if (!fields) return null;
  const entries = Object.entries(fields);
  return entries.length > 0 && entries.every(([k, v]) => WHOSE_ACCOUNT.test(k) && typeof v === 'string') ? 'asks for a password reset link by mail; nothing changes until its owner follows it' : null;
}

/** A reader of requests that lose nothing whatever their path words say: why, or null (undefined) when it does not apply. */
type NoLossReader = (method: string, url: string, headers: Headers, body: JsonValue | undefined) => string | null | undefined;

/**
 * restApiNoLoss's readers in order (the first answer is the why): test modes and dry runs, temporary and scratch objects,
 * then each area's narrowed deletes. An area's reader joins this list instead of a chain inside restApiNoLoss.
 */
const NO_LOSS_READERS: readonly NoLossReader[] = [
  (_method, url, headers) => testModeKey(url, headers),
  (_method, url, _headers, body) => bigqueryDryRun(url, body),
  (_method, url, _headers, body) => awsQueryDryRun(url, body),
  (method, url, _headers, body) => temporaryObjectDelete(method, url, body),
  (method, url, _headers, body) => databricksTemporaryDelete(method, url, body),
  (method, url, _headers, body) => scratchResourceDelete(method, url, body),
  (method, url, _headers, body) => passwordResetRequest(method, url, body),
  (method, url, _headers, body) => datacentreNoLoss(method, url, body),
  (method, url, headers) => clinicalNoLoss(method, url, requestHeader(headers, 'x-cascade')),
  (method, url, _headers, body) => chainNoLoss(method, url, body),
  (method, url, _headers, body) => commsNoLoss(method, url, body),
  (method, url) => mainframeNoLoss(method, url),
  (method, url, _headers, body) => bizappsNoLoss(method, url, body),
  (method, url, _headers, body) => researchNoLoss(method, url, body),
  (method, url) => biNoLoss(method, url),
  (method, url) => mediaNoLoss(method, url),
  (method, url, _headers, body) => gisNoLoss(method, url, body),
  (method, url, headers, body) => (method === 'POST' ? botOwnMessageDelete(url, headers, body) : null),
];

/** Why this request loses nothing whatever its path words say, or null; `deploy` when it deploys code. */
export function restApiNoLoss(method: string, url: string, headers: Headers, body: JsonValue | undefined): { why: string; deploy: boolean } | null {
  let plain: string | null | undefined;
  for (const read of NO_LOSS_READERS) {
    plain = read(method, url, headers, body);
    if (plain != null) break;
  }
  if (plain) return { why: plain, deploy: false };
  const action = HARMLESS_ACTIONS.find((a) => a.method.test(method) && a.url.test(url));
  return action ? { why: action.why, deploy: action.deploy === true } : null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Effects a request's method and path words do not show.

/**
 * Azure Resource Manager actions that take a resource out of service (each resource provider's REST reference): a VM's
 * `deallocate` and `powerOff`, an AKS cluster's or a web app's `stop`, a Synapse pool's or an Analysis Services server's
 * `pause` and `suspend`: `POST …/providers/Microsoft.P/TYPE/NAME[/TYPE/NAME…]/ACTION`.
 */
const ARM_OUTAGE_ACTION = /^https?:\/\/management\.azure\.com\/[^?#]*\/providers\/Microsoft\.[A-Za-z.]+\/[^?#]+\/(deallocate|poweroff|stop|suspend|pause|shutdown)\/?(\?|#|$)/i;

function armEffects(method: string, url: string, body: JsonValue | undefined): ApiEffect[] {
  if (!/^https?:\/\/management\.azure\.com\//i.test(url)) return [];
  const out: ApiEffect[] = [];
  if (method === 'POST' && ARM_OUTAGE_ACTION.test(url)) out.push({ code: 'service_outage', why: `\`${/\/([^/?#]+)\/?(\?|#|$)/.exec(url)![1]}\` takes the resource out of service`, deletes: false });
  const props = obj(obj(body)?.properties);
  if (!props || !/^(PUT|PATCH)$/.test(method)) return out;
  // "Deployment modes": in complete mode ARM deletes every resource of the group that the template does not name.
  if (/\/providers\/Microsoft\.Resources\/deployments\/[^/?#]+\/?(\?|#|$)/i.test(url) && typeof props.mode === 'string' && /^complete$/i.test(props.mode)) {
    out.push({ code: 'az_deploy_complete', why: 'a complete-mode deployment deletes the resources its template does not name', deletes: true });
  }
  // A network security rule that lets every address in (`sourceAddressPrefix: *`, `Internet`, `0.0.0.0/0`).
  if (/\/securityRules\/[^/?#]+\/?(\?|#|$)/i.test(url) && /^allow$/i.test(String(props.access ?? '')) && !/^outbound$/i.test(String(props.direction ?? ''))) {
    const sources = [props.sourceAddressPrefix, ...(Array.isArray(props.sourceAddressPrefixes) ? props.sourceAddressPrefixes : [])];
    const every = sources.find((s) => typeof s === 'string' && EVERYONE_ADDRESS.test(s.trim()));
    if (typeof every === 'string') out.push({ code: 'public_access', why: `the security rule admits \`${every}\` (every address)`, deletes: false });
  }
  // A storage account opened to anonymous blob reads, or to plain HTTP.
  if (/\/Microsoft\.Storage\/storageAccounts\/[^/?#]+\/?(\?|#|$)/i.test(url)) {
    if (props.allowBlobPublicAccess === true) out.push({ code: 'public_access', why: '`allowBlobPublicAccess: true` lets containers be read anonymously', deletes: false });
    if (props.supportsHttpsTrafficOnly === false) out.push({ code: 'safeguard_off', why: '`supportsHttpsTrafficOnly: false` accepts plain HTTP', deletes: false });
  }
  return out;
}

/**
 * Microsoft Graph (v1.0 and beta reference), the REST forms of the Entra settings the PowerShell cmdlets change
 * (powershell/security-settings.ts): security defaults' `isEnabled: false`; a conditional access policy's `state`
 * `disabled` or report-only, or its users' `excludeUsers: ["All"]`; a strong authentication method's `state: disabled`
 * (switching off SMS, voice or email codes retires a weak method). The URI may be relative (`/v1.0/…`), as
 * Invoke-MgGraphRequest takes it.
 */
const GRAPH = /^(https?:\/\/graph\.microsoft\.com)?\/(v1\.0|beta)\//i;
function graphEffects(method: string, url: string, body: JsonValue | undefined): ApiEffect[] {
  const b = obj(body);
  if (!b || !/^(PATCH|PUT|POST)$/.test(method) || !GRAPH.test(url)) return [];
  const p = path(url.replace(/^(?!https?:)/i, 'https://graph.microsoft.com'));
  const off = (why: string): ApiEffect[] => [{ code: 'safeguard_off', why, deletes: false }];
  // Graph takes a body's property names in any case (`isenabled` for `isEnabled`), as its PowerShell samples rely on.
  const state = anyCase(b, 'state');
  if (/\/policies\/identitySecurityDefaultsEnforcementPolicy\/?$/i.test(p) && anyCase(b, 'isEnabled') === false) return off('security defaults (MFA for everyone) switched off');
  if (/\/identity\/conditionalAccess\/policies(\/[^/]+)?\/?$/i.test(p)) {
    if (typeof state === 'string' && /^(disabled|enabledForReportingButNotEnforced)$/i.test(state)) return off(`the conditional access policy set to \`${state}\` no longer enforces`);
    const excluded = anyCase(obj(anyCase(obj(anyCase(b, 'conditions')), 'users')), 'excludeUsers');
    if (Array.isArray(excluded) && excluded.some((u) => typeof u === 'string' && /^all$/i.test(u))) return off('the conditional access policy excludes every user');
  }
  // Round 38 (pw38): a user's per-user MFA state (Graph beta `users/{id}/authentication/requirements`,
  // strongAuthenticationRequirements: `perUserMfaState` enforced, enabled or disabled) set to `disabled`: that user signs
  // in without a second factor (MFA off, a safeguard; as Set-MsolUser's empty StrongAuthenticationRequirements).
  const mfaState = anyCase(b, 'perUserMfaState');
  if (/\/users\/[^/]+\/authentication\/requirements\/?$/i.test(p) && typeof mfaState === 'string' && /^disabled$/i.test(mfaState)) return off("a user's per-user MFA switched off");
  const method_ = /\/authenticationMethodConfigurations\/([^/]+)\/?$/i.exec(p);
  if (method_ && !/^(sms|voice|email)$/i.test(method_[1]!) && typeof state === 'string' && /^disabled$/i.test(state)) return off(`the authentication method \`${method_[1]}\` switched off for everyone`);
  return [];
}

/** The value of `o`'s property named `key` in any case (the last one, as a JSON reader keeps the last of a name twice). */
function anyCase(o: JsonObject | null | undefined, key: string): JsonValue | undefined {
  if (!o) return undefined;
  const lower = key.toLowerCase();
  let found: JsonValue | undefined;
  for (const [k, v] of Object.entries(o)) if (k.toLowerCase() === lower) found = v;
  return found;
}

/**
 * Google Cloud REST (each API's reference): a GKE node pool's `:setSize` or a managed instance group's `resize` to zero
 * nodes; an IAM policy (`:setIamPolicy`, or Cloud Storage's `PUT /b/B/iam`) that binds `allUsers` or
 * `allAuthenticatedUsers`; a Cloud Storage lifecycle rule that deletes every object a day old or younger, narrowed by no
 * prefix, suffix or version condition.
 */
function googleEffects(method: string, url: string, body: JsonValue | undefined): ApiEffect[] {
  if (!/^https?:\/\/[a-z0-9-]+\.googleapis\.com\//i.test(url)) return [];
  const out: ApiEffect[] = [];
  const o = obj(body);
  if (method === 'POST' && /:setSize\/?(\?|#|$)/.test(url) && (o?.nodeCount === 0 || o?.size === 0)) out.push({ code: 'service_outage', why: 'resizes the node pool to zero nodes', deletes: false });
  if (method === 'POST' && /\/instanceGroupManagers\/[^/?#]+\/resize\?(.*&)?size=0(&|#|$)/.test(url)) out.push({ code: 'service_outage', why: 'resizes the instance group to zero instances', deletes: false });
  const policy = /:setIamPolicy\/?(\?|#|$)/.test(url) ? obj(o?.policy) : /\/storage\/v1\/b\/[^/]+(\/o\/[^/]+)?\/iam\/?(\?|#|$)/.test(path(url)) && method === 'PUT' ? o : null;
  const bindings = policy && Array.isArray(policy.bindings) ? policy.bindings : [];
  for (const binding of bindings) {
    const members = obj(binding)?.members;
    const everyone = Array.isArray(members) ? members.find((m) => typeof m === 'string' && EVERYONE_MEMBER.test(m)) : undefined;
    if (typeof everyone === 'string') {
      out.push({ code: 'public_access', why: `the policy grants \`${String(obj(binding)?.role)}\` to \`${everyone}\``, deletes: false });
      break;
    }
  }
  const rules = obj(o?.lifecycle)?.rule;
  if (/^(PUT|PATCH)$/.test(method) && /\/storage\/v1\/b\/[^/?#]+\/?(\?|#|$)/.test(url) && Array.isArray(rules)) {
    const expiresAll = rules.some((r) => {
      const cond = obj(obj(r)?.condition);
      return /^delete$/i.test(String(obj(obj(r)?.action)?.type ?? '')) && cond !== null && typeof cond.age === 'number' && cond.age <= 1
        && !['matchesPrefix', 'matchesSuffix', 'numNewerVersions', 'daysSinceNoncurrentTime', 'noncurrentTimeBefore'].some((k) => k in cond) && cond.isLive !== false;
    });
    if (expiresAll) out.push({ code: 'data_expiry', why: 'a lifecycle rule deletes every object a day old or younger', deletes: true });
  }
  return out;
}

/**
 * Money moved by Stripe (API reference): "Create a payout" (`POST /v1/payouts`: funds sent to a bank account), "Create a
 * transfer" (`POST /v1/transfers`: funds sent to a connected account), "Close a dispute" (`POST /v1/disputes/ID/close`:
 * the dispute is conceded and the funds are lost, "this action is final").
 */
/**
 * Stripe "Create a credit note" (`POST /v1/credit_notes`) with `refund_amount` above zero or `refunds[…]` (round 27, h27):
 * the credit note refunds the charge, money moved as `POST /v1/refunds`; a credit note to the customer's balance or an
 * out-of-band one moves nothing.
 */
function stripeCreditNoteRefunds(url: string, body: JsonValue | undefined): boolean {
  if (!/^https?:\/\/api\.stripe\.com\/v1\/credit_notes\/?(\?|#|$)/i.test(url)) return false;
  const text = typeof body === 'string' ? (formDecoded(body) ?? body) : JSON.stringify(body ?? '');
  return /(^|&|")refund_amount"?\s*[=:]\s*"?[1-9]/.test(text) || /(^|&|")refunds(\[|"\s*:\s*\[\s*\{)/.test(text);
}
const STRIPE_MONEY = /^https?:\/\/api\.stripe\.com\/v1\/(payouts|transfers|disputes\/[^/?#]+\/close)\/?(\?|#|$)/i;

/**
 * Okta's lifecycle deactivation (API reference): a policy or rule (an MFA, sign-on or password policy), a network zone or
 * a factor stops being enforced (a safeguard off); an app, authorization server, identity provider or hook stops serving.
 */
const OKTA_DEACTIVATE = /^https?:\/\/[^/]+\.(okta|oktapreview|okta-emea)\.com\/api\/v1\/([^?#]+)\/lifecycle\/deactivate\/?(\?|#|$)/i;

/**
 * Hasura's metadata API (`POST /v1/metadata`, and the older `/v1/query`): `clear_metadata` drops every tracked table,
 * relationship and permission (the GraphQL API serves nothing), `*_drop_source` removes a whole database from it. Also
 * inside a `bulk` request.
 */
const HASURA_LOSSY_TYPE = /^(clear_metadata|([a-z]+_)?drop_source)$/;
function hasuraMetadataLoss(url: string, body: JsonValue | undefined, depth = 0): string | null {
  if (depth === 0 && !/\/v1\/(metadata|query)\/?(\?|#|$)/.test(url)) return null;
  const o = obj(body);
  if (!o || depth > 2) return null;
  if (typeof o.type === 'string' && HASURA_LOSSY_TYPE.test(o.type)) return o.type;
  if (o.type === 'bulk' && Array.isArray(o.args)) for (const a of o.args.slice(0, 100)) {
    const inner = hasuraMetadataLoss(url, a, depth + 1);
    if (inner) return inner;
  }
  return null;
}

/**
 * Salesforce anonymous Apex (Tooling API `executeAnonymous?anonymousBody=…`, GET or POST): code run on the org. A DML
 * delete, `Database.delete` or `Database.emptyRecycleBin` (records gone for good) destroys; a call to anything but a
 * debug print or a query is code we do not follow (unknown).
 */
const APEX_DELETES = /\bdelete\s*\[|\bdelete\s+[A-Za-z_]\w*\s*;|\bDatabase\s*\.\s*(delete|emptyRecycleBin)\s*\(/i;
const APEX_HARMLESS_CALL = /^(System\.debug|Database\.(query|countQuery)|Limits\.\w+|String\.\w+|JSON\.serialize\w*|Date\.today|Datetime\.now|COUNT|size)$/i;
function apexEffect(url: string, body: JsonValue | undefined): ApiEffect | 'unseen' | null {
  if (!/\/services\/data\/v[\d.]+\/tooling\/executeAnonymous\/?(\?|#|$)/i.test(url)) return null;
  const param = /[?&]anonymousBody=([^&#]*)/.exec(url)?.[1];
  let code = typeof obj(body)?.anonymousBody === 'string' ? String(obj(body)!.anonymousBody) : '';
  if (param !== undefined) {
    try {
      code = decodeURIComponent(param.replace(/\+/g, ' '));
    } catch {
      return 'unseen';
    }
  }
  if (APEX_DELETES.test(code)) return { code: 'apex_delete', why: 'anonymous Apex deletes records (or empties the recycle bin): gone for good', deletes: true };
  const withoutQueries = code.replace(/\[[^\]]*\]/g, '[]');
  const calls = [...withoutQueries.matchAll(/([A-Za-z_][\w.]*)\s*\(/g)].map((m) => m[1]!);
  return calls.every((c) => APEX_HARMLESS_CALL.test(c)) ? null : 'unseen';
}

/**
 * gRPC methods (grpcurl's `package.Service/Method`, gRPC-Web, Connect, Twirp) that take a service out of service: a
 * pause, stop, suspend, shutdown, disable or deactivate of a thing that serves (not of a job or trace: a cancel).
 */
const RPC_OUTAGE = /\/([A-Za-z_]\w*\.)+[A-Za-z_]\w*\/(Pause|Stop|Suspend|Shutdown|Disable|Deactivate)(Queue|Queues|Service|Services|Server|Servers|Instance|Instances|Cluster|Clusters|Database|Node|Nodes|Worker|Workers|Consumer|Consumers|Scheduler|Pipeline|Pipelines|Namespace|Deployment|App|Application|Site|Account|Tenant|Topic|Subscription)\/?$/;

/**
 * A credential in a request's body, to a host that is not a secret store (docs/classifier-evaluation.md, "a secret sent
 * off the machine"): a PEM private key block, or an AWS secret access key in a field that names it (CREDENTIAL_TEXT).
 * Round 27 (h27): any credential told by its text (credentialInText: a token's own shape, an AWS key, a connection URL
 * with its password) posted where others read it (publishesWhatItIsSent: a chat message or webhook, a paste, a gist, an
 * issue comment, a capture host), as an MCP tool that sends a message reads it (mcp.ts sendsCredential). A service
 * configured with a credential (a data source, a CI variable) keeps the narrow reading.
 */
const SECRET_STORE_HOST = /^https?:\/\/([^/]*(vault|secretmanager|secretsmanager|keyvault|vault\.azure|doppler|infisical|1password|onepassword)[^/]*|localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;
// The caller's own token in the body (Slack takes `token=…` as a form field, Pastebin `api_dev_key`) is the credential used,
// not sent; a capture host has no token of its own, so there every field counts.
const OWN_TOKEN_FIELD = /^(token|access_token|auth|authorization|api_key|api_dev_key|api_user_key)$/i;
function withoutOwnToken(body: JsonValue): string {
  // A form body's values are read decoded (`api_paste_code=AKIA…%0A…`), as the server reads them.
  if (typeof body === 'string') return body.split('&').filter((p) => !OWN_TOKEN_FIELD.test(p.split('=')[0] ?? '')).map((p) => formDecoded(p) ?? p).join('\n');
  return JSON.stringify(isJsonObject(body) ? Object.fromEntries(Object.entries(body).filter(([k]) => !OWN_TOKEN_FIELD.test(k))) : body);
}
function credentialSent(url: string, body: JsonValue | undefined): ApiEffect | null {
  if (body === undefined || SECRET_STORE_HOST.test(url) || !/^https?:\/\//i.test(url)) return null;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (CREDENTIAL_TEXT.test(text)) return { code: 'secret_sent', why: 'the body carries a credential (a private key or an AWS secret key) off the machine', deletes: false };
  const published = publishesWhatItIsSent(url) ? credentialInText(CAPTURE_HOST.test(url) ? `${text}\n${formDecoded(text) ?? ''}` : withoutOwnToken(body)) : null;
  return published ? { code: 'secret_sent', why: `the body carries ${published} to a place that publishes or passes on what it is sent`, deletes: false } : null;
}

/**
 * BigQuery (REST reference, `JobConfigurationQuery`, `JobConfigurationLoad`, `Dataset`): a query or load job with
 * `writeDisposition: WRITE_TRUNCATE` "overwrites the table data" of its destination, as `bq query --replace`; a dataset's
 * `defaultTableExpirationMs` or `defaultPartitionExpirationMs` of a day or less deletes its tables (or partitions) that
 * old, as a retention rule shortened (the InfluxDB and S3 lifecycle rules in other-kinds.ts).
 */
const BIGQUERY = /^https?:\/\/bigquery\.googleapis\.com\/bigquery\/v2\/projects\/[^/?#]+\//i;
const DAY_MS = 86_400_000;
function bigqueryEffect(method: string, url: string, body: JsonValue | undefined): ApiEffect | null {
  if (!BIGQUERY.test(url) || !/^(POST|PUT|PATCH)$/.test(method)) return null;
  const config = obj(obj(body)?.configuration);
  const job = obj(config?.query) ?? obj(config?.load) ?? obj(config?.copy);
  if (job && job.writeDisposition === 'WRITE_TRUNCATE' && config?.dryRun !== true) return { code: 'table_overwrite', why: 'the job runs with `WRITE_TRUNCATE`: the destination table\'s rows are replaced', deletes: true };
  const dataset = /\/datasets\/[^/?#]+\/?(\?|#|$)/.test(url) ? obj(body) : null;
  for (const key of ['defaultTableExpirationMs', 'defaultPartitionExpirationMs']) {
    const ms = Number(dataset?.[key]);
    if (Number.isFinite(ms) && ms > 0 && ms <= DAY_MS) return { code: 'data_expiry', why: `\`${key}\` of a day or less: BigQuery deletes the dataset's tables (or partitions) that old`, deletes: true };
  }
  return null;
}

/**
 * Jenkins' script console (`POST /scriptText`, `/script`, also `/computer/NODE/scriptText`) runs the Groovy it is sent on the
 * controller or an agent with full rights; what the script does is not judged here, so it is code run unseen.
 */
const JENKINS_SCRIPT = /^https?:\/\/[^/?#]+(\/[^?#]*)?\/(scriptText|script)\/?(\?|#|$)/i;
function jenkinsScript(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method !== 'POST' || !JENKINS_SCRIPT.test(url)) return null;
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  return /(^|&|\?)script=|"script"/.test(text) || /[?&]script=/.test(url) ? 'the Jenkins script console runs Groovy whose effect is not judged' : null;
}

/** What a request does beyond its method and path words, each API's reference; `unseen` when it runs code we cannot follow. */
/**
 * Neon "Restore a branch" (`POST /projects/P/branches/B/restore`) to a point in time or another branch: what was written to
 * the branch after that point is gone from it, unless `preserve_under_name` keeps its former state as a new branch (as
 * `neonctl branches restore` without `--preserve-under-name`).
 */
function neonRestore(method: string, url: string, body: JsonValue | undefined): ApiEffect | null {
  if (method !== 'POST' || !/^https?:\/\/console\.neon\.tech\/api\/v2\/projects\/[^/?#]+\/branches\/[^/?#]+\/restore\/?(\?|#|$)/i.test(url)) return null;
  const keep = obj(body)?.preserve_under_name;
  return typeof keep === 'string' && keep !== '' ? null : { code: 'data_restored_over', why: 'restores the branch in place: what was written after the point is lost', deletes: true };
}

/**
 * Route 53 "ChangeResourceRecordSets" (`POST /2013-04-01/hostedzone/ID/rrset`, an XML ChangeBatch): a `DELETE` change
 * removes the record set (mail, a site or a service stops resolving), unless the same batch creates or upserts the same
 * name and type again (the documented way to change a record that cannot be upserted: delete and create in one batch).
 */
const ROUTE53_RRSET = /^https?:\/\/route53\.amazonaws\.com(\.cn)?\/\d{4}-\d{2}-\d{2}\/hostedzone\/[^/?#]+\/rrset\/?(\?|#|$)/i;
function route53Deletes(method: string, url: string, body: JsonValue | undefined): ApiEffect | null {
  if (method !== 'POST' || !ROUTE53_RRSET.test(url) || typeof body !== 'string') return null;
  const changes = [...body.matchAll(/<Change>([^]*?)<\/Change>/g)].map((m) => {
    const field = (name: string) => new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`).exec(m[1]!)?.[1] ?? '';
    return { action: field('Action').toUpperCase(), record: `${field('Name').toLowerCase().replace(/\.$/, '')} ${field('Type').toUpperCase()}` };
  });
  const made = new Set(changes.filter((c) => c.action === 'CREATE' || c.action === 'UPSERT').map((c) => c.record));
  const gone = changes.filter((c) => c.action === 'DELETE' && !made.has(c.record)).map((c) => c.record);
  return gone.length > 0 ? { code: 'dns_record_delete', why: `deletes the record set \`${gone[0]}\`: what it pointed at stops resolving`, deletes: true } : null;
}

/**
 * Administrator rights granted through an identity provider's API, each API's reference: Okta "Assign a Role" (`POST
 * /api/v1/users|groups/ID/roles` with an administrator role type; `READ_ONLY_ADMIN` and `REPORT_ADMIN` only read), and an
 * admin claim or role written where the application reads it: Firebase Auth custom claims (`accounts:update`
 * `customAttributes`, a JSON text), Clerk's user metadata (`/v1/users/ID[/metadata]`) and Auth0's `app_metadata`
 * (`PATCH /api/v2/users/ID`). In a development or test tier these are writes (the lead's decision 23).
 */
const OKTA_ROLES = /^https?:\/\/[^/]+\.(okta|oktapreview|okta-emea)\.com\/api\/v1\/(users|groups)\/[^/?#]+\/roles\/?(\?|#|$)/i;
const OKTA_ADMIN_ROLE = /^(?!READ_ONLY_ADMIN$|REPORT_ADMIN$)[A-Z_]*ADMIN$/;
const CLAIM_URL = /^https?:\/\/(identitytoolkit\.googleapis\.com\/v1\/(projects\/[^/?#]+\/)?accounts:update|api\.clerk\.(com|dev)\/v1\/users\/[^/?#]+(\/metadata)?|[^/]+\.auth0\.com\/api\/v2\/users\/[^/?#]+)\/?(\?|#|$)/i;
const ADMIN_VALUE = /^(admin|administrator|super_?admin|superuser|super_user|owner|root|org_?admin)$/i;
const ADMIN_FLAG = /^(admin|is_?admin|super_?admin|is_?super_?admin|superuser|is_?superuser|is_?staff|is_?grafana_?admin)$/i;
function adminClaim(value: JsonValue | undefined, depth = 0): string | null {
  if (depth > 4) return null;
  if (typeof value === 'string' && depth > 0 && /^\s*\{/.test(value)) {
    try {
      return adminClaim(JSON.parse(value) as JsonValue, depth + 1);
    } catch {
      return null;
    }
  }
  if (!isJsonObject(value)) return null;
  for (const [k, v] of Object.entries(value)) {
    if (ADMIN_FLAG.test(k) && v === true) return `${k}: true`;
    if (/^((org|organization|team|workspace|member)_?)?(role|roles)$/i.test(k) && (Array.isArray(v) ? v : [v]).some((r) => typeof r === 'string' && ADMIN_VALUE.test(r))) return `${k}: ${JSON.stringify(v)}`;
    const inner = adminClaim(v, depth + 1);
    if (inner) return inner;
  }
  return null;
}
/**
 * Round 29 (h29): a member of a SaaS organisation, team or workspace given its admin or owner role by the members API,
 * each from its reference: Grafana "Updates the given user" (`PATCH /api/org/users/ID`, `role: Admin`) and "Permissions"
 * (`PUT /api/admin/users/ID/permissions`, `isGrafanaAdmin: true`), Sentry "Update an Organization Member's Roles" (`PUT
 * /organizations/O/members/ID/`, `orgRole: owner`), and the same shape elsewhere; Slack's `admin.users.setAdmin` and
 * `setOwner`. Viewer, Editor, member and regular roles are everyday work.
 */
const MEMBER_ROLE_URL = /\/(org|orgs|organizations?|teams?|workspaces?)\/([^/?#]+\/)?(users|members|memberships)\/[^/?#]+\/?(\?|#|$)|\/api\/admin\/users\/[^/?#]+\/permissions\/?(\?|#|$)/i;
const SLACK_ADMIN_GRANT = /^https?:\/\/([^/?#]*\.)?slack\.com\/api\/admin\.users\.(setAdmin|setOwner)\/?(\?|#|$)/i;
function identityAdminGrant(method: string, url: string, body: JsonValue | undefined): ApiEffect | null {
  if (method !== 'GET' && SLACK_ADMIN_GRANT.test(url)) return { code: 'admin_grant', why: 'makes the user an admin or owner of the Slack workspace', deletes: false, devWrite: true };
  if (/^(POST|PUT|PATCH)$/.test(method) && MEMBER_ROLE_URL.test(url)) {
    const role = adminClaim(body, 0);
    if (role) return { code: 'admin_grant', why: `gives the member an administrator role (\`${role}\`)`, deletes: false, devWrite: true };
  }
  if (method === 'POST' && OKTA_ROLES.test(url)) {
    const type = obj(body)?.type;
    return typeof type === 'string' && OKTA_ADMIN_ROLE.test(type) ? { code: 'admin_grant', why: `assigns the Okta administrator role \`${type}\``, deletes: false, devWrite: true } : null;
  }
  if (!/^(POST|PUT|PATCH)$/.test(method) || !CLAIM_URL.test(url)) return null;
  const claim = adminClaim(body, 0);
  return claim ? { code: 'admin_grant', why: `writes an administrator claim or role (\`${claim}\`) where the application reads the user's rights`, deletes: false, devWrite: true } : null;
}

/**
 * A marketing campaign sent to its whole list or audience (round 18, p18): mail that has left cannot be recalled, an
 * irrevocable effect outside the organisation. Mailchimp "Send a campaign" and "Schedule a campaign"
 * (`POST /3.0/campaigns/ID/actions/send|schedule`), SendGrid "Schedule Single Send" (`PUT
 * /v3/marketing/singlesends/ID/schedule`, `send_at` now or later) and the legacy "Send a Campaign" (`POST
 * /v3/campaigns/ID/schedules[/now]`), Brevo "Send an email campaign immediately" (`POST /v3/emailCampaigns/ID/sendNow`,
 * SMS and WhatsApp alike). A test send (Mailchimp `actions/test`, SendGrid `marketing/test/send_email` and
 * `schedules/test`, Brevo `sendTest`) goes to the addresses it names and stays a write.
 */
const CAMPAIGN_SENDS: ReadonlyArray<{ method: RegExp; url: RegExp }> = [
  { method: /^POST$/, url: /^https?:\/\/([a-z0-9-]+\.)?api\.mailchimp\.com\/3\.0\/campaigns\/[^/?#]+\/actions\/(send|schedule)\/?(\?|#|$)/i },
  { method: /^PUT$/, url: /^https?:\/\/api\.sendgrid\.com\/v3\/marketing\/singlesends\/[^/?#]+\/schedule\/?(\?|#|$)/i },
  { method: /^POST$/, url: /^https?:\/\/api\.sendgrid\.com\/v3\/campaigns\/[^/?#]+\/schedules(\/now)?\/?(\?|#|$)/i },
  { method: /^POST$/, url: /^https?:\/\/api\.(brevo|sendinblue)\.com\/v3\/(emailCampaigns|smsCampaigns|whatsappCampaigns)\/[^/?#]+\/sendNow\/?(\?|#|$)/i },
];

/**
 * MLflow's model registry: a version moved into Staging or Production is a release; moved to Archived or None (or a stage
 * not given) it leaves the stage, and what loads the model by that stage loses it (MlflowClient
 * `transition_model_version_stage`, and the REST API's `model-versions/transition-stage`, also under Databricks'
 * `/api/2.0/mlflow/databricks/`).
 */
export function modelStageReleases(stage: string | null): boolean {
  return stage !== null && /^(staging|production)$/i.test(stage);
}
const MLFLOW_TRANSITION = /^https?:\/\/[^/?#]+(\/[^?#]*)?\/(ajax-)?api\/2\.0\/mlflow\/(databricks\/)?model-versions\/transition-stage\/?(\?|#|$)/i;
function mlflowStageRemoved(method: string, url: string, body: JsonValue | undefined): ApiEffect | null {
  if (method !== 'POST' || !MLFLOW_TRANSITION.test(url)) return null;
  const stage = obj(body)?.stage;
  return modelStageReleases(typeof stage === 'string' ? stage : null) ? null : { code: 'model_stage_removed', why: `moves a registered model version to the stage ${typeof stage === 'string' ? `\`${stage}\`` : 'the request does not fix'}: what serves its stage may lose its model`, deletes: false };
}

/**
 * Round 39 (bln39): Arista eAPI's `runCmds` carries a switch's CLI lines, judged by network-catalogue.ts's device rules
 * as the same lines sent over ssh are; a reload is a write in a development or test tier (`devWrite`).
 */
function eapiEffect(url: string, body: JsonValue | undefined): ApiEffect | null {
  const cmds = eapiCommands(url, body);
  const fx = cmds === null ? null : deviceLinesEffect(cmds);
  if (fx === null) return null;
  const why = `the switch's CLI lines ${fx.what}`;
  switch (fx.effect) {
    case 'destroy':
      return { code: 'service_destructive', why, deletes: true, ...(fx.devWrite === undefined ? {} : { devWrite: true as const }) };
    case 'outage':
      return { code: 'service_outage', why, deletes: false };
    case 'safeguard':
      return { code: 'safeguard_off', why, deletes: false };
    default:
      return null;
  }
}

export function restApiEffects(method: string, url: string, body: JsonValue | undefined): { effects: ApiEffect[]; unseen: string | null } {
  const effects = [...armEffects(method, url, body), ...googleEffects(method, url, body), ...graphEffects(method, url, body)];
  const neon = neonRestore(method, url, body);
  if (neon) effects.push(neon);
  if (CAMPAIGN_SENDS.some((c) => c.method.test(method) && c.url.test(url))) effects.push({ code: 'campaign_sent', why: 'a marketing campaign sent to its whole list or audience: messages that have left cannot be recalled', deletes: false });
  if (method === 'POST' && stripeCreditNoteRefunds(url, body)) effects.push({ code: 'money_moved', why: 'a Stripe credit note with a refund returns money to the customer: final', deletes: false });
  // Slack `files.sharedPublicURL` (round 29): "Enables a file for public/external sharing", anyone with the link reads it.
  // Slack's Web API acts on a GET as on a POST.
  if (/^https?:\/\/([^/?#]*\.)?slack\.com\/api\/files\.sharedPublicURL\/?(\?|#|$)/i.test(url)) effects.push({ code: 'public_access', why: 'shares the file publicly: anyone with its link reads it', deletes: false });
  if (method === 'POST' && STRIPE_MONEY.test(url)) effects.push({ code: 'money_moved', why: 'Stripe moves money (a payout, a transfer, or a dispute conceded): final', deletes: false });
  const okta = method === 'POST' ? OKTA_DEACTIVATE.exec(url) : null;
  if (okta) {
    const safeguard = /(^|\/)(policies|rules|zones|factors|authenticators)(\/|$)/i.test(okta[2]!);
    effects.push(safeguard ? { code: 'safeguard_off', why: 'deactivates an Okta policy, rule, zone or authenticator: it is no longer enforced', deletes: false } : { code: 'service_outage', why: 'deactivates an Okta app, server, provider or hook: it stops serving', deletes: false });
  }
  const hasura = method === 'POST' ? hasuraMetadataLoss(url, body) : null;
  if (hasura) effects.push({ code: 'metadata_cleared', why: `Hasura \`${hasura}\` removes what the GraphQL API serves`, deletes: true });
  if (method === 'POST' && RPC_OUTAGE.test(path(url))) effects.push({ code: 'service_outage', why: 'the RPC pauses, stops or disables something that serves', deletes: false });
  if (/^(POST|PUT|PATCH)$/.test(method)) {
    const sent = credentialSent(url, body);
    if (sent) effects.push(sent);
  }
  const dns = route53Deletes(method, url, body);
  if (dns) effects.push(dns);
  const admin = identityAdminGrant(method, url, body);
  if (admin) effects.push(admin);
  const bigquery = bigqueryEffect(method, url, body);
  if (bigquery) effects.push(bigquery);
  const stage = mlflowStageRemoved(method, url, body);
  if (stage) effects.push(stage);
  const eapi = method === 'POST' ? eapiEffect(url, body) : null;
  if (eapi) effects.push(eapi);
  const apex = apexEffect(url, body);
  if (apex && apex !== 'unseen') effects.push(apex);
  // Round 41 (bl41mf): z/OSMF and CMCI bodies that carry a console, TSO or IDCAMS command, a cancel or JCL (mainframe-http.ts).
  const mainframe = mainframeHttpEffects(method, url, body);
  effects.push(...mainframe.effects);
  return { effects, unseen: apex === 'unseen' ? 'anonymous Apex calls code whose effect is not in the input' : (mainframe.unseen ?? jenkinsScript(method, url, body)) };
}

/**
 * GitHub's REST reference (round 31, h31): "Dismiss a review for a pull request" (`PUT /repos/O/R/pulls/N/reviews/ID/dismissals`:
 * a submitted approval or change request stops counting toward the merge) and "Set GitHub Actions permissions for a
 * repository" or an organization with `enabled: false` or `enabled_repositories: "none"` (no workflow runs: CI checks and
 * scans stop). Read with the body's other effects (httpBodyEffects), so `gh api -X PUT …` reaches it too.
 */
export function githubSafeguardOff(method: string, url: string, body: JsonValue | undefined): ApiEffect | null {
  const github = /^https?:\/\/(api\.github\.com|[^/?#]+\/api\/v3)\//i;
  if (!github.test(url) || method !== 'PUT') return null;
  const p = path(url);
  if (/\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews\/\d+\/dismissals\/?$/.test(p)) return { code: 'safeguard_off', why: 'dismisses a submitted review: its approval or change request no longer counts toward the merge', deletes: false };
  if (/\/(repos\/[^/]+\/[^/]+|orgs\/[^/]+)\/actions\/permissions\/?$/.test(p) && isJsonObject(body) && (body['enabled'] === false || body['enabled'] === 'false' || body['enabled_repositories'] === 'none')) return { code: 'safeguard_off', why: 'turns GitHub Actions off: no workflow, CI check or scan runs', deletes: false };
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// GraphQL mutations read by their arguments.

/**
 * GitHub's `updateBranchProtectionRule` (GraphQL reference, UpdateBranchProtectionRuleInput) given a value that turns a
 * protection off: a requirement set to false, or force pushes or deletions allowed.
 */
const BRANCH_RULE_OFF_WHEN_FALSE = /^(requiresApprovingReviews|requiresStatusChecks|requiresCodeOwnerReviews|requiresCommitSignatures|requiresLinearHistory|requiresConversationResolution|requiresDeployments|requireLastPushApproval|isAdminEnforced|dismissesStaleReviews|restrictsPushes|restrictsReviewDismissals|lockBranch)$/;
const BRANCH_RULE_OFF_WHEN_TRUE = /^(allowsForcePushes|allowsDeletions)$/;

/**
 * Hasura's generated mutations (`update_T(where: {}, …)`): an empty `where` selects every row, so every row is
 * overwritten, as an `UPDATE` without a `WHERE`.
 */
const HASURA_UPDATE_ALL = /\bupdate_\w+\s*\(\s*where\s*:\s*\{\s*\}/;

/** A GraphQL mutation that switches an account, service or credential off (`suspendAccount`, `disableUser`, `pauseService`). */
const GRAPHQL_SWITCH_OFF = /^(suspend|deactivate|disable|block|lock|pause|stop)(Account|User|Member|Organization|Org|Tenant|Customer|Service|Instance|Server|Cluster|Site|Project|App|Application|ApiKey|Key|Token|Credential)s?$/;

export function graphqlArgumentEffects(fields: string[], body: JsonValue | undefined): ApiEffect | null {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? null);
  if (fields.includes('updateBranchProtectionRule')) {
    for (const m of text.replace(/\\"/g, '"').matchAll(/\b([A-Za-z]+)"?\s*:\s*(true|false)\b/g)) {
      if ((m[2] === 'false' && BRANCH_RULE_OFF_WHEN_FALSE.test(m[1]!)) || (m[2] === 'true' && BRANCH_RULE_OFF_WHEN_TRUE.test(m[1]!))) {
        return { code: 'safeguard_off', why: `\`${m[1]}: ${m[2]}\` turns a branch protection off`, deletes: false };
      }
    }
  }
  if (HASURA_UPDATE_ALL.test(text)) return { code: 'http_update_all', why: 'an update whose `where` is empty overwrites every row', deletes: false };
  const off = fields.find((f) => GRAPHQL_SWITCH_OFF.test(f));
  if (off) return { code: 'service_outage', why: `\`${off}\` switches it off: out of service until switched on again`, deletes: false };
  return null;
}

/**
 * Hasura's `delete_T(where: …)` with a condition in its `where` deletes the rows it selects, as `DELETE … WHERE …`
 * (narrowed); an empty `where` deletes every row and stays destructive. True when every destructive field, at every place
 * it is called (an alias calls it again), is such a narrowed delete.
 * SECURITY: Hasura evaluates an empty boolean expression as true (Hasura docs, "Filter query results": `{}`, `_and: []`,
 * `{id: {}}` select every row), and an `_or` holding one selects what it does not narrow: a `where` holding an empty
 * object or list anywhere is not narrowed.
 */
export function hasuraNarrowedDeletes(destroying: string[], body: JsonValue | undefined): boolean {
  if (destroying.length === 0) return false;
  const text = (typeof body === 'string' ? body : JSON.stringify(body ?? null)).replace(/\\"/g, '"');
  return destroying.every((f) => {
    // Accounts deleted stay destructive however narrowed (as `delete_users_by_pk`).
    if (!/^delete_\w+$/.test(f) || /^delete_(\w+_)?(users?|accounts?|members?|customers?|identities|profiles?)$/i.test(f)) return false;
    const calls = [...text.matchAll(new RegExp(`\\b${f}\\s*\\(`, 'g'))];
    return calls.length > 0 && calls.every((m) => narrowedWhere(text, m.index + m[0].length));
  });
}

/**
 * The lead's answer 156 (round 24): narrowed GraphQL deletes of one item (answer 53). Shopify's `metafieldsDelete` of one
 * metafield written out (`metafields: [{ownerId: …, namespace: …, key: …}]`: one setting of one product) and
 * `metafieldDelete(input: {id: …})`; one unpublished draft by its id (`deletePostDraft(id: $id)`, `draftDelete(id: …)`),
 * its id a literal or a variable holding one value. True when every destructive field, at every call, is one of these.
 * A list from a variable, two entries or `ids:` stay destructive (a Shopify draft order by id is one record: mcp.ts GRAPHQL_LOSES_NOTHING).
 */
const DRAFT_FIELD = /^(delete|remove|destroy)?(post|article|page|blog|content|document|entry|message|email|note)?drafts?(delete|remove|destroy)?$/i;
export function oneItemGraphqlDeletes(destroying: string[], body: JsonValue | undefined): boolean {
  if (destroying.length === 0) return false;
  // The operation's own name (`mutation metafieldDelete($input: …)`) is the client's label, not a call.
  const text = (typeof body === 'string' ? body : JSON.stringify(body ?? null)).replace(/\\"/g, '"').replace(/\bmutation\s*[A-Za-z_]\w*/g, 'mutation');
  const variables = isJsonObject(body) && isJsonObject(body.variables) ? body.variables : {};
  const scalar = (v: string): boolean => {
    const m = /^\$(\w+)$/.exec(v);
    if (!m) return /^"[^"*]+"$/.test(v) || /^\d+$/.test(v);
    const value = variables[m[1]!];
    return typeof value === 'string' ? value !== '' && !value.includes('*') : typeof value === 'number';
  };
  return destroying.every((f) => {
    const calls = [...text.matchAll(new RegExp(`\\b${f}\\s*\\(`, 'g'))];
    if (calls.length === 0) return false;
    return calls.every((c) => {
      const rest = text.slice(c.index + c[0].length);
      if (f === 'metafieldsDelete') return /^\s*metafields\s*:\s*\[\s*\{[^{}[\]]*\bownerId\s*:[^{}[\]]*\bkey\s*:[^{}[\]]*\}\s*\]\s*\)/.test(rest) || /^\s*metafields\s*:\s*\[\s*\{[^{}[\]]*\bkey\s*:[^{}[\]]*\bownerId\s*:[^{}[\]]*\}\s*\]\s*\)/.test(rest);
      if (f === 'metafieldDelete') {
        const id = /^\s*input\s*:\s*\{\s*id\s*:\s*("[^"]*"|\$\w+)\s*\}\s*\)/.exec(rest)?.[1];
        return id !== undefined && scalar(id);
      }
      if (!DRAFT_FIELD.test(f) || !/(delete|remove|destroy)/i.test(f) || /drafts/i.test(f)) return false;
      const id = /^\s*id\s*:\s*("[^"]*"|\$\w+|\d+)\s*\)/.exec(rest)?.[1];
      return id !== undefined && scalar(id);
    });
  });
}

/** Whether the arguments opening at `at` are one `where: {…}` that holds a condition and no empty object or list. */
function narrowedWhere(text: string, at: number): boolean {
  const open = /^\s*where\s*:\s*\{/.exec(text.slice(at));
  if (!open) return false;
  const start = at + open[0].length - 1;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) {
      const where = text.slice(start, i + 1);
      return /^\{\s*[^}\s]/.test(where) && !/\{\s*\}|\[\s*\]/.test(where) && /^\s*\)/.test(text.slice(i + 1));
    }
  }
  return false;
}
