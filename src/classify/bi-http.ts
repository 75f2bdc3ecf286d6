/**
 * Round 43 (bl43bi): HTTP requests to a BI and streaming team's APIs whose method and path words do not say what they
 * do, as data: Apache Flink's REST API (a job terminated, stopped, or cancelled after its savepoint; an uploaded jar
 * deleted) and Metabase's public links. Read by rest-apis.ts (`restApiNoLoss`) and other-kinds.ts (`httpBodyEffects`).
 *
 * Labels (blind43-bi.yaml's description): a streaming job cancelled or stopped is out of service until it is run again;
 * a public link to a question or dashboard opens its data to anyone with the URL; removing one closes that again.
 */
import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';
import { urlPath } from './environment.ts';

/** What a request does, when this module knows it. */
export interface BiEffect {
  code: 'service_outage' | 'public_access';
  why: string;
  deletes: false;
}

/** The URL's path without its query and trailing slash. */

/**
 * A Flink job's resource: `/jobs/JOBID` with Flink's 32-hex-digit job id (Flink REST API reference). Round 44 (atk44): at
 * any depth of the path, as a proxy serves the REST API (YARN's `/proxy/application_…/jobs/…`, a gateway's `/flink/v1/…`).
 */
const FLINK_JOB = /(^|\/)(v1\/)?jobs\/[0-9a-f]{32}/i;
const FLINK_JOB_ONLY = /(^|\/)(v1\/)?jobs\/[0-9a-f]{32}$/i;
/** Round 44 (atk44): Flink's legacy YARN termination routes, which cancel or stop the job on a GET (`/jobs/:jobid/yarn-cancel`). */
const FLINK_YARN_TERMINATE = /\/jobs\/[0-9a-f]{32}\/yarn-(cancel|stop)$/i;
/** A boolean field as Jackson reads it into a Flink request body: `true`, or the string `"true"` it coerces. */
const jsonTrue = (v: JsonValue | undefined): boolean => v === true || (typeof v === 'string' && /^true$/i.test(v.trim()));

/** Metabase's public link of a question or dashboard (`/api/card/:id/public_link`, `/api/dashboard/:id/public_link`). */
const METABASE_PUBLIC_LINK = /\/api\/(card|dashboard)\/\d+\/public_link$/i;

/** The body as an object (a JSON text parsed), or null. */
function bodyObject(body: JsonValue | undefined): Record<string, JsonValue> | null {
  const parsed = typeof body === 'string' ? parseJson(body) : body;
  return isJsonObject(parsed) ? parsed : null;
}

/**
 * Flink: `PATCH /jobs/:jobid` terminates the job (`mode=cancel`, the default), `POST /jobs/:jobid/stop` stops it with a
 * savepoint, and `POST /jobs/:jobid/savepoints` with `cancel-job: true` cancels it once the savepoint is taken. Metabase:
 * `POST …/public_link` makes a public link (public sharing must be on).
 */
export function biRequestEffect(method: string, url: string, body: JsonValue | undefined): BiEffect | null {
  const path = urlPath(url);
  if (FLINK_JOB.test(path)) {
    if (FLINK_YARN_TERMINATE.test(path)) return { code: 'service_outage', why: 'cancels or stops a running Flink job through its YARN route: out of service until it is run again', deletes: false };
    if (method === 'PATCH' && FLINK_JOB_ONLY.test(path)) return { code: 'service_outage', why: 'terminates a running Flink job: out of service until it is run again', deletes: false };
    if (method === 'POST' && /\/stop$/i.test(path)) return { code: 'service_outage', why: 'stops a running Flink job with a savepoint: out of service until it is run again', deletes: false };
    if (method === 'POST' && /\/savepoints$/i.test(path) && jsonTrue(bodyObject(body)?.['cancel-job'])) return { code: 'service_outage', why: 'takes a savepoint and cancels the Flink job: out of service until it is run again', deletes: false };
  }
  if (method === 'POST' && METABASE_PUBLIC_LINK.test(path)) return { code: 'public_access', why: "makes a public link: the question's or dashboard's data open to anyone with the URL", deletes: false };
  return null;
}

