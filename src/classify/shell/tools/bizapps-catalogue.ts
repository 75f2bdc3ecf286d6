import { optionValuesIn, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';
import { SCRATCH_WORDS_BUT_SANDBOX } from '../../test-data.ts';

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

/** An environment URL or name whose whole words (between `-`, `_`, `.`) say scratch, CI or ephemeral (answer 72); `sandbox` is a tier here (answers 216, 236). */
function scratchEnvironment(args: Args): boolean {
  const values = optionValuesIn(args, ['--environment', '-env', '--env']);
  return values.length === 1 && values.every((v) => {
    if (v === null) return false;
    const host = v.replace(/^https?:\/\//i, '').split(/[/?#]/)[0]!;
    const first = host.split('.')[0]!.toLowerCase();
    return first.split(/[-_]/).some((w) => SCRATCH_WORDS_BUT_SANDBOX.has(w)) && !/(^|[-_])(prod|prd|production|live|staging|stg|uat)([-_]|$)/.test(first);
  });
}

const PAC_DEV_DATA = "a dev or test environment's data are test data (answer 40)";
const pacRule = (sub: RegExp, effect: ServiceRule['effect'], what: string, extra: Partial<ServiceRule> = {}): ServiceRule => ({ sub, effect, what, ...extra });
const PAC: Tool = {
  names: ['pac'],
  parser: 'permutes',
  valued: ['--environment', '-env', '--env', '--source-env', '-se', '--target-env', '-te', '--name', '-n', '--path', '-p', '--solution-name', '-sn', '--zipfile', '-z', '--folder', '-f', '--type', '-t', '--region', '-r', '--currency', '-c', '--language', '-l', '--domain', '--label', '--schemaFile', '-sf', '--dataFile', '-df', '--data', '-d', '--geo', '-g', '--outputDirectory', '-o', '--publisher-prefix', '-pp', '--publisher-name', '-pn', '--purpose', '--selected-backup', '-sb', '--packagetype', '--settings-file', '--url', '-u', '--applicationId', '--clientSecret', '--tenant', '--username', '--password', '--max-async-wait-time', '--index'],
  // Round 41 (erp2, answer 430): `--name` names the auth profile or the environment (`auth select --name contoso-dev`).
  where: ['--environment', '-env', '--env', '--target-env', '-te', '--url', '-u', '--name', '-n'],
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

// ---- SAP start service and host agent (help.sap.com, "SAPControl Web Service Interface", "saphostctrl") ---------------

/** The `-function NAME` of sapcontrol or saphostctrl; null when not fixed. */
function sapFunction(args: Args): string | null | undefined {
  const v = optionValuesIn(args, ['-function']);
  // Round 42 (atk42): two `-function`s (`-function GetProcessList -function StopSystem`): which one runs is the program's
  // parser's choice, not the line's: not fixed (opaque), never the first one's read.
  return v.length === 0 ? undefined : v.length > 1 ? null : v[0];
}
const sapFn = (test: RegExp, effect: ServiceRule['effect'], what: string): ServiceRule => ({ args: (a) => { const f = sapFunction(a); return typeof f === 'string' && test.test(f); }, effect, what });
const SAP_UNFIXED: ServiceRule = { args: (a) => sapFunction(a) === null, effect: 'opaque', what: 'calls a function the input does not fix' };

const SAPCONTROL: Tool = {
  names: ['sapcontrol', 'sapcontrol.exe'],
  valued: ['-nr', '-host', '-port', '-user', '-function', '-prot', '-format', '-queryuser', '-debug', '-trace'],
  // Round 41 (erp2, answer 430): the host a remote call names is read for the tier (`-host sap-prd-app02`).
  where: ['-host', '-dbhost'],
  anyCase: true,
  rules: [
    SAP_UNFIXED,
    // Stop, StopWait, StopSystem, InstanceStop, StopService, Shutdown: instances or the whole system stopped (a soft stop too).
    sapFn(/^(stop\w*|instancestop|shutdown|abapsetserverinactive|j2eecontrol\w*|j2eedisable\w*|hafailovertonode|icmhandlecommand|sendsoftshutdown)$/i, 'outage', 'stops an SAP instance, the system or a process of it'),
    sapFn(/^(get\w*|list\w*|read\w*|parametervalue|ha(get|check)\w*|abapget\w*|abapreadsyslog|enqget\w*|j2eeget\w*|icmget\w*|webdispget\w*|waitfor\w*|analyselogfiles|checkparameter|checkupdatesystem|checkhostagent|sapcontrolversion|mtgettidbyname|mtgetalerttree|mtreadtree|abapcheckrfcdestinations)$/i, 'read', 'reads the state, the processes, the logs or a parameter'),
    sapFn(/^(start\w*|instancestart|restart\w*|bootstrap|updatesystem\w*|updatescsinstance|configurelogfilelist|mtchangestatus|mtreset|abapsetserveractive)$/i, 'write', 'starts or restarts an instance or the system'),
    { flags: ['-h', '-help', '--help'], effect: 'read', what: 'help' },
  ],
  otherwise: 'opaque',
};

const SAPHOSTCTRL: Tool = {
  names: ['saphostctrl', 'saphostctrl.exe'],
  valued: ['-function', '-dbname', '-dbtype', '-dbinstance', '-dbhost', '-host', '-user', '-nr', '-sid', '-instance', '-service', '-enuminstances', '-format', '-prot', '-dbuser', '-dbpass', '-operation'],
  // Round 41 (erp2, answer 430): the host a remote call names is read for the tier (`-host sap-prd-app02`).
  where: ['-host', '-dbhost'],
  anyCase: true,
  rules: [
    SAP_UNFIXED,
    sapFn(/^(stop\w*|instancestop|shutdown)$/i, 'outage', 'stops a database or an instance'),
    sapFn(/^(get\w*|list\w*|detect\w*|ping|checkupgrade\w*|getdatabasestatus|getcimobject|getcomputersystem)$/i, 'read', 'reads the host, its instances or databases'),
    sapFn(/^(start\w*|instancestart|restart\w*|registerinstanceservice|configureoutsidediscovery)$/i, 'write', 'starts or registers a database or an instance'),
    { flags: ['-help', '-h'], effect: 'read', what: 'help' },
  ],
  otherwise: 'opaque',
};

// `HDB` (the HANA database's control script in /usr/sap/SID/HDBnn): `stop` and `kill` stop every service of the instance.
const HDB: Tool = {
  names: ['HDB'],
  valued: [],
  local: true,
  rules: [
    { sub: /^(info|proc|version|help)\b/, effect: 'read', what: "reads the instance's processes or version" },
    { sub: /^(stop|kill(-\d+)?|kill9)\b/, effect: 'outage', what: 'stops every service of the HANA instance' },
    { sub: /^(start|restart|reconf)\b/, effect: 'write', what: 'starts or restarts the HANA instance' },
  ],
  otherwise: 'opaque',
};

// `stopsap`/`startsap` (the SAP instance's scripts in the <sid>adm's home), `cleanipc NR remove` (an instance's shared memory).
const STOPSAP: Tool = { names: ['stopsap'], valued: [], local: true, rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { args: () => true, effect: 'outage', what: 'stops the SAP instance (and with `all` or `db` its database)' }], otherwise: 'outage' };
const STARTSAP: Tool = { names: ['startsap'], valued: [], local: true, rules: [], otherwise: 'write' };
const CLEANIPC: Tool = { names: ['cleanipc'], valued: [], local: true, rules: [{ sub: /^\S+ (remove|delete)\b/i, effect: 'outage', what: "removes the instance's shared memory and semaphores: what still runs on them fails" }], otherwise: 'read' };

export const BIZAPPS_TOOLS: ServiceTool[] = [TP, HDBUSERSTORE, HDBNSUTIL, R3TRANS, PAC, SAPCONTROL, SAPHOSTCTRL, HDB, STOPSAP, STARTSAP, CLEANIPC];

// ---- Salesforce (used by the `sf`/`sfdx` entry in service-catalogue.ts) -------------------------------------------------

/** Why a Salesforce deletion in a dev or sandbox org (the where options read as dev) is a write. */
export const SF_TEST_DATA = 'records and metadata in a dev or sandbox org are test data (answer 40)';

/** The target org (`--target-org`, `-o`, `-u`) is one alias whose whole words say scratch, test or CI (answer 72); `sandbox` is a kind of org, not scratch (answers 216, 236). */
export function scratchOrg(args: Args): boolean {
  const values = optionValuesIn(args, ['--target-org', '-o', '-u', '--targetusername']);
  return values.length === 1 && values[0] !== null && /^[A-Za-z0-9_.-]+$/.test(values[0]!) && values[0]!.toLowerCase().split(/[-_.]/).some((w) => SCRATCH_WORDS_BUT_SANDBOX.has(w)) && !values[0]!.toLowerCase().split(/[-_.]/).some((w) => /^(prod|prd|production|live|staging|stg|uat|fullcopy|full)\d*$/.test(w));
}
