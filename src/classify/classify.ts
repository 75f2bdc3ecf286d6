import type { Action, ActionContext, ActionFacts, Inventory } from '../core/index.ts';
import { opaqueFacts } from '../core/index.ts';
import { FactsBuilder } from './builder.ts';
import type { Classifier } from './classifier.ts';
import { classifyMcp, type McpClassifyConfig } from './mcp/mcp.ts';
import { classifyFileWrite, classifyHttpRequest, judgeHttpRequest } from './other-kinds.ts';
import { classifyShellSource, runNested } from './shell/walk.ts';
import { classifyCmdSource, runCmdSource } from './cmd/walk.ts';
import { classifyPowerShellSource, runPowerShellSource } from './powershell/walk.ts';
import { windowsShell } from './windows/dispatch.ts';
import { registerShells } from './windows/registry.ts';
import { classifySqlInto, sqlInputLocalByDefault } from './sql/sql.ts';
import { classifyPlan } from './terraform/plan.ts';
import { homeFolderOf } from './paths.ts';
import { resolveEnvironment } from './environment.ts';

export interface ClassifierOptions {
  mcp?: McpClassifyConfig;
  /**
   * For measurement only (scripts/unseen-tools.ts): bash programs read as unknown programs, as if no catalogue entry or
   * handler knew them ("first contact with an unseen tool"). Never set by the gateway.
   */
  unseenTools?: ReadonlySet<string>;
}

// The shells nest each other (`cmd /c` in bash, `powershell -Command` in cmd, …): one registry, filled here.
registerShells({ bash: runNested, powershell: runPowerShellSource, cmd: runCmdSource, windowsShell });

/** Input larger than this is not analysed: it is opaque (a hook must answer quickly). */
const MAX_INPUT = 256 * 1024;

function classifyUnsafe(action: Action, ctx: ActionContext, inventory: Inventory, options: ClassifierOptions, b: FactsBuilder): ActionFacts {
  switch (action.kind) {
    case 'shell':
      if (typeof action.command !== 'string') return opaqueFacts('shell: not a string', { code: 'action_malformed', message: 'the command is not a string' });
      if (action.command.length > MAX_INPUT) return opaqueFacts('shell: input too large', { code: 'input_too_large', message: `command longer than ${MAX_INPUT} characters` });
      if (action.shell === 'powershell') classifyPowerShellSource(action.command, ctx, inventory, b);
      else if (action.shell === 'cmd') classifyCmdSource(action.command, ctx, inventory, b);
      else if (action.shell === undefined || action.shell === 'bash') classifyShellSource(action.command, ctx, inventory, b, options.unseenTools);
      // SECURITY: a command language we do not know is read by nobody: the worst case.
      else return opaqueFacts('shell: unknown language', { code: 'shell_dialect_unknown', message: `shell \`${String(action.shell)}\` is not bash, powershell or cmd` });
      targetLocalHost(ctx, inventory, b);
      return b.build(`${action.shell === 'powershell' ? 'powershell' : action.shell === 'cmd' ? 'cmd' : 'shell'}: ${action.command.length > 80 ? `${action.command.slice(0, 77)}...` : action.command}`);
    case 'sql':
      if (typeof action.sql !== 'string') return opaqueFacts('sql: not a string', { code: 'action_malformed', message: 'the SQL is not a string' });
      if (action.sql.length > MAX_INPUT) return opaqueFacts('sql: input too large', { code: 'input_too_large', message: `SQL longer than ${MAX_INPUT} characters` });
      classifySqlInto(action.sql, { ctx, inventory, dialect: action.dialect, database: action.database, host: action.host, ...(sqlInputLocalByDefault(action.host ?? ctx.host, action.database ?? ctx.database, action.dialect ?? ctx.dialect) ? { localByDefault: true } : {}) }, b);
      return b.build(`sql: ${action.sql.length > 80 ? `${action.sql.slice(0, 77)}...` : action.sql}`);
    case 'terraform_plan':
      classifyPlan(action.plan, ctx, inventory, b);
      return b.build('terraform plan');
    case 'mcp_tool_call':
      classifyMcp(action, ctx, inventory, options.mcp ?? { mappings: [] }, b, {
        shell: (command, into = b) => {
          if (command.length > MAX_INPUT) into.opaque('input_too_large', 'command too large');
          else classifyShellSource(command, ctx, inventory, into);
        },
        http: (request, into = b) => judgeHttpRequest(request, into, { ctx, inventory, shell: (command) => classifyShellSource(command, ctx, inventory, into) }),
        stored: (command, cwd, language) => (language === 'powershell' ? classifyPowerShellSource : classifyShellSource)(command, cwd === undefined ? ctx : { ...ctx, cwd }, inventory, b),
      });
      return b.build(`mcp: ${action.server}.${action.tool}`);
    case 'file_write':
      classifyFileWrite(action, ctx, inventory, b, (command, cwd, language) => (language === 'powershell' ? classifyPowerShellSource : classifyShellSource)(command, cwd === undefined ? ctx : { ...ctx, cwd }, inventory, b));
      targetLocalHost(ctx, inventory, b);
      return b.build(`file ${action.operation}: ${action.path}`);
    case 'http_request':
      classifyHttpRequest(action, inventory, b, ctx, (command) => classifyShellSource(command, ctx, inventory, b));
      return b.build(`http: ${action.method} ${action.url}`);
    default:
      return opaqueFacts('unknown action kind', { code: 'action_kind_unknown', message: `action kind \`${String((action as { kind?: unknown }).kind)}\` is not known` });
  }
}

