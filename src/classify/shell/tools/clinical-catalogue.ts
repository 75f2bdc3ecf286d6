import { operandValues, optionValuesIn, SYSTEM_OR_DOTFILE_PLACE, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';
import { isUnderTemporaryRoot } from '../../paths.ts';

/**
 * Round 43 (bl43med): catalogue entries for a clinical data platform team's tools that no entry read before: the DICOM
 * network and file tools of DCMTK (dicom.offis.de/dcmtk: echoscu, findscu, movescu, getscu, storescu, dcmsend, storescp,
 * dcmdump, dcmconv, dcmdjpeg, dcm2pnm, dcmodify) and of dcm4che (findscu, storescu, getscu, movescu, dcm2json,
 * deidentify, which take `-c AET@HOST:PORT`), Mirth Connect's command line (`mccommand`) and SQL Server's `bcp`. Data in
 * the shape of service-catalogue.ts's ServiceTool (spread there).
 *
 * Labels (blind43-med.yaml's description): a C-ECHO, C-FIND, C-MOVE or C-GET reads or copies images to the caller; a
 * C-STORE adds images to the receiving archive; dumping and converting write new files; `dcmodify` keeps each original as
 * `FILE.bak` unless `-nb` (`--no-backup`), so only `-nb` on files outside a temporary folder loses what they held; Mirth's
 * CLI commands that undeploy, stop, halt, pause, disable or remove channels, or clear their messages, take interfaces
 * out of service or lose messages.
 */

type Args = ReadonlyArray<string | null>;

const HELP: ServiceRule = { flags: ['-h', '--help', '--version'], effect: 'read', what: 'prints help or the version' };

/** DCMTK's and dcm4che's options that take a value (the DICOM network tools' AE titles, keys, folders and connections). */
const DICOM_VALUED = ['-aet', '--aetitle', '-aec', '--call', '-aem', '--move', '-k', '--key', '-od', '--output-directory', '-f', '--read-from', '-X', '--extract', '-to', '--timeout', '-ta', '--acse-timeout', '-td', '--dimse-timeout', '-pdu', '--max-pdu', '+P', '--search', '-c', '--connect', '-b', '--bind', '-m', '--match', '-r', '--return', '-L', '--level', '--dest', '-M', '--model', '--tls-cipher', '-q', '--query', '+sp', '--scan-pattern', '-xf', '--config-file'];

/**
 * Round 44 (atk44): storescp's options whose value is a command it runs for each file or study received (DCMTK storescp(1):
 * `-xcr|--exec-on-reception`, `-xcs|--exec-on-eostudy`): read through the shell model (`remote` below).
 */
const STORESCP_EXEC = ['-xcr', '--exec-on-reception', '-xcs', '--exec-on-eostudy'];

/**
 * Round 44 (atk44): the file converters write their last operand (`dcmconv IN OUT`, `dcm2xml IN OUT`, `img2dcm IN OUT`):
 * over a system file or a dotfile (a credential, a shell's start file) that file's contents are lost.
 */
const convertedOverSystemFile = (args: ReadonlyArray<string | null>): boolean => {
  const out = operandValues(args, new Set(DICOM_VALUED)).filter((o) => o === null || !/^\+/.test(o));
  return out.length >= 2 && (out.at(-1) === null || SYSTEM_OR_DOTFILE_PLACE.test(out.at(-1)!));
};
/**
 * Round 44 (atk44): dcm4che's `deidentify` (it removes the identifying attributes) written over its own input: the
 * original is lost. A lossless conversion in place (dcmdjpeg) loses nothing.
 */
const overItsInput = (args: ReadonlyArray<string | null>): boolean => {
  const files = operandValues(args, new Set(DICOM_VALUED)).filter((o) => o === null || !/^\+/.test(o));
  return files.length >= 2 && (files.includes(null) || files.slice(0, -1).includes(files.at(-1)!));
};
const CONVERTED_OVER_SYSTEM: ServiceRule = { args: convertedOverSystemFile, effect: 'destroy', what: 'writes the converted file over a system file or a dotfile' };

/** The DICOM network tools and dcmdump, which query, retrieve, send or print: none deletes or overwrites what it was given. */
const DICOM_TOOLS: ServiceTool = {
  names: ['echoscu', 'findscu', 'movescu', 'getscu', 'storescu', 'dcmsend', 'storescp', 'dcmdump', 'dcmqrscu'],
  valued: [...DICOM_VALUED, ...STORESCP_EXEC],
  where: ['-c', '--connect'],
  // Round 44 (atk44): storescp's commands on reception are run through the shell model (`remote`); without one, a write.
  rules: [HELP, { args: (a) => optionValuesIn(a, STORESCP_EXEC).length === 0, effect: 'write', what: 'queries, retrieves, sends or prints DICOM objects' }],
  remote: { sub: /^/, valued: DICOM_VALUED, where: 'this machine, for each file or study storescp receives', option: STORESCP_EXEC },
  otherwise: 'opaque',
};

/**
 * The DICOM file converters (`TOOL [options] IN OUT`): a converted copy is a write, unless it is written over a system file
 * or a dotfile (round 44, atk44).
 */
const DICOM_CONVERTERS: ServiceTool = {
  names: ['dcmconv', 'dcmdjpeg', 'dcmcjpeg', 'dcm2pnm', 'dcm2img', 'dcm2xml', 'dcm2json', 'dcmj2pnm', 'img2dcm'],
  valued: DICOM_VALUED,
  rules: [
    HELP,
    CONVERTED_OVER_SYSTEM,
  ],
  otherwise: 'write',
};

/** dcm4che's deidentify: every run discards the identifying attributes, so its output over its input loses them. */
const DEIDENTIFY: ServiceTool = {
  names: ['deidentify'],
  valued: DICOM_VALUED,
  rules: [
    HELP,
    CONVERTED_OVER_SYSTEM,
    { args: overItsInput, effect: 'destroy', what: 'de-identifies a file over itself: the original attributes are lost' },
  ],
  otherwise: 'write',
};

/** dcmodify's options that take a value (dcmodify(1): insert, modify, erase, and their from-file forms). */
// Round 44 (atk44): not `-f` (`--read-dataset`, a switch of dcmodify's input options: `+f`, `+fo`, `-f`), which took the
// file after it for its value.
const DCMODIFY_VALUED = ['-i', '--insert', '-if', '--insert-from-file', '-m', '--modify', '-mf', '--modify-from-file', '-ma', '--modify-all', '-e', '--erase', '-ea', '--erase-all'];

/** `dcmodify -nb`: every file it names lies in a temporary folder (a file not fixed fails it: fail closed). */
const onlyTemporaryFiles = (args: Args): boolean => {
  const files = operandValues(args, new Set(DCMODIFY_VALUED));
  return files.length > 0 && files.every((f) => f !== null && isUnderTemporaryRoot(f));
};

/**
 * DCMTK's dcmodify edits DICOM files in place; it keeps each original as `FILE.bak` unless `-nb`/`--no-backup`
 * (dcmodify(1), "-nb --no-backup: don't backup modified files"): with it the images' original attributes are lost.
 */
const DCMODIFY: ServiceTool = {
  names: ['dcmodify'],
  valued: DCMODIFY_VALUED,
  local: true,
  rules: [
    HELP,
    { flags: ['-nb', '--no-backup'], args: onlyTemporaryFiles, effect: 'write', what: 'edits working copies in a temporary folder' },
    { flags: ['-nb', '--no-backup'], effect: 'destroy', what: 'rewrites DICOM files in place with no backup: the original attributes are lost' },
  ],
  otherwise: 'write',
};

/**
 * Mirth Connect's CLI commands (the Mirth Connect User Guide, "Command Line Interface") that stop interfaces or lose
 * messages: `channel undeploy|stop|halt|pause|disable|remove …`, `clearallmessages`, `removeallmessages`, `user remove`.
 */
// Round 44 (atk44): and `importcfg`, which replaces the server's whole configuration (its channels, code templates and
// settings) with the file's ("importcfg: Import configuration").
const MIRTH_CLI_DELETES = /(^|\n|\\n|;)\s*(channel\s+(undeploy|stop|halt|pause|disable|remove)\b|clearallmessages\b|removeallmessages\b|user\s+remove\b|importcfg\b)/i;

/** Mirth Connect's command line client: it reads commands from a script (`-s FILE`) or its input. */
const MCCOMMAND: ServiceTool = {
  names: ['mccommand', 'mccommand.exe'],
  valued: ['-a', '-u', '-p', '-s'],
  where: ['-a'],
  rules: [HELP],
  input: { deletes: MIRTH_CLI_DELETES, what: "undeploys, stops, pauses or removes channels, or clears their messages: interfaces out of service or messages lost", fileOptions: ['-s'] },
  otherwise: 'opaque',
};

/**
 * SQL Server's bulk copy program (learn.microsoft.com, "bcp utility"): `out`, `queryout` and `format` read a table or a
 * query into a file; `in` appends the file's rows to the table (nothing is replaced).
 */
const BCP_VALUED = ['-S', '-d', '-U', '-P', '-f', '-e', '-F', '-L', '-b', '-a', '-t', '-r', '-h', '-i', '-o', '-m', '-K', '-G'];
/** bcp's direction: its second operand (the first is the table, view or query, which may hold spaces). */
const bcpDirection = (direction: RegExp) => (args: Args): boolean => direction.test(operandValues(args, new Set(BCP_VALUED))[1] ?? '');
/**
 * Round 44 (atk44): `queryout` runs its first operand as a Transact-SQL batch, which need only return rows (`DELETE …
 * OUTPUT deleted.*`, `EXEC proc`, `TRUNCATE …; SELECT 1`): a read only when it is one SELECT (or a CTE ending in one) and
 * nothing else.
 */
const ONE_SELECT = /^\s*(select|with)\b(?![\s\S]*;\s*\S)(?![\s\S]*\b(delete|update|insert|merge|truncate|drop|alter|exec|execute|into|create|grant|revoke|shutdown|kill)\b)/i;
const bcpQueryRuns = (args: Args): boolean => bcpDirection(/^queryout$/)(args) && !ONE_SELECT.test(operandValues(args, new Set(BCP_VALUED))[0] ?? '');

const BCP: ServiceTool = {
  names: ['bcp', 'bcp.exe'],
  valued: BCP_VALUED,
  where: ['-S', '-d'],
  rules: [
    { args: bcpQueryRuns, effect: 'opaque', what: 'runs a batch that is not one SELECT: what it changes is not read here' },
    { args: bcpDirection(/^(out|queryout|format)$/), effect: 'read', what: 'copies a table or a query out to a file' },
    { args: bcpDirection(/^in$/), effect: 'write', what: "appends a file's rows to a table" },
  ],
  otherwise: 'opaque',
};

/** The clinical data platform team's tools, spread into SERVICE_TOOLS. */
export const CLINICAL_TOOLS: ServiceTool[] = [DICOM_TOOLS, DICOM_CONVERTERS, DEIDENTIFY, DCMODIFY, MCCOMMAND, BCP];
