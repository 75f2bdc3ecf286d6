import { changeDirectory, splitWords, storeWrite, type Invocation } from '../invocation.ts';
import { afterOwnOptions, clue, DOTENV_FILES, envTarget, envVar, optionValue, optionValues, positionals, withRemotePlace } from './common.ts';
import { resolvePath } from '../../paths.ts';
import { heuristicEnvironment, namesLabBy, type EnvClue } from '../../environment.ts';
import { literalWord, type Word } from '../words.ts';
import { fileTarget } from './filesystem.ts';
import { fetchedPackage, installedPackages } from './package-verification.ts';
import { emptyEnvironment, isInterpreterVariable, isRoutingVariable } from '../tool-routing.ts';
import { SCRIPT_INTERPRETERS, UNVETTED_DIR } from '../../stored-commands.ts';
import { specFor, type WrapperSpec } from './command-start.ts';
import { snapshotRetention } from '../snapshot-retention.ts';
import { dateStampedRemoteText } from '../date-stamps.ts';
import { previewListingDelete } from '../preview-listing.ts';
import { disposableListingDelete } from '../disposable-listing.ts';
import { ansibleNetworkModule, DEVICE_CLI, deviceCliLines, deviceCliWords } from './network-catalogue.ts';
import { zosCoreModuleLine } from './mainframe-catalogue.ts';


export function isWrapper(name: string): boolean {
  return specFor(name) !== undefined || EMBEDDED_TOOLS.has(name) || name === 'env' || name === 'xargs' || name === 'parallel' || name === 'su' || name === 'ssh' || name === 'run-as' || name === 'ansible' || FAN_OUT.has(name) || name === 'npx' || name === 'bunx' || name === 'pnpx' || name === 'ip';
}

/**
 * sudoedit, `sudo -e FILE…` (sudo(8), "-e, --edit"): each file is copied, the invoking user's editor (`SUDO_EDITOR`,
 * `VISUAL`, `EDITOR`) edits the copy, and sudo writes it back over the file as root. The edit is typed by whoever runs the
 * editor, so what each file becomes is unknown: judged as an overwrite of each file (of /etc, a system path, destructive;
 * of the user's own notes, a write). An editor set in the input that is not a plain editor runs a command on the copy:
 * unknown.
 */
function sudoEdit(inv: Invocation, files: Word[]): void {
  const b = inv.env.b;
  const editor = ['SUDO_EDITOR', 'VISUAL', 'EDITOR'].map((v) => envVar(inv, v)).find((v) => v !== undefined);
  if (editor !== undefined && (editor === null || !/^(\S*\/)?(vi|vim|nvim|nano|emacs|micro|ed|mg|joe|pico|hx|helix|kak|code --wait|subl -w)$/.test(editor.trim()))) {
    b.opaque('editor_command', `\`${inv.name}\` runs the editor \`${editor ?? '?'}\` set in the input on each file`, inv.span);
  }
  if (files.length === 0) {
    b.verb('exec').partial('sudoedit_no_file', `\`${inv.name}\` names no file`, inv.span);
    return;
  }
  for (const f of files) fileTarget(inv, f, 'write', { recursive: false, what: `\`${inv.name}\` edits and writes back as root`, replaces: true });
}


/** The command after the wrapper's own options. */
function afterOptions(args: Word[], spec: WrapperSpec): Word[] {
  return afterOwnOptions(args, new Set(spec.valued), spec.skip);
}

/**
 * Distributions of Kubernetes that carry the cluster's own tools as subcommands (round 38, sh38): K3s's `k3s kubectl`,
 * `k3s crictl` and `k3s ctr` (docs.k3s.io, "CLI Tools": "embedded" copies of the upstream tools, pointed at the node's
 * cluster and containerd) and MicroK8s's `microk8s kubectl`, `microk8s ctr`, `microk8s helm|helm3` (MicroK8s command
 * reference). The rest of the line is that tool's, judged as the tool is; any other subcommand stays the catalogue's.
 */
const EMBEDDED_TOOLS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['k3s', new Map([['kubectl', 'kubectl'], ['crictl', 'crictl'], ['ctr', 'ctr']])],
  ['microk8s', new Map([['kubectl', 'kubectl'], ['ctr', 'ctr'], ['helm', 'helm'], ['helm3', 'helm']])],
]);
function embeddedTool(inv: Invocation): boolean {
  const tool = EMBEDDED_TOOLS.get(inv.name)?.get(inv.args[0]?.value ?? '');
  if (tool === undefined) return false;
  inv.dispatch([...splitWords(tool, inv.span), ...inv.args.slice(1)], inv.stdin);
  return true;
}

/**
 * Round 44 (sh44): ip(8)'s own options before its object; `-b`/`-batch` read commands from a file (left to the catalogue).
 * `-all` makes `netns exec` run the command in every namespace (ip-netns(8)), with no namespace name before it.
 */
const IP_VALUED: ReadonlySet<string> = new Set(['-n', '-netns', '-f', '-family', '-rc', '-rcvbuf', '-l', '-loops']);
/**
 * Round 44 (sh44): `ip netns exec NAME CMD…` (ip-netns(8): "Run cmd in the named network namespace") and `ip vrf exec NAME
 * CMD…` (ip-vrf(8): the command's sockets bound to the VRF) run a command the line names: it is judged as if run directly,
 * as `nsenter -n` is (the namespace is the network's view; the files it touches are the host's). Returns false when the
 * line is another `ip` command, or the namespace or the command is not fixed: the catalogue's entry judges those.
 */
function namespaceExec(inv: Invocation): boolean {
  const args = inv.args;
  let i = 0;
  let all = false;
  for (; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null || v === '-b' || v === '-batch' || v.startsWith('-b=')) return false;
    if (!v.startsWith('-')) break;
    if (v === '-all' || v === '-a') all = true;
    if (IP_VALUED.has(v)) i++;
  }
  const object = args[i]?.value;
  if ((object !== 'netns' && object !== 'vrf') || args[i + 1]?.value !== 'exec') return false;
  const start = all && object === 'netns' ? i + 2 : i + 3;
  const space = all && object === 'netns' ? '' : args[i + 2]?.value;
  if (space === null || space === undefined || start >= args.length || args[start]!.value === null) return false;
  inv.dispatch(args.slice(start), inv.stdin);
  return true;
}

