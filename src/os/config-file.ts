import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InvalidSetupError, PortcullisError, deepFreeze } from '../core/index.ts';
import { CONFIG_TEMPLATE_DIR, parseConfig, type Config, type ConfigWarning } from '../config/index.ts';
import { INSTALL_DIR } from './install-dir.ts';

export const DEFAULT_CONFIG_FILE = 'portcullis.yaml';

/** The config files `portcullis init` writes. */
export function configTemplate(kind: 'starter' | 'demo'): string {
  return readFileSync(new URL(`${kind}.yaml`, CONFIG_TEMPLATE_DIR), 'utf8');
}

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
  // SECURITY (D8): also each control-plane path as the kernel sees it (a config under a linked
  // folder): a path an action names is matched after it is resolved, so it must meet real paths.
  const withReal = (paths: readonly string[]) => [...new Set(paths.flatMap((p) => [p, realOrSelf(p)]))];
  const inventory = {
    ...config.inventory,
    controlPlanePaths: withReal([...config.inventory.controlPlanePaths, INSTALL_DIR]),
    controlPlaneSecrets: withReal(config.inventory.controlPlaneSecrets ?? []),
  };
  return { config: deepFreeze({ ...config, inventory }), warnings };
}

/** The real path of `p`, or of its deepest existing parent plus the rest; `p` when none can be walked. */
function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = dirname(p);
    if (parent === p) return p;
    const real = realOrSelf(parent);
    return real === parent ? p : join(real, basename(p));
  }
}
