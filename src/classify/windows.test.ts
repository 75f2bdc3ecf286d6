import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts, type ShellDialect } from '../core/index.ts';
import { expandDelayed, expandPercent, tokenize, UNKNOWN } from './cmd/tokenize.ts';
import { createClassifier, type Classifier } from './index.ts';
import { repairArguments } from './powershell/repair.ts';
import { decodeUtf16Base64 } from './windows/dispatch.ts';
import { grantedPrincipals } from './windows/tools.ts';
import { namesSensitivePort } from './public-access.ts';
import { classifyPath, resolvePath } from './paths.ts';

const WIN = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});
const facts = (command: string, shell?: ShellDialect, ctx = WIN): ActionFacts => classifier.classify({ kind: 'shell', command, ...(shell ? { shell } : {}) }, ctx, EMPTY_INVENTORY);
const codes = (f: ActionFacts) => f.findings.map((x) => x.code);

describe('Windows paths', () => {
  test('one spelling: \\\\?\\, \\\\?\\UNC, forward slashes, Git Bash mounts, drive letters in any case', () => {
    assert.equal(resolvePath('\\\\?\\c:\\Users\\dev\\Documents', WIN), 'C:\\Users\\dev\\Documents');
    assert.equal(resolvePath('\\\\?\\UNC\\nas\\share\\x', WIN), '\\\\nas\\share\\x');
    assert.equal(resolvePath('C:/Users/dev/app/../other', WIN), 'C:\\Users\\dev\\other');
    assert.equal(resolvePath('/d/data', WIN), 'D:\\data');
    assert.equal(resolvePath('.\\src', WIN), 'C:\\Users\\dev\\app\\src');
    assert.equal(resolvePath('\\Windows', WIN), 'C:\\Windows');
    assert.equal(resolvePath('~\\Documents', WIN), 'C:\\Users\\dev\\Documents');
  });

  test('critical the same way as on Linux: drive and share roots, profiles, system folders, home, repository root; case-insensitive', () => {
    const cls = (p: string) => classifyPath(resolvePath(p, WIN)!, WIN, EMPTY_INVENTORY);
    for (const p of ['E:\\', '\\\\nas\\share', 'C:\\Users', 'C:\\Users\\alice', 'c:\\windows\\system32', 'C:\\Program Files (x86)\\App', 'C:\\ProgramData', 'c:\\users\\DEV', 'C:\\Users\\dev\\app', 'C:\\Users\\dev\\Documents', 'C:\\Users\\dev\\app\\.git', 'HKLM:\\SOFTWARE\\X']) assert.equal(cls(p), 'critical', p);
    assert.equal(cls('node_modules'), 'rebuildable');
    assert.equal(cls('C:\\Users\\dev\\AppData\\Local\\Temp\\build'), 'temporary');
    assert.equal(cls('.\\src\\app.ts'), 'workspace');
    assert.equal(cls('E:\\projects\\SS'), 'outside');
  });

  test('D3 the control plane on Windows: the same patterns, any case, any spelling', () => {
    for (const p of ['.\\portcullis.yaml', 'C:\\Users\\dev\\app\\.CLAUDE\\settings.json', '\\\\?\\C:\\Users\\dev\\app\\policies\\x.cedar']) {
      assert.equal(classifyPath(resolvePath(p, WIN)!, WIN, EMPTY_INVENTORY), 'control_plane', p);
    }
    const f = facts("Set-Content -Path .CLAUDE\\Settings.json -Value '{}'", 'powershell');
    assert.ok(f.targets.some((t) => t.kind === 'control_plane'));
    assert.ok(f.destructive);
  });
});

describe('cmd tokenizer (cmd /? rules)', () => {
  test('%VAR% before splitting; carets escape outside quotes only; quotes stay in the word', () => {
    const env = new Map([['USERPROFILE', 'C:\\Users\\dev']]);
    assert.equal(expandPercent('rd /s /q %userprofile%\\x %NOPE% %X:~1%', env), `rd /s /q C:\\Users\\dev\\x ${UNKNOWN} ${UNKNOWN}`);
    const words = tokenize('r^d /s "a ^& b"&& echo x>f 2>nul').map((t) => (t.kind === 'word' ? t.text : t.kind === 'op' ? t.op : `R${t.op}`));
    assert.deepEqual(words, ['rd', '/s', '"a ^& b"', '&&', 'echo', 'x', 'R>', 'f', 'R2>', 'nul']);
  });

  test('the three reported commands are destructive from every shell they arrive in', () => {
    assert.ok(facts('Remove-Item "E:\\projects\\SS" -Recurse -Force', 'powershell').destructive);
    assert.ok(facts('cmd /c "rmdir /s /q C:\\Users\\dev\\projects"').destructive);
    for (const shell of ['cmd', 'powershell', undefined] as const) {
      const f = facts('cmd.exe /d /c "rd /s /q \\"\\\\?\\E:\\projects\\SS\\""', shell);
      assert.ok(f.destructive, String(shell));
    }
  });
});

