import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { JsonValue } from '../../src/core/index.ts';

/**
 * The classify corpus: `test/corpus/classify/**\/*.yaml`, strict (unknown fields fail). Each case is a
 * batch-contract line plus its label (what it truly is) and optional expectations.
 */

const json: z.ZodType<JsonValue> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(json), z.record(z.string(), json)]));

const context = z.strictObject({
  cwd: z.string().optional(),
  home: z.string().optional(),
  git_branch: z.string().optional(),
  git_remote: z.string().optional(),
  kube_context: z.string().optional(),
  kube_namespace: z.string().optional(),
  aws_profile: z.string().optional(),
  aws_region: z.string().optional(),
  aws_account: z.string().optional(),
  mcp_server: z.string().optional(),
  tf_workspace: z.string().optional(),
  dialect: z.string().optional(),
  database: z.string().optional(),
  host: z.string().optional(),
});

const inputType = z.enum(['command', 'powershell', 'cmd', 'sql', 'mcp_tool_call', 'terraform_plan_json', 'file_write', 'http_request']);

const caseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The truth: what running this would do. */
  label: z.enum(['destructive', 'benign']),
  /** An obfuscated or indirect form of a destructive action. */
  evasion: z.boolean().optional(),
  input_type: inputType.optional(),
  input: json,
  context: context.optional(),
  /** Exact batch decision required (default: destructive label -> not benign; benign label -> benign). */
  decision: z.enum(['destructive', 'benign', 'unknown']).optional(),
  /** Required `targets_env` (null = must be unknown). */
  env: z.enum(['production', 'staging', 'dev']).nullable().optional(),
  /** A target of this kind must be reported. */
  target_kind: z.enum(['filesystem', 'git', 'terraform', 'kubernetes', 'cloud', 'database', 'http', 'mcp', 'host', 'control_plane']).optional(),
  /** These verbs must be among the facts' verbs. */
  verbs: z.array(z.enum(['read', 'write', 'delete', 'replace', 'deploy', 'permissions', 'exec', 'network', 'unknown'])).optional(),
  /** A target must be marked critical. */
  critical: z.boolean().optional(),
  /** Blast radius must equal this. */
  blast_radius: z.number().int().optional(),
  note: z.string().optional(),
});

const fileSchema = z.strictObject({
  description: z.string(),
  defaults: z.strictObject({ input_type: inputType.optional(), context: context.optional() }).optional(),
  cases: z.array(caseSchema).min(1),
});

export type CorpusCase = z.infer<typeof caseSchema> & { file: string; input_type: z.infer<typeof inputType>; context: z.infer<typeof context> };

export const DEFAULT_CONTEXT = { cwd: '/home/dev/app', home: '/home/dev' } as const;

/** Every case, defaults applied; throws with the file and path on a schema error or a duplicate id. */
export function loadCorpus(root = 'test/corpus/classify'): CorpusCase[] {
  const out: CorpusCase[] = [];
  const seen = new Set<string>();
  for (const file of globSync(`${root}/**/*.yaml`).sort()) {
    const parsed = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
    const { defaults, cases } = parsed.data;
    for (const c of cases) {
      if (seen.has(c.id)) throw new Error(`${file}: duplicate case id \`${c.id}\``);
      seen.add(c.id);
      const type = c.input_type ?? defaults?.input_type;
      if (!type) throw new Error(`${file}: case \`${c.id}\` has no input_type and the file no default`);
      out.push({ ...c, file, input_type: type, context: { ...DEFAULT_CONTEXT, ...defaults?.context, ...c.context } });
    }
  }
  return out;
}

/** The family a case belongs to: its file's name (`evasions`, `mcp`, ...). */
export function kindOf(c: CorpusCase): string {
  return c.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
}

/** The batch-contract line for a case. */
export function toLine(c: CorpusCase): string {
  return JSON.stringify({ id: c.id, kind: kindOf(c), input_type: c.input_type, input: c.input, context: c.context });
}

/**
 * The held-out third of every corpus: a fixed, content-independent split by case id, so nobody tunes
 * the classifier to these cases. `classify:report` reports them on their own; fix classes of misses
 * seen in the other two thirds, never a held-out case by name.
 */
export function isHeldOut(id: string): boolean {
  return createHash('sha256').update(id).digest()[0]! % 3 === 0;
}
