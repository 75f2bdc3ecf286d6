/**
 * Round 40 (rv40): HTTP requests to network devices' and firewalls' management APIs, as data, by what each API's
 * reference says the request does: RESTCONF (RFC 8040) on a router's interfaces (RFC 8343 `ietf-interfaces`, OpenConfig
 * `openconfig-interfaces`, Cisco IOS XE's native model), OPNsense's firewall API (`/api/firewall/filter/…`) and the
 * Cisco Meraki Dashboard API's firewall rule lists. Read by other-kinds.ts (`httpBodyEffects`: what a POST, PATCH or PUT
 * destroys, whoever sends it); blind39-net's pinned requests are its first cases (`blind39-net-rc-patch-int-disabled`,
 * `-opn-api-add-rule-pass-any`, `-opn-api-del-rule`, `-meraki-put-l3fw-allow-any`).
 *
 * Labels ("How a case is labelled"): an interface administratively down (`enabled: false`, IOS XE's `shutdown`) is out of
 * service; a firewall rule that lets every address in (public-access.ts inboundOpenWidens: not the web's ports, answer
 * 238), a filter rule deleted or switched off (the line does not show whether it blocked: fail closed), and a rule list
 * replaced by one that denies nothing are safeguards off.
 */
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../core/index.ts';
import { inboundOpenWidens } from './public-access.ts';

/** What a request does, when this module knows it. */
export interface NetworkEffect {
  code: 'service_outage' | 'safeguard_off';
  why: string;
}

function asObject(v: JsonValue | undefined): JsonObject | null {
  const parsed = typeof v === 'string' ? parseJson(v) : v;
  return isJsonObject(parsed) ? parsed : null;
}

