/**
 * The daemon's one privileged helper (D7), in the shape of OpenSSH's privilege-separation monitor:
 * `portcullis daemon` forks it while still root, then drops itself to the service user. The helper
 * stays root for three jobs only. At start it makes the run folder root's (`prepareRunFolder`):
 * `<run-dir>`, `agents/` and `approved/` owned by root and writable by no one else, so that no other
 * user, the service user included, can swap a name it acts on for a link (round 11). Then, asked by
 * the daemon, it creates `agents/<agent>.sock`, owned by the agent's Unix user with mode 0600, and
 * hands the listening socket to the daemon over the IPC channel; before that it makes the agent's
 * staging folder `approved/<agent>` (A12): owner the service user, group the agent's, mode 02750,
 * emptied, where the daemon writes the verified copies of approved input files that the agent's user
 * may read and not change. And it removes an agent's socket when the daemon closes it. It reads
 * nothing an agent sends (it accepts no connection: any that lands on it before the hand-over is
 * closed at once) and loads no module but Node's builtins and `run-folder.ts` (builtins only).
 *
 * It trusts its parent only as far as the checks below: an agent id of the usual shape, a socket in
 * the agents folder only, and never a socket owned by root or by the service user.
 */
import type { Server } from 'node:net';
import { emptyFolder, ownedFolder, prepareRunFolder, whyReplaceable } from './run-folder.ts';

const net = process.getBuiltinModule('node:net');
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');

const [runDir, serviceUidText] = process.argv.slice(2);
const serviceUid = Number(serviceUidText);
const AGENT = /^[a-z0-9][a-z0-9._-]{0,63}$/;

type Request = { op: 'open'; seq: number; agent: string; uid: number; gid: number } | { op: 'close'; seq: number; agent: string };

let agentsDir = '';
let stagingDir = '';

/** gid -> the agent whose staging folder has that group, for this helper's (the daemon's) lifetime. */
const groupHolders = new Map<number, string>();

function reply(message: Record<string, unknown>, handle?: Server, done?: () => void): void {
  if (!process.connected) return;
  process.send!(message, handle, {}, () => done?.());
}

function open(r: Extract<Request, { op: 'open' }>): void {
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
  // SECURITY (round 11): checked again before every act: a folder on the way that someone made another
  // user's since the start would let that user swap a name below for a link.
  const why = whyReplaceable(agentsDir) ?? whyReplaceable(stagingDir);
  if (why !== null) return refuse(`the run folder is no longer root's alone: ${why}; restart the daemon`);
  try {
    stagingFolder(r.agent, r.gid);
  } catch (err) {
    return refuse(`cannot make the staging folder of agent ${r.agent}: ${(err as Error).message}`);
  }
  const final = path.join(agentsDir, `${r.agent}.sock`);
  const tmp = path.join(agentsDir, `.${r.agent}.${process.pid}.${r.seq}.sock`);
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
      // lchown: the name itself, never a link's target (only root may put a name in agents/ anyway).
      fs.lchownSync(tmp, r.uid, r.gid);
      const st = fs.lstatSync(tmp);
      if (!st.isSocket() || st.uid !== r.uid || (st.mode & 0o777) !== 0o600) throw new Error('it is not the socket just made, owned by that uid with mode 0600');
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

/**
 * `approved/<agent>` made afresh (copies left by an earlier socket go), changed through its descriptor
 * only: opened with O_NOFOLLOW (a link in its place is refused, never followed as root) and emptied
 * name by name without following a link (the service user owns what is in it).
 */
function stagingFolder(agent: string, gid: number): void {
  const dir = path.join(stagingDir, agent);
  const fd = ownedFolder(null, dir, 0, 0, 0o700);
  try {
    emptyFolder(fd, dir);
    fs.fchownSync(fd, serviceUid, gid);
    fs.fchmodSync(fd, 0o2750);
  } finally {
    fs.closeSync(fd);
  }
}

/** The daemon closed an agent's socket: its name goes (unlink never follows a link; only a socket is removed). */
function close(r: Extract<Request, { op: 'close' }>): void {
  const answer = (message?: string) => reply(message === undefined ? { op: 'closed', seq: r.seq, agent: r.agent } : { op: 'error', seq: r.seq, agent: r.agent, message });
  if (typeof r.agent !== 'string' || !AGENT.test(r.agent)) return answer('not an agent id');
  const sock = path.join(agentsDir, `${r.agent}.sock`);
  try {
    if (fs.lstatSync(sock).isSocket()) fs.unlinkSync(sock);
    answer();
  } catch (err) {
    answer((err as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : `cannot remove ${sock}: ${(err as Error).message}`);
  }
}

if (!runDir || !path.isAbsolute(runDir) || !Number.isInteger(serviceUid) || !process.send) {
  process.stderr.write('portcullis socket helper: started without its arguments or IPC channel\n');
  process.exit(1);
}
process.umask(0o177);
try {
  ({ agents: agentsDir, approved: stagingDir } = prepareRunFolder(runDir));
} catch (err) {
  // The daemon refuses to start on this (fail closed): nothing of an agent's is made.
  process.send({ op: 'failed', seq: 0, message: (err as Error).message }, () => process.exit(1));
}
if (agentsDir !== '') {
  process.on('message', (m: Request) => {
    if (m && m.op === 'open') open(m);
    else if (m && m.op === 'close') close(m);
  });
  reply({ op: 'ready', seq: 0, agents: agentsDir, approved: stagingDir });
}
// The daemon gone, the helper has nothing to do: it never outlives it.
process.on('disconnect', () => process.exit(0));
