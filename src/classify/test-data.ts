/**
 * The lead's rule (round 16, decision 5): test, load-test and scratch data on this machine is disposable. Two
 * predicates say it, and every classifier that applies the rule uses these two (the `dropdb`, `psql`, `mongosh`,
 * `sqlcmd` and ORM rules, SQL's DROP DATABASE and emptied tables, Flyway's clean, `docker volume rm`, database files):
 * - `isLocalDatabaseHost`: the server a client is told to connect to is this machine;
 * - `namesDisposable`: a name says tests, CI or scratch, and nothing that is kept.
 * Each caller adds what its rule needs besides (the tier not production, only data and schema lost).
 */

import { DATABASE_PORTS, LOOPBACK_HOST } from './public-access.ts';
import { heuristicEnvironment, urlAuthority } from './environment.ts';
import { CI_RUN_SEGMENT, RUN_NUMBER } from './run-names.ts';

/**
 * This machine by the names database clients give it: `localhost`, a loopback address (`127.x.x.x`, `::1`, `[::1]`),
 * `0.0.0.0`, SQL Server's `.`, `(local)` and LocalDB (`(localdb)\MSSQLLocalDB`), with a `tcp:`/`lpc:` protocol, an
 * instance (`.\SQLEXPRESS`) and a port (`localhost:5432`, `localhost,1433`); and a Unix socket folder (`/tmp`,
 * `/var/run/postgresql`). Whole names only: `localhost.example.com` and `127.0.0.1.nip.io` are names DNS answers for.
 */
const LOCAL_DATABASE_HOST = /^(?:(?:tcp|lpc):)?(?:localhost|127(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}|::1|\[::1\]|0\.0\.0\.0|\.|\(local\)|\(localdb\)\\[\w.-]+)(?:\\[\w$-]+)?(?:[,:]\d{1,5})?$/i;
const SOCKET_FOLDER = /^\/(?:tmp|var\/run|run)(?:\/[\w.-]+)*\/?$/;
/**
 * The names CI configurations give a job's database and cache containers (GitHub Actions' `services:` keys and GitLab's
 * `services:` aliases, by the images' names): on a runner the job reaches them by these labels (`psql -h postgres`,
 * `redis-cli -h redis`). Only on a runner do they say the job's own container (the lead's answer 212; the caller checks).
 */
export const CI_SERVICE_LABEL = /^(postgres(ql)?|pg|db|database|mysql|mariadb|mssql|sqlserver|redis|valkey|mongo(db)?|clickhouse|cassandra|elasticsearch|opensearch|memcached)$/i;

export function isLocalDatabaseHost(host: string): boolean {
  return LOCAL_DATABASE_HOST.test(host) || (SOCKET_FOLDER.test(host) && !host.split('/').includes('..'));
}

/**
 * A name with a whole word (between `-`, `_` and `.`) saying tests, CI or scratch names something made to be thrown away
 * and made again by the run that uses it: Django's `test_NAME`, Rails' `APP_test` and its workers' `APP_test-1`, .NET's
 * `App_Test`, `orders_scratch`, `billing-e2e`, `Shop_LoadTest`, a `ci-cache` volume, a `test.db`. Words, not substrings:
 * `latest`, `contest`, `attestation`, `testimonials`, `circle` say nothing. A name that also says production or a kept
 * copy (`prod_test_backup`, `test_archive`) is not known to be thrown away (fail closed).
 */
const DISPOSABLE_WORDS = new Set(['test', 'tests', 'testing', 'autotest', 'ci', 'e2e', 'loadtest', 'scratch']);
const KEPT_WORD = /^(prod|prd|production|live|backups?|bak|archived?|snapshots?)\d*$/;
/**
 * The lead's answer 72 (round 20): a resource named scratch, test, CI, sandbox, temporary or ephemeral by a whole word
 * (`scratch-bench-1`, `partner-sandbox-test`, `agent-sandbox-tmp`) is made to be thrown away, as answer 66 said of VMs and
 * volumes; playground and throwaway by the lead's answer 108 (round 23). For resources an agent makes and deletes by name (an index, a repository, a dashboard, a consumer).
 * SCRATCH_ONLY_WORDS are the words that say scratch without saying tests or CI (answer 103's folders, answer 108's repositories).
 */