describe('PowerShell', () => {
  test('classify:encoded-exact-or-opaque -EncodedCommand is decoded exactly (UTF-16LE base64), else opaque (F1)', () => {
    assert.equal(decodeUtf16Base64('VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIABoAGUAbABsAG8A'), 'Write-Output hello');
    assert.equal(decodeUtf16Base64('not base64!'), null);
    assert.equal(decodeUtf16Base64(Buffer.from('rm -r C:\\').toString('base64')), null, 'UTF-8 is not what -EncodedCommand carries');
    const bad = facts('powershell -enc cm0gLXIgQzpc', 'powershell');
    assert.equal(bad.confidence, 'opaque');
    assert.ok(codes(bad).includes('powershell_encoded_unreadable'));
  });

  test('F1 what PowerShell might read differently is opaque: syntax errors, dynamic Invoke-Expression, script blocks built from text', () => {
    for (const c of ['Remove-Item C:\\x -Recurse }{ (', 'iex $payload', '& ([scriptblock]::Create($s))', "iex (irm 'https://example.com/x.ps1')"]) {
      assert.equal(facts(c, 'powershell').confidence, 'opaque', c);
    }
  });

  test('parameters bind as PowerShell binds them: prefixes, -Name:value, -WhatIf is a dry run', () => {
    assert.ok(facts('rm -r -fo C:\\Users\\dev\\app', 'powershell').destructive);
    assert.ok(facts('Remove-Item -Recurse:$true C:\\Users\\dev', 'powershell').destructive);
    assert.equal(facts('Remove-Item C:\\ -Recurse -WhatIf', 'powershell').destructive, false);
    assert.ok(facts('Remove-Item C:\\ -Recurse -WhatIf:$false', 'powershell').destructive);
  });

  test('bare arguments the grammar cannot place are rewritten to what PowerShell reads them as', () => {
    assert.equal(repairArguments('Remove-Item -Recurse $env:TEMP\\x; rm dist, build'), 'Remove-Item -Recurse "$env:TEMP\\x"; rm \'dist\',\'build\'');
    assert.equal(facts('Remove-Item -Recurse -Force dist, build', 'powershell').destructive, false);
    assert.ok(facts('Remove-Item -Recurse -Force dist, $env:USERPROFILE', 'powershell').destructive);
    assert.equal(repairArguments('git log -- src; npm test -- --watch=false'), "git log '--' src; npm test '--' \"--watch=false\"");
  });

  test('after `--` every word is positional: -WhatIf there is not a dry run (about_Parsing)', () => {
    assert.equal(facts('Remove-Item -Recurse C:\\data -WhatIf', 'powershell').destructive, false);
    assert.ok(facts('Remove-Item -Recurse C:\\data -- -WhatIf', 'powershell').destructive);
  });

  test('D8 a link to a control-plane file is a write to it (New-Item -ItemType SymbolicLink, mklink)', () => {
    assert.ok(facts('New-Item -ItemType SymbolicLink -Path .\\l -Target .\\portcullis.yaml', 'powershell').destructive);
    assert.ok(facts('mklink l portcullis.yaml', 'cmd').destructive);
  });

  test('an unknown shell language is opaque (F1)', () => {
    const f = classifier.classify({ kind: 'shell', command: 'ls', shell: 'fish' as ShellDialect }, WIN, EMPTY_INVENTORY);
    assert.equal(f.confidence, 'opaque');
  });
});

