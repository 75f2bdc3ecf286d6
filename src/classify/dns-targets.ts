/**
 * DNS records pointed away (docs/classifier-evaluation.md, "How a case is labelled": a DNS record changed to a stranger's
 * target). A record that names a host (CNAME, MX, NS) and is changed to one outside the zone's own domain and outside the
 * service domains the clouds and hosting platforms hand out sends the name's traffic, or its mail, to a host nobody here
 * is shown to control. No I/O: names only.
 */

/**
 * Service domains of the clouds, CDNs, hosting platforms and mail services whose hostnames a record points at when it
 * fronts the company's own resource (each provider's documentation of the names it assigns: load balancers, CDN
 * distributions, app services, static sites, managed mail), and of the SaaS products a company points a subdomain at by
 * their custom-domain guides (a status page, a help centre, a shop, a docs site, sign-in: fix13-cloud2's
 * `status.prod.acme.com CNAME acme.statuspage.io` is benign).
 */
const SERVICE_DOMAIN = /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|cloudfront\.net|awsglobalaccelerator\.com|amazonses\.com|awsapprunner\.com|azurewebsites\.net|azureedge\.net|azurefd\.net|trafficmanager\.net|cloudapp\.net|cloudapp\.azure\.com|windows\.net|azurestaticapps\.net|azure-api\.net|azurecontainerapps\.io|googlehosted\.com|googleusercontent\.com|appspot\.com|run\.app|web\.app|firebaseapp\.com|google\.com|googlemail\.com|herokudns\.com|herokuapp\.com|fly\.dev|vercel-dns\.com|vercel\.app|netlify\.app|netlify\.com|github\.io|gitlab\.io|pages\.dev|workers\.dev|cloudflare\.net|fastly\.net|fastlylb\.net|akamaiedge\.net|akamai\.net|edgekey\.net|edgesuite\.net|ondigitalocean\.app|digitaloceanspaces\.com|linodeobjects\.com|oraclecloud\.com|outlook\.com|office365\.com|sendgrid\.net|mailgun\.org|mailgun\.net|mxrecord\.io|zoho\.com|protonmail\.ch|statuspage\.io|atlassian\.net|zendesk\.com|freshdesk\.com|helpscoutdocs\.com|intercom\.help|hubspot\.net|hs-sites\.com|myshopify\.com|shopify\.com|squarespace\.com|wixdns\.net|webflow\.com|webflow\.io|ghost\.io|wpengine\.com|readthedocs\.io|gitbook\.io|mcsv\.net|mktoweb\.com|pardot\.com|salesforce\.com|force\.com|auth0\.com|okta\.com|custom-domains\.okta\.com|stripe\.com)\.?$/i;

/** Second-level labels under which registries sell names (`acme.co.uk`): the registrable domain is then three labels. */
const SECOND_LEVEL = /^(co|com|net|org|gov|ac|edu|ltd|plc|ne|or)$/;

/** The registrable domain of a host (`api.eu.acme.co.uk` -> `acme.co.uk`), lower case, without the root dot. */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  const n = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** An MX value's host (`10 mx.example.net.` -> `mx.example.net.`), or the value itself. */
function hostOf(value: string): string {
  return value.trim().replace(/^"|"$/g, '').replace(/^\d+\s+/, '');
}

/**
 * Whether `target` (a CNAME, MX or NS value) is outside both the zone's registrable domain and the service domains: an
 * address, or anything that is not a host name, is not judged (false).
 */
export function pointsAway(zone: string, target: string): boolean {
  const host = hostOf(target);
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+\.?$/i.test(host) || /^[\d.]+$/.test(host) || host.includes(':')) return false;
  if (SERVICE_DOMAIN.test(host)) return false;
  return registrableDomain(host) !== registrableDomain(zone);
}

/**
 * The records a Route 53 change batch points away (`"Action":"UPSERT"` of a CNAME, MX or NS record whose value is
 * outside the zone and the service domains): `Name -> value` for each. A new record (`CREATE`) moves no traffic that was
 * flowing; an alias target is always a resource of the account.
 */
export function changeBatchPointsAway(batch: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(batch);
  } catch {
    return [];
  }
  const changes = (doc as { Changes?: unknown }).Changes;
  if (!Array.isArray(changes)) return [];
  const out: string[] = [];
  for (const c of changes as Array<{ Action?: unknown; ResourceRecordSet?: { Name?: unknown; Type?: unknown; ResourceRecords?: Array<{ Value?: unknown }> } }>) {
    const set = c.ResourceRecordSet;
    if (c.Action !== 'UPSERT' || typeof set?.Name !== 'string' || !/^(CNAME|MX|NS)$/.test(String(set.Type)) || !Array.isArray(set.ResourceRecords)) continue;
    for (const r of set.ResourceRecords) if (typeof r.Value === 'string' && pointsAway(set.Name, r.Value)) out.push(`${set.Name} -> ${r.Value}`);
  }
  return out;
}
