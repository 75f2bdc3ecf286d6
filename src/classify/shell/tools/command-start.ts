/**
 * Where the command a wrapper runs starts, read from the words alone: the wrappers' own options (which take a value, which
 * leading words are their own), and which wrappers leave what the command prints as it is. No classifier state: both the
 * wrapper walk (wrappers.ts) and the readers of a redirect's producer (filesystem.ts) use it.
 */

/**
 * Commands that run another command. Each entry says which of its own options take a value, so the
 * wrapped argv starts at the right word. The wrapped command is classified as if run directly; the
 * wrapper only adds facts (sudo: elevated; ssh: remote host).
 */
export interface WrapperSpec {
  /** Options that consume the next word. */
  valued: string[];
  /** Leading positional words that are the wrapper's own (timeout's DURATION, chroot's DIR). */
  skip?: number;
}

const WRAPPERS: Record<string, WrapperSpec> = {
  sudo: { valued: ['-u', '--user', '-g', '--group', '-C', '--close-from', '-D', '--chdir', '-h', '--host', '-p', '--prompt', '-r', '--role', '-t', '--type', '-U', '--other-user', '-T', '--command-timeout'] },
  sudoedit: { valued: ['-u', '--user', '-g', '--group', '-C', '--close-from', '-D', '--chdir', '-h', '--host', '-p', '--prompt', '-r', '--role', '-t', '--type', '-U', '--other-user', '-T', '--command-timeout'] },
  doas: { valued: ['-u', '-C'] },
  pkexec: { valued: ['--user'] },
  nice: { valued: ['-n', '--adjustment'] },
  ionice: { valued: ['-c', '--class', '-n', '--classdata', '-p', '-P', '-u'] },
  nohup: { valued: [] },
  time: { valued: ['-f', '--format', '-o', '--output'] },
  command: { valued: [] },
  builtin: { valued: [] },
  exec: { valued: ['-a'] },
  timeout: { valued: ['-s', '--signal', '-k', '--kill-after'], skip: 1 },
  gtimeout: { valued: ['-s', '--signal', '-k', '--kill-after'], skip: 1 },
  stdbuf: { valued: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  unbuffer: { valued: [] },
  chroot: { valued: ['--userspec', '--groups'], skip: 1 },
  taskset: { valued: [], skip: 1 },
  flock: { valued: ['-w', '--timeout', '-E', '--conflict-exit-code'], skip: 1 },
  systemd_run: { valued: ['-u', '--unit', '-p', '--property', '-M', '--machine', '--uid', '--gid', '-E', '--setenv', '--on-calendar', '--on-active', '--slice', '-H', '--host', '--working-directory', '--description'] },
  caffeinate: { valued: ['-t', '-w'] },
  // xcrun(1) runs a developer tool of the selected Xcode: `xcrun simctl …`, `xcrun --sdk iphoneos clang …`.
  xcrun: { valued: ['-sdk', '--sdk', '-toolchain', '--toolchain'] },
  runuser: { valued: ['-u', '--user', '-g', '--group', '-G', '--supp-group', '-s', '--shell'] },
  setsid: { valued: [] },
  nsenter: { valued: ['-t', '--target', '-S', '--setuid', '-G', '--setgid'] },
  strace: { valued: ['-e', '-o', '-p', '-s', '-u'] },
  ltrace: { valued: ['-e', '-o', '-p', '-s', '-u'] },
  proxychains: { valued: ['-f'] },
  proxychains4: { valued: ['-f'] },
  torsocks: { valued: [] },
  dotenv: { valued: ['-e', '-v', '-c'] },
  'with-contenv': { valued: [] },
  retry: { valued: ['-t', '--times', '-d', '--delay'] },
  watch: { valued: ['-n', '--interval', '-d', '--differences', '-q', '--equexit'] },
  'aws-vault': { valued: ['--duration', '--region', '-d'] },
  op: { valued: ['--env-file', '--account'] },
  doppler: { valued: ['-p', '--project', '-c', '--config', '--command'] },
  chronic: { valued: [] },
  // sshpass(1) feeds a password to the program after its own options (`sshpass -e ssh HOST CMD`): atk40.
  sshpass: { valued: ['-p', '-f', '-d', '-P'] },
  xvfb_run: { valued: ['-a', '-n', '-s', '--server-args'] },
  // cpulimit(1) starts the program after its own options (or after `--`) under a CPU limit; `-k/--kill` kills that
  // program, not a service, when it goes over (round 41, nv41; tldr-pages). With `-p`, `-e` or `-P` and no program it
  // throttles a running process, which loses nothing.
  cpulimit: { valued: ['-p', '--pid', '-e', '--exe', '-P', '--path', '-l', '--limit', '-c', '--cpu'] },
};

export function specFor(name: string): WrapperSpec | undefined {
  return WRAPPERS[name.replace(/-/g, '_')] ?? WRAPPERS[name];
}

/**
 * Where the command a privilege wrapper runs starts (`sudo -u postgres cat F`: index 2), for reading what it prints;
 * undefined when the word is no such wrapper, a word before the command is not fixed, or the wrapper opens a shell or an
 * editor instead (`sudo -s`, `-i`, `-e`: sudo(8)).
 */
export function privilegedCommandStart(name: string, args: ReadonlyArray<string | null>): number | undefined {
  if (name !== 'sudo' && name !== 'doas' && name !== 'pkexec') return undefined;
  const valued = new Set(WRAPPERS[name]!.valued);
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (v === null || v === undefined) return undefined;
    if (v === '--') return i + 1 < args.length ? i + 1 : undefined;
    if (!v.startsWith('-')) return i;
    if (/^-[A-Za-z]*[sie]|^--(shell|login|edit)$/.test(v) && !valued.has(v)) return undefined;
    if (valued.has(v)) i++;
  }
  return undefined;
}

