/**
 * The lead's answer 403.3 (round 39): one tool's own scan appended to its own configuration file is a write. mdadm's
 * `--detail --scan` (`--examine --scan`, `-Ds`, `-Es`, with `--verbose` or `--brief`) prints the ARRAY lines of
 * mdadm.conf(5) for the arrays it finds; appended (`>>`, `tee -a`) to `/etc/mdadm.conf` or `/etc/mdadm/mdadm.conf`, every
 * line the file held stays. Another tool's output, or an overwrite (`>`, `tee` without `-a`), is not this.
 */
const OWN_SCANS: ReadonlyArray<{ tool: string; scan: (args: ReadonlyArray<string>) => boolean; config: RegExp }> = [
  { tool: 'mdadm', scan: mdadmScan, config: /^\/etc\/(mdadm\/)?mdadm\.conf$/ },
];

function mdadmScan(args: ReadonlyArray<string>): boolean {
  const flags = args.flatMap((a) => (/^-[A-Za-z]{2,}$/.test(a) ? [...a.slice(1)].map((c) => `-${c}`) : [a]));
  const allowed = new Set(['--detail', '-D', '--examine', '-E', '--scan', '-s', '--verbose', '-v', '--brief', '-b']);
  return flags.length > 0 && flags.every((f) => allowed.has(f)) && flags.some((f) => f === '--scan' || f === '-s') && flags.some((f) => /^(--detail|-D|--examine|-E)$/.test(f));
}

/** The configuration file `name ARGS` prints lines of by its own scan (OWN_SCANS), or undefined. */
export function ownScanConfig(name: string, args: ReadonlyArray<string | null>): RegExp | undefined {
  const tool = name.replace(/^.*\//, '');
  if (args.some((a) => a === null)) return undefined;
  return OWN_SCANS.find((s) => s.tool === tool && s.scan(args as string[]))?.config;
}
