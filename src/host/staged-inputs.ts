import { closeSync, fchmodSync, lstatSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PortcullisError } from '../core/index.ts';
import type { StagedInputStore } from '../runtime/index.ts';

const AGENT = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const STAGE = /^stg_[A-Za-z0-9-]{1,80}$/;

const failed = (message: string) => new PortcullisError('daemon_failed', message, { hint: 'restart `portcullis daemon` (it makes each agent\'s staging folder when it opens the agent\'s socket); nothing ran' });

/**
 * `StagedInputStore` in `<run-dir>/approved/<agent>/` (A12). The socket helper made that folder as
 * root: owner the service user (this process), group the agent's own, mode 02750, so every file made
 * in it gets the agent's group. A copy is `<agent-folder>/<stage>-<n>-<name>`, mode 0440: the
 * agent's user reads it through its group and can neither write, chmod, rename nor remove it (it
 * owns neither the file nor the folder); other users cannot read it at all. Flat on purpose: a
 * folder made here could not be opened to the agent's group without losing its setgid bit (the
 * service user is not in that group, so the kernel drops the bit on chmod).
 */
export function createStagedInputFolder(root: string): StagedInputStore {
  function agentDir(agent: string): string {
    if (!AGENT.test(agent)) throw failed(`\`${agent}\` is not an agent id`);
    const dir = join(root, agent);
    let st;
    try {
      st = lstatSync(dir);
    } catch {
      throw failed(`agent ${agent} has no staging folder \`${dir}\``);
    }
    // SECURITY (A12): a folder the agent could change (not ours, not a plain folder, group- or world-writable) is no wall.
    if (!st.isDirectory() || st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0) throw failed(`\`${dir}\` is not this service's staging folder (owner, type or mode)`);
    return dir;
  }
  function removeStage(dir: string, stageId: string): void {
    for (const name of readdirSync(dir)) if (name.startsWith(`${stageId}-`)) rmSync(join(dir, name), { force: true });
  }
  return {
    async write(agent, stageId, files) {
      if (!STAGE.test(stageId)) throw failed(`\`${stageId}\` is not a stage id`);
      const dir = agentDir(agent);
      try {
        return files.map((f, i) => {
          const name = basename(f.path);
          if (name === '' || name === '.' || name === '..') throw failed(`\`${f.path}\` names no file`);
          const p = join(dir, `${stageId}-${i}-${name}`);
          // 'wx': never through a name that already exists (a link included)
          const fd = openSync(p, 'wx', 0o440);
          try {
            // the daemon's umask is 0077: the group's read bit is set explicitly
            fchmodSync(fd, 0o440);
            for (let off = 0; off < f.bytes.byteLength; ) off += writeSync(fd, f.bytes, off);
          } finally {
            closeSync(fd);
          }
          return p;
        });
      } catch (err) {
        removeStage(dir, stageId);
        throw err;
      }
    },
    async remove(agent, stageId) {
      if (!STAGE.test(stageId) || !AGENT.test(agent)) return;
      try {
        removeStage(join(root, agent), stageId);
      } catch (err) {
        // the folder itself gone (the agent unmapped, the daemon restarting): so are the copies
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    },
  };
}
