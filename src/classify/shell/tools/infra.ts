
import { skipsTlsChecks } from '../../setting-switches.ts';
import { durationHours, GO_DURATION_UNITS } from '../../durations.ts';
import { heuristicEnvironment, isStaging, resolveEnvironment, tierOfEnvironment, withoutHomeUser } from '../../environment.ts';
import { noteWrite, shown, type Invocation } from '../invocation.ts';
import { literalWord, type Word } from '../words.ts';
import { annotationFinding, cronJobSuspendIsRoutine, labelSwitchesSafeguardOff, manifestEffectVerb, manifestFindings, manifestNamespaces, patchFindings } from '../../kube-manifest.ts';
import { cronJobSafeguard, SAFEGUARD_OR_DELIVERY_WORKFLOW } from '../../kept-agents.ts';
import { argumentNamesLiveTier, invocationNamesLiveTier, clue, envTarget, envVar, hasFlag, inputFile, optionValue, optionValues, positionals } from './common.ts';
import { namesDatabase } from '../../public-access.ts';
import { helmSetFindings } from './helm-values.ts';
import { judgeDestroyNamedScript } from './named-scripts.ts';
import { CI_RUN_NAME, NO_TIER_PART, ONE_RUN_NAME } from '../../run-names.ts';

/** Terraform, OpenTofu, Terragrunt, Pulumi, CDK; kubectl and helm. */

/** The Terraform workspace a command acts in: `TF_WORKSPACE`, one an earlier command of this input selected, the context's. */
function workspaceOf(inv: Invocation): string | null | undefined {
  return envVar(inv, 'TF_WORKSPACE') ?? inv.scope.tfWorkspace ?? inv.env.ctx.tfWorkspace;
}

function tfClues(inv: Invocation, dir: string | null | undefined, extra: Array<string | null | undefined>) {
  const ws = workspaceOf(inv);
  const cwdTail = inv.scope.cwd && inv.scope.home && inv.scope.cwd.startsWith(inv.scope.home) ? inv.scope.cwd.slice(inv.scope.home.length) : (inv.scope.cwd ? withoutHomeUser(inv.scope.cwd) : undefined)?.split('/').slice(-3).join('/');
  const profile = envVar(inv, 'AWS_PROFILE') ?? inv.env.ctx.awsProfile;
  return [clue('tf_workspaces', ws), ...extra.map((e) => clue('names', e)), clue('paths', dir), clue('names', dir), clue('names', cwdTail), clue('aws_profiles', profile), clue('names', profile), clue('kube_contexts', inv.env.ctx.kubeContext)];
}

/**
 * A destroy of what CI made for one pull request or run (as `pulumi destroy` of such a stack and `workspace delete` of
 * such a workspace are): the workspace it acts in names one (namesScratchEnvironment: `pr-231`, `ci-5521`), or every
 * `-target` is a module or resource instance keyed by one (`module.preview_env["pr-412"]`). Not with a `-var-file`, a
 * variable, a directory or a workspace that names production or staging, nor with a word we cannot read. Returns what
 * shows it, or null.
 */
const TARGET_KEY = /^(?:module\.([\w-]+)|[\w-]+\.[\w-]+)\["([^"\]]+)"\]$/;
/**
 * A key that names one pull request or run: namesScratchEnvironment, or (the lead's answer 146, round 24) answer 84's run
 * number (`run-5521`, `build-77`) as the key of a module named for CI by a whole word (`module.ci_runner["run-5521"]`): the
 * module's CI prefix before the run, as `ci-run-5521`.
 */
function scratchKey(module: string | undefined, key: string): boolean {
  if (namesScratchEnvironment(key)) return true;
  return module !== undefined && module.toLowerCase().split(/[-_]/).some((w) => w === 'ci' || w === 'e2e') && /^(run|build|job|pipeline)-?\d+$/i.test(key) && namesScratchEnvironment(`ci-${key}`);
}
function scratchDestroy(inv: Invocation, rest: readonly Word[], dir: string | null | undefined): string | null {
  if (rest.some((w) => w.value === null)) return null;
  const targets = [...rest.flatMap((w, i) => (w.value === '-target' ? [rest[i + 1]?.value ?? ''] : w.value!.startsWith('-target=') ? [w.value!.slice(8)] : []))].map((t) => t.replace(/^'|'$/g, ''));
  const live = (v: string | null | undefined) => { const tier = v ? heuristicEnvironment(v) : null; return tier === 'production' || tier === 'staging'; };
  if (rest.some((w) => live(w.value)) || live(inv.scope.cwd) || dir === null || live(dir)) return null;
  const ws = workspaceOf(inv);
  if (targets.length === 0) return typeof ws === 'string' && namesScratchEnvironment(ws) ? `workspace \`${ws}\`` : null;
  if (typeof ws === 'string' && live(ws)) return null;
  const keys = targets.map((t) => TARGET_KEY.exec(t));
  return keys.every((k) => k !== null && scratchKey(k[1], k[2]!)) ? `\`-target\` ${targets.join(', ')}` : null;
}

/** A variable that names the deployment's environment (`-var env=dev`, `-var=stage=prod`, Terraform's usual names). */
const ENV_VARIABLE = /^(env|environment|stage|tier|deployment_environment)=(.+)$/i;

/**
 * Settings that name the environment a run acts on, besides `-var-file`: the backend configuration (a file such as
 * `-backend-config=backend/prod.hcl`, or a `key=prod/terraform.tfstate` pair, Terraform's "Partial configuration"), and
 * a variable named for the environment (`-var env=dev`).
 */
function environmentSettings(rest: Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i]!.value;
    if (v === null) continue;
    if (v.startsWith('-backend-config=')) out.push(v.slice(16));
    else if (v === '-backend-config' && rest[i + 1]?.value) out.push(rest[i + 1]!.value!);
    const setting = v.startsWith('-var=') ? v.slice(5) : v === '-var' ? (rest[i + 1]?.value ?? '') : '';
    const m = ENV_VARIABLE.exec(setting.replace(/^["']|["']$/g, ''));
    if (m) out.push(m[2]!);
  }
  return out;
}

export function terraform(inv: Invocation): void {
  const b = inv.env.b;
  const args = inv.args;
  let i = 0;
  let dir: string | null | undefined;
  while (i < args.length && args[i]!.value?.startsWith('-')) {
    const v = args[i]!.value!;
    if (v.startsWith('-chdir=')) dir = v.slice(7);
    i++;
  }
  let sub = args[i]?.value ?? null;
  let rest = args.slice(i + 1);
  if (inv.name === 'terragrunt' && (sub === 'run-all' || sub === 'run')) {
    b.finding('terragrunt_run_all', '`terragrunt run-all` acts on every module below the working directory');
    sub = rest[0]?.value ?? null;
    rest = rest.slice(1);
    if (sub === '--all' || sub === '--') {
      sub = rest[0]?.value ?? null;
      rest = rest.slice(1);
    }
  }
  // Terragrunt's older `*-all` commands run the subcommand in every module.
  if (inv.name === 'terragrunt' && sub !== null && /^(destroy|apply|plan|output|validate|init)-all$/.test(sub)) {
    b.finding('terragrunt_run_all', '`terragrunt *-all` acts on every module below the working directory');
    sub = sub.slice(0, -4);
  }
  if (sub === null) {
    b.opaque('terraform_dynamic_subcommand', `\`${inv.name}\` subcommand is not fixed`, inv.span);
    return;
  }
  const varFiles = [...rest.filter((w) => w.value?.startsWith('-var-file=')).map((w) => w.value!.slice(10)), ...environmentSettings(rest)];
  const targetEnv = () => envTarget(inv, 'terraform', `terraform:${dir ?? inv.scope.cwd ?? '.'}${workspaceOf(inv) ? `#${workspaceOf(inv)}` : ''}`, tfClues(inv, dir ?? optionValue(rest, '--terragrunt-working-dir', '--working-dir'), varFiles));
  const help = hasFlag(rest, '-help', '--help', '-h');
  if (help) {
    b.verb('read');
    return;
  }
  const replaces = rest.filter((w) => w.value?.startsWith('-replace=') || w.value === '-replace');
  // D8 round 17: `providers mirror DIR` fills DIR with provider programs from the network; noted as written (content not
  // seen), so a terraform call after it that runs providers from there (an implied local mirror) is unknown
  if (sub === 'providers' && rest[0]?.value === 'mirror') {
    const into = positionals(rest.slice(1), new Set(['-platform'])).pop();
    if (into !== undefined) noteWrite(inv.scope, into.value === null ? null : into.value, null, false, shown(into));
  }
  switch (sub) {
    case 'destroy':
      if (scratchDestroy(inv, rest, dir)) {
        b.verb('delete').target(targetEnv()).finding('terraform_destroy_preview', `\`${inv.name} destroy\` deletes a pull request's or CI run's own environment (${scratchDestroy(inv, rest, dir)})`, inv.span);
        return;
      }
      b.verb('delete').target(targetEnv()).destroy('terraform_destroy', `\`${inv.name} destroy\` deletes every resource of the configuration`, inv.span);
      b.summary(`${inv.name} destroy`);
      return;
    case 'apply': {
      const t = targetEnv();
      b.verb('deploy').target(t);
      if (hasFlag(rest, '-destroy') && scratchDestroy(inv, rest, dir)) {
        b.verb('delete').finding('terraform_destroy_preview', `\`apply -destroy\` deletes a pull request's or CI run's own environment (${scratchDestroy(inv, rest, dir)})`, inv.span);
        return;
      }
      if (hasFlag(rest, '-destroy')) b.verb('delete').destroy('terraform_apply_destroy', '`apply -destroy` deletes every resource', inv.span);
      for (const r of replaces) b.verb('replace').destroy('terraform_replace', `\`${shown(r)}\` deletes and recreates a resource`, { start: r.start, end: r.end });
      if (!hasFlag(rest, '-destroy') && replaces.length === 0) {
        const planFile = positionals(rest, new Set(['-var', '-var-file', '-target', '-parallelism', '-lock-timeout', '-state', '-state-out', '-backup'])).find((w) => w.value !== null);
        // SECURITY: applying a plan no one has classified: its contents could be anything.
        b.partial('terraform_apply_unseen_plan', planFile ? `\`apply ${shown(planFile)}\` applies a saved plan that is not part of the action` : '`apply` applies changes that have not been shown', inv.span);
        // A12: a saved plan's bytes are bound; without one, production refuses (approve a plan, not a directory).
        if (planFile) inputFile(inv, planFile.value, 'plan');
        else if (!hasFlag(rest, '-refresh-only')) b.finding('terraform_apply_without_plan', '`apply` without a saved plan: what it changes is decided when it runs, not when it is approved');
        b.destroy('terraform_apply_unseen', 'apply of a plan that was not reviewed could delete or replace resources', inv.span);
        if (hasFlag(rest, '-refresh-only')) {
          b.destructive = false;
          b.reversible = true;
        }
      }
      b.summary(`${inv.name} apply`);
      return;
    }
    case 'plan':
    case 'show':
    case 'validate':
    case 'fmt':
    case 'output':
    case 'graph':
    case 'providers':
    case 'version':
    case 'console':
    case 'get':
    case 'init':
    case 'login':
    case 'test':
    case 'hclfmt':
    case 'render-json':
    case 'output-module-groups':
    case 'metadata':
    case 'modules':
      b.verb('read').target(targetEnv());
      if (sub === 'plan' && hasFlag(rest, '-destroy')) b.finding('terraform_plan_destroy', '`plan -destroy` only shows what would be deleted');
      return;
    case 'refresh':
      b.verb('write').target(targetEnv());
      return;
    case 'import':
    case 'untaint':
      b.verb('write').target(targetEnv());
      return;
    case 'force-unlock':
      // Terraform CLI reference: "If you unlock the state when someone else is holding the lock it could cause multiple
      // writers"; the lock is the safeguard against two runs writing one state, and the command takes it away.
      b.verb('write').target(targetEnv()).destroy('safeguard_off', `\`${inv.name} force-unlock\` removes a state lock another run may hold: two writers can corrupt the state`, inv.span);
      return;
    case 'taint':
      b.verb('replace').target(targetEnv()).destroy('terraform_taint', '`taint` makes the next apply replace the resource', inv.span);
      return;
    case 'state': {
      const op = rest[0]?.value;
      // `state rm|mv -dry-run` only reports the instances that match (Terraform and OpenTofu CLI reference).
      if (op === 'list' || op === 'show' || op === 'pull' || ((op === 'rm' || op === 'mv') && hasFlag(rest, '-dry-run', '--dry-run'))) {
        b.verb('read').target(targetEnv());
        return;
      }
      b.verb('write').target(targetEnv());
      // `state rm` only forgets the binding: "the remote object continues to exist" (Terraform CLI reference), the
      // same effect as a plan's `forget` action (a `removed` block); `terraform import` binds it again. `state mv`
      // binds the same object to another address (as a `moved` block does): nothing is destroyed or recreated, and a
      // second `state mv` puts it back.
      if (op === 'rm' || op === 'mv') return;
      if (op === 'push' || op === 'replace-provider' || op === null) {
        b.verb('delete').destroy('terraform_state_change', `\`state ${op ?? '?'}\` rewrites what terraform manages`, inv.span);
      }
      return;
    }
    case 'workspace': {
      const op = rest[0]?.value;
      if (op === 'delete') {
        const name = rest[rest.length - 1]?.value;
        b.verb('delete').target(envTarget(inv, 'terraform', `tf-workspace:${name ?? '?'}`, [clue('tf_workspaces', name)]));
        // A pull request's workspace is a scratch environment made to be thrown away (as its namespace and release are).
        if (rest.length > 1 && name && namesScratchEnvironment(name)) b.finding('terraform_workspace_preview', `\`workspace delete ${name}\` drops a pull request's or CI run's workspace`, inv.span);
        else b.destroy('terraform_workspace_delete', '`workspace delete` drops a workspace and its state', inv.span);
      } else b.verb(op === 'new' ? 'write' : 'read');
      // Later commands of this input act in the workspace chosen here (`terraform workspace select prod && terraform destroy`).
      const name = rest[rest.length - 1]?.value;
      if ((op === 'select' || op === 'new') && rest.length > 1 && name && !name.startsWith('-')) inv.scope.tfWorkspace = name;
      return;
    }
    default:
      b.verb('exec').target(targetEnv()).partial('terraform_unknown_subcommand', `\`${inv.name} ${sub}\` is not a subcommand we know`, inv.span);
  }
}

/**
 * The lead's answer 172 (round 25): for pulumi stacks a bare `run-N` part (a number) names a CI run as `pr-N` names a pull
 * request (`run-881`, `shop-run-881`): read as that pull request's name would be, so a production or staging part wins.
 */
function namesPulumiRun(name: string): boolean {
  const m = /^((?:[a-z0-9.-]*-)?)run-(\d{1,6})((?:-[a-z0-9.-]*)?)$/.exec(name.toLowerCase().replace(/_/g, '-'));
  return m !== null && namesScratchEnvironment(`${m[1]!}pr-${m[2]!}${m[3]!}`);
}

export function pulumi(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['-s', '--stack', '-C', '--cwd', '--target', '-t', '--replace', '-m', '--message', '--config-file']));
  const sub = pos[0]?.value ?? null;
  // `pulumi stack rm|select|init|output NAME` names the stack as an operand.
  // A resource URN names its stack (`urn:pulumi:STACK::PROJECT::TYPE::NAME`, Pulumi's resource names reference).
  // Also as an operand (`pulumi state delete|unprotect|rename URN`).
  const urnStack = [...optionValues(inv.args, '--replace', '--target', '-t', '--target-replace', '--exclude'), ...pos.map((w) => w.value)].map((v) => /^urn:pulumi:([^:]+)::/.exec(v ?? '')?.[1]).find((v) => v !== undefined);
  const stack = optionValue(inv.args, '-s', '--stack') ?? (sub === 'stack' && /^(rm|remove|select|init|output|history|export|import|tag|change-secrets-provider|unselect)$/.test(pos[1]?.value ?? '') ? pos[2]?.value : undefined) ?? urnStack;
  const t = envTarget(inv, 'terraform', `pulumi:${stack ?? inv.scope.cwd ?? '.'}`, [clue('tf_workspaces', stack), clue('names', stack), clue('names', optionValue(inv.args, '-C', '--cwd'))]);
  b.target(t);
  // `destroy --preview-only` "only show a preview of the destroy, but don't perform the destroy itself" (pulumi destroy
  // reference). A pull request's stack is a scratch environment made to be thrown away: destroying its resources loses
  // nothing. `stack rm` of it stays destructive: it deletes the stack's history and configuration, the only record of what
  // it deployed, and with `--force` leaves its resources running with nothing left to destroy them.
  const scratch = stack !== undefined && stack !== null && (namesScratchEnvironment(stack.split('/').pop()!) || namesPulumiRun(stack.split('/').pop()!));
  if ((sub === 'destroy' || sub === 'down') && hasFlag(inv.args, '--preview-only')) {
    b.verb('read').finding('dry_run', `\`pulumi ${sub} --preview-only\` only shows what would be deleted`, inv.span);
  } else if ((sub === 'destroy' || sub === 'down') && scratch) {
    b.verb('delete').finding('pulumi_destroy_preview', `\`pulumi ${sub}\` deletes a pull request's or CI run's stack's resources`, inv.span);
  } else if (sub === 'destroy' || sub === 'down') {
    b.verb('delete').destroy('pulumi_destroy', `\`pulumi ${sub}\` deletes every resource of the stack`, inv.span);
  } else if (sub === 'up' || sub === 'update') {
    b.verb('deploy');
    if (hasFlag(inv.args, '--replace', '--target-replace')) b.verb('replace').destroy('pulumi_replace', '`--replace` deletes and recreates resources', inv.span);
    else b.partial('pulumi_up_unseen', '`pulumi up` applies changes that have not been shown', inv.span).destroy('pulumi_up_unseen', 'an unreviewed update could delete or replace resources', inv.span);
  } else if (sub === 'stack' && (pos[1]?.value === 'rm' || pos[1]?.value === 'remove') && scratch && !hasFlag(inv.args, '--force', '-f')) {
    // The lead's answer 144 (round 24): without `--force` pulumi refuses while resources remain, so a pull request's or
    // run's stack removed so is an empty preview's record, as `terraform workspace delete pr-412` is.
    b.verb('delete').finding('pulumi_stack_rm_preview', "`pulumi stack rm` of a pull request's or CI run's empty stack", inv.span);
  } else if (sub === 'stack' && (pos[1]?.value === 'rm' || pos[1]?.value === 'remove')) {
    b.verb('delete').destroy('pulumi_stack_rm', '`pulumi stack rm` deletes the stack and its history', inv.span);
  } else if (sub === 'env' && (pos[1]?.value === 'rm' || pos[1]?.value === 'remove') && pos.length === 3) {
    // The lead's answer 368.1 (round 36): `pulumi env rm [ORG/][PROJECT/]ENV` deletes a Pulumi ESC environment with its
    // values, secrets and revisions: data lost. A pull request's or CI run's environment is a scratch one (answer 72).
    // With a PATH (`pulumi env rm ENV PATH`) one value goes, kept in the environment's earlier revision (below).
    const env = pos[2]!.value;
    if (env !== null && namesScratchEnvironment(env.split('/').pop()!)) b.verb('delete').finding('pulumi_env_rm_preview', `\`pulumi env rm ${env}\` deletes a pull request's or CI run's environment`, inv.span);
    else b.verb('delete').destroy('pulumi_env_rm', `\`pulumi env rm ${pos[2] ? shown(pos[2]) : '?'}\` deletes the ESC environment with its values and secrets`, inv.span);
  } else if (sub === 'env' && (pos[1]?.value === 'rm' || pos[1]?.value === 'remove') && pos.length === 4) {
    // One value of an environment removed (Pulumi ESC `env rm ENV PATH`): an update of configuration, kept in the
    // environment's revision history (`pulumi env version rollback`), as one config value set again is a write.
    b.verb('write').finding('pulumi_env_value_rm', `\`pulumi env rm\` removes one value of the environment; its earlier revision keeps it`, inv.span);
  } else if (sub === 'state' && pos[1]?.value === 'delete') {
    // "Deletes a resource from a stack's state" (Pulumi CLI reference): the cloud resource stays, as with `terraform state
    // rm`, and `pulumi import` binds it again.
    b.verb('write');
  } else if (sub === 'state' && pos[1]?.value === 'unprotect') {
    b.verb('write').destroy('safeguard_off', '`pulumi state unprotect` lets a later update or destroy delete the resource', inv.span);
  } else if (sub === 'policy' && pos[1]?.value === 'disable') {
    // The lead's answer 379.2 (round 37): `pulumi policy disable ORG/PACK` switches off a policy pack's enforcement for the
    // organisation's stacks (Pulumi CrossGuard): its compliance and security rules no longer stop an update. A safeguard off.
    b.verb('write').destroy('safeguard_off', `\`pulumi policy disable ${pos[2] ? shown(pos[2]) : '?'}\` switches off a policy pack: its rules no longer stop an update`, inv.span);
  } else if (sub === 'policy' && /^(enable|publish|new|validate-config)$/.test(pos[1]?.value ?? '')) {
    b.verb('write');
  } else if (sub === 'policy' && /^(ls|group)$/.test(pos[1]?.value ?? '')) {
    b.verb('read');
  } else if (sub === 'preview' || sub === 'stack' || sub === 'config' || sub === 'whoami' || sub === 'about' || sub === 'version' || sub === 'logs') {
    b.verb('read');
  } else b.verb('exec').partial('pulumi_unknown', `\`pulumi ${sub ?? '?'}\``, inv.span);
}

