import { isControlPlaneSecret, namesControlPlane, pathToResolve, resolvePath } from '../../paths.ts';
import type { Invocation } from '../invocation.ts';
import { SHELLS } from './shells.ts';
import { isWrapper } from './wrappers.ts';

/**
 * D8, the lexical half: a program that names a control-plane path and is not known to only read it
 * is a change to the control plane, whatever its arguments seem to say (`sqlite3 portcullis.db`,
 * `python3 -c '...open("portcullis.yaml")...'`, `ex portcullis.yaml`, an unknown program); and
 * the signing key and token files may not be named at all, by any program (`cat`, `base64`, `cp`).
 * The other half (links, `..` through symlinks, hard links) needs the filesystem: the gateway
 * resolves the paths this records and classifies again when one leads into the control plane.
 */

/** Programs that only read the files they name (no option of theirs writes one). */
const ONLY_READ = new Set([
  'ls', 'll', 'la', 'dir', 'cat', 'bat', 'head', 'tail', 'less', 'more', 'grep', 'egrep', 'fgrep', 'rg', 'ag', 'ack', 'wc', 'cut', 'jq', 'echo', 'printf',
  'file', 'stat', 'du', 'tree', 'diff', 'cmp', 'diff3', 'colordiff', 'md5sum', 'sha1sum', 'sha256sum', 'sha512sum', 'shasum', 'cksum', 'basename', 'dirname',
  'realpath', 'readlink', 'test', '[', '[[', 'xxd', 'od', 'hexdump', 'nl', 'tac', 'strings', 'column', 'cd', 'pushd', 'which', 'type', 'true', ':', 'zcat', 'zgrep',
]);

/**
 * Programs whose analysers record every control-plane file they write as a control-plane target
 * (a copy's destination, a deletion, `sed -i`, `chmod`): naming one only as a source is a read.
 * Links are not here: `ln` and `cp -l|-s` make a second name for the file (below).
 */
const MODELLED = new Set(['cp', 'mv', 'install', 'rm', 'rmdir', 'unlink', 'shred', 'truncate', 'chmod', 'chown', 'chgrp', 'touch', 'mkdir', 'tee', 'dd', 'rsync', 'find', 'sed', 'gsed']);

/** git subcommands that leave the working tree's files as they are. */
const GIT_READS = new Set(['diff', 'log', 'show', 'blame', 'annotate', 'status', 'grep', 'ls-files', 'ls-tree', 'cat-file', 'shortlog', 'describe', 'rev-parse', 'add', 'commit', 'check-ignore', 'check-attr', 'difftool', 'whatchanged']);

/** Characters that separate path-like tokens inside code and scripts (`open("a.db")`, `f=a.key;`). */
const CODE_SEPARATORS = /[\s'"`(),;:=<>|&{}[\]+!%]+/;
const MAX_TOKENS = 256;

function makesLink(inv: Invocation): boolean {
  if (inv.name === 'ln' || inv.name === 'link' || inv.name === 'symlink' || inv.name === 'ln-s') return true;
  if (inv.name !== 'cp' && inv.name !== 'rsync') return false;
  return inv.args.some((a) => a.value !== null && (a.value === '--link' || a.value === '--symbolic-link' || a.value.startsWith('--link-dest') || (/^-[a-zA-Z]+$/.test(a.value) && /[ls]/.test(a.value) && inv.name === 'cp')));
}

function onlyReads(inv: Invocation): boolean {
  if (makesLink(inv)) return false;
  if (ONLY_READ.has(inv.name) || MODELLED.has(inv.name)) return true;
  if (inv.name === 'git') {
    let i = 0;
    while (i < inv.args.length && inv.args[i]!.value?.startsWith('-')) i += ['-C', '-c', '--git-dir', '--work-tree', '--namespace'].includes(inv.args[i]!.value!) ? 2 : 1;
    const sub = inv.args[i]?.value;
    return typeof sub === 'string' && GIT_READS.has(sub);
  }
  return false;
}

/** The strings in one word that could name a file: the word, an option's value, and tokens of code in it. */
function candidates(value: string): string[] {
  const out: string[] = [];
  const eq = /^--?[\w-]+=(.+)$/.exec(value);
  const v = eq ? eq[1]! : value;
  const file = /^fileb?:\/\/(.+)$/.exec(v);
  if (file) out.push(file[1]!);
  else if (!v.startsWith('-') && !/^[a-z][\w+.-]*:\/\//i.test(v)) out.push(v);
  if (CODE_SEPARATORS.test(v)) for (const t of v.replace(/[a-z][\w+.-]*:\/\/\S*/gi, ' ').split(CODE_SEPARATORS)) if (t.length > 1 && /[./~]|portcullis/i.test(t) && !/^[a-z][\w+.-]*:\/\//i.test(t)) out.push(t.replace(/^fileb?:\/\//, ''));
  return out;
}

/**
 * Judges one simple command's words; runs after its own analyser (see dispatchCommand).
 * `modelled`: the analyser that ran records every control-plane file the command writes (PowerShell
 * cmdlets, Windows built-ins), so naming one is judged as a read here; its paths are still named for
 * the gateway to resolve (a link into the control plane is then judged by that analyser) and a
 * secret is still never named.
 */
export function judgeControlPlaneNames(inv: Invocation, modelled = false): void {
  // Wrappers and shells name their inner command's words: the inner command is judged on its own.
  const inner = inv.name === '' || isWrapper(inv.name) || SHELLS.has(inv.name) || inv.name === 'eval' || /^(cmd|powershell|pwsh|wsl)(\.exe)?$/i.test(inv.name);
  const b = inv.env.b;
  const inventory = inv.env.inventory;
  // Redirections are judged by their own analyser (a write to a control-plane file is a control-plane target).
  const redirected = inv.redirects.flatMap((r) => (r.target ? [r.target] : []));
  const words = inner ? redirected : [...inv.args, ...redirected];
  const reads = inner || modelled || onlyReads(inv);
  let tokens = 0;
  for (const w of words) {
    if (w.value === null) continue;
    for (const c of candidates(w.value)) {
      if (++tokens > MAX_TOKENS) return;
      const abs = resolvePath(c, inv.scope);
      if (abs === null) continue;
      const raw = pathToResolve(c, inv.scope, abs);
      if (raw !== null) b.namePath(raw);
      const at = { start: w.start, end: w.end };
      if (isControlPlaneSecret(abs, inventory)) {
        // SECURITY (D8): the key forges checkpoints, a token acts as its owner: naming one is never a read we allow.
        b.target({ kind: 'control_plane', id: abs, environment: null, home: false, verbs: ['write'] });
        b.destroy('control_plane_secret', `\`${inv.name}\` names \`${abs}\`, Portcullis's signing key or a token: agents may not read it`, at);
        continue;
      }
      if (reads || !namesControlPlane(abs, inventory, inv.scope.workspace ?? inv.scope.cwd)) continue;
      // SECURITY (D8): we cannot say this program only reads what it names, and what it names is the control plane.
      b.target({ kind: 'control_plane', id: abs, environment: null, home: false, verbs: ['write'] });
      b.destroy('control_plane_named', `\`${inv.name}\` names \`${abs}\`, part of Portcullis's own control plane, and is not known to only read it${makesLink(inv) ? ' (a link to it is a second way to write it)' : ''}`, at);
    }
  }
}
