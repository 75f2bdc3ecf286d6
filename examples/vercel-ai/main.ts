/**
 * Portcullis in front of Vercel AI SDK tools. In an app you would write
 *   import { tool } from 'ai';  const bash = tool({ description, inputSchema: z.object(...), execute });
 * and pass `guardTools({ bash, ... }, { client })` to generateText/streamText. To run without a
 * model or API key, this example calls the guarded tools the way the AI SDK does: execute(input, options).
 */
import { createClient, guard, PortcullisRefusal } from 'portcullis/sdk';

const token = process.env['PORTCULLIS_AGENT_TOKEN'];
if (!token) throw new Error('set PORTCULLIS_AGENT_TOKEN to the agent token printed by `portcullis agents add kiro`');
const client = createClient({ baseUrl: process.env['PORTCULLIS_URL'] ?? 'http://127.0.0.1:7070', token });

// The shape `tool({...})` returns (AI SDK 5: description, inputSchema, execute).
const bash = {
  description: 'Run a shell command',
  inputSchema: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] },
  execute: async ({ command }: { command: string }, _options: { toolCallId: string }) => `(pretend) ran: ${command}`,
};

// A shell tool is best described as a shell action, so Portcullis parses the command itself.
const guarded = guard(bash, {
  client,
  name: 'bash',
  toAction: (input) => ({ kind: 'shell', command: (input as { command: string }).command }),
  holdTimeoutMs: 0, // refuse held calls at once, naming the request (a real agent might wait)
});

for (const command of ['ls -la', 'kubectl --context prod-cn-1 delete namespace payments', 'kubectl --context prod-cn-1 apply -f deploy.yaml']) {
  try {
    console.log(`✔ ${command}\n  ${await guarded.execute({ command }, { toolCallId: 'example' })}`);
  } catch (err) {
    if (!(err instanceof PortcullisRefusal)) throw err;
    console.log(`✘ ${command}\n  ${err.kind}: ${err.message}`);
  }
}
