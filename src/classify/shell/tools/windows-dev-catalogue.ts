import type { ServiceTool } from './catalogue-shape.ts';

/**
 * Round 40 (pw40): catalogue entries for the programs a Windows developer's agent runs on its own workstation, by their
 * Microsoft Learn references. Data in the shape of service-catalogue.ts's ServiceTool (checked where it is spread there).
 */
export const WINDOWS_DEV_TOOLS: readonly ServiceTool[] = [
  // SqlLocalDB.exe ("SqlLocalDB Utility", Microsoft Learn): manages the per-user LocalDB instances of SQL Server Express
  // LocalDB, each a process of the signed-in user that starts by itself on the first connection. Operations and their
  // one-letter forms: `info|i` and `versions|v` report, `create|c`, `start|s`, `share|h`, `unshare|u`, `trace|t` write;
  // `stop|p` (`-i` NOWAIT, `-k` kill) stops the user's own instance, which the next connection starts again (a local
  // container stopped, answer 73: a write); `delete|d` deletes the instance with its system databases (fail closed).
  {
    names: ['sqllocaldb', 'sqllocaldb.exe'],
    anyCase: true,
    valued: [],
    local: true,
    rules: [
      { sub: /^(delete|d)\b/i, effect: 'destroy', what: 'deletes the LocalDB instance with its system databases' },
      { sub: /^(create|c|start|s|stop|p|share|h|unshare|u|trace|t)\b/i, effect: 'write', what: "creates, starts, stops or shares one of the user's own LocalDB instances" },
      // Round 41 (atk41): only the reports, help and no operation at all read; an operation the manual does not list or
      // a variable (`sqllocaldb $op MSSQLLocalDB`) is not shown to be one (fail closed).
      { sub: /^((info|i|versions|v|help|-\?|\/\?|-h)\b|$)/i, effect: 'read', what: 'reports the instances or versions, or prints help' },
    ],
    otherwise: 'opaque',
  },
];