/** A CamelCase name's words joined by `-` (`WebPreviewPr1423Stack` is `Web-Preview-Pr-1423-Stack`). */
export function camelCaseWords(name: string): string {
  return name.replace(/([a-z])([A-Z0-9])/g, '$1-$2').replace(/([0-9])([A-Za-z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2');
}

export function cdk(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['-a', '--app', '-c', '--context', '--profile', '-o', '--output']));
  const sub = pos[0]?.value ?? null;
  const stacks = pos.slice(1).map(shown);
  const t = envTarget(inv, 'cloud', `cdk:${stacks.join(',') || '*'}`, [clue('aws_profiles', optionValue(inv.args, '--profile') ?? inv.env.ctx.awsProfile), ...stacks.map((s) => clue('names', s))]);
  b.target(t);
  // Stacks each named for one pull request or CI run (`cdk destroy --force ApiStack-pr-412`), as a pulumi stack of one is;
  // a CDK stack's CamelCase name read by its words (`WebPreviewPr1423Stack`: web-preview-pr-1423-stack; answer 339).
  if (sub === 'destroy' && stacks.length > 0 && !hasFlag(inv.args, '--all') && pos.slice(1).every((w) => w.value !== null && (namesScratchEnvironment(w.value) || namesScratchEnvironment(camelCaseWords(w.value)))) && ![...inv.args.map((a) => a.value), inv.env.ctx.awsProfile].some((v) => v === null || /^(production|staging)$/.test(heuristicEnvironment(v ?? '') ?? ''))) b.verb('delete').finding('cdk_destroy_preview', `\`${inv.name} destroy\` deletes a pull request's or CI run's own stacks`, inv.span);
  else if (sub === 'destroy') b.verb('delete').destroy('cdk_destroy', `\`${inv.name} destroy\` deletes the stacks`, inv.span);
  else if (sub === 'deploy') b.verb('deploy').partial('cdk_deploy_unseen', 'deploys changes that have not been shown', inv.span).destroy('cdk_deploy_unseen', 'an unreviewed deploy could replace resources', inv.span);
  else if (sub === 'diff' || sub === 'synth' || sub === 'synthesize' || sub === 'ls' || sub === 'list' || sub === 'doctor' || sub === 'version' || sub === 'get' || sub === 'plan') b.verb('read');
  else b.verb('exec').partial('cdk_unknown', `\`${inv.name} ${sub ?? '?'}\``, inv.span);
}

const KUBE_VALUED = new Set(['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-l', '--selector', '-o', '--output', '-f', '--filename', '-c', '--container', '--replicas', '--field-selector', '--grace-period', '--timeout', '-s', '--server', '--token', '--as', '--type', '--patch', '-p', '--image', '--port', '--for', '--sort-by', '-k', '--kustomize', '--prune-allowlist', '--cascade', '--resource-version', '--current-replicas', '--duration']);

function kubeTarget(inv: Invocation, what: string, manifestNs: readonly string[] = []) {
  const ctx = optionValue(inv.args, '--context') ?? inv.env.ctx.kubeContext;
  const ns = optionValue(inv.args, '-n', '--namespace') ?? inv.env.ctx.kubeNamespace;
  // Manifests and kustomizations name their environment as often as contexts do (`-f k8s/production/`, `-k overlays/staging`).
  const files = [...optionValues(inv.args, '-f', '--filename'), ...optionValues(inv.args, '-k', '--kustomize')].map((f) => clue('names', f));
  // A kubeconfig file is named for the cluster it reaches (`--kubeconfig ~/.kube/prod-us.yaml`), as `KUBECONFIG=` is.
  const clues = [clue('kube_contexts', ctx), clue('kube_namespaces', ns), clue('names', ctx), clue('names', ns), clue('names', what), ...files, clue('names', optionValue(inv.args, '--kubeconfig') ?? envVar(inv, 'KUBECONFIG')), ...manifestNs.flatMap((n) => [clue('kube_namespaces', n), clue('names', n)])];
  return envTarget(inv, 'kubernetes', `k8s:${ctx ?? '?'}/${ns ? `ns/${ns}/` : ''}${what}`, clues);
}

/**
 * Objects a controller recreates, or that only record finished work, by kind. Names follow the
 * controllers' naming: a ReplicaSet is `<deployment>-<pod-template-hash>` and its pods, like a
 * DaemonSet's or a Job's, `<owner>-<5 characters>`, both drawn from Kubernetes' safe alphabet
 * (`bcdfghjklmnpqrstvwxz2456789`); a StatefulSet's pods are `<statefulset>-<ordinal>`, which a bare pod
 * can be named too, so an ordinal alone does not show an owner; a CronJob's jobs are `<cronjob>-<scheduled minute>`. Events and leases are rewritten by the
 * components that own them, EndpointSlices by the endpoint controller.
 */
const SAFE = '[bcdfghjklmnpqrstvwxz2456789]';
/**
 * A per-pull-request preview environment's name: a `pr-NUMBER` (or `prNUMBER`) part (`preview-pr-2291`, `pr-1234-preview`,
 * `web-pr-1834`), the names CI gives the namespaces and releases it makes for each pull request and removes when the pull
 * request closes: a scratch environment made to be thrown away. A bare number (`preview-42`) is not enough, and a name
 * with a production or staging part (`prod-pr-1234`, `shop-stg-pr-12`) is that tier's, not a preview (round 18).
 */
export const PER_PULL_REQUEST = new RegExp(String.raw`^${NO_TIER_PART}(?:[a-z0-9.-]*-)?pr-?\d{1,6}(?:-[a-z0-9.-]*)?$`);
/**
 * A namespace a CI or end-to-end run makes for itself: an `e2e` or `ci` part, then the run's number (`e2e-run-48213`,
 * `ci-7731`, `checkout-e2e-51234`), the way test frameworks and pipelines name the namespace they delete when the run
 * ends; up to two words may come between (`ci-it-run-88213`, `e2e-run-48213`: the lead's answer 54). A bare `e2e` or `ci`
 * namespace (a long-lived test environment) is not one, nor one with a production or staging part (run-names.ts
 * `ciRunName`, the one reading of a run's name).
 */
export const PER_RUN = CI_RUN_NAME;

/**
 * A resource's name that says it is a pull request's preview (PER_PULL_REQUEST, a review app: PER_REVIEW_APP) or a CI run's own (PER_RUN), with the
 * spellings other tools allow: any case, `_` for `-` (`rg-billing-PR-4812`, `Billing_ci_7731`, a SQL Server database).
 * A name that also says production or staging (`prod-pr-123`, `shop-staging-ci-7731`) is not one: the tier wins.
 */
/**
 * The lead's answer 235 (round 28): GitLab's review apps are named for their branch (`review-feat-login`, the
 * `review/$CI_COMMIT_REF_SLUG` environment's resources): a preview, as `pr-N` is, unless a part names production or staging.
 * A single service word after `review-` (`review-api`, `review-worker`) names a code-review service, not a branch (answer 265).
 * One word may come first, the service's (`web-review-fix-login`: the lead's answer 284, round 29).
 */
export const PER_REVIEW_APP = /^(?!(?:[a-z0-9.-]*[-.])?(?:prod|prd|production|live|stag|stg|stage|staging|preprod|uat)\d*(?:[-.]|$))(?:[a-z0-9]+-)?review-(?!(?:api|service|svc|worker|web|app|db|database|backend|frontend|server|ui|gateway|bot|queue|cache)s?$)[a-z0-9][a-z0-9-]*$/;
export function namesScratchEnvironment(name: string): boolean {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (!PER_PULL_REQUEST.test(n) && !PER_RUN.test(n) && !PER_REVIEW_APP.test(n)) return false;
  const tier = heuristicEnvironment(name);
  return tier !== 'production' && tier !== 'staging';
}

/**
 * The part of a warehouse object's container parts (`catalog.schema`, `DATABASE.SCHEMA`) that is a pull request's or CI
 * run's own (namesScratchEnvironment), or undefined; none when another part names production (`prod.pr_123`: a pull
 * request's schema kept in the production catalog is still in production's reach, the lead's rule at round 19's merge).
 */
export function scratchContainerPart(parts: readonly string[]): string | undefined {
  if (parts.some((p) => heuristicEnvironment(p) === 'production')) return undefined;
  return parts.find((p) => namesScratchEnvironment(p));
}

/**
 * A VM, volume, dataset or cluster on this machine named as a throwaway: a `scratch`, `test`, `ci` or `ephemeral` part
 * (`scratch-fedora.qcow2`, `tank/scratch/build-cache`, `ci-test-runner-17`, `tank/vm/ci-runner@clean`), with no part that
 * names production or staging, no glob and no `..` (the lead's answer 66, answer 36's exception for this machine's own things).
 */
export const LOCAL_THROWAWAY = /^(?!.*\.\.)(?![\w.@/-]*?(?:(?<!\S)|[-_.@/])(?:prod|prd|production|live|stag|stg|stage|staging|preprod|uat)\d*(?:[-_.@/\s]|$))(?:[\w.@/-]*[-_.@/])?(?:scratch|test|ci|ephemeral)(?:[-_.@/][\w.@/-]*)?$/i;

/** `SUBCOMMAND NAME…` where every name is a throwaway on this machine (LOCAL_THROWAWAY), for tool data. */
// The start-of-name tests are `(?<!\S)`, not `^`, so that they hold for each name inside the joined operands.
export function LOCAL_THROWAWAY_OPERANDS(sub: string): RegExp {
  return new RegExp(`^${sub}( ${LOCAL_THROWAWAY.source.replace(/^\^|\$$/g, '')})+$`, 'i');
}

/**
 * A local cluster (kind, k3d, minikube on the agent's machine) named as scratch by a whole word of answer 72's list
 * (test-data.ts SCRATCH_WORDS: scratch, test, ci, e2e, sandbox, tmp, temp, temporary, ephemeral, …) between `-`, `_` and
 * `.` (`scratch`, `sandbox`, `dev-sandbox`, `test-ingress`, `ci`, `ci-e2e`): the lead's answer 90. A bare `ci` or `e2e`
 * counts here (answer 84's shared-resource rule is for things every run shares; a local cluster is this machine's only).
 * Not with a production, staging or kept-copy word, a glob, `..`, or the word inside another word (`latest`, `citadel`).
 */
const scratchNamePattern = (words: string): string => String.raw`(?!\S*\.\.)(?!(?:[\w.-]*[-_.])?(?:prod|prd|production|live|stag|stg|stage|staging|preprod|uat|backups?|bak|archived?|snapshots?)\d*(?:[-_.\s]|$))(?:[\w.-]*[-_.])?(?:${words})(?:[-_.][\w.-]*)?(?=\s|$)`;
const SCRATCH_CLUSTER_NAME = scratchNamePattern('test|tests|testing|autotest|loadtest|ci|e2e|scratch|sandbox|tmp|temp|temporary|ephemeral');
export const LOCAL_SCRATCH_CLUSTER = new RegExp(`^${SCRATCH_CLUSTER_NAME}$`, 'i');

/**
 * A shared service's resource (a queue, a vhost, a topic, a consumer group, a job) named as scratch by a whole word of
 * answer 72's list, as SCRATCH_CLUSTER_NAME reads it, but not a bare `ci`/`e2e` name (`ci`, `e2e`, `ci-e2e`): on a server
 * others use that is every run's long-lived resource (the lead's answer 84), nor `sandbox` alone (answer 216).
 * `test.notifications`, `ci-run-7781`, `loadtest-k6`, `ci-9931-it`, `sandbox-test`: yes; `ci`, `latest-orders`, `prod-test`,
 * `test-backup`, `sandbox-redis`: no.
 */
// Not `sandbox` alone (`sandbox-redis`, `orders-sandbox`): a developer's sandbox is dev data (the lead's answer 216, decision
// 36); `sandbox-test` is named test.
const SCRATCH_RESOURCE_NAME = String.raw`(?!(?:ci|e2e)(?:[-_.](?:ci|e2e))*(?=\s|$))${scratchNamePattern('test|tests|testing|autotest|loadtest|ci|e2e|scratch|tmp|temp|temporary|ephemeral')}`;
export const SCRATCH_RESOURCE = new RegExp(`^${SCRATCH_RESOURCE_NAME}$`, 'i');

/** `SUBCOMMAND NAME…` where every name is a shared service's scratch resource (SCRATCH_RESOURCE), for tool data. */
export function SCRATCH_RESOURCE_OPERANDS(sub: string): RegExp {
  return new RegExp(`^${sub}( ${SCRATCH_RESOURCE_NAME})+$`, 'i');
}

/** `SUBCOMMAND NAME…` where every name is a local scratch cluster (LOCAL_SCRATCH_CLUSTER), for tool data. */
export function LOCAL_SCRATCH_CLUSTER_OPERANDS(sub: string): RegExp {
  return new RegExp(`^${sub}( ${SCRATCH_CLUSTER_NAME})+$`, 'i');
}

/** `SUBCOMMAND NAME…` where every name is a pull request's scratch environment (PER_PULL_REQUEST), for tool data. */
export function PER_PULL_REQUEST_OPERANDS(sub: string): RegExp {
  // A review app named for its branch is a pull request's preview too (the lead's answer 235).
  const name = [PER_PULL_REQUEST, PER_REVIEW_APP].map((r) => `(?:${r.source.replace(/^\^|\$$/g, '')})`).join('|');
  return new RegExp(`^${sub}( (?:${name}))+$`);
}

/**
 * Cluster-scoped kinds (and `all`, which kubectl expands only to namespaced kinds but we read strictly): a `-n` does not
 * narrow them to a namespace (Kubernetes API reference, "namespaced: false").
 */
const CLUSTER_SCOPED = /^(namespaces?|ns|nodes?|no|persistentvolumes?|pv|customresourcedefinitions?|crds?|clusterroles?|clusterrolebindings?|storageclass(es)?|sc|priorityclass(es)?|pc|(validating|mutating)webhookconfigurations?|apiservices?|csidrivers?|csinodes?|volumeattachments?|runtimeclass(es)?|ingressclass(es)?|clusterissuers?|certificatesigningrequests?|csr)(\.|$)/;

/** Pod names of a training job's replicas (Kubeflow training operator: `<job>-<replica type>-<index>`; `master` left out: Helm charts' StatefulSets use it, `redis-master-0`). */
const TRAINING_REPLICA = /-(worker|chief|ps|evaluator|launcher)-\d+$/;

/**
 * Objects a controller makes and makes again (Kubernetes docs, "Workload Management" and "Garbage Collection": owners and
 * dependents), by kind, with the names their controller gives them: deleting one loses nothing its owner does not bring
 * back. A kind not in this table (Deployment, Service, ConfigMap, Secret, PVC, Namespace…) is the owner itself, and
 * deleting it stays destructive unless the names show a scratch environment.
 * - `name`: the generated names (a ReplicaSet's or DaemonSet's pod `<owner>-<5 safe characters>`, a Deployment's
 *   ReplicaSet `<deployment>-<pod-template-hash>`, a CronJob's Job `<cronjob>-<scheduled minutes>`, a run's numbered Job);
 * - `ordinal`: a StatefulSet's pod, `<statefulset>-<ordinal>` ("StatefulSets", Pod Identity), recreated with the same
 *   name and volumes, unless forced (`--force --grace-period=0`: "Force Delete StatefulSet Pods" warns that two pods may
 *   then run with the same identity) or named as a training job's replica (`<job>-worker-3`: the Kubeflow training
 *   operator names its pods so, and its restart policy may not replace them);
 * - `selector`: picked by a label selector in one namespace (`delete pods -l app=web`): the lead's round-14 decision, the
 *   pods of a workload's selector are its controller's, recreated; across every namespace it is not known to be one;
 * - `finished`: a field selector that picks only finished objects; `any`: every object of the kind is remade.
 */
/**
 * The lead's answer 164 (round 24): a namespace named `WORD-preview-N` or `preview-N` (a number: the pull request's, as CI
 * names it) is per-pull-request as `pr-N` is. Namespaces only; a production or staging part (PER_PULL_REQUEST's guard) or a
 * word after the number (`preview-2-data`) is not one.
 */
const PREVIEW_NUMBER_NAMESPACE = new RegExp(String.raw`^${NO_TIER_PART}(?:[a-z0-9.-]*-)?preview-\d{1,6}$`);
/**
 * The lead's answer 190 (round 26): answer 164's `preview-N` reaches IIS sites, app pools and applications and Azure App
 * Service deployment slots (`Remove-WebAppPool preview-388`, `Remove-AzWebAppSlot … -Slot preview-12`), by the same name.
 */
export function namesPreviewNumber(name: string): boolean {
  return PREVIEW_NUMBER_NAMESPACE.test(name.toLowerCase());
}

/**
 * The lead's answer 215 (round 27): a name made for one pull request or one CI run (`web-pr-412`, `e2e-run-48213`,
 * `preview-88`, `run-4410`, a prefix `pr-12/`): previews live in staging projects and clusters, so naming staging does not
 * refuse such a name's benign reading; the scratch words' readings (`scratch`, `test`, `tmp`) are refused by staging. Any
 * segment of a path or URL may be the name (`gs://previews/pr-12/`).
 */
export function namesPreviewOrRun(name: string): boolean {
  return name.split(/[/:]/).some((seg) => seg !== '' && seg !== '..' && (namesScratchEnvironment(seg) || namesPreviewNumber(seg) || (ONE_RUN_NAME.test(seg.toLowerCase()) && !/^(production|staging)$/.test(heuristicEnvironment(seg) ?? ''))));
}

/** Whether a name-based benign reading of `names` is refused by staging too (answer 215): unless one of them is a preview's or a run's. */
export function stagingRefusesNames(names: ReadonlyArray<string | null>): boolean {
  return !names.some((n) => n !== null && namesPreviewOrRun(n));
}

/**
 * The lead's answer 214 (round 27): an environment a name says is a preview or a developer's (`payments-dev`, `web-pr-412`,
 * `checkout-preview-88`, `shop-review`, `api-test`, `search-e2e`): answer 72's names with the dev tier's. Not `sandbox` alone
 * (answer 216: a developer's sandbox is dev data), and never a name with a production or staging part (heuristicEnvironment
 * ranks those first). For operations that redeploy or prune such an environment (`argocd app sync --prune`).
 */
const PREVIEW_OR_DEV_WORD = /^(dev|develop|development|dev\d+|test|tests|testing|qa|preview|review|ci|e2e|ephemeral|scratch|tmp|temp|temporary)$/;
export function namesPreviewOrDevEnvironment(name: string): boolean {
  if (namesScratchEnvironment(name) || namesPreviewNumber(name)) return true;
  const tier = heuristicEnvironment(name);
  return (tier === 'dev' || tier === null) && name.toLowerCase().split(/[^a-z0-9]+/).some((w) => PREVIEW_OR_DEV_WORD.test(w));
}
const KUBE_DISPOSABLE: ReadonlyArray<{ kinds: RegExp; name?: RegExp; ordinal?: RegExp; selector?: boolean; any?: boolean; finished?: RegExp; byName?: true; why: string }> = [
  { kinds: /^(namespaces?|ns)$/, name: new RegExp(`${PER_PULL_REQUEST.source}|${PER_RUN.source}|${PREVIEW_NUMBER_NAMESPACE.source}|${PER_REVIEW_APP.source}`), byName: true, why: 'a per-pull-request preview, review app or CI run\'s namespace, made to be thrown away' },
  { kinds: /^(pods?|po)$/, name: new RegExp(`^[a-z0-9.-]+-${SAFE}{5}$`), ordinal: /^[a-z0-9.-]*[a-z][a-z0-9.-]*-\d{1,4}$/, selector: true, finished: /^status\.phase(==|=)(Succeeded|Failed)$/, why: 'its controller (ReplicaSet, DaemonSet, StatefulSet or Job) recreates it, or it has finished' },
  { kinds: /^(replicasets?|rs)$/, name: new RegExp(`^[a-z0-9.-]+-${SAFE}{6,10}$`), why: 'its Deployment recreates it, or it is an old revision' },
  // A Job named for one numbered or dated run (`db-migrate-4821`, `db-migrate-20261204-1`: a release's or pipeline's run
  // number, a date with a run after it) is one run's record, as a CronJob's `<cronjob>-<scheduled minute>` is; a Job with no
  // number (`db-migrate`) may be the one running (round 26, the corpus's finished-job labels).
  // Not a Job whose name says a safeguard or delivery (`pg-backup-20261204`, `trivy-scan-4821`): a backup or a release cut
  // short is not a record removed (the lead's answer 214, as answer 182 reads a paused job; SAFEGUARD_OR_DELIVERY_WORKFLOW).
  { kinds: /^(jobs?)(\.batch)?$/, name: new RegExp(`^(?!.*(?:${SAFEGUARD_OR_DELIVERY_WORKFLOW.source}))[a-z0-9.-]*[a-z][a-z0-9.-]*-(\\d{8,}|\\d{4,7}|\\d{8}-\\d{1,4})$`), finished: /^status\.(successful=1|succeeded=1|failed=\d+)$/, why: 'it is one numbered run (a CronJob\'s scheduled run, a migration\'s or pipeline\'s run), kept only as its record' },
  { kinds: /^(events?|ev)(\.events\.k8s\.io)?$/, any: true, why: 'events are records that expire on their own' },
  { kinds: /^(leases?)(\.coordination\.k8s\.io)?$/, any: true, why: 'leases are taken again by their holders' },
  // The root CA bundle every namespace gets: kube-controller-manager's root-ca-cert-publisher publishes it again at once.
  { kinds: /^(configmaps?|cm)$/, name: /^kube-root-ca\.crt$/, why: 'the root-ca-cert-publisher controller publishes it again in every namespace' },
  { kinds: /^(endpointslices?|endpoints|ep)(\.discovery\.k8s\.io)?$/, any: true, why: 'the endpoint controller rewrites them from the Service' },
  // cert-manager: a Certificate's requests are made by its controller (`<certificate>-` with a generated suffix, or the
  // revision number with stable names) and made again while the Certificate needs issuing; ACME orders and challenges
  // (`<request>-<hash>`) are made again by the request and order controllers. The Certificate and its Secret stay.
  // Failed ones passed on by a filter (listingFilter: a condition's reason, which no field selector reads) are records of
  // failures too (round 27).
  { kinds: /^(certificaterequests?|crs?)(\.cert-manager\.io)?$/, name: new RegExp(`^[a-z0-9.-]+-(${SAFE}{5}|\\d{1,4})$`), finished: /(?!)/, why: 'cert-manager\'s Certificate controller makes its requests and makes a new one when it needs to' },
  { kinds: /^(orders?|challenges?)(\.acme\.cert-manager\.io)?$/, name: /^[a-z0-9.-]+-\d{6,}$/, why: 'an ACME order or challenge, made again by cert-manager while the certificate is pending' },
];

/** Istio PeerAuthentication: mode PERMISSIVE accepts plain text, DISABLE turns mutual TLS off (Istio security reference). */
const PEER_AUTHENTICATION = /^(peerauthentications?|pa)(\.security\.istio\.io)?$/i;
/** Linkerd's default inbound policy that admits clients without a mesh identity (Linkerd authorization policy reference). */
const LINKERD_OPEN_POLICY = /^config\.linkerd\.io\/default-inbound-policy=(all|cluster)-unauthenticated$/;

const SELECTED_PODS = 'the pods a label selects in one namespace are a workload\'s, which its controller recreates';

/**
 * Why deleting a kind's collection in one namespace loses nothing (an API server's `DELETE …/namespaces/NS/KIND`, with
 * `labelSelector` when `byLabel`), or null: a kind whose every object is remade, or the pods a label selects, read as
 * `kubectl delete KIND -l …` is.
 */
export function disposableKubeCollection(kind: string, byLabel: boolean, fieldSelector?: string): string | null {
  const rule = KUBE_DISPOSABLE.find((r) => r.kinds.test(kind.toLowerCase()));
  if (!rule) return null;
  if (rule.any) return rule.why;
  // A field selector that picks only finished objects (`status.successful=1`), as `kubectl delete KIND --field-selector`.
  if (rule.finished && fieldSelector !== undefined && fieldSelector.split(',').every((f) => rule.finished!.test(f.trim()))) return 'only finished objects are selected';
  return rule.selector && byLabel ? SELECTED_PODS : null;
}

/** Why deleting this one named object loses nothing (a pod or finished job its controller made), or null. */
export function disposableKubeObject(kind: string, name: string): string | null {
  const rule = KUBE_DISPOSABLE.find((r) => r.kinds.test(kind.toLowerCase()));
  if (!rule) return null;
  return rule.any || rule.name?.test(name) ? rule.why : null;
}

/** Why deleting these objects loses nothing, or null. */
export function disposableKubeObjects(operands: Array<string | null>, args: Word[], liveTier = argumentNamesLiveTier(args)): string | null {
  if (operands.length === 0 || operands.some((o) => o === null)) return null;
  const ops = operands as string[];
  const fieldSelector = optionValue(args, '--field-selector');
  const selected = hasFlag(args, '--all', '-l', '--selector', '-A', '--all-namespaces') || fieldSelector !== undefined;
  const forced = forcedDelete(args);
  const byLabel = hasFlag(args, '-l', '--selector') && !hasFlag(args, '--all', '-A', '--all-namespaces') && fieldSelector === undefined && !forced;
  // `kind name...` or `kind/name...`
  const items: Array<{ kind: string; name: string | null }> = ops[0]!.includes('/')
    ? ops.map((o) => ({ kind: o.split('/')[0]!, name: o.split('/')[1] ?? null }))
    : ops[0]!.split(',').length > 1 ? [] : ops.length === 1 ? [{ kind: ops[0]!, name: null }] : ops.slice(1).map((n) => ({ kind: ops[0]!, name: n }));
  if (items.length === 0) return null;
  let why: string | null = null;
  for (const { kind, name } of items) {
    const rule = KUBE_DISPOSABLE.find((r) => r.kinds.test(kind.toLowerCase()));
    if (!rule) return null;
    if (rule.any) {
      why = rule.why;
      continue;
    }
    if (name === null) {
      if (rule.selector && byLabel) {
        why = SELECTED_PODS;
        continue;
      }
      // Every object of the kind: only when the field selector picks finished ones.
      if (!(rule.finished && fieldSelector && fieldSelector.split(',').every((f) => rule.finished!.test(f.trim())))) return null;
      why = 'only finished objects are selected';
      continue;
    }
    if (selected) return null;
    if (rule.name?.test(name) && !(rule.byName && liveTier)) why = rule.why;
    else if (rule.ordinal?.test(name) && !forced && !TRAINING_REPLICA.test(name)) why = 'a StatefulSet\'s pod (`<statefulset>-<ordinal>`), recreated with the same name and volumes';
    else return null;
  }
  return why;
}

/**
 * Kinds that hold no data of their own: the workload, its scaling, its configuration and its routing, made again from the
 * manifests that made them (lead decision, round 16: deleting them in a namespace or context named dev, test, ephemeral or
 * preview is a write). Not here: PersistentVolumeClaims, Secrets, StatefulSets, CronJobs (a backup's schedule), policies
 * and bindings (NetworkPolicy, PodDisruptionBudget, RBAC: safeguards), `all` (it includes StatefulSets), and pods, which
 * KUBE_DISPOSABLE judges by their owner (a training job's replicas are not remade).
 */
const KUBE_NON_DATA = /^(deployments?|deploy|replicasets?|rs|jobs?|services?|svc|configmaps?|cm|horizontalpodautoscalers?|hpa|ingress(es)?|ing|endpoints|ep|endpointslices?|events?|ev)(\.[a-z0-9.-]+)?$/;

/** Whether deleting objects of this kind loses no data of their own (KUBE_NON_DATA). */
export function holdsNoData(kind: string): boolean {
  return KUBE_NON_DATA.test(kind.toLowerCase());
}

/**
 * `kubectl get KIND SELECTORS -o name | xargs kubectl delete`: the names deleted are some of those the listing selected, so
 * the delete is judged as `kubectl delete KIND SELECTORS` (with the delete's own `--force`/`--grace-period`). The delete
 * names no other kind and no other namespace; otherwise null.
 */
function listedDisposable(inv: Invocation, operands: Array<string | null>): string | null {
  const listed = inv.stdin?.kubeListed;
  if (!listed || !operands.includes(null)) return null;
  const singular = (k: string) => k.toLowerCase().replace(/s$/, '');
  if (operands.some((o) => o !== null && singular(o) !== singular(listed.kind))) return null;
  const words = listed.args.map((a) => literalWord(a, inv.span.start, inv.span.end));
  const ns = optionValue(inv.args, '-n', '--namespace');
  const listedNs = optionValue(words, '-n', '--namespace');
  if (ns !== undefined && listedNs !== undefined && ns !== listedNs) return null;
  const forced = inv.args.filter((a) => a.value === '--force' || a.value === '--now' || a.value?.startsWith('--grace-period') || a.value === '0');
  // Only finished objects were passed on (listingFilter), listed in the namespace the delete acts in.
  if (listed.finished || listed.finishedWithNamespace) {
    // Across every namespace, only when the filter printed each name with its own `-n` (`awk '… {print "-n " $1 " " $2}'`)
    // and the delete names no namespace of its own.
    const everyNs = listed.args.some((a) => a === '-A' || a === '--all-namespaces');
    if (everyNs ? ns !== undefined || !listed.finishedWithNamespace : ns !== listedNs) return null;
    return KUBE_DISPOSABLE.find((r) => r.kinds.test(listed.kind.toLowerCase()))?.finished ? 'only finished objects are passed on: evicted or completed pods, succeeded jobs' : null;
  }
  // ReplicaSets scaled to zero are a Deployment's old revisions, which its `revisionHistoryLimit` prunes the same way.
  if (listed.scaledToZero && /^(replicasets?|rs)(\.apps)?$/.test(listed.kind.toLowerCase())) return 'ReplicaSets scaled to zero: a Deployment\'s old revisions, which its revision history limit prunes the same way';
  return disposableKubeObjects([listed.kind], [...words, ...forced]);
}

/**
 * `kubectl get KIND SELECTORS -o json | kubectl delete -f -`: the JSON printed is the live objects the listing selects, with
 * their own namespaces, so the delete removes exactly those, as `kubectl delete KIND SELECTORS` would (round 27): judged by
 * KUBE_DISPOSABLE with the listing's selectors (`--field-selector=status.phase=Failed`: finished pods). Only the listing's
 * own JSON, unfiltered (a jq or grep in between prints something else), and not with another kind or file on the delete.
 */
function listedObjectsDeleted(inv: Invocation): { what: string; why: string | null } | undefined {
  const listed = inv.stdin?.kubeListed;
  if (!listed || listed.format !== 'json' || listed.finished || listed.finishedWithNamespace || listed.scaledToZero) return undefined;
  if (optionValues(inv.args, '-f', '--filename').length !== 1 || hasFlag(inv.args, '-k', '--kustomize', '-R', '--recursive')) return undefined;
  const words = listed.args.map((a) => literalWord(a, inv.span.start, inv.span.end));
  const forced = inv.args.filter((a) => a.value === '--force' || a.value === '--now' || a.value?.startsWith('--grace-period') || a.value === '0');
  return { what: `get ${listed.kind} ${listed.args.join(' ')}`.trim(), why: disposableKubeObjects([listed.kind], [...words, ...forced]) };
}

/**
 * Whether the kubectl command's context or namespace (not an object's own name) names a dev-tier environment (dev, test,
 * ephemeral, preview, sandbox): the most severe of those clues, so `--context prod-eu -n dev` is production.
 */
function inDevNamespace(inv: Invocation): boolean {
  const ctx = optionValue(inv.args, '--context') ?? inv.env.ctx.kubeContext;
  const ns = optionValue(inv.args, '-n', '--namespace') ?? inv.env.ctx.kubeNamespace;
  if (!ns && !ctx) return false;
  const env = resolveEnvironment(inv.env.inventory, [clue('kube_contexts', ctx), clue('kube_namespaces', ns), clue('names', ctx), clue('names', ns), clue('names', optionValue(inv.args, '--kubeconfig') ?? envVar(inv, 'KUBECONFIG'))]);
  const tier = tierOfEnvironment(inv.env.inventory, env);
  return tier === 'dev' || tier === 'sandbox';
}

/**
 * A Go duration (`10m`, `1h30m`, `8760h0m0s`, `90s`) in hours; 0 when absent (`create token` then takes the server's
 * default, an hour); null when it is not a fixed duration.
 */
function goDurationHours(v: string | null | undefined): number | null {
  if (v === undefined) return 0;
  return v === null ? null : durationHours(v, GO_DURATION_UNITS);
}

/** Options of `kubectl get` that select which objects it lists (the rest only shape the output or name the cluster). */
const KUBE_LISTING_SELECTS = new Set(['-n', '--namespace', '-l', '--selector', '--field-selector', '-A', '--all-namespaces', '--context', '--cluster', '--kubeconfig']);
/** Options of `kubectl get` that only shape what it prints. */
const KUBE_LISTING_OUTPUT = /^(-o|--output|--no-headers|--show-kind|--ignore-not-found|--chunk-size|--sort-by|--show-labels|-L|--label-columns|--request-timeout)$/;

/**
 * `kubectl get KIND [options]` that lists one kind (no names, no files, not watching): the kind and its selecting
 * options, for the pipe's reader (Stdin.kubeListed). Undefined for anything else.
 */
export function kubeListing(name: string, args: string[]): { kind: string; args: string[]; scaledToZero?: boolean; format?: string } | undefined {
  if (!/^(kubectl|oc|k|kubecolor)$/.test(name)) return undefined;
  const kept: string[] = [];
  // What the listing prints: `table` (the default columns, or `-o wide`), `json`, or another format (label columns too).
  let printed = 'table';
  const operands: string[] = [];
  // `-o jsonpath='{range .items[?(@.spec.replicas==0)]}…'`: only the objects scaled to zero are printed.
  let scaledToZero = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const flag = a.startsWith('--') ? a.split('=')[0]! : a;
    if (!a.startsWith('-')) {
      operands.push(a);
      continue;
    }
    const joined = a.startsWith('--') && a.includes('=');
    if (KUBE_LISTING_SELECTS.has(flag)) {
      kept.push(a);
      if (!joined && flag !== '-A' && flag !== '--all-namespaces') kept.push(args[++i] ?? '');
    } else if (KUBE_LISTING_OUTPUT.test(flag)) {
      const format = joined ? a.slice(a.indexOf('=') + 1) : /^(-o|--output)$/.test(flag) ? (args[i + 1] ?? '') : '';
      if (/^jsonpath=.*\.items\[\?\(@\.spec\.replicas\s*==\s*0\)\]/.test(format)) scaledToZero = true;
      printed = /^(-o|--output)$/.test(flag) ? (format === 'wide' ? printed : format === 'json' ? 'json' : 'other') : /^(-L|--label-columns|--show-labels|--show-kind)$/.test(flag) ? 'other' : printed;
      if (!joined && /^(-o|--output|--sort-by|-L|--label-columns|--chunk-size|--request-timeout)$/.test(flag)) i++;
    } else return undefined;
  }
  if (operands.length !== 2 || operands[0] !== 'get' || /[/,]/.test(operands[1]!) || operands[1] === 'all') return undefined;
  return scaledToZero ? { kind: operands[1]!, args: kept, scaledToZero, format: printed } : { kind: operands[1]!, args: kept, format: printed };
}

