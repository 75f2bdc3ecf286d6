import type { Invocation } from '../shell/invocation.ts';
import { heuristicEnvironment } from '../environment.ts';
import { DATAVERSE_KEPT } from '../bizapps-http.ts';
import { pipeInput, pipeItem } from './pipe.ts';

/**
 * Round 42 (nxb42; the lead's answers 430.1 and 53): Microsoft.Xrm.Data.PowerShell's `Remove-CrmRecord` of one Dataverse
 * row by its whole key, `-EntityLogicalName contact -Id 5d2b0e3a-…` (a literal GUID, the table named literally, nothing
 * else removed) is narrowed, as the same row deleted through the Web API by its GUID (`DELETE …/contacts(<guid>)`) or
 * `pac` is. Stays a loss: ids over a pipeline or a `ForEach-Object` (every row a query returns: decision 32's bulk), an id
 * or a table the input does not fix (`-Id $id`, `-CrmRecord $r`), a wildcard or a list, and any value naming production
 * or staging is no excuse either way (the row is one row; the tier is reported by the line).
 */
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const KNOWN_PARAMS = /^-(conn|entitylogicalname|id|erroraction|verbose|confirm(:\$?(true|false))?|whatif)$/i;

export function oneCrmRecordRemoved(inv: Invocation, name: string): boolean {
  if (name !== 'remove-crmrecord' || pipeInput(inv) !== null || pipeItem(inv) !== null) return false;
  const args = inv.args;
  const valueOf = (param: RegExp): Array<string | null> => args.filter((_, i) => param.test(args[i - 1]?.value ?? '')).map((a) => a.value);
  const ids = valueOf(/^-id$/i);
  const tables = valueOf(/^-entitylogicalname$/i);
  // Round 43 (atk43): not a row of a table that is accounts, security or what the platform runs on (`systemuser`,
  // `role`, `pluginassembly`, `solution`; bizapps-http.ts DATAVERSE_KEPT, as the Web API's and MCP's readings keep them).
  if (ids.length !== 1 || tables.length !== 1 || !GUID.test(ids[0] ?? '') || !/^[a-z_][a-z0-9_]*$/i.test(tables[0] ?? '') || DATAVERSE_KEPT.test(tables[0]!)) return false;
  // Every switch is one this reading knows, and every value is a connection object or one of the two above.
  return args.every((a, i) => {
    const v = a.value;
    const param = args[i - 1]?.value ?? '';
    // The connection is an object in a variable (`-conn $conn`): it says which organisation, not which rows.
    if (/^-conn$/i.test(param)) return /^\$[A-Za-z_]\w*$/.test(a.text);
    if (v === null) return false;
    if (v.startsWith('-')) return KNOWN_PARAMS.test(v);
    if (/^-erroraction$/i.test(param)) return /^\w+$/.test(v);
    return /^-(id|entitylogicalname)$/i.test(param) && heuristicEnvironment(v) === null;
  });
}
