import { operandValues, optionValuesIn, SYSTEM_OR_DOTFILE_PLACE, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';

/**
 * Round 42 (bl42sci): iRODS icommands, found by the first contact of `blind42-sci` (its tuned third). From the icommands
 * reference (docs.irods.org, "icommands"): `irm` moves data objects and collections into the zone's trash
 * (`/ZONE/trash/home/USER`, restorable with `imv`) unless `-f` ("immediate removal ... without putting it in the trash");
 * `irmtrash` empties the trash (`-M` as an administrator, for every user); `iput -f` overwrites an existing data object
 * (iRODS keeps no versions by default); `itrim` removes replicas; `ichmod` grants access, `public` and `anonymous` being
 * every user of the zone and anyone; `iadmin rm*` deletes users, resources, zones and groups. Data in the shape of
 * service-catalogue.ts's ServiceTool (spread there).
 */

type Tool = ServiceTool;

const HELP: ServiceRule = { flags: ['-h', '--help', '-V'], effect: 'read', what: 'prints help or the version' };

/** An option bundle with the letter (`-rf`, `-fr`, `-f`), getopt's short options together. */
const bundles = (letter: string): ((a: ReadonlyArray<string | null>) => boolean) => {
  const bundle = new RegExp(`^-[A-Za-z]*${letter}[A-Za-z]*$`);
  return (a) => a.some((w) => w !== null && bundle.test(w));
};

const IRODS_READERS: Tool = {
  names: ['ils', 'ichksum', 'iquest', 'iuserinfo', 'ienv', 'ilsresc', 'ipwd', 'ierror', 'ihelp', 'iqstat', 'isysmeta', 'izonereport', 'iscan'],
  valued: ['-R', '-N', '-X', '-n', '-u', '-z', '-S'],
  rules: [],
  otherwise: 'read',
};

const IRODS_WRITERS: Tool = {
  // imkdir, imv (a rename in the zone), icp (a copy), irsync (copies what differs; it prunes nothing), iphymv, irepl
  // (a replica more) and ireg add or move; nothing is lost.
  names: ['imkdir', 'imv', 'irsync', 'iphymv', 'irepl', 'ireg', 'icd', 'iinit', 'iexit', 'itouch'],
  valued: ['-R', '-N', '-X', '-n', '-S', '-D', '--lfrestart', '--retries'],
  rules: [HELP],
  otherwise: 'write',
};

/**
 * Round 43 (atk43): `icp -f` and `ibun -f` overwrite data objects that exist (icommands reference: "-f force - write
 * data-object even it exists already; overwrite it"), as `iput -f` does; without it they refuse.
 */
const ICP_IBUN: Tool = {
  names: ['icp', 'ibun'],
  valued: ['-R', '-N', '-X', '-n', '-S', '-D', '--lfrestart', '--retries'],
  rules: [HELP, { args: bundles('f'), effect: 'destroy', what: 'overwrites data objects already in the zone (-f); iRODS keeps no versions by default' }],
  otherwise: 'write',
};

/** `iget` copies data objects down to local files: a read of the zone; `-f` overwrites the local files that exist. */
const IGET: Tool = {
  names: ['iget'],
  valued: ['-R', '-N', '-X', '-n', '-u', '-z', '-S', '--lfrestart', '--retries'],
  rules: [
    HELP,
    // `iget [-f] SRC… [DEST]`: the last word is the local place.
    { args: (a) => bundles('f')(a) && a.length > 0 && (a.at(-1) === null || SYSTEM_OR_DOTFILE_PLACE.test(a.at(-1)!)), effect: 'destroy', what: 'overwrites a local system file or credential with a data object (-f; catalogue-shape.ts SYSTEM_OR_DOTFILE_PLACE)' },
  ],
  otherwise: 'read',
};

/**
 * Round 43 (atk43): imeta's `rmw` removes every AVU its wildcards match (`% %`: all of them); `add`, `set`, `mod`,
 * `rm` of one AVU, `cp` write; `ls`, `lsw`, `qu` read (icommands reference, imeta).
 */
const IMETA: Tool = {
  names: ['imeta'],
  valued: ['-z'],
  rules: [
    HELP,
    { sub: /^rmw\b/, effect: 'destroy', what: 'removes every metadata triple the wildcards match' },
    { sub: /^(add|adda|addw|set|mod|rm|rmi|cp)\b/, effect: 'write', what: 'adds, changes or removes one metadata triple' },
  ],
  otherwise: 'read',
};

const IRM: Tool = {
  names: ['irm'],
  valued: ['-n', '--empty'],
  rules: [
    HELP,
    { args: bundles('f'), effect: 'destroy', what: 'removes data objects or collections at once, past the trash (irm -f)' },
  ],
  otherwise: 'write',
};

const IRMTRASH: Tool = {
  names: ['irmtrash'],
  valued: ['-u', '-z', '--age'],
  rules: [HELP, { args: () => true, effect: 'destroy', what: 'empties the trash: what irm moved there is gone' }],
  otherwise: 'destroy',
};

const IPUT: Tool = {
  names: ['iput'],
  valued: ['-R', '-N', '-X', '-n', '-D', '-p', '--metadata', '--acl', '--lfrestart', '--retries', '--kv_pass', '--link'],
  rules: [
    HELP,
    { args: bundles('f'), effect: 'destroy', what: 'overwrites data objects already in the zone (iput -f); iRODS keeps no versions by default' },
  ],
  otherwise: 'write',
};

const ICHMOD: Tool = {
  names: ['ichmod'],
  valued: ['-z'],
  rules: [
    HELP,
    // `ichmod [-rM] LEVEL USER PATH`: `public` is every user of the zone, `anonymous` anyone; `null` revokes.
    { args: (a) => a.some((w) => w === 'public' || w === 'anonymous' || (w !== null && /^(public|anonymous)#/.test(w))) && !a.includes('null'), effect: 'safeguard', what: 'opens data objects or collections to every user or to anyone' },
  ],
  otherwise: 'permissions',
};

const ITRIM: Tool = {
  names: ['itrim'],
  valued: ['-N', '-S', '-n', '-z', '--age'],
  dryRun: ['--dryrun'],
  rules: [HELP, { args: () => true, effect: 'destroy', what: 'removes replicas of data objects' }],
  otherwise: 'destroy',
};

const IADMIN: Tool = {
  names: ['iadmin'],
  valued: [],
  rules: [
    HELP,
    { sub: /^(lu|lz|lr|lg|lgd|luz|lt|lf|ls|lrg|dspass|help|get_grid_configuration|get_delay_server_info)\b/, effect: 'read', what: 'lists users, zones, resources or groups' },
    { sub: /^(rm\w*|rmuser|rmresc|rmzone|rmgroup|rmchildfromresc)\b/, effect: 'destroy', what: 'deletes a user, resource, zone or group' },
  ],
  otherwise: 'admin',
};

/**
 * Round 43 (nx43): a command whose output file (`-o F`, `--output F`, `--output=F`) is one of its own input operands: the
 * tool opens the output for writing while it reads the input (samtools-sort(1): "the sorted output is written ... to the
 * specified file when -o is used"), so the only copy of the input is replaced by what the command keeps, or truncated.
 */
function outputOverInput(valued: ReadonlySet<string>): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const outs = optionValuesIn(args, ['-o', '--output']);
    const inputs = operandValues(args, valued).slice(1);
    return outs.some((o) => o !== null && o !== '-' && inputs.includes(o));
  };
}

const SAMTOOLS_VALUED = new Set(['-o', '--output', '-O', '--output-fmt', '--output-fmt-option', '--input-fmt-option', '-T', '-@', '--threads', '-m', '-l', '-t', '-K', '-R', '-L', '-N', '-q', '-f', '-F', '-G', '-x', '-r', '-s', '--reference', '-U', '-e', '--expr', '-d', '-D']);
const BCFTOOLS_VALUED = new Set(['-o', '--output', '-O', '--output-type', '-i', '--include', '-e', '--exclude', '-r', '--regions', '-R', '--regions-file', '-t', '--targets', '-T', '--targets-file', '-s', '--samples', '-S', '--samples-file', '-f', '--apply-filters', '--fasta-ref', '--threads', '-m', '--min-alleles', '-M', '--max-alleles', '-c', '-a', '--annotations', '-x', '--remove', '-q', '-Q', '-k', '-n', '-W', '--write-index']);

/** A tool whose output written over one of its inputs (outputOverInput) loses it; the rest is judged generically. */
function outputOverInputTool(name: string, valued: ReadonlySet<string>): Tool {
  return {
    names: [name],
    valued: [...valued],
    rules: [{ args: outputOverInput(valued), effect: 'destroy', what: 'writes its output over its own input file: the only copy is replaced while it is read' }],
    otherwise: 'fallback',
  };
}
const SAMTOOLS = outputOverInputTool('samtools', SAMTOOLS_VALUED);
const BCFTOOLS = outputOverInputTool('bcftools', BCFTOOLS_VALUED);

/**
 * Nextflow: `drop` deletes the local copy of a pipeline project pulled from a repository (`nextflow pull` fetches it
 * again); `-f` drops it with its local changes (the reference: "delete the repository without taking care of local
 * changes"). The rest is judged generically.
 */
const NEXTFLOW: Tool = {
  names: ['nextflow'],
  valued: ['-c', '-C', '-config', '-log', '-r', '-revision', '-hub', '-user'],
  rules: [
    { sub: /^drop\b/, flags: ['-f'], effect: 'destroy', what: "deletes a pipeline's local copy with its local changes" },
    { sub: /^drop\b/, effect: 'write', what: "deletes a pipeline's local copy, fetched again by `nextflow pull`" },
  ],
  otherwise: 'fallback',
};

export const RESEARCH_DATA_TOOLS: Tool[] = [IRODS_READERS, IRODS_WRITERS, ICP_IBUN, IGET, IMETA, IRM, IRMTRASH, IPUT, ICHMOD, ITRIM, IADMIN, SAMTOOLS, BCFTOOLS, NEXTFLOW];
