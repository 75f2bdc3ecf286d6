import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configTemplate } from '../../runtime/index.ts';
import { parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis init [--demo] [--config FILE] [--force]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, { demo: { type: 'boolean' }, force: { type: 'boolean' }, config: { type: 'string', short: 'c', default: 'portcullis.yaml' } }, USAGE);
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nWrites a commented starter config (or, with --demo, the incident demo config). The default\npolicy pack is built in and named \`default\` under \`policies\`.\n`);
    return EXIT.ok;
  }
  const file = resolve(io.cwd, values.config);
  if (existsSync(file) && !values.force) {
    io.stderr(`error: \`${values.config}\` already exists (config_invalid)\nhint: pass --force to overwrite it, or --config to write elsewhere\n`);
    return EXIT.error;
  }
  writeFileSync(file, configTemplate(values.demo ? 'demo' : 'starter'));
  io.stdout(`wrote ${values.config}${values.demo ? ' (demo: agent kiro in production environment prod-cn-1)' : ''}\nnext: portcullis policy validate --config ${values.config}\n`);
  return EXIT.ok;
}
