import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionContext, type ActionFacts, type ShellDialect } from '../core/index.ts';
import { repairArguments } from './powershell/repair.ts';
import { createClassifier, type Classifier } from './index.ts';

// Round 33 (branch n33): the lead's answers 346.2-346.4, 346.6, 347.1 and 347.4, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const REPO: ActionContext = { cwd: '/home/dev/app', home: '/home/dev' };
const WIN: ActionContext = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
function sh(command: string, shell?: ShellDialect, ctx: ActionContext = REPO): ActionFacts {
  return classifier.classify({ kind: 'shell', command, ...(shell ? { shell } : {}) }, ctx, EMPTY_INVENTORY);
}
const benign = (command: string, shell?: ShellDialect, ctx?: ActionContext): void => assert.equal(sh(command, shell, ctx).destructive, false, command);
const destructive = (command: string, shell?: ShellDialect, ctx?: ActionContext): void => assert.equal(sh(command, shell, ctx).destructive, true, command);
const unknown = (command: string): void => assert.equal(sh(command).confidence, 'opaque', command);

describe('a dev database reset by the tool\'s default (answers 346.2-346.4)', () => {
  test('Rails db:reset/db:drop with RAILS_ENV unset or development, by rails, rake, binstubs and bundle exec', () => {
    for (const c of ['bin/rails db:reset', './bin/rake db:drop db:create db:migrate', 'bundle exec rake db:reset', 'rails db:drop', 'RAILS_ENV=development bin/rails db:reset']) benign(c);
  });
  test('Rails: another environment by a variable, a task word or -e, a dynamic one, a connection, another host or pod, another task', () => {
    for (const c of ['RAILS_ENV=production bin/rails db:reset', 'bin/rails db:reset RAILS_ENV=staging', 'bin/rails db:drop -e production', 'ENV=production rails db:drop', 'RAILS_ENV=$TARGET bin/rails db:reset', 'DATABASE_URL=postgres://db.prod/app bin/rails db:reset', "ssh web1 'cd /srv/app && bin/rails db:reset'", 'kubectl exec deploy/web -- bin/rails db:reset', 'RAILS_ENV=production bin/rails db:schema:load', 'ssh web1 bin/rails db:rollback']) destructive(c);
    // answer 355 (round 33, lead): the other whole-database tasks and step rollbacks of the default database join 346.2
    for (const c of ['bin/rails db:schema:load', 'bin/rails db:rollback']) benign(c);
  });
  test('Mix: ecto.drop and ecto.rollback (--all or a step, answer 355) as ecto.reset; MIX_ENV=prod stays destructive', () => {
    for (const c of ['mix ecto.drop', 'mix ecto.rollback --all', 'MIX_ENV=dev mix ecto.drop']) benign(c);
    for (const c of ['MIX_ENV=prod mix ecto.drop', 'MIX_ENV=prod mix ecto.rollback', 'ssh web1 mix ecto.drop']) destructive(c);
    benign('mix ecto.rollback');
  });
  test('EF Core: DOTNET_ENVIRONMENT=Development as ASPNETCORE_ENVIRONMENT; either naming another stays destructive', () => {
    benign('DOTNET_ENVIRONMENT=Development dotnet ef database drop --force');
    destructive('DOTNET_ENVIRONMENT=Production dotnet ef database drop --force');
    destructive('ASPNETCORE_ENVIRONMENT=Staging DOTNET_ENVIRONMENT=Development dotnet ef database drop --force');
  });
});

describe('an interpreter-run script named for production is unknown (answer 346.6)', () => {
  test('python, node, ruby, php', () => {
    for (const c of ['python scripts/cleanup-prod.py', 'node scripts/seed-production.js', 'ruby script/purge_live.rb', 'php bin/sync-prod.php']) unknown(c);
  });
  test('other names and inline code are the repository\'s steps', () => {
    for (const c of ['python scripts/cleanup.py', 'node scripts/product-feed.js', "python3 -c \"print('prod')\""]) benign(c);
  });
});

describe('a drive-root tmp/Temp folder is temporary (answer 347.1)', () => {
  test('below it, in cmd, PowerShell and a Git Bash path', () => {
    benign('rd /s /q D:\\tmp\\exports', 'cmd', WIN);
    benign('Remove-Item E:\\Temp\\build -Recurse -Force', 'powershell', WIN);
    benign('rm -rf /d/tmp/app-build', undefined, WIN);
  });
  test('the folder itself, a look-alike name, or .. out of it are not', () => {
    destructive('rd /s /q D:\\tmp', 'cmd', WIN);
    destructive('rd /s /q D:\\temporary\\x', 'cmd', WIN);
    destructive('rd /s /q D:\\tmp\\..\\data', 'cmd', WIN);
  });
});

describe('a subexpression inside a bare PowerShell argument (answer 347.4)', () => {
  test('the repair takes it into the word and double-quotes the word', () => {
    assert.equal(repairArguments('Copy-Item x D:\\a\\app-$(Get-Date -Format yyyyMMdd).zip'), 'Copy-Item x "D:\\a\\app-$(Get-Date -Format yyyyMMdd).zip"');
    assert.equal(repairArguments('echo a$(x)-$(y).log'), 'echo "a$(x)-$(y).log"');
    assert.equal(repairArguments("Copy-Item x $env:TEMP\\o-$(Get-Date -Format 'yyyy').zip"), "Copy-Item x \"$env:TEMP\\o-$(Get-Date -Format 'yyyy').zip\"");
  });
  test('a leading subexpression, a parameter, quotes outside it, a double quote inside it, an unclosed one: left', () => {
    for (const s of ['echo $(Get-Date)abc', 'Set-X -Name:a$(b)', "echo a$(b)'c'", 'echo a$(Get-Date -Format "yyyy")', 'echo a$(b']) assert.equal(repairArguments(s), s);
  });
  test('the command and the subexpression are judged', () => {
    benign('Compress-Archive -Path .\\src -DestinationPath D:\\archive\\app-$(Get-Date -Format yyyyMMdd).zip', 'powershell', WIN);
    destructive('Copy-Item .\\dist D:\\backup\\dist-$(Remove-Item C:\\Windows -Recurse -Force)', 'powershell', WIN);
  });
});
