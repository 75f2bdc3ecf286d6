import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

/**
 * Round 21: what Windows and Microsoft's APIs read in any case is read in any case here too. Found by rewriting the
 * corpus's tuned cases with cmdlets, switches and folder names in another case and comparing answers.
 */
const answer = batchAnswers({ cwd: 'C:\\Users\\dev\\src\\app', home: 'C:\\Users\\dev' });
const decide = (inputType: string, input: JsonValue): string => answer(inputType, input).decision;

describe('Windows folder and file names', () => {
  test('a build or test output folder is the same folder in any case', () => {
    for (const name of ['TestResults', 'testresults', 'TESTRESULTS']) assert.equal(decide('powershell', `Remove-Item .\\${name} -Recurse -Force`), 'benign', name);
    assert.equal(decide('cmd', 'rmdir /s /q benchmarkdotnet.artifacts'), 'benign');
    assert.equal(decide('cmd', 'rd /s /q BIN\\DEBUG'), 'benign');
    assert.equal(decide('powershell', 'Remove-Item .\\BUILD.LOG'), 'benign');
  });
  test('a source folder stays one in any case', () => {
    assert.equal(decide('powershell', 'Remove-Item .\\src\\Data -Recurse -Force'), 'destructive');
    assert.equal(decide('powershell', 'Remove-Item .\\SRC -Recurse -Force'), 'destructive');
  });
});

describe("Windows programs' switches", () => {
  test('are read in any case', () => {
    const defender = '& "$env:ProgramFiles\\Windows Defender\\MpCmdRun.exe"';
    assert.equal(decide('powershell', `${defender} -REMOVEDEFINITIONS -ALL`), 'destructive');
    assert.equal(decide('powershell', `${defender} -removedefinitions -all`), 'destructive');
    assert.equal(decide('powershell', `${defender} -RemoveDefinitions`), 'benign');
    assert.equal(decide('cmd', 'ccmsetup.exe /UNINSTALL'), 'destructive');
    assert.equal(decide('cmd', 'nuget locals all -CLEAR'), 'benign');
  });
});

describe('Microsoft Graph request bodies', () => {
  test('property names in any case: security defaults switched off', () => {
    const uri = "'https://graph.microsoft.com/v1.0/policies/identitySecurityDefaultsEnforcementPolicy'";
    assert.equal(decide('powershell', `Invoke-MgGraphRequest -Method PATCH -Uri ${uri} -Body '{"isenabled": false}'`), 'destructive');
    assert.equal(decide('powershell', `Invoke-MgGraphRequest -Method PATCH -Uri ${uri} -Body @{ IsEnabled = $false }`), 'destructive');
    assert.equal(decide('powershell', `Invoke-MgGraphRequest -Method PATCH -Uri ${uri} -Body @{ isenabled = $true }`), 'benign');
    const url = 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies/5d3b';
    assert.equal(decide('http_request', { method: 'PATCH', url, body: { State: 'disabled' } }), 'destructive');
    assert.equal(decide('http_request', { method: 'PATCH', url, body: { Conditions: { Users: { ExcludeUsers: ['All'] } } } }), 'destructive');
    assert.equal(decide('http_request', { method: 'PATCH', url, body: { displayName: 'MFA for admins' } }), 'benign');
  });
});