/**
 * A filter on a kubectl listing's pipe that passes on only some of its objects (round 24): `finished` ones by `grep Evicted`
 * or `grep Completed` of the table (STATUS is the only column that holds a capitalised word; names are lower case), or a
 * jq program that selects succeeded or failed objects and prints their names (`.items[] | select(.status.succeeded==1) |
 * .metadata.name`, `select(.status.phase=="Failed")`, `select(.status.reason=="Evicted")`); `scaledToZero` ones by a jq
 * `select(.spec.replicas==0)`, as the listing's own jsonpath filter is read. An inverted, case-blind or file grep is none.
 */
export function listingFilter(name: string, args: string[], format: string | undefined, kind = ''): 'finished' | 'finishedWithNamespace' | 'scaledToZero' | undefined {
  if (/^(grep|egrep)$/.test(name) && format === 'table') {
    const patterns = args.filter((a) => !/^-[wE]+$/.test(a));
    return patterns.length === 1 && !patterns[0]!.startsWith('-') && patterns[0]!.split(/\\?\|/).every((p) => /^(Evicted|Completed)$/.test(p)) ? 'finished' : undefined;
  }
  // awk's test of a column against the same words (`awk '$4=="Evicted" {print "-n " $1 " " $2}'`): only STATUS holds one,
  // so the rows passed on are the finished ones, whatever the action prints of them (round 27).
  const awk = /^g?awk$/.test(name) && format === 'table' && args.length === 1 ? /^\$\d\s*==\s*"(Evicted|Completed)"\s*(\{\s*print(\s*("[-\w ]*"|\$\d))+\s*\})?$/.exec(args[0]!.trim()) : null;
  // `{print "-n " $1 " " $2}` of an every-namespace listing: each name goes with its own namespace.
  if (awk) return /^\{\s*print\s*"-n "\s*\$1\s*" "\s*\$2\s*\}$/.test(awk[2] ?? '') ? 'finishedWithNamespace' : 'finished';
  if (name === 'jq' && format === 'json') {
    const programs = args.filter((a) => a !== '-r' && a !== '--raw-output');
    if (programs.length !== 1 || programs.length === args.length) return undefined;
    const program = programs[0]!.replace(/\s+/g, '');
    const condition = /^\.items\[\]\|select\((.+)\)\|\.metadata\.name$/.exec(program)?.[1] ?? '';
    if (/^(\.status\.(succeeded|failed)(==1|>0|>=1)|\.status\.phase=="(Succeeded|Failed)"|\.status\.reason=="Evicted")$/.test(condition)) return 'finished';
    // A CertificateRequest's failure is a condition's reason (cert-manager API reference), not a phase.
    if (/^(certificaterequests?|crs?)(\.cert-manager\.io)?$/.test(kind.toLowerCase()) && /^\.status\.conditions\[\]\??\.reason=="Failed"$/.test(condition)) return 'finished';
    if (/^\.spec\.replicas==0$/.test(condition)) return 'scaledToZero';
  }
  return undefined;
}

