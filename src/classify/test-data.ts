/**
 * The lead's rule (round 16, decision 5): test, load-test and scratch data on this machine is disposable. Two
 * predicates say it, and every classifier that applies the rule uses these two (the `dropdb`, `psql`, `mongosh`,
 * `sqlcmd` and ORM rules, SQL's DROP DATABASE and emptied tables, Flyway's clean, `docker volume rm`, database files):
 * - `isLocalDatabaseHost`: the server a client is told to connect to is this machine;
 * - `namesDisposable`: a name says tests, CI or scratch, and nothing that is kept.
 * Each caller adds what its rule needs besides (the tier not production, only data and schema lost).
 */

/**
 * This machine by the names database clients give it: `localhost`, a loopback address (`127.x.x.x`, `::1`, `[::1]`),
 * `0.0.0.0`, SQL Server's `.`, `(local)` and LocalDB (`(localdb)\MSSQLLocalDB`), with a `tcp:`/`lpc:` protocol, an
 * instance (`.\SQLEXPRESS`) and a port (`localhost:5432`, `localhost,1433`); and a Unix socket folder (`/tmp`,
 * `/var/run/postgresql`). Whole names only: `localhost.example.com` and `127.0.0.1.nip.io` are names DNS answers for.
 */
const LOCAL_DATABASE_HOST = /^(?:(?:tcp|lpc):)?(?:localhost|127(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}|::1|\[::1\]|0\.0\.0\.0|\.|\(local\)|\(localdb\)\\[\w.-]+)(?:\\[\w$-]+)?(?:[,:]\d{1,5})?$/i;
const SOCKET_FOLDER = /^\/(?:tmp|var\/run|run)(?:\/[\w.-]+)*\/?$/;
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
const DISPOSABLE_WORDS = new Set(['test', 'tests', 'testing', 'ci', 'e2e', 'loadtest', 'scratch']);
const KEPT_WORD = /^(prod|prd|production|live|backups?|bak|archived?|snapshots?)\d*$/;
export function namesDisposable(name: string): boolean {
  if (!/^[\w.-]+$/.test(name)) return false;
  // .NET and SQL Server spell the words in capitals (`Billing_IntegrationTest`, `ShopLoadTest`): each capital starts one.
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[-_.]/);
  return words.some((w) => DISPOSABLE_WORDS.has(w)) && !words.some((w) => KEPT_WORD.test(w));
}
