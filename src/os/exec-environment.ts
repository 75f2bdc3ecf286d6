import { readFileSync } from 'node:fs';
import { PortcullisError } from '../core/index.ts';
import type { AgentEnvValue, Config } from '../config/index.ts';
import { agentEnvironment, type AgentEnvironment } from '../adapters/exec/index.ts';

/**
 * The environment `portcullis exec` gives the command of `agentId`: the starting one without human
 * credentials, with the agent's profile from `agents.<id>.env` resolved now. A profile value that
 * cannot be resolved stops everything (nothing runs half-configured).
 */
export function execEnvironment(config: Config | null, agentId: string, start: Readonly<Record<string, string | undefined>>): AgentEnvironment {
  const spec: Record<string, AgentEnvValue> = config?.agentEnv[agentId] ?? {};
  const profile: Record<string, string> = {};
  const sources: string[] = [];
  for (const [name, v] of Object.entries(spec)) {
    if (v.kind === 'value') profile[name] = v.value;
    else if (v.kind === 'from_env') {
      const value = start[v.name];
      if (value === undefined) throw new PortcullisError('config_invalid', `agents.${agentId}.env.${name}: \`${v.name}\` is not set in this environment`, { hint: `export ${v.name} with the agent's own credential, or change the profile` });
      profile[name] = value;
      sources.push(v.name);
    } else {
      try {
        profile[name] = readFileSync(v.path, 'utf8').replace(/\r?\n$/, '');
      } catch {
        throw new PortcullisError('config_invalid', `agents.${agentId}.env.${name}: cannot read \`${v.path}\``, { hint: 'check the file exists and is readable by you' });
      }
    }
  }
  return agentEnvironment(start, profile, sources);
}
