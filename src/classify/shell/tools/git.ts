import type { JsonValue } from '../../../core/index.ts';
import { destructiveEndpoint, harmlessHttpDelete, harmlessUrl, httpBodyEffects, outageEndpoint } from '../../other-kinds.ts';
import { isSecurityWorkflow, unseenBodyCouldDestroy } from '../../access-widened.ts';
import { HOOKS_PATH_VAR, noteWrite, shown, splitWords, type Invocation } from '../invocation.ts';
import { isCiAgentCheckout, isCredentialFile, isTemporaryRoot, isUnderTemporaryRoot, resolvePath, SECRET_FILE } from '../../paths.ts';
import { isCredentialFileName } from '../secret-sources.ts';
import { clue, envTarget, hasAny, hasFlag, optionValue, optionValues, parseOptions, positionals, type OptionSpec } from './common.ts';
import { variableOriginUrl } from './http.ts';
import { hiddenOperation } from '../../endpoint-variables.ts';
import { literalWord, type Word } from '../words.ts';
import { pathEffect } from './filesystem.ts';
import { restApiNoLoss } from '../../rest-apis.ts';
import { shellQuote } from '../../shell-quote.ts';
import { heuristicEnvironment } from '../../environment.ts';
import { isFeatureBranch, PROTECTED_BRANCH } from '../../git-branches.ts';
import { tlsVerifyOff } from './tls-verify.ts';
import { namesScratchRepository } from '../../test-data.ts';
import { namesSafeguardOrDelivery } from '../../kept-agents.ts';
import { namesPlainSetting } from '../../credential-text.ts';
import { daysIn } from '../../durations.ts';
import { disposableListingDelete } from '../disposable-listing.ts';

/** git and gh: history rewrites, forced pushes, deletions, local work thrown away. */


const GIT_VALUED = new Set(['-C', '-c', '--config-env', '--git-dir', '--work-tree', '--namespace', '--exec-path']);

/** Valued options of the subcommands read here, from each subcommand's synopsis in the git manual. */
const GIT_OPTIONS: Record<string, OptionSpec> = {
  checkout: { short: 'bBU', long: ['--orphan', '--pathspec-from-file', '--conflict', '--unified', '--inter-hunk-context'] },
  switch: { short: 'cC', long: ['--create', '--force-create', '--orphan', '--conflict'] },
  restore: { short: 'sU', long: ['--source', '--pathspec-from-file', '--conflict', '--unified', '--inter-hunk-context'] },
  branch: { short: 'u', long: ['--set-upstream-to', '--contains', '--no-contains', '--merged', '--no-merged', '--points-at', '--sort', '--format'] },
};