/** Runs the wrapped command of `inv`; returns false when `inv.name` is no wrapper. */
export function unwrap(inv: Invocation): boolean {
  const b = inv.env.b;
  const name = inv.name;
  if (EMBEDDED_TOOLS.has(name)) return embeddedTool(inv);
  if (name === 'aws-vault' && inv.args[0]?.value === 'exec') {
    const rest = inv.args.slice(2);
    const dd = rest.findIndex((w) => w.value === '--');
    inv.dispatch(dd === -1 ? rest : rest.slice(dd + 1), inv.stdin);
    return true;
  }
  if (name === 'op' || name === 'doppler') {
    if (inv.args[0]?.value !== 'run') return false;
    const dd = inv.args.findIndex((w) => w.value === '--');
    if (dd !== -1) inv.dispatch(inv.args.slice(dd + 1), inv.stdin);
    return true;
  }
  if (name === 'ip') return namespaceExec(inv);
  if (name === 'env') return envWrapper(inv);
  if (name === 'xargs') return xargs(inv);
  if (name === 'parallel') return parallel(inv);
  if (name === 'su') return su(inv);
  if (name === 'ssh') return ssh(inv);
  if (name === 'run-as') return runAs(inv);
  if (name === 'ansible') return ansible(inv);
  if (FAN_OUT.has(name)) return fanOut(inv);
  if (name === 'npx' || name === 'bunx' || name === 'pnpx') {
    const rest = afterOptions(inv.args, { valued: ['-p', '--package', '-c', '--call'] });
    const call = inv.args.findIndex((w) => w.value === '-c' || w.value === '--call');
    if (call !== -1 && inv.args[call + 1]) {
      const code = inv.args[call + 1]!;
      if (code.value === null) b.opaque('npx_dynamic_call', '`npx -c` with a command that is not fixed', inv.span);
      else inv.runSource(code.value, inv.stdin, '`npx -c`');
      return true;
    }
    b.verb('exec').partial('package_exec', `\`${name}\` runs a package binary`, inv.span);
    const binary = (pkg: string): string => {
      const unversioned = pkg.replace(/(.)@[^/]*$/, '$1');
      return PACKAGE_BINARIES[unversioned] ?? unversioned.replace(/^@[^/]+\//, '');
    };
    if (rest.length > 0) inv.dispatch(rest.map((w, i) => (i === 0 && w.value ? { ...w, value: binary(w.value) } : w)), inv.stdin);
    return true;
  }
  const spec = specFor(name);
  if (!spec) return false;
  if (name === 'sudo' || name === 'doas' || name === 'pkexec' || name === 'runuser') b.finding('elevated', `\`${name}\` runs the command with elevated rights`, inv.span);
  // Only the wrapper's own options, before its command, are its: `sudo tcpdump -i any …` passes `-i` to tcpdump, it does
  // not ask sudo for a login shell (sudo(8): options end at the command). runuser's `-c` may follow the user it names
  // (runuser(1): `runuser [options] [-] [user [argument...]]`), so every argument is read there.
  const own = inv.args.slice(0, inv.args.length - afterOptions(inv.args, spec).length);
  if (name === 'sudoedit' || (name === 'sudo' && own.some((a) => a.value === '-e' || a.value === '--edit' || /^-[A-Za-z]*e[A-Za-z]*$/.test(a.value ?? '')))) {
    sudoEdit(inv, afterOptions(inv.args, spec));
    return true;
  }
  if ((name === 'sudo' && own.some((a) => a.value === '-s' || a.value === '-i' || a.value === '--shell' || a.value === '--login')) || (name === 'runuser' && inv.args.some((a) => a.value === '-c'))) {
    const rest = afterOptions(inv.args, spec);
    const c = inv.args.findIndex((a) => a.value === '-c');
    if (name === 'runuser' && c !== -1) {
      const code = inv.args[c + 1];
      if (!code || code.value === null) b.opaque('shell_dynamic_script', '`runuser -c` with a script that is not fixed', inv.span);
      else inv.runSource(code.value, inv.stdin, '`runuser -c`');
      return true;
    }
    if (rest.length === 0) {
      b.opaque('interactive_shell', `\`${name}\` opens a root shell: what it will run is unknown`, inv.span);
      return true;
    }
    // `sudo -s /tmp/setup.sh`: the login or root shell runs the command as root, as `sudo /tmp/setup.sh` does.
    const script = name === 'sudo' ? elevatedUnvettedScript(rest, inv.scope.cwd) : null;
    if (script !== null) b.verb('exec').destroy('elevated_unvetted_script', `\`sudo -s\` runs \`${script}\` as root, from a downloads or temporary folder: code nobody has seen, with every right (lead decision 26)`, inv.span);
    inv.runSource(rest.map((w) => w.value ?? w.text).join(' '), inv.stdin, `\`${name} -s\``);
    return true;
  }
  let wrapped = afterOptions(inv.args, spec);
  // sudo(8): "Environment variables to be set for the command may also be passed on the command line in the form of
  // VAR=value" (`sudo ETCDCTL_API=3 etcdctl del …`): set for the command, as `env VAR=value cmd` does.
  if (name === 'sudo') {
    let i = 0;
    while (i < wrapped.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(wrapped[i]!.value ?? wrapped[i]!.text)) {
      const w = wrapped[i]!;
      const text = w.value ?? w.text;
      const eq = text.indexOf('=');
      inv.assignments.set(text.slice(0, eq), w.value === null ? null : text.slice(eq + 1));
      i++;
    }
    wrapped = wrapped.slice(i);
  }
  // dotenv-cli: `-e FILE` loads FILE into the command's environment and `-v NAME=VALUE` sets one variable (its README).
  // The files are recorded (DOTENV_FILES) for the test-environment reading of a reset: the lead's answer 128. `-c [ENV]`
  // cascades each file into `FILE.ENV.local`, `FILE.local` and `FILE.ENV` as well (`-c production` loads production's
  // settings beside `.env.test`): which files load is then not read, recorded as not fixed (null).
  if (name === 'dotenv') {
    const files = optionValues(own, '-e');
    const cascade = own.some((w) => /^-c(=|$)/.test(w.value ?? w.text));
    if (files.length > 0 || cascade) inv.assignments.set(DOTENV_FILES, cascade || files.some((f) => f === null) ? null : files.join('\n'));
    for (const v of optionValues(own, '-v')) {
      const eq = v === null ? -1 : v.indexOf('=');
      if (v !== null && eq > 0) inv.assignments.set(v.slice(0, eq), v.slice(eq + 1));
    }
  }
  // `command -v NAME` only looks NAME up; a `-v` after the command is that command's (`command docker compose down -v`).
  if (name === 'command' && own.some((a) => /^-[pvV]*[vV][pvV]*$/.test(a.value ?? ''))) {
    b.verb('read');
    return true;
  }
  if (name === 'watch' || name === 'systemd_run' || name === 'systemd-run') b.finding('scheduled', `\`${name}\` runs the command (again or later)`, inv.span);
  if (wrapped.length === 0) {
    if (name === 'time' || name === 'nohup' || name === 'exec' || name === 'command' || name === 'builtin') return true;
    b.verb('read');
    return true;
  }
  // watch joins its arguments into one `sh -c` string.
  if (name === 'watch' && wrapped.length > 1 && wrapped.every((w) => w.value !== null)) {
    inv.runSource(wrapped.map((w) => w.value).join(' '), null, '`watch`');
    return true;
  }
  if (name === 'watch' && wrapped.length === 1 && wrapped[0]!.value !== null) {
    inv.runSource(wrapped[0]!.value, null, '`watch`');
    return true;
  }
  if (name === 'sudo' || name === 'doas' || name === 'pkexec') {
    const script = elevatedUnvettedScript(wrapped, inv.scope.cwd);
    if (script !== null) b.verb('exec').destroy('elevated_unvetted_script', `\`${name}\` runs \`${script}\` as root, from a downloads or temporary folder: code nobody has seen, with every right (lead decision 26)`, inv.span);
  }
  inv.dispatch(wrapped, inv.stdin);
  return true;
}

/**
 * Lead decision 26 (round 17): a script or program run as root from a downloads or temporary folder runs unseen code
 * with every right. The program itself (`sudo /tmp/setup.sh`, `sudo ./install.sh` in ~/Downloads), the script an
 * interpreter is given (`sudo bash ~/Downloads/install.sh`; not `bash -c`) or the package macOS's installer is given
 * (`sudo installer -pkg ~/Downloads/x.pkg -target /`: its scripts run as root). Returns the path, or null.
 */
export function elevatedUnvettedScript(words: readonly Word[], cwd: string | undefined, unvetted: (path: string) => boolean = (p) => UNVETTED_DIR.test(p)): string | null {
  const first = words[0];
  if (!first) return null;
  const text = (w: Word): string => w.value ?? w.text.replace(/^["']|["']$/g, '');
  let target: Word | undefined = first;
  const base = text(first).split('/').pop() ?? '';
  // macOS installer(8) runs the package's pre- and postinstall scripts as root: `-pkg FILE` is the script it is given.
  if (base === 'installer') {
    if (words.some((w) => /^-(pkginfo|volinfo|dominfo|query|showChoicesXML|showChoiceChangesXML|help|vers|version)$/.test(text(w)))) return null;
    const at = words.findIndex((w) => /^-(pkg|package)$/.test(text(w)));
    target = at === -1 ? undefined : words[at + 1];
    return target && unvetted(text(target)) ? text(target) : null;
  }
  if (SCRIPT_INTERPRETERS.test(base)) {
    const rest = words.slice(1);
    if (rest.some((w) => /^-[A-Za-z]*c$/.test(text(w)) || text(w) === '-m' || text(w) === '-e')) return null;
    target = rest.find((w) => !text(w).startsWith('-'));
  }
  if (!target) return null;
  const path = text(target);
  if (unvetted(path)) return path;
  if (path.startsWith('./') && cwd !== undefined && unvetted(`${cwd.replace(/\/+$/, '')}/${path.slice(2)}`)) return `${cwd.replace(/\/+$/, '')}/${path.slice(2)}`;
  return null;
}

/**
 * The lead's answer 51 (round 18), decision 26 without the elevation: code downloaded and run after its quarantine is
 * removed is code nobody has seen, run. `xattr -d com.apple.quarantine P` (`-dr`, `-c`, `-cr`: xattr(1)) takes away
 * the mark Gatekeeper checks before a downloaded program first runs; the paths are kept for the rest of the input
 * (`ShellEnv.quarantineOff`), and a later run of one (the program, a file inside an app bundle, an interpreter's script:
 * `elevatedUnvettedScript`'s reading) or `open` of one that runs code (`.app`, `.command`, `.tool`, `.pkg`, or with
 * Terminal) is `downloaded_code_run`. `open` of a `.command`/`.tool` script from Downloads or a temporary folder, or of
 * such a file with Terminal, runs it in Terminal as the user without Gatekeeper's prompt for a script: the same.
 * Documents opened, the quarantine removed alone, and a program of the workspace stay as before. True when judged.
 */
const OPENS_CODE = /\.(app|command|tool|pkg|mpkg|terminal)\/?$/i;
const TERMINAL_SCRIPT = /\.(command|tool)$/i;
/**
 * A file in a downloads or temporary folder (UNVETTED_DIR) that this input did not write: code nobody has seen (the
 * lead's answers 51, 58 and 62). Not a project's own file when the session works in a folder under a temporary one
 * (`cd /tmp/build/repo && ./scripts/test.sh`).
 */
export function unvettedFile(inv: Invocation, path: string): boolean {
  const r = resolvePath(path, inv.scope);
  if (r === null || inv.scope.files.has(r)) return false;
  const cwd = inv.scope.cwd?.replace(/\/+$/, '');
  const projectInTemp = cwd !== undefined && UNVETTED_DIR.test(`${cwd}/`) && !/\/Downloads(\/|$)/.test(cwd) && !/^(\/tmp|\/var\/tmp|\/dev\/shm|\/private\/tmp|\$TMPDIR|\$\{TMPDIR\})$/.test(cwd);
  if (projectInTemp && r.startsWith(`${cwd}/`)) return false;
  return UNVETTED_DIR.test(path) || UNVETTED_DIR.test(r);
}

/**
 * The lead's answer 61: a known tool in a virtualenv's or node_modules' bin (`/tmp/venv/bin/pytest`, `/tmp/w/node_modules/
 * .bin/jest`) is the package's entry point of that tool, installed by pip or npm: judged as the tool, wherever the folder is.
 */
const PACKAGE_BIN = /(^|\/)((\.?venv[\w.-]*|[\w.-]+[._-]venv|\.?virtualenvs?(\/[^/]+)?|\.?env|\.(tox|nox)\/[^/]+)\/bin|node_modules\/\.bin)\/([^/]+)$/;
function toolInPackageBin(path: string, knownTool: (name: string) => boolean): boolean {
  const m = PACKAGE_BIN.exec(path);
  return m !== null && !path.split('/').includes('..') && knownTool(m[6]!);
}
export function downloadedCodeRun(inv: Invocation, argv: readonly Word[], knownTool: (name: string) => boolean): boolean {
  const b = inv.env.b;
  const head = argv[0]?.value ?? '';
  const text = (w: Word): string => w.value ?? w.text.replace(/^["']|["']$/g, '');
  // The lead's answer 360.3: a package this line fetched, installed (`curl -LO …/x.deb && sudo dpkg -i x.deb`, `rpm -i URL`);
  // one decision 26 already took (`sudo installer -pkg /tmp/x.pkg`) keeps that answer.
  const pkg = fetchedPackage(inv.scope, installedPackages(head.replace(/^.*\//, ''), argv.slice(1).map((w) => w.value)));
  if (pkg !== undefined && !b.findings.some((f) => f.code === 'elevated_unvetted_script')) {
    b.verb('exec', 'write').opaque('package_fetched_install', `\`${head}\` installs \`${pkg}\`, a package this line fetched: what it runs is not part of the action (the lead's answer 360.3, as \`curl | sh\`)`, inv.span);
    return true;
  }
  const resolved = (p: string): string | null => resolvePath(p, inv.scope);
  if (head === 'xattr' || head.endsWith('/xattr')) {
    const args = argv.slice(1);
    const flags = args.filter((w) => /^-[a-z]+$/.test(text(w))).map(text).join('');
    const ops = args.filter((w) => !/^-[a-z]+$/.test(text(w)));
    const paths = /d/.test(flags) && ops[0] !== undefined && text(ops[0]) === 'com.apple.quarantine' ? ops.slice(1) : /c/.test(flags) ? ops : [];
    const off = paths.map((w) => (w.value === null ? null : resolved(w.value))).filter((p): p is string => p !== null);
    if (off.length > 0) inv.env.quarantineOff = [...(inv.env.quarantineOff ?? []), ...off];
    return false;
  }
  const off = inv.env.quarantineOff ?? [];
  const quarantined = (p: string): boolean => {
    const r = resolved(p);
    return r !== null && off.some((q) => r === q || r.startsWith(`${q.replace(/\/+$/, '')}/`));
  };
  if (head === 'open') {
    const ops = positionals([...argv.slice(1)], new Set(['-a', '-b', '-e', '-f', '-t', '--env', '--stdin', '--stdout', '--stderr', '--arch', '-u', '--url']));
    const app = optionValue([...argv.slice(1)], '-a') ?? '';
    const terminal = /^(Terminal|iTerm2?|iTerm\.app|Terminal\.app|Ghostty|Warp|kitty|Alacritty|WezTerm)$/i.test(app.replace(/^.*\//, ''));
    const named = app !== '' && !terminal ? [app.includes('/') ? app : `/Applications/${app.replace(/\.app$/i, '')}.app`] : [];
    const hit = [...ops.map(text), ...named].find((p) => (quarantined(p) && (OPENS_CODE.test(p) || terminal)) || (UNVETTED_DIR.test(p) && (TERMINAL_SCRIPT.test(p) || terminal)));
    if (hit === undefined) return false;
    b.verb('exec').destroy('downloaded_code_run', `\`open\` runs \`${hit}\`, downloaded code ${quarantined(hit) ? 'whose quarantine this input removed' : 'from a downloads or temporary folder, in Terminal'}: code nobody has seen (lead answer 51, decision 26 without elevation)`, inv.span);
    return true;
  }
  // The lead's answer 58: a script or program in a downloads or temporary folder run unelevated (`bash ~/Downloads/x.sh`,
  // `~/Downloads/tool`, `sh /tmp/x.sh`) is the same code run unseen. Not a file this input wrote (judged by its text),
  // not a project's own file when the session works in a folder under a temporary one (`/tmp/build/repo`), and not
  // again when decision 26 (`sudo …`) already took it.
  const unseen = (p: string): boolean => {
    // A command name without a slash is looked up in PATH, not the working folder.
    if (p === head && !p.includes('/')) return false;
    if (p === head && toolInPackageBin(p, knownTool)) return false;
    return unvettedFile(inv, p);
  };
  const script = elevatedUnvettedScript(argv, inv.scope.cwd, (p) => quarantined(p) || unseen(p));
  if (script === null) return false;
  if (b.findings.some((f) => f.code === 'elevated_unvetted_script')) return false;
  const why = quarantined(script) ? 'downloaded code whose quarantine this input removed' : 'code from a downloads or temporary folder';
  b.verb('exec').destroy('downloaded_code_run', `\`${script}\` runs ${why}: code nobody has seen (lead answers 51 and 58, decision 26 without elevation)`, inv.span);
  return true;
}

function envWrapper(inv: Invocation): boolean {
  const args = inv.args;
  let chdir: Word | undefined;
  let i = 0;
  while (i < args.length) {
    const v = args[i]!.value;
    if (v === null) {
      // `env PATH=$PATH cmd`: an assignment whose value we cannot see is still an assignment.
      // Quoted whole (`env "PATH=$PATH" cmd`) it is the same word to env: the shell removes the quotes.
      const m = /^(["']?)([A-Za-z_][A-Za-z0-9_]*)=/.exec(args[i]!.text);
      if (!m) break;
      inv.assignments.set(m[2]!, null);
      if (m[2] === 'PATH' && inv.search) inv.search.path = args[i]!.text.slice(m[0].length).replace(/["']$/, '');
      i++;
      continue;
    }
    if (v === '--') {
      i++;
      break;
    }
    if (v === '-S' || v === '--split-string' || v.startsWith('--split-string=') || (v.startsWith('-S') && v.length > 2)) {
      const str = v === '-S' || v === '--split-string' ? args[i + 1]?.value : v.startsWith('-S') ? v.slice(2) : v.slice(15);
      if (str === null || str === undefined) {
        inv.env.b.opaque('env_split_dynamic', '`env -S` with a string that is not fixed', inv.span);
        return true;
      }
      const rest = args.slice(i + (v === '-S' || v === '--split-string' ? 2 : 1));
      inv.dispatch([...splitWords(str, inv.span), ...rest], inv.stdin);
      return true;
    }
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
      const eq = v.indexOf('=');
      inv.assignments.set(v.slice(0, eq), v.slice(eq + 1));
      if (v.slice(0, eq) === 'PATH' && inv.search) inv.search.path = args[i]!.text.slice(args[i]!.text.indexOf('=') + 1);
      i++;
      continue;
    }
    if (!v.startsWith('-')) break;
    // `env -C DIR cmd` / `--chdir=DIR` runs the command in DIR (GNU coreutils): its relative paths are DIR's.
    if (v === '-C' || v === '--chdir') chdir = args[i + 1];
    else if (v.startsWith('--chdir=')) chdir = { ...args[i]!, value: v.slice(8) };
    else if (/^-C./.test(v)) chdir = { ...args[i]!, value: v.slice(2) };
    // D8 round 17: `env -i` (`-`, `--ignore-environment`, a cluster such as `-iv`) runs the tool with no variable at all
    if (v === '-' || v === '--ignore-environment' || /^-[0v]*i[0iv]*$/.test(v)) emptyEnvironment(inv.assignments);
    // D8 round 16: `env -u KUBECONFIG kubectl …` runs the tool without it (routed as empty: its defaults)
    const unset = v === '-u' || v === '--unset' ? args[i + 1]?.value : /^--unset=/.test(v) ? v.slice('--unset='.length) : /^-u./.test(v) ? v.slice(2) : undefined;
    if (unset !== undefined && unset !== null && (isRoutingVariable(unset) || isInterpreterVariable(unset))) inv.assignments.set(unset, '');
    i += ['-u', '--unset', '-C', '--chdir'].includes(v) ? 2 : 1;
  }
  const rest = args.slice(i);
  if (rest.length === 0) inv.env.b.verb('read');
  else if (chdir !== undefined) {
    const saved = inv.scope.cwd;
    changeDirectory(inv.scope, chdir);
    inv.dispatch(rest, inv.stdin);
    inv.scope.cwd = saved;
  } else inv.dispatch(rest, inv.stdin);
  return true;
}

/** xargs options that take the next word, from GNU findutils and BSD xargs (-I/-J handled apart). */
const XARGS_VALUED = new Set(['-a', '--arg-file', '-d', '--delimiter', '-E', '-L', '-n', '--max-args', '-P', '--max-procs', '-s', '--max-chars', '--process-slot-var', '-R', '-S']);

/**
 * xargs runs its command with items read from stdin: appended (default), or put where the
 * replace string stands (`-I R`, `-IR`, `-i[R]`, `--replace[=R]`; BSD `-J R` for the whole
 * list). Fixed input (`echo / | xargs …`) gives the real items; other input unknown ones.
 */
/** An xargs delimiter as GNU reads it: one character, or an escape (`\n`, `\t`, `\0`, `\\`, `\NNN` octal, `\xHH`). */
function xargsDelimiter(v: string): string {
  if (v.length <= 1 || v[0] !== '\\') return v.slice(0, 1);
  const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '0': '\0' };
  if (/^\\x[0-9a-fA-F]{1,2}$/.test(v)) return String.fromCharCode(parseInt(v.slice(2), 16));
  if (/^\\[0-7]{1,3}$/.test(v)) return String.fromCharCode(parseInt(v.slice(1), 8));
  return named[v[1]!] ?? v[1]!;
}

/**
 * The items xargs reads: with `-0` or `-d` split on that character only (blanks and quotes are data, so
 * `printf 'rm -rf ~' | xargs -0 bash -c` passes one item); by lines for `-I`; otherwise blank-separated
 * with xargs's own quotes and backslashes (`echo "'rm -rf /'" | xargs bash -c` passes one item too).
 */
function xargsItems(text: string, delimiter: string | null, lines: boolean): string[] {
  if (delimiter !== null) return text.split(delimiter).filter((t, i, all) => t !== '' || i < all.length - 1).filter((t) => t !== '');
  if (lines) return text.split('\n').map((l) => l.replace(/^[ \t]+/, '')).filter((t) => t.trim() !== '');
  const out: string[] = [];
  let cur: string | null = null;
  let quote: string | null = null;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur ??= '';
    } else if (ch === '\\' && k + 1 < text.length) {
      cur = (cur ?? '') + text[++k];
    } else if (/\s/.test(ch)) {
      if (cur !== null) out.push(cur);
      cur = null;
    } else cur = (cur ?? '') + ch;
  }
  if (cur !== null) out.push(cur);
  return out;
}

function xargs(inv: Invocation): boolean {
  const args = inv.args;
  let token: string | null = null;
  let lines = false;
  let delimiter: string | null = null;
  let i = 0;
  for (; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null || !v.startsWith('-') || v === '-') break;
    if (v === '--') {
      i++;
      break;
    }
    if (v === '-I' || v === '-J') {
      token = args[++i]?.value ?? '{}';
      lines = v === '-I';
    } else if (/^-[IJ]./.test(v)) {
      token = v.slice(2);
      lines = v[1] === 'I';
    } else if (v === '-i' || v === '--replace') {
      token = '{}';
      lines = true;
    } else if (v.startsWith('-i') || v.startsWith('--replace=')) {
      // An empty replace string cannot be matched; assume the usual `{}` rather than none.
      token = (v.startsWith('-i') ? v.slice(2) : v.slice(10)) || '{}';
      lines = true;
    } else if (v === '-0' || v === '--null') delimiter = '\0';
    else if (v === '-d' || v === '--delimiter') delimiter = xargsDelimiter(args[++i]?.value ?? '\n');
    else if (v.startsWith('--delimiter=')) delimiter = xargsDelimiter(v.slice(12));
    else if (/^-d./.test(v)) delimiter = xargsDelimiter(v.slice(2));
    else if (XARGS_VALUED.has(v)) i++;
    else if (/^-[EeLlns]\d*$/.test(v) || v.includes('=')) continue;
  }
  const rest = args.slice(i);
  const cmd: Word[] = rest.length === 0 ? [{ text: 'echo', value: 'echo', start: inv.span.start, end: inv.span.end, glob: false }] : rest;
  const text = inv.stdin?.text ?? null;
  const at = cmd[cmd.length - 1]!;
  // `lsof -ti :5432 | xargs kill`: the items are the daemon's pids, as `kill $(pidof postgres)` names them.
  const unseen = inv.stdin?.pidsOf !== undefined ? `$(pidof ${inv.stdin.pidsOf})` : '<stdin>';
  const item = (value: string | null): Word => ({ text: value ?? unseen, value, start: at.start, end: at.end, glob: false });
  const items: Array<string | null> = text === null ? [null] : xargsItems(text, delimiter, lines).slice(0, 8);
  // `kubectl get … -o name | xargs kubectl delete`: the delete is told which listing its names come from.
  const listing = inv.stdin?.kubeListed !== undefined && /^(kubectl|oc|k|kubecolor)$/.test(cmd[0]?.value?.replace(/^.*\//, '') ?? '') && cmd.some((w) => w.value === 'delete') ? inv.stdin : null;
  // `find EXPR -print0 | xargs -0 CMD`: CMD gets find's matches appended, as `find EXPR -exec CMD {} +` gives them.
  // `redis-cli --scan --pattern P | xargs redis-cli DEL`: the redis command gets the keys matching P, as a pattern.
  const keys = inv.stdin?.keysMatching;
  if (keys !== undefined && /^(redis|valkey|keydb)-cli$/.test(cmd[0]?.value?.replace(/^.*\//, '') ?? '')) {
    const pattern = (w: Word): Word => ({ ...w, text: `<keys matching ${keys}>`, value: token === null ? keys : w.value!.split(token).join(keys), glob: true });
    inv.dispatch(token === null ? [...cmd, pattern(at)] : cmd.map((w) => (w.value !== null && w.value.includes(token) ? pattern(w) : w)), null);
    return true;
  }
  // The command each item is appended to: `-I{}` with `{}` only as the last word (`xargs -I{} aws acm delete-certificate
  // --certificate-arn {}`) is the appending form spelled out.
  const appendedTo = token === null ? cmd : cmd.at(-1)?.value === token && cmd.slice(0, -1).every((w) => w.value === null || !w.value.includes(token)) ? cmd.slice(0, -1) : null;
  // One preview's own alarms or log groups, listed by its name as a prefix (preview-listing.ts).
  const previewOwn = appendedTo !== null ? previewListingDelete(inv.stdin?.previewListing, appendedTo.map((w) => w.value), inv.env.ctx.awsProfile) : null;
  if (previewOwn !== null) {
    inv.env.b.verb('delete').finding('preview_environment_delete', previewOwn, inv.span);
    return true;
  }
  // Expired certificates, inactive keys (disposable-listing.ts): nothing in use is deleted.
  // With `-I TOKEN` inside one word (`gh api -X DELETE repos/o/r/deployments/{}`, `IMAGE@{}`), the word is read with `{}`
  // where each item goes (answer 339).
  const inOneWord = token !== null && appendedTo === null && cmd.filter((w) => w.value?.includes(token)).length === 1 && cmd.every((w) => w.value !== null) ? cmd.map((w) => w.value!.split(token).join('{}')) : null;
  const unused = appendedTo !== null || inOneWord !== null ? disposableListingDelete(inv.stdin?.disposableListing, inOneWord ?? appendedTo!.map((w) => w.value), inv.env.ctx.awsProfile) : null;
  if (unused !== null) {
    inv.env.b.verb('delete').finding('unused_items_delete', unused, inv.span);
    return true;
  }
  // One volume's snapshots but the newest N (N >= 2) deleted one by one: retention (the lead's answer 234).
  const snapshotsKept = appendedTo !== null ? snapshotRetention(inv.stdin?.snapshots, appendedTo.map((w) => w.value)) : null;
  if (snapshotsKept !== null) {
    inv.env.b.verb('delete').finding('backup_retention', snapshotsKept, inv.span);
    return true;
  }
  // `ls *.log | xargs rm`: the command gets the paths ls listed, judged as the globs that name them.
  const listed = inv.stdin?.listed;
  // `ls -1t releases | tail -n +6 | xargs rm -rf`: a deploy tool's release retention, which keeps the newest releases (at
  // least two: the current one and one to roll back to); the lead's round-16 decision 9.
  const kept = inv.stdin?.keepsNewest;
  if (listed && token === null && kept !== undefined && kept >= 2 && retentionDeleter(cmd) !== null && listed.every((l) => releasesOf(l, inv.scope.cwd))) {
    inv.env.b.verb('delete').target({ kind: 'filesystem', id: `${listed.join(' ')} (all but the ${kept} newest)`, environment: null, home: false, verbs: ['delete'] }).finding('release_retention', `\`${retentionDeleter(cmd)}\` of old releases: the ${kept} newest are kept`, inv.span);
    return true;
  }
  // `ls -t checkpoints/run-0412/*.ckpt | tail -n +4 | xargs -r rm --`: keep-the-newest-N over one run's checkpoints, as a
  // trainer's own `save_total_limit` does; the run resumes from the newest (the lead's answer 91: retention, benign).
  if (listed && token === null && kept !== undefined && kept >= 1 && retentionDeleter(cmd) !== null && listed.every((l) => runCheckpointsOf(l, inv.scope.cwd))) {
    inv.env.b.verb('delete').target({ kind: 'filesystem', id: `${listed.join(' ')} (all but the ${kept} newest)`, environment: null, home: false, verbs: ['delete'] }).finding('checkpoint_retention', `\`${retentionDeleter(cmd)}\` of a run's older checkpoints: the ${kept} newest are kept`, inv.span);
    return true;
  }
  if (listed && token === null) {
    inv.dispatch([...cmd, ...listed.map((l) => ({ ...literalWord(l, at.start, at.end), text: l }))], null);
    return true;
  }
  const found = inv.stdin?.found;
  if (found && token === null) {
    const w = (v: string): Word => literalWord(v, inv.span.start, inv.span.end);
    inv.dispatch([w('find'), ...found.filter((a) => a !== '-print' && a !== '-print0').map(w), w('-exec'), ...cmd, w('{}'), w('+')], null);
    return true;
  }
  if (token !== null) {
    const tok = token;
    // `xargs -I{} sh -c 'cd {} && pnpm pack'`: an unknown item in a shell script is an unknown value where it stands (as
    // GNU parallel's jobs, below), not an unknown script.
    const shellScript = /^(ba|z|da|k)?sh$/.test(cmd[0]?.value?.replace(/^.*\//, '') ?? '') ? cmd.findIndex((w, j) => j > 0 && /^-[a-z]*c$/.test(cmd[j - 1]?.value ?? '')) : -1;
    // `packages/{}/dist`: an unknown item that is one whole folder name in a longer path is any name there, as the glob
    // `packages/*/dist` (the folders it may match are judged as that glob's).
    const segment = (v: string): boolean => {
      const parts = v.split('/');
      return v !== tok && parts.every((x) => x === tok || !x.includes(tok)) && parts.includes(tok);
    };
    for (const it of items.length > 0 ? items : []) {
      const fill = (w: Word, j: number): Word =>
        it === null && j === shellScript ? item(w.value!.split(tok).join('"$XARGS_ITEM"'))
        : it === null && segment(w.value!) ? { ...item(w.value!.split(tok).join('*')), glob: true }
        : item(it === null ? null : w.value!.split(tok).join(it));
      inv.dispatch(cmd.map((w, j) => (w.value !== null && w.value.includes(tok) ? fill(w, j) : w)), listing);
    }
    return true;
  }
  inv.dispatch(items.length === 0 ? cmd : [...cmd, ...items.map(item)], listing);
  return true;
}

/**
 * GNU parallel: a command with `:::` values runs once per value (`{}` marks where; appended
 * otherwise); without a command, each value, or each input line, is itself a command.
 */
function parallel(inv: Invocation): boolean {
  const sep = inv.args.findIndex((a) => a.value === ':::' || a.value === '::::');
  const cmd = afterOptions(sep === -1 ? inv.args : inv.args.slice(0, sep), { valued: ['-j', '--jobs', '-S', '--sshlogin', '--delay', '--timeout', '-N', '--colsep', '-a', '--arg-file', '--results'] });
  const values = sep === -1 ? [] : inv.args.slice(sep + 1).filter((w) => w.value !== ':::');
  // `--dry-run`: "Print the job to run on stdout (standard output), but do not run the job" (GNU parallel manual).
  const optionsEnd = cmd.length > 0 ? inv.args.indexOf(cmd[0]!) : sep === -1 ? inv.args.length : sep;
  if (inv.args.slice(0, optionsEnd).some((a) => a.value === '--dry-run' || a.value === '--dryrun')) {
    inv.env.b.verb('read').finding('dry_run', '`parallel --dry-run` prints the jobs and runs none', inv.span);
    return true;
  }
  if (cmd.length === 0) {
    const sources = sep !== -1 ? values.map((v) => v.value) : inv.stdin?.text != null ? inv.stdin.text.split('\n').filter((l) => l.trim() !== '') : [null];
    if (sep !== -1 && inv.args[sep]!.value === '::::') sources.splice(0, sources.length, null);
    for (const src of sources.slice(0, 8)) {
      if (src === null) {
        inv.env.b.opaque('parallel_stdin_commands', `\`parallel\` runs commands read from ${sep === -1 ? (inv.stdin?.producer ?? 'its input') : 'a file'}`, inv.span);
        return true;
      }
      inv.runSource(src, null, '`parallel` command');
    }
    inv.env.b.verb('exec');
    return true;
  }
  // One quoted word with blanks or shell syntax is a command line: parallel composes each job as text and runs it with
  // the shell (GNU parallel manual, "command"), with the replacement strings ({}, {.}, {/}, {//}, {/.}, {#}, {%}) filled in.
  if (cmd.length === 1 && cmd[0]!.value !== null && /[\s;|&<>$`]/.test(cmd[0]!.value)) {
    const template = cmd[0]!.value;
    const placeholder = /\{(\/?\.?|\/\/|#|%|\d+)\}/g;
    const templated = new RegExp(placeholder.source).test(template);
    const quote = (v: string | null): string => (v === null ? '"$PARALLEL_ITEM"' : `'${v.replace(/'/g, `'\\''`)}'`);
    const jobs = values.length > 0 ? values.slice(0, 8).map((v) => v.value) : [null];
    for (const v of jobs) inv.runSource(templated ? template.replace(placeholder, () => quote(v)) : `${template} ${quote(v)}`, null, '`parallel` command line');
    inv.env.b.verb('exec');
    return true;
  }
  // `find EXPR | parallel CMD {}`: each job gets one of find's matches, as `find EXPR -exec CMD {} \;` gives them (GNU
  // parallel reads its arguments from standard input when no `:::` is given).
  const found = inv.stdin?.found;
  if (found && sep === -1) {
    const w = (v: string): Word => literalWord(v, inv.span.start, inv.span.end);
    const hasToken = cmd.some((a) => a.value === '{}');
    if (cmd.every((a) => a.value !== null && (a.value === '{}' || !/\{(\/?\.?|\/\/|#|%|\d+)\}/.test(a.value)))) {
      const job = cmd.map((a) => (a.value === '{}' ? w('{}') : a));
      inv.dispatch([w('find'), ...found.filter((a) => a !== '-print' && a !== '-print0').map(w), w('-exec'), ...job, ...(hasToken ? [] : [w('{}')]), w(';')], null);
      return true;
    }
  }
  const sample = values[0] ?? { text: '<stdin>', value: null, start: inv.span.start, end: inv.span.end, glob: false };
  const hasPlaceholder = cmd.some((w) => w.value?.includes('{}'));
  const argv = cmd.map((w) => (w.value?.includes('{}') ? { ...sample } : w));
  if (!hasPlaceholder) argv.push(sample);
  for (const v of values.length > 0 ? values.slice(0, 8) : [sample]) {
    inv.dispatch(argv.map((w) => (w === sample || (hasPlaceholder && w.text === sample.text) ? v : w)), null);
  }
  return true;
}

function su(inv: Invocation): boolean {
  inv.env.b.finding('elevated', '`su` runs the command as another user', inv.span);
  const c = inv.args.findIndex((a) => a.value === '-c' || a.value === '--command');
  if (c === -1) {
    const joined = inv.args.find((a) => a.value?.startsWith('--command='));
    if (joined) {
      inv.runSource(joined.value!.slice(10), inv.stdin, '`su --command`');
      return true;
    }
    if (inv.stdin) {
      if (inv.stdin.text === null) inv.env.b.opaque('shell_stdin_dynamic', `\`su\` runs commands from ${inv.stdin.producer}`, inv.span);
      else inv.runSource(inv.stdin.text, null, '`su` reading its input');
      return true;
    }
    inv.env.b.opaque('interactive_shell', '`su` opens a shell: what it will run is unknown', inv.span);
    return true;
  }
  const code = inv.args[c + 1];
  if (!code || code.value === null) inv.env.b.opaque('shell_dynamic_script', '`su -c` with a script that is not fixed', inv.span);
  else inv.runSource(code.value, inv.stdin, '`su -c`');
  return true;
}

/** npm packages whose binary has another name (each package's `bin`): `npx netlify-cli …` runs `netlify`. */
const PACKAGE_BINARIES: Readonly<Record<string, string>> = {
  'netlify-cli': 'netlify',
  '@railway/cli': 'railway',
  'firebase-tools': 'firebase',
  'eas-cli': 'eas',
  'cdktf-cli': 'cdktf',
  '@aws-amplify/cli': 'amplify',
  '@cloudflare/wrangler': 'wrangler',
  'aws-cdk': 'cdk',
};

/**
 * Android's `run-as PKG [CMD…]` runs CMD as the app's user in the app's data directory (`/data/data/PKG`), so its
 * relative paths (`rm -rf databases`) name the app's own files.
 */
function runAs(inv: Invocation): boolean {
  const b = inv.env.b;
  const rest = afterOptions(inv.args, { valued: ['--user'] });
  const pkg = rest[0];
  if (!pkg || pkg.value === null || !/^[A-Za-z][\w.]*$/.test(pkg.value)) {
    b.opaque('run_as_dynamic', '`run-as` for an app that is not fixed in the input', inv.span);
    return true;
  }
  if (rest.length === 1) {
    if (inv.stdin?.text) inv.runSource(`cd /data/data/${pkg.value} && ${inv.stdin.text}`, null, `\`run-as ${pkg.value}\` reading its input`);
    else b.opaque(inv.stdin ? 'shell_stdin_dynamic' : 'interactive_shell', `\`run-as ${pkg.value}\` opens the app's shell: what it will run is unknown`, inv.span);
    return true;
  }
  inv.runSource(`cd /data/data/${pkg.value} && ${rest.slice(1).map((w) => w.text).join(' ')}`, inv.stdin, `\`run-as ${pkg.value}\` in the app's data directory`);
  return true;
}

/**
 * Fan-out over ssh: pdsh(1), ClusterShell's clush(1) and parallel-ssh (pssh) run one command line on every host they
 * name (`-w web[01-10]`, `-g web`, `-a`, `-h hosts.txt`), as `ssh HOST CMD` does on one. The hosts are the targets
 * (their names place them); the command is judged as run there. `clush --copy FILES --dest DIR` copies files to
 * every host, judged as `cp -r FILES DIR`.
 */
const FAN_OUT = new Map<string, Set<string>>([
  ['pdsh', new Set(['-w', '-x', '-g', '-X', '-l', '-R', '-f', '-t', '-u', '-N', '-o'])],
  ['clush', new Set(['-w', '-x', '-g', '--group', '-X', '-l', '-f', '--fanout', '-t', '-u', '-o', '--options', '-R', '--worker', '--dest', '--rcopy', '-E', '-P', '--pick', '-O', '--option', '--hostfile', '--topology'])],
  ['parallel-ssh', new Set(['-h', '--hosts', '-H', '--host', '-l', '--user', '-p', '--par', '-o', '--outdir', '-e', '--errdir', '-t', '--timeout', '-O', '--option', '-x', '--extra-args', '-X', '--extra-arg'])],
  ['pssh', new Set(['-h', '--hosts', '-H', '--host', '-l', '--user', '-p', '--par', '-o', '--outdir', '-e', '--errdir', '-t', '--timeout', '-O', '--option', '-x', '--extra-args', '-X', '--extra-arg'])],
]);

function fanOut(inv: Invocation): boolean {
  return withRemotePlace(inv, optionValues(inv.args, '-w', '-H', '--host', '-g', '--group').map((h) => envTarget(inv, 'host', h ?? '?', [clue('names', h)])), () => fanOutOn(inv));
}
function fanOutOn(inv: Invocation): boolean {
  const b = inv.env.b.verb('network', 'exec');
  const valued = FAN_OUT.get(inv.name)!;
  const rest = afterOptions(inv.args, { valued: [...valued] });
  if (inv.name === 'clush' && inv.args.some((a) => a.value === '--copy' || a.value === '-c')) {
    const dest = optionValue(inv.args, '--dest');
    if (dest === null || rest.some((w) => w.value === null)) b.opaque('fan_out_dynamic', `\`${inv.name} --copy\` with files or a destination not fixed in the input`, inv.span);
    else inv.runSource(`cp -r ${rest.map((w) => w.text).join(' ')} ${dest ?? '.'}`, null, `\`${inv.name} --copy\` on every host`);
    return true;
  }
  if (rest.length === 0) {
    b.opaque(inv.stdin ? 'shell_stdin_dynamic' : 'interactive_shell', `\`${inv.name}\` reads the commands to run on every host from its input`, inv.span);
    return true;
  }
  if (rest.some((w) => w.value === null)) {
    b.opaque('fan_out_dynamic', `the command \`${inv.name}\` runs on every host is not fixed`, inv.span);
    return true;
  }
  inv.runSource(rest.map((w) => w.value).join(' '), null, `\`${inv.name}\` on every host`);
  return true;
}

const SSH_VALUED = new Set(['-b', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-p', '-Q', '-R', '-S', '-W', '-w', '-B', '-P']);

/**
 * How many words an ssh option takes. Round 41 (ol41, cheat.sh's tuned `ssh -XCc blowfish user@host`): ssh reads its
 * options with getopt, so one-letter options bundle (`-XCc cipher`, `-4Cp 2222`): the first letter that takes a value takes
 * the rest of the word (`-Cp2222`), or the next word when it ends the bundle.
 */
function sshOptionWords(v: string): number {
  if (SSH_VALUED.has(v)) return 2;
  if (!/^-[A-Za-z0-9]{2,}$/.test(v)) return 1;
  for (let k = 1; k < v.length; k++) if (SSH_VALUED.has(`-${v[k]}`)) return k === v.length - 1 ? 2 : 1;
  return 1;
}

function ssh(inv: Invocation): boolean {
  const b = inv.env.b.verb('network', 'exec');
  let i = 0;
  const args = inv.args;
  while (i < args.length) {
    const v = args[i]!.value;
    if (v === null || !v.startsWith('-')) break;
    i += sshOptionWords(v);
  }
  const host = args[i];
  if (!host) {
    // `ssh -V`, `ssh --help`: no destination, so ssh prints and exits.
    b.verb('read');
    return true;
  }
  const hostName = host?.value ?? host?.text ?? 'unknown';
  const hostOnly = hostName.replace(/^[^@]*@/, '');
  return withRemotePlace(inv, [envTarget(inv, 'host', hostOnly, [clue('names', hostOnly)])], () => sshOn(inv, b, i, hostName, hostOnly));
}
function sshOn(inv: Invocation, b: ReturnType<Invocation['env']['b']['verb']>, i: number, hostName: string, hostOnly: string): boolean {
  const args = inv.args;
  const rest = args.slice(i + 1);
  // A secret printer piped into ssh (`sops -d prod.enc.yaml | ssh ops@jump-1 'cat > /tmp/prod.yaml'`) sends it to
  // another machine, whatever the remote command does with it (the lead's decision, round 16).
  if (inv.stdin?.secret !== undefined) b.destroy('secret_sent', `sends ${inv.stdin.secret} to \`${hostOnly}\`, off the machine`, inv.span);
  if (rest.length === 0 && inv.args.slice(0, i).some((a) => /^-[A-Za-z]*[TNGVQO]/.test(a.value ?? '')) && !inv.stdin) {
    // `ssh -T git@github.com`, `ssh -N -L ...`: no remote command and no shell to type into.
    b.verb('read');
    return true;
  }
  if (rest.length === 0) {
    if (inv.stdin) {
      if (inv.stdin.text === null) b.opaque('shell_stdin_dynamic', `\`ssh\` runs commands from ${inv.stdin.producer} on \`${hostOnly}\``, inv.span);
      else if (!sentToDevice(inv, inv.stdin.text)) inv.runSource(inv.stdin.text, null, `\`ssh ${hostOnly}\``);
    } else {
      b.opaque('interactive_shell', `\`ssh ${hostOnly}\` opens a remote shell: what it will run is unknown`, inv.span);
    }
    return true;
  }
  // ssh joins the remaining words with spaces and the remote shell parses them again. Round 44 (sh44): a double-quoted word
  // whose only expansions are date stamps (`"cat > /backups/db-$(date +%F).xbstream"`) is fixed but for a date, which the
  // local shell prints before ssh sends it (date-stamps.ts dateStampedRemoteText).
  const sent = rest.map((w) => w.value ?? dateStampedRemoteText(w.text));
  if (sent.some((v) => v === null)) {
    b.opaque('ssh_dynamic_command', `the remote command for \`${hostOnly}\` is not fixed`, inv.span);
    return true;
  }
  // Dokku's user runs no shell: its key's forced command hands the words to `dokku` ("ssh dokku@host apps:list", Dokku's
  // remote-commands docs).
  const user = optionValue(inv.args.slice(0, i), '-l') ?? (/^([^@]*)@/.exec(hostName)?.[1] ?? null);
  const remote = sent.join(' ');
  // ssh(1) hands its own standard input to the remote command: `ssh web2 'sudo bash -s' <<'EOF'` runs the here-doc there.
  // Windows' OpenSSH server runs the command with cmd.exe (or PowerShell when made its default shell), neither of which
  // reads `\` as an escape: a command that starts a Windows shell (`powershell -Command …`, `cmd /c …`) is read as
  // Windows reads it, its paths' backslashes kept (round 21).
  const windows = /^\s*(powershell|pwsh|cmd)(\.exe)?(\s|$)/i.test(remote);
  if (!windows && sentToDevice(inv, remote)) return true;
  inv.runSource(user === 'dokku' ? `dokku ${remote}` : remote, inv.stdin, `\`ssh ${hostOnly}\``, undefined, windows ? 'powershell' : 'bash');
  return true;
}

/**
 * Round 39 (bln39): lines a network device's own CLI runs (IOS `write erase`, Junos `request system reboot` or `cli -c
 * "configure; …; commit"`, RouterOS `/system reboot`, a here-doc of `conf t` lines) are no shell's: they are judged by
 * network-catalogue.ts's device rules, line by line. False when `text` is not a device's (it is then read as bash).
 */
function sentToDevice(inv: Invocation, text: string): boolean {
  const lines = deviceCliLines(text);
  if (lines === null) return false;
  inv.dispatch([DEVICE_CLI, ...deviceCliWords(lines)].map((w) => literalWord(w, inv.span.start, inv.span.end)), null);
  return true;
}

const ANSIBLE_VALUED = new Set(['-m', '--module-name', '-a', '--args', '-i', '--inventory', '--inventory-file', '-u', '--user', '-e', '--extra-vars', '-f', '--forks', '-l', '--limit', '-t', '--tree', '-B', '--background', '-P', '--poll', '--become-user', '--become-method', '-M', '--module-path', '-c', '--connection', '-T', '--timeout', '--private-key', '--key-file', '--vault-password-file', '--vault-id', '--playbook-dir', '--ssh-common-args', '--ssh-extra-args', '--scp-extra-args', '--sftp-extra-args']);
/** Modules that only gather or show (ansible.builtin's reference): they change nothing on the hosts. */
const ANSIBLE_READS = new Set(['ping', 'win_ping', 'setup', 'gather_facts', 'debug', 'stat', 'win_stat', 'find', 'slurp', 'fetch', 'service_facts', 'package_facts', 'assert', 'wait_for', 'wait_for_connection', 'getent', 'command_info', 'listen_ports_facts', 'mount_facts']);
/** Modules that install, copy or set something without removing it when their `state` is not `absent`. */
const ANSIBLE_WRITES = new Set(['copy', 'template', 'lineinfile', 'blockinfile', 'replace', 'get_url', 'unarchive', 'git', 'pip', 'npm', 'gem', 'apt', 'yum', 'dnf', 'package', 'apk', 'pacman', 'zypper', 'homebrew', 'snap', 'file', 'user', 'group', 'cron', 'authorized_key', 'sysctl', 'hostname', 'timezone', 'service', 'systemd', 'systemd_service', 'docker_container', 'docker_image', 'k8s', 'mysql_db', 'postgresql_db', 'win_copy', 'win_file', 'win_service', 'win_package', 'win_chocolatey']);

/** `key=value` module arguments (quotes allowed), or a JSON object. */
function ansibleArgs(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (/^\s*\{/.test(text)) {
    try {
      for (const [k, v] of Object.entries(JSON.parse(text) as Record<string, unknown>)) out.set(k, String(v));
      return out;
    } catch {
      return out;
    }
  }
  for (const m of text.matchAll(/([A-Za-z_][\w]*)=("([^"]*)"|'([^']*)'|(\S*))/g)) out.set(m[1]!, m[3] ?? m[4] ?? m[5] ?? '');
  return out;
}

/**
 * What an Ansible module does, as the command line that does the same on one host (so the path, service and package
 * rules judge it), `read`, `write`, or null when we do not know the module. `command`, `shell` and `raw` run their
 * free-form text; `file state=absent` removes the path; a service `stopped` or not enabled goes down; a package, user
 * or database `absent` is removed.
 */
function ansibleModule(module: string, text: string): string | 'read' | 'write' | null {
  const name = module.replace(/^(ansible\.(builtin|windows|posix)|community\.(general|mysql|postgresql|docker)|kubernetes\.core|ansible\.legacy)\./, '');
  if (name === 'command' || name === 'shell' || name === 'raw' || name === 'win_shell' || name === 'win_command') {
    return text.replace(/^(\s*(chdir|creates|removes|executable|warn|stdin|argv)=\S+)+\s*/, '');
  }
  // Ansible's module naming rule: `*_info` modules gather information and `*_facts` modules return facts; neither may
  // change anything on the host (Ansible developer guide, "Creating an info or a facts module").
  if (ANSIBLE_READS.has(name) || /^([a-z0-9_]+\.)*[a-z0-9_]+_(info|facts)$/.test(name)) return 'read';
  const a = ansibleArgs(text);
  const state = a.get('state') ?? '';
  const target = a.get('path') ?? a.get('dest') ?? a.get('name') ?? '';
  const absent = state === 'absent';
  const q = (v: string): string => `'${v.replaceAll("'", "")}'`;
  switch (name) {
    case 'file': case 'win_file':
      return absent && target ? `rm -rf -- ${q(target)}` : 'write';
    case 'service': case 'systemd': case 'systemd_service': case 'win_service':
      if (state === 'stopped' || /^(no|false)$/i.test(a.get('enabled') ?? '')) return `systemctl stop ${q(target)}`;
      return 'write';
    case 'apt': case 'yum': case 'dnf': case 'package': case 'apk': case 'pacman': case 'zypper': case 'homebrew': case 'snap': case 'win_package': case 'win_chocolatey':
      return absent ? `apt-get purge -y ${q(target)}` : 'write';
    case 'user':
      return absent ? `userdel ${/^(yes|true)$/i.test(a.get('remove') ?? '') ? '-r ' : ''}${q(target)}` : 'write';
    case 'mysql_db': case 'postgresql_db':
      return absent || state === 'import' ? `dropdb ${q(target)}` : 'write';
    case 'docker_container':
      return absent || state === 'stopped' ? `docker rm -f ${q(target)}` : 'write';
    case 'k8s':
      return absent ? `kubectl delete ${q(a.get('kind') ?? 'resource')} ${q(target)}` : 'write';
    // kubernetes.core: `k8s_scale` sets the replica count, `k8s_drain` drains a node by default (`state: drain`),
    // `helm` with `state: absent` uninstalls the release (the collection's module reference).
    case 'k8s_scale':
      return a.has('replicas') ? `kubectl scale ${q(a.get('kind') ?? 'deployment')} ${q(target)} --replicas=${q(a.get('replicas')!)}` : 'write';
    case 'k8s_drain': {
      // Its `delete_options` (`force`, `delete_emptydir_data`, `disable_eviction`) are kubectl's drain flags, which decide
      // whether the drain loses anything; they are read from the text whatever form the dictionary takes, with every
      // spelling Ansible takes for true (`true`, `yes`, `on`, `1`, `y`, `t`: its boolean conversion).
      const flags = ['force', 'delete_emptydir_data', 'disable_eviction'].filter((o) => new RegExp(`\\b${o}["']?\\s*[:=]\\s*["']?(true|yes|on|1|y|t)\\b`, 'i').test(text)).map((o) => ` --${o.replaceAll('_', '-')}`);
      return (a.get('state') ?? 'drain') === 'drain' ? `kubectl drain ${q(target)}${flags.join('')}` : 'write';
    }
    case 'helm':
      return absent ? `helm uninstall ${q(a.get('release_name') ?? target)}` : 'write';
    // `reboot` restarts the hosts and waits until they answer again (its `reboot_timeout`): a restart, which comes back by
    // itself, as `aws ec2 reboot-instances` (Availability). `community.general.shutdown` powers them off.
    case 'reboot': case 'win_reboot':
      return 'write';
    case 'shutdown':
      return 'shutdown -h now';
    default:
      // Round 41 (bl41mf): ibm.ibm_zos_core's modules as the z/OS UNIX lines they stand for (mainframe-catalogue.ts).
      return ANSIBLE_WRITES.has(name) ? 'write' : zosCoreModuleLine(module, a);
  }
}

/**
 * The text a file module puts into a file on the hosts, where the arguments show it: `lineinfile` and `blockinfile` add
 * their `line`/`block` (ansible.builtin's reference; `state=absent` removes it instead), `copy` with `content=` writes
 * that text. Undefined for any other module or when no path or text is given.
 */
export function ansibleWrittenText(module: string, text: string): { path: string; text: string } | undefined {
  const name = module.replace(/^(ansible\.(builtin|posix)|ansible\.legacy)\./, '');
  const a = ansibleArgs(text);
  const path = a.get('path') ?? a.get('dest') ?? a.get('destfile') ?? a.get('name');
  if (path === undefined || a.get('state') === 'absent') return undefined;
  const written = name === 'lineinfile' ? a.get('line') : name === 'blockinfile' ? a.get('block') : name === 'copy' ? a.get('content') : undefined;
  return written === undefined ? undefined : { path, text: `${written}\n` };
}

/**
 * An Ansible network module (network-catalogue.ts `ansibleNetworkModule`): its device lines judged by the device rules,
 * or its resource state's effect. False when the module is no network platform's.
 */
function ansibleOnDevice(inv: Invocation, module: string, text: string, hosts: string): boolean {
  const reading = ansibleNetworkModule(module, ansibleArgs(text));
  if (reading === undefined) return false;
  const b = inv.env.b;
  if (reading === null) b.opaque('ansible_module_unknown', `Ansible module \`${module}\` on \`${hosts}\`: what it does is not shown`, inv.span);
  else if ('lines' in reading) inv.dispatch([DEVICE_CLI, ...deviceCliWords(reading.lines)].map((w) => literalWord(w, inv.span.start, inv.span.end)), null);
  else if (reading.effect === 'outage') b.verb('write').destroy('service_outage', `Ansible \`${module}\` on \`${hosts}\` ${reading.what}`, inv.span);
  else b.verb(reading.effect);
  return true;
}

/**
 * The hosts an Ansible run acts on, as clues for their environment: the host pattern and `-l`/`--limit` read as groups,
 * `-i`/`--inventory` as an inventory path (`lab` as a whole `_`-joined part of a group or a whole folder of an inventory
 * names the dev tier: the lead's answer 413.1, environment.ts namesLabBy). Values not fixed are left out.
 */
export function ansibleHostClues(args: Word[], pattern?: string | null): EnvClue[] {
  const groups = [pattern ?? null, ...optionValues(args, '-l', '--limit')].filter((v): v is string => typeof v === 'string');
  const inventories = optionValues(args, '-i', '--inventory', '--inventory-file').filter((v): v is string => v !== null);
  // Several inventories are a union: a dev one narrows only when every one names a tier (a live one always counts).
  const named = inventories.map((value) => ({ kind: 'names' as const, value, lab: 'inventory' as const })).filter((c) => clueTier(c) !== null);
  const inventoryClues = named.length === inventories.length ? named : named.filter((c) => isLive(clueTier(c)));
  return [...groups.flatMap(ansibleGroupClues), ...inventoryClues];
}

/** The tier one clue names by itself (heuristic names, then `lab` by its reading), or null. */
function clueTier(c: EnvClue): string | null {
  return heuristicEnvironment(c.value ?? '') ?? (c.lab !== undefined && namesLabBy(c.lab, c.value ?? '') ? 'dev' : null);
}
function isLive(tier: string | null): boolean {
  return tier === 'production' || tier === 'staging';
}

/**
 * Round 41 (nxs41; the lead's answer 416.4, "the hosts run on are the limit's"): the clues one Ansible host pattern (the
 * positional pattern or a `--limit`) gives for the hosts run on. Its parts (`:` or `,` apart, outside a `[1:4]` range) are
 * a union; `&x` intersects, `!x` excludes. An excluded group names none of the hosts run on; a group that names
 * production or staging counts wherever it stands (fail closed); a dev or lab tier counts when an intersected group names
 * it or every group of the union does (`lab_nxos:core_nxos` reaches the core switches too). The pattern, the limit and the
 * inventory intersect (ansible's `--limit` further limits the pattern), so the caller gives one target all their clues:
 * the most severe named wins, and `all` beside `-l dc1_lab` names nothing against the limit's lab.
 */
function ansibleGroupClues(value: string): EnvClue[] {
  const parts = value.split(/[:,](?![^[\]]*\])/).filter((p) => p !== '');
  const clue = (p: string): EnvClue => ({ kind: 'names', value: p, lab: 'group' });
  const kept = parts.filter((p) => !p.startsWith('!')).map((p) => clue(p.replace(/^&/, '')));
  const live = kept.filter((c) => isLive(clueTier(c)));
  if (live.length > 0) return live;
  const narrowing = parts.filter((p) => p.startsWith('&')).map((p) => clue(p.slice(1))).find((c) => clueTier(c) !== null);
  if (narrowing !== undefined) return [narrowing];
  const unions = parts.filter((p) => !/^[!&]/.test(p)).map(clue);
  if (unions.length > 0 && unions.every((c) => clueTier(c) !== null)) return unions;
  // Nothing narrows to a tier: one plain group still goes to the inventory's matchers by its name.
  return parts.length === 1 && kept.length === 1 ? [{ kind: 'names', value: kept[0]!.value }] : [];
}

/**
 * Ansible ad hoc (`ansible PATTERN -m MODULE -a ARGS`): the module runs on every host the pattern names, so it is judged
 * as its command line there (`ansibleModule`); the default module is `command`. `--check` only reports what would
 * change. A module we do not know runs something we cannot judge (F1).
 */
function ansible(inv: Invocation): boolean {
  const b = inv.env.b.verb('network', 'exec');
  const args = inv.args;
  const pattern = positionals(args, ANSIBLE_VALUED)[0];
  if (pattern === undefined) {
    b.verb('read');
    return true;
  }
  // One target: the hosts run on are the pattern's within the limit and the inventory (416.4); it lends its tier only to
  // what runs there (atk41's withRemotePlace).
  return withRemotePlace(inv, [envTarget(inv, 'host', pattern.value ?? '?', ansibleHostClues(args, pattern.value))], () => ansibleOn(inv, b, pattern));
}
function ansibleOn(inv: Invocation, b: ReturnType<Invocation['env']['b']['verb']>, pattern: Word): boolean {
  const args = inv.args;
  if (args.some((a) => a.value === '--list-hosts' || a.value === '--help' || a.value === '-h' || a.value === '--version')) {
    b.verb('read');
    return true;
  }
  // Given twice, the last `-m` and `-a` count (argparse stores the last; round 40, rv40: the first was read, so
  // `-m ping -m shell -a 'rm -rf /srv'` was a ping).
  const module = optionValue(args, '-m', '--module-name') ?? 'command';
  const text = optionValue(args, '-a', '--args') ?? '';
  if (module === null || text === null) {
    b.opaque('ansible_dynamic', `the Ansible module or its arguments for \`${pattern.value ?? '?'}\` are not fixed in the input`, inv.span);
    return true;
  }
  if (args.some((a) => a.value === '-C' || a.value === '--check')) {
    b.verb('read').finding('dry_run', '`ansible --check` reports what would change and changes nothing', inv.span);
    return true;
  }
  // A line or content the module writes is judged as written there (a setting that switches a safeguard off, a stored command).
  const written = ansibleWrittenText(module, text);
  if (written !== undefined) storeWrite(inv, written.path, written.text, true);
  if (ansibleOnDevice(inv, module, text, pattern.value ?? '?')) return true;
  const line = ansibleModule(module, text);
  if (line === null) b.opaque('ansible_module_unknown', `Ansible module \`${module}\` on \`${pattern.value ?? '?'}\`: what it does is not known`, inv.span);
  else if (line === 'read' || line === 'write') b.verb(line);
  else inv.runSource(line, null, `\`ansible ${pattern.value ?? '?'} -m ${module}\``);
  return true;
}

/** A listed glob that names the entries of a deploy tool's `releases` folder (`/opt/app/releases/*`, or `*` inside it). */
/**
 * One run's checkpoints in the workspace, listed by one glob in one folder (answer 91): the glob is the last segment only and
 * names checkpoint files (`*.ckpt`, `*.pt`, `*.pth`, `*.safetensors`, `checkpoint-*`, `epoch=*`), and the folder is a
 * checkpoints folder (`checkpoints`, `ckpt(s)`) or a run's output folder holding `checkpoint-*`. Relative to the session's
 * folder, no `..`, no second glob (a glob over the run folders is every run's), not a home or absolute path.
 */
const CHECKPOINT_GLOB = /^(\*\.(ckpt|pt|pth|safetensors)|checkpoint[-_]\*|epoch[=_-]\*(\.ckpt)?)$/i;
function runCheckpointsOf(glob: string, cwd: string | undefined): boolean {
  if (cwd === undefined || glob.startsWith('/') || glob.startsWith('~') || glob.startsWith('$')) return false;
  const segs = glob.replace(/^\.\//, '').split('/');
  const last = segs.pop()!;
  if (segs.length === 0 || segs.some((s) => s === '..' || s === '.' || s === '' || /[*?[\]{}$]/.test(s)) || !CHECKPOINT_GLOB.test(last)) return false;
  return segs.some((s) => /^(checkpoints?|ckpts?)$/i.test(s)) || /^checkpoint[-_]/i.test(last);
}

function releasesOf(glob: string, cwd: string | undefined): boolean {
  const full = glob.startsWith('/') ? glob : `${cwd ?? ''}/${glob}`;
  return /\/releases\/\*$/.test(full.replace(/\/\.\//g, '/'));
}

/**
 * The deleter xargs runs on a retention list: `rm` or `unlink`, also through a bare `sudo` (`xargs -r sudo rm -rf`: the
 * same files, with root's rights; round 27, s27). Null for anything else (sudo with options is not read through).
 */
function retentionDeleter(cmd: Word[]): string | null {
  const [first, second] = cmd.map((w) => w.value);
  const name = first === 'sudo' ? second : first;
  return name !== undefined && name !== null && /^(rm|unlink)$/.test(name) ? name : null;
}