/**
 * Requests that lose nothing though their method says delete: Flink's `DELETE /jars/:jarid` (an uploaded jar, a build
 * artefact the pipeline uploads again) and Metabase's `DELETE …/public_link` (public access closed).
 */
export function biNoLoss(method: string, url: string): string | null {
  if (method !== 'DELETE') return null;
  const path = urlPath(url);
  // Round 44 (atk44): no percent-escape or dot segment in the jar's id (`/jars/..%2F..%2Fconfig…`): not an uploaded jar.
  if (/^(\/v1)?\/jars\/[^/]+\.jar$/i.test(path) && !/%|\.\./.test(path)) return 'deletes an uploaded Flink jar: a build artefact';
  if (METABASE_PUBLIC_LINK.test(path)) return "removes a public link: the question or dashboard is no longer public";
  return BI_NO_LOSS_DELETES.find((d) => d.path.test(path) && (d.host === undefined || d.host.test(hostOf(url))) && (d.unless === undefined || !d.unless.test(path)))?.why ?? null;
}

/** The host of a URL. */
const hostOf = (url: string): string => /^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1] ?? '';

/**
 * Round 44 (pin44): DELETEs of a BI or ingestion service that remove no data, each from its API reference (blind43-bi's
 * pinned tuned misses). A Superset favourite is the caller's own mark (`DELETE /api/v1/dashboard/:id/favorites/`, also
 * charts); a dashboard's filter state and the explore form data are cached keys with a time to live; a Looker project's
 * git branch is a developer's feature branch (decision 30), never the production branch Looker keeps (`main`, `master`,
 * `production` refused); a Power BI refresh deleted is the running refresh cancelled ("Cancel Refresh In Group"); an
 * Airbyte job deleted is a sync job cancelled (Airbyte API `DELETE /v1/jobs/{jobId}`: "Cancel a job").
 */
const BI_NO_LOSS_DELETES: ReadonlyArray<{ path: RegExp; host?: RegExp; unless?: RegExp; why: string }> = [
  { path: /^\/api\/v1\/(dashboard|chart)\/\d+\/favorites$/i, why: "removes the caller's own favourite mark" },
  { path: /^\/api\/v1\/(dashboard\/[^/]+\/filter_state|explore\/form_data)\/[\w-]+$/i, why: 'removes a cached filter state or form data key, transient by design' },
  { path: /^\/api\/(3\.[01]|4\.0)\/projects\/[^/]+\/git_branch\/[^/]+$/i, host: /(^|\.)looker\.com$|looker/i, unless: /\/git_branch\/(main|master|production|prod|release)$/i, why: "deletes a developer's git branch of the Looker project: a feature branch (decision 30)" },
  { path: /^\/v1\.0\/myorg\/(groups\/[^/]+\/)?datasets\/[^/]+\/refreshes\/[^/]+$/i, host: /^api\.powerbi\.com$/i, why: "cancels one running refresh of the dataset: its data stays as the last refresh left it" },
  { path: /^(\/api\/public)?\/v1\/jobs\/\d+$/i, host: /airbyte/i, why: 'cancels one running sync job: the connection syncs again on its schedule' },
];

/**
 * Round 44 (pin44, the lead's answer 455.4): a scheduled sync paused (a Fivetran connector `paused: true`, an Airbyte
 * connection `status: inactive`) is a schedule paused, as an Airflow DAG paused is: a write, not an outage.
 */
export function pausesScheduledSync(method: string, url: string): boolean {
  if (!/^(PATCH|PUT|POST)$/.test(method)) return false;
  const host = hostOf(url);
  const path = urlPath(url);
  return (/^api\.fivetran\.com$/i.test(host) && /^\/v1\/connectors\/[^/]+$/i.test(path)) || (/airbyte/i.test(host) && /^(\/api\/public)?\/v1\/connections\/[^/]+$/i.test(path));
}
