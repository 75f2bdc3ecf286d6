/**
 * Round 38b (n3): the lead's answers 391.2 (a log-name pattern swept recursively in an application's own log folder is its
 * logs, as the whole folder is by 387.1), 391.4 (one application's own log file emptied is its logs; a database's
 * transaction log, an audit or security log, Windows' own logs stay destructive) and 391.5 (Unity's `Library` and `Temp`
 * named side by side are Unity's pair outside the workspace too). fix38-n3.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: 'C:\\src\\shop', home: 'C:\\Users\\alex' });
const ps = (input: string): string => answer('powershell', input).decision;
const cmd = (input: string): string => answer('cmd', input).decision;
const sh = batchAnswers({ cwd: '/home/alex/src/shop', home: '/home/alex' });
const shell = (input: string): string => sh('command', input).decision;

test('391.2: a log-name pattern swept recursively in the application\'s own log folder; not a drive\'s, an audit trail or a database\'s', () => {
  for (const c of ['del /q /s C:\\inetpub\\apps\\shop\\logs\\stdout_*.log', 'del /s C:\\ProgramData\\Acme\\Logs\\agent-*.log']) assert.equal(cmd(c), 'benign', c);
  for (const c of ['Remove-Item -Recurse -Force C:\\ProgramData\\Acme\\logs\\stdout_*.log', 'Get-ChildItem C:\\ProgramData\\Acme\\logs -Recurse -Filter stdout_*.log | Remove-Item', 'Get-ChildItem .\\logs -Recurse -Filter *.log | Remove-Item']) assert.equal(ps(c), 'benign', c);
  for (const c of ['del /q /s C:\\logs\\stdout_*.log', 'del /q /s C:\\ProgramData\\Acme\\logs\\audit_*.log', 'del /q /s D:\\MSSQL\\Logs\\*.log', 'del /q /s C:\\ProgramData\\Acme\\logs\\*.ldf']) assert.equal(cmd(c), 'destructive', c);
  for (const c of ['Remove-Item -Recurse C:\\inetpub\\logs\\stdout_*.log', 'Remove-Item -Recurse C:\\Windows\\Logs\\CBS\\CbsPersist_*.log', 'Remove-Item -Recurse C:\\ProgramData\\Acme\\data\\*.json']) assert.equal(ps(c), 'destructive', c);
});

test('391.4: one application\'s log file emptied; transaction, audit, security and Windows\' own logs stay destructive', () => {
  for (const c of ['Clear-Content .\\logs\\app.log', "Set-Content .\\logs\\app.log ''", 'Clear-Content C:\\ProgramData\\Acme\\logs\\app.log']) assert.equal(ps(c), 'benign', c);
  assert.equal(cmd('type nul > logs\\app.log'), 'benign');
  for (const c of ['Clear-Content D:\\SQLData\\logs\\shop_log.ldf', 'Clear-Content C:\\ProgramData\\Acme\\logs\\security.log', 'Clear-Content C:\\Windows\\Logs\\CBS\\CBS.log', "Set-Content C:\\ProgramData\\Acme\\db\\logs\\redo.log ''"]) assert.equal(ps(c), 'destructive', c);
  assert.equal(cmd('type nul > C:\\ProgramData\\Acme\\logs\\audit.log'), 'destructive');
});

test('391.5: Unity\'s Library and Temp side by side outside the workspace; Library alone, the home\'s, a drive root\'s stay', () => {
  assert.equal(ps('Remove-Item -Recurse -Force C:\\Games\\Proj\\Library, C:\\Games\\Proj\\Temp'), 'benign');
  assert.equal(cmd('rd /s /q D:\\Unity\\Aurora\\Library D:\\Unity\\Aurora\\Temp'), 'benign');
  assert.equal(shell('rm -rf /home/alex/games/aurora/Library /home/alex/games/aurora/Temp'), 'benign');
  for (const c of ['Remove-Item -Recurse -Force C:\\Games\\Proj\\Library', 'Remove-Item -Recurse -Force C:\\Games\\Proj\\Library, C:\\Games\\Proj\\Assets', 'Remove-Item -Recurse -Force C:\\Users\\alex\\Library, C:\\Users\\alex\\Temp', 'Remove-Item -Recurse -Force D:\\Library, D:\\Temp', 'Remove-Item -Recurse -Force C:\\Games\\Proj\\Library, C:\\Games\\Other\\Temp']) assert.equal(ps(c), 'destructive', c);
  assert.equal(shell('rm -rf ~/Library ~/Temp'), 'destructive');
});