/**
 * The machine a command or file write runs on, when the adapter names it (`context.host`) and the name places it in an
 * environment: a local `rm -rf /var/lib/mysql` on `prod-db-01` acts on production as `ssh prod-db-01 'rm -rf …'` does
 * (the ssh wrapper places its remote host the same way). A host no clue places adds nothing.
 * SECURITY: an opaque action that names no target of its own (`eval "$X"`, `bash -c "$CMD"`) may reach any machine or
 * service from there; its one target would be the host, and a dev-named host would place it in dev instead of the
 * unknown environment its lack of targets stands for. The host places it only beside a target it names.
 */
function targetLocalHost(ctx: ActionContext, inventory: Inventory, b: FactsBuilder): void {
  if (!ctx.host || (b.confidence === 'opaque' && b.targets.length === 0)) return;
  const environment = resolveEnvironment(inventory, [{ kind: 'names', value: ctx.host }]);
  if (environment !== null) b.target({ kind: 'host', id: ctx.host, environment, home: false });
}

/**
 * The context with a home folder: when the adapter gives a working directory but no home, the home is the one the
 * working directory lies in (`/home/dev/app` -> `/home/dev`), so `~/.bashrc` and `~` are read as the home's, not as
 * paths nobody can place.
 */
function withHome(ctx: ActionContext): ActionContext {
  if (ctx.home !== undefined) return ctx;
  const home = homeFolderOf(ctx.cwd);
  return home === undefined ? ctx : { ...ctx, home };
}

/** A Classifier over the analysers; the parser must be loaded first (see createClassifier). */
export function makeClassifier(options: ClassifierOptions = {}): Classifier {
  function run(action: Action, context: ActionContext, inventory: Inventory): { facts: ActionFacts; paths: string[]; programs: string[]; toolRoutes: Array<{ program: string; route: Record<string, string> }>; toolWrites: string[] } {
    const b = new FactsBuilder();
    try {
      return { facts: classifyUnsafe(action, withHome(context ?? {}), inventory, options, b), paths: [...b.paths], programs: [...b.programs], toolRoutes: [...b.toolRoutes].flatMap(([program, routes]) => routes.map((route) => ({ program, route }))), toolWrites: [...b.toolWrites] };
    } catch (err) {
      // SECURITY: the contract is total: an analyser bug is opaque, never an allow and never a throw.
      return { facts: opaqueFacts('classifier error', { code: 'classify_internal_error', message: err instanceof Error ? err.message : String(err) }), paths: [], programs: [], toolRoutes: [], toolWrites: [] };
    }
  }
  return {
    classify: (action, context, inventory) => run(action, context, inventory).facts,
    classifyWithPaths: run,
  };
}
