import type { Invocation } from '../invocation.ts';
import { hasFlag, inputFile, positionals } from './common.ts';

/**
 * The rulesets a system loads its firewall from at boot (Debian's iptables-persistent, RHEL's iptables-services): loaded
 * again, they are the rules already in force (a reload), as `nft -f /etc/nftables.conf` is (round 29, t29).
 */
const SAVED_RULESETS = /^\/etc\/(iptables\/rules\.v[46]|sysconfig\/ip6?tables|iptables\.rules|ip6tables\.rules)$/;

/**
 * iptables-restore(8) and ip6tables-restore (round 39, td39): the ruleset read from a file or the input replaces the
 * tables' rules (`--noflush` adds to them), so it may open or drop anything the action does not show: opaque, unless it
 * is the system's own saved ruleset (a reload). `-t`/`--test` only parses it.
 */
export function firewallRestore(inv: Invocation): void {
  const b = inv.env.b;
  if (hasFlag(inv.args, '-t', '--test', '-h', '--help', '-V', '--version')) {
    b.verb('read');
    return;
  }
  const operand = positionals(inv.args, new Set(['-T', '--table', '-M', '--modprobe', '-w', '--wait', '-W', '--wait-interval']))[0];
  const file = operand ? operand.value : inv.stdin?.file;
  if (file !== undefined && file !== null && SAVED_RULESETS.test(file)) {
    b.verb('write', 'permissions').finding('firewall_reload', `\`${inv.name}\` loads the system's own saved ruleset \`${file}\` again`, inv.span);
    return;
  }
  inputFile(inv, file ?? undefined, 'file_arg');
  const what = file === undefined && typeof inv.stdin?.text === 'string' ? 'replaces the tables\' rules with the ruleset piped in, which is not judged rule by rule' : 'loads a ruleset the input does not show';
  b.verb('write', 'permissions').opaque('firewall_rules_unseen', `\`${inv.name}\` ${what}: it may open or drop anything`, inv.span);
}
