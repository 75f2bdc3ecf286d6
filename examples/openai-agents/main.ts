/**
 * Portcullis in front of OpenAI Agents SDK function tools. In an app you would write
 *   import { Agent, tool } from '@openai/agents';
 *   const deleteEnv = guard(tool({ name: 'delete_environment', parameters, execute }), { client });
 *   new Agent({ name: 'ops', tools: [deleteEnv] });
 * To run without a model or API key, this example invokes the guarded tools the way the Agents SDK
 * runner does: invoke(runContext, JSON arguments). A refusal is returned as the tool's output.
 */
import { createClient, guard } from 'portcullis/sdk';

const token = process.env['PORTCULLIS_AGENT_TOKEN'];
if (!token) throw new Error('set PORTCULLIS_AGENT_TOKEN to the agent token printed by `portcullis agents add kiro`');
const client = createClient({ baseUrl: process.env['PORTCULLIS_URL'] ?? 'http://127.0.0.1:7070', token });

// The shape `tool({...})` returns: { type: 'function', name, parameters, invoke, ... }.
function functionTool(name: string, run: (args: Record<string, string>) => string) {
  return { type: 'function' as const, name, description: name, parameters: { type: 'object' }, strict: true, invoke: async (_ctx: unknown, input: string) => run(JSON.parse(input) as Record<string, string>) };
}

const tools = [
  guard(functionTool('get_cluster_status', (a) => `(pretend) ${a['cluster']} is healthy`), { client, server: 'ops', annotations: { readOnlyHint: true } }),
  guard(functionTool('delete_environment', (a) => `(pretend) deleted ${a['name']}`), { client, server: 'ops', annotations: { destructiveHint: true } }),
];

for (const [tool, args] of [[tools[0]!, { cluster: 'prod-cn-1' }], [tools[1]!, { name: 'prod-cn-1' }]] as const) {
  console.log(`${tool.name}(${JSON.stringify(args)})\n  → ${String(await tool.invoke({}, JSON.stringify(args)))}`);
}
