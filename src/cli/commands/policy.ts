import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PortcullisError, type Effect } from '../../core/index.ts';
import { checkStore, dryGateway, loadSetup } from '../../runtime/index.ts';
import { parseActionInput } from '../../gateway/index.ts';
import { CONFIG_FLAG, parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis policy (validate | test DIR...) [--config FILE]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...CONFIG_FLAG, json: { type: 'boolean' } }, USAGE, true);
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    io.stdout(`usage: ${USAGE}\n\nvalidate  load the config and every policy, check them against the schema (exit 3 on any error),\n          and check that the store can be reached (exit 1 when not)\ntest      run YAML policy test cases (see docs/policy-guide.md) against the config's policies\n`);
    return values.help ? EXIT.ok : EXIT.error;
  }
  if (sub === 'validate') {
    const setup = await loadSetup(values.config, io.cwd);
    const counts = { permit: 0, forbid: 0, hold: 0 };
    for (const p of setup.engine.policies) {
      if (p.effect === 'permit') counts.permit++;
      else if (p.annotations['approvals']) counts.hold++;
      else counts.forbid++;
    }
    for (const w of setup.warnings) io.stderr(`warning: ${w.path}: ${w.message}\n`);
    // A valid config whose store cannot be reached still denies everything: say so now.
    const store = await checkStore(setup.config.store, dirname(setup.config.file));
    io.stdout(`ok: ${values.config} and ${setup.engine.policies.length} policies are valid (${counts.permit} permit, ${counts.forbid} forbid, ${counts.hold} hold)\npolicy set ${setup.engine.hash}\n${store}\n`);
    return EXIT.ok;
  }
  if (sub === 'test') {
    if (rest.length === 0) throw new PortcullisError('request_invalid', 'missing test folder or file', { hint: `usage: ${USAGE}` });
    return runTests(rest.map((r) => resolve(io.cwd, r)), values.config, io);
  }
  throw new PortcullisError('request_invalid', `unknown policy subcommand \`${sub}\``, { hint: `usage: ${USAGE}` });
}

interface TestCase {
  name: string;
  agent: string;
  action: unknown;
  context?: unknown;
  expect: Effect;
  policies?: string[];
  approvals?: number;
}

const CASE_KEYS = new Set(['name', 'agent', 'shell', 'action', 'context', 'expect', 'policies', 'approvals']);

function caseFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new PortcullisError('request_invalid', `\`${p}\` does not exist`, { hint: 'pass a folder of *.yaml policy tests' });
    }
    return st.isDirectory()
      ? readdirSync(p, { recursive: true, encoding: 'utf8' })
          // `fixtures/` holds the files cases name (manifests a deploy applies), not cases.
          .filter((f) => (f.endsWith('.yaml') || f.endsWith('.yml')) && !f.split(/[\\/]/).includes('fixtures'))
          .sort()
          .map((f) => join(p, f))
      : [p];
  });
}

/** Reads cases strictly: an unknown field or a missing expectation is an error, not a silent pass. */
function readCases(file: string, shown: string): TestCase[] {
  const doc = parseYaml(readFileSync(file, 'utf8')) as { cases?: unknown } | null;
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.cases)) throw new PortcullisError('request_invalid', `${shown}: expected a top-level \`cases:\` list`);
  const extra = Object.keys(doc).filter((k) => k !== 'cases');
  if (extra.length) throw new PortcullisError('request_invalid', `${shown}: unknown key \`${extra[0]}\``, { hint: 'a test file has only `cases:`' });
  return doc.cases.map((c: Record<string, unknown>, i: number) => {
    const where = `${shown}: case ${i + 1}${typeof c?.['name'] === 'string' ? ` (${c['name']})` : ''}`;
    if (!c || typeof c !== 'object') throw new PortcullisError('request_invalid', `${where}: must be a mapping`);
    const unknown = Object.keys(c).find((k) => !CASE_KEYS.has(k));
    if (unknown) throw new PortcullisError('request_invalid', `${where}: unknown key \`${unknown}\``, { hint: `keys: ${[...CASE_KEYS].join(', ')}` });
    if (typeof c['agent'] !== 'string') throw new PortcullisError('request_invalid', `${where}: \`agent\` is required`);
    if (!['allow', 'deny', 'hold'].includes(c['expect'] as string)) throw new PortcullisError('request_invalid', `${where}: \`expect\` must be allow, deny or hold`);
    if ((c['shell'] === undefined) === (c['action'] === undefined)) throw new PortcullisError('request_invalid', `${where}: give exactly one of \`shell\` or \`action\``);
    return {
      name: typeof c['name'] === 'string' ? c['name'] : `case ${i + 1}`,
      agent: c['agent'],
      action: c['shell'] !== undefined ? { kind: 'shell', command: String(c['shell']) } : c['action'],
      context: c['context'],
      expect: c['expect'] as Effect,
      ...(Array.isArray(c['policies']) ? { policies: c['policies'].map(String) } : {}),
      ...(typeof c['approvals'] === 'number' ? { approvals: c['approvals'] } : {}),
    };
  });
}

async function runTests(paths: string[], configPath: string, io: CliIO): Promise<number> {
  const setup = await loadSetup(configPath, io.cwd);
  const gateway = dryGateway(setup);
  let passed = 0;
  let failed = 0;
  for (const file of caseFiles(paths)) {
    const shown = relative(io.cwd, file) || file;
    for (const c of readCases(file, shown)) {
      const input = parseActionInput(c.context === undefined ? c.action : { action: c.action, context: c.context });
      if (!input.ok) throw new PortcullisError('request_invalid', `${shown}: ${c.name}: ${input.issues[0]!.path}: ${input.issues[0]!.message}`);
      // Cases run as if from the config's folder, so relative paths mean the same wherever they run;
      // a relative `cwd` is beside the test file (where its fixtures are: A12 reads the files a case names).
      const given = input.value.context.cwd;
      const context = { ...input.value.context, cwd: given === undefined ? dirname(setup.config.file) : resolve(dirname(file), given) };
      const { verdict } = await gateway.evaluate({ agentId: c.agent, action: input.value.action, context });
      const problems: string[] = [];
      if (verdict.effect !== c.expect) problems.push(`expected ${c.expect}, got ${verdict.effect} (${verdict.reasons.map((r) => r.message).join('; ')})`);
      if (c.policies && [...c.policies].sort().join(',') !== [...verdict.policies].sort().join(',')) problems.push(`expected policies [${c.policies.join(', ')}], got [${verdict.policies.join(', ')}]`);
      const approvals = verdict.effect === 'hold' ? verdict.requiredApprovals : 0;
      if (c.approvals !== undefined && c.approvals !== approvals) problems.push(`expected ${c.approvals} approvals, got ${approvals}`);
      if (problems.length === 0) {
        passed++;
        io.stdout(`ok    ${shown}: ${c.name}\n`);
      } else {
        failed++;
        io.stdout(`FAIL  ${shown}: ${c.name}\n${problems.map((p) => `      ${p}\n`).join('')}`);
      }
    }
  }
  io.stdout(`\n${passed} passed, ${failed} failed\n`);
  return failed === 0 && passed > 0 ? EXIT.ok : EXIT.error;
}
