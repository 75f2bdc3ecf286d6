import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts, type JsonObject, type ShellDialect } from '../core/index.ts';
import { composeCommand } from './mcp/compose.ts';
import { createClassifier, type Classifier } from './index.ts';

// Round 32 (branch u32): the lead's answer 336 (what coding agents emit in a repository session), each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const REPO = { cwd: '/home/dev/app', home: '/home/dev' };
function sh(command: string, shell?: ShellDialect): ActionFacts {
  return classifier.classify({ kind: 'shell', command, ...(shell ? { shell } : {}) }, REPO, EMPTY_INVENTORY);
}
function mcp(server: string, tool: string, args: JsonObject): ActionFacts {
  return classifier.classify({ kind: 'mcp_tool_call', server, tool, arguments: args }, REPO, EMPTY_INVENTORY);
}
const codes = (f: ActionFacts): string[] => f.findings.map((x) => x.code);
const benign = (command: string, shell?: ShellDialect): void => assert.equal(sh(command, shell).destructive, false, command);
const destructive = (command: string, shell?: ShellDialect): void => assert.equal(sh(command, shell).destructive, true, command);
const unknown = (command: string, shell?: ShellDialect): void => assert.equal(sh(command, shell).confidence, 'opaque', command);

describe('pre-commit and prek run the committed hooks (answer 336.1)', () => {
  test('uninstall, install and run are the project\'s own steps', () => {
    benign('pre-commit uninstall');
    benign('prek uninstall -t pre-push');
    benign('pre-commit install --install-hooks');
  });
  test('the hook file removed by hand, or a destructive line beside it, stays destructive', () => {
    destructive('rm .git/hooks/pre-commit');
    destructive('pre-commit uninstall && rm -rf ~/.ssh');
  });
});

describe('a dev database reset named by the line or the tool\'s default (answer 336.2)', () => {
  test('mix: MIX_ENV unset or dev is the dev database', () => {
    benign('mix ecto.reset');
    benign('MIX_ENV=dev mix ecto.reset');
    assert.ok(codes(sh('mix ecto.reset')).includes('dev_database_reset'));
  });
  test('mix: another environment, a dynamic one, a connection given, or another task stays destructive', () => {
    destructive('MIX_ENV=prod mix ecto.reset');
    destructive('MIX_ENV=$TARGET mix ecto.reset');
    destructive('export MIX_ENV=staging; mix ecto.reset');
    destructive('DATABASE_URL=ecto://u:p@db.acme.io/app mix ecto.reset');
    // Answer 346.3 (round 33): `mix ecto.drop` and `mix ecto.rollback --all` with MIX_ENV unset are the dev database's.
    destructive('MIX_ENV=prod mix ecto.drop');
    destructive('MIX_ENV=staging mix ecto.rollback --all');
  });
  test('EF Core: Development named by ASPNETCORE_ENVIRONMENT or --environment, in any shell', () => {
    benign('ASPNETCORE_ENVIRONMENT=Development dotnet ef database drop --force');
    benign('dotnet ef database drop -f -- --environment Development');
    benign('dotnet ef database update 0 -- --environment=development');
    benign("$env:ASPNETCORE_ENVIRONMENT = 'Development'; dotnet ef database drop --force", 'powershell');
  });
  test('EF Core: no environment named, another one, two that disagree, or a connection given stays destructive', () => {
    destructive('dotnet ef database drop --force');
    destructive('ASPNETCORE_ENVIRONMENT=Production dotnet ef database drop --force');
    destructive('ASPNETCORE_ENVIRONMENT=Development dotnet ef database drop --force -- --environment Staging');
    destructive('ASPNETCORE_ENVIRONMENT=Development dotnet ef database drop -f --connection "Server=sql-prod-01;Database=Shop"');
    destructive('ConnectionStrings__Default="Server=sql-prod-01;Database=Shop" ASPNETCORE_ENVIRONMENT=Development dotnet ef database drop -f');
  });
  test('Rails read by its default since answer 346.2 (round 33): development unless RAILS_ENV names another', () => {
    benign('bin/rails db:reset');
    destructive('RAILS_ENV=production bin/rails db:reset');
  });
});

describe('the git server\'s git_branch_delete with force given (answer 336.3)', () => {
  test('composed as git branch -d, or -D when forced', () => {
    assert.equal(composeCommand('git_branch_delete', { repo_path: '/home/dev/app', branch: 'fix/typo', force: false }), 'git branch -d fix/typo');
    assert.equal(composeCommand('git_branch_delete', { repo_path: '/home/dev/app', branch: 'fix/typo', force: true }), 'git branch -d -D fix/typo');
    assert.equal(mcp('git', 'git_branch_delete', { repo_path: '/home/dev/app', branch: 'fix/typo', force: false }).destructive, false);
    assert.ok(mcp('git', 'git_branch_delete', { repo_path: '/home/dev/app', branch: 'fix/typo', force: true }).destructive);
  });
  test('force not given, or an argument the spec does not spell, is judged by the name', () => {
    assert.equal(composeCommand('git_branch_delete', { repo_path: '/home/dev/app', branch: 'fix/typo' }), null);
    assert.equal(composeCommand('git_branch_delete', { branch: 'fix/typo', force: false, remote: 'origin' }), null);
    assert.ok(mcp('git', 'git_branch_delete', { branch: 'fix/typo' }).destructive);
  });
});

