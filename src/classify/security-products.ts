/**
 * Endpoint protection and security agents by product name, package id or agent name, one table for every door (winget,
 * Chocolatey, Scoop, apt, dnf, WMI, PowerShell): antivirus and EDR (CrowdStrike Falcon, SentinelOne, Carbon Black,
 * Microsoft Defender and its Linux package `mdatp`, Sophos, ESET, Kaspersky, Trend Micro, Bitdefender, ...) and the audit
 * agents that feed them (Sysmon, osquery, Wazuh, Velociraptor); `md4ws` is Defender for Endpoint's package for Windows
 * Server 2012 R2 and 2016 (`md4ws.msi`, Microsoft Learn's "Onboard Windows servers"). Uninstalling one switches its
 * protection off, as stopping its service does: a safeguard removed (the lead's decision, round 16). Whole words only
 * (`eset` is not `reset`).
 */
export const ENDPOINT_PROTECTION = /(?<![\w-])(crowdstrike|falcon[ ._-]?sensor|csagent|csfalcon\w*|sentinel[ ._-]?one|sentinel[ ._-]?agent|sentinelinstaller\w*|carbon[ ._-]?black|cb[ ._-]?defense|cbagentd|cylance\w*|sophos|symantec[ ._-]?endpoint\w*|norton[ ._-]?(security|antivirus|360)|mcafee|trellix|(microsoft|windows)[ ._-]?defender|defender[ ._-]?for[ ._-]?endpoint|mdatp|md4ws|eset|kaspersky|trend[ ._-]?micro|bitdefender|sysmon(64)?|tanium|cortex[ ._-]?xdr|malwarebytes|webroot|wazuh([ ._-]?agent)?|osquery|qualys[ ._-]?(cloud[ ._-]?)?agent|rapid7|insight[ ._-]?agent|cybereason|huntress|elastic[ ._-]?(agent|endpoint)|cisco[ ._-]?secure[ ._-]?endpoint|f-secure|velociraptor)(?![a-z0-9])/i;

/** Whether a package id, product name or query names a security agent (ENDPOINT_PROTECTION). */
export function namesSecurityProduct(text: string): boolean {
  return ENDPOINT_PROTECTION.test(text);
}

/**
 * A security vendor's registry key (`…\SOFTWARE\Zscaler Inc\…`), round 42 (atk42): 432.2 keeps security products' keys
 * out, and these vendors' keys are security products' too (antivirus, web filtering and zero trust agents, firewall and VPN
 * clients, MFA credential providers, privilege managers) though ENDPOINT_PROTECTION names their agents by other words.
 */
export const SECURITY_VENDOR_KEY = /\\(avast( software)?|avg( technologies)?|avira|panda security|zscaler( inc\.?)?|netskope|palo alto networks|fortinet|forticlient|duo security|check point|checkpoint|forcepoint|cyberark|beyondtrust|tenable|nessus|ivanti|pulse secure|globalprotect|cisco\\cisco (secure client|anyconnect)|okta|yubico|rsa( security)?|thycotic|delinea|bitlocker|vera ?crypt|absolute software|comodo|gdata|g data|k7 computing|quick heal|emsisoft|bullguard|f-secure|withsecure|cisco\\amp)(\\|$)/i;

/**
 * Database and data servers by package or product name (Scoop's, Chocolatey's and winget's ids, the names Windows lists
 * installed programs under): one list for every Windows door that uninstalls them.
 */
export const DATA_SERVER_NAMES = String.raw`mariadb|mysql(?:-lts)?|postgresql\d*|mongodb|redis|memurai|elasticsearch|opensearch|rabbitmq|couchdb|influxdb|minio|neo4j|cassandra|clickhouse|etcd`;

/** Their client and developer tools, which follow the name (`mongodb-compass`, `MySQL Workbench`, `SQL Server Management Studio`). */
const SERVER_TOOL_WORD = String.raw`(?![ ._-]?(?:\d[\d.]*[ ._-]?)?(?:compass|shell|workbench|tools?|client|cli|studio|management|odbc|driver|connector|native|desktop|manager|gui|admin|cmdline|command|utilities|language|data[ ._-]?tools|sdk|lib|jdbc|migration|extension))`;

/**
 * The lead's answers 124 and 203 (round 26): what a server keeps running, by package id or product name, for the Windows
 * doors (winget, Chocolatey, Scoop, `wmic product … call uninstall`, PackageManagement's Uninstall-Package): a database or
 * data engine (DATA_SERVER_NAMES, SQL Server, Oracle Database, Db2; `sql-server-2019`, `Microsoft.SQLServer.2022.Developer`,
 * `PostgreSQL.PostgreSQL.16`) or a monitoring agent (Datadog, New Relic, Zabbix, Splunk's forwarder, Azure Monitor and the
 * Microsoft Monitoring Agent, exporters, Dynatrace, Telegraf, a product called a monitoring agent). Removed, the engine's
 * service or the host's monitoring is gone, as `apt-get remove` of a server package (answer 124). Their client and developer
 * tools (SERVER_TOOL_WORD) are not in it; security agents are ENDPOINT_PROTECTION's, backup agents kept-agents.ts's.
 */
export const KEPT_SERVER_PRODUCT = new RegExp(String.raw`(?<![\w-])(?:(?:${DATA_SERVER_NAMES}|sql[ ._-]?server\d*|mssql(?:server)?\w*|oracle[ ._-]?(?:database|xe)|db2)${SERVER_TOOL_WORD}|datadog[ ._-]?agent|new[ ._-]?relic[ ._-]?(?:infra\w*|agent)|newrelic[ ._-]?infra\w*|zabbix[ ._-]?agent\d*|splunk[ ._-]?(?:universal[ ._-]?)?forwarder|splunkforwarder|universalforwarder|microsoft[ ._-]?monitoring[ ._-]?agent|azure[ ._-]?monitor[ ._-]?agent|azuremonitoragent|(?:prometheus[ ._-]?)?windows[ ._-]?exporter|grafana[ ._-]?(?:agent|alloy)|nsclient(?:\+\+|pp)?|dynatrace[ ._-]?oneagent|oneagent|appdynamics[ ._-]?\w*agent|telegraf|fluent[ ._-]?bit|nxlog|check[ ._-]?mk[ ._-]?agent|icinga2?|scom[ ._-]?agent|monitoring[ ._-]?agent)(?![a-z0-9])`, 'i');

/** Whether a package id, product name or query names a database engine or a monitoring agent (KEPT_SERVER_PRODUCT). */
export function namesKeptServerProduct(text: string): boolean {
  return KEPT_SERVER_PRODUCT.test(text);
}
