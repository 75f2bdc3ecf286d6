import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PACK_DIR } from '../policy/index.ts';

/** The config files `portcullis init` writes. */
export function configTemplate(kind: 'starter' | 'demo'): string {
  return readFileSync(new URL(`./templates/${kind}.yaml`, import.meta.url), 'utf8');
}

/** The default policy pack's files (name → text), for `portcullis init` to copy. */
export function defaultPackFiles(): Array<{ name: string; text: string }> {
  const dir = fileURLToPath(DEFAULT_PACK_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cedar'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${dir}${name}`, 'utf8') }));
}
