import { operandValues, optionValuesIn, type ServiceEffect, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';

/**
 * Round 41 (bl41mf): catalogue entries for the tools of a mainframe (IBM Z) modernisation and operations team: the Zowe
 * CLI (`zowe zos-files|zos-jobs|zos-console|zos-tso|cics|zos-workflows|zos-uss|config`, docs.zowe.org "Zowe CLI web help"),
 * the z/OS UNIX shell's `tsocmd` and `opercmd`, `chtag`, `oedit`/`obrowse`, and Z Open Automation Utilities (`dls`,
 * `drm`, `dcp`, `decho`, `dtouch`, `mvstmp`, `jls`, `jcan`, `jsub`, `pjdd`, `mvscmd`, `mvscmdauth`).
 *
 * Two readers are shared with the MCP and HTTP doors (mcp/mainframe-tools.ts, mainframe-http.ts): `mvsConsoleEffect` (an
 * MVS operator command, with the CICS `CEMT` and IMS `/` commands and DB2 `-` commands routed through it) and
 * `tsoEffect` (a TSO/E command, RACF's commands among them). Labels follow "How a case is labelled" and
 * blind41-bl41mf.yaml: a region, subsystem, transaction or database taken down (`C`, `P`, `FORCE`, `Z EOD`, `V … OFFLINE`,
 * `CEMT SET … DISABLED|CLOSED`, IMS `/STO`, `/DBR`, DB2 `-STOP`) is out of service; a user revoked, a profile deleted,
 * access given to `ID(*)` or `UACC(ALTER)`, `SETROPTS NO…` turn safeguards off; a data set deleted, HSM-deleted or replaced
 * loses data, except one named scratch, test, CI, temp or sandbox (answer 72) where no qualifier names production; a
 * finished job purged from the spool is disposable, a started task (`STC…`) purged is cancelled. What is not fixed, or
 * a command no rule names, is opaque.
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;
type Effect = Exclude<ServiceEffect, 'admin' | 'code' | 'deploy' | 'permissions'>;

const HELP: ServiceRule = { flags: ['--help', '-h', '--help-examples', '--help-web', '--hw'], effect: 'read', what: 'help' };

// ---- MVS operator commands ----------------------------------------------------------------------------------------------

/** An MVS console command's effect (IBM "z/OS MVS System Commands", CICS "CEMT", IMS "Commands", DB2 "-commands"). */
export function mvsConsoleEffect(command: string): Effect {
  const c = command.trim().replace(/\s+/g, ' ').toUpperCase();
  if (c === '') return 'opaque';
  // A command delimiter (CONSOLxx `CMDDELIM`, often `;`) runs each part: the worst of them counts.
  if (c.includes(';')) return c.split(';').map((part) => (part.trim() === '' ? 'read' : mvsConsoleEffect(part))).reduce<Effect>((a, b) => worse(a, b), 'read');
  // `F region,CEMT …` / `MODIFY region,…`: the region's own command.
  const mod = /^(?:F|MODIFY) ([A-Z0-9$#@]+),(.*)$/.exec(c);
  if (mod) {
    const [, target, rest] = mod as unknown as [string, string, string];
    if (/^CEMT |^CEMT$/.test(rest)) return cemtEffect(rest.slice(5));
    if (rest.startsWith('/')) return imsEffect(rest);
    if (/^(SHUTDOWN|STOP|TERM|ABEND|CANCEL)\b/.test(rest)) return 'outage';
    if (target === 'LLA' && /^(REFRESH|UPDATE=)/.test(rest)) return 'write';
    if (/^(D|DISPLAY|DIS|STATUS|QUERY|Q)\b/.test(rest)) return 'read';
    return 'opaque';
  }
  if (c.startsWith('/')) return imsEffect(c);
  if (c.startsWith('-')) return db2Effect(c);
  if (/^(C|CANCEL|P|STOP|FORCE|Z|HALT|KILL)[ ,]/.test(c) || /^Z EOD\b/.test(c)) return 'outage';
  if (/^\$(P|C|Z|PI|HJ|H )/.test(c)) return 'outage';
  if (/^(V|VARY) .*\b(OFFLINE|OFF|INACT|INACTIVE|FORCE)\b/.test(c) || /^(CF|CONFIG) .*\bOFF(LINE)?\b/.test(c)) return 'outage';
  if (/^SETPROG (APF|LNKLST|LPA),DEL(ETE)?\b/.test(c)) return 'outage';
  if (/^(D|DISPLAY|DS|DEVSERV|\$D|\$L)( |,|$)/.test(c)) return 'read';
  if (/^(S|START|\$S)( |$)/.test(c)) return 'write';
  if (/^(V|VARY) .*\b(ONLINE|ON|ACT|ACTIVE)\b/.test(c)) return 'write';
  return 'opaque';
}

/** CICS CEMT (after `CEMT `): inquiries read, `PERFORM SHUTDOWN` and a resource disabled or closed take it out of service. */
function cemtEffect(rest: string): Effect {
  if (/^(I|INQ|INQU|INQUIRE)\b/.test(rest)) return 'read';
  if (/^(P|PERF|PERFORM) (SHUT|SHUTDOWN)\b/.test(rest)) return 'outage';
  if (/^(S|SET) /.test(rest)) {
    if (/\b(CLO|CLOSE|CLOSED|DIS|DISABLE|DISABLED|OUTS|OUTSERVICE|FORCEPURGE|PURGE|FORCECLOSE|TERMINATE)\b/.test(rest)) return 'outage';
    if (/\b(NEWCOPY|NEW|NEWC|PHASEIN|PHA|OPEN|OPE|ENABLED|ENA|ENABLE|INSERVICE|INS)\b/.test(rest)) return 'write';
  }
  if (/^(P|PERF|PERFORM) (STAT|STATISTICS|DUMP|SNAP|SECURITY REBUILD)\b/.test(rest)) return 'write';
  return 'opaque';
}

/** IMS type-1 commands: `/DIS` reads, `/STA` starts, `/STO`, `/DBR`, `/DBD`, `/PSTOP`, `/PURGE`, `/CHE FREEZE` take work down. */
function imsEffect(c: string): Effect {
  if (/^\/(DIS|DISPLAY|RDIS|RDISPLAY)\b/.test(c)) return 'read';
  if (/^\/(STO|STOP|DBR|DBRECOVERY|DBD|DBDUMP|PSTOP|PST|PUR|PURGE|IDLE|CHE|CHECKPOINT|LOCK|ASSIGN)\b/.test(c)) return 'outage';
  if (/^\/(STA|START|REFRESH|UNLOCK)\b/.test(c)) return 'write';
  return 'opaque';
}

/** DB2 commands (`-DB2P STOP DATABASE(X)`, `-DIS THREAD(*)`): the verb, or the subsystem's command prefix then the verb. */
function db2Effect(c: string): Effect {
  const first = /^-([A-Z]+)(?![A-Z0-9$#@])/.exec(c)?.[1];
  const afterPrefix = /^-\S+ ([A-Z]+)/.exec(c)?.[1];
  return db2VerbEffect(first) ?? db2VerbEffect(afterPrefix) ?? 'opaque';
}

/** A DB2 command verb's effect, or null for a word that is no verb read here. */
function db2VerbEffect(verb: string | undefined): Effect | null {
  if (verb === undefined) return null;
  if (/^(DIS|DISPLAY)$/.test(verb)) return 'read';
  if (/^(STO|STOP|TERM|CANCEL|CAN)$/.test(verb)) return 'outage';
  if (/^(STA|START|REC|RECOVER|REFRESH)$/.test(verb)) return 'write';
  return null;
}

// ---- TSO/E and RACF commands --------------------------------------------------------------------------------------------

/** A data set name's qualifiers naming production or staging (`PROD.X`, `PRD.X`, `STG.X`). */
// Round 42 (atk42): a qualifier that begins with PROD or is PRD, LIVE or STG with a number (`PROD1`, `PRODPAY`, `PRD01`,
// `LIVE2`) names production too (434.1, 434.2: the worst tier the line names).
const LIVE_QUALIFIER = /(^|\.)(PROD[A-Z0-9$#@]*|PRD\d*|PRODUCTION|LIVE\d*|STG\d*|STAGE|STAGING)(\.|$|\()/i;
/** A qualifier that names the data set disposable by answer 72 (scratch, test, CI, sandbox, temporary, ephemeral). */
const SCRATCH_QUALIFIER = /(^|\.)(SCRATCH|SCR|TEST|CI|SANDBOX|TEMP|TMP|TEMPORARY|EPHEMERAL)(\.|$|\()/i;

/**
 * Round 42 (nxb42; the lead's answer 434.2): a data set's high-level qualifier names its tier when it is a whole tier word:
 * `PROD`/`PRD` (`'PROD.PAYROLL.MASTER'`, `PROD1.X`) production, `STG`/`STAGE`/`STAGING`/`UAT` staging, `DEV`/`TEST`/`QA`
 * dev. Only the first qualifier (`PRODUCT.X`, `DSNPROD.X`, `IBMUSER.PROD.X` name nothing by this reading; the name's own
 * words are still read as any name is), found wherever a data set name stands in a word: an operand, an option's value, a
 * quoted TSO or IDCAMS command (`--data "DELETE 'PROD.GL.LEDGER'"`), `//'DSN(MEMBER)'`, `dest=PROD.X`. A dev qualifier
 * counts only as written in capitals (`dev.env` is a file's name); production in any case (fail closed). The worst named
 * wins (434.1): `copy "TEST.X" "PROD.X"` is production's.
 */
const DSN_IN_TEXT = /(?:^|[\s'"(=,:])([A-Za-z$#@][A-Za-z0-9$#@-]{0,7})((?:\.[A-Za-z$#@][A-Za-z0-9$#@-]{0,7})+)(?=$|[\s'"(),;*])/g;
const HLQ_PRODUCTION = /^(PROD|PRD|PRODUCTION)\d{0,2}$/i;
const HLQ_STAGING = /^(STG|STAGE|STAGING|UAT)\d{0,2}$/i;
const HLQ_DEV = /^(DEV|TEST|QA)\d{0,2}$/;
export function dataSetQualifierTier(texts: ReadonlyArray<string | null>): 'production' | 'staging' | 'dev' | null {
  let best: 'production' | 'staging' | 'dev' | null = null;
  for (const t of texts) {
    if (t === null) continue;
    for (const m of t.matchAll(DSN_IN_TEXT)) {
      const hlq = m[1]!;
      // A host name or URL (`prod.corp.example.com`, `https://…`) is no data set: its tier is read as a host's.
      if (/^\.[a-z]{2,}(\.|$)/.test(m[2]!) && /^[a-z]/.test(hlq)) continue;
      if (HLQ_PRODUCTION.test(hlq)) return 'production';
      if (HLQ_STAGING.test(hlq)) best = 'staging';
      else if (HLQ_DEV.test(hlq) && best === null) best = 'dev';
    }
  }
  return best;
}

/** One data set (or member) by its whole name, named scratch, test, CI or temp and nothing live (answer 72). */
function scratchDataSet(name: string | null | undefined): boolean {
  if (!name) return false;
  const n = name.trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
  if (!/^[A-Z0-9$#@-]{1,8}(\.[A-Z0-9$#@-]{1,8})*(\([A-Z0-9$#@]{1,8}\))?$/i.test(n)) return false;
  // Round 42 (atk42): a bare `CI` qualifier is no scratch word (answer 84: customer information, a control interval) unless
  // a build word beside it says a CI run's output (`IBMUSER.CI.BUILD.OBJ`).
  const scratch = SCRATCH_QUALIFIER.test(n.replace(/(^|\.)CI(?=\.|$|\()/gi, '$1_')) || (/(^|\.)CI(\.|$|\()/i.test(n) && /(^|\.)(BUILD|BLD|OBJ|OBJLIB|WORK|WRK|RUN|PIPELINE|ARTIFACT|OUT)(\.|$|\()/i.test(n));
  return scratch && !LIVE_QUALIFIER.test(n) && !/^SYS\d/i.test(n);
}

/** A data set written over that holds system configuration or production data (`SYS1.PARMLIB`, `PROD.…`). */
export function liveOrSystemDataSet(name: string | null | undefined): boolean {
  if (!name) return true;
  const n = name.trim().replace(/^\/\/'?|'$/g, '').replace(/^'(.*)'$/, '$1');
  return LIVE_QUALIFIER.test(n) || /^(SYS\d|SYS1|CPAC|ADCD)\./i.test(n);
}

/** A TSO/E command's effect (IBM "z/OS TSO/E Command Reference", "z/OS Security Server RACF Command Language Reference"). */
export function tsoEffect(command: string): Effect {
  const c = command.trim().replace(/\s+/g, ' ').toUpperCase();
  if (c === '') return 'opaque';
  const verb = /^([A-Z]+)/.exec(c)?.[1] ?? '';
  const rest = c.slice(verb.length).trim();
  switch (verb) {
    case 'DELETE': case 'DEL': {
      const one = /^('[^'*%(),\s]+(?:\([A-Z0-9$#@]+\))?'|[^'*%(),\s]+)( (PURGE|NOPURGE|SCRATCH|NOSCRATCH|NONVSAM|CLUSTER|FILE\(\S+\)))*$/.exec(rest);
      return one && scratchDataSet(one[1]) ? 'write' : 'destroy';
    }
    case 'HDELETE': case 'HDEL': case 'HBDELETE': return 'destroy';
    case 'DELUSER': case 'DU': case 'DELGROUP': case 'DG': case 'REMOVE': return 'destroy';
    case 'RDELETE': case 'RDEL': case 'DELDSD': case 'DD': return 'safeguard';
    case 'CANCEL': case 'CAN': return 'outage';
    case 'OSHELL': case 'BPXBATCH': case 'EXEC': case 'EX': case 'CALL': return 'opaque';
    case 'ALTUSER': case 'ALU':
      if (/\b(REVOKE|NOPASSWORD|NOPHRASE)\b/.test(rest)) return 'outage';
      if (/\b(SPECIAL|OPERATIONS|AUDITOR)\b/.test(rest) && !/\bNO(SPECIAL|OPERATIONS|AUDITOR)\b/.test(rest)) return 'safeguard';
      return 'write';
    case 'PERMIT': case 'PE':
      if (/\bID\(\s*\*\s*\)|\bID\(\s*[^)]*\bPUBLIC\b/.test(rest)) return 'safeguard';
      return 'write';
    case 'RALTER': case 'RALT': case 'ALTDSD': case 'ALD': case 'ADDSD': case 'AD': case 'RDEFINE': case 'RDEF':
      if (/\bUACC\((ALTER|CONTROL|UPDATE)\)|\bWARNING\b/.test(rest)) return 'safeguard';
      return 'write';
    case 'CONNECT': case 'CO':
      return /^\*( |$)/.test(rest) ? 'safeguard' : 'write';
    case 'SETROPTS': case 'SETR':
      if (/^LIST$/.test(rest)) return 'read';
      if (/(^|\s)NO[A-Z]+/.test(rest)) return 'safeguard';
      return 'write';
    case 'RVARY':
      return /\b(INACTIVE|INACT|NODATASHARE|SWITCH)\b/.test(rest) ? 'safeguard' : 'write';
    case 'LISTCAT': case 'LISTC': case 'LISTDS': case 'LISTD': case 'LISTUSER': case 'LU': case 'LISTGRP': case 'LG': case 'SEARCH': case 'SR':
    case 'RLIST': case 'RL': case 'LISTDSD': case 'LD': case 'STATUS': case 'ST': case 'TIME': case 'HELP': case 'H': case 'LISTALC': case 'LISTA':
    case 'LISTBC': case 'PROFILE': case 'PROF': case 'WHEN':
      return 'read';
    case 'ADDUSER': case 'AU': case 'ADDGROUP': case 'AG': case 'ALTGROUP': case 'ALG': case 'ALLOCATE': case 'ALLOC': case 'ATTRIB': case 'FREE':
    case 'HRECALL': case 'HREC': case 'HMIGRATE': case 'HMIG': case 'HBACKDS': case 'SUBMIT': case 'SUB': case 'PASSWORD': case 'PW': case 'SEND':
    case 'OUTPUT': case 'RECEIVE': case 'TRANSMIT': case 'XMIT':
      return 'write';
    default:
      return 'opaque';
  }
}

/** An IDCAMS statement list's effect (IBM "DFSMS Access Method Services Commands"). */
export function idcamsEffect(statements: string): Effect {
  const lines = statements.toUpperCase().split(/\n|;/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('/*'));
  if (lines.length === 0) return 'opaque';
  let worst: Effect = 'read';
  for (const l of lines) {
    const verb = /^([A-Z]+)/.exec(l)?.[1] ?? '';
    let e: Effect;
    if (verb === 'DELETE' || verb === 'DEL') {
      const one = /^DEL(?:ETE)? \(?([^\s()*%]+)\)?( [A-Z]+)*$/.exec(l);
      e = one && scratchDataSet(one[1]) && !/\b(USERCATALOG|UCAT|MASTERCATALOG|ALTERNATEINDEX|AIX)\b/.test(l) ? 'write' : 'destroy';
    } else if (verb === 'REPRO') e = /\bREPLACE\b|\bREP\b/.test(l) ? 'destroy' : 'write';
    else if (verb === 'ALTER') e = /\bNEWNAME\b|\bNEWNM\b|\bNULLIFY\b/.test(l) ? 'destroy' : 'write';
    else if (verb === 'EXPORT' && /\bPERMANENT\b|\bPURGE\b/.test(l) && !/\bTEMPORARY\b/.test(l)) e = 'destroy';
    else if (/^(LISTCAT|LISTC|PRINT|EXAMINE|VERIFY|DIAGNOSE|LISTDATA|PARM|IF|SET|END|ELSE|THEN)$/.test(verb)) e = 'read';
    else if (/^(DEFINE|DEF|BLDINDEX|BIX|EXPORT|IMPORT)$/.test(verb)) e = 'write';
    else e = 'opaque';
    worst = worse(worst, e);
  }
  return worst;
}

const RANK: Record<Effect, number> = { read: 0, write: 1, opaque: 2, safeguard: 3, outage: 3, delete: 3, destroy: 4 };
function worse(a: Effect, b: Effect): Effect {
  return RANK[b] > RANK[a] ? b : a;
}

/** JCL given in full: a DD with `DISP=(…,DELETE)`, an IDCAMS or IEHPROGM delete in its in-stream input. */
export const JCL_DELETES = /DISP=\(\s*(?:OLD|SHR|MOD|NEW)?\s*,\s*DELETE|(^|\\n|\n)\s*(DELETE|DEL|SCRATCH|HDELETE|PURGE)\s|PGM=(ADRDSSU|ICKDSF)\b/i;

// ---- helpers for rules --------------------------------------------------------------------------------------------------

/** The operand at `i` among operands (options in `valued` take their value). */
function operandAt(a: Args, valued: ReadonlySet<string>, i: number): string | null | undefined {
  return operandValues(a, valued)[i];
}
/**
 * The command a `zowe … issue command CMD` sends: the word after the subcommand's third word, even when it starts with a
 * dash (a DB2 command, `-DIS THREAD(*)`), which an operand reader would take for an option.
 */
function sentCommand(a: Args, valued: ReadonlySet<string>, i: number): string | null | undefined {
  const ops = operandValues(a, valued);
  const at = ops[i - 1];
  const idx = a.findIndex((x, k) => x === at && k >= i - 1);
  const next = idx < 0 ? undefined : a[idx + 1];
  return next !== undefined && next !== null && /^-[A-Z0-9$#@]/.test(next) ? next : ops[i];
}
const byOperand = (valued: ReadonlySet<string>, i: number, read: (s: string) => Effect, effect: Effect): ServiceRule => ({
  args: (a) => {
    const v = sentCommand(a, valued, i);
    return v !== undefined && v !== null && read(v) === effect;
  },
  effect,
  what: `the command it sends ${effect === 'read' ? 'reads' : effect === 'write' ? 'changes what can be changed again' : 'takes something away'}`,
});
/** Each effect a reader gives, as rules, in order of harm; an operand not fixed or one the reader cannot name is opaque. */
function readerRules(sub: RegExp, valued: ReadonlySet<string>, i: number, read: (s: string) => Effect, what: string): ServiceRule[] {
  return (['destroy', 'outage', 'safeguard', 'opaque', 'write', 'read'] as const).map((e) => ({ ...byOperand(valued, i, read, e), sub, what: `${what}: ${e}` }))
    .concat([{ sub, effect: 'opaque', what: `${what} not fixed` }]);
}

// ---- Zowe CLI -----------------------------------------------------------------------------------------------------------

const ZOWE_VALUED = [
  '--zosmf-profile', '--zosmf-p', '--tso-profile', '--tso-p', '--cics-profile', '--cics-p', '--db2-profile', '--db2-p', '--ssh-profile', '--ssh-p',
  '--base-profile', '--base-p', '--host', '-H', '--port', '-P', '--user', '-u', '--password', '--pass', '--pw', '--reject-unauthorized', '--ru',
  '--protocol', '--cert-file', '--cert-key-file', '--token-type', '--tt', '--token-value', '--tv', '--region-name', '--cics-plex', '--csd-group',
  '--account-number', '-a', '--logon-procedure', '-l', '--character-set', '--cs', '--code-page', '--cp', '--columns', '--cols', '--rows',
  '--region-size', '--rs', '--data', '--criteria', '--parameter', '--query', '--file', '--directory', '-d', '--pattern', '--max', '--max-length',
  '--response-timeout', '--encoding', '--ec', '--volume-serial', '--vs', '--modify-version', '--prefix', '-p', '--owner', '-o', '--search-string',
  '--jobclass', '--console-name', '--cn', '--wait-to-collect', '--wtc', '--sysplex-system', '--ss', '--solicited-keyword', '--sk',
  '--target-zosmf-p', '--target-zosmf-profile', '--target-host', '--workflow-name', '--wn', '--workflow-key', '--wk', '--data-set', '--ds',
  '--system-name', '--sn', '--cwd', '--urimap-path', '--urimap-host', '--record-length', '--rl', '--size', '--volumes', '--data-set-type',
  '--dst', '--outfile', '--parameters', '--binary-files', '--ascii-files', '--attributes', '--mode', '--extension', '--start', '--jobname',
  '--jobid', '--rfj-depth', '--response-format-filter', '--rff', '--response-format-type', '--rft', '--group', '--ssh-port', '--privateKey',
  '--key-passphrase', '--handshake-timeout', '--uss-file', '--local-file',
];
const ZV = new Set(ZOWE_VALUED);

const DS_KINDS = '(?:data-set|ds|data-set-vsam|dsv|vsam|migrated-data-set|mds|data-set-member|dsm)';
const FILES = '(?:zos-files|files)';

/** `delete uss-file PATH`: a temporary, build or CI work folder (answer 38) is disposable; anything else is lost. */
function disposableUssPath(p: string): boolean {
  if (/\*|\.\.|\$/.test(p)) return false;
  if (/^\/(tmp|var\/tmp)\//.test(p)) return true;
  return /^\/u\/[^/]+\/(?:.+\/)?(build|target|dist|obj|out|tmp|node_modules|\.cache)(\/|$)/.test(p) || /^\/u\/[^/]+\/workspace\/[^/]+\/(target|build|dist|out)(\/|$)/.test(p);
}
/** A USS path written over that matters: `/etc`, system folders, a start-up or credential file in a home folder. */
function ussPathMatters(p: string): boolean {
  return /^\/(etc|usr|bin|lib|sbin|var\/zosmf|system|samples)(\/|$)/.test(p) || /\/\.(ssh|profile|bashrc|zowe|netrc|aws|kube)(\/|$)/.test(p) || /^\/u\/[^/]+\/\.[^/]+$/.test(p);
}

const PROFILE_OPTIONS = ['--zosmf-profile', '--zosmf-p', '--host', '-H'];
// Round 42 (atk42): `prodplex-test`, `prd01-dev`: a part beginning with prod, or prd, live or stg with a number, names production.
// Round 42 (nxb42): uat names staging, qa dev.
/** A profile or host named for a dev or test LPAR, with nothing live in it. */
export const DEV_PROFILE = /^(?!.*(^|[-_.])(prod[a-z0-9]*|prd\d*|live\d*|stg\d*|staging|uat)([-_.]|$))(.*[-_.])?(dev|test|qa|sandbox)([-_.]|$)/i;
/**
 * Round 42 (nxb42; the lead's answer 434.3): one batch job cancelled by its number, as the console or TSO sends it: JES2's
 * `$CJnnnn` / `$CJ(nnnn)` / `$CJOBnnnn` (`,P` purges its output too) and TSO's `CANCEL NAME(JOBnnnn)`. On a dev or test
 * LPAR this is `kill PID` (a write); elsewhere, a started task (`$CS`), a TSO user (`$CT`), MVS `C NAME` (a name may be a
 * region or a started task) and a range or class of jobs stay out of service.
 */
export function oneBatchJobCancelled(command: string | null | undefined): boolean {
  if (typeof command !== 'string') return false;
  const c = command.trim().replace(/\s+/g, ' ').toUpperCase();
  return /^\$C ?J(OB)?(\d{1,7}|\(\d{1,7}\))(,P(URGE)?)?$/.test(c) || /^(CANCEL|CAN) \(?[A-Z$#@][A-Z0-9$#@]{0,7}\(J(OB)?\d{1,7}\)\)?( PURGE| NOPURGE)?$/.test(c);
}
const onDevLpar = (a: Args): boolean => { const p = optionValuesIn(a, PROFILE_OPTIONS); return p.length > 0 && p.every((v) => v !== null && DEV_PROFILE.test(v)) && optionValuesIn(a, ['--sysplex-system', '--ss']).every((v) => v !== null && !v.split(/[-_.]/).some((p) => /^(prod|prd|production|live)\d*$/i.test(p))); };

const ZOWE: Tool = {
  names: ['zowe'],
  parser: 'permutes',
  valued: [...ZV],
  where: ['--sysplex-system', '--ss', '--zosmf-profile', '--zosmf-p', '--tso-profile', '--tso-p', '--cics-profile', '--cics-p', '--db2-profile', '--db2-p', '--ssh-profile', '--ssh-p', '--host', '-H', '--target-zosmf-p', '--target-zosmf-profile'],
  tier: (a) => dataSetQualifierTier(a),
  rules: [
    HELP,
    // ---- zos-files
    { sub: new RegExp(`^${FILES} (delete|del) ${DS_KINDS} `), args: (a) => scratchDataSet(operandAt(a, ZV, 3)), unlessLive: true, effect: 'write', what: 'deletes one data set named scratch, test, CI or temp (answer 72)' },
    { sub: new RegExp(`^${FILES} (delete|del) (uss-file|uss|uf) `), args: (a) => { const p = operandAt(a, ZV, 3); return typeof p === 'string' && disposableUssPath(p); }, effect: 'write', what: 'deletes a temporary, build or CI work path' },
    { sub: new RegExp(`^${FILES} (delete|del)\\b`), effect: 'destroy', what: 'deletes a data set, VSAM cluster, z/OS file system or USS file' },
    { sub: new RegExp(`^${FILES} (hdelete|hdel|hd)\\b`), effect: 'destroy', what: 'deletes a migrated data set through DFSMShsm' },
    { sub: new RegExp(`^${FILES} (unmount|umount|unmnt)\\b`), effect: 'outage', what: 'unmounts a file system: what serves from it stops' },
    ...readerRules(new RegExp(`^${FILES} (invoke|call) (ams-statements|as)( |$)`), ZV, 3, idcamsEffect, 'runs IDCAMS statements'),
    { sub: new RegExp(`^${FILES} (invoke|call)\\b`), effect: 'opaque', what: 'runs IDCAMS statements from a file the action does not show' },
    { sub: new RegExp(`^${FILES} (upload|ul) (file-to-uss|ftu|dir-to-uss|dtu) `), args: (a) => { const p = operandAt(a, ZV, 4); return typeof p !== 'string' || ussPathMatters(p); }, effect: 'destroy', what: 'writes over a system or start-up file' },
    { sub: new RegExp(`^${FILES} (upload|ul) (file-to-uss|ftu|dir-to-uss|dtu) `), effect: 'write', what: 'uploads files' },
    { sub: new RegExp(`^${FILES} (upload|ul) (stdin-to-data-set|stds) `), args: (a) => liveOrSystemDataSet(operandAt(a, ZV, 3)), effect: 'destroy', what: 'writes over a production or system data set' },
    { sub: new RegExp(`^${FILES} (upload|ul) (file-to-data-set|ftds|dir-to-pds|dtp) `), args: (a) => liveOrSystemDataSet(operandAt(a, ZV, 4)), effect: 'destroy', what: 'writes over a production or system data set' },
    { sub: new RegExp(`^${FILES} (upload|ul)\\b`), effect: 'write', what: 'uploads into a data set or member' },
    { sub: new RegExp(`^${FILES} (copy|cp)\\b`), flags: ['--replace', '--rep'], effect: 'destroy', what: 'copies over an existing data set, replacing it' },
    { sub: new RegExp(`^${FILES} (copy|cp)\\b`), args: (a) => { const t = operandAt(a, ZV, 4); return typeof t !== 'string' || /\(/.test(t) && liveOrSystemDataSet(t); }, effect: 'destroy', what: 'copies over a member of a production or system library' },
    { sub: new RegExp(`^${FILES} (copy|cp|create|cre|rename|rn|mount|mnt|hmigrate|hmig|hm|hrecall|hrec|hr|edit|ed)\\b`), effect: 'write', what: 'creates, copies, renames a member, mounts, migrates or recalls' },
    { sub: new RegExp(`^${FILES} (list|ls|view|vw|download|dl|search|sr|compare|cmp)\\b`), effect: 'read', what: 'lists, views, downloads, searches or compares' },
    // ---- zos-jobs
    // `submit stdin`: the catalogue does not see a piped input past the operands, so the JCL is not shown: opaque.
    { sub: /^(zos-jobs|jobs) (submit|sub) (stdin|in)\b/, effect: 'opaque', what: 'submits JCL from its input' },
    { sub: /^(zos-jobs|jobs) (submit|sub) (data-set|ds|local-file|lf|uss-file|uss)\b/, effect: 'write', what: "submits a stored job (the project's own JCL)" },
    { sub: /^(zos-jobs|jobs) (cancel|can) (job|j) JOB\d+$/, args: onDevLpar, unlessLive: true, effect: 'write', what: 'cancels one batch job by its id on a dev or test LPAR, as kill PID' },
    { sub: /^(zos-jobs|jobs) (cancel|can)\b/, effect: 'outage', what: 'cancels a running job or started task' },
    { sub: /^(zos-jobs|jobs) (delete|del) (job|j) /, args: (a) => /^STC/i.test(operandAt(a, ZV, 3) ?? 'STC'), effect: 'outage', what: 'cancels and purges a started task' },
    { sub: /^(zos-jobs|jobs) (delete|del)\b/, effect: 'write', what: "purges a finished job's output from the spool" },
    { sub: /^(zos-jobs|jobs) (modify|mod)\b/, flags: ['--hold'], effect: 'outage', what: 'holds a job' },
    { sub: /^(zos-jobs|jobs) (modify|mod)\b/, effect: 'write', what: 'changes a job class or releases it' },
    { sub: /^(zos-jobs|jobs) (list|ls|view|vw|download|dl|search|sr)\b/, effect: 'read', what: 'lists or reads jobs' },
    // ---- zos-console
    { sub: /^(zos-console|console) (issue|iss) (command|cmd) /, args: (a) => oneBatchJobCancelled(sentCommand(a, ZV, 3)) && onDevLpar(a), unlessLive: true, effect: 'write', what: 'cancels one batch job by its number on a dev or test LPAR, as kill PID (answer 434.3)' },
    ...readerRules(/^(zos-console|console) (issue|iss) (command|cmd)( |$)/, ZV, 3, mvsConsoleEffect, 'issues an MVS console command'),
    { sub: /^(zos-console|console) (collect|col)\b/, effect: 'read', what: 'collects responses' },
    // ---- zos-tso
    { sub: /^(zos-tso|tso) (issue|iss) (command|cmd) /, args: (a) => oneBatchJobCancelled(operandAt(a, ZV, 3)) && onDevLpar(a), unlessLive: true, effect: 'write', what: 'cancels one batch job by its number on a dev or test LPAR, as kill PID (answer 434.3)' },
    ...readerRules(/^(zos-tso|tso) (issue|iss) (command|cmd)( |$)/, ZV, 3, tsoEffect, 'issues a TSO command'),
    { sub: /^(zos-tso|tso) (send|snd) /, args: (a) => optionValuesIn(a, ['--data']).some((v) => v === null), effect: 'opaque', what: 'sends a TSO command not fixed' },
    ...(['destroy', 'outage', 'safeguard', 'opaque', 'write', 'read'] as const).map((e): ServiceRule => ({ sub: /^(zos-tso|tso) (send|snd) /, args: (a) => optionValuesIn(a, ['--data']).some((v) => v !== null && tsoEffect(v) === e), effect: e, what: `sends a TSO command: ${e}` })),
    { sub: /^(zos-tso|tso) (start|st|stop|sp|ping)\b/, effect: 'write', what: 'starts, stops or pings its own TSO address space' },
    // ---- cics
    { sub: /^cics (discard|dis|disable|remove-from-list|rfl)\b/, effect: 'outage', what: 'takes a CICS resource out of the running region' },
    { sub: /^cics (delete|del)\b/, effect: 'destroy', what: 'deletes a CICS resource definition from the CSD' },
    { sub: /^cics (define|def|install|ins|refresh|ref|enable|en|add-to-list|atl)\b/, effect: 'write', what: 'defines, installs, refreshes or enables a CICS resource' },
    { sub: /^cics (get|list)\b/, effect: 'read', what: 'reads CICS resources' },
    // ---- zos-workflows
    { sub: /^(zos-workflows|wf) (delete|del)\b/, effect: 'destroy', what: 'deletes workflow instances and their progress' },
    { sub: /^(zos-workflows|wf) (list|ls|properties|prop)\b/, effect: 'read', what: 'lists workflows' },
    { sub: /^(zos-workflows|wf) (create|cre|start|sta|archive|arc)\b/, effect: 'write', what: 'creates, starts or archives a workflow' },
    // ---- zos-uss: a command over ssh, read when it only reads
    { sub: /^(zos-uss|uss) (issue|iss) (ssh|s) /, args: (a) => { const v = operandAt(a, ZV, 3); return typeof v === 'string' && /^\s*(ls|df|du|cat|pwd|ps|uname|id|whoami|head|tail|grep|wc|date|env)\b[^;&|`$<>]*$/.test(v); }, effect: 'read', what: 'runs a reading command over ssh' },
    { sub: /^(zos-uss|uss)\b/, effect: 'opaque', what: 'runs a command over ssh' },
    // ---- configuration, login, plugins
    { sub: /^(config|profiles) (list|ls|profiles|schema|report-env)\b/, effect: 'read', what: 'lists configuration' },
    { sub: /^(config|profiles|auth|plugins) /, effect: 'write', what: "changes the CLI's own configuration, login or plugins" },
    { sub: /^(zosmf|zos-logs) (check|list|ls)\b/, effect: 'read', what: 'checks z/OSMF or lists systems and logs' },
    { sub: /^(--version|-V|--available-commands|--ac)$/, effect: 'read', what: 'version' },
  ],
  otherwise: 'fallback',
};

// ---- z/OS UNIX shell programs -------------------------------------------------------------------------------------------

const NONE = new Set<string>();
const joined = (a: Args): string | null => {
  const ops = operandValues(a, NONE);
  return ops.some((o) => o === null) || ops.length === 0 ? null : ops.join(' ');
};
/**
 * Round 44 (nx44; the lead's answer 458.2): opercmd takes no option but its help, so a command that starts with DB2's
 * command prefix `-` (`opercmd "-DIS THREAD(*)"`, `opercmd -STOP DB2 MODE(FORCE)`) is the console command, read whole; the
 * help flags are read before this. Any other line as `joined`.
 */
const consoleLine = (a: Args): string | null => {
  const first = a[0];
  if (typeof first !== 'string' || !/^-[A-Z]{2,}\b/i.test(first)) return joined(a);
  return a.some((w) => w === null) ? null : a.join(' ');
};
function wholeLineRules(read: (s: string) => Effect, what: string, line: (a: Args) => string | null = joined): ServiceRule[] {
  return (['destroy', 'outage', 'safeguard', 'opaque', 'write', 'read'] as const).map((e): ServiceRule => ({ args: (a) => { const j = line(a); return j !== null && read(j) === e; }, effect: e, what: `${what}: ${e}` }))
    .concat([{ effect: 'opaque', what: `${what} not fixed` }]);
}

const TSOCMD: Tool = { names: ['tsocmd'], valued: [], rules: wholeLineRules(tsoEffect, 'runs a TSO command'), otherwise: 'opaque' };
const OPERCMD: Tool = { names: ['opercmd'], valued: [], rules: [{ flags: ['-h', '-?'], effect: 'read', what: 'help' }, ...wholeLineRules(mvsConsoleEffect, 'issues an MVS console command', consoleLine)], otherwise: 'opaque' };
const CHTAG: Tool = { names: ['chtag'], valued: [], rules: [{ flags: ['-p'], effect: 'read', what: 'prints file tags' }], otherwise: 'write' };
const OEDIT: Tool = { names: ['oedit', 'obrowse', 'oget', 'oput'], valued: [], rules: [], otherwise: 'write' };

// Z Open Automation Utilities (ibm.com/docs/en/zoau): data set and job commands.
const DRM: Tool = {
  names: ['drm'],
  valued: [],
  rules: [
    { args: (a) => { const ops = operandValues(a, NONE); return ops.length === 1 && scratchDataSet(ops[0]); }, unlessLive: true, effect: 'write', what: 'deletes one data set named scratch, test, CI or temp (answer 72)' },
  ],
  otherwise: 'destroy',
};
const DECHO: Tool = {
  names: ['decho'],
  valued: [],
  rules: [{ args: (a) => { const ops = operandValues(a, NONE); return liveOrSystemDataSet(ops[ops.length - 1]); }, effect: 'destroy', what: 'writes over a production or system data set' }],
  otherwise: 'write',
};
const ZOAU_READS: Tool = { names: ['dls', 'mvstmp', 'jls', 'pjdd', 'dgrep', 'dinfo', 'vls', 'ddiff', 'dhead', 'dtail', 'dcat'], valued: [], rules: [], otherwise: 'read' };
const ZOAU_WRITES: Tool = {
  names: ['dcp', 'dtouch', 'jsub', 'dmv', 'dsed', 'dzip', 'dunzip'],
  valued: [],
  rules: [{ flags: ['-f', '--force'], args: (a) => { const ops = operandValues(a, NONE); return liveOrSystemDataSet(ops[ops.length - 1]); }, effect: 'destroy', what: 'copies over a production or system data set' }],
  otherwise: 'write',
};
const JCAN: Tool = { names: ['jcan'], valued: [], rules: [], otherwise: 'outage' };
const MVSCMD: Tool = {
  names: ['mvscmd', 'mvscmdauth'],
  valued: [],
  rules: [
    { args: (a) => a.some((x) => x === null || /^--pgm=(IDCAMS|IEHPROGM|ADRDSSU|ICKDSF|IKJEFT01|IKJEFT1A|IKJEFT1B|IEFBR14|BPXBATCH|IRXJCL)$/i.test(x)) && !a.some((x) => x !== null && /^--sysin=stdin$/i.test(x)), effect: 'opaque', what: 'runs a utility whose statements the action does not show' },
    { args: (a) => a.some((x) => x !== null && /^--pgm=(IEBGENER|IEBCOPY|SORT|ICEMAN|IEBCOMPR|IEBPTPCH|IEBUPDTE|ICETOOL)$/i.test(x)), effect: 'write', what: 'copies, sorts or compares data sets' },
  ],
  input: { deletes: /(^|\n|;)\s*(DELETE|DEL|SCRATCH|PURGE|HDELETE)\b/i, what: 'deletes data sets' },
  otherwise: 'opaque',
};

export const MAINFRAME_TOOLS: ServiceTool[] = [ZOWE, TSOCMD, OPERCMD, CHTAG, OEDIT, DRM, DECHO, ZOAU_READS, ZOAU_WRITES, JCAN, MVSCMD];

/**
 * An `ibm.ibm_zos_core` Ansible module (the collection's module reference) as the z/OS UNIX line it stands for, 'read'
 * or 'write', or null (judged unknown): `zos_data_set state=absent` is `drm NAME`, `zos_operator cmd=…` is `opercmd`,
 * `zos_tso_command commands=…` is `tsocmd`; queries, fetches and facts read; a copy, line edit or archive that removes
 * its sources, a volume initialised, an APF entry removed, a raw program run are left unknown.
 */
export function zosCoreModuleLine(module: string, a: ReadonlyMap<string, string>): string | 'read' | 'write' | null {
  const m = /^(?:ibm\.ibm_zos_core\.)?(zos_[a-z_]+)$/.exec(module);
  if (!m) return null;
  const q = (v: string): string => `'${v.replaceAll("'", '')}'`;
  const name = a.get('name') ?? a.get('src') ?? '';
  switch (m[1]) {
    case 'zos_data_set':
      if (a.get('state') === 'absent') return name ? `drm ${q(name)}` : null;
      return 'write';
    case 'zos_operator': { const cmd = a.get('cmd'); return cmd ? `opercmd ${q(cmd)}` : null; }
    case 'zos_tso_command': { const cmd = a.get('commands'); return cmd ? `tsocmd ${q(cmd)}` : null; }
    case 'zos_job_query': case 'zos_job_output': case 'zos_fetch': case 'zos_find': case 'zos_gather_facts': case 'zos_ping': case 'zos_operator_action_query':
      return 'read';
    case 'zos_job_submit': case 'zos_encode':
      return 'write';
    case 'zos_archive':
      return /^(true|yes)$/i.test(a.get('remove') ?? '') ? null : 'write';
    case 'zos_copy': {
      const dest = a.get('dest');
      return dest && !liveOrSystemDataSet(dest) && !/^(true|yes)$/i.test(a.get('force') ?? '') ? 'write' : null;
    }
    default:
      return null;
  }
}
