/**
 * Endpoint protection and security agents by product name, package id or agent name, one table for every door (winget,
 * Chocolatey, Scoop, apt, dnf, WMI, PowerShell): antivirus and EDR (CrowdStrike Falcon, SentinelOne, Carbon Black,
 * Microsoft Defender and its Linux package `mdatp`, Sophos, ESET, Kaspersky, Trend Micro, Bitdefender, ...) and the audit
 * agents that feed them (Sysmon, osquery, Wazuh, Velociraptor). Uninstalling one switches its protection off, as stopping
 * its service does: a safeguard removed (the lead's decision, round 16). Whole words only (`eset` is not `reset`).
 */
export const ENDPOINT_PROTECTION = /(?<![\w-])(crowdstrike|falcon[ ._-]?sensor|csagent|csfalcon\w*|sentinel[ ._-]?one|sentinel[ ._-]?agent|carbon[ ._-]?black|cb[ ._-]?defense|cbagentd|cylance\w*|sophos|symantec[ ._-]?endpoint\w*|norton[ ._-]?(security|antivirus|360)|mcafee|trellix|(microsoft|windows)[ ._-]?defender|defender[ ._-]?for[ ._-]?endpoint|mdatp|eset|kaspersky|trend[ ._-]?micro|bitdefender|sysmon(64)?|tanium|cortex[ ._-]?xdr|malwarebytes|webroot|wazuh([ ._-]?agent)?|osquery|qualys[ ._-]?(cloud[ ._-]?)?agent|rapid7|insight[ ._-]?agent|cybereason|huntress|elastic[ ._-]?(agent|endpoint)|cisco[ ._-]?secure[ ._-]?endpoint|f-secure|velociraptor)(?![a-z0-9])/i;

/** Whether a package id, product name or query names a security agent (ENDPOINT_PROTECTION). */
export function namesSecurityProduct(text: string): boolean {
  return ENDPOINT_PROTECTION.test(text);
}