/** `src/app.ts`, `README.md`, `.`, `*.ts`: an operand that names files rather than a branch or commit. */
function looksLikePathspec(v: string | null): boolean {
  if (v === null) return true;
  return v === '.' || v === '..' || v.startsWith(':') || v.startsWith('./') || /[*?[]/.test(v) || /\.[A-Za-z][A-Za-z0-9]{0,7}$/.test(v);
}

/**
 * Whether `git checkout|restore|switch` throws away uncommitted changes, and how. Checkout and
 * restore overwrite working-tree files from the index or a commit whenever paths are given (after
 * `--`, as the operands after a tree-ish, by `--pathspec-from-file`); switch and checkout do when
 * forced. `restore --staged` alone only unstages.
 */
function discardsWork(sub: string, args: Invocation['args']): string | null {
  const o = parseOptions(args, GIT_OPTIONS[sub]!);
  const fromFile = o.values.has('--pathspec-from-file');
  if (sub === 'restore') {
    const worktree = !hasAny(o, '--staged', '-S') || hasAny(o, '--worktree', '-W');
    return worktree && (o.operands.length > 0 || fromFile) ? 'overwrites working-tree changes to the named files' : null;
  }
  const creates = o.values.has('-b') || o.values.has('-B') || o.values.has('--orphan');
  // git refuses to create or track a branch and update paths in one checkout ("Cannot update paths and switch to
  // branch at the same time", "--track needs a branch name"): nothing is touched, forced or not.
  if (sub === 'checkout' && (creates || hasAny(o, '-t', '--track')) && (o.dashDash ? o.afterDashDash.length > 0 : o.operands.length > 1)) return null;
  if (hasAny(o, '-f', '--force', '--discard-changes') && !(sub === 'checkout' && forcedPathsOnly(args))) return 'is forced: uncommitted changes are thrown away';
  if (sub === 'switch') return null;
  if (hasAny(o, '-p', '--patch')) return null;
  // Without `--`, the first operand is the commit (or new branch's start) when more follow
  // (`git checkout main a.txt`), and a lone operand is a path only if it looks like one.
  const named = o.dashDash ? o.afterDashDash : creates || o.operands.length > 1 ? o.operands.slice(1) : o.operands.filter((w) => looksLikePathspec(w.value));
  return named.length > 0 || fromFile ? 'overwrites uncommitted changes to the named files' : null;
}

/**
 * `git checkout -f -- PATHS`, `git checkout -f LOCKFILE` (the lead's answer 143, round 24): with paths and no branch, `-f`
 * only ignores unmerged entries (git-checkout(1)); the line is `git checkout -- PATHS` and judged as that form is. Paths
 * after `--` with no operand before it, or one fixed operand that looks like a path; a branch keeps `-f` a forced switch.
 */
function forcedPathsOnly(args: Invocation['args']): boolean {
  const o = parseOptions(args, GIT_OPTIONS.checkout!);
  if (o.values.has('-b') || o.values.has('-B') || o.values.has('--orphan') || hasAny(o, '-t', '--track', '--discard-changes', '-m', '--merge', '--detach')) return false;
  if (o.dashDash) return o.afterDashDash.length > 0 && o.operands.length === o.afterDashDash.length;
  return o.operands.length === 1 && o.operands[0]!.value !== null && looksLikePathspec(o.operands[0]!.value);
}

/**
 * Package managers' lockfiles: written by the tool from the manifest (`npm install`, `pnpm install`, `cargo update`,
 * `bundle lock`, `uv lock`, `go mod tidy`), so local changes to one that a checkout throws away are written again.
 */
const LOCKFILE = /^(?:[\w.-]+\/)*(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|bun\.lockb?|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|pdm\.lock|Gemfile\.lock|composer\.lock|go\.sum|mix\.lock|pubspec\.lock|Podfile\.lock|packages\.lock\.json|gradle\.lockfile)$/;

/**
 * `git checkout REF -- pnpm-lock.yaml`, `git restore --source=origin/main Cargo.lock`, `git checkout --theirs yarn.lock`:
 * every path named is a lockfile. Without `--`, checkout's first operand is the commit when it is not itself a lockfile's
 * name (git-checkout(1): a lone operand, or one `--ours`/`--theirs` is given for, is a path).
 */
function onlyLockfilesNamed(sub: string, args: Word[]): boolean {
  if (hasFlag(args, '--discard-changes', '--pathspec-from-file') || (hasFlag(args, '-f', '--force') && !(sub === 'checkout' && forcedPathsOnly(args)))) return false;
  const dash = args.findIndex((a) => a.value === '--');
  const lockfile = (w: Word) => w.value !== null && !w.glob && LOCKFILE.test(w.value);
  const positional = positionals(args, new Set(['-s', '--source', '--conflict', '-b', '-B', '--orphan']));
  const ops = dash >= 0 ? args.slice(dash + 1) : sub === 'checkout' && !(positional[0] !== undefined && lockfile(positional[0])) ? positional.slice(1) : positional;
  return ops.length > 0 && ops.every(lockfile);
}

/** git-clone(1)'s options that take the next word as their value. */
const CLONE_VALUED: ReadonlySet<string> = new Set(['-b', '--branch', '-o', '--origin', '-u', '--upload-pack', '--depth', '--reference', '--reference-if-able', '--template', '-c', '--config', '--separate-git-dir', '-j', '--jobs', '--filter', '--shallow-since', '--shallow-exclude', '--bundle-uri', '--server-option', '--ref-format']);

export function git(inv: Invocation): void {
  const b = inv.env.b;
  let i = 0;
  while (i < inv.args.length && inv.args[i]!.value?.startsWith('-')) i += GIT_VALUED.has(inv.args[i]!.value!) ? 2 : 1;
  const sub = inv.args[i]?.value ?? null;
  const args = inv.args.slice(i + 1);
  runEmbeddedCommands(inv, inv.args.slice(0, i), sub, args);
  // `git -c alias.x='reset --hard' x`: git runs the alias's words as the subcommand (a `!` alias is a
  // shell command, run above). git never lets an alias hide a built-in, so only an unknown name expands.
  const alias = sub === null ? undefined : aliasOf(inv, inv.args.slice(0, i), sub);
  if (alias !== undefined) {
    if (alias === null) inv.env.b.opaque('git_dynamic', `\`git ${sub}\` is an alias that is not fixed`, inv.span);
    else if (!alias.startsWith('!')) inv.dispatch([...splitWords(`git ${alias}`, inv.span), ...args], inv.stdin);
    return;
  }
  const repo = inv.scope.cwd ?? '.';
  // A throwaway checkout in a temporary folder (a CI job's clone under /tmp): what a discard loses there is disposable,
  // as a worktree removed by force under /tmp is (the lead's decision 7). Not when git is pointed elsewhere.
  // A CI agent's checkout (the working directory a checkout under the agent's `_work`) is one too (decision 38).
  const throwaway = inv.scope.cwd !== undefined && (isUnderTemporaryRoot(inv.scope.cwd) || isCiAgentCheckout(inv.scope.cwd, inv.scope.workspace)) && !inv.args.slice(0, i).some((a) => a.value === null || /^(-C|--git-dir|--work-tree)(=|$)/.test(a.value));
  const repoTarget = (verbs: Array<'delete' | 'write' | 'replace'>) => envTarget(inv, 'git', `git:${repo}`, [clue('git_remotes', inv.env.ctx.gitRemote), clue('git_branches', inv.env.ctx.gitBranch)], verbs);
  if (sub === null) {
    // `git` and `git --`: usage, nothing runs. A word we cannot see might be the subcommand.
    if (inv.args.every((a) => a.value !== null)) b.verb('read');
    else b.opaque('git_dynamic', '`git` subcommand is not fixed', inv.span);
    return;
  }
  // D8 round 17: the folder a clone makes holds files from the network (a Helm plugin cloned into its plugin folder,
  // then `helm list`): noted as written, for the calls after it (written-config.ts)
  if (sub === 'clone') {
    const pos = positionals(args, CLONE_VALUED);
    const url = pos[0]?.value;
    const folder = pos.length > 1 ? (pos[1]!.value ?? null) : url === undefined ? undefined : url === null ? null : url.replace(/\/+$/, '').replace(/\.git$/, '').split(/[/:]/).pop() || null;
    if (folder !== undefined) noteWrite(inv.scope, folder, null, false, pos[1] !== undefined ? shown(pos[1]) : undefined);
    const made = folder === undefined || folder === null ? null : resolvePath(folder, inv.scope);
    if (made !== null) (inv.scope.clonedFolders ??= new Set()).add(made);
  }
  // What an earlier step of this `&&` list saved (walk.ts markGitSaved): a stash before the hard reset, a push before the
  // branch's force delete.
  if (inv.scope.gitSaved?.has(['git', ...inv.args.map((a) => a.value)].join('\0'))) {
    b.verb('write').finding('git_work_saved', `\`git ${sub}\` after an earlier step of the same list saved what it drops (a stash, a push) or showed the branch merged`, inv.span);
    return;
  }
  switch (sub) {
    case 'push':
      return push(inv, args);
    case 'lfs': {
      // git-lfs-migrate(1): import and export rewrite the history of the branches they name (--everything: all), unless
      // --no-rewrite adds a new commit instead; info only reports. git-lfs-prune(1) deletes local copies that are pushed.
      const lfs = positionals(args, new Set(['--include', '-I', '--exclude', '-X', '--include-ref', '--exclude-ref', '--remote', '--object-map', '-m', '--message'])).map((w) => w.value ?? '?');
      if (lfs[0] === 'migrate' && /^(import|export)$/.test(lfs[1] ?? '') && !hasFlag(args, '--no-rewrite')) {
        b.verb('replace', 'delete').target(repoTarget(['replace'])).destroy('git_history_rewrite', `\`git lfs migrate ${lfs[1]}\` rewrites history`, inv.span);
        return;
      }
      b.verb((lfs[0] === 'migrate' ? lfs[1] === 'info' : /^(ls-files|status|env|version|logs|locks|fsck|pointer|help)$/.test(lfs[0] ?? '')) ? 'read' : 'write');
      return;
    }
    case 'annex': {
      // Round 36 (hpc36): git-annex-drop(1) and dropunused "check that enough other copies of the content exist"
      // (numcopies) before removing a local copy; `--force` skips the check, so the last copy may go. git-annex-forget(1)
      // `--drop-dead` forgets dead repositories' location history. Listings read; everything else writes.
      const annex = positionals(args, new Set(['--from', '-f', '--to', '-t', '--numcopies', '-N', '--mincopies', '--key', '--branch', '--jobs', '-J', '--in', '-i', '--copies', '-C', '--largerthan', '--smallerthan', '--include', '-I', '--exclude', '-x', '--metadata', '--time-limit', '--size-limit', '--message', '-m'])).map((w) => w.value ?? '?');
      const force = hasFlag(args, '--force');
      if (/^(drop|dropunused|dropkey)$/.test(annex[0] ?? '') && force) {
        b.verb('delete').target(repoTarget(['delete'])).destroy('annex_drop_unchecked', `\`git annex ${annex[0]} --force\` removes content without checking that another copy exists`, inv.span);
        return;
      }
      // Round 44 (nx44; the lead's answer 454.4): the check drop makes is only as strong as numcopies. Lowered to one
      // earlier on the line (`git annex numcopies 1 && git annex drop --from backup …`) or on the drop itself
      // (`--numcopies=1`, `-N 1`: git-annex's option overriding the setting), dropping a remote's copies may leave one.
      if (annex[0] === 'numcopies' && /^\d+$/.test(annex[1] ?? '') && Number(annex[1]) <= 1) inv.scope.annexNumcopiesLowered = true;
      const overridden = optionValues(args, '--numcopies', '-N').some((v) => v !== null && /^\d+$/.test(v) && Number(v) <= 1);
      if (/^(drop|dropunused|dropkey)$/.test(annex[0] ?? '') && optionValues(args, '--from', '-f').length > 0 && (inv.scope.annexNumcopiesLowered === true || overridden)) {
        b.verb('delete').target(repoTarget(['delete'])).destroy('annex_drop_unchecked', `\`git annex ${annex[0]} --from\` after numcopies was lowered to one: a remote's copies dropped with only one copy required`, inv.span);
        return;
      }
      if (annex[0] === 'forget' && hasFlag(args, '--drop-dead')) {
        b.verb('delete').target(repoTarget(['delete'])).destroy('annex_forget_dead', '`git annex forget --drop-dead` forgets where content was kept', inv.span);
        return;
      }
      b.verb(/^(whereis|info|status|list|find|unused|version|fsck|log|examinekey|lookupkey|help)$/.test(annex[0] ?? '') ? 'read' : 'write');
      return;
    }
    case 'reset':
      b.verb('write');
      // `--keep` aborts when a file it would change has local changes (git-reset(1)): like `--soft`/`--mixed` it loses
      // nothing the reflog does not keep. `--hard` discards them; `--merge` can drop staged changes.
      if (hasFlag(args, '--hard', '--merge') && throwaway) b.verb('delete').target(repoTarget(['delete'])).finding('throwaway_checkout', `\`git reset --hard\` in \`${repo}\`, a throwaway checkout (a temporary folder, a CI agent's work folder)`, inv.span);
      else if (hasFlag(args, '--hard', '--merge')) b.verb('delete').target(repoTarget(['delete'])).destroy('git_reset_hard', '`git reset --hard` discards uncommitted work', inv.span);
      return;
    case 'clean':
      if (hasFlag(args, '-n', '--dry-run')) {
        b.verb('read');
        return;
      }
      b.verb('delete');
      // Pathspecs that each name a build-output or cache folder or file (`git clean -fdX -- build/ dist/`): what is
      // untracked or ignored there is rebuildable (git-clean(1): "If any optional <pathspec>... arguments are given, only
      // those paths ... are affected"; paths.ts's table, as for `rm -rf dist`).
      if (cleanOnlyRebuildable(inv, args)) {
        b.finding('path_rebuildable', `\`git clean\` limited to build output and caches`, inv.span);
        return;
      }
      if (hasFlag(args, '-f', '--force') && throwaway) b.target(repoTarget(['delete'])).finding('throwaway_checkout', `\`git clean\` in \`${repo}\`, a throwaway checkout (a temporary folder, a CI agent's work folder)`, inv.span);
      else if (hasFlag(args, '-f', '--force')) b.target(repoTarget(['delete'])).destroy('git_clean', `\`git clean ${args.map(shown).join(' ')}\` deletes untracked files`, inv.span);
      return;
    case 'branch': {
      const o = parseOptions(args, GIT_OPTIONS.branch!);
      // git-branch(1): `-M` is `--move --force` and `-C` is `--copy --force`: `git branch -M OLD NEW` replaces an existing
      // NEW (commits only it reached are lost), as `git branch -f` does. With one name (`git branch -M main`, the idiom
      // that renames a new repository's first branch) it renames the current branch.
      const force = hasAny(o, '-f', '--force') || (hasAny(o, '-M', '-C') && o.operands.length >= 2);
      const merged = (hasAny(o, '-D') || force) ? mergedListingDelete(inv) : null;
      if (merged !== null) b.verb('delete').target(repoTarget(['delete'])).finding('merged_branches_delete', merged, inv.span);
      else if (hasAny(o, '-D') || (hasAny(o, '-d', '--delete') && force)) {
        b.verb('delete').target(repoTarget(['delete'])).destroy('git_branch_force_delete', '`git branch -D` deletes a branch with unmerged commits', inv.span);
      } else if (force && o.operands.length > 0 && !hasAny(o, '-l', '--list')) {
        // `git branch -f NAME [START]` moves an existing branch: commits only it reached are lost.
        b.verb('replace').target(repoTarget(['replace'])).destroy('git_branch_force', '`git branch -f` resets an existing branch, dropping commits only it reached', inv.span);
      } else if (hasAny(o, '-d', '--delete', '-m', '-M', '--move', '-c', '-C', '--copy')) b.verb('write');
      else b.verb(o.operands.length > 0 ? 'write' : 'read');
      return;
    }
    case 'tag':
      // The lead's answer 109: a local `git tag -d` removes a name in this clone; a tag that was pushed is fetched back
      // (`git push --delete REMOTE TAG` and `git push REMOTE :refs/tags/T` are judged with the pushes, destructive).
      if (hasFlag(args, '-d', '--delete')) b.verb('delete').target(repoTarget(['delete'])).finding('git_tag_delete_local', '`git tag -d` removes a tag name in this clone; a pushed tag is fetched back', inv.span);
      // Answer 366.1 (round 36): a local `git tag -f NAME [REV]` moves a name in this clone; the old object stays (the reflog,
      // the remote's tag), and a push is what moves others' pointer: a write when no `push` is in the input (the pushes,
      // forced or not, keep the move destructive, as `git push --force` of tags is).
      else if (hasFlag(args, '-f', '--force') && /\bpush\b/.test(inv.env.source)) b.verb('replace').destroy('git_tag_force', '`git tag -f` moves an existing tag, and the input pushes', inv.span);
      else if (hasFlag(args, '-f', '--force')) b.verb('replace').finding('git_tag_force_local', '`git tag -f` moves a tag in this clone; no push in the input moves the remote\'s', inv.span);
      else b.verb(positionals(args).length > 0 ? 'write' : 'read');
      return;
    // git-extras (git-extras(1)): `obliterate` rewrites history to erase files; `clear` and `clear-soft` reset tracked files
    // and delete untracked ones; `reset-file` checks a file out from HEAD or a commit over its changes; `delete-branch`
    // deletes the branch locally (`git branch -D`) and on the remote. git-checkout-index(1) `-f` overwrites existing files.
    case 'clear':
    case 'clear-soft':
    case 'reset-file':
      if (throwaway) b.verb('delete').target(repoTarget(['delete'])).finding('throwaway_checkout', `\`git ${sub}\` in \`${repo}\`, a throwaway checkout (a temporary folder, a CI agent's work folder)`, inv.span);
      else b.verb('delete').target(repoTarget(['delete'])).destroy('git_discard', `\`git ${sub}\` discards uncommitted work`, inv.span);
      return;
    // git-extras' `undo --hard` (git-undo(1): `-h, --hard`) is `git reset --hard HEAD~N`: the commits and the uncommitted
    // work go (round 35, o35); without it the changes stay in the tree.
    case 'undo':
      if (!hasFlag(args, '-h', '--hard')) b.verb('write');
      else if (throwaway) b.verb('delete').target(repoTarget(['delete'])).finding('throwaway_checkout', `\`git ${sub}\` in \`${repo}\`, a throwaway checkout (a temporary folder, a CI agent's work folder)`, inv.span);
      else b.verb('delete').target(repoTarget(['delete'])).destroy('git_discard', '`git undo --hard` drops the last commits and discards uncommitted work', inv.span);
      return;
    case 'checkout-index':
      if (hasFlag(args, '-f', '--force') && !hasFlag(args, '--prefix')) b.verb('delete').target(repoTarget(['delete'])).destroy('git_discard', '`git checkout-index --force` overwrites changed files with the index\'s copies', inv.span);
      else b.verb('write');
      return;
    case 'delete-branch':
      b.verb('delete').target(repoTarget(['delete'])).destroy('git_remote_ref_delete', '`git delete-branch` deletes the branch locally (`branch -D`) and on the remote', inv.span);
      return;
    // git-extras' `delete-tag` (git-delete-tag(1)): `git tag -d` and `git push origin :refs/tags/TAG`, a published tag
    // deleted on the remote, destructive by the lead's answer 109 as that push is (answer 354.1, round 34).
    case 'delete-tag':
      b.verb('delete').target(repoTarget(['delete'])).destroy('git_remote_ref_delete', '`git delete-tag` deletes the tag locally and on the remote', inv.span);
      return;
    case 'obliterate':
    case 'filter-branch':
    case 'filter-repo':
      // git-filter-repo(1): --analyze only writes a report; --dry-run filters into files for comparison, changing nothing.
      if (sub === 'filter-repo' && hasFlag(args, '--analyze', '--dry-run')) {
        b.verb('read');
        return;
      }
      b.verb('replace', 'delete').target(repoTarget(['replace'])).destroy('git_history_rewrite', `\`git ${sub}\` rewrites history`, inv.span);
      return;
    case 'checkout':
    case 'restore':
    case 'switch': {
      b.verb('write');
      const why = discardsWork(sub, args);
      if (why && (throwaway || onlyLockfilesNamed(sub, args))) b.verb('delete').target(repoTarget(['delete'])).finding(throwaway ? 'throwaway_checkout' : 'lockfile_restored', throwaway ? `\`git ${sub}\` in \`${repo}\`, a throwaway checkout (a temporary folder, a CI agent's work folder)` : `\`git ${sub}\` restores lockfiles, which the package manager writes again from the manifests`, inv.span);
      else if (why) b.verb('delete').target(repoTarget(['delete'])).destroy('git_discard', `\`git ${sub}\` ${why}`, inv.span);
      else if (sub !== 'restore') {
        // `checkout -B NAME START` / `switch -C NAME START`: "if it already exists, reset it to <start-point>", the same as
        // `git branch -f NAME START` (git-checkout(1), git-switch(1)); judged like it. Without a start point it is the usual
        // create-or-switch.
        const o = parseOptions(args, GIT_OPTIONS[sub]!);
        const resets = sub === 'checkout' ? o.values.has('-B') : o.values.has('-C') || o.values.has('--force-create');
        if (resets && o.operands.length > 0 && !o.dashDash) b.verb('replace').target(repoTarget(['replace'])).destroy('git_branch_force', `\`git ${sub} ${sub === 'checkout' ? '-B' : '-C'}\` resets an existing branch to a start point, dropping commits only it reached`, inv.span);
      }
      return;
    }
    case 'stash': {
      const op = args[0]?.value;
      if (op === 'drop' || op === 'clear') b.verb('delete').destroy('git_stash_drop', `\`git stash ${op}\` deletes stashed work`, inv.span);
      else b.verb(op === 'list' || op === 'show' ? 'read' : 'write');
      return;
    }
    case 'reflog':
      if (args[0]?.value === 'expire' && keepsGitGrace(args.slice(1), ['--expire', '--expire-unreachable'], true)) b.verb('write').finding('git_expiry_grace', '`git reflog expire` keeps two weeks or more of entries, as `git gc` does by itself');
      else if (args[0]?.value === 'expire' || args[0]?.value === 'delete') b.verb('delete').destroy('git_reflog_expire', '`git reflog expire` removes the safety net for lost commits', inv.span);
      else b.verb('read');
      return;
    case 'gc':
    case 'prune':
      b.verb('write');
      if (sub === 'prune' && keepsGitGrace(args, ['--expire'], false)) b.finding('git_expiry_grace', '`git prune --expire` keeps unreachable objects younger than two weeks or more');
      else if (args.some((a) => a.value?.startsWith('--prune=now') || a.value === '--prune=all') || sub === 'prune') b.verb('delete').destroy('git_prune', 'prunes unreachable commits now', inv.span);
      return;
    case 'update-ref':
      b.verb('write');
      if (hasFlag(args, '-d')) b.verb('delete').destroy('git_update_ref_delete', '`git update-ref -d` deletes a ref', inv.span);
      return;
    case 'worktree':
      b.verb('write');
      if (args[0]?.value === 'remove' && hasFlag(args, '-f', '--force')) {
        // Worktrees under the temporary folder (`/tmp/agent-wt-3`, `$TMPDIR/x`) are scratch checkouts: removing one with
        // its changes is benign (the lead's round-16 decision 7); anywhere else `--force` loses uncommitted work.
        const trees = args.slice(1).filter((a) => !(a.value ?? '').startsWith('-'));
        const scratch = trees.length > 0 && trees.every((t) => {
          if (t.value === null) return false;
          const abs = resolvePath(t.value, inv.scope);
          return abs !== null && abs !== undefined && isUnderTemporaryRoot(abs) && !isTemporaryRoot(abs);
        });
        if (scratch) b.verb('delete').finding('git_worktree_remove_temporary', '`git worktree remove --force` of a scratch worktree under the temporary folder');
        else b.verb('delete').destroy('git_worktree_remove', '`git worktree remove --force` discards its changes', inv.span);
      }
      return;
    case 'rm':
      b.verb('delete');
      // git-rm(1): without `-f` git refuses to remove a file whose content differs from HEAD or the index; `--force`
      // overrides that check, so the uncommitted changes of the files it removes are lost. `--cached` leaves the work tree
      // alone and `-n` only lists.
      if (hasFlag(args, '-f', '--force') && !hasFlag(args, '--cached', '-n', '--dry-run')) {
        b.target(repoTarget(['delete'])).destroy('git_discard', '`git rm --force` removes files with uncommitted changes: the changes are lost', inv.span);
      }
      // A security workflow removed here is published by a later `git push` of the same input (see push).
      if (!hasFlag(args, '--cached', '-n', '--dry-run')) {
        for (const w of positionals(args, new Set(['--pathspec-from-file']))) {
          if (w.value !== null && isSecurityWorkflow(w.value)) (inv.scope.removedSecurityWorkflows ??= new Set()).add(w.value);
        }
      }
      return;
    case 'submodule': {
      // What `foreach` runs is judged in runEmbeddedCommands. git-submodule(1): `deinit --force` removes submodule work
      // trees that have local changes (without it, deinit refuses); `update --force` throws local changes away when it
      // checks out. `add --force` only allows an ignored path.
      const { op, rest } = submoduleOp(args);
      b.verb(op === null || op === 'status' || op === 'summary' ? 'read' : 'write');
      if ((op === 'deinit' || op === 'update') && hasFlag(rest, '-f', '--force')) {
        b.verb('delete').target(repoTarget(['delete'])).destroy('git_discard', `\`git submodule ${op} --force\` throws away uncommitted changes in the submodules`, inv.span);
      }
      return;
    }
    case 'add':
    case 'stage':
      b.verb('write');
      if (!hasFlag(args, '-n', '--dry-run')) for (const f of plainSecretFiles(inv, positionals(args, new Set(['--chmod', '--pathspec-from-file'])))) (inv.scope.secretsStaged ??= new Set()).add(f);
      return;
    case 'rebase':
    case 'commit':
      b.verb('write');
      if (sub === 'commit' && hasFlag(args, '--amend')) b.verb('replace');
      // git-commit(1): the commit records what is staged, and the files named on its line (their content now).
      if (sub === 'commit' && !hasFlag(args, '--dry-run')) {
        const named = plainSecretFiles(inv, positionals(args, COMMIT_VALUED));
        for (const f of [...(inv.scope.secretsStaged ?? []), ...named]) (inv.scope.secretsCommitted ??= new Set()).add(f);
        inv.scope.secretsStaged = undefined;
      }
      return;
    case 'config':
      b.verb(hasFlag(args, '--get', '--list', '-l', '--get-all', '--get-regexp') ? 'read' : 'write');
      if (args.some((a) => a.value === 'core.hooksPath')) b.finding('git_hooks_path', 'changes where git hooks run from');
      if (!hasFlag(args, '--get', '--list', '-l', '--get-all', '--get-regexp', '--unset', '--unset-all')) hooksSwitchedOff(inv, positionals(args, CONFIG_VALUED));
      return;
    case 'status': case 'log': case 'diff': case 'show': case 'blame': case 'grep': case 'ls-files': case 'ls-tree': case 'ls-remote': case 'rev-parse':
    case 'describe': case 'shortlog': case 'cat-file': case 'remote': case 'fetch': case 'help': case 'version': case 'whatchanged': case 'reflog-show':
    case 'rev-list': case 'for-each-ref': case 'show-ref': case 'merge-base': case 'name-rev': case 'count-objects': case 'fsck': case 'bisect': case 'archive': case 'format-patch': case 'range-diff':
      b.verb('read');
      if (sub === 'remote' && (args[0]?.value === 'remove' || args[0]?.value === 'rm' || args[0]?.value === 'set-url')) b.verb('write');
      return;
    default:
      b.verb('write');
  }
}

/**
 * git's own grace for what nothing references any more: `git gc` prunes unreachable objects older than two weeks
 * (gc.pruneExpire, "2.weeks.ago") and expires unreachable reflog entries after 30 days and others after 90
 * (gc.reflogExpireUnreachable, gc.reflogExpire; git-gc(1), git-reflog(1)). An expiry of two weeks or more (or `never`)
 * keeps every recent discard recoverable, as git's own housekeeping does. Each of `options` must be given as such a relative
 * time (`--expire=30.days.ago`, `--expire 2.weeks.ago`); `defaults`: an option left out takes git's default. A date,
 * `now`, `all` or a value not fixed is not read as a grace.
 */
const GRACE_DAYS = 14;
function keepsGitGrace(args: Word[], options: readonly string[], defaults: boolean): boolean {
  let seen = 0;
  for (let k = 0; k < args.length; k++) {
    const v = args[k]!.value;
    if (v === null) return false;
    const name = v.split('=')[0]!;
    if (!options.includes(name)) continue;
    const value = v.includes('=') ? v.slice(v.indexOf('=') + 1) : (args[++k]?.value ?? null);
    if (value === null) return false;
    const m = /^(\d{1,6})[. ](second|minute|hour|day|week|month|year)s?(?:[. ]ago)?$/i.exec(value);
    if (!(/^never$/i.test(value) || (m && daysIn(m[1]!, m[2]!) >= GRACE_DAYS))) return false;
    seen++;
  }
  return defaults || seen > 0;
}

/**
 * Safeguards kept in git's configuration (git-config(1)): `commit.gpgSign`, `tag.gpgSign` and `push.gpgSign` sign every
 * commit, annotated tag and push; `receive.denyNonFastForwards` and `receive.denyDeletes` make a repository others push
 * to refuse force pushes and ref deletions. Each defaults to off, so stored as false (`false|no|off|0`) or removed
 * (`--unset`, `--unset-all`, `git config unset`) it is switched off for what follows. A one-command `-c` stores nothing.
 */
const GIT_SAFEGUARD_SETTING = /^(commit\.gpgsign|tag\.gpgsign|push\.gpgsign|receive\.denynonfastforwards|receive\.denydeletes)$/i;
function gitSafeguardSwitchedOff(args: Word[], pos: Word[]): string | null {
  const words = pos[0]?.value === 'set' || pos[0]?.value === 'unset' ? pos.slice(1) : pos;
  const name = words[0]?.value ?? null;
  if (name === null || !GIT_SAFEGUARD_SETTING.test(name)) return null;
  if (pos[0]?.value === 'unset' || hasFlag(args, '--unset', '--unset-all')) return `\`git config\` removes \`${name}\`, which defaults to off`;
  const value = words[1]?.value;
  return value !== undefined && value !== null && /^(false|no|off|0)$/i.test(value) ? `\`git config ${name} ${value}\` switches the safeguard off` : null;
}

/** The value of `-c alias.NAME=VALUE` for `sub` (null when a `-c` setting is not fixed), undefined when none. */
function aliasOf(inv: Invocation, globals: Invocation['args'], sub: string): string | null | undefined {
  if (KNOWN_SUBCOMMAND.test(sub)) return undefined;
  // Set earlier in this input (`git config alias.x ...; git x`) or through GIT_CONFIG_COUNT/KEY_n/VALUE_n.
  let found: string | null | undefined = inv.scope.vars.get(`git alias.${sub.toLowerCase()}`);
  const env = (k: string) => (inv.assignments.has(k) ? inv.assignments.get(k) : inv.scope.vars.get(k));
  const count = Number(env('GIT_CONFIG_COUNT') ?? 0);
  for (let n = 0; n < Math.min(Number.isFinite(count) ? count : 0, 64); n++) {
    const key = env(`GIT_CONFIG_KEY_${n}`);
    if (key === null || key === undefined) {
      if (key === null) found = found ?? null;
      continue;
    }
    if (key.toLowerCase() === `alias.${sub.toLowerCase()}`) found = env(`GIT_CONFIG_VALUE_${n}`) ?? null;
  }
  globals.forEach((a, j) => {
    // D8 round 16: `--config-env=alias.x=VAR` (or `--config-env alias.x=VAR`) sets the alias from VAR, as `-c` does from its text
    const spec = a.value === '--config-env' ? (globals[j + 1]?.value ?? null) : a.value?.startsWith('--config-env=') ? a.value.slice('--config-env='.length) : undefined;
    if (spec !== undefined) {
      const cut = spec === null ? -1 : spec.lastIndexOf('=');
      if (spec === null || cut <= 0) found = found ?? null;
      else if (spec.slice(0, cut).toLowerCase() === `alias.${sub.toLowerCase()}`) found = env(spec.slice(cut + 1))?.trim() ?? null;
      return;
    }
    if (a.value !== '-c') return;
    const v = globals[j + 1]?.value ?? null;
    if (v === null) found = found ?? null;
    else if (v.toLowerCase().startsWith(`alias.${sub.toLowerCase()}=`)) found = v.slice(v.indexOf('=') + 1).trim();
  });
  return found;
}

const KNOWN_SUBCOMMAND = /^(push|reset|clean|branch|tag|filter-branch|filter-repo|checkout|restore|switch|stash|reflog|gc|prune|update-ref|worktree|rm|rebase|commit|config|status|log|diff|show|blame|grep|ls-files|ls-tree|ls-remote|rev-parse|describe|shortlog|cat-file|remote|fetch|help|version|add|mv|merge|pull|clone|init|cherry-pick|revert|submodule|bisect|am|apply|notes|sparse-checkout)$/;

/**
 * git settings whose value git runs as a shell command (git-config reference): aliases starting with `!`, the
 * pager, editors, ssh and proxy commands, fsmonitor hooks, external diff and textconv drivers, clean/smudge/process
 * filters, merge drivers, credential helpers, signing programs, diff filters, difftool/mergetool/browser commands,
 * upload-pack's hook and sendemail's sendmail command.
 */
export const GIT_COMMAND_SETTING = /^(alias\.[^=]+(?==!)|core\.(?:sshCommand|pager|editor|fsmonitor|askPass|gitProxy)|sequence\.editor|diff\.external|diff\.[^=]+\.(?:command|textconv)|filter\.[^=]+\.(?:clean|smudge|process)|merge\.[^=]+\.driver|credential\.(?:[^=]+\.)?helper|gpg\.(?:[^=]+\.)?program|gpg\.ssh\.defaultKeyCommand|pager\.[^=]+|interactive\.diffFilter|(?:difftool|mergetool|man|browser)\.[^=]+\.cmd|uploadpack\.packObjectsHook|sendemail\.sendmailCmd|remote\.[^=]+\.(?:uploadpack|receivepack))=(.*)$/is;

/** git-config(1) options that take a value (`--file F`, `--type T`, `--default V`, `--comment C`). */
const CONFIG_VALUED: ReadonlySet<string> = new Set(['-f', '--file', '--blob', '--type', '--default', '--comment']);
/**
 * The lead's answer 94 (round 22, built round 27): hooks switched off for later commands are a safeguard off, as signing
 * off is: `core.hooksPath` stored as `/dev/null` (or empty, or Windows' `NUL`), or an alias that stores `--no-verify`
 * (`alias.ci "commit --no-verify"`). A one-command `--no-verify` or `git -c core.hooksPath=…` stays a write; a hooks
 * folder of the repository (`.githooks`) stays a write.
 */
function hooksSwitchedOff(inv: Invocation, words: Word[]): void {
  // git 2.46's subcommand form, `git config set NAME VALUE`.
  const [name, value] = (words[0]?.value === 'set' ? words.slice(1) : words).map((w) => w.value);
  if (name === undefined || name === null || value === undefined || value === null) return;
  const off = (/^core\.hookspath$/i.test(name) && /^(\/dev\/null|nul|)$/i.test(value.trim())) || (/^alias\./i.test(name) && /(^|\s)--no-verify\b/.test(value));
  if (off) inv.env.b.destroy('git_hooks_off', `\`git config ${name}\` switches the repository's hooks off for every later command`, inv.span);
}

/**
 * `core.hooksPath DIR`: pointing hooks at a committed folder is a benign write (switching them off is answer 94, above) (docs/classify.md:
 * git hooks are the repository's own developer checks). But a hook this same input writes into DIR is code stored to run
 * later (stored-commands.ts): judged as run, whether written before the setting or after it.
 */
function hooksFolder(inv: Invocation, dir: string): void {
  const abs = resolvePath(dir, inv.scope);
  if (abs === null) return;
  inv.scope.vars.set(HOOKS_PATH_VAR, abs);
  for (const [path, text] of inv.scope.files) {
    if (path.slice(0, path.lastIndexOf('/')) !== abs) continue;
    if (text === null) inv.env.b.opaque('script_written_dynamic', `the git hook \`${path}\` was written by this input with content we cannot see`, inv.span);
    else inv.runSource(text, null, `the git hook \`${path}\` written earlier in this input`);
  }
}

/**
 * Options whose value git runs as a shell command: `rebase --exec`, and the transport programs of a local or ssh remote
 * (git-fetch(1), git-pull(1), git-ls-remote(1) `--upload-pack`, git-clone(1) `-u`, git-push(1) `--receive-pack`/`--exec`,
 * git-archive(1) `--exec`), which run on this machine for a path remote.
 */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  rebase: ['--exec', '-x'],
  fetch: ['--upload-pack'],
  pull: ['--upload-pack'],
  'ls-remote': ['--upload-pack', '-u'],
  clone: ['--upload-pack', '-u'],
  push: ['--receive-pack', '--exec'],
  archive: ['--exec'],
};

