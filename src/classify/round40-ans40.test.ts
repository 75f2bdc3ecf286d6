/**
 * Round 40 wave 2 (ans40): the lead's answer 420.5 (one Twilio recording, message, call or transcription deleted by its
 * whole sid is narrowed, by 53) in its three forms: the Twilio CLI (comms-catalogue.ts), the REST API (comms-http.ts, for
 * an agent's HTTP tool and curl) and an MCP tool (mcp/comms-tools.ts). fix40-ans40.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/ops/voice', home: '/home/ops' });
const shell = (input: string): string => answer('command', input).decision;
const del = (url: string): string => answer('http_request', { method: 'DELETE', url }).decision;
const mcp = (name: string, args: Record<string, string>): string => answer('mcp_tool_call', { server: 'twilio', name, arguments: args }).decision;
const HEX = '4d5e6f708192a3b4c5d6e7f8091a2b3c';
const ACC = `https://api.twilio.com/2010-04-01/Accounts/AC${HEX}`;

test('420.5: the Twilio CLI removes one record by its whole sid; a sid not shown, not whole, of another kind, repeated, or a number stays destructive', () => {
  for (const c of [`twilio api:core:recordings:remove --sid RE${HEX}`, `twilio api:core:messages:remove --sid SM${HEX}`, `twilio api:core:messages:remove --sid=MM${HEX}`, `twilio api:core:calls:remove --sid CA${HEX} -p voice`, `twilio api:core:transcriptions:remove --sid TR${HEX}`, `twilio api:core:calls:recordings:remove --call-sid CA${HEX} --sid RE${HEX}`]) assert.equal(shell(c), 'benign', c);
  for (const c of [
    'twilio api:core:recordings:remove --sid $SID',
    `twilio api:core:recordings:remove --sid RE${HEX.slice(2)}`,
    `twilio api:core:recordings:remove --sid RE${HEX}ab`,
    `twilio api:core:recordings:remove --sid SM${HEX}`,
    `twilio api:core:recordings:remove --sid RE${HEX} --sid RE${HEX.replace('4', '5')}`,
    `twilio api:core:calls:recordings:remove --call-sid $CALL --sid RE${HEX}`,
    `twilio api:core:incoming-phone-numbers:remove --sid PN${HEX}`,
    `twilio api:core:accounts:update --sid AC${HEX} --status closed`,
    'for s in $(twilio api:core:recordings:list -o tsv --properties sid); do twilio api:core:recordings:remove --sid $s; done',
    'twilio api:core:recordings:list -o tsv --properties sid | xargs -n1 twilio api:core:recordings:remove --sid',
  ]) assert.equal(shell(c), 'destructive', c);
});

test('420.5: the REST API deletes one record by its whole sid; a collection, a pattern, an account or a number stays destructive', () => {
  for (const u of [`${ACC}/Recordings/RE${HEX}.json`, `${ACC}/Messages/SM${HEX}.json`, `${ACC}/Calls/CA${HEX}.json`, `${ACC}/Calls/CA${HEX}/Recordings/RE${HEX}.json`, `${ACC}/Transcriptions/TR${HEX}`]) assert.equal(del(u), 'benign', u);
  for (const u of [`${ACC}/Recordings.json`, `${ACC}/Recordings/RE*.json`, `${ACC}/Recordings/RE${HEX.slice(1)}.json`, `${ACC}/Recordings/SM${HEX}.json`, `${ACC}.json`, `${ACC}/IncomingPhoneNumbers/PN${HEX}.json`, `${ACC}/Recordings/\${SID}.json`, `https://api.twilio.com/2010-04-01/Accounts/\${ACCOUNT}/Recordings/RE${HEX}.json`]) assert.equal(del(u), 'destructive', u);
  assert.equal(shell(`curl -X DELETE -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN" ${ACC}/Recordings/RE${HEX}.json`), 'benign');
  assert.equal(shell(`curl -X DELETE -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN" ${ACC}/IncomingPhoneNumbers/PN${HEX}.json`), 'destructive');
});

test('420.5: an MCP tool deletes one record by its whole sid; many, a pattern, another kind\'s sid or more arguments stay destructive', () => {
  assert.equal(mcp('delete_recording', { recording_sid: `RE${HEX}` }), 'benign');
  assert.equal(mcp('delete_message', { sid: `SM${HEX}` }), 'benign');
  assert.equal(mcp('remove_call', { call_sid: `CA${HEX}` }), 'benign');
  assert.equal(mcp('delete_recording', { recording_sid: 'RE*' }), 'destructive');
  assert.equal(mcp('delete_recording', { recording_sid: `CA${HEX}` }), 'destructive');
  assert.equal(mcp('delete_recording', { recording_sid: `RE${HEX}`, all: 'true' }), 'destructive');
  assert.equal(mcp('delete_recordings', { recording_sid: `RE${HEX}` }), 'destructive');
  assert.equal(mcp('delete_recording', { call_sid: `CA${HEX}` }), 'destructive');
  assert.equal(mcp('delete_account', { account_sid: `AC${HEX}` }), 'destructive');
});
