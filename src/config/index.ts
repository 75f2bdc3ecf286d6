/**
 * config: `portcullis.yaml` text → a frozen, checked `Config`, or one-line issues that name the
 * file, line and key path. Strict: unknown keys are errors. It does not read files (the runtime and
 * CLI do) and holds no state.
 */
export { parseConfig, parseDuration } from './load.ts';
export type { AgentEnvValue, Config, ConfigWarning, McpMapping } from './config.ts';
export { DEFAULTS } from './defaults.ts';
export { configNames } from './names.ts';
export { CONFIG_TEMPLATE_DIR } from './paths.ts';