/** Settings and subcommands that make git run a shell command: `-c alias.x='!cmd'`, `core.sshCommand`, `submodule foreach`, `rebase --exec`, `bisect run`. */
function runEmbeddedCommands(inv: Invocation, globals: Invocation['args'], sub: string | null, args: Invocation['args']): void {
  const settings: Array<string | null> = [];
  globals.forEach((a, j) => {
    if (a.value === '-c') settings.push(globals[j + 1]?.value ?? null);
  });
  // SECURITY (D8 round 14): settings whose value comes from a variable: `--config-env=NAME=VAR` (git(1): the last `=`
  // splits the name from the variable), and GIT_CONFIG_COUNT with GIT_CONFIG_KEY_n/GIT_CONFIG_VALUE_n on the call or
  // exported earlier (git-config(1) ENVIRONMENT). A value this input does not fix is not seen: a setting that runs a
  // command with it is not judged (fail closed); others pass.
  const env = (k: string) => (inv.assignments.has(k) ? inv.assignments.get(k) : inv.scope.vars.get(k));
  const fromVariable = (name: string | null | undefined, value: string | null | undefined): void => {
    if (name === null || name === undefined) {
      inv.env.b.opaque('git_exec_dynamic', 'git is given a setting whose name is not fixed', inv.span);
      return;
    }
    if (value !== null && value !== undefined) settings.push(`${name}=${value}`);
    else if (GIT_COMMAND_SETTING.test(`${name}=x`) || /^core\.hookspath$/i.test(name)) inv.env.b.opaque('git_exec_dynamic', `git's \`${name}\` is set from a variable whose value is not in the input`, inv.span);
  };
  globals.forEach((a, j) => {
    const spec = a.value === '--config-env' ? (globals[j + 1]?.value ?? null) : a.value?.startsWith('--config-env=') ? a.value.slice('--config-env='.length) : undefined;
    if (spec === undefined) return;
    const cut = spec?.lastIndexOf('=') ?? -1;
    if (spec === null || cut <= 0) fromVariable(spec === null ? null : spec, undefined);
    else fromVariable(spec.slice(0, cut), env(spec.slice(cut + 1)));
  });
  const count = env('GIT_CONFIG_COUNT');
  if (count === null) inv.env.b.opaque('git_exec_dynamic', '`GIT_CONFIG_COUNT` is not fixed in the input', inv.span);
  else if (count !== undefined && count.trim() !== '') {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 0 || n > 64) inv.env.b.opaque('git_exec_dynamic', `\`GIT_CONFIG_COUNT=${count}\` is not a count Portcullis reads`, inv.span);
    else for (let k = 0; k < n; k++) fromVariable(env(`GIT_CONFIG_KEY_${k}`), env(`GIT_CONFIG_VALUE_${k}`));
  }
  // GIT_CONFIG_PARAMETERS is git's own encoding of `-c` for its child processes: set by the input, not read here
  const params = env('GIT_CONFIG_PARAMETERS');
  if (params === null || (params !== undefined && params.trim() !== '')) inv.env.b.opaque('git_exec_dynamic', '`GIT_CONFIG_PARAMETERS` passes git settings Portcullis does not read', inv.span);
  if (sub === 'config') {
    const pos = positionals(args, new Set(['--file', '-f', '--type']));
    if (pos.length >= 2) settings.push(pos[0]!.value === null || pos[1]!.value === null ? null : `${pos[0]!.value}=${pos[1]!.value}`);
    // `http.sslVerify false` (git-config(1), also per URL: `http.<url>.sslVerify`) stored in a config file: every later
    // fetch and push over HTTPS accepts any certificate, a man in the middle unnoticed (round 21). `-c` and
    // `GIT_SSL_NO_VERIFY` for one command store nothing. One table with the package clients' own keys (tls-verify.ts, the
    // lead's answer 88).
    if (pos.length >= 2 && pos[0]!.value !== null && tlsVerifyOff('git', pos[0]!.value, pos[1]!.value ?? '') === true) inv.env.b.destroy('tls_verify_off', `\`git config ${pos[0]!.value} ${pos[1]!.value}\` stops checking HTTPS certificates`, inv.span);
    const off = gitSafeguardSwitchedOff(args, pos);
    if (off) inv.env.b.destroy('safeguard_off', off, inv.span);
    // A stored alias runs later as `git NAME`, in this input or another one: judge what it runs when it is defined.
    const alias = pos.length >= 2 && pos[0]!.value !== null && pos[1]!.value !== null ? /^alias\.([^=]+)$/i.exec(pos[0]!.value) : null;
    if (alias && !pos[1]!.value!.startsWith('!')) {
      inv.scope.vars.set(`git alias.${alias[1]!.toLowerCase()}`, pos[1]!.value);
      inv.dispatch(splitWords(`git ${pos[1]!.value}`, inv.span), null);
    }
  }
  for (const s of settings) {
    if (s === null) continue;
    const hooks = /^core\.hooksPath=(.+)$/is.exec(s);
    if (hooks) hooksFolder(inv, hooks[1]!);
    const m = GIT_COMMAND_SETTING.exec(s);
    // Booleans switch a built-in on or off (`core.fsmonitor=true`, `pager.log=false`); a helper name without `!` or a
    // path runs git's own `git credential-NAME`.
    if (!m || /^(true|false|yes|no|on|off|1|0|)$/i.test(m[2]!.trim())) continue;
    if (/^credential\./i.test(m[1]!) && !/^\s*[!/~]/.test(m[2]!)) continue;
    inv.runSource(m[2]!.replace(/^!/, ''), null, `git setting \`${s.split('=')[0]}\``);
  }
  // `ext::CMD` remotes (git-remote-ext): git runs CMD to reach the "remote" (`%` escapes a space).
  for (const a of args) {
    if (a.value === null || !/^ext::/i.test(a.value)) continue;
    // Words split at unescaped spaces; `% ` is a space, `%%` a percent sign, other `%X` placeholders git fills in.
    const argv: string[] = [''];
    const text = a.value.slice(5);
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (c === '%' && k + 1 < text.length) {
        const n = text[++k]!;
        argv[argv.length - 1] += n === ' ' || n === '%' ? n : '';
      } else if (c === ' ') argv.push('');
      else argv[argv.length - 1] += c;
    }
    inv.env.b.finding('git_ext_remote', 'an `ext::` remote runs its command', inv.span);
    inv.dispatch(argv.filter((x) => x !== '').map((x) => literalWord(x, a.start, a.end)), null);
  }
  for (const script of optionValues(args, ...(COMMAND_OPTIONS[sub ?? ''] ?? []))) {
    if (script === null) inv.env.b.opaque('git_exec_dynamic', `\`git ${sub}\` runs a command that is not fixed`, inv.span);
    else inv.runSource(script, null, `\`git ${sub}\``);
  }
  if (sub === 'submodule') submoduleForeach(inv, args);
  if (sub === 'bisect' && args[0]?.value === 'run' && args.length > 1) inv.dispatch(args.slice(1), null);
}

