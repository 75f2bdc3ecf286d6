import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EMPTY_INVENTORY, PortcullisError, type Inventory } from '../../core/index.ts';
import { classifyBatchLine, createClassifier } from '../../classify/index.ts';
import { DEFAULT_CONFIG_FILE, loadConfigFile } from '../../os/index.ts';
import type { McpMapping } from '../../config/index.ts';
import { parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis classify --jsonl [--config FILE] < cases.jsonl';

const HELP = `usage: ${USAGE}

Classifies actions without deciding them, for audits of agent transcripts and evaluation.
Reads one case per line:
  {"id","kind","input_type":"command"|"sql"|"mcp_tool_call"|"terraform_plan_json","input","context"}
and writes one line per case:
  {"id","decision":"destructive"|"benign"|"unknown","targets_env":"production"|"staging"|"dev"|null,"reason","facts"}
A line that cannot be read gets an error line for its id. The inventory (environments, control-plane
paths) comes from --config, or ./${DEFAULT_CONFIG_FILE} when it exists; otherwise none.
`;

/** Flushes output in chunks: thousands of lines without one write per line. */
const CHUNK = 256;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, { jsonl: { type: 'boolean' }, config: { type: 'string', short: 'c' } }, USAGE);
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (!values.jsonl) throw new PortcullisError('request_invalid', 'missing --jsonl', { hint: `usage: ${USAGE}` });
  const { inventory, mcpMappings } = loadClassifyConfig(values.config, io.cwd);
  const classifier = await createClassifier({ mcp: { mappings: mcpMappings } });
  const input = (await io.readStdin()) ?? '';
  let out: string[] = [];
  for (const line of input.split('\n')) {
    if (line.trim() === '') continue;
    out.push(classifyBatchLine(line, classifier, inventory));
    if (out.length >= CHUNK) {
      io.stdout(`${out.join('\n')}\n`);
      out = [];
    }
  }
  if (out.length > 0) io.stdout(`${out.join('\n')}\n`);
  return EXIT.ok;
}

/** The inventory and MCP mappings of the config; without one, none (every environment unknown). */
function loadClassifyConfig(configPath: string | undefined, cwd: string): { inventory: Inventory; mcpMappings: McpMapping[] } {
  if (configPath === undefined) {
    if (!existsSync(resolve(cwd, DEFAULT_CONFIG_FILE))) return { inventory: EMPTY_INVENTORY, mcpMappings: [] };
    configPath = DEFAULT_CONFIG_FILE;
  }
  const { config } = loadConfigFile(configPath, cwd);
  return { inventory: config.inventory, mcpMappings: [...config.mcpMappings] };
}