export const SCRATCH_ONLY_WORDS: ReadonlySet<string> = new Set(['scratch', 'sandbox', 'tmp', 'temp', 'temporary', 'ephemeral', 'playground', 'throwaway']);
export const SCRATCH_WORDS: ReadonlySet<string> = new Set([...DISPOSABLE_WORDS, ...SCRATCH_ONLY_WORDS]);
/**
 * The lead's answers 216 and 236 (rounds 26, 28): a resource named `sandbox` alone (a BigQuery dataset or table, an API's
 * resource) is a developer's dev data (decision 36), not scratch; `sandbox-test` is named test. GCP projects keep `sandbox`
 * (answer 145: restorable for 30 days), as local clusters do (answer 90).
 */
export const SCRATCH_WORDS_BUT_SANDBOX: ReadonlySet<string> = new Set([...SCRATCH_WORDS].filter((w) => w !== 'sandbox'));
/**
 * The lead's answer 84 (round 21): a name that is only `ci` or `e2e` (`ci`, `E2E`, `ci-e2e`), with no run's number or
 * other word, names the long-lived resource every run shares (a Vault mount, a Keycloak realm, a RabbitMQ vhost, a bucket),
 * not one run's scratch: deleting it is not disposable, whatever the word says. `ci-1234`, `pr-56` and `billing-e2e` are not
 * bare.
 */
const BARE_CI_NAME = /^(ci|e2e)([-_.](ci|e2e))*$/i;
/**
 * The lead's answer 174 (round 25): CI's own machines (`ci-runner-3`, `gitlab-ci-runner-02`, `e2e-agent-1`, `ci-builder`)
 * are shared CI infrastructure, as answer 84's bare names are, unless a run's number (four digits or more) says one run's.
 */
const CI_MACHINE_WORD = /^(runners?|agents?|workers?|builders?|executors?|nodes?|hosts?|vms?|boxe?s?)$/;
const CI_MACHINE_NAME_WORD = /^(ci|e2e|gitlab|github|gh|jenkins|buildkite|drone|teamcity|bamboo|circleci|actions|self|hosted|shared|linux|windows|macos|arm64|amd64|x64|large|small)$/;
function namesCiMachine(name: string): boolean {
  const parts = name.toLowerCase().split(/[-_.]/);
  return parts.some((p) => p === 'ci' || p === 'e2e') && parts.some((p) => CI_MACHINE_WORD.test(p)) && parts.every((p) => CI_MACHINE_WORD.test(p) || CI_MACHINE_NAME_WORD.test(p) || /^\d{1,3}$/.test(p));
}
export function namesSharedCiResource(name: string): boolean {
  return BARE_CI_NAME.test(name) || namesCiMachine(name);
}
export function namesDisposable(name: string, words: ReadonlySet<string> = DISPOSABLE_WORDS): boolean {
  if (!/^[\w.-]+$/.test(name)) return false;
  // .NET and SQL Server spell the words in capitals (`Billing_IntegrationTest`, `ShopLoadTest`): each capital starts one.
  const parts = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[-_.]/);
  return parts.some((w) => words.has(w)) && !parts.some((w) => KEPT_WORD.test(w));
}

/**
 * A machine's own name (a VM, an instance, a server, a droplet) that says scratch, test or CI by a whole word of answer 72's
 * list: not `sandbox` or `playground` alone (a developer's machine, whose data decision 36 keeps: the lead's answer 216),
 * nor a bare `ci`/`e2e` or CI's own machines (answers 84 and 174), nor a pattern. The one reader of answer 72 for machines:
 * the clouds' (cloud.ts) and the datacentre's (`govc vm.destroy`, `xe vm-uninstall`; round 40, rv40, which had its own).
 */
export const MACHINE_SCRATCH_WORDS: ReadonlySet<string> = new Set([...SCRATCH_WORDS].filter((w) => w !== 'sandbox' && w !== 'playground'));
export function namesScratchMachine(name: string): boolean {
  return namesDisposable(name, MACHINE_SCRATCH_WORDS) && !namesSharedCiResource(name);
}