/** `--force` or `--grace-period=0`: the pod is removed from the API before its containers have stopped (kubectl reference). */
function forcedDelete(args: Word[]): boolean {
  return args.some((a) => a.value === '--force' || a.value === '--force=true' || /^--grace-period=0$/.test(a.value ?? '')) || optionValue(args, '--grace-period') === '0';
}

/**
 * What makes a drain lose data or bypass disruption budgets (kubectl drain reference): `--disable-eviction` deletes pods
 * instead of evicting them (PodDisruptionBudgets are not honoured), `--delete-emptydir-data` (formerly
 * `--delete-local-data`) lets pods with emptyDir volumes go with their data, `--force` deletes pods no controller
 * recreates. Without them a drain evicts through the Eviction API, which honours budgets: a write (the lead's decision).
 */
const DRAIN_LOSES: Readonly<Record<string, string>> = {
  '--disable-eviction': 'deletes pods without honouring their disruption budgets',
  '--delete-emptydir-data': 'deletes the data of pods\' emptyDir volumes',
  '--delete-local-data': 'deletes the data of pods\' emptyDir volumes',
  '--force': 'deletes pods no controller recreates',
};

/**
 * Controllers whose pods outlive them when deleted with `--cascade=orphan` (the older `--cascade=false`): kubectl docs,
 * "Delete owner objects and orphan dependents": the ReplicaSets and pods (a StatefulSet's PVCs in any case) keep running,
 * and a controller created again adopts them; the usual way to change a StatefulSet's immutable fields. Not a CronJob:
 * its schedule is what goes.
 */