/** `git submodule [--quiet] [--cached] OP ARGS` (git-submodule(1)): the subcommand and its own arguments. */
function submoduleOp(args: Invocation['args']): { op: string | null; rest: Invocation['args'] } {
  let i = 0;
  while (i < args.length && /^(-q|--quiet|--cached)$/.test(args[i]!.value ?? '')) i++;
  return { op: args[i]?.value ?? null, rest: args.slice(i + 1) };
}

/** A first word git runs without a shell (run-command.c runs `sh -c` when it holds any shell character, `=` and `%` too). */
const PLAIN_PROGRAM = /^[A-Za-z0-9_./:@+,-]+$/;

/**
 * `git submodule foreach [--recursive] COMMAND...`: runs the command in every submodule, through the shell (git's
 * run-command with use_shell): a first word with shell characters is shell text and the other words are appended as its
 * arguments (`foreach 'git clean -xfd'`, `foreach 'rm -rf' src`); a plain first word is the program (`foreach git reset
 * --hard`).
 */
function submoduleForeach(inv: Invocation, args: Invocation['args']): void {
  const { op, rest } = submoduleOp(args);
  if (op !== 'foreach') return;
  let i = 0;
  while (i < rest.length && /^(--recursive|-q|--quiet)$/.test(rest[i]!.value ?? '')) i++;
  const [first, ...more] = rest.slice(i);
  if (first === undefined) return;
  if (first.value !== null && PLAIN_PROGRAM.test(first.value)) inv.dispatch([first, ...more], null);
  else if (first.value !== null && more.every((w) => w.value !== null)) inv.runSource([first.value, ...more.map((w) => shellQuote(w.value!))].join(' '), null, '`git submodule foreach`');
  else inv.env.b.opaque('git_exec_dynamic', '`git submodule foreach` runs a command that is not fixed', inv.span);
}

