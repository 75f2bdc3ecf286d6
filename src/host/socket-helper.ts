/**
 * The daemon's one privileged helper (D7), in the shape of OpenSSH's privilege-separation monitor:
 * `portcullis daemon` forks it while still root, then drops itself to the service user. The helper
 * stays root for one job only: create `<agents-dir>/<agent>.sock`, owned by the agent's Unix user
 * with mode 0600, and hand the listening socket to the daemon over the IPC channel. Before that it
 * makes the agent's staging folder `<staging-dir>/<agent>` (A12): owner the service user, group the
 * agent's, mode 02750, emptied, where the daemon writes the verified copies of approved input files
 * that the agent's user may read and not change. It reads nothing
 * an agent sends (it accepts no connection: any that lands on it before the hand-over is closed at
 * once) and loads no module but Node's builtins.
 *
 * It trusts its parent only as far as the checks below: an agent id of the usual shape, a socket in
 * the agents folder only, and never a socket owned by root or by the service user.
 */
import type { Server } from 'node:net';

const net = process.getBuiltinModule('node:net');
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');

const [agentsDir, serviceUidText, stagingDir] = process.argv.slice(2);
const serviceUid = Number(serviceUidText);
const AGENT = /^[a-z0-9][a-z0-9._-]{0,63}$/;

type Request = { op: 'open'; seq: number; agent: string; uid: number; gid: number };

/** gid -> the agent whose staging folder has that group, for this helper's (the daemon's) lifetime. */
const groupHolders = new Map<number, string>();

function reply(message: Record<string, unknown>, handle?: Server, done?: () => void): void {
  if (!process.connected) return;
  process.send!(message, handle, {}, () => done?.());
}

function open(r: Request): void {
  const refuse = (why: string) => reply({ op: 'error', seq: r.seq, agent: r.agent, message: why });
  if (typeof r.agent !== 'string' || !AGENT.test(r.agent)) return refuse('not an agent id');
  if (!Number.isInteger(r.uid) || !Number.isInteger(r.gid) || r.gid < 0) return refuse('not a uid and gid');
  // SECURITY (D7): root and the service user can read the key and the store; a socket of theirs would be no wall.
  if (r.uid === 0 || r.uid === serviceUid) return refuse(`uid ${r.uid} is root or the service user`);
  // SECURITY (A12): group 0 would hand the copies to every member of root's group.
  if (r.gid === 0) return refuse(`gid 0 is root's group: the agent's Unix user needs a group of its own`);
  // SECURITY (A12): the staging folder's group reads the copies; a group two agents' users share (a common
  // `users` or `agents` primary group, or one user mapped to two agents) would hand each the other's.
  const holder = groupHolders.get(r.gid);
  if (holder !== undefined && holder !== r.agent) return refuse(`gid ${r.gid} is also the group of agent ${holder}'s Unix user: each would read the other's staged input files; give each agent's Unix user a group of its own`);
  groupHolders.set(r.gid, r.agent);
  for (const [gid, agent] of groupHolders) if (agent === r.agent && gid !== r.gid) groupHolders.delete(gid);
  try {
    stagingFolder(r.agent, r.gid);
  } catch (err) {
    return refuse(`cannot make the staging folder of agent ${r.agent}: ${(err as Error).message}`);
  }
  const final = path.join(agentsDir!, `${r.agent}.sock`);
  const tmp = path.join(agentsDir!, `.${r.agent}.${process.pid}.${r.seq}.sock`);
  try {
    fs.rmSync(tmp, { force: true });
  } catch {
    // listen reports it
  }
  const server = net.createServer((sock) => sock.destroy());
  server.once('error', (err) => refuse(`cannot listen on ${tmp}: ${(err as NodeJS.ErrnoException).code ?? err.message}`));
  // umask 0177 (set below): the socket is born root-owned 0600, nobody else can connect before chown.
  server.listen(tmp, () => {
    try {
      fs.chownSync(tmp, r.uid, r.gid);
      fs.chmodSync(tmp, 0o600);
    } catch (err) {
      server.close();
      return refuse(`cannot give ${tmp} to uid ${r.uid}: ${(err as Error).message}`);
    }
    reply({ op: 'opened', seq: r.seq, agent: r.agent, path: final }, server, () => {
      // Same tick: rename into place, then close our copy (libuv unlinks the name it bound, which
      // is gone by then; the daemon's copy of the socket keeps listening).
      let placed = true;
      try {
        fs.renameSync(tmp, final);
      } catch (err) {
        placed = false;
        reply({ op: 'error', seq: r.seq, agent: r.agent, message: `cannot move the socket to ${final}: ${(err as Error).message}` });
      }
      server.close();
      // The daemon announces the socket only once its name is in place.
      if (placed) reply({ op: 'placed', seq: r.seq, agent: r.agent, path: final });
    });
  });
}

/** `<staging-dir>/<agent>`, made afresh (copies left by an earlier run go), changed through its descriptor only. */
function stagingFolder(agent: string, gid: number): void {
  const dir = path.join(stagingDir!, agent);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { mode: 0o700 });
  // O_NOFOLLOW: a link put in its place between mkdir and here is refused, never followed as root.
  const fd = fs.openSync(dir, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY | fs.constants.O_NOFOLLOW);
  try {
    fs.fchownSync(fd, serviceUid, gid);
    fs.fchmodSync(fd, 0o2750);
  } finally {
    fs.closeSync(fd);
  }
}

if (!agentsDir || !path.isAbsolute(agentsDir) || !stagingDir || !path.isAbsolute(stagingDir) || !Number.isInteger(serviceUid) || !process.send) {
  process.stderr.write('portcullis socket helper: started without its arguments or IPC channel\n');
  process.exit(1);
}
process.umask(0o177);
process.on('message', (m: Request) => {
  if (m && m.op === 'open') open(m);
});
// The daemon gone, the helper has nothing to do: it never outlives it.
process.on('disconnect', () => process.exit(0));