describe('memory entities named scratch (answer 336.4)', () => {
  test('every entity named by a scratch-only word', () => {
    assert.equal(mcp('memory', 'delete_entities', { entityNames: ['tmp-scratch'] }).destructive, false);
    assert.equal(mcp('memory', 'delete_entities', { entityNames: ['scratch_notes', 'temp-plan'] }).destructive, false);
  });
  test('any other name, a bare sandbox, a kept word, another server or another argument stays destructive', () => {
    assert.ok(mcp('memory', 'delete_entities', { entityNames: ['tmp-scratch', 'ops'] }).destructive);
    assert.ok(mcp('memory', 'delete_entities', { entityNames: ['sandbox'] }).destructive);
    assert.ok(mcp('memory', 'delete_entities', { entityNames: ['scratch-prod'] }).destructive);
    assert.ok(mcp('memory', 'delete_entities', { entityNames: ['test-strategy'] }).destructive);
    assert.ok(mcp('notes', 'delete_entities', { entityNames: ['tmp'] }).destructive);
    assert.ok(mcp('memory', 'delete_entities', { entityNames: ['tmp'], cascade: true }).destructive);
  });
});

describe('a deployment deleted by id with target preview (answer 336.5)', () => {
  test('an opaque id, with a team beside it', () => {
    assert.equal(mcp('vercel', 'delete_deployment', { deploymentId: 'dpl_pr412preview', target: 'preview' }).destructive, false);
    assert.equal(mcp('vercel', 'delete_deployment', { deploymentId: 'dpl_9x', target: 'Preview', teamId: 'team_acme' }).destructive, false);
  });
  test('another target, none, a domain, an id that names a tier, or a project stays destructive', () => {
    assert.ok(mcp('vercel', 'delete_deployment', { deploymentId: 'dpl_9x', target: 'production' }).destructive);
    assert.ok(mcp('vercel', 'delete_deployment', { deploymentId: 'dpl_9x' }).destructive);
    assert.ok(mcp('vercel', 'delete_deployment', { deploymentId: 'shop.acme.com', target: 'preview' }).destructive);
    assert.ok(mcp('vercel', 'delete_deployment', { deploymentId: 'dpl_prod', target: 'preview' }).destructive);
    assert.ok(mcp('vercel', 'delete_deployment', { deploymentId: 'dpl_9x', target: 'preview', alias: 'shop.acme.com' }).destructive);
    assert.ok(mcp('vercel', 'delete_project', { projectId: 'web', target: 'preview' }).destructive);
  });
});

describe('an unseen script whose name says it destroys is unknown (answer 336.7)', () => {
  test('wipe, nuke, destroy, drop, purge, reset-all as whole words, by every way of running it', () => {
    unknown('./scripts/wipe-all.sh --force');
    unknown('bash scripts/nuke.sh');
    unknown('sh ./dropTables.sh');
    unknown('python3 scripts/purge_uploads.py');
    unknown('./bin/reset-all');
    unknown('source scripts/destroy-env.sh');
    unknown('.\\scripts\\wipe-local.ps1', 'powershell');
    unknown('call nuke.bat', 'cmd');
    // The lead's answer 364.3 (round 35): a reset of the database joins the words.
    unknown('./scripts/reset-db.sh');
    assert.ok(codes(sh('./scripts/wipe-all.sh')).includes('script_named_destroy'));
  });
  test('other names, and the word inside another word, stay the repository\'s own steps', () => {
    benign('./scripts/cleanup.sh');
    benign('node scripts/dropdown.js');
    benign('./scripts/reset-cache-all.sh');
  });
});

describe('rustup self uninstall (answer 336.9)', () => {
  test('destructive; one toolchain or component removed is not', () => {
    destructive('rustup self uninstall -y');
    assert.ok(codes(sh('rustup self uninstall')).includes('toolchain_self_uninstall'));
    benign('rustup self update');
    benign('rustup toolchain uninstall nightly-2024-05-01');
    benign('rustup component remove rust-docs');
  });
});

describe('the GitHub server\'s branch protection update is the same PUT (answer 336.12)', () => {
  const at = { owner: 'acme', repo: 'web', branch: 'main' };
  test('a safeguard set to null or false, or force pushes allowed', () => {
    assert.ok(codes(mcp('github', 'update_branch_protection', { ...at, required_pull_request_reviews: null, enforce_admins: false })).includes('safeguard_off'));
    assert.ok(mcp('github', 'update_branch_protection', { ...at, enforce_admins: false }).destructive);
    assert.ok(mcp('github', 'update_branch_protection', { ...at, allow_force_pushes: true }).destructive);
  });
  test('settings that keep the rules are a write', () => {
    assert.equal(mcp('github', 'update_branch_protection', { ...at, required_pull_request_reviews: { required_approving_review_count: 2 }, enforce_admins: true }).destructive, false);
    assert.equal(mcp('github', 'update_branch_protection', { ...at, branch: 'release/2.x', required_status_checks: { strict: true, contexts: ['ci'] } }).destructive, false);
  });
});

describe('a command\'s own assignments are in the environment of the shell it starts', () => {
  test('prefix and env(1) assignments reach `sh -c`', () => {
    benign('OUT=dist sh -c \'rm -rf "$OUT" && mkdir "$OUT"\'');
    benign('env OUT=dist bash -c \'rm -rf "$OUT"\'');
    destructive('env OUT=src bash -c \'rm -rf "$OUT"\'');
  });
  test('a value not fixed stays not fixed inside, and the assignment does not outlive the command', () => {
    destructive('OUT=dist; OUT=$NEXT sh -c \'rm -rf "$OUT"\'');
    destructive('env OUT=dist sh -c true; rm -rf "$OUT"');
  });
});