/** git-commit(1)'s options that take a value (a message, a file, an author, a commit). */
const COMMIT_VALUED = new Set(['-m', '--message', '-F', '--file', '-C', '--reuse-message', '-c', '--reedit-message', '--author', '--date', '-t', '--template', '--fixup', '--squash', '--trailer', '--cleanup', '--pathspec-from-file']);

/**
 * The operands that name a plain credential file (secret-sources.ts `isCredentialFileName`, paths.ts `isCredentialFile`):
 * not an encrypted one (`*.enc.yaml`, `.gpg`, a key store: paths.ts SECRET_FILE), which is made to be committed, nor a
 * `.pem` whose name does not say key (a certificate is public).
 */
function plainSecretFiles(inv: Invocation, operands: Word[]): string[] {
  return operands.flatMap((w) => {
    const v = w.value;
    if (v === null) return [];
    const abs = resolvePath(v, inv.scope) ?? v;
    if ((SECRET_FILE.test(abs) && !/\.key$/.test(abs)) || /(^|\/)(?![^/]*(key|priv))[^/]*\.pem$/i.test(abs)) return [];
    return isCredentialFileName(v) || isCredentialFile(abs) ? [v] : [];
  });
}

function push(inv: Invocation, args: ReturnType<typeof positionals>): void {
  if (hasFlag(args, '-n', '--dry-run')) {
    // `git push --dry-run`: does everything except send the updates (git-push manual).
    inv.env.b.verb('read', 'network').finding('dry_run', '`git push --dry-run` sends nothing', inv.span);
    return;
  }
  const b = inv.env.b.verb('write', 'network');
  // A security workflow (CodeQL, dependency review, secret scanning…) an earlier `git rm` of this input took out: the push
  // removes the check from the remote branch (access-widened.ts).
  const removed = [...(inv.scope.removedSecurityWorkflows ?? [])];
  if (removed.length > 0) b.verb('delete').destroy('security_workflow_removed', `\`git push\` publishes the removal of the security workflow \`${removed[0]}\`: its check no longer runs`, inv.span);
  // A credential file an earlier `git add` and `git commit` of this input put in a commit: the push sends it to the remote,
  // where everyone who can clone reads it and its history keeps it (SECURITY.md: a secret sent off the machine).
  const secret = [...(inv.scope.secretsCommitted ?? [])][0];
  if (secret !== undefined) b.destroy('secret_sent', `\`git push\` sends the credential file \`${secret}\`, committed earlier in this input, to the remote`, inv.span);
  const pos = positionals(args, new Set(['--repo', '-o', '--push-option', '--receive-pack', '--exec']));
  const remote = pos[0]?.value ?? 'origin';
  const refspecs = pos.slice(1);
  const force = hasFlag(args, '--force', '-f');
  const lease = args.some((a) => a.value?.startsWith('--force-with-lease') || a.value === '--force-if-includes');
  const branchOf = (ref: string | null) => (ref === null ? null : (ref.split(':').pop() ?? ref).replace(/^\+/, '').replace(/^refs\/heads\//, ''));
  const names = refspecs.length > 0 ? refspecs.map((r) => branchOf(r.value)) : [inv.env.ctx.gitBranch ?? null];
  // The remote named on the line (`git push production main`, a URL) says where the push goes, as the session's remote does.
  for (const n of names) {
    b.target(envTarget(inv, 'git', `git:${remote}/${n ?? '?'}`, [clue('git_remotes', inv.env.ctx.gitRemote), clue('git_remotes', pos[0]?.value), clue('git_branches', n), clue('names', n)], ['write']));
  }
  if (hasFlag(args, '--mirror')) b.verb('delete', 'replace').destroy('git_push_mirror', '`git push --mirror` overwrites and deletes remote refs', inv.span);
  if (hasFlag(args, '--delete', '-d') || refspecs.some((r) => r.value?.startsWith(':'))) {
    // A feature branch deleted on the remote (the lead's decision 30, round 17): its commits stay in its merged pull request
    // or in this clone. A tag, a long-lived branch, a name the input does not fix, or a remote named for production is not one.
    const deleted = hasFlag(args, '--delete', '-d') ? refspecs.map((r) => r.value) : refspecs.filter((r) => r.value?.startsWith(':')).map((r) => r.value!.slice(1));
    const remoteTier = heuristicEnvironment(remote);
    if (deleted.length > 0 && deleted.every((n) => isFeatureBranch(n)) && remoteTier !== 'production' && remoteTier !== 'staging') b.verb('delete').finding('git_push_delete_feature_branch', `deletes the feature branch ${deleted.map((n) => `\`${n}\``).join(', ')} on \`${remote}\``, inv.span);
    else b.verb('delete').destroy('git_push_delete', 'deletes a remote branch or tag', inv.span);
  }
  if (hasFlag(args, '--prune')) b.verb('delete').destroy('git_push_prune', '`git push --prune` deletes remote branches', inv.span);
  if (force || refspecs.some((r) => r.value?.startsWith('+'))) b.verb('replace').destroy('git_push_force', 'force push overwrites remote history', inv.span);
  else if (lease && names.some((n) => n === null || PROTECTED_BRANCH.test(n))) b.verb('replace').destroy('git_push_force_protected', 'force-with-lease push to a protected branch rewrites shared history', inv.span);
  else if (lease) b.verb('replace').finding('git_push_force_with_lease', 'force-with-lease push to a feature branch');
}

