/**
 * Round 41 (bl41mf): MCP tools of mainframe (IBM Z) servers (a Zowe, z/OSMF, CICS, IMS or RACF server) judged as the
 * command line they stand for, read by shell/tools/mainframe-catalogue.ts as the same line typed in the z/OS UNIX shell:
 * a console command (`issue_console_command {command}`, `zos_operator {cmd}`, `ims_command {command}`) is `opercmd`, a
 * TSO command `tsocmd`, a data set or USS file deleted or written the Zowe CLI's `zos-files` subcommand, a job submitted,
 * cancelled or purged `zos-jobs`, a CICS resource discarded, a transaction set, a RACF user revoked or deleted, a
 * permit or a `SETROPTS` the RACF command. Null for any other tool or arguments of another shape (judged as before).
 */
import { isJsonObject, type JsonObject } from '../../core/index.ts';
import { shellQuote } from '../shell-quote.ts';

const MAINFRAME_SERVER = /(^|[-_.])(zowe|zos|z-os|zosmf|mainframe|cics|ims|racf|db2-?zos|ibmz|mvs)([-_.]|$)/i;

function str(args: JsonObject, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = args[k];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** The command line a mainframe server's tool stands for, or null. */
export function mainframeMcpCommand(server: string, tool: string, args: JsonObject): string | null {
  if (!MAINFRAME_SERVER.test(server) || !isJsonObject(args)) return null;
  const t = tool.toLowerCase().replace(/[-.]/g, '_');
  const profile = str(args, 'profile', 'zosmf_profile', 'system', 'lpar');
  const where = profile ? ` --zosmf-profile ${shellQuote(profile)}` : '';
  const command = str(args, 'command', 'cmd');
  // A system or profile named: the command is sent there (`zowe … issue command`), so the LPAR it names is read (434.3).
  if (/(^|_)(console_command|operator|opercmd|ims_command|mvs_command)$|^zos_operator$/.test(t)) return command ? (profile ? `zowe zos-console issue command ${shellQuote(command)}${where}` : `opercmd ${shellQuote(command)}`) : null;
  if (/(^|_)(tso_command|tsocmd|tso)$/.test(t)) return command ? (profile ? `zowe zos-tso issue command ${shellQuote(command)}${where}` : `tsocmd ${shellQuote(command)}`) : null;
  const dsn = str(args, 'dsname', 'dataset', 'data_set', 'name');
  if (/^(delete|remove)_(data_?set|dataset|ds)$/.test(t)) return dsn ? `zowe zos-files delete data-set ${shellQuote(dsn)} -f${where}` : null;
  if (/^(delete|remove)_(uss_file|uss|file)$/.test(t)) {
    const path = str(args, 'path', 'file');
    return path ? `zowe zos-files delete uss-file ${shellQuote(path)} -f${args.recursive === true ? ' -r' : ''}${where}` : null;
  }
  if (/^(write|upload)_(data_?set|dataset|member)$/.test(t)) return dsn ? `zowe zos-files upload stdin-to-data-set ${shellQuote(dsn)}${where}` : null;
  if (t === 'zos_data_set') {
    if (!dsn) return null;
    return args.state === 'absent' ? `drm ${shellQuote(dsn)}` : `dtouch ${shellQuote(dsn)}`;
  }
  if (/^submit_(job|data_?set)$/.test(t)) return dsn ? `zowe zos-jobs submit data-set ${shellQuote(dsn)}${where}` : null;
  if (/^submit_(jcl|stdin)$/.test(t)) {
    const jcl = str(args, 'jcl', 'content');
    return jcl ? `printf '%s\\n' ${shellQuote(jcl)} | zowe zos-jobs submit stdin${where}` : null;
  }
  const jobid = str(args, 'jobid', 'job_id');
  if (/^cancel_job$/.test(t)) return jobid ? `zowe zos-jobs cancel job ${shellQuote(jobid)}${where}` : null;
  if (/^(purge|delete)_job$/.test(t)) return jobid ? `zowe zos-jobs delete job ${shellQuote(jobid)}${where}` : null;
  const region = str(args, 'region', 'region_name');
  const regionOpt = region ? ` --region-name ${shellQuote(region)}` : '';
  const cics = /^cics_(discard|newcopy|refresh|inquire|get|define|install|enable|disable)_(program|transaction|urimap|file)$/.exec(t);
  if (cics) {
    const [, verb, kind] = cics as unknown as [string, string, string];
    const name = str(args, kind, 'name', 'resource');
    if (!name) return null;
    if (verb === 'inquire') return region ? `opercmd ${shellQuote(`F ${region},CEMT INQUIRE ${kind.toUpperCase()}(${name})`)}` : `zowe cics get resource ${shellQuote(name)}`;
    return `zowe cics ${verb === 'newcopy' ? 'refresh' : verb} ${kind} ${shellQuote(name)}${regionOpt}`;
  }
  const set = /^cics_set_(program|transaction|file)$/.exec(t);
  if (set && region) {
    const name = str(args, set[1]!, 'name');
    const status = str(args, 'status', 'state');
    return name && status ? `opercmd ${shellQuote(`F ${region},CEMT SET ${set[1]!.toUpperCase()}(${name}) ${status.toUpperCase()}`)}` : null;
  }
  const user = str(args, 'userid', 'user');
  if (t === 'alter_user' && user) return args.revoke === true ? `tsocmd ${shellQuote(`ALTUSER ${user} REVOKE`)}` : args.resume === true ? `tsocmd ${shellQuote(`ALTUSER ${user} RESUME`)}` : null;
  if (t === 'delete_user' && user) return `tsocmd ${shellQuote(`DELUSER ${user}`)}`;
  if (t === 'list_user' && user) return `tsocmd ${shellQuote(`LISTUSER ${user}`)}`;
  if (t === 'permit') {
    const profileName = str(args, 'profile');
    const id = str(args, 'id');
    const access = str(args, 'access');
    const cls = str(args, 'class') ?? 'DATASET';
    return profileName && id && access ? `tsocmd ${shellQuote(`PERMIT ${profileName} CLASS(${cls}) ID(${id}) ACCESS(${access})`)}` : null;
  }
  if (t === 'setropts') {
    const options = str(args, 'options');
    return options ? `tsocmd ${shellQuote(`SETROPTS ${options}`)}` : null;
  }
  return null;
}
