import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { configTemplate, defaultPackFiles } from '../../os/index.ts';
import { parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis init [--demo] [--config FILE] [--force]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, { demo: { type: 'boolean' }, force: { type: 'boolean' }, config: { type: 'string', short: 'c', default: 'portcullis.yaml' } }, USAGE);
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nWrites a commented starter config and a copy of the default policy pack in ./policies next to it,\nfor you to adapt. With --demo: the incident demo config, on the built-in pack (\`policies: [default]\`).\n`);
    return EXIT.ok;
  }
  const file = resolve(io.cwd, values.config);
  if (existsSync(file) && !values.force) {
    io.stderr(`error: \`${values.config}\` already exists (config_invalid)\nhint: pass --force to overwrite it, or --config to write elsewhere\n`);
    return EXIT.error;
  }
  const written = [values.config];
  if (!values.demo) {
    const dir = join(dirname(file), 'policies');
    const pack = defaultPackFiles();
    const clash = pack.map((f) => join(dir, f.name)).find((p) => existsSync(p));
    if (clash && !values.force) {
      io.stderr(`error: \`${relative(io.cwd, clash)}\` already exists (config_invalid)\nhint: pass --force to overwrite it, or init elsewhere\n`);
      return EXIT.error;
    }
    mkdirSync(dir, { recursive: true });
    for (const f of pack) {
      writeFileSync(join(dir, f.name), f.text);
      written.push(relative(io.cwd, join(dir, f.name)));
    }
  }
  writeFileSync(file, configTemplate(values.demo ? 'demo' : 'starter'));
  io.stdout(`wrote ${written.join(', ')}${values.demo ? ' (demo: agent kiro in production environment prod-cn-1)' : ''}\nnext: portcullis policy validate --config ${values.config}\n`);
  return EXIT.ok;
}
