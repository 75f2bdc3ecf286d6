import assert from 'node:assert/strict';
import { test } from 'node:test';
import { justRecipes, linesOf, MAX_STORED_LINES, runLaterFile, startupHook, storedCommands } from './stored-commands.ts';

test('files something runs later are known by their path; others are not', () => {
  for (const p of ['/home/dev/.bashrc', '/root/.profile', '/home/dev/.config/fish/config.fish', '/etc/profile.d/x.sh', '/home/dev/app/.envrc', '/home/dev/app/.git/hooks/pre-commit', '/home/dev/app/.husky/pre-push', '/var/spool/cron/crontabs/dev', '/etc/cron.d/tidy', '/etc/systemd/system/web.service', '/home/dev/app/deploy/web.service.d/override.conf', '/home/dev/.config/autostart/x.desktop', '/home/dev/app/package.json', '/home/dev/app/Makefile', '/home/dev/app/rules.mk']) {
    assert.notEqual(runLaterFile(p), null, p);
  }
  for (const p of ['/home/dev/app/.git/hooks/pre-commit.sample', '/home/dev/app/.husky/_/husky.sh', '/home/dev/app/README.md', '/home/dev/app/bashrc.txt', '/home/dev/app/package-lock.json', '/home/dev/app/.env']) {
    assert.equal(runLaterFile(p), null, p);
  }
});

test('each format yields the command lines it stores, and where they run', () => {
  assert.deepEqual(linesOf('crontab', 'MAILTO=dev\n# nightly\n0 3 * * * rm -rf ~/x\n@reboot /usr/bin/start\n5 * * * * echo 50\\% | mail -s x dev%body\n'), ['rm -rf ~/x', '/usr/bin/start', 'echo 50% | mail -s x dev']);
  assert.deepEqual(linesOf('system-crontab', '*/5 * * * * root rm -rf /var/lib/x\n'), ['rm -rf /var/lib/x']);
  assert.deepEqual(linesOf('unit', '[Service]\nExecStart=\nExecStartPre=-/bin/rm -rf /srv/a\nExecStart=/usr/bin/node \\\n  server.js\nRestart=always\n'), ['', '/bin/rm -rf /srv/a', '/usr/bin/node    server.js']);
  assert.deepEqual(linesOf('desktop', '[Desktop Entry]\nExec=sh -c "rm -rf ~" %U\n'), ['sh -c "rm -rf ~" ']);
  assert.deepEqual(linesOf('package-json', '{"name":"x","scripts":{"test":"node --test","postinstall":"rm -rf ~"}}'), ['node --test', 'rm -rf ~']);
  assert.deepEqual(linesOf('package-json', '  "prepare": "rm -rf /home/dev",\n'), ['rm -rf /home/dev']);
  assert.deepEqual(linesOf('package-json', '{"name":"x"}'), []);
  assert.deepEqual(linesOf('makefile', 'all: build\n\t@rm -rf dist\nx: ; echo hi\n'), ['rm -rf dist', ' echo hi']);
  const hook = storedCommands('/home/dev/app/.git/hooks/pre-commit', '#!/bin/sh\nnpm test\n', '/home/dev');
  assert.deepEqual(hook, { lines: ['#!/bin/sh\nnpm test\n'], cwd: '/home/dev/app', what: 'a git hook', language: 'bash', unread: null });
  assert.equal(storedCommands('/home/dev/.bashrc', 'rm -rf ~\n', '/home/dev')?.cwd, '/home/dev');
  assert.equal(storedCommands('/home/dev/app/Makefile', 'a:\n\tmake b\n', '/home/dev')?.cwd, '/home/dev/app');
  assert.equal(storedCommands('/home/dev/app/notes.md', 'rm -rf ~', '/home/dev'), null);
});

test('a file that stores more lines than are judged says so (review 9: the lines past the cap were dropped unread)', () => {
  const recipes = (n: number): string => `all:\n${'\techo ok\n'.repeat(n)}`;
  const full = storedCommands('/home/dev/app/Makefile', recipes(MAX_STORED_LINES), '/home/dev');
  assert.equal(full?.unread, null);
  const over = storedCommands('/home/dev/app/Makefile', `${recipes(MAX_STORED_LINES)}\trm -rf ~\n`, '/home/dev');
  assert.equal(over?.unread?.code, 'stored_commands_too_many');
  assert.equal(over?.lines.length, MAX_STORED_LINES);
});

test('a justfile stores its recipe lines; string variables are filled in, other expressions stay unknown', () => {
  assert.notEqual(runLaterFile('/home/dev/app/justfile'), null);
  assert.notEqual(runLaterFile('/home/dev/app/.justfile'), null);
  assert.notEqual(runLaterFile('/home/dev/app/db.just'), null);
  const text = 'set dotenv-load\nout := "dist"\nhome := env_var("HOME")\nalias b := build\n\n# builds\n[private]\nbuild target="x": deps\n    @cargo build\n    -rm -rf {{out}}\n\tls {{home}}\nrecipe-with-comment:\n    # not a command\n    echo {{ out }}\n';
  assert.deepEqual(justRecipes(text), ['cargo build', 'rm -rf dist', 'ls "$JUST_EXPRESSION"', 'echo dist']);
  assert.equal(storedCommands('/home/dev/app/justfile', text, '/home/dev')?.cwd, '/home/dev/app');
});

