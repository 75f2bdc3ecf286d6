import { readFileSync } from 'node:fs';

/** The config files `portcullis init` writes. */
export function configTemplate(kind: 'starter' | 'demo'): string {
  return readFileSync(new URL(`./templates/${kind}.yaml`, import.meta.url), 'utf8');
}