const POD_CONTROLLER = /^(deployments?|deploy|replicasets?|rs|statefulsets?|sts|daemonsets?|ds|replicationcontrollers?|rc|jobs?)(\.(apps|batch))?$/;

/** Whether deleting these objects with this `--cascade` deletes only pod controllers and orphans their pods. */
function orphansPods(operands: Array<string | null>, cascade: string | null | undefined): boolean {
  if ((cascade !== 'orphan' && cascade !== 'false') || operands.length === 0 || operands.some((o) => o === null)) return false;
  const kinds = operands[0]!.includes('/') ? operands.map((o) => o!.split('/')[0]!) : operands[0]!.split(',');
  return kinds.every((k) => POD_CONTROLLER.test(k.toLowerCase()));
}

/** `cronjob NAME`, `cronjob/NAME`, `cj.batch NAME`: the one CronJob's name, fixed and DNS-shaped; null for anything else. */
function oneCronJobNamed(operands: Array<string | null>): string | null {
  if (operands.length === 0 || operands.length > 2 || operands.some((o) => o === null)) return null;
  const [kind, name] = operands.length === 1 ? (operands[0]!.split('/') as [string, string | undefined]) : [operands[0]!, operands[1]!];
  if (operands.length === 1 && operands[0]!.split('/').length !== 2) return null;
  return /^(cronjobs?|cj)(\.batch)?$/i.test(kind) && name !== undefined && /^[a-z0-9][a-z0-9.-]*$/.test(name) && /[a-z]/.test(name) ? name : null;
}
/** The session's own host named for production or staging (`context.host`). */
function sessionHostLive(inv: Invocation): boolean {
  const host = inv.env.ctx.host;
  return host !== undefined && /^(production|staging)$/.test(heuristicEnvironment(host) ?? '');
}

/** Roles that administer what they are bound over (Kubernetes' user-facing roles that write, plus cluster-admin). */
const ADMIN_ROLES = /^(cluster-admin|admin|edit)$/;

/** Kinds whose `spec.suspend: true` stops their runs (CronJob: no new Job is scheduled; Job: its running pods end). */
const SUSPENDS_RUNS = /^(cronjobs?|cj|jobs?)(\.batch)?$/i;
/** The object a `kubectl patch KIND/NAME` or `kubectl patch KIND NAME` names. */
const patchedName = (resource: string, next: string | null | undefined): string | undefined => (resource.includes('/') ? resource.split('/')[1] : next) ?? undefined;
/** A CronJob suspended whose name is not a safeguard's: a scheduling write (the lead's round-14 decision). */
const routineCronSuspend = (resource: string, next: string | null | undefined): boolean => /^(cronjobs?|cj)(\.batch)?$/i.test(resource.split('/')[0]!) && cronJobSuspendIsRoutine(patchedName(resource, next));
/** Velero's Schedule (`velero schedule pause` sets `spec.paused: true`): no backup is taken until it is unpaused. */
const PAUSES_BACKUPS = /^schedules?(\.velero\.io)?$/i;

/**
 * Patches that take away what keeps an object or its data from being deleted (Kubernetes docs,
 * "Finalizers" and "Persistent Volumes: Reclaiming"): finalizers emptied or removed (a pending deletion
 * goes ahead without its cleanup or protection, e.g. `kubernetes.io/pvc-protection`), and a reclaim
 * policy of `Delete` (the volume and its backing disk are deleted once the claim is released).
 * Adding a finalizer or setting `Retain` protects, and stays a write.
 */
export function patchArmsDeletion(patch: string): string | null {
  if (/finalizers/.test(patch) && (/finalizers"?\s*:\s*(null|\[\s*\]|~)/.test(patch) || /"?op"?\s*:\s*"?remove"?[^}]*finalizers|finalizers[^}]*"?op"?\s*:\s*"?remove\b/.test(patch) || /\$(deleteFromPrimitiveList|retainKeys)\/finalizers|"?\$patch"?\s*:\s*"?(delete|replace)/.test(patch))) {
    return 'removes the finalizers that guard its deletion';
  }
  if (/persistentVolumeReclaimPolicy/.test(patch) && /persistentVolumeReclaimPolicy[^}]*\bDelete\b/.test(patch)) return 'sets the reclaim policy to Delete: the volume and its data go when the claim is released';
  return null;
}

/**
 * Annotations that keep a resource when its owner (Helm, Argo CD, Flux) would delete it; removing one
 * (`key-`) or setting it to a value that no longer protects arms the deletion. From each tool's docs:
 * `helm.sh/resource-policy: keep`, `argocd.argoproj.io/sync-options: Prune=false|Delete=false`,
 * `kustomize.toolkit.fluxcd.io/prune: disabled`.
 */
const KEEP_ANNOTATIONS: ReadonlyArray<{ key: string; keeps: RegExp }> = [
  { key: 'helm.sh/resource-policy', keeps: /^keep$/i },
  { key: 'argocd.argoproj.io/sync-options', keeps: /(^|,)\s*(Prune|Delete)=false\b/i },
  { key: 'kustomize.toolkit.fluxcd.io/prune', keeps: /^disabled$/i },
];

function annotateArmsDeletion(operands: Array<string | null>): string | null {
  for (const o of operands) {
    if (o === null) continue;
    const removed = /^(.+)-$/.exec(o);
    const set = /^([^=]+)=(.*)$/.exec(o);
    const key = removed?.[1] ?? set?.[1];
    const rule = KEEP_ANNOTATIONS.find((r) => r.key === key);
    if (!rule) continue;
    if (removed || !rule.keeps.test(set![2]!)) return `takes away \`${rule.key}\`, which kept it from being deleted`;
  }
  return null;
}

/**
 * kubectl plugins (`kubectl NAME …` runs `kubectl-NAME` from the PATH, krew's index) whose subcommands lose data or take
 * a service down, as data: matched against the plugin's operands joined by single spaces; the first rule decides. A
 * plugin or subcommand not listed keeps the generic reading (an exec we cannot judge).
 * - cnpg (CloudNativePG plugin reference): `destroy CLUSTER INSTANCE` "deletes an instance and all its associated PVCs";
 *   `hibernate on` shuts the cluster down (its PVCs stay); `fencing on` stops PostgreSQL on the fenced instances;
 *   `restart`, `reload`, `promote`, `backup`, `status`, `report`, `logs` and the `off` forms lose nothing.
 * - virt (KubeVirt's virtctl as a plugin): `stop`, `pause` and `freeze` take a virtual machine out of service; `start`,
 *   `restart`, `migrate`, `unpause` and `unfreeze` bring it back or move it.
 * - rabbitmq (the RabbitMQ cluster operator's plugin): `delete INSTANCE` deletes the RabbitmqCluster and its data.
 * - rook-ceph (kubectl-rook-ceph's command reference): `ceph`, `rbd` and `rados` run that CLI with the arguments given,
 *   so they are judged as that CLI (`runs`); `destroy-cluster` removes the cluster "with guaranteed data loss", `rook
 *   purge-osd` permanently removes OSDs, `subvolume delete` deletes CephFS subvolumes; `restore-deleted` restores CRs.
 *
 * A rule with `runs` hands a command line to the shell model: `from: 'operand'` runs the words from the operand that
 * names the CLI (`kubectl rook-ceph ceph osd pool delete …` is `ceph osd pool delete …`); `from: 'dashdash'` runs the
 * CLI with the words after `--` (CloudNativePG: `kubectl cnpg psql CLUSTER -- ARGS` is `psql ARGS` in the primary; with
 * no `--` it is psql reading standard input or an interactive session).
 */
type PluginRule = { sub: RegExp; effect: 'destroy' | 'outage' | 'write' | 'read'; what: string } | { sub: RegExp; runs: string; from: 'operand' | 'dashdash' };
const KUBECTL_PLUGIN_OPS: Readonly<Record<string, ReadonlyArray<PluginRule>>> = {
  'rook-ceph': [
    { sub: /^ceph\b/, runs: 'ceph', from: 'operand' },
    { sub: /^rbd\b/, runs: 'rbd', from: 'operand' },
    { sub: /^rados\b/, runs: 'rados', from: 'operand' },
    { sub: /^(destroy-cluster|rook purge-osd|subvolume (delete|rm))\b/, effect: 'destroy', what: 'deletes the Ceph cluster, OSDs or subvolumes and their data' },
    { sub: /^restore-deleted\b/, effect: 'write', what: 'restores custom resources stuck in deletion' },
    { sub: /^(health|mons|rook (status|version)|dr health|subvolume ls|version)\b/, effect: 'read', what: 'shows the cluster' },
  ],
  cnpg: [
    { sub: /^psql\b/, runs: 'psql', from: 'dashdash' },
    { sub: /^destroy\b/, effect: 'destroy', what: 'deletes a PostgreSQL instance and its PVCs' },
    { sub: /^hibernate on\b/, effect: 'outage', what: 'shuts the PostgreSQL cluster down (its PVCs are kept)' },
    { sub: /^fencing on\b/, effect: 'outage', what: 'stops PostgreSQL on the fenced instances' },
    { sub: /^(hibernate off|fencing off|restart|reload|promote|backup|maintenance|certificate)\b/, effect: 'write', what: 'restarts, promotes, backs up or resumes; nothing is lost' },
    { sub: /^(status|report|logs|version)\b/, effect: 'read', what: 'shows the cluster' },
  ],
  virt: [
    { sub: /^(stop|pause|freeze)\b/, effect: 'outage', what: 'takes the virtual machine out of service' },
    { sub: /^(start|restart|migrate|unpause|unfreeze)\b/, effect: 'write', what: 'starts, restarts or moves the virtual machine' },
  ],
  rabbitmq: [{ sub: /^delete\b/, effect: 'destroy', what: 'deletes the RabbitMQ cluster and its data' }],
};