/**
 * The JSON body `gh api` and `glab api` send from their fields (gh-api(1), glab-api(1)): `-f key=value` is a string, `-F key=value` is typed (`true`,
 * `false`, `null` and integers become JSON values); `key[sub]=v` nests and `key[]=v` appends to an array. A field whose
 * value is not fixed (or `@file`) is left out: the body rules then see less, never a value that was not sent.
 */
function apiFields(inv: Invocation): JsonValue | undefined {
  // `--input -` sends standard input as the body (gh-api(1)): a here-doc or here-string's JSON is in the line. (The shell
  // parser may keep the `-` out of the words when a here-doc feeds the command.)
  const input = optionValue(inv.args, '--input');
  if ((input === '-' || (input === undefined && hasFlag(inv.args, '--input'))) && typeof inv.stdin?.text === 'string') {
    try {
      return JSON.parse(inv.stdin.text) as JsonValue;
    } catch {
      return inv.stdin.text;
    }
  }
  const body: Record<string, JsonValue> = {};
  let any = false;
  inv.args.forEach((a, i) => {
    const prev = inv.args[i - 1]?.value;
    const typed = prev === '-F' || prev === '--field';
    if (!typed && prev !== '-f' && prev !== '--raw-field') return;
    const m = a.value === null ? null : /^([^=[\]]+)((?:\[[^\]]*\])*)=(.*)$/s.exec(a.value);
    if (!m || (typed && m[3]!.startsWith('@'))) return;
    const raw = m[3]!;
    const value: JsonValue = typed && /^(true|false|null|-?\d+)$/.test(raw) ? (JSON.parse(raw) as JsonValue) : raw;
    const keys = [m[1]!, ...[...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((k) => k[1]!)];
    let at: Record<string, JsonValue> | JsonValue[] = body;
    keys.forEach((k, j) => {
      const last = j === keys.length - 1;
      if (Array.isArray(at)) {
        if (last) at.push(value);
        else {
          const o: Record<string, JsonValue> = {};
          at.push(o);
          at = o;
        }
        return;
      }
      if (last) at[k] = value;
      else {
        const next = keys[j + 1] === '' ? [] : {};
        const cur = at[k];
        at = (cur !== null && typeof cur === 'object' ? cur : (at[k] = next)) as Record<string, JsonValue> | JsonValue[];
      }
    });
    any = true;
  });
  return any ? body : undefined;
}

