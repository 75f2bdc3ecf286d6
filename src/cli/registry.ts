import type { Command } from './io.ts';

/**
 * Every command, loaded only when it runs (the hook must start fast). One line each:
 * name, one-line summary, loader.
 */
export interface CommandEntry {
  summary: string;
  /** The subcommands, as the top-level help lists them (every one of them). */
  subcommands?: string;
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  init: { summary: 'write a starter config (or the incident demo config with --demo)', load: async () => (await import('./commands/init.ts')).run },
  check: { summary: 'decide one action for an agent and record the decision', load: async () => (await import('./commands/check.ts')).run },
  policy: { subcommands: 'validate|test', summary: 'validate the config and policies, or run policy tests', load: async () => (await import('./commands/policy.ts')).run },
  demo: { summary: 'replay the December 2025 incident on a throw-away store', load: async () => (await import('./commands/demo.ts')).run },
  users: { subcommands: 'add|list|revoke', summary: 'add, list or revoke human users (tokens shown once)', load: async () => (await import('./commands/users.ts')).run },
  agents: { subcommands: 'add|list|revoke', summary: 'add, list or revoke agents (each with its own token)', load: async () => (await import('./commands/agents.ts')).run },
  approvals: { subcommands: 'list|show|approve|reject|cancel|break-glass|recover', summary: 'review held actions: list, show, vote, cancel; break-glass (admins); recover after a crash', load: async () => (await import('./commands/approvals.ts')).run },
  audit: { subcommands: 'verify|tail|export|checkpoint', summary: 'verify, tail, export or checkpoint the tamper-evident audit log', load: async () => (await import('./commands/audit.ts')).run },
  classify: { summary: 'classify actions from JSON lines (transcript audits, evaluation) without deciding', load: async () => (await import('./commands/classify.ts')).run },
  mcp: { summary: 'run an MCP proxy that decides every tools/call (stdio or streamable HTTP)', load: async () => (await import('./commands/mcp.ts')).run },
  hook: { subcommands: 'claude-code|gemini-cli|codex|cursor|install', summary: 'the agent-tool hook (Claude Code, Gemini CLI, OpenAI Codex CLI, Cursor); `hook install` adds it', load: async () => (await import('./commands/hook.ts')).run },
  exec: { summary: 'run a command for an agent: decide, wait for approvals, strip the operator\'s credentials', load: async () => (await import('./commands/exec.ts')).run },
  doctor: { summary: 'report inherited human credentials, check the installed hook and the config', load: async () => (await import('./commands/doctor.ts')).run },
  serve: { summary: 'serve the decision API, reviewer API and UI, health, readiness and metrics (--demo: the demo on SQLite)', load: async () => (await import('./commands/serve.ts')).run },
  setup: { summary: 'the production install as root (--system): service user, file owners and modes, agents\' Unix users, systemd unit', load: async () => (await import('./commands/setup.ts')).run },
  daemon: { summary: 'the production decision service: one socket per agent, owned by its Unix user; drops to the service user', load: async () => (await import('./commands/daemon.ts')).run },
  store: { subcommands: 'migrate', summary: 'copy the store (identities, requests, the audit chain) to an empty one, e.g. SQLite to PostgreSQL, and verify it', load: async () => (await import('./commands/store.ts')).run },
  brakes: { subcommands: 'status|freeze|unfreeze|freeze-all|unfreeze-all|shadow', summary: 'kill switch per agent or global, shadow mode, budget status (audited; never for agents)', load: async () => (await import('./commands/brakes.ts')).run },
};
