/**
 * Round 44 (bl44media): the classes built from blind44-media's tuned misses, at their edges: Wowza Streaming Engine's
 * actions and application security, Mux and Cloudflare Stream deletes, playback ids, signed URLs and live inputs, a Twilio
 * trunk's encryption, nginx-rtmp's and Icecast's admin GETs (media-http.ts); `tar -c` onto a rewinding tape device
 * (filesystem.ts); mtx, ltfsck, mkltfs and obs-cmd (media-catalogue.ts); MediaConvert queues paused and IVS playback
 * authorization off (aws-operations.ts); a media project's `masters/` (paths.ts) and `ffmpeg -y` onto it; MCP stream stops
 * (mcp.ts); SQL deletes by a container's key (test-data.ts). fix44-bl44media.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/media-platform', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i) as unknown as { decision: string; targets_env: string | null };
const http = (method: string, url: string, body?: string) => answer(body === undefined ? { method, url } : { method, url, body }, 'http_request');
const benign = (d: { decision: string }) => d.decision === 'benign';

const WZ = 'http://wowza-01.media.example.com:8087/v2/servers/_defaultServer_/vhosts/_defaultVHost_/applications/live';

test('Wowza: restart, enable and recorder actions stop nothing; shutdown, disconnect and open publishing do', () => {
  for (const a of ['/actions/restart', '/actions/enable', '/instances/_definst_/streamrecorders/c1/actions/stopRecording', '/instances/_definst_/streamrecorders/c1/actions/splitRecording']) assert.ok(benign(http('PUT', `${WZ}${a}`)), a);
  for (const a of ['/actions/shutdown', '/instances/_definst_/incomingstreams/c1/actions/disconnectStream']) assert.ok(!benign(http('PUT', `${WZ}${a}`)), a);
  // Only Wowza's REST root reads the action: another API's `…/actions/restart` path keeps its reading.
  assert.ok(!benign(http('PUT', 'https://api.example.com/apps/a1/actions/restartx')));
  assert.ok(!benign(http('PUT', `${WZ}/security`, '{"publishRequirePassword":false}')));
  assert.ok(!benign(http('PUT', `${WZ}/security`, '{"publishIPWhiteList":"10.0.0.0/8, *"}')));
  assert.ok(benign(http('PUT', `${WZ}/security`, '{"publishRequirePassword":true,"publishIPWhiteList":"10.0.0.0/8"}')));
});

test('Mux and Cloudflare Stream: one video by its literal id is narrowed; live inputs, keys, variables and collections are not', () => {
  const cf = 'https://api.cloudflare.com/client/v4/accounts/9a7806061c88ada191ed06f989cc3dac/stream';
  for (const u of ['https://api.mux.com/video/v1/assets/8jd7M77xQgf2NzuocJRPYdSdEfY5dLlcRwFARtgQqU4', `${cf}/0d3a1b5c2e4f60718293a4b5c6d7e8f9`, `${cf}/0d3a1b5c2e4f60718293a4b5c6d7e8f9/downloads`]) assert.ok(benign(http('DELETE', u)), u);
  for (const u of ['https://api.mux.com/video/v1/assets/$ASSET', 'https://api.mux.com/video/v1/assets/8jd7M77xQgf2NzuocJRPYdSdEfY5dLlcRwFARtgQqU4/tracks/t1x', 'https://api.mux.com/video/v1/live-streams/QrikEQpEXp3RvklQSHyHSYOakQkXlRId', `${cf}/live_inputs/2c28dd2cc444cb77578c4840b51e43a8`, `${cf}/keys/4c1ef4a6c2b24bd38bd3f0b07fe2a9e1`, cf, `${cf}/0d3a1b5c2e4f60718293a4b5c6d7e8f9?x=1,2`]) assert.ok(!benign(http('DELETE', u)), u);
  assert.ok(benign(http('PUT', 'https://api.mux.com/video/v1/uploads/OA02dAZQZ7MdCxOqm6mYt4J8/cancel')));
});

test('Playback opened, a live input switched off, a trunk unencrypted: each by its value only', () => {
  const pid = 'https://api.mux.com/video/v1/assets/8jd7M77xQgf2NzuocJRPYdSdEfY5dLlcRwFARtgQqU4/playback-ids';
  assert.ok(!benign(http('POST', pid, '{"policy":"public"}')));
  assert.ok(benign(http('POST', pid, '{"policy":"signed"}')));
  const video = 'https://api.cloudflare.com/client/v4/accounts/9a7806061c88ada191ed06f989cc3dac/stream/0d3a1b5c2e4f60718293a4b5c6d7e8f9';
  assert.ok(!benign(http('POST', video, '{"requireSignedURLs":false}')));
  assert.ok(benign(http('POST', video, '{"requireSignedURLs":true}')));
  const input = 'https://api.cloudflare.com/client/v4/accounts/9a7806061c88ada191ed06f989cc3dac/stream/live_inputs/2c28dd2cc444cb77578c4840b51e43a8';
  assert.ok(!benign(http('PUT', input, '{"enabled":false}')));
  assert.ok(benign(http('PUT', input, '{"enabled":true}')));
  const trunk = 'https://trunking.twilio.com/v1/Trunks/TK0a1b2c3d4e5f60718293a4b5c6d7e8f9';
  assert.ok(!benign(http('POST', trunk, 'Secure=false')));
  assert.ok(!benign(http('POST', trunk, '{"Secure":false}')));
  assert.ok(benign(http('POST', trunk, 'Secure=true')));
});

test("nginx-rtmp's and Icecast's admin GETs: a publisher or source dropped is off air, one client is not", () => {
  assert.ok(!benign(http('GET', 'http://rtmp-01:8080/control/drop/publisher?app=live&name=c1')));
  assert.ok(!benign(http('GET', 'http://radio-01:8000/admin/killsource?mount=/a.ogg')));
  assert.ok(benign(http('GET', 'http://rtmp-01:8080/control/drop/client?app=live&name=c1&clientid=3')));
  assert.ok(benign(http('GET', 'http://radio-01:8000/admin/killclient?mount=/a.ogg&id=3')));
  assert.ok(benign(http('GET', 'http://radio-01:8000/admin/stats')));
});

test('tar onto a rewinding tape device writes over the tape; the no-rewind device, a listing or a file does not', () => {
  for (const c of ['tar -cvf /dev/st0 /srv/a', 'tar cf /dev/st1 x', 'tar --create --file=/dev/st0 /srv/a', 'tar -c -f /dev/st0l /srv/a']) assert.ok(!benign(answer(c)), c);
  for (const c of ['tar -tvf /dev/st0', 'tar -xvf /dev/st0 -C /tmp/r', 'mt -f /dev/nst0 eod && tar -cf /dev/nst0 /srv/a', 'tar -czf /tmp/a.tgz /srv/a']) assert.ok(benign(answer(c)), c);
});

test('mtx moves cartridges; ltfsck checks unless it rolls back; mkltfs formats; obs-cmd stops a stream', () => {
  for (const c of ['mtx -f /dev/sg4 status', 'mtx -f /dev/sg4 load 3 0', 'ltfsck /dev/sg3', 'ltfsck -l /dev/sg3', 'mkltfs --help', 'obs-cmd recording stop', 'obs-cmd streaming status', 'obs-cmd scene switch Main']) assert.ok(benign(answer(c)), c);
  for (const c of ['ltfsck -r -g 4 /dev/sg3', 'ltfsck --deep-recovery /dev/sg3', 'ltfsck --something-new /dev/sg3', 'mkltfs -d /dev/sg3', 'obs-cmd streaming stop', 'obs-cmd -w obsws://h:4455/p streaming toggle']) assert.ok(!benign(answer(c)), c);
});

test('MediaConvert queue paused and IVS playback authorization off, by their values', () => {
  assert.ok(!benign(answer('aws mediaconvert update-queue --name q --status PAUSED')));
  assert.ok(!benign(answer('aws mediaconvert update-queue --name q --status $S')));
  assert.ok(benign(answer('aws mediaconvert update-queue --name q --status ACTIVE')));
  assert.ok(!benign(answer('aws ivs update-channel --arn a --no-authorized')));
  assert.ok(benign(answer('aws ivs update-channel --arn a --authorized')));
});

test("a media project's masters folder is data: removed or written over by cp, mv or ffmpeg -y", () => {
  for (const c of ['rm masters/ep1.mxf', 'cp /tmp/x.mov masters/ep1.mov', 'mv /tmp/x.mov masters/ep1.mov', 'ffmpeg -y -i p.mp4 masters/ep1.mov', 'ffmpeg -y -i a.wav data/b.wav']) assert.ok(!benign(answer(c)), c);
  for (const c of ['ls masters', 'ffmpeg -i masters/ep1.mov proxies/ep1.mp4', 'ffmpeg -y -i masters/ep1.mov /tmp/c.mp4', 'cp masters/ep1.mov /tmp/ep1.mov']) assert.ok(benign(answer(c)), c);
});

test('MCP: a stream or broadcast stopped is out of service; a recording stopped or a stream started is not', () => {
  const mcp = (tool: string) => answer({ server: 'obs', tool, arguments: {} }, 'mcp_tool_call');
  for (const t of ['StopStream', 'stop_broadcast', 'stop_live_stream']) assert.ok(!benign(mcp(t)), t);
  for (const t of ['StopRecord', 'StartStream', 'get_stream_status']) assert.ok(benign(mcp(t)), t);
});

test("SQL: a delete by a container's key alone is container-wide; in the containers' own table, or with a row's key, it is not", () => {
  const sql = (s: string) => answer(s, 'sql');
  for (const s of ['DELETE FROM assets WHERE collection_id = 42', 'DELETE FROM tracks WHERE album_id IN (1, 2)', 'DELETE FROM items WHERE folder_id = $1']) assert.ok(!benign(sql(s)), s);
  for (const s of ['DELETE FROM collections WHERE collection_id = 42', 'DELETE FROM assets WHERE collection_id = 42 AND id = 7', 'DELETE FROM folders WHERE folder_id = 3']) assert.ok(benign(sql(s)), s);
});