test('a justfile whose recipes run in another language is not judged line by line (unknown)', () => {
  assert.equal(storedCommands('/a/justfile', 'x:\n    #!/usr/bin/env python3\n    print(1)\n', undefined)?.unread?.code, 'stored_commands_unjudged');
  assert.equal(storedCommands('/a/justfile', 'set shell := ["pwsh", "-c"]\nx:\n    Remove-Item C:\\x\n', undefined)?.unread?.code, 'stored_commands_unjudged');
  assert.equal(storedCommands('/a/justfile', 'x:\n    #!/usr/bin/env bash\n    echo hi\n', undefined)?.unread, null);
  assert.equal(storedCommands('/a/justfile', 'set shell := ["bash", "-uc"]\nx:\n    echo hi\n', undefined)?.unread, null);
});

test('a justfile stores the commands just runs while reading it: backticks and shell() (review 10)', () => {
  const text = 'x := `rm -rf ~`\ny := ```\n  git clean -fdx\n```\nz := shell(\'rm -rf /srv\')\nbuild a=`date`:\n    echo {{ `rm -rf /opt` }} `whoami`\n';
  assert.deepEqual(justRecipes(text), ['rm -rf ~', 'git clean -fdx', 'date', 'rm -rf /opt', 'rm -rf /srv', 'echo "$JUST_EXPRESSION" `whoami`']);
  // A shell() whose command is built, a script recipe or PowerShell recipes in another language: unknown.
  for (const t of ['x := shell(cmd)\nb:\n    echo hi\n', 'x := shell("rm " + d)\nb:\n    echo hi\n', '[script("python3")]\nb:\n    print(1)\n', 'set windows-powershell := true\nb:\n    echo hi\n'])
    assert.equal(storedCommands('/a/justfile', t, undefined)?.unread?.code, 'stored_commands_unjudged', t);
  // Neighbours: a plain justfile, a script recipe run by sh, a bash shebang stay judged line by line.
  for (const t of ['v := "1.0"\nb:\n    echo {{v}}\n', '[script("bash")]\nb:\n    echo hi\n', 'set windows-powershell := false\nb:\n    echo hi\n'])
    assert.equal(storedCommands('/a/justfile', t, undefined)?.unread, null, t);
  assert.notEqual(runLaterFile('/home/dev/app/JUSTFILE'), null);
});

test('a launchd job stores its ProgramArguments (or Program) as one command line, run in /', () => {
  const plist = (inner: string) => `<?xml version="1.0"?>\n<plist version="1.0"><dict><key>Label</key><string>x</string>${inner}</dict></plist>`;
  const args = storedCommands('/Users/dev/Library/LaunchAgents/x.plist', plist('<key>ProgramArguments</key>\n<array>\n  <string>/bin/sh</string>\n  <string>-c</string>\n  <string>rm -rf ~/a &amp;&amp; echo it&apos;s</string>\n</array>'), '/Users/dev');
  assert.deepEqual(args, { lines: [`/bin/sh -c 'rm -rf ~/a && echo it'\\''s'`], cwd: '/', what: 'a launchd job', language: 'bash', unread: null });
  assert.deepEqual(storedCommands('/Library/LaunchDaemons/y.plist', plist('<key>Program</key><string>/tmp/y.sh</string>'), undefined)?.lines, ['/tmp/y.sh']);
  // Arguments it cannot read are not judged: the caller says unknown.
  assert.equal(storedCommands('/Library/LaunchDaemons/y.plist', plist('<key>ProgramArguments</key><array><string><![CDATA[/bin/sh]]></string></array>'), undefined)?.unread?.code, 'stored_commands_unjudged');
  assert.equal(storedCommands('/Library/LaunchDaemons/y.plist', plist('<key>KeepAlive</key><true/>'), undefined)?.unread, null);
  assert.equal(runLaterFile('/Users/dev/Library/Preferences/x.plist'), null);
});