/** The URL's path without its query. */
const pathOf = (url: string): string => url.replace(/^[a-z][\w+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '');

/** A RESTCONF datastore resource (RFC 8040 3.3: `{+restconf}/data/…`; the root is found at `/.well-known/host-meta`, `restconf` by convention). */
const RESTCONF_DATA = /\/restconf\/data(\/|$)/i;

/**
 * Whether a RESTCONF body takes an interface (or another IOS XE native part) down: `enabled: false` in an interface's
 * entry (RFC 8343 `interface/enabled`: "the configured, desired state of the interface"; OpenConfig's
 * `interface/config/enabled`), or IOS XE's native `shutdown` set (`"shutdown": [null]`, the YANG `empty` leaf in JSON,
 * RFC 7951 6.9: the `shutdown` command under an interface or a BGP neighbour). The keys are matched without their module
 * prefix (`ietf-interfaces:interface`).
 */
function restconfTakesDown(value: JsonValue, underInterface: boolean, depth = 0): string | null {
  if (depth > 8) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = restconfTakesDown(v, underInterface, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isJsonObject(value)) return null;
  for (const [key, v] of Object.entries(value)) {
    const bare = key.replace(/^[\w.-]+:/, '');
    if (bare === 'enabled' && underInterface && (v === false || v === 'false')) return '`enabled: false` on an interface';
    if (bare === 'shutdown' && (v === true || (Array.isArray(v) && v.length === 1 && v[0] === null))) return 'IOS XE `shutdown`';
    const found = restconfTakesDown(v, underInterface || /^interfaces?$/i.test(bare), depth + 1);
    if (found) return found;
  }
  return null;
}

/** The URL names an interface (`…/ietf-interfaces:interfaces/interface=Gi2`), so a body's top-level `enabled` is the interface's. */
const RESTCONF_INTERFACE_URL = /\/([\w.-]+:)?interfaces?(=|\/|$)/i;

/** OPNsense's filter API: `addRule`, `setRule/UUID` (the rule's body), `delRule/UUID`, `toggleRule/UUID[/0|1]`. */
const OPNSENSE_FILTER = /\/api\/firewall\/filter\/(addRule|setRule|delRule|toggleRule)(\/([^/?#]*))?(\/([^/?#]*))?\/?$/i;

/** An OPNsense address that is any address: `any`, empty or absent (the rule's default), `0.0.0.0/0`, `::/0`. */
const anyAddress = (v: JsonValue | undefined): boolean => v === undefined || v === null || (typeof v === 'string' && /^(any|0\.0\.0\.0\/0|::\/0|)$/i.test(v.trim()));

/**
 * OPNsense's `addRule` or `setRule` (its API reference, "Firewall / filter"): a rule `pass`ing inbound (`direction` in,
 * the default) from any source (`source_net` any, the default) not inverted, on an interface that is not only the LAN's,
 * enabled (`enabled` not `0`), to the ports inboundOpenWidens reads (`destination_port` any or absent: every port).
 */
function opnsenseRuleOpens(body: JsonValue | undefined): string | null {
  const rule = asObject(asObject(body)?.['rule'] ?? null);
  if (!rule) return null;
  const text = (k: string): string => String(rule[k] ?? '').trim().toLowerCase();
  if (text('action') !== 'pass' || /^(0|false)$/.test(text('enabled')) || (text('direction') !== '' && text('direction') !== 'in')) return null;
  if (!anyAddress(rule['source_net']) || /^(1|true)$/.test(text('source_not'))) return null;
  const interfaces = text('interface').split(',').filter(Boolean);
  if (interfaces.length > 0 && interfaces.every((i) => i === 'lan')) return null;
  const port = text('destination_port');
  if (!inboundOpenWidens([port === '' || port === 'any' ? null : port], true)) return null;
  return `passes every address in on \`${interfaces.join(',') || 'any interface'}\` to ${port === '' || port === 'any' ? 'every port' : `port ${port}`}`;
}

/**
 * The Meraki Dashboard API's rule lists replaced whole (`PUT /networks/{id}/appliance/firewall/l3FirewallRules`,
 * `inboundFirewallRules`, `cellularFirewallRules`, a wireless SSID's `firewall/l3FirewallRules`): "an ordered array of the
 * firewall rules (not including the default rule)", whose default allows. A list whose every rule allows (`policy:
 * allow`) takes away every deny the network had: nothing is blocked any more. An empty list is other-kinds.ts
 * `listEmptied`'s.
 */
const MERAKI_RULE_LIST = /\/api\/v\d+\/networks\/[^/?#]+\/(appliance\/firewall\/(l3FirewallRules|inboundFirewallRules|cellularFirewallRules)|wireless\/ssids\/\d+\/firewall\/l3FirewallRules)\/?$/i;
function merakiDeniesNothing(body: JsonValue | undefined): boolean {
  const rules = asObject(body)?.['rules'];
  return Array.isArray(rules) && rules.length > 0 && rules.every((r) => isJsonObject(r) && typeof r['policy'] === 'string' && /^allow$/i.test(r['policy']));
}

/** The effect of a POST, PATCH or PUT to one of these APIs, or null. */
export function networkRequestEffect(method: string, url: string, sent: JsonValue | undefined): NetworkEffect | null {
  const path = pathOf(url);
  if ((method === 'PATCH' || method === 'PUT' || method === 'POST') && RESTCONF_DATA.test(path)) {
    const body = asObject(sent);
    const down = body ? restconfTakesDown(body, RESTCONF_INTERFACE_URL.test(path)) : null;
    if (down) return { code: 'service_outage', why: `RESTCONF sets ${down}: it is administratively down, out of service until enabled again` };
  }
  const opn = method === 'POST' ? OPNSENSE_FILTER.exec(path) : null;
  if (opn) {
    const op = opn[1]!.toLowerCase();
    if (op === 'delrule') return { code: 'safeguard_off', why: 'OPNsense deletes a firewall filter rule: the line does not show whether it blocked (fail closed)' };
    // `toggleRule/UUID` flips the rule (off when it was on); `/0` switches it off; `/1` on.
    if (op === 'togglerule' && opn[5] !== '1') return { code: 'safeguard_off', why: 'OPNsense switches a firewall filter rule off (or flips it): the line does not show whether it blocked (fail closed)' };
    const opens = op === 'addrule' || op === 'setrule' ? opnsenseRuleOpens(sent) : null;
    if (opens) return { code: 'safeguard_off', why: `an OPNsense filter rule ${opens}` };
  }
  if (method === 'PUT' && MERAKI_RULE_LIST.test(path) && merakiDeniesNothing(sent)) {
    return { code: 'safeguard_off', why: "replaces the network's firewall rules with rules that only allow: every deny it had is gone" };
  }
  return null;
}