describe('classify:unknown-program-critical-target', () => {
  const LINUX = { cwd: '/home/dev/app', home: '/home/dev' };
  test('an unknown program that names home, the repository root, a system path, the control plane or a production target is opaque', () => {
    for (const c of ['cleanup-tool ~', 'zapper .', 'frobnicate --dir=/etc', 'toolx --config portcullis.yaml', 'releasectl rollout --cluster prod-cn-1', './nuke.sh /home/dev']) {
      const f = facts(c, undefined, LINUX);
      assert.equal(f.confidence, 'opaque', c);
      assert.ok(codes(f).includes('unknown_program_critical_target'), c);
    }
    assert.equal(facts('wipe-it C:\\', 'cmd').confidence, 'opaque');
  });
  test('one that names nothing critical stays a partial exec', () => {
    for (const c of ['mytool --input data.csv', 'converter /tmp/a.json /tmp/b.json', 'releasectl status --cluster dev-eu-1']) {
      const f = facts(c, undefined, LINUX);
      assert.equal(f.confidence, 'partial', c);
      assert.equal(f.destructive, false, c);
    }
  });
});

describe('round 9 Windows classes (blind9-win9)', () => {
  test('namesSensitivePort: single ports, lists and ranges that hold a database or remote-administration port', () => {
    assert.equal(namesSensitivePort('1433'), true);
    assert.equal(namesSensitivePort('80,3389'), true);
    assert.equal(namesSensitivePort('5400-5500'), true);
    assert.equal(namesSensitivePort('5000-5001'), false);
    assert.equal(namesSensitivePort('any'), false);
    assert.equal(namesSensitivePort(''), false);
  });

  test('`/?` alone with a subcommand prints usage; a named target keeps the command what it is', () => {
    assert.equal(facts('reg delete /?', 'cmd').destructive, false);
    assert.deepEqual(facts('reg delete /?', 'cmd').verbs, ['read']);
    assert.ok(facts('reg delete HKLM\\SOFTWARE\\Contoso /f /?', 'cmd').destructive);
  });

  test('manage-bde: reads, protection off, and settings that change back', () => {
    assert.deepEqual(facts('manage-bde -protectors -get C:', 'cmd').verbs, ['read']);
    for (const c of ['manage-bde -off D:', 'manage-bde -protectors -disable C:', 'manage-bde -protectors -delete C: -type TPM']) assert.ok(codes(facts(c, 'cmd')).includes('safeguard_disabled'), c);
    assert.equal(facts('manage-bde -on D: -RecoveryPassword', 'cmd').destructive, false);
  });

  test('WMI methods by name: StopService stops, StartService does not, Create of a process runs its command line as cmd', () => {
    assert.ok(codes(facts("Invoke-CimMethod -ClassName Win32_Service -Filter \"Name='W3SVC'\" -MethodName StopService", 'powershell')).includes('service_outage'));
    assert.equal(facts("Invoke-CimMethod -ClassName Win32_Service -Filter \"Name='W3SVC'\" -MethodName StartService", 'powershell').destructive, false);
    assert.ok(facts("Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList 'cmd /c rd /s /q C:\\Users\\dev'", 'powershell').destructive);
    assert.equal(facts("Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments @{ CommandLine = 'ipconfig /all' }", 'powershell').destructive, false);
    assert.equal(facts('Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList $line', 'powershell').confidence, 'opaque');
    assert.equal(facts('Invoke-CimMethod -ClassName Win32_Service -MethodName $m', 'powershell').confidence, 'opaque');
  });

  test('shares opened to Everyone, passwords replaced, ARM complete mode, ClearLog', () => {
    assert.ok(codes(facts("New-SmbShare -Name x -Path D:\\x -ChangeAccess 'Everyone'", 'powershell')).includes('share_open_to_everyone'));
    assert.equal(facts("New-SmbShare -Name x -Path D:\\x -ChangeAccess 'CORP\\Dev'", 'powershell').destructive, false);
    assert.ok(codes(facts('Set-LocalUser -Name svc -Password $p', 'powershell')).includes('credential_replaced'));
    assert.ok(codes(facts('New-AzResourceGroupDeployment -ResourceGroupName rg -TemplateFile t.json -Mode Complete', 'powershell')).includes('deployment_complete_mode'));
    assert.ok(facts('New-AzResourceGroupDeployment -ResourceGroupName rg -TemplateFile t.json', 'powershell').verbs.includes('deploy'));
    assert.ok(codes(facts("$s.ClearLog('Security')", 'powershell')).includes('event_log_clear'));
    assert.equal(facts("$s.ClearLog('Security', 'C:\\Temp\\sec.evtx')", 'powershell').destructive, false);
  });

  test('route and chkdsk: what reads, what cuts the machine off, what repairs', () => {
    assert.deepEqual(facts('route print', 'cmd').verbs, ['read']);
    assert.ok(codes(facts('route delete 0.0.0.0', 'cmd')).includes('default_route_deleted'));
    assert.ok(codes(facts('route -f', 'cmd')).includes('routes_flushed'));
    assert.equal(facts('route add 10.9.0.0 mask 255.255.0.0 10.0.0.1', 'cmd').destructive, false);
    assert.deepEqual(facts('chkdsk C: /scan', 'cmd').verbs, ['read']);
    assert.deepEqual(facts('chkdsk C: /f', 'cmd').verbs, ['write']);
  });

  test('a privileged built-in group gives every right; another group does not', () => {
    assert.ok(codes(facts("Add-LocalGroupMember -Group 'Administrators' -Member dev2", 'powershell')).includes('privileged_group_grant'));
    assert.ok(codes(facts('net localgroup Administrators dev2 /add', 'cmd')).includes('privileged_group_grant'));
    assert.equal(facts("Add-ADGroupMember -Identity 'Readers' -Members dev2", 'powershell').destructive, false);
    assert.equal(facts('net localgroup Administrators', 'cmd').destructive, false);
  });

  test('Initialize-Disk gives a RAW disk its partition table: a write, not an erase', () => {
    const f = facts('Initialize-Disk -Number 3 -PartitionStyle GPT', 'powershell');
    assert.equal(f.destructive, false);
    assert.ok(facts('Clear-Disk -Number 3 -RemoveData', 'powershell').destructive);
  });

  test('Format-Volume of the partition New-Partition just made formats nothing that existed; of any other it erases', () => {
    assert.equal(facts('New-Partition -DiskNumber 3 -UseMaximumSize | Format-Volume -FileSystem NTFS', 'powershell').destructive, false);
    assert.ok(facts('New-Partition -DiskNumber 3 -UseMaximumSize | Format-Volume -DriveLetter E -FileSystem NTFS', 'powershell').destructive);
    assert.ok(facts('Get-Partition -DiskNumber 3 | Format-Volume -FileSystem NTFS', 'powershell').destructive);
  });
});