test('a launchd job is read as launchd reads it (review 10: Program, repeated keys, comments, other plist forms)', () => {
  const plist = (inner: string) => `<?xml version="1.0"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict><key>Label</key><string>x</string>${inner}</dict></plist>`;
  const job = (inner: string) => storedCommands('/Library/LaunchDaemons/y.plist', plist(inner), undefined);
  // Program is what runs; the first ProgramArguments element is only the name it sees.
  assert.deepEqual(job('<key>Program</key><string>/bin/rm</string><key>ProgramArguments</key><array><string>echo</string><string>-rf</string><string>/</string></array>')?.lines, ['/bin/rm -rf /']);
  // A comment is skipped, not read as the job; character references are what they stand for.
  assert.deepEqual(job('<!-- <key>ProgramArguments</key><array><string>/bin/echo</string></array> --><key>ProgramArguments</key><array><string>/bin/rm</string><!-- x --><string>-rf</string><string>&#47;</string></array>')?.lines, ['/bin/rm -rf /']);
  // A key given twice, a program in an app bundle, an unknown entity, text that is not an XML plist: unknown.
  for (const unread of [job('<key>ProgramArguments</key><array><string>/bin/echo</string></array><key>ProgramArguments</key><array><string>/bin/rm</string></array>'), job('<key>BundleProgram</key><string>Contents/MacOS/x</string>'), job('<key>Program</key><string>&foo;</string>'), job('<key>ProgramArguments</key><array><string>/bin/rm</string><dict/></array>'), storedCommands('/Library/LaunchDaemons/y.plist', '{ ProgramArguments = ("/bin/rm", "-rf", "/"); }', undefined), storedCommands('/Library/LaunchDaemons/y.plist', 'bplist00\u0000\u0001', undefined)])
    assert.equal(unread?.unread?.code, 'stored_commands_unjudged');
  // Neighbours: keys of nested dictionaries are not the job's program; other keys are read past.
  const plain = job('<key>EnvironmentVariables</key><dict><key>Program</key><string>x</string></dict><key>ProgramArguments</key><array><string>/usr/bin/rsync</string><string>-a</string><string>a/</string><string>b/</string></array><key>RunAtLoad</key><true/><key>StartInterval</key><integer>3600</integer>');
  assert.deepEqual(plain?.lines, ['/usr/bin/rsync -a a/ b/']);
  assert.equal(plain?.unread, null);
});

test('PowerShell profiles are stored PowerShell, on Windows and elsewhere; other .ps1 files are not', () => {
  for (const p of ['C:\\Users\\dev\\Documents\\PowerShell\\Microsoft.PowerShell_profile.ps1', 'C:\\Users\\dev\\Documents\\WindowsPowerShell\\profile.ps1', '/home/dev/.config/powershell/Microsoft.VSCode_profile.ps1', 'C:\\Program Files\\PowerShell\\7\\profile.ps1', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\Microsoft.PowerShell_profile.ps1', '/opt/microsoft/powershell/7/profile.ps1']) {
    const s = storedCommands(p, 'Remove-Item -Recurse C:\\x', undefined);
    assert.equal(s?.language, 'powershell', p);
    assert.deepEqual(s?.lines, ['Remove-Item -Recurse C:\\x']);
  }
  assert.equal(runLaterFile('C:\\Users\\dev\\src\\app\\build.ps1'), null);
  assert.equal(runLaterFile('C:\\Users\\dev\\src\\app\\profile.ps1'), null);
  assert.equal(storedCommands('/home/dev/.bashrc', 'ls', '/home/dev')?.language, 'bash');
});

test('a start-up alias or function that gives a reading command\'s name to a deleting or code-running program is an override (round 25)', () => {
  for (const line of ["alias ls='rm -rf'", 'alias cat="shred -u"', 'alias cd="sudo rm -rf"', "alias grep='\\rm -f'", 'less() { rm -rf "$@"; }', 'function cat { Remove-Item -Recurse -Force @args }', 'Set-Alias -Name dir -Value Remove-Item', "sal gc 'Clear-Content'", 'alias head="FOO=1 truncate -s0"']) {
    assert.equal(startupHook([line])?.code, 'startup_alias_override', line);
  }
  // Renamed readers, new names for a deleting command, and the command itself with display options stay writes.
  for (const line of ['alias cat=bat', "alias ll='ls -la'", "alias ls='ls --color=auto'", "alias grep='rg'", "alias rmf='rm -rf'", 'alias nuke="rm -rf node_modules"', 'Set-Alias ll Get-ChildItem', 'Set-Alias vim nvim', 'Set-Alias cd Set-Location', 'function gst { git status }']) {
    assert.equal(startupHook([line]), null, line);
  }
});

test('a start-up PATH with the current, a relative or a world-writable folder is a hijack; home and standard folders are writes (answer 184)', () => {
  for (const line of ['export PATH=/tmp/x:$PATH', 'export PATH=.:$PATH', 'PATH=$PATH:', 'export PATH=bin:$PATH', 'export PATH=~/Downloads/t:$PATH', 'export PATH=/dev/shm:$PATH']) assert.equal(startupHook([line])?.code, 'startup_path_hijack', line);
  for (const line of ['export PATH=$HOME/bin:$PATH', 'export PATH="$HOME/.local/bin:$PATH"', 'export PATH=/usr/local/go/bin:$PATH:$HOME/go/bin', 'export PATH=${HOME}/.cargo/bin:${PATH}']) assert.equal(startupHook([line]), null, line);
});
