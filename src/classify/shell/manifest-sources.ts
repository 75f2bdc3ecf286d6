/**
 * Producers whose standard output is built from local files the command line names, so that a reader of the pipe
 * (`… | kubectl apply -f -`) can bind those files' bytes (A12) instead of an input nobody sees in advance.
 */

/** `kubectl create configmap|secret` options that read a local file (kubectl reference: `key=path` names the key). */
const FILE_OPTIONS = /^--(from-file|from-env-file|cert|key)$/;

/** The path of a `--from-file` value: `key=path` names the key the file is stored under. */
function pathOf(option: string, value: string): string {
  const eq = value.indexOf('=');
  return option === '--from-file' && eq > 0 ? value.slice(eq + 1) : value;
}

/**
 * `kubectl create configmap|secret … --from-file=F --from-env-file=E --dry-run=client -o yaml` (the create-or-update
 * idiom piped to `kubectl apply -f -`): kubectl prints one ConfigMap or Secret built from these local files (kubectl
 * reference, `create configmap`, `create secret generic|tls`), kinds that hold no replica count, role or policy. The files
 * it reads, or undefined: another kind, not printed, a value not fixed, a kubeconfig option, or no file at all (then
 * walk.ts's `kubectlCreatePrinted` reads it).
 */
export function kubectlCreateFromFiles(name: string, args: ReadonlyArray<string | null>): { producer: string; files: string[] } | undefined {
  if (name.replace(/^.*\//, '') !== 'kubectl' || args.some((a) => a === null)) return undefined;
  const words = args as readonly string[];
  const ops = words.filter((a) => !a.startsWith('-'));
  if (ops[0] !== 'create' || !/^(configmaps?|cm|secret)$/.test(ops[1] ?? '')) return undefined;
  const dry = words.some((a) => /^--dry-run(=(client|server))?$/.test(a));
  const printed = words.some((a, i) => /^(-o|--output)=?(yaml|json)$/.test(a) || a === '-oyaml' || a === '-ojson' || (/^(-o|--output)$/.test(a) && /^(yaml|json)$/.test(words[i + 1] ?? '')));
  if (!dry || !printed || words.some((a) => /^--kubeconfig(=|$)/.test(a))) return undefined;
  const files: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const eq = a.indexOf('=');
    const option = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (!FILE_OPTIONS.test(option)) continue;
    const value = option === a ? words[++i] : a.slice(eq + 1);
    if (value === undefined || value === '' || value === '-') return undefined;
    files.push(pathOf(option, value));
  }
  return files.length > 0 ? { producer: `kubectl create ${ops.slice(1, ops[1] === 'secret' ? 4 : 3).join(' ')}`, files } : undefined;
}

/** sops options that only choose formats or a part of the document (sops reference); anything else leaves the pipe unknown. */
const SOPS_VALUED = /^--(input-type|output-type|extract)$/;

/**
 * `sops -d FILE`, `sops --decrypt FILE`, `sops decrypt FILE` (sops reference): prints FILE decrypted, so what reaches the
 * pipe is that repository file's content; an approval binds FILE as `kubectl apply -f FILE` does. Undefined for any other
 * form (`-i`/`--in-place`, `--output`, exec subcommands, more than one file, a value not fixed).
 */
export function sopsDecryptedFile(name: string, args: ReadonlyArray<string | null>): string | undefined {
  if (name.replace(/^.*\//, '') !== 'sops' || args.some((a) => a === null)) return undefined;
  const words = args as readonly string[];
  let decrypt = false;
  const operands: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    if (a === '-d' || a === '--decrypt' || (i === 0 && a === 'decrypt')) decrypt = true;
    else if (SOPS_VALUED.test(a)) i++;
    else if (SOPS_VALUED.test(a.split('=')[0]!) && a.includes('=')) continue;
    else if (a.startsWith('-')) return undefined;
    else operands.push(a);
  }
  return decrypt && operands.length === 1 && operands[0] !== '-' ? operands[0] : undefined;
}

/**
 * The secret a manifest producer puts on the pipe, or undefined: a Secret kubectl prints (`kubectl create secret … -o
 * yaml`, from literals or files) is a secret wherever the pipe takes it (`| curl --data-binary @-` sends it off the
 * machine), whatever else a reader makes of it. (A file sops decrypts is one by secret-sources.ts.)
 */
export function secretOnPipe(name: string, args: ReadonlyArray<string | null>): string | undefined {
  const ops = args.filter((a) => a !== null && !a.startsWith('-'));
  if (name.replace(/^.*\//, '') !== 'kubectl' || ops[0] !== 'create' || ops[1] !== 'secret') return undefined;
  // Printed with its data: any output format but `name` (a value not fixed may be any of them).
  const formats = args.flatMap((a, i) => (a === '-o' || a === '--output' ? [args[i + 1] ?? ''] : a !== null && /^(-o|--output=)./.test(a) ? [a.replace(/^(-o|--output=)/, '')] : []));
  return formats.some((f) => f === null || f !== 'name') ? 'the Secret `kubectl create secret` prints' : undefined;
}