/** Answer 108's scratch words, as whole words of a repository's own name. */
const SCRATCH_REPO_WORDS: ReadonlySet<string> = new Set([...SCRATCH_ONLY_WORDS, 'test']);
/**
 * A repository (`[OWNER/]NAME` or its URL) whose own name is scratch by a whole word and names neither production nor
 * staging (the lead's answer 108: `jo/sandbox-test`, `acme/tmp-playground`), on GitHub or the Hugging Face Hub alike.
 */
export function namesScratchRepository(repo: string): boolean {
  const own = repo.replace(/^https?:\/\/[^/]+\//, '').split('/').pop() ?? '';
  const tier = heuristicEnvironment(own);
  return namesDisposable(own, SCRATCH_REPO_WORDS) && tier !== 'production' && tier !== 'staging';
}

/** A name's word that says production, staging or a kept copy: what a CI run's own folder never says. */
const TIER_OR_KEPT_WORD = /^(prod|prd|production|live|stag|stg|stage|staging|preprod|uat|backups?|bak|archived?|snapshots?)\d*$/;
/** A name (a path segment, a bucket) with a whole word of TIER_OR_KEPT_WORD, between `-`, `_`, `.` or spaces. */
export function namesTierOrKept(name: string): boolean {
  return name.toLowerCase().split(/[-_. ]/).some((w) => TIER_OR_KEPT_WORD.test(w));
}

/**
 * A CI run's own folder or object prefix (the lead's round-21 rule: a per-run scratch prefix is disposable), by its path's
 * segments (bucket first for an object store): a run's number (`run-1234`, `build_8812`, `job-771`, `pipeline-9001`, or
 * bare digits, four or more) directly below a segment named CI or end-to-end by a whole word (`ci-artifacts/run-1234`,
 * the bucket `acme-ml-ci` then `run-8812`, `e2e_reports/build_88123`, or one `runs/`, `builds/` or `artifacts/` folder down: `acme-ci-artifacts/runs/8812`, `acme-ci/artifacts/run-5521`), or a segment that names the run itself (`ci-5521`,
 * `e2e-run-48213`). The run writes it and nothing after the run reads it. A bare `ci` folder or bucket is every run's
 * and long-lived; `run-N` under anything else (`checkpoints/run-0412`) is a training run's; a production, staging or
 * kept-copy word anywhere, or `..`, and it is not known to be a run's (fail closed; a staging word refuses nothing with
 * `stagingKeeps`, answer 215's object-store prefixes). What names the run, or undefined.
 */
export function ciRunFolder(segments: readonly string[], stagingKeeps = false): string | undefined {
  const segs = segments.map((s) => s.toLowerCase());
  const words = (s: string) => s.split(/[-_.]/);
  // `stagingKeeps`: a staging word refuses nothing (the lead's answer 215: a staging bucket refuses the scratch words'
  // readings only, not a run's own folder); production and kept-copy words still do.
  const refuses = (s: string): boolean => (stagingKeeps ? s.split(/[-_. ]/).some((w) => KEPT_WORD.test(w)) : namesTierOrKept(s));
  if (segs.some((s) => s === '..' || refuses(s))) return undefined;
  for (const [i, s] of segs.entries()) {
    if (i > 0 && RUN_NUMBER.test(s) && words(segs[i - 1]!).some((w) => w === 'ci' || w === 'e2e')) return `${segments[i - 1]}/${segments[i]}`;
    // The run's number in a `runs/`, `builds/`, `jobs/` or `pipelines/` folder of a CI prefix or bucket
    // (`acme-ci-artifacts/runs/8812`): the same run's folder, one level down.
    if (i > 1 && RUN_NUMBER.test(s) && /^(runs|builds|jobs|pipelines|artifacts?)$/.test(segs[i - 1]!) && words(segs[i - 2]!).some((w) => w === 'ci' || w === 'e2e')) return `${segments[i - 2]}/${segments[i - 1]}/${segments[i]}`;
    if (CI_RUN_SEGMENT.test(s)) return segments[i];
  }
  return undefined;
}

/**
 * An account named as a test one (the lead's decision 40: records named test are test data): the name before `@` or
 * after `DOMAIN\` says tests by namesDisposable (`qa.autotest07@contoso.com`, `svc-test-qa01`, `CORP\test.autopilot07`).
 */
export function namesTestAccount(name: string): boolean {
  // A number ending a word is the account's sequence (`autotest07`, `qa01`), not part of the word.
  return namesDisposable(name.replace(/^[^\\]*\\/, '').replace(/@[^@]*$/, '').replace(/([a-z])(\d+)(?=$|[-_.])/gi, '$1-$2'));
}

/**
 * The lead's answer 45 (round 18): a service of a compose stack named test, by its compose file (`docker-compose.test.yml`,
 * `compose.ci.yaml`) or its project (`-p shop_test`), is a test database on this machine (decision 5). Every file and the
 * project named must say so (namesDisposable on the file's name), and none may say production or a kept copy.
 */
export function namesTestStack(files: string[], project: string | undefined): boolean {
  const names = [...files.map((f) => f.replace(/^.*\//, '')), ...(project === undefined ? [] : [project])];
  return names.length > 0 && names.every((n) => namesDisposable(n));
}

/**
 * What a database client loses inside such a stack that the stack's own setup makes again: rows, tables, columns and
 * databases (SQL), keys (Redis), collections and documents (MongoDB), and an ORM's reset of the stack's database
 * (`rails db:reset`, `prisma migrate reset`: the lead's answer 58; `DROP ROLE`/`DROP USER` are `sql_drop`, the stack's
 * too). Grants, server settings and code run unseen are judged as anywhere.
 */
/**
 * A column or field that names a tenant of a multi-tenant application (`tenant_id`, `orgId`, `workspace_id`, `account_id`,
 * `store_id`): a delete narrowed by it alone removes the tenant's every record of the table, which the lead's decision 40
 * (round 17) keeps destructive even for a tenant named sandbox or test ("a tenant-wide wipe destructive").
 * Round 41 (bl41erp): SAP's `MANDT`, the client every table of an SAP system is keyed by, is a tenant's key.
 */
const TENANT_KEY = /^((tenant|org|organi[sz]ation|account|workspace|store|team|company)_?id|mandt)$/i;
export function isTenantKey(name: string): boolean {
  return TENANT_KEY.test(name.replace(/["'`[\]]/g, '').replace(/^.*\./, ''));
}

/**
 * The lead's answer 378.2 (round 37): a column that names a release of the product (`build_version`, `app_version`,
 * `version`, `release`): a delete narrowed by it alone removes that release's every record (every crash report, every
 * session of 1.2.0), category-wide as a tenant's key is (310). Not in a table of releases itself (`app_versions`,
 * `releases`), where the version is the row's own key.
 */
const RELEASE_KEY = /^(\w+_)?(version|release)$/i;
export function isReleaseKey(name: string, table: string): boolean {
  return RELEASE_KEY.test(name.replace(/["'`[\]]/g, '').replace(/^.*\./, '')) && !/version|release/i.test(table.replace(/^.*\./, ''));
}

/**
 * Round 42 (nxb42; the lead's answer 430.3, "310: a category is no record's key"): a column that sorts records into
 * categories (`res_model`, `status`, `state`, `type`, `kind`, `category`, `stage`): a delete narrowed by it alone removes
 * the category's every record (`DELETE FROM ir_attachment WHERE res_model = 'account.move'`, `… WHERE status = 'closed'`),
 * category-wide as a tenant's key is. Not a table of categories itself (`ticket_statuses`, `product_categories`), where
 * the value is the row's own key. Round 44 (nx44; the lead's answer 453.5): a category named by its id (`vocabulary_id =
 * 'SNOMED'`, `concept_class_id`, `category_id`, `type_id`) sorts the same way: the vocabulary's every concept goes. Not
 * `domain_id` (PowerDNS's records of one zone: blind8-net labels that a write) nor an owner's id.
 */
const CATEGORY_KEY = /^(\w+_)?(model|type|kind|category|status|state|stage)$/i;
/**
 * Round 44 (bl44media): a column that names the container records are filed in (`collection_id`, `folder_id`,
 * `playlist_id`, `album_id`, `season_id`): a delete narrowed by it alone removes the container's every record (`DELETE
 * FROM assets WHERE collection_id = 42` is a whole collection of a MAM), as a category's. Not a table of those containers
 * itself (`collections`, `folders`), where the id is the row's own key.
 */
const CONTAINER_KEY = /^(collection|folder|playlist|album|season|bin|library)_?id$/i;
const CATEGORY_ID = /^(?:\w+_)?(vocabulary|concept_class|class|category|type|kind)_id$/i;
export function isCategoryKey(name: string, table: string): boolean {
  const column = name.replace(/["'`[\]]/g, '').replace(/^.*\./, '');
  const bare = table.replace(/^.*\./, '').replace(/["'`[\]]/g, '');
  if (CONTAINER_KEY.test(column)) return !new RegExp(`${/^(\w+?)_?id$/i.exec(column)![1]}(s|es|ies)?$`, 'i').test(bare);
  // The category's own table (`vocabulary` by `vocabulary_id`): the id is the row's key there.
  const byId = CATEGORY_ID.exec(column);
  if (byId) return !bare.toLowerCase().startsWith(byId[1]!.toLowerCase().replace(/y$/, '')) && !/(model|type|kind|categor|status|state|stage)(s|es|ies)?$/i.test(bare);
  return CATEGORY_KEY.test(column) && !/(model|type|kind|categor|status|state|stage)(s|es|ies)?$/i.test(bare);
}

/**
 * A category's value that marks test records (`status = 'test'`, `?type=eq.sample`, `{kind: "demo"}`): test data (the
 * lead's decision 40), not a category of real records, so a delete narrowed to it is no category-wide wipe (430.3).
 */
const TEST_CATEGORY_VALUE = /^(test|testing|scratch|sandbox|demo|dummy|fake|sample)$/i;
export function isTestCategoryValue(value: string): boolean {
  return TEST_CATEGORY_VALUE.test(value);
}

/**
 * The lead's answer 378.4 (round 37): a studio's nightly builds are build artefacts. A path (its segments, a share's
 * server or a repository first) with a `nightly` or `nightlies` folder below one that names builds or artefacts by a whole
 * word (`nebula-builds-local/nightly/41102`, `\\nas01\builds\nightly`, `/mnt/nas/artifacts/game/nightlies`): the folder of
 * nightly builds or one build in it. Not nightly backups or dumps, nor anything that says production or a kept copy on
 * the way (namesTierOrKept), nor `..` or a wildcard before the nightly folder.
 */
export function nightlyBuildFolder(segments: readonly string[]): boolean {
  const segs = segments.map((s) => s.toLowerCase());
  const at = segs.findIndex((s) => s === 'nightly' || s === 'nightlies');
  if (at < 1 || segs.some((s) => s === '..' || namesTierOrKept(s) || /(^|[-_.])(dumps?|db|database)([-_.]|$)/.test(s))) return false;
  const before = segs.slice(0, at);
  return !before.some((s) => /[*?[]/.test(s)) && before.some((s) => s.split(/[-_.]/).some((w) => /^(builds?|artifacts?|artefacts?)$/.test(w)));
}

/**
 * The lead's answers 378.3 and 378.4 (round 37): a studio's shared build stores, by the segments of a path below a volume
 * or a share (the root, the share's server, left out): an Unreal `DerivedDataCache` (a cache by its name wherever it is
 * shared, no wildcard before it) and nightly builds (nightlyBuildFolder). Nothing that
 * says production or a kept copy on the way.
 */
export function sharedBuildStore(segments: readonly string[]): boolean {
  const segs = segments.map((s) => s.toLowerCase());
  if (segs.some((s) => s === '..' || namesTierOrKept(s))) return false;
  const ddc = segs.indexOf('deriveddatacache');
  return (ddc >= 0 && !segs.slice(0, ddc).some((s) => /[*?[]/.test(s))) || nightlyBuildFolder(segments);
}

export const TEST_STACK_DATA_LOSSES = new Set(['orm_reset', 'sql_drop', 'sql_truncate', 'sql_delete_unbounded', 'sql_update_unbounded', 'sql_unbounded', 'sql_mutation_unbounded', 'sql_table_emptied', 'sql_alter_drop', 'sql_table_replace', 'sql_sequence_reset', 'sql_type_change', 'sql_column_cleared', 'sql_column_unused', 'sql_replace_row', 'sql_upsert_every_row', 'sql_merge_delete', 'sql_merge_update_every_row', 'sql_cte_modify', 'sql_insert_overwrite', 'sql_replace_select', 'sql_partition_loss', 'sql_flush', 'redis_flush', 'memcached_flush', 'redis_del', 'redis_json_del', 'redis_expire_keys', 'redis_expire_now', 'redis_stream_emptied', 'mongo_drop', 'mongo_replace_collection', 'mongo_update_all', 'mongo_delete_bulk_production', 'sql_tenant_wipe', 'mongo_tenant_wipe']);

/**
 * A dev server on this machine: a loopback host (`localhost`, `127.0.0.1`, `[::1]`) with a written port that is not a
 * database engine's (DATABASE_PORTS: `localhost:5432` is the engine, `localhost:4000` the app the agent runs).
 */
export function isLoopbackDevServer(url: string): boolean {
  const a = urlAuthority(url);
  return a !== null && /^https?$/.test(a.scheme) && !a.userinfo && /^\d{1,5}$/.test(a.port ?? '') && LOOPBACK_HOST.test(a.host) && !DATABASE_PORTS.has(Number(a.port));
}

/**
 * The lead's answer 117 (round 23; decision 5 over round 13's): on a dev server on this machine, a request under a test
 * route (`/test/`, `/__test__/`, `/e2e/`, `/testing/`: `POST /__test__/reset-db`, `DELETE /e2e/users`) resets, seeds or
 * clears the app's test data: disposable. Not another host, a database engine's port or a test word elsewhere in the path.
 */
const TEST_ROUTE = /^https?:\/\/[^/?#]+(?:\/[^/?#]+)*?\/(?:test|__test__|e2e|testing)\/[^?#]/i;
export function localTestRoute(url: string): boolean {
  return isLoopbackDevServer(url) && TEST_ROUTE.test(url);
}

/**
 * The lead's answer 119 (round 23): a DELETE of a cache on a dev server on this machine (a path ending `/cache`, or under
 * `/caches/`) empties a cache the app fills again.
 */
const CACHE_ROUTE = /^https?:\/\/[^/?#]+(?:\/[^/?#]+)*?\/(?:cache(?:\/(?:entries|keys|items)\/[^/?#]+)?\/?|caches(?:\/[^/?#]+)*\/?)(?:[?#]|$)/i;
/**
 * Round 38 (sh38, answer 119 read to one named cache): on that dev server `/cache/NAME` (`DELETE
 * http://localhost:9000/api/cache/thumbnails`) empties the cache named NAME, as `/caches/NAME` does on any host (158). Not a
 * name that is the cache's own configuration or access (`/cache/config`, `/cache/settings`), a deeper path, a wildcard or
 * a dot segment.
 */
const LOCAL_NAMED_CACHE = /^https?:\/\/[^/?#]+(?:\/[^/?#]+)*?\/cache\/(?!(?:config|configuration|settings|policy|policies|rules|acl|admin|users?|keys|entries|items)\/?(?:[?#]|$))[\w-]+\/?(?:[?#]|$)/i;
export function localCacheRoute(url: string): boolean {
  return isLoopbackDevServer(url) && (CACHE_ROUTE.test(url) || (LOCAL_NAMED_CACHE.test(url) && !/\.\.|%2e|%2f|\*/i.test(url)));
}

/**
 * The lead's answer 158 (round 24): an application's cache endpoint on any host (`DELETE /v1/cache`, `/caches/NAME`,
 * Spring Boot's `/actuator/caches[/NAME]`) empties a cache the application fills again. Not a `cache` that is one named item
 * of a collection (`/configmaps/cache`, `/repositories/cache`: the segment before it a plural noun), a Kubernetes API path,
 * a cloud provider's API (an Azure cache resource is a server), or a database engine's port (DATABASE_PORTS: a Redis key
 * named cache is data).
 */
const NAMED_ITEM_OF = /^[a-z_-]*[a-rt-z_-]s$/i;
const CLOUD_OR_KUBE = /^https?:\/\/([^/?#]*\.)?(googleapis\.com|amazonaws\.com(\.cn)?|azure\.com|windows\.net)(:\d+)?\/|\/(api\/v1|apis\/[^/?#]+\/[^/?#]+)\/namespaces\//i;
export function applicationCacheRoute(url: string): boolean {
  const port = urlAuthority(url)?.port;
  if (!CACHE_ROUTE.test(url) || CLOUD_OR_KUBE.test(url) || /\.\.|%2e|%2f/i.test(url) || (port !== undefined && DATABASE_PORTS.has(Number(port)))) return false;
  const segs = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '').split('/').filter(Boolean);
  const at = segs.findIndex((s) => /^caches?$/i.test(s));
  // One named cache at most (`/caches/NAME`): a deeper path or a wildcard is not shown to be a cache (round 24, b24h).
  // The lead's answer 341 (round 32): one entry of it, one level deeper (`/cache/entries/KEY`), is the cache's too.
  const oneEntry = segs.length - at === 3 && /^(entries|keys|items)$/i.test(segs[at + 1]!);
  if (at < 0 || (segs.length - at > 2 && !oneEntry) || url.includes('*')) return false;
  return !(segs[at]!.toLowerCase() === 'cache' && NAMED_ITEM_OF.test(segs[at - 1] ?? ''));
}

/**
 * The lead's answer 157 (round 24): one record deleted by its numeric id on a dev server on this machine
 * (`DELETE http://localhost:3000/api/todos/42`) is decision 40's dev store read by answer 117's loopback rule: benign.
 * The id is the last segment, all digits, after a collection's name; no query (a query may widen it), not a Kubernetes
 * API path (`kubectl proxy` forwards to a cluster), not a database engine's port (isLoopbackDevServer), not a local admin
 * API of infrastructure (LOCAL_ADMIN_PORTS) and not a configuration path (Caddy's `/config/…/routes/0` takes a site down).
 */
const LOCAL_RECORD_BY_ID = /^https?:\/\/[^/?#]+(?:\/[A-Za-z0-9_-]+)*\/[A-Za-z][A-Za-z0-9_-]*\/\d+\/?$/;
/** Local admin APIs of infrastructure, not an app's dev server: Caddy, Docker, Nomad, `kubectl proxy`, Vault, Consul, Envoy, Prometheus, Alertmanager. */
const LOCAL_ADMIN_PORTS: ReadonlySet<number> = new Set([2019, 2375, 2376, 4646, 8001, 8200, 8500, 9090, 9093, 9901, 15000]);
/**
 * Collections whose one member holds others or is a person's: a project, workspace, dataset, database, repository, tenant,
 * account or user deleted by id loses what it holds (Label Studio's `DELETE /api/projects/3/` on localhost:8080 takes every
 * annotation with it) or an account (the round-13 decision; as Hasura's `delete_users_by_pk` in mcp.ts). These stay.
 */
const HOLDS_OTHERS = /^(projects?|workspaces?|databases?|dbs?|datasets?|repos|repositories|buckets?|orgs?|organi[sz]ations?|teams?|tenants?|collections?|indexes|indices|tables?|schemas?|namespaces?|clusters?|volumes?|accounts?|users?|members?|customers?|identities|profiles?|spaces?|sites?|apps?|applications?|environments?|envs?|servers?|instances?|backups?|snapshots?|boards?|channels?)$/i;
export function localRecordById(url: string): boolean {
  const port = Number(urlAuthority(url)?.port);
  const collection = /\/([^/?#]+)\/\d+\/?$/.exec(url)?.[1] ?? '';
  return isLoopbackDevServer(url) && LOCAL_RECORD_BY_ID.test(url) && !HOLDS_OTHERS.test(collection) && !LOCAL_ADMIN_PORTS.has(port) && !/^https?:\/\/[^/]+\/(api\/v1\/(namespaces|nodes|persistentvolumes|pods|services|secrets|configmaps)|apis)\//.test(url) && !/\/config\//i.test(url);
}