/** What part of a `gh api`/`glab api` body comes from a file the input does not show, or null. */
function unseenApiBody(inv: Invocation): string | null {
  const input = optionValue(inv.args, '--input');
  if (input === null || (input !== undefined && (input !== '-' || inv.stdin?.text == null))) return `the body ${input === null ? 'of a file not fixed in the input' : input === '-' ? 'from standard input' : `of \`${input}\``}`;
  const field = inv.args.find((a, i) => (inv.args[i - 1]?.value === '-F' || inv.args[i - 1]?.value === '--field') && (a.value === null || /^[^=]+=@/.test(a.value)));
  return field ? `\`${field.value ?? field.text}\` read from a file` : null;
}

/**
 * `gh api` and `glab api` send one REST (or GraphQL) request, judged as the same request sent with `http_request`: a
 * DELETE that loses nothing there (a file removed by a commit, a label, a cache, job artifacts) is harmless; any other
 * DELETE destroys; a GET without fields reads; anything else is a write whose endpoint (a `…/disable`, an `…/erase`) and
 * body (the fields: with fields the method defaults to POST, gh-api(1) and glab-api(1)) can destroy.
 */
export function forgeApi(inv: Invocation, cli: 'gh' | 'glab', fixedUrl: string | null, endpoint: string | null, shownUrl: string | null = null): void {
  const b = inv.env.b.verb('network');
  const option = optionValue(inv.args, '-X', '--method');
  if (option === null) {
    // SECURITY: the method is not in the input; it may be a DELETE.
    b.opaque('http_dynamic_method', `\`${cli} api\` sends a method that is not fixed in the input`, inv.span);
    return;
  }
  const given = option?.toUpperCase();
  const fields = hasFlag(inv.args, '-f', '-F', '--field', '--raw-field', '--input');
  const method = given ?? (fields ? 'POST' : 'GET');
  const shownAs = `\`${cli} api -X ${method} ${endpoint ?? (fixedUrl === null ? (shownUrl ?? '') : '')}\``;
  let url = fixedUrl;
  if (method === 'DELETE') {
    const harmless = url ? (harmlessHttpDelete(url) ?? restApiNoLoss('DELETE', url, undefined, undefined)?.why ?? null) : null;
    if (harmless) b.verb('delete').finding('http_delete_harmless', `${shownAs}: ${harmless}`, inv.span);
    else b.verb('delete').destroy(`${cli}_api_delete`, shownAs, inv.span);
    return;
  }
  if (method === 'GET' && !fields) {
    b.verb('read');
    return;
  }
  b.verb('write');
  if (url === null) {
    // The lead's answer 335 (round 32): an endpoint partly given by a variable or a substitution is judged by its fixed
    // part, a variable in an id position read as an id; a variable that is the whole path or stands where the operation
    // is named leaves the operation unknown.
    if (shownUrl === null) return;
    const hidden = hiddenOperation(method, shownUrl, 'shell');
    if (hidden) {
      b.opaque('http_dynamic_endpoint', `${shownAs}: ${hidden}`, inv.span);
      return;
    }
    url = shownUrl;
  }
  // A body the input does not show (`--input FILE`, a field read from a file with `-F name=@FILE`): unseen content, unknown
  // where the method and path could destroy by their body (access-widened.ts).
  const fromFile = unseenApiBody(inv);
  if (fromFile && unseenBodyCouldDestroy(method, url)) b.opaque('http_body_unseen', `${shownAs} sends ${fromFile}, whose content the input does not show`, inv.span);
  // A path whose every method loses nothing (a CI run's record, a dry run) reads as the HTTP door reads it.
  const harmless = harmlessUrl(url);
  if (harmless) b.finding('http_harmless', `${shownAs}: ${harmless}`, inv.span);
  else if (destructiveEndpoint(url)) b.verb('delete').destroy('http_destructive_endpoint', `${shownAs} to a destructive endpoint`, inv.span);
  else if (outageEndpoint(url)) b.destroy('service_outage', `${shownAs} takes the service out of service`, inv.span);
  for (const fx of httpBodyEffects(method, url, apiFields(inv))) b.destroy(fx.code, `${shownAs}: ${fx.why}`, inv.span);
}

