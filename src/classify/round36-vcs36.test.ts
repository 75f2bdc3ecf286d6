/**
 * Round 36 (vcs36): classes from blind36-studio's tuned misses (a game / media studio's pipeline and build team's agent).
 * Version control other than git as catalogue entries (service-catalogue.ts): Perforce `p4` (obliterate -y, shelve -d,
 * revert, clean, reconcile -w, sync -f, resolve -at, client -d -f, label/user/depot -d, protect -i, security=0, admin stop;
 * a CI agent's own checkout excepted, decision 38) and `p4d -jr`; `svnadmin` (setlog/setrevprop replace unversioned
 * properties); Subversion's `--accept theirs-full` and `rm --force` of working-copy paths; Mercurial (strip --no-backup,
 * rollback, purge, update -C, revert --no-backup, shelve -d, phase --force to draft, `--config hooks.*`); Plastic SCM `cm`
 * (undo, undocheckout, changeset/repository/shelve/label deletes). Distribution: SteamCMD (`+run_app_build` deploys,
 * `+app_uninstall` destroys), Epic's BuildPatchTool (`UnlabelBinary` withdraws a build), Steam's `RefundTxn`
 * (other-kinds.ts). Places: a TeamCity agent's `buildAgent/work/HASH` checkout (windows-paths.ts), GPU drivers' shader
 * caches and Unity's global cache and `Library` subfolders (paths.ts, windows-paths.ts), Unreal's `Binaries/<Platform>` with
 * `Intermediate` (filesystem.ts). fix36-vcs36.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string, context?: Record<string, string>): string => answer('command', command, context).decision;

test('Perforce: history and uncommitted work lost destroy; depot-kept deletes, previews and reads do not', () => {
  for (const c of ['p4 obliterate -y //G/Main/Movies/...', 'p4 -u super obliterate -y -a -b //G/Old/...', 'p4 stream --obliterate -y //G/Dev-X', 'p4 sync -f //G/Main/...', 'p4 -ztag revert //...', 'p4 revert -c 12 //G/Main/...', 'p4 clean //G/Main/...', 'p4 reconcile -w //G/Main/...', 'p4 resolve -at //G/Main/...', 'p4 shelve -d -c 12', 'p4 client -d -f -Fs alice-ws', 'p4 label -d G_1.0_GOLD', 'p4 user -d -f bob', 'p4 depot -d -f Legacy', 'p4 configure set security=0', 'p4 admin stop', 'p4d -r /p4/root -jr /p4/ckp.9.gz']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['p4 sync //G/Main/...#head', 'p4 sync -f -n //G/Main/...', 'p4 revert -a //...', 'p4 revert -k //...', 'p4 revert -n //...', 'p4 clean -n //G/Main/...', 'p4 obliterate //G/Main/Movies/...', 'p4 delete //G/Main/Legacy/...', 'p4 stream -d //G/Dev-X', 'p4 change -d 44', 'p4 shelve -c 12', 'p4 label -d ci-label-77', 'p4 submit -d "fix"', 'p4 admin restart', 'p4 admin checkpoint -Z', 'p4d -r /p4/root -jd /p4/ckp', 'p4 describe -s 41210']) assert.equal(decide(c), 'benign', c);
  assert.equal(decide("printf 'Protections:\\n\\tsuper user * * //...\\n' | p4 protect -i"), 'unknown');
});

test("Perforce in a CI agent's own checkout (TeamCity's buildAgent/work/HASH): a clean or forced sync is the agent's to redo", () => {
  const ci = { cwd: '/opt/buildAgent/work/5d1e0c9a77b3f210/game', home: '/home/tc' };
  for (const c of ['p4 clean //tc-ws/...', 'p4 -c tc-ws sync -f //tc-ws/...@41240', 'p4 revert //tc-ws/...']) assert.equal(decide(c, ci), 'benign', c);
  for (const c of ['p4 clean //dev-ws/...', 'p4 sync -f //dev-ws/...']) assert.equal(decide(c, { cwd: '/home/dev/p4/game', home: '/home/dev' }), 'destructive', c);
});

test('Subversion and svnadmin: theirs-full and rm --force of working-copy paths destroy; URLs, dumps and lock removals do not', () => {
  for (const c of ['svn update --accept theirs-full', 'svn merge ^/branches/r2 --accept tf', 'svn rm --force Levels/Arena', 'svnadmin setlog /srv/svn/r -r 9 m.txt --bypass-hooks']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['svn resolve --accept working x.ma', 'svn merge ^/branches/r2 --accept postpone', 'svn rm --force ^/branches/spike -m drop', 'svnadmin dump /srv/svn/r -F /backup/r.dump', 'svnadmin hotcopy /srv/svn/r /backup/r', 'svnadmin rmlocks /srv/svn/r /trunk/a.psd', 'svnadmin lslocks /srv/svn/r']) assert.equal(decide(c), 'benign', c);
});

test('Mercurial and Plastic SCM: work discarded and history removed without a backup destroy; bundle-kept rewrites do not', () => {
  for (const c of ['hg strip --no-backup -r 21', 'hg rollback', 'hg purge --all', 'hg update -C default', 'hg revert --all --no-backup', 'hg shelve --delete wip', 'hg phase --force --draft -r 100:', 'cm undo -r .', 'cm unco --all', 'cm changeset delete cs:4', 'cm repository delete rep:Art@srv:8087']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['hg strip -r 21', 'hg push -f -r . default', 'hg purge --print', 'hg up --check stable', 'hg shelve -n wip', 'hg log -l 5', 'cm status', 'cm ci -c="x" --all', 'cm branch delete br:/main/task-1', 'cm remove Assets/old.mat']) assert.equal(decide(c), 'benign', c);
  // A hook set on the line runs a command the catalogue does not read: not known.
  assert.equal(decide("hg --config hooks.pre-status='rm -rf ~' status"), 'unknown');
});

test('distribution tools: uploads and labels deploy; an uninstall, an unlabel of a live build and a refund are losses', () => {
  for (const c of ['steamcmd +force_install_dir /srv/ds +login anonymous +app_uninstall 740 +quit', 'BuildPatchTool.exe -mode=UnlabelBinary -BuildVersion=1.0 -Label=Live -Platform=Windows']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['steamcmd +login ci +run_app_build /home/ci/app_build_1.vdf +quit', 'steamcmd +force_install_dir /srv/ds +login anonymous +app_update 740 +quit', 'BuildPatchTool.exe -mode=UploadBinary -BuildRoot=D:\\B -CloudDir=D:\\C -BuildVersion=1.0', 'BuildPatchTool.exe -mode=LabelBinary -BuildVersion=1.0 -Label=Live -Platform=Windows', 'BuildPatchTool.exe -mode=Compactify -CloudDir=D:\\C -preview']) assert.equal(decide(c), 'benign', c);
  const refund = answer('http_request', { method: 'POST', url: 'https://partner.steam-api.com/ISteamMicroTxn/RefundTxn/v3/', body: 'appid=1&orderid=2' });
  assert.equal(refund.decision, 'destructive');
});

test("caches and build output: GPU shader caches, Unity's global cache and Library folders, Unreal Binaries/<Platform> with Intermediate", () => {
  const mac = { cwd: '/Users/a/src/Game', home: '/Users/a' };
  for (const c of ['rm -rf ~/Library/Unity/cache/packages', 'rm -rf Library/ShaderCache', 'rm -rf Library/PackageCache Library/Bee', 'rm -rf ~/.nv/GLCache']) assert.equal(decide(c, mac), 'benign', c);
  assert.equal(decide('rm -rf ~/Library/Unity', mac), 'destructive');
  // The lead's answer 378.3 (round 37, sh37): a Unity project's Library, the workspace's top folder, is a cache by its name.
  assert.equal(decide('rm -rf Library', mac), 'benign');
  const ue = { cwd: '/home/a/src/Game', home: '/home/a' };
  assert.equal(decide('rm -rf Intermediate DerivedDataCache Binaries/Linux', ue), 'benign');
  for (const c of ['rm -rf Binaries/Linux', 'rm -rf Binaries/ThirdParty Intermediate']) assert.equal(decide(c, ue), 'destructive', c);
  const ps = (c: string) => answer('powershell', c, { cwd: 'C:\\Users\\a', home: 'C:\\Users\\a' }).decision;
  assert.equal(ps('Remove-Item "$env:LOCALAPPDATA\\NVIDIA\\DXCache\\*" -Recurse -Force'), 'benign');
  assert.equal(ps('Remove-Item -Recurse -Force "$env:LOCALAPPDATA\\NVIDIA Corporation"'), 'destructive');
});
