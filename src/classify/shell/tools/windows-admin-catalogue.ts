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
];
