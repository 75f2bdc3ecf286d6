import type { ServiceTool } from './catalogue-shape.ts';

/**
 * Round 39 (pw39): catalogue entries for the diagnostic programs a Windows server admin runs against Active Directory
 * and its replication, by their Microsoft Learn references. Data in the shape of service-catalogue.ts's ServiceTool
 * (checked where it is spread there). They test and report; the few switches that change something (`dcdiag /fix`,
 * `dfsrdiag pollad`) are writes, repairs nothing loses.
 */
export const WINDOWS_ADMIN_TOOLS: readonly ServiceTool[] = [
  // Dcdiag.exe: runs its tests against a domain controller and prints the results (`/q` errors only, `/v` verbose,
  // `/test:NAME`, `/s:DC`, `/f:LOG` writes a log). `/fix` repairs the machine account's service principal names: a write.
  {
    names: ['dcdiag', 'dcdiag.exe'],
    anyCase: true,
    valued: [],
    rules: [{ args: (a) => a.some((w) => w !== null && /^\/fix$/i.test(w)), effect: 'write', what: "repairs the domain controller's service principal names" }],
    otherwise: 'read',
  },
  // Dfsrdiag.exe: `backlog`, `replicationstate`, `dumpmachinecfg`, `dumpadcfg`, `guid2name`, `filehash`, `idrecord`
  // report; `pollad` and `syncnow` make the service read its configuration or replicate now, `staticrpc` sets its port,
  // `stopnow` pauses replication until the schedule resumes it: writes.
  {
    names: ['dfsrdiag', 'dfsrdiag.exe'],
    anyCase: true,
    valued: [],
    rules: [{ sub: /^(pollad|syncnow|staticrpc|stopnow)\b/i, effect: 'write', what: 'polls the directory, replicates now or sets the RPC port' }],
    otherwise: 'read',
  },
  // Round 40 (atk40). Repadmin.exe (Microsoft Learn, "repadmin"): `/options DC +DISABLE_OUTBOUND_REPL` or
  // `+DISABLE_INBOUND_REPL` stops the domain controller replicating (out of service); `-DISABLE_…` starts it again;
  // `/syncall`, `/replicate`, `/kcc` replicate or rebuild the topology now; the `/show…` reports, `/replsummary`,
  // `/queue`, `/failcache`, `/latency`, `/bridgeheads`, `/istg` read. Anything else (`/removelingeringobjects`, `/delete`
  // of a replication link, `/setattr`) is not judged here (fail closed).
  {
    names: ['repadmin', 'repadmin.exe'],
    anyCase: true,
    valued: [],
    rules: [
      { args: (a) => a.some((w) => w === null || /^\+DISABLE_(OUTBOUND|INBOUND)_REPL$/i.test(w)), effect: 'outage', what: "switches the domain controller's replication off" },
      { sub: /^\/options\b/i, effect: 'write', what: "shows or sets the domain controller's replication options" },
      { sub: /^\/(syncall|replicate|kcc|replsingleobj)\b/i, effect: 'write', what: 'replicates now or rebuilds the replication topology' },
      { sub: /^\/(show\w*|replsummary|queue|failcache|latency|bridgeheads|istg|viewlist|bind|dsaguid|notifyopt|\?)( |$)/i, effect: 'read', what: 'reports replication' },
    ],
    otherwise: 'opaque',
  },
  // Ntdsutil.exe (Microsoft Learn, "ntdsutil"): its menus are its arguments. `metadata cleanup` … `remove selected
  // server` deletes a domain controller's objects from the directory; an `authoritative restore` overwrites what the
  // other controllers hold; `roles` … `seize` takes an operations master role by force. `ifm` and `snapshot` make copies
  // of the database (writes); anything else is not judged here (fail closed).
  {
    names: ['ntdsutil', 'ntdsutil.exe'],
    anyCase: true,
    valued: [],
    rules: [
      { sub: /\bremove selected (server|domain|naming context)\b|\bauthoritative restore\b|\bseize\b/i, effect: 'destroy', what: 'removes a domain controller or a domain from the directory, restores objects over the other controllers\' or seizes an operations master role' },
      { sub: /^("?(activate instance|ac i) ntds"? )?"?(ifm|snapshot)\b/i, effect: 'write', what: 'copies the directory database (install from media, a snapshot)' },
    ],
    otherwise: 'opaque',
  },
];
