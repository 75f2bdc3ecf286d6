import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidSetupError, type Issue, type Result } from '../core/index.ts';
import { DEFAULT_PACK_DIR, SCHEMA_FILE, loadPolicyEngine, type PolicyEngine, type PolicyFile } from '../policy/index.ts';

const SCHEMA_TEXT = readFileSync(SCHEMA_FILE, 'utf8');
const DEFAULT_DIR = fileURLToPath(DEFAULT_PACK_DIR);

/** Every *.cedar file of a policy source (`default`, a file, or a folder, not recursive into tests). */
function filesOf(source: string, displayBase: string): Result<PolicyFile[]> {
  const dir = source === 'default' ? DEFAULT_DIR : source;
  const shown = (p: string) => (source === 'default' ? `default/${relative(DEFAULT_DIR, p)}` : relative(displayBase, p) || p);
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    return { ok: false, issues: [{ path: source, message: `policy source \`${source}\` does not exist`, hint: 'fix the path under `policies` in portcullis.yaml' }] };
  }
  const paths = stat.isDirectory()
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.cedar'))
        .sort()
        .map((f) => join(dir, f))
    : [dir];
  return { ok: true, value: paths.map((p) => ({ file: shown(p), text: readFileSync(p, 'utf8') })) };
}

/** The default policy pack's files (name → text), for `portcullis init` to copy. */
export function defaultPackFiles(): Array<{ name: string; text: string }> {
  return readdirSync(DEFAULT_DIR)
    .filter((f) => f.endsWith('.cedar'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(DEFAULT_DIR, name), 'utf8') }));
}

/** Reads and validates every policy source; issues name file and line. */
export function loadPolicies(sources: readonly string[], displayBase: string): Result<PolicyEngine> {
  const files: PolicyFile[] = [];
  const issues: Issue[] = [];
  for (const s of sources) {
    const r = filesOf(s, displayBase);
    if (r.ok) files.push(...r.value);
    else issues.push(...r.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  return loadPolicyEngine(SCHEMA_TEXT, files);
}

/** Like loadPolicies, but a failure is a `policy_invalid` error carrying every issue. */
export function loadPoliciesOrThrow(sources: readonly string[], displayBase: string): PolicyEngine {
  const r = loadPolicies(sources, displayBase);
  if (!r.ok) throw new InvalidSetupError('policy_invalid', r.issues);
  return r.value;
}
