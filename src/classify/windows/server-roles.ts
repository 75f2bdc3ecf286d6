import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import { clue, envTarget } from '../shell/tools/common.ts';
import { registryValueWeakens, SERVER_ROLE_FEATURE } from './tools.ts';

/**
 * Windows Server roles and directory services as their PowerShell modules document them (FailoverClusters, Hyper-V,
 * SmbShare, Storage, DhcpServer, ActiveDirectory, GroupPolicy, Microsoft.Graph.Users, MSOnline, DISM): the cmdlets and
 * settings that take a role out of service, switch an account off or weaken a safeguard, where the cmdlet's verb alone
 * (Set-, Save-, Close-, Update-) does not say so. Data first; `serverRoleCmdlet` applies it.
 */

/** Verb-noun of cmdlets that take a running role out of service (availability: stop, pause, drain, cut sessions). */
const OUTAGE_CMDLET: ReadonlyMap<string, string> = new Map([
  // Hyper-V: the VM's memory is saved to disk and the VM stops until someone starts it.
  ['save-vm', 'saves and stops the VM'],
  // FailoverClusters: a role (group) or resource stops; a node stops or is paused (-Drain moves its roles away first).
  ['stop-clustergroup', 'stops a clustered role'],
  ['stop-clusterresource', 'stops a clustered resource'],
  ['stop-clusternode', 'stops the cluster service on a node'],
  ['suspend-clusternode', 'pauses (drains) a cluster node'],
  ['suspend-clusterresource', 'takes a clustered resource offline'],
  ['stop-clusterrole', 'stops a clustered role'],
  // SmbShare: every session or open file is cut; writes in flight are lost.
  ['close-smbsession', 'cuts SMB client sessions'],
  ['close-smbopenfile', 'closes files clients hold open'],
]);

interface Setting {
  noun: RegExp;
  param: RegExp;
  /** The values that do it (tested on the lower-case value). */
  value: RegExp;
  code: string;
  what: string;
}

const ON = /^(\$?true|1|yes)$/;
const OFF = /^(\$?false|0|no|disabled?|off|inactive)$/;

/** Parameters of Set-/Update- cmdlets whose value takes a role out of service, switches an account off or a safeguard. */
const SETTINGS: readonly Setting[] = [
  // Storage: Set-Disk -IsOffline $true takes the disk and its volumes away from what uses them.
  { noun: /^disk$/, param: /^-isoffline$/, value: ON, code: 'service_outage', what: 'takes the disk offline' },
  // DhcpServer: an inactive scope leases no address.
  { noun: /^dhcpserverv[46]scope$/, param: /^-state$/, value: /^inactive$/, code: 'service_outage', what: 'stops the scope from leasing addresses' },
  // ActiveDirectory (Set-ADUser, Set-ADComputer, Set-ADServiceAccount -Enabled), Microsoft Graph and AzureAD
  // (Update-MgUser, Set-AzureADUser -AccountEnabled), MSOnline (Set-MsolUser -BlockCredential): the account can no longer sign in.
  { noun: /(user|computer|serviceaccount)$/, param: /^-(enabled|accountenabled)$/, value: OFF, code: 'account_disabled', what: 'switches the account off' },
  // Update-MgServicePrincipal / Set-AzureADServicePrincipal -AccountEnabled $false: the workloads signing in as it stop
  // (the lead's round-17 decision 25).
  { noun: /serviceprincipal$/, param: /^-accountenabled$/, value: OFF, code: 'account_disabled', what: 'switches the service principal off' },
  { noun: /^msoluser$/, param: /^-blockcredential$/, value: ON, code: 'account_disabled', what: 'blocks the account from signing in' },
  // SmbShare: encryption and signing of SMB traffic switched off.
  { noun: /^(smbshare|smbserverconfiguration)$/, param: /^-(encryptdata|requiresecuritysignature|rejectunencryptedaccess)$/, value: OFF, code: 'encryption_off', what: 'lets SMB traffic go unencrypted or unsigned' },
  // ActiveDirectory password policies: complexity off, no minimum length, no lockout, passwords stored reversibly.
  { noun: /^(addefaultdomainpasswordpolicy|adfinegrainedpasswordpolicy)$/, param: /^-complexityenabled$/, value: OFF, code: 'safeguard_disabled', what: 'switches password complexity off' },
  { noun: /^(addefaultdomainpasswordpolicy|adfinegrainedpasswordpolicy)$/, param: /^-(minpasswordlength|lockoutthreshold)$/, value: /^0+$/, code: 'safeguard_disabled', what: 'removes the password length or lockout rule' },
  { noun: /^(addefaultdomainpasswordpolicy|adfinegrainedpasswordpolicy)$/, param: /^-reversibleencryptionenabled$/, value: ON, code: 'safeguard_disabled', what: 'stores passwords reversibly' },
];

