import { optionValuesIn, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';
import { SCRATCH_WORDS } from '../../test-data.ts';

/**
 * Round 41 (bl41erp): catalogue entries for the tools of a business-applications team (ERP, CRM and ITSM administrators)
 * that no older entry names: SAP's transport control program `tp`, its secure user store `hdbuserstore`, HANA's
 * `hdbnsutil` (system replication), `R3trans` (reads its operations from a control file), and Microsoft's Power Platform
 * CLI `pac`. Salesforce `sf`/`sfdx`, HubSpot `hs` and `odoo-bin` live in service-catalogue.ts and cms-catalogue.ts.
 *
 * Labels follow "How a case is labelled" and blind41-bl41erp.yaml's description: a transport imported (`tp import`) and a
 * solution imported (`pac solution import`) are deploys; the import buffer edited is a write; `tp locksys` locks every
 * user out of the system (out of service); a key in the secure user store deleted is a credential that jobs log on with;
 * system replication disabled or a secondary unregistered is the disaster-recovery copy gone (a safeguard); a Power
 * Platform environment deleted or reset, or copied or restored over, loses its data, a solution deleted its tables, a dev
 * or test environment's data being test data (answer 40) and an environment named scratch being disposable (answer 72).
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;

// ---- SAP transport control (help.sap.com, "Transport Control Program tp": `tp <command> <SID> pf=<profile>`) ----------

const TP: Tool = {
  names: ['tp'],
  // tp's parameters are operands of the form `pf=…`, `client=…`, `U126` (unconditional modes): none takes the next word.
  valued: [],
  local: true,
  rules: [
    { sub: /^(help|version|showbuffer|showinfo|count|check|checkimpdp|checkimpsync|connect|getprots|getdpprot|showparams|testimp|cmd)\b/i, effect: 'read', what: 'reads the import buffer, logs or parameters' },
    { sub: /^locksys\b/i, effect: 'outage', what: 'locks every user but DDIC and SAP* out of the system' },
    { sub: /^import\b/i, effect: 'deploy', what: 'imports transport requests into the system: a deploy' },
    { sub: /^(addtobuffer|delfrombuffer|modbuffer|umodbuffer|settrkstatus|cleanbuffer|unlocksys|export|createinfo|mvntc|put|pf)\b/i, effect: 'write', what: 'edits the import buffer or exports a request' },
  ],
  otherwise: 'opaque',
};

// ---- SAP HANA (help.sap.com, "hdbuserstore", "hdbnsutil") -----------------------------------------------------------

const HDBUSERSTORE: Tool = {
  names: ['hdbuserstore'],
  valued: ['-u', '-H'],
  local: true,
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^list\b/i, effect: 'read', what: 'lists the stored keys' },
    { sub: /^set\b/i, effect: 'write', what: 'stores a key' },
    // A key deleted is a credential that backup jobs and interfaces log on with (`hdbsql -U KEY`): they fail from then on.
    { sub: /^delete\b/i, effect: 'destroy', what: 'deletes a stored key that jobs log on with' },
  ],
  otherwise: 'opaque',
};

const HDBNSUTIL: Tool = {
  names: ['hdbnsutil'],
  valued: [],
  local: true,
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { flags: ['-sr_state', '-sr_stateConfiguration', '-sr_stateHostMapping', '-printSystemInformation', '-printTopology', '-sr_fullsync_status'], effect: 'read', what: 'reads the replication state or the topology' },
    { flags: ['-sr_disable', '-sr_unregister'], effect: 'safeguard', what: 'switches system replication off: the disaster-recovery copy stops being kept' },
    { flags: ['-sr_enable', '-sr_register', '-reloadHDBUserStore'], effect: 'write', what: 'sets up system replication' },
  ],
  otherwise: 'opaque',
};

// R3trans reads what it does (export, import, `delete`, `clientremove`) from a control file: `-d` checks the connection.
const R3TRANS: Tool = {
  names: ['R3trans'],
  valued: ['-w', '-u', '-c', '-i', '-l'],
  local: true,
  input: { deletes: /\b(clientremove|delete|clientcopy)\b/i, what: 'removes or overwrites a client or the tables its control file names' },
  rules: [{ flags: ['-d', '-x', '-v', '-h'], effect: 'read', what: 'checks the database connection or prints its version' }],
  otherwise: 'opaque',
};

// ---- Power Platform CLI (learn.microsoft.com/power-platform/developer/cli/reference) ---------------------------------

/** An environment URL or name whose whole words (between `-`, `_`, `.`) say scratch, CI or ephemeral (answer 72). */
function scratchEnvironment(args: Args): boolean {
  const values = optionValuesIn(args, ['--environment', '-env', '--env']);
  return values.length === 1 && values.every((v) => {
    if (v === null) return false;
    const host = v.replace(/^https?:\/\//i, '').split(/[/?#]/)[0]!;
    const first = host.split('.')[0]!.toLowerCase();
    return first.split(/[-_]/).some((w) => SCRATCH_WORDS.has(w)) && !/(^|[-_])(prod|prd|production|live|staging|stg|uat)([-_]|$)/.test(first);
  });
}

const PAC_DEV_DATA = "a dev or test environment's data are test data (answer 40)";
const pacRule = (sub: RegExp, effect: ServiceRule['effect'], what: string, extra: Partial<ServiceRule> = {}): ServiceRule => ({ sub, effect, what, ...extra });
const PAC: Tool = {
  names: ['pac'],
  parser: 'permutes',
  valued: ['--environment', '-env', '--env', '--source-env', '-se', '--target-env', '-te', '--name', '-n', '--path', '-p', '--solution-name', '-sn', '--zipfile', '-z', '--folder', '-f', '--type', '-t', '--region', '-r', '--currency', '-c', '--language', '-l', '--domain', '--label', '--schemaFile', '-sf', '--dataFile', '-df', '--data', '-d', '--geo', '-g', '--outputDirectory', '-o', '--publisher-prefix', '-pp', '--publisher-name', '-pn', '--purpose', '--selected-backup', '-sb', '--packagetype', '--settings-file', '--url', '-u', '--applicationId', '--clientSecret', '--tenant', '--username', '--password', '--max-async-wait-time', '--index'],
  where: ['--environment', '-env', '--env', '--target-env', '-te', '--url', '-u'],
  rules: [
    { flags: ['--help', '-h', '-?'], effect: 'read', what: 'help' },
    pacRule(/^(env|admin) delete\b/, 'write', 'deletes an environment its own name marks as scratch or CI (answer 72)', { args: scratchEnvironment, unlessLive: true }),
    pacRule(/^(env|admin) (delete|reset)\b/, 'destroy', 'deletes or resets an environment: its data and apps are lost'),
    pacRule(/^(env|admin) (copy|restore)\b/, 'destroy', 'overwrites the target environment with a copy or a backup: what it held since is lost', { devWrite: PAC_DEV_DATA }),
    pacRule(/^solution delete\b/, 'destroy', 'deletes a solution: a managed one takes its tables and their data', { devWrite: PAC_DEV_DATA }),
    pacRule(/^(solution (import|upgrade|publish)|pcf push|package deploy|canvas (push|publish)|pages upload|paportal upload)\b/, 'deploy', 'deploys a solution, component or site'),
    pacRule(/^(auth (list|who)|env (list|who|list-settings|fetch)|org (list|who|fetch|list-settings)|solution (export|list|check|version|unpack|pack|clone|sync|online-version|create-settings)|data (export|view)|admin (list|status|list-backups|list-tenant-settings)|help|connector list|pcf (init|version)|canvas (pack|unpack|list|download))\b/, 'read', 'reads or works on local files'),
    pacRule(/^(auth (create|select|clear|delete|name|update)|env (select|create|backup|update|update-settings)|org select|admin (create|backup)|data import|solution (init|add-reference|add-solution-component|add-license)|connector (create|update|init))\b/, 'write', 'creates, selects, backs up or imports into place'),
  ],
  otherwise: 'fallback',
};

export const BIZAPPS_TOOLS: ServiceTool[] = [TP, HDBUSERSTORE, HDBNSUTIL, R3TRANS, PAC];
