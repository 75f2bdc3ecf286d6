import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PortcullisError, deepFreeze } from '../core/index.ts';
import { parseConfig, type Config, type ConfigWarning } from '../config/index.ts';
import { InvalidSetupError } from './policies.ts';

export const DEFAULT_CONFIG_FILE = 'portcullis.yaml';

/** Where this Portcullis is installed (its code, the pinned Node.js, the hook's compile cache). */
export const INSTALL_DIR = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/**
 * Reads and checks a config file. `shownAs` is how issues name it (the path the user typed).
 * Throws `config_not_found` or an InvalidSetupError (`config_invalid`) with every issue.
 */
export function loadConfigFile(path: string, cwd: string): { config: Config; warnings: ConfigWarning[] } {
  const abs = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    throw new PortcullisError('config_not_found', `config file \`${path}\` not found`, { hint: 'run `portcullis init` to write a starter config, or pass --config FILE' });
  }
  const parsed = parseConfig(text, abs);
  if (!parsed.ok) {
    // Show the path as the user typed it, not the absolute one.
    throw new InvalidSetupError('config_invalid', parsed.issues.map((i) => ({ ...i, path: i.path.replace(abs, path) })));
  }
  // SECURITY (D3): Portcullis's own installation is control plane: an agent that could rewrite the
  // hook's code or its compile cache would switch the gate off.
  const { config, warnings } = parsed.value;
  const inventory = { ...config.inventory, controlPlanePaths: [...new Set([...config.inventory.controlPlanePaths, INSTALL_DIR])] };
  return { config: deepFreeze({ ...config, inventory }), warnings };
}