/** A parameter's value as PowerShell binds it: `-P:v`, `-P v`, a bare switch (`$true`); lower-case. */
function valueAt(args: Word[], i: number): string | null {
  const a = args[i]!.value ?? '';
  const colon = a.indexOf(':');
  if (colon !== -1) return a.slice(colon + 1).toLowerCase();
  const next = args[i + 1]?.value ?? null;
  return next === null || next.startsWith('-') ? '$true' : next.toLowerCase();
}

function named(args: Word[], param: RegExp): string | null {
  const i = args.findIndex((a) => param.test((a.value ?? '').replace(/:.*$/, '').toLowerCase()));
  return i === -1 ? null : (args[i + 1]?.value ?? null);
}

/** Set-GPRegistryValue / Set-GPPrefRegistryValue: a policy that writes a safeguard's registry value off (registryValueWeakens). */
function policyRegistryWeakens(inv: Invocation): boolean {
  const key = named(inv.args, /^-key$/);
  const value = named(inv.args, /^-valuename$/);
  return key !== null && value !== null && registryValueWeakens(key, value, named(inv.args, /^-value$/));
}

/** Disable-WindowsOptionalFeature / Remove-WindowsFeature of a server role (SERVER_ROLE_FEATURE). */
function disablesServerRole(inv: Invocation, verb: string, noun: string): boolean {
  if (verb !== 'disable' || !/feature$/.test(noun)) return false;
  const features = inv.args.filter((_, i) => /^-featurename$/i.test(inv.args[i - 1]?.value ?? '')).flatMap((w) => (w.value ?? '').split(','));
  return features.some((f) => SERVER_ROLE_FEATURE.test(f.trim()));
}

/** Judges `inv` when it is one of the forms above and destructive; false otherwise (the caller's rules go on). */
export function serverRoleCmdlet(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  const m = /^([a-z]+)-([a-z0-9]+)$/.exec(name);
  if (!m) return false;
  const [, verb, noun] = m as unknown as [string, string, string];
  const outage = OUTAGE_CMDLET.get(name);
  if (outage) {
    b.verb('write').destroy('service_outage', `\`${inv.name}\` ${outage}`, inv.span);
    // What it stops, by name (`Save-VM -Name prod-sql01`, `Suspend-ClusterNode prod-sql01`), may say its environment (round 12).
    for (const [i, a] of inv.args.entries()) {
      const v = a.value;
      if (v === null || v.startsWith('-') || (i > 0 && (inv.args[i - 1]?.value ?? '').startsWith('-') && !/^-(name|vmname|computername|cn|cluster|nodename)$/i.test(inv.args[i - 1]!.value!))) continue;
      for (const id of v.split(',').map((x) => x.trim()).filter(Boolean)) {
        const t = envTarget(inv, 'host', id, [clue('names', id)]);
        if (t.environment !== null) b.target(t);
      }
    }
    return true;
  }
  if (verb === 'set' || verb === 'update') {
    for (const s of SETTINGS) {
      if (!s.noun.test(noun)) continue;
      const i = inv.args.findIndex((a) => s.param.test((a.value ?? '').replace(/:.*$/, '').toLowerCase()));
      const v = i === -1 ? null : valueAt(inv.args, i);
      if (v !== null && s.value.test(v)) {
        b.verb('write').destroy(s.code, `\`${inv.name} ${inv.args[i]!.value!.replace(/:.*$/, '')}\` ${s.what}`, inv.span);
        return true;
      }
    }
  }
  if (/^(set-gpregistryvalue|set-gpprefregistryvalue)$/.test(name) && policyRegistryWeakens(inv)) {
    b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\` makes a Group Policy switch a safeguard off on every computer it applies to`, inv.span);
    return true;
  }
  if (disablesServerRole(inv, verb, noun)) {
    b.verb('delete').destroy('service_outage', `\`${inv.name}\` removes a server role`, inv.span);
    return true;
  }
  return false;
}