/** A kubectl plugin's subcommand judged from `KUBECTL_PLUGIN_OPS`; false when the plugin or subcommand is not listed. */
function kubectlPlugin(inv: Invocation, plugin: string, operands: Word[]): boolean {
  const line = operands.map((w) => w.value ?? '?').join(' ');
  const rule = KUBECTL_PLUGIN_OPS[plugin]?.find((r) => r.sub.test(line));
  if (!rule) return false;
  const b = inv.env.b;
  if ('runs' in rule) {
    b.verb('exec');
    if (rule.from === 'dashdash') {
      const dd = inv.args.findIndex((a) => a.value === '--');
      inv.dispatch([literalWord(rule.runs, inv.span.start, inv.span.end), ...(dd === -1 ? [] : inv.args.slice(dd + 1))], inv.stdin);
    } else {
      // The operand word itself (an option value such as `-n ceph` is not the CLI).
      inv.dispatch(inv.args.slice(inv.args.indexOf(operands[0]!)), inv.stdin);
    }
    return true;
  }
  const label = `\`${inv.name} ${plugin} ${line.slice(0, 60)}\``;
  if (rule.effect === 'destroy') b.verb('delete').destroy('kubectl_plugin_delete', `${label} ${rule.what}`, inv.span);
  else if (rule.effect === 'outage') b.verb('write').destroy('service_outage', `${label} ${rule.what}`, inv.span);
  else b.verb(rule.effect).finding(`kubectl_plugin_${rule.effect}`, `${label} ${rule.what}`, inv.span);
  return true;
}

/**
 * Context switchers: `kubectx NAME` makes NAME the current context (as `kubectl config use-context NAME`), `kubens NAME`
 * the current namespace, `k9s --context NAME` opens on that context: the name says which environment is acted on.
 */
export function kubeSwitcher(inv: Invocation): void {
  const b = inv.env.b;
  const named = inv.name === 'k9s' ? optionValue(inv.args, '--context') : inv.args.find((a) => a.value !== null && !a.value.startsWith('-') && a.value !== '-')?.value;
  const switches = inv.name !== 'k9s' && named !== undefined && named !== null;
  b.verb(switches ? 'write' : 'read');
  if (named === undefined || named === null) return;
  const kind = inv.name === 'kubens' ? 'kube_namespaces' : 'kube_contexts';
  b.target(envTarget(inv, 'kubernetes', `k8s:${inv.name === 'kubens' ? `ns/${named}` : named}`, [clue(kind, named), clue('names', named)]));
}

/** Whether an option's comma-separated values include `*` (`--verb='*'`, `--resource=pods,*`). */
function everyValue(args: Word[], name: string): boolean {
  return optionValues(args, name).some((v) => v !== null && v.split(',').includes('*'));
}