describe('round 10 (b10w) classes', () => {
  const word = (text: string, value: string | null = text) => ({ text, value, start: 0, end: 0, glob: false });
  test('icacls grants are read by principal, never by a word of the path (C:\\Users is no grant to Users)', () => {
    assert.deepEqual(grantedPrincipals([word('C:\\Users\\dev\\.ssh\\id_ed25519'), word('/grant:r'), word('dev:F')]), ['dev']);
    assert.deepEqual(grantedPrincipals([word('D:\\x'), word('/grant'), word('"IIS AppPool\\Web:(OI)(CI)M"', 'IIS AppPool\\Web:(OI)(CI)M'), word('/T')]), ['iis apppool\\web']);
    assert.deepEqual(grantedPrincipals([word('D:\\x'), word('/grant'), word('$who', null)]), ['everyone']);
    assert.deepEqual(grantedPrincipals([word('D:\\x'), word('/grant:r'), word('"$($env:USERNAME):F"', null)]), ['current user']);
    assert.equal(facts('icacls C:\\Users\\dev\\.ssh\\id_ed25519 /inheritance:r /grant:r dev:F', 'cmd').destructive, false);
    assert.ok(codes(facts('icacls C:\\Users\\dev\\.ssh\\id_ed25519 /grant "NT AUTHORITY\\Authenticated Users:R"', 'cmd')).includes('recursive_permissions'));
  });

  test('a block of echoes piped to diskpart is read line by line; any other command in the block is unknown output', () => {
    assert.equal(facts('(echo list disk & echo list volume) | diskpart', 'cmd').destructive, false);
    assert.ok(codes(facts('(echo select disk 1 & echo clean) | diskpart', 'cmd')).includes('disk_format'));
    assert.ok(codes(facts('(echo list disk & type C:\\t.txt) | diskpart', 'cmd')).includes('disk_format'));
  });

  test('bcdedit by command: reads and menu changes are not boot_config; other changes are', () => {
    for (const c of ['bcdedit /enum {current}', 'bcdedit /timeout 5', 'bcdedit /deletevalue {current} safeboot']) assert.ok(!codes(facts(c, 'cmd')).includes('boot_config'), c);
    for (const c of ['bcdedit /set {default} recoveryenabled No', 'bcdedit /deletevalue {default} osdevice', 'bcdedit /delete {current}', 'bcdedit /enum /set testsigning on']) assert.ok(codes(facts(c, 'cmd')).includes('boot_config'), c);
  });

  test('for /f over `dir /b` without /s: each line is a bare name, so a body that names the folder reads it once', () => {
    const del = (c: string) => facts(c, 'cmd').findings.map((x) => x.message).join(' ');
    const once = del("for /f \"delims=\" %f in ('dir /b /o-d D:\\SQLBackups\\Orders_*.bak') do del \"D:\\SQLBackups\\%f\"");
    // Round 30 (w30): the quoted `"D:\SQLBackups\%f"` is a wildcard to del as the bare word is, judged by its folder.
    assert.ok(once.includes('D:\\SQLBackups') && !once.includes('SQLBackups\\D:'), once);
    assert.ok(del("for /f %f in ('dir /b /s D:\\Data\\*.bak') do del \"%f\"").includes('D:\\Data'));
  });
});

