import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PortcullisError } from '../../core/index.ts';
import { openControlSession } from '../../runtime/index.ts';
import { parseCheckpoint } from '../../audit/index.ts';
import { CONFIG_FLAG, parseFlags } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis audit (verify [--checkpoint FILE] | tail [-n N] [--type KIND] | export --jsonl [--out FILE] | checkpoint --out FILE) [--json] [--config FILE]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { ...CONFIG_FLAG, checkpoint: { type: 'string' }, out: { type: 'string', short: 'o' }, jsonl: { type: 'boolean' }, json: { type: 'boolean' }, n: { type: 'string', short: 'n' }, type: { type: 'string' } },
    USAGE,
    true,
  );
  if (values.help) {
    io.stdout(
      `usage: ${USAGE}\n\nverify      recompute every entry's hash chain, the Merkle roots and signed checkpoints; names the first bad entry.\n            With --checkpoint (an exported checkpoint kept elsewhere) it also catches a truncated tail or rewritten history.\n            It proves the integrity of what was logged up to the anchored checkpoint, not that later entries are complete.\n            It also names every vote row no signed audit entry backs (such rows count for nothing).\ntail        the last N entries (default 20); --type KIND only entries of that kind (N at most 500; a\n            stretch of the log is scanned, as the API's GET /v1/audit?type= does)\nexport      every entry as JSON lines, exactly as hashed\ncheckpoint  sign a checkpoint over the whole log now and write it to FILE, for anchoring outside this machine\n`,
    );
    return EXIT.ok;
  }
  const [sub, ...extra] = positionals;
  if (!sub || !['verify', 'tail', 'export', 'checkpoint'].includes(sub) || extra.length > 0) {
    throw new PortcullisError('request_invalid', sub ? `unknown \`audit ${positionals.join(' ')}\`` : 'missing subcommand', { hint: `usage: ${USAGE}` });
  }
  if (sub === 'export' && !values.jsonl) throw new PortcullisError('request_invalid', 'export needs --jsonl', { hint: 'portcullis audit export --jsonl [--out FILE]' });
  if (sub === 'checkpoint' && !values.out) throw new PortcullisError('request_invalid', 'checkpoint needs --out FILE', { hint: 'portcullis audit checkpoint --out checkpoint.json' });
  let anchor;
  if (values.checkpoint !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, values.checkpoint), 'utf8');
    } catch {
      throw new PortcullisError('request_invalid', `cannot read checkpoint \`${values.checkpoint}\``, { hint: 'pass the file written by `portcullis audit checkpoint --out`' });
    }
    const parsed = parseCheckpoint(text);
    if (!parsed.ok) throw new PortcullisError('request_invalid', `checkpoint \`${values.checkpoint}\`: ${parsed.message}`, { hint: 'pass the file written by `portcullis audit checkpoint --out`' });
    anchor = parsed.value;
  }
  const limit = values.n === undefined ? 20 : Number(values.n);
  if (!Number.isSafeInteger(limit) || limit < 1) throw new PortcullisError('request_invalid', `-n \`${values.n}\` is not a positive whole number`, { hint: 'for example: audit tail -n 50' });
  if (values.type !== undefined && sub !== 'tail') throw new PortcullisError('request_invalid', `--type applies to \`audit tail\` only`, { hint: 'portcullis audit tail --type decision' });
  if (values.type !== undefined && limit > 500) throw new PortcullisError('request_invalid', `-n \`${values.n}\` is more than 500, the most one filtered page holds`, { hint: 'for example: audit tail --type decision -n 500' });

  // inspection opens even a damaged log (L8 refuses it everywhere else), so verify can name the entry
  const session = await openControlSession({ configPath: values.config, cwd: io.cwd, env: io.env, checkAuditAtOpen: false });
  const cp = session.opened;
  try {
    switch (sub) {
      case 'verify': {
        const report = await cp.verify(anchor ? { checkpoint: anchor } : {});
        if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        else if (report.ok) {
          io.stdout(`audit log ok: ${report.size} entries, root ${report.root}, ${report.checkpoints} signed checkpoint(s)${report.anchoredSize !== null ? `; matches the exported checkpoint at ${report.anchoredSize}` : ''}\n`);
        } else if (report.unbackedVotes.length > 0) {
          // A13: the chain holds, but rows were written into the votes table behind the control plane's back
          const rows = report.unbackedVotes.map((u) => `  vote row: request ${u.requestId}, ${u.kind} by ${u.human}, audit entry ${u.auditSeq ?? 'none'}: ${u.problem}\n`).join('');
          io.stderr(`error: ${report.unbackedVotes.length} vote row(s) are not backed by a signed audit entry; they count for nothing (A13) (audit_corrupt)\n${rows}hint: someone wrote the store directly; find out who, keep a copy of the store as evidence, and re-approve the requests through portcullis\n`);
        } else io.stderr(`error: audit log verification failed at entry ${report.position}: ${report.problem} (audit_corrupt)\nhint: restore the store from a backup and keep the damaged copy as evidence\n`);
        return report.ok ? EXIT.ok : EXIT.error;
      }
      case 'tail': {
        if (values.type !== undefined) {
          // the control plane's audit read, as GET /v1/audit?type= (it refuses a kind that does not exist)
          const page = await session.control.audit.page({ type: values.type, limit });
          const entries = page.entries.toReversed();
          io.stdout(values.json ? `${JSON.stringify(entries, null, 2)}\n` : entries.map((e) => tailLine(e.seq, e.ts, e.type, e.actor, e.body)).join('\n') + (entries.length ? '\n' : ''));
          return EXIT.ok;
        }
        const size = await cp.audit.size();
        const rows = await cp.store.read((tx) => tx.auditRange(Math.max(1, size - limit + 1), limit));
        io.stdout(values.json ? `${JSON.stringify(rows.map((r) => JSON.parse(r.body) as unknown), null, 2)}\n` : rows.map((r) => tailLine(r.seq, r.ts, r.type, r.actor, (JSON.parse(r.body) as { body: unknown }).body)).join('\n') + (rows.length ? '\n' : ''));
        return EXIT.ok;
      }
      case 'export': {
        const lines: string[] = [];
        await cp.store.read(async (tx) => {
          for (let from = 1; ; ) {
            const page = await tx.auditRange(from, 5000);
            for (const r of page) lines.push(r.body);
            if (page.length < 5000) break;
            from = (page.at(-1)?.seq ?? from) + 1;
          }
        });
        const text = lines.map((l) => `${l}\n`).join('');
        if (values.out) writeFileSync(resolve(io.cwd, values.out), text);
        else io.stdout(text);
        return EXIT.ok;
      }
      default: {
        const cpoint = await cp.audit.checkpoint();
        writeFileSync(resolve(io.cwd, values.out as string), `${JSON.stringify(cpoint, null, 2)}\n`);
        io.stdout(`checkpoint over ${cpoint.size} entries written to ${values.out}; root ${cpoint.root}\nkeep a copy outside this machine: \`portcullis audit verify --checkpoint ${values.out}\` then detects truncation and rewrites\n`);
        return EXIT.ok;
      }
    }
  } finally {
    await session.close();
  }
}

function tailLine(seq: number, ts: number, type: string, actor: string, body: unknown): string {
  return `${seq}  ${new Date(ts).toISOString()}  ${type.padEnd(17)} ${actor.padEnd(16)} ${JSON.stringify(body)}`;
}