export function kubectl(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, KUBE_VALUED);
  const sub = pos[0]?.value ?? null;
  const what = pos.slice(1).map(shown).join('/') || (hasFlag(inv.args, '-f', '--filename') ? `file:${optionValue(inv.args, '-f', '--filename') ?? '?'}` : '*');
  // kubectl still reads the old boolean form: `--dry-run=false` is `none`; the last `--dry-run` word counts (hasFlag).
  const dry = hasFlag(inv.args, '--dry-run');
  // `kubectl -h`, `kubectl delete -h`: kubectl's `-h, --help` flag is read anywhere before `--` and prints the command's help
  // instead of running it, as `--help` does (HELP_ANYWHERE; round 29, t29).
  const dashes = inv.args.findIndex((a) => a.value === '--');
  if (hasFlag(dashes === -1 ? inv.args : inv.args.slice(0, dashes), '-h')) {
    b.verb('read');
    return;
  }
  if (sub === null) {
    b.opaque('kubectl_dynamic', '`kubectl` subcommand is not fixed', inv.span);
    return;
  }
  // Manifests the input shows (`kubectl apply -f - <<EOF`) name their namespace as `-n` does.
  // tree-sitter-bash drops the `-` of `-f - <<EOF` (the command ends at `-f`), so a final `-f` with a heredoc reads it.
  const last = inv.args[inv.args.length - 1]?.value;
  const fromStdin = optionValues(inv.args, '-f', '--filename').includes('-') || ((last === '-f' || last === '--filename') && inv.stdin?.producer === 'a heredoc');
  const t = kubeTarget(inv, what, fromStdin && inv.stdin?.text != null && !hasFlag(inv.args, '-n', '--namespace') ? manifestNamespaces(inv.stdin.text) : []);
  b.target(t);
  if (dry) {
    b.verb('read').finding('dry_run', `\`${inv.name} ${sub} --dry-run\` changes nothing`);
    return;
  }
  const all = hasFlag(inv.args, '--all', '-A', '--all-namespaces');
  if (sub === 'apply' || sub === 'create' || sub === 'replace' || sub === 'delete') {
    // A12: what is applied is the files' content, so the approval binds it, not only their names.
    const recursive = hasFlag(inv.args, '-R', '--recursive');
    // `kubectl get … -o json | kubectl delete -f -`: the live objects the listing selects, judged by it (listedObjectsDeleted).
    const listedObjects = sub === 'delete' && fromStdin ? listedObjectsDeleted(inv) : undefined;
    for (const f of optionValues(inv.args, '-f', '--filename')) if (!(f === '-' && listedObjects !== undefined)) inputFile(inv, f, 'manifest', recursive);
    for (const k of optionValues(inv.args, '-k', '--kustomize')) inputFile(inv, k, 'kustomization', true);
    // Manifests the input shows (`kubectl apply -f - <<EOF`): judged as the same change made on the command line.
    if (sub !== 'delete' && fromStdin && inv.stdin?.text != null) {
      const found = manifestFindings(inv.stdin.text);
      if (found === null) b.opaque('manifest_unreadable', `the manifests \`${inv.name} ${sub}\` reads on standard input are not readable YAML or JSON objects`, inv.span);
      for (const f of found ?? []) {
        const verb = manifestEffectVerb(f.effect);
        if (verb) b.verb(verb);
        b.destroy(f.code, `\`${inv.name} ${sub} -f -\`: the manifest ${f.message}`, inv.span);
      }
    }
  }
  switch (sub) {
    case 'get': case 'describe': case 'logs': case 'top': case 'explain': case 'api-resources': case 'api-versions': case 'version':
    case 'cluster-info': case 'diff': case 'events': case 'wait': case 'kustomize': case 'completion': case 'plugin': case 'options':
      b.verb('read');
      return;
    case 'config':
      b.verb(pos[1]?.value === 'view' || pos[1]?.value?.startsWith('get') || pos[1]?.value === 'current-context' ? 'read' : 'write');
      if (pos[1]?.value === 'delete-context' || pos[1]?.value === 'delete-cluster') b.verb('delete');
      return;
    case 'auth':
      b.verb(pos[1]?.value === 'reconcile' ? 'permissions' : 'read');
      return;
    case 'delete': {
      const listedObjects = fromStdin && pos.length === 1 ? listedObjectsDeleted(inv) : undefined;
      if (listedObjects !== undefined) {
        if (listedObjects.why !== null) b.verb('delete').finding('kubectl_delete_disposable', `\`${inv.name} delete -f -\` of \`${listedObjects.what}\`: ${listedObjects.why}`, inv.span);
        else {
          b.verb('delete').destroy('kubectl_delete', `\`${inv.name} delete -f -\` deletes every object \`${listedObjects.what}\` lists`, inv.span);
          b.summary(`${inv.name} delete ${listedObjects.what}`);
        }
        return;
      }
      // A namespace named for a preview is refused by a context or namespace that names production (the lead's answer 72:
      // never when anything names production; answer 215 leaves staging's previews alone), as an argument naming it is.
      const contextProduction = t.environment !== null && tierOfEnvironment(inv.env.inventory, t.environment) === 'production';
      const recreated = disposableKubeObjects(pos.slice(1).map((w) => w.value), inv.args, invocationNamesLiveTier(inv) || contextProduction) ?? listedDisposable(inv, pos.slice(1).map((w) => w.value));
      if (recreated) {
        b.verb('delete').finding('kubectl_delete_disposable', `\`${inv.name} delete ${what}\`: ${recreated}`, inv.span);
        return;
      }
      // Namespaced objects inside a pull request's preview namespace (`delete hpa --all -n preview-pr-2231`) or a CI run's
      // own (`delete pvc --all -n ci-48213`, PER_RUN: round 21's rule, a per-run scratch resource is disposable): that
      // scratch environment is thrown away whole, so any part of it is too. Named kinds only (manifests may name another
      // namespace), none cluster-scoped (`-n` does not reach a Namespace, PersistentVolume, CRD or node), and not `-A`.
      const kinds = pos[1]?.value?.split('/')[0]?.split(',') ?? [];
      const inNs = optionValue(inv.args, '-n', '--namespace') ?? inv.env.ctx.kubeNamespace;
      if (kinds.length > 0 && inNs && (PER_PULL_REQUEST.test(inNs) || PER_RUN.test(inNs) || PER_REVIEW_APP.test(inNs)) && !invocationNamesLiveTier(inv) && !hasFlag(inv.args, '-A', '--all-namespaces', '-f', '--filename', '-k', '--kustomize') && kinds.every((k) => k !== '' && !CLUSTER_SCOPED.test(k.toLowerCase()))) {
        const whose = PER_RUN.test(inNs) ? 'CI run\'s own' : 'per-pull-request preview';
        b.verb('delete').finding('kubectl_delete_disposable', `\`${inv.name} delete ${what}\` in the ${whose} namespace \`${inNs}\`: a scratch environment made to be thrown away`, inv.span);
        return;
      }
      // Objects that hold no data (Deployment, Service, ConfigMap, HPA, Job, Ingress…) in a namespace or context named dev:
      // the lead's decision (round 16), a write. Named kinds only (manifests may hold anything), not forced, not `-A`.
      if (kinds.length > 0 && !hasFlag(inv.args, '-A', '--all-namespaces', '-f', '--filename', '-k', '--kustomize') && !forcedDelete(inv.args) && kinds.every((k) => KUBE_NON_DATA.test(k.toLowerCase())) && inDevNamespace(inv)) {
        b.verb('delete').finding('kubectl_delete_dev_objects', `\`${inv.name} delete ${what}\` in a dev namespace: objects that hold no data, made again from their manifests`, inv.span);
        return;
      }
      // Objects that hold no data, each named for a pull request's preview or a CI run by its own name (`delete ingress
      // web-pr-77 -n previews`: namesScratchEnvironment), in a namespace and context that name neither production nor
      // staging: the preview's own routing and workload (answer 129: objects are judged by their own names; answer 64: not
      // inside production's). Named objects only: no `--all`, selector, `-A`, files or force (round 24).
      const named = pos[1]?.value?.includes('/') ? pos.slice(1).map((w) => w.value?.split('/') ?? []) : pos.slice(2).map((w) => [pos[1]?.value ?? '', w.value ?? '']);
      const tier = t.environment === null ? null : tierOfEnvironment(inv.env.inventory, t.environment);
      if (named.length > 0 && tier !== 'production' && tier !== 'staging' && pos.every((w) => w.value !== null) && !hasFlag(inv.args, '--all', '-l', '--selector', '--field-selector', '-A', '--all-namespaces', '-f', '--filename', '-k', '--kustomize') && !forcedDelete(inv.args) && named.every(([kind, name]) => kind !== undefined && name !== undefined && KUBE_NON_DATA.test(kind.toLowerCase()) && namesScratchEnvironment(name))) {
        b.verb('delete').finding('kubectl_delete_disposable', `\`${inv.name} delete ${what}\`: objects that hold no data, named for a pull request's preview or a CI run`, inv.span);
        return;
      }
      // Manifests or a kustomization of a pull request's preview (`-k overlays/preview-pr-412`, `-f deploy/pr-88/`): what
      // they made is that scratch environment, as a preview namespace or release is (PER_PULL_REQUEST).
      const sources = [...optionValues(inv.args, '-f', '--filename'), ...optionValues(inv.args, '-k', '--kustomize')];
      if (pos.length === 1 && sources.length > 0 && sources.every((f) => f !== null && f.split(/[\\/]/).some((seg) => PER_PULL_REQUEST.test(seg)))) {
        b.verb('delete').finding('kubectl_delete_disposable', `\`${inv.name} delete\` of a per-pull-request preview's manifests: a scratch environment made to be thrown away`, inv.span);
        return;
      }
      // The lead's answer 214: manifests or a kustomization the input does not show (`kustomize build overlays/preview |
      // kubectl delete -n pr-412 -f -`, `-k DIR`), deleted in a pull request's or CI run's namespace: answer 176 would make
      // the namespace's objects the preview's, but the manifests may name cluster-scoped objects or another namespace,
      // which `-n` does not confine. Not known: unknown. Elsewhere such a delete stays destructive.
      if (pos.length === 1 && sources.length > 0 && inNs && (PER_PULL_REQUEST.test(inNs) || PER_RUN.test(inNs) || PER_REVIEW_APP.test(inNs) || namesPreviewNumber(inNs)) && !invocationNamesLiveTier(inv) && !hasFlag(inv.args, '-A', '--all-namespaces')) {
        b.opaque('kubectl_delete_manifests_unseen', `\`${inv.name} delete\` in the preview namespace \`${inNs}\` of manifests the input does not show: they may hold cluster-scoped objects or another namespace's, which \`-n\` does not confine`, inv.span);
        return;
      }
      if (orphansPods(pos.slice(1).map((w) => w.value), optionValue(inv.args, '--cascade'))) {
        b.verb('delete').finding('kubectl_delete_orphan', `\`${inv.name} delete ${what} --cascade=orphan\` deletes the controller only; its pods keep running`, inv.span);
        return;
      }
      // The lead's answer 373.3 (round 37): 365.5 reaches a Kubernetes CronJob deleted by one fixed name that is no
      // safeguard's (kept-agents.ts cronJobSafeguard: backup, update, antivirus, logging, certificate renewal, monitoring,
      // sync), outside production: its schedule goes, as one named cron line's (369.3) or scheduled task's (360.1) does: a write.
      const cronJob = oneCronJobNamed(pos.slice(1).map((w) => w.value));
      if (cronJob !== null && tier !== 'production' && tier !== 'staging' && !cronJobSafeguard(cronJob) && !/^(production|staging)$/.test(heuristicEnvironment(cronJob) ?? '') && !invocationNamesLiveTier(inv, true) && !hasFlag(inv.args, '--all', '-l', '--selector', '--field-selector', '-A', '--all-namespaces', '-f', '--filename', '-k', '--kustomize') && !sessionHostLive(inv)) {
        b.verb('delete').finding('cron_job_removed', `\`${inv.name} delete ${what}\` removes one scheduled job by name, no safeguard's, outside production (answer 373.3)`, inv.span);
        return;
      }
      b.verb('delete').destroy('kubectl_delete', `\`${inv.name} delete ${what}\`${all ? ' (all)' : ''}`, inv.span);
      if (/^(ns|namespace|namespaces|node|nodes|pv|persistentvolume|pvc|persistentvolumeclaim|crd|customresourcedefinition)/.test(pos[1]?.value ?? '')) t.critical = true;
      b.summary(`${inv.name} delete ${what}`);
      return;
    }
    case 'drain': {
      const loses = Object.keys(DRAIN_LOSES).filter((f) => inv.args.some((a) => a.value === f || a.value === `${f}=true`));
      if (loses.length === 0) {
        b.verb('write').finding('kubectl_drain_evicts', '`drain` evicts the node\'s pods through the Eviction API, which honours their disruption budgets; controllers recreate them elsewhere', inv.span);
        return;
      }
      b.verb('write', 'delete').destroy('kubectl_drain', `\`drain\` ${loses.map((f) => `${f} ${DRAIN_LOSES[f]}`).join('; ')}`, inv.span);
      return;
    }
    case 'replace':
      b.verb('replace', 'deploy');
      if (hasFlag(inv.args, '--force')) b.destroy('kubectl_replace_force', '`replace --force` deletes and recreates the resource', inv.span);
      // The namespace `finalize` subresource (`replace --raw /api/v1/namespaces/NS/finalize`): the way finalizers are forced
      // off a namespace stuck terminating; what they would have cleaned up is orphaned, as with a patch that removes them.
      if (/\/namespaces\/[^/]+\/finalize\/?$/.test(optionValue(inv.args, '--raw') ?? '')) b.verb('delete').destroy('kubectl_finalizers_forced', '`replace --raw …/finalize` forces the namespace\'s finalizers off: their cleanup is skipped', inv.span);
      return;
    case 'apply':
    case 'create':
      b.verb('deploy');
      // The lead's answer 364.3 (round 35): `create job NAME --from=cronjob/CRON` runs the cron job's defined job now, as
      // `gcloud run jobs execute` runs a job by its name (answer 350.2): a deploy, and one whose name (the cron job's or
      // the new job's) says it destroys is answer 336.7's unseen script.
      if (sub === 'create' && pos[1]?.value === 'job') {
        const from = optionValue(inv.args, '--from');
        if (typeof from === 'string' && /^cronjob(\.batch)?\//i.test(from)) [from.replace(/^[^/]*\//, ''), pos[2]?.value ?? null].some((n) => judgeDestroyNamedScript(inv, n, `\`${inv.name} create job --from=${from}\` runs a job the action does not show`));
      }
      if (hasFlag(inv.args, '--prune')) b.verb('delete').destroy('kubectl_apply_prune', '`apply --prune` deletes resources missing from the manifests', inv.span);
      if (sub === 'create' && /^(rolebinding|clusterrolebinding|role|clusterrole|serviceaccount|token|secret)$/.test(pos[1]?.value ?? '')) b.verb('permissions');
      // A binding of cluster-admin, or of any role to every user (`system:authenticated`, `system:unauthenticated`, the
      // anonymous user): Kubernetes RBAC's own warning roles, access control lifted rather than granted.
      if (sub === 'create' && /^(rolebinding|clusterrolebinding)$/.test(pos[1]?.value ?? '')) {
        const everyone = [...optionValues(inv.args, '--group'), ...optionValues(inv.args, '--user')].find((v) => v !== null && /^system:(authenticated|unauthenticated|anonymous)$/.test(v));
        if (optionValue(inv.args, '--clusterrole') === 'cluster-admin' || everyone) b.verb('permissions').destroy('admin_grant', `\`kubectl create ${pos[1]!.value}\` binds ${everyone ? `every user (\`${everyone}\`)` : 'cluster-admin'}`, inv.span);
        // An administrative role (cluster-admin, admin, edit) for a namespace's `default` service account, which every pod
        // that names none runs as, or for every service account (`system:serviceaccounts[:NS]`): Kubernetes RBAC good
        // practice warns against both, as the grant reaches workloads nobody chose.
        const role = optionValue(inv.args, '--clusterrole', '--role');
        const pods = [...optionValues(inv.args, '--serviceaccount').filter((v) => v !== null && /:default$/.test(v)), ...optionValues(inv.args, '--group').filter((v) => v !== null && /^system:serviceaccounts(:|$)/.test(v))][0];
        if (role && ADMIN_ROLES.test(role) && pods && !everyone) b.verb('permissions').destroy('admin_grant', `\`kubectl create ${pos[1]!.value}\` binds \`${role}\` to \`${pods}\`: ${pods.startsWith('system:') ? 'every service account gets it' : 'every pod that names no service account gets it'}`, inv.span);
      }
      // A role of every verb on every resource is cluster-admin under another name (as a manifest's `rules`, kube-manifest.ts).
      if (sub === 'create' && /^(role|clusterrole)$/.test(pos[1]?.value ?? '') && everyValue(inv.args, '--verb') && everyValue(inv.args, '--resource')) {
        b.verb('permissions').destroy('admin_grant', `\`kubectl create ${pos[1]!.value}\` grants every verb on every resource`, inv.span);
      }
      // `kubectl create token SA --duration D` prints a bearer token for the service account; one valid for more than a day
      // is a standing credential rather than a session's (kubectl reference: the default is the API server's, an hour).
      if (sub === 'create' && pos[1]?.value === 'token') {
        const hours = inv.args.some((a) => a.value === null && a.text.startsWith('--duration')) ? null : goDurationHours(optionValue(inv.args, '--duration'));
        if (hours === null || hours > 24) b.verb('permissions').destroy('long_lived_credential', `\`${inv.name} create token\` issues a bearer token valid for ${hours === null ? 'a time the input does not fix' : `${Math.round(hours)} hours`}: a standing credential`, inv.span);
      }
      if (hasFlag(inv.args, '--force')) b.verb('replace').destroy('kubectl_force', '`--force` deletes and recreates resources', inv.span);
      return;
    case 'scale': {
      b.verb('write');
      const replicas = optionValue(inv.args, '--replicas');
      // Availability (docs/classifier-evaluation.md): an outage, a write like every stop (not a delete).
      if (replicas === null || replicas === '0') {
        // Staging scaled to zero is parked, not lost (the lead's decision, round 15); so is a dev or test namespace (round 17,
        // decision 28).
        if (replicas === '0' && (isStaging(inv.env.inventory, t.environment) || devNamespace(inv, t.environment))) b.finding('kubectl_scale_zero_parked', `\`scale --replicas=0\` parks \`${t.environment}\`: its pods stop and scaling up brings them back`, inv.span);
        else b.destroy('kubectl_scale_zero', '`scale --replicas=0` stops every pod', inv.span);
      }
      return;
    }
    case 'exec': case 'debug': case 'attach': case 'run': {
      b.verb('exec');
      const dd = inv.args.findIndex((a) => a.value === '--');
      if (dd !== -1 && inv.args.length > dd + 1) {
        const before = inv.env.b.destructive;
        inv.dispatch(inv.args.slice(dd + 1), inv.stdin);
        if (!before && inv.env.b.destructive) b.finding('kubectl_exec_destructive', `a destructive command runs inside \`${what}\``, inv.span);
      } else if (sub !== 'run') b.opaque('interactive_shell', `\`kubectl ${sub}\` without a command opens an interactive session`, inv.span);
      return;
    }
    case 'cordon': case 'uncordon': case 'label': case 'annotate': case 'patch': case 'edit': case 'set': case 'rollout': case 'autoscale':
    case 'expose': case 'taint': case 'cp': case 'certificate':
      b.verb(sub === 'rollout' ? 'deploy' : 'write');
      // `kubectl edit` opens an editor on the live object: what is saved is typed in the session, not in the input. Against
      // production that is an interactive session on a live system (the lead's decision 29, round 17): unknown.
      if (sub === 'edit' && t.environment !== null && tierOfEnvironment(inv.env.inventory, t.environment) === 'production') b.opaque('interactive_live_edit', `\`kubectl edit\` on \`${t.environment}\`: the change is typed in an editor on a live object`, inv.span);
      if (sub === 'certificate') b.verb('permissions');
      // `kubectl expose … --type=LoadBalancer` of a database (by its workload's name or port, public-access.ts): a cloud
      // load balancer reachable from every address is put in front of it, unless the cluster is a local one
      // (kind, minikube, k3d, Docker Desktop) whose load balancer is this machine's. A web frontend so published, or a
      // database behind a ClusterIP, stays a deploy.
      if (sub === 'expose' && /^loadbalancer$/i.test(optionValue(inv.args, '--type') ?? '') && !optionValue(inv.args, '--load-balancer-ip') && !LOCAL_CLUSTER.test(optionValue(inv.args, '--context') ?? inv.env.ctx.kubeContext ?? '')) {
        const target = pos[1]?.value?.includes('/') ? pos[1].value.split('/')[1]! : (pos[2]?.value ?? null);
        if (namesDatabase(target, [...optionValues(inv.args, '--port'), ...optionValues(inv.args, '--target-port')])) b.verb('permissions').destroy('public_access', `\`${inv.name} expose ${pos.slice(1, 3).map(shown).join(' ')}\` puts a load balancer every address reaches in front of a database`, inv.span);
      }
      if (sub === 'rollout' && pos[1]?.value === 'undo') b.verb('replace');
      if (sub === 'patch' && /replicas"?\s*:\s*0\b/.test(optionValue(inv.args, '-p', '--patch') ?? '')) {
        if (isStaging(inv.env.inventory, t.environment) || devNamespace(inv, t.environment)) b.finding('kubectl_scale_zero_parked', `patch sets replicas to 0 in \`${t.environment}\`: parked, not lost`, inv.span);
        else b.verb('delete').destroy('kubectl_scale_zero', 'patch sets replicas to 0', inv.span);
      }
      // Round 42 (bl42virt): a KubeVirt VirtualMachine patched to `runStrategy: Halted` (or `running: false`) is stopped
      // (KubeVirt's run strategies): out of service as `virtctl stop`; in staging or a dev namespace parked, as replicas 0.
      if (sub === 'patch' && /^(vms?|virtualmachines?)(\.kubevirt\.io)?$/i.test((pos[1]?.value ?? '').split('/')[0]!) && /runStrategy"?\s*:\s*"?Halted\b|"?running"?\s*:\s*false\b/.test(optionValue(inv.args, '-p', '--patch') ?? '')) {
        if (isStaging(inv.env.inventory, t.environment) || devNamespace(inv, t.environment)) b.finding('kubectl_scale_zero_parked', `patch stops the virtual machine in \`${t.environment}\`: parked, not lost`, inv.span);
        else b.verb('write').destroy('service_outage', `\`${inv.name} patch ${what}\` stops the virtual machine`, inv.span);
      }
      if (sub === 'patch' && !routineCronSuspend(pos[1]?.value ?? '', pos[2]?.value) && SUSPENDS_RUNS.test((pos[1]?.value ?? '').split('/')[0]!) && /suspend"?\s*:\s*true\b/.test(optionValue(inv.args, '-p', '--patch') ?? '')) {
        b.destroy('kubectl_suspend_runs', `\`${inv.name} patch ${what}\` suspends it: no run starts until it is resumed (a Job's running pods end)`, inv.span);
      }
      if (sub === 'patch' && PEER_AUTHENTICATION.test((pos[1]?.value ?? '').split('/')[0]!) && /mode"?\s*:\s*"?(PERMISSIVE|DISABLE)\b/.test(optionValue(inv.args, '-p', '--patch') ?? '')) {
        b.destroy('safeguard_off', `\`${inv.name} patch ${what}\` no longer enforces mutual TLS: plain-text traffic is accepted`, inv.span);
      }
      // Round 42 (bl42pki): a patch that sets a certificate check off by a key that says so (cert-manager's Vault issuer
      // `skipTLSVerify: true`, a kubeconfig-style `insecureSkipTLSVerify`, Argo CD's `insecure`): setting-switches.ts.
      if (sub === 'patch') {
        const skipped = [...(optionValue(inv.args, '-p', '--patch') ?? '').matchAll(/"?([A-Za-z_][\w]*)"?\s*:\s*"?(true|1|yes)\b/g)].find((m) => skipsTlsChecks(m[1]!, m[2]!));
        if (skipped) b.destroy('safeguard_off', `\`${inv.name} patch ${what}\` sets \`${skipped[1]}\`: certificate checks are skipped`, inv.span);
      }
      if (sub === 'annotate' && pos.slice(1).some((w) => LINKERD_OPEN_POLICY.test(w.value ?? ''))) b.destroy('safeguard_off', `\`${inv.name} annotate ${what}\` admits clients without a mesh identity`, inv.span);
      // Annotations a controller acts on by taking the service down or opening it (KEDA paused-replicas 0, CloudNativePG
      // hibernation, an ingress allowlist of every address): kube-manifest.ts, shared with manifests and patches.
      if (sub === 'annotate') {
        for (const f of pos.slice(2).flatMap((w) => (w.value === null ? [] : [annotationFinding(w.value)])).filter((f) => f !== null)) {
          // KEDA paused-replicas 0 in staging parks it, as `scale --replicas=0` there (the lead's decision, round 15).
          if (f.scaleToZero && isStaging(inv.env.inventory, t.environment)) {
            b.finding('kubectl_scale_zero_parked', `\`${inv.name} annotate ${shown(pos[1]!)}\` ${f.message} in \`${t.environment}\`: parked, not lost`, inv.span);
            continue;
          }
          const verb = manifestEffectVerb(f.effect);
          if (verb) b.verb(verb);
          b.destroy(f.code, `\`${inv.name} annotate ${shown(pos[1]!)}\` ${f.message}`, inv.span);
        }
      }
      if (sub === 'label') {
        const off = pos.slice(2).map((w) => (w.value === null ? null : labelSwitchesSafeguardOff(w.value))).find((x) => x !== null);
        if (off) b.destroy('safeguard_off', `\`${inv.name} label ${shown(pos[1]!)}\` ${off}`, inv.span);
      }
      // A NoExecute taint evicts every running pod that does not tolerate it, as a drain does (Kubernetes "Taints and
      // Tolerations"); NoSchedule and PreferNoSchedule only steer new pods, and `…-` removes a taint.
      if (sub === 'taint' && pos.slice(2).some((w) => /:NoExecute$/.test(w.value ?? ''))) b.destroy('kubectl_taint_evict', `\`${inv.name} taint ${what}\` with effect NoExecute evicts the pods that do not tolerate it`, inv.span);
      if (sub === 'patch' && PAUSES_BACKUPS.test((pos[1]?.value ?? '').split('/')[0]!) && /paused"?\s*:\s*true\b/.test(optionValue(inv.args, '-p', '--patch') ?? '')) {
        b.destroy('safeguard_off', `\`${inv.name} patch ${what}\` pauses the backup schedule: no backup is taken until it is unpaused`, inv.span);
      }
      // The object a patch leaves, judged as a manifest of its kind (a Namespace made privileged, a Node tainted
      // NoExecute, a binding moved to cluster-admin or to every user); the readings above stay for their kinds.
      if (sub === 'patch' && pos[1]?.value) {
        for (const f of patchFindings(pos[1].value, optionValue(inv.args, '-p', '--patch') ?? '', patchedName(pos[1].value, pos[2]?.value)) ?? []) {
          if (b.findings.some((x) => x.code === f.code || (f.code === 'kubectl_scale_zero' && x.code === 'kubectl_scale_zero_parked'))) continue;
          if (f.scaleToZero && isStaging(inv.env.inventory, t.environment)) {
            b.finding('kubectl_scale_zero_parked', `\`${inv.name} patch ${what}\` ${f.message} in \`${t.environment}\`: parked, not lost`, inv.span);
            continue;
          }
          const verb = manifestEffectVerb(f.effect);
          if (verb) b.verb(verb);
          b.destroy(f.code, `\`${inv.name} patch ${what}\` ${f.message}`, inv.span);
        }
      }
      // `kubectl set subject` adds subjects to a binding: every user, or anyone to the default cluster-admin binding.
      if (sub === 'set' && pos[1]?.value === 'subject' && /^(clusterrolebinding|rolebinding)s?$/.test((pos[2]?.value ?? '').split('/')[0]!)) {
        const everyone = [...optionValues(inv.args, '--group'), ...optionValues(inv.args, '--user')].find((v) => v !== null && /^system:(authenticated|unauthenticated|anonymous)$/.test(v));
        const binding = (pos[2]!.value ?? '').includes('/') ? pos[2]!.value!.split('/')[1] : pos[3]?.value;
        if (everyone || binding === 'cluster-admin') b.verb('permissions').destroy('admin_grant', `\`${inv.name} set subject\` adds ${everyone ? `every user (\`${everyone}\`)` : 'a subject to the cluster-admin binding'}`, inv.span);
      }
      if (sub === 'patch' || sub === 'annotate') {
        const armed = sub === 'patch' ? patchArmsDeletion(optionValue(inv.args, '-p', '--patch') ?? '') : annotateArmsDeletion(pos.slice(1).map((w) => w.value));
        if (armed) b.verb('delete').destroy('kubectl_deletion_armed', `\`${inv.name} ${sub} ${what}\` ${armed}`, inv.span);
      }
      return;
    case 'port-forward': case 'proxy': {
      b.verb('network');
      // kubectl reference: both listen on localhost unless `--address` says otherwise. On another address whoever reaches
      // this machine reaches the pod's port, or for `proxy` the API server with this user's credentials.
      const open = optionValues(inv.args, '--address').flatMap((v) => (v ?? '?').split(',')).find((a) => !/^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/.test(a.trim()));
      if (open !== undefined) b.verb('permissions').destroy('public_access', `\`${inv.name} ${sub} --address ${open}\` listens beyond this machine: ${sub === 'proxy' ? 'the API server, with these credentials,' : 'the forwarded port'} is reachable from the network`, inv.span);
      return;
    }
    default:
      if (kubectlPlugin(inv, sub, pos.slice(1))) return;
      b.verb('exec').partial('kubectl_unknown', `\`${inv.name} ${sub}\``, inv.span);
  }
}

/** Local clusters by their context names (kind, minikube, k3d, Docker Desktop, Rancher Desktop, OrbStack, microk8s). */
const LOCAL_CLUSTER = /^(kind-.*|minikube|k3d-.*|docker-desktop|docker-for-desktop|rancher-desktop|orbstack|microk8s)$/;

/**
 * helmfile: global options come before the subcommand (`helmfile -e production destroy`); `destroy`
 * (and the older `delete`) uninstalls every release of the state file, `apply`/`sync` deploy.
 */
export function helmfile(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['-e', '--environment', '-f', '--file', '-l', '--selector', '-n', '--namespace', '--kube-context', '--state-values-set', '--state-values-file', '-b', '--helm-binary', '--log-level', '--chart', '-c', '--args', '--concurrency']));
  const sub = pos[0]?.value ?? null;
  const envName = optionValue(inv.args, '-e', '--environment');
  const ctx = optionValue(inv.args, '--kube-context') ?? inv.env.ctx.kubeContext;
  const ns = optionValue(inv.args, '-n', '--namespace') ?? inv.env.ctx.kubeNamespace;
  b.target(envTarget(inv, 'kubernetes', `helmfile:${ctx ?? '?'}/${ns ?? 'default'}/${envName ?? 'default'}`, [clue('kube_contexts', ctx), clue('kube_namespaces', ns), clue('names', envName), clue('names', ctx), clue('names', ns)]));
  if (hasFlag(inv.args, '--dry-run')) {
    b.verb('read').finding('dry_run', '`--dry-run` changes nothing', inv.span);
    return;
  }
  switch (sub) {
    case 'destroy': case 'delete':
      b.verb('delete').destroy('helm_uninstall', `\`helmfile ${sub}\` uninstalls every release of the state file`, inv.span);
      return;
    case 'apply': case 'sync': case 'init':
      b.verb('deploy');
      return;
    case 'diff': case 'template': case 'lint': case 'list': case 'status': case 'build': case 'deps': case 'repos': case 'write-values': case 'version': case 'show-dag': case 'fetch': case 'cache': case 'test': case 'help': case null:
      b.verb('read');
      return;
    default:
      b.verb('exec').partial('helm_unknown', `\`helmfile ${sub}\``, inv.span);
  }
}