/** Wrappers that start one command and leave its standard output as it is (their own messages go to standard error). */
const OUTPUT_KEEPING: ReadonlySet<string> = new Set(['nice', 'nohup', 'timeout', 'gtimeout', 'stdbuf', 'ionice', 'setsid', 'unbuffer']);

/**
 * Where the command starts whose output a wrapper prints as its own (`env LC_ALL=C echo …`, `nice -n 5 printf …`,
 * `sudo -u postgres cat F`: what a redirect or a pipe after it receives); undefined when the word is no such wrapper, a
 * word before the command is not fixed, or an option changes what runs (`env -S`, `env -C`: split or moved).
 * env(1): `NAME=VALUE` words, `-i`, `-u NAME` and `--` only change the environment the command gets.
 */
export function outputKeepingCommandStart(name: string, args: ReadonlyArray<string | null>): number | undefined {
  if (name === 'env') {
    for (let i = 0; i < args.length; i++) {
      const v = args[i];
      if (v === null || v === undefined) return undefined;
      if (v === '--') return i + 1 < args.length ? i + 1 : undefined;
      if (v === '-u' || v === '--unset') i++;
      else if (!/^[A-Za-z_]\w*=|^(-i|--ignore-environment|-u.+|--unset=.+)$/.test(v)) return v.startsWith('-') ? undefined : i;
    }
    return undefined;
  }
  if (!OUTPUT_KEEPING.has(name)) return privilegedCommandStart(name, args);
  const spec = specFor(name)!;
  const valued = new Set(spec.valued);
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (v === null || v === undefined) return undefined;
    if (v === '--' || !v.startsWith('-')) {
      const start = (v === '--' ? i + 1 : i) + (spec.skip ?? 0);
      return start < args.length && args.slice(i, start + 1).every((a) => a !== null) ? start : undefined;
    }
    if (valued.has(v)) i++;
  }
  return undefined;
}