/** glab-api(1): endpoints are under `/api/v4/` of the host (`--hostname`, gitlab.com by default); `:id`, `:fullpath`, `:branch`, ... are filled in. */
export function glabApi(inv: Invocation): void {
  const pos = positionals(inv.args, new Set(['-R', '--repo', '-X', '--method', '-f', '-F', '--field', '--raw-field', '-H', '--header', '--hostname', '--input']));
  const endpoint = pos[1]?.value ?? null;
  const host = optionValue(inv.args, '--hostname') ?? 'gitlab.com';
  const toUrl = (given: string) => {
    const path = given.replace(/^\/+/, '').replace(/:(id|fullpath|repo|branch|user|username|group|namespace)\b/g, 'x');
    return /^https?:\/\//i.test(given) ? given : path === 'graphql' ? `https://${host}/api/graphql` : `https://${host}/api/v4/${path}`;
  };
  const url = endpoint === null ? null : toUrl(endpoint);
  const text = pos[1]?.text.replace(/["']/g, '');
  inv.env.b.target(envTarget(inv, 'git', `gitlab:${optionValue(inv.args, '-R', '--repo') ?? inv.env.ctx.gitRemote ?? '.'}`, [clue('git_remotes', optionValue(inv.args, '-R', '--repo') ?? inv.env.ctx.gitRemote), clue('names', host)]));
  forgeApi(inv, 'glab', url, endpoint, url === null && text !== undefined ? toUrl(text) : null);
}

export function gh(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['-R', '--repo', '-X', '--method', '-f', '-F', '--field', '--raw-field', '-H', '--header', '-q', '--jq', '-t', '--template', '-b', '--body', '--title', '-L', '--limit', '--hostname', '--input', '--cache']));
  const [group, action] = [pos[0]?.value ?? null, pos[1]?.value ?? null];
  const repo = inv.args.find((a, i) => inv.args[i - 1]?.value === '-R' || inv.args[i - 1]?.value === '--repo')?.value ?? (group === 'repo' ? pos[2]?.value : undefined);
  // `--env production` names the GitHub environment whose secrets or variables are acted on.
  b.target(envTarget(inv, 'git', `github:${repo ?? inv.env.ctx.gitRemote ?? '.'}`, [clue('git_remotes', repo ?? inv.env.ctx.gitRemote), clue('names', repo), clue('names', group === 'secret' || group === 'variable' ? optionValue(inv.args, '-e', '--env') : null)]));
  if (group === 'api') {
    // The endpoint is a path of GitHub's REST API (gh-api(1); `{owner}`, `{repo}` and `{branch}` are filled from the
    // current repository).
    // The lead's answer 154 (rounds 24, 25): an endpoint whose only variables are query values (`…/actions/caches?key=$k`),
    // or whose only variable is the origin (`"$GITHUB_API_URL/repos/O/R/…"`: gh takes a full URL; `--hostname "$GH_HOST"`
    // for GitHub Enterprise's `/api/v3/`), has a fixed path, judged as written on an unknown host.
    const text = pos[1]?.text.replace(/["']/g, '');
    const endpoint = pos[1]?.value ?? (text === undefined ? null : /^[^$`\\?]+\?[^`\\]*$/.test(text) ? text : variableOriginUrl(text));
    const hostname = optionValue(inv.args, '--hostname');
    const hostText = inv.args.find((a, i) => inv.args[i - 1]?.value === '--hostname')?.text.replace(/["']/g, '') ?? '';
    const host = hostname ?? (/^\$\{?[A-Za-z_]\w*\}?$/.test(hostText) ? hostText : null);
    const base = hostname === undefined ? 'https://api.github.com' : host === null ? null : `https://${host}/api/v3`;
    const toUrl = (given: string) => (base === null && !/^https?:\/\//i.test(given) ? null : /^https?:\/\//i.test(given) ? given : `${base}/${given.replace(/^\/+/, '').replace(/\{(owner|repo|branch)\}/g, 'x')}`);
    const url = endpoint === null ? null : toUrl(endpoint);
    forgeApi(inv, 'gh', url, endpoint, url === null && text !== undefined ? toUrl(variableOriginUrl(text) ?? text) : null);
    return;
  }
  // gh-gist-create(1) uploads its files, or standard input for `-` (or no file), to a gist on GitHub, public with
  // `--public`: a secret a printer feeds it (`kubectl get secret … -o yaml | gh gist create -`) or a credential file
  // leaves the machine, as `curl --data-binary @-` sends it.
  if (group === 'gist' && (action === 'create' || action === 'new')) {
    const files = positionals(inv.args, new Set(['-d', '--desc', '-f', '--filename'])).slice(2);
    const sent = files.length === 0 || files.some((f) => f.value === '-') ? inv.stdin?.secret : undefined;
    const cred = files.find((f) => f.value !== null && f.value !== '-' && (isCredentialFileName(f.value) || isCredentialFile(resolvePath(f.value, inv.scope) ?? '')));
    if (sent !== undefined || cred) {
      b.verb('network').destroy('secret_sent', `\`gh gist create\` uploads ${sent ?? `the credential file \`${cred!.value}\``} to GitHub`, inv.span);
      return;
    }
  }
  // The delete may sit one level down (`gh repo deploy-key delete`, `repo autolink delete`), come last (`gh project
  // item-delete`) or be spelt `remove` (`gh secret remove` and `gh variable remove` are aliases of delete). An alias is
  // the user's own shortcut in gh's config, not something on GitHub.
  const verb = group === 'repo' && /^(deploy-key|autolink)$/.test(action ?? '') ? (pos[2]?.value ?? null) : action;
  // gh-repo-deploy-key-add(1) `-w/--allow-write`: the key can push, a standing credential with a member's admin rights on
  // the repository (GitHub's deploy key reference); without it the key only reads.
  if (group === 'repo' && action === 'deploy-key' && verb === 'add' && hasFlag(inv.args, '-w', '--allow-write')) {
    b.verb('permissions').destroy('deploy_key_write', '`gh repo deploy-key add --allow-write`: a deploy key that can push', inv.span);
    return;
  }
  // gh-cache-delete(1) removes Actions caches, which the next run that misses them saves again (as the REST API's
  // `DELETE …/actions/caches`, which the HTTP judge counts harmless).
  if (group === 'cache' && verb === 'delete') {
    b.verb('delete').finding('path_rebuildable', '`gh cache delete`: Actions caches are saved again by the next run', inv.span);
    return;
  }
  // gh-run-delete(1) deletes a workflow run's record: disposable whatever its state (the lead's decision, round 15).
  if (group === 'run' && verb === 'delete') {
    b.verb('delete').finding('ci_run_record', '`gh run delete`: a CI run\'s record; the workflow stays and runs again', inv.span);
    return;
  }
  // gh-repo-sync(1) `--force`: "Hard reset the branch of the destination repository to match the source repository": the
  // destination's own commits on that branch (a fork's, or this clone's local ones) are dropped.
  if (group === 'repo' && action === 'sync' && hasFlag(inv.args, '--force')) {
    b.verb('replace').destroy('git_branch_force', '`gh repo sync --force` hard-resets the destination branch, dropping its own commits', inv.span);
    return;
  }
  // The lead's answer 108: one repository whose own name has a scratch word as a whole word (`jo/sandbox-test`,
  // `acme/tmp-playground`), deleted by name: made to be thrown away (answer 72). Every other repository stays destructive.
  if (group === 'repo' && action === 'delete' && scratchRepository(pos.slice(2), inv.args)) {
    b.verb('delete').finding('scratch_delete', `\`gh repo delete ${pos[2]!.value}\`: a repository named as scratch, made to be thrown away`, inv.span);
    return;
  }
  // The lead's answer 111: `gh pr merge --admin` merges past the branch's required reviews and checks: a safeguard off.
  if (group === 'pr' && action === 'merge' && hasFlag(inv.args, '--admin')) {
    b.verb('write').destroy('safeguard_off', '`gh pr merge --admin` merges past the required reviews and checks of the branch protection', inv.span);
    return;
  }
  if (group !== 'alias' && (verb === 'delete' || verb === 'delete-asset' || /^[a-z]+-delete$/.test(verb ?? '') || ((group === 'secret' || group === 'variable') && verb === 'remove'))) {
    b.verb('delete').destroy('gh_delete', `\`gh ${pos.slice(0, verb === action ? 2 : 3).map((p) => p.value).join(' ')}\``, inv.span);
    return;
  }
  // gh-workflow-disable(1): a disabled workflow's schedule and events start no run until `gh workflow enable`.
  // The lead's answer 110: as a paused Airflow DAG, a workflow disabled is benign unless its name or file says a safeguard
  // or delivery (backup, security, scan, CodeQL, audit, deploy, release) or is not fixed in the input.
  if (group === 'workflow' && action === 'disable' && pos.length === 3 && pos[2]!.value !== null && !namesSafeguardOrDelivery(pos[2]!.value)) {
    b.verb('write').finding('workflow_paused', `\`gh workflow disable ${pos[2]!.value}\`: the workflow is paused until \`gh workflow enable\``, inv.span);
    return;
  }
  if (group === 'workflow' && action === 'disable') {
    b.verb('write').destroy('service_outage', '`gh workflow disable`: the workflow runs no more (schedules and triggers do nothing) until enabled', inv.span);
    return;
  }
  if (group === 'repo' && (action === 'archive' || action === 'rename' || (action === 'edit' && hasFlag(inv.args, '--visibility')))) {
    b.verb('write').destroy('gh_repo_change', `\`gh repo ${action}\``, inv.span);
    return;
  }
  // The lead's answer 230 (round 28; answer 152 for the CLI): gh-secret-set(1) replaces a secret's value (Actions,
  // Dependabot, Codespaces; a repository's, an organisation's or an environment's), which no one can read back: lost
  // whatever its name. gh-variable-set(1) of names that are not a secret's is a write; a secret's name, or names in a
  // file (`-f .env`) or not fixed, stay a loss.
  if ((group === 'secret' || group === 'variable') && action === 'set') {
    const name = positionals(inv.args, GH_SECRET_VALUE_OPTIONS)[2];
    const fromFile = optionValue(inv.args, '-f', '--env-file') !== undefined;
    if (group === 'secret' || fromFile || name?.value == null || !namesPlainSetting(name.value)) {
      b.verb('permissions').destroy('ci_secret_replaced', `\`gh ${group} set ${fromFile ? '-f …' : (name?.value ?? '…')}\` replaces ${group === 'secret' ? 'a CI secret\'s value' : 'a variable named as a secret (or names not shown)'}: its value is kept nowhere else`, inv.span);
      return;
    }
  }
  if ((group === 'secret' || group === 'variable') && action !== 'list') b.verb('permissions');
  else if (['list', 'view', 'status', 'diff', 'checks', 'browse', 'search', 'watch', 'download', 'clone', 'auth'].includes(action ?? group ?? '')) b.verb('read');
  else b.verb('write');
}

/** gh-secret-set(1) and gh-variable-set(1) options that take a value. */
const GH_SECRET_VALUE_OPTIONS: ReadonlySet<string> = new Set(['-R', '--repo', '-b', '--body', '-f', '--env-file', '-e', '--env', '-a', '--app', '-o', '--org', '-v', '--visibility', '-r', '--repos']);

/** `gh repo delete [OWNER/]NAME`: one repository, fixed in the input, whose own name is scratch by a whole word (answer 108). */
function scratchRepository(names: Word[], args: Word[]): boolean {
  return names.length === 1 && !args.some((a) => a.value === null) && namesScratchRepository(names[0]!.value!);
}

/** Whether every pathspec of a `git clean` names a build-output or cache folder or file (at least one pathspec). */
function cleanOnlyRebuildable(inv: Invocation, args: Word[]): boolean {
  const specs = positionals(args, new Set(['-e', '--exclude']));
  const ignoredOnly = hasFlag(args, '-X') && !hasFlag(args, '-x') && !args.some((a) => a.value !== null && /^(-e|--exclude)/.test(a.value));
  return specs.length > 0 && specs.every((w) => w.value !== null && (w.glob || /[*?[]/.test(w.value) ? buildFolderGlob(inv, w, ignoredOnly) : pathEffect(inv, w).cls === 'rebuildable' || (ignoredOnly && projectBinFolder(w.value))));
}

/**
 * Round 40 (pw41, answer 418): a pathspec glob whose last segment is a build-output folder's literal name (`src/` star `/obj`,
 * and under `-X` `/bin`) names those folders: git's `*` also crosses `/`, so whatever it matches still ends in that
 * folder. Judged with each glob segment read as one project's name; a glob in the last segment, `..` or an absolute
 * path is not read (fail closed).
 */
function buildFolderGlob(inv: Invocation, w: Word, ignoredOnly: boolean): boolean {
  const segs = w.value!.split(/[\\/]+/);
  const last = segs[segs.length - 1] ?? '';
  if (segs.length < 2 || segs[0] === '' || /^[A-Za-z]:$/.test(segs[0]!) || segs.includes('..') || segs.includes('.git') || /[*?[\]]/.test(last) || last.startsWith(':')) return false;
  const named = segs.map((s) => (/[*?[\]]/.test(s) ? 'project' : s)).join('/');
  return pathEffect(inv, { ...w, text: named, value: named, glob: false }).cls === 'rebuildable' || (ignoredOnly && projectBinFolder(named));
}

/**
 * Under `git clean -X` (only what .gitignore ignores), a `bin` folder below a project (`src/Shop.Api/bin`) is .NET's and
 * Go's build output; a top-level `bin/` (Rails' binstubs, scripts) is not read so.
 */
function projectBinFolder(spec: string): boolean {
  const segs = spec.replace(/[\\/]+$/, '').split(/[\\/]+/);
  return segs.length >= 2 && segs[0] !== '' && !/^[A-Za-z]:$/.test(segs[0]!) && !segs.includes('..') && !segs.includes('.git') && !segs.some((s) => /[*?[\]]/.test(s) || s.startsWith(':')) && segs[segs.length - 1]!.toLowerCase() === 'bin';
}

/**
 * The lead's answer 359.4 (round 35, s35): `git branch -D "$b"` in `for b in $(git branch --merged main | grep -v main)`, or
 * `git branch -D $(LISTING)`: every name deleted is one a merged-branch listing printed (disposable-listing.ts, read by the
 * walker as `LISTING | xargs git branch -D` is). Why, or null.
 */
function mergedListingDelete(inv: Invocation): string | null {
  const itemOf = (w: Word): string => /^"?\$\{?([A-Za-z_]\w*)\}?"?$/.exec(w.text)?.[1] ?? w.text;
  const names = inv.args.filter((a) => a.value === null || !a.value.startsWith('-'));
  const listed = names.slice(1).map((w) => (w.value === null ? inv.scope.listedBy?.get(itemOf(w)) : undefined));
  if (names[0]?.value !== 'branch' || listed.length === 0 || listed.some((l) => l?.kind !== 'merged branches')) return null;
  return disposableListingDelete(listed[0], ['git', ...inv.args.filter((a) => !names.slice(1).includes(a)).map((a) => a.value)], undefined);
}