/** A `--set` pair that sets a chart's replica count to 0 (`replicaCount=0`, `api.replicas=0`; charts' common value names). */
const ZERO_REPLICAS = /^([\w.-]+\.)?(replicaCount|replicas)=0+$/i;

/**
 * D8 round 17: `helm plugin install URL|PATH` (`add`) and `update` put a plugin's code in helm's plugin folder (and run its
 * install or update hook). On its own it stays what it was (a tool installed from the network: partial, as before); the
 * folder is noted as written with content Portcullis does not see, so a helm call after it in the same input, which loads
 * every plugin there, is unknown (written-config.ts). `list` reads; `uninstall` removes a plugin (a write).
 */
function helmPlugin(inv: Invocation, op: string | null): void {
  const b = inv.env.b;
  if (op === 'list' || op === 'ls') {
    b.verb('read');
    return;
  }
  if (op === 'uninstall' || op === 'remove' || op === 'rm') {
    b.verb('write');
    return;
  }
  b.verb('exec', 'write').partial('helm_plugin_install', `\`helm plugin ${op ?? '?'}\` puts a plugin's code in helm's plugin folder and runs its hook`, inv.span);
  // where helm puts it: its plugin folder as this call and the session route it (HELM_PLUGINS, HELM_DATA_HOME, XDG_DATA_HOME)
  // (helm's helmpath, as `TOOL_CONFIG_FILES` spells it; the first folder of a HELM_PLUGINS list is where it installs)
  const value = (name: string): string | undefined => {
    const v = inv.assignments.has(name) ? inv.assignments.get(name) : inv.scope.vars.has(name) ? inv.scope.vars.get(name) : inv.env.ctx.toolEnv?.[name];
    return v === null ? '?' : v === '' ? undefined : v;
  };
  const folder = value('HELM_PLUGINS')?.split(':')[0] ?? `${value('HELM_DATA_HOME') ?? `${value('XDG_DATA_HOME') ?? '~/.local/share'}/helm`}/plugins`;
  noteWrite(inv.scope, folder === '?' || folder.startsWith('?/') ? null : folder, null);
}

export function helm(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['-n', '--namespace', '--kube-context', '--kubeconfig', '-f', '--values', '--set', '--set-string', '--version', '--timeout', '-o', '--output', '--repo', '--post-renderer']));
  const sub = pos[0]?.value ?? null;
  const release = pos[1]?.value ?? '?';
  const ctx = optionValue(inv.args, '--kube-context') ?? inv.env.ctx.kubeContext;
  const ns = optionValue(inv.args, '-n', '--namespace') ?? inv.env.ctx.kubeNamespace;
  // Values files are named for their environment (`-f values-production.yaml`).
  const values = optionValues(inv.args, '-f', '--values').map((f) => clue('names', f));
  b.target(envTarget(inv, 'kubernetes', `helm:${ctx ?? '?'}/${ns ?? 'default'}/${release}`, [clue('kube_contexts', ctx), clue('kube_namespaces', ns), clue('names', ctx), clue('names', ns), clue('names', release), ...values, clue('names', optionValue(inv.args, '--kubeconfig') ?? envVar(inv, 'KUBECONFIG'))]));
  if (hasFlag(inv.args, '--dry-run')) {
    b.verb('read').finding('dry_run', '`--dry-run` changes nothing');
    return;
  }
  switch (sub) {
    case 'uninstall': case 'delete': case 'del': case 'un':
      // A pull request's preview release or a CI run's own (namesScratchEnvironment: `web-pr-77`, `review-app-ci-88213`), or
      // any release in such a namespace, is scratch (answer 84: a per-run resource deleted singly is disposable).
      if (pos.slice(1).length > 0 && !invocationNamesLiveTier(inv) && (pos.slice(1).every((w) => w.value !== null && namesScratchEnvironment(w.value)) || (ns && namesScratchEnvironment(ns)))) {
        b.verb('delete').finding('helm_uninstall_preview', `\`helm ${sub} ${release}\` removes a pull request's preview or a CI run's release`, inv.span);
        return;
      }
      // A release whose own name marks it scratch or test by a whole word (SCRATCH_RESOURCE: `scratch-redis`, `kafka-test`;
      // not a bare `ci`/`e2e`, answer 84), uninstalled singly by that name: answer 72's disposable resource, refused when
      // anything names production or staging (round 26; answer 129: judged by its own name, not its namespace's).
      if (pos.slice(1).length > 0 && !invocationNamesLiveTier(inv, true) && pos.slice(1).every((w) => w.value !== null && SCRATCH_RESOURCE.test(w.value))) {
        b.verb('delete').finding('helm_uninstall_scratch', `\`helm ${sub} ${release}\` removes a release named as scratch or test (the lead's answer 72)`, inv.span);
        return;
      }
      b.verb('delete').destroy('helm_uninstall', `\`helm ${sub} ${release}\` deletes the release's resources`, inv.span);
      return;
    case 'upgrade': case 'install':
      b.verb('deploy');
      for (const f of optionValues(inv.args, '-f', '--values')) inputFile(inv, f, 'values');
      if (hasFlag(inv.args, '--force', '--replace')) b.verb('replace').destroy('helm_force', '`--force` deletes and recreates resources', inv.span);
      // Availability (docs/classifier-evaluation.md): a chart's replica count set to 0 scales the workload to zero.
      for (const set of optionValues(inv.args, '--set', '--set-string')) {
        const zero = set?.split(',').find((kv) => ZERO_REPLICAS.test(kv.trim()));
        if (zero) b.destroy('helm_scale_zero', `\`--set ${zero}\` scales the release's workload to zero`, inv.span);
        // A value the chart writes into an annotation or field that opens the service (helm-values.ts).
        for (const f of set === null ? [] : helmSetFindings(set)) {
          const verb = manifestEffectVerb(f.effect);
          if (verb) b.verb(verb);
          b.destroy(f.code, `\`helm ${sub} ${release} --set\` ${f.message}`, inv.span);
        }
      }
      return;
    case 'rollback':
      b.verb('deploy', 'replace');
      return;
    case 'list': case 'ls': case 'status': case 'get': case 'history': case 'template': case 'lint': case 'show': case 'search': case 'repo':
    case 'version': case 'diff': case 'dependency': case 'dep': case 'package': case 'pull': case 'env': case 'verify': case 'test':
      b.verb('read');
      return;
    case 'plugin':
      return helmPlugin(inv, pos[1]?.value ?? null);
    default:
      b.verb('exec').partial('helm_unknown', `\`helm ${sub ?? '?'}\``, inv.span);
  }
}

/**
 * A dev or test namespace or kube context (the lead's decision 28, round 17): the namespace (`-n`, the session's) or the
 * context names dev, and neither names production or staging, nor does the target's tier. An object's own name (`dev-api`
 * in `payments`) is not its namespace's.
 */
function devNamespace(inv: Invocation, environment: string | null): boolean {
  if (environment !== null && tierOfEnvironment(inv.env.inventory, environment) !== 'dev') return false;
  const tiers = [optionValue(inv.args, '-n', '--namespace') ?? inv.env.ctx.kubeNamespace, optionValue(inv.args, '--context') ?? inv.env.ctx.kubeContext].map((n) => (n ? heuristicEnvironment(n) : null));
  return tiers.includes('dev') && !tiers.some((x) => x === 'production' || x === 'staging');
}

/**
 * A database branch named for development or a feature (`dev/alice`, `dev-alice-91c0`, `feature-search`, `test/e2e`): a
 * copy of its parent made to work on and thrown away (Neon and Supabase branching: deleting or resetting it loses only what
 * was written to that copy). A `br_`/`br-` prefix (`br_feature_login_4412`) is the service's own. `main`, `production`,
 * `staging` and unprefixed names are not.
 */
export const DEV_BRANCH_NAME = '(?:br[_-])?(?:dev|feature|feat|fix|test|e2e|preview)[/_-][a-z0-9._/-]+';
