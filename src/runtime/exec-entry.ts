import { readFileSync } from 'node:fs';
import { PortcullisError } from '../core/index.ts';
import type { AgentEnvValue, Config } from '../config/index.ts';
import { agentEnvironment, type AgentEnvironment, type ExecGate } from '../adapters/exec/index.ts';
import { remoteGate, type RemoteGateOptions } from './remote-gate.ts';

export { runExec, shellQuote, inheritedCredentials, inheritable, agentEnvironment, NEUTRALISED } from '../adapters/exec/index.ts';
export type { ExecResult, ExecProgress, ExecGate, Inherited } from '../adapters/exec/index.ts';
export { localAgentGate } from './agent-gates.ts';
export { createFsInputGuard } from './input-guard.ts';
export { remoteGate };

/**
 * `portcullis exec --server URL`: decisions, status polls and outcomes over the HTTP API with the
 * agent's own token. Waiting reads the request (`GET /v1/requests/{id}`), so a poll is never a
 * decision; the one decision after `approved` consumes the approval, and the server records the
 * execution intent in that same transaction (A6, L3). The outcome is reported to the server for a
 * held request; for a command allowed outright, the server's decision entry is the only record.
 */
export function remoteExecGate(options: RemoteGateOptions): ExecGate {
  const remote = remoteGate(options);
  return {
    decide: remote.decide,
    requestStatus: remote.requestStatus,
    recordIntent: async (i) => ({ id: i.requestId ?? i.decisionId }),
    async recordOutcome(o) {
      if (o.requestId !== null) await remote.reportOutcome(o.requestId, o.outcome, o.exitCode);
    },
    renewLease: (requestId) => remote.renewLease(requestId),
  };
}

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