describe('round 25 (k25c): cmd classes', () => {
  const cmd = (command: string, ctx = WIN) => classifier.classify({ kind: 'shell', command, shell: 'cmd' }, ctx, EMPTY_INVENTORY).destructive;
  test('a build or app folder\'s own tmp or cache folder at a drive root is temporary; not the root\'s, a person\'s, or a kept or production one', () => {
    const cls = (p: string) => classifyPath(resolvePath(p, WIN)!, WIN, EMPTY_INVENTORY);
    for (const p of ['C:\\build\\cache', 'D:\\jobs\\etl\\tmp\\x.csv', 'D:\\tools\\scanner\\.cache']) assert.equal(cls(p), 'temporary', p);
    for (const p of ['D:\\tmp', 'D:\\shop-prod\\cache', 'E:\\backups\\tmp', 'C:\\Users\\jo\\temp']) assert.notEqual(cls(p), 'temporary', p);
  });
  test('installers in the own Downloads folder by extension only', () => {
    assert.equal(cmd('del /q "%USERPROFILE%\\Downloads\\*.msi"'), false);
    for (const c of ['del /q "%USERPROFILE%\\Downloads\\*.zip"', 'del /s /q "%USERPROFILE%\\Downloads\\*.msi"', 'del /q C:\\Users\\bob\\Downloads\\*.exe']) assert.equal(cmd(c), true, c);
  });
  test('a move of files by extension out of a log or user folder keeps them; folders, Windows\' own and temp destinations do not', () => {
    assert.equal(cmd('move C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex26*.log E:\\Archive'), false);
    assert.equal(cmd('robocopy C:\\inetpub\\logs\\LogFiles E:\\Archive *.log /S /MOV'), false);
    for (const c of ['robocopy C:\\inetpub\\logs\\LogFiles E:\\Archive *.log /S /MOVE', 'move C:\\Windows\\System32\\LogFiles\\*.log E:\\x', 'move "%USERPROFILE%\\Documents\\*.docx" %TEMP%']) assert.equal(cmd(c), true, c);
  });
  test('cd without /d keeps the drive; a display name\'s spaces part words', () => {
    assert.equal(cmd('cd D:\\build\\cache && del /s /q *'), true);
    assert.equal(cmd('cd /d D:\\build\\cache && del /s /q *'), false);
    assert.equal(cmd('net stop "Contoso Api Test"'), false);
    assert.equal(cmd('net stop "Contoso Api Testimonials"'), true);
  });
});

describe('expandDelayed (round 25)', () => {
  test('known names filled in, `:a=b` replaced in any case; unknown names and other edits not fixed', () => {
    const env = new Map<string, string | null>([['D', 'C:\\src\\app\\OBJ'], ['X', null]]);
    assert.equal(expandDelayed('"!d!"', env), '"C:\\src\\app\\OBJ"');
    assert.equal(expandDelayed('!D:obj=bin!', env), 'C:\\src\\app\\bin');
    for (const w of ['!nope!', '!X!', '!D:~0,3!', '!D:*app=x!']) assert.equal(expandDelayed(w, env), null, w);
  });
});
