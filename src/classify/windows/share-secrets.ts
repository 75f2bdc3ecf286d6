import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import { holdsCredentials, offMachineShare } from '../shell/secret-sources.ts';

// Round 41 (fo41): a secret written to another machine's share is sent off the machine (secret-sources.ts offMachineShare).

/** A secret written to `dest`: when that is another machine's share, the secret is sent off the machine. */
export function secretToShare(inv: Invocation, dest: Word | null | undefined, secret: string | undefined): boolean {
  const host = secret !== undefined && dest ? offMachineShare(dest.value ?? dest.text.replace(/^["']|["']$/g, '')) : undefined;
  if (host === undefined) return false;
  inv.env.b.verb('network').destroy('secret_sent', `\`${inv.name}\` writes ${secret} to a share on \`${host}\`, another machine: a secret sent off the machine`, inv.span);
  return true;
}

/** Sources copied to `dest`: a credential file or folder among them, copied to another machine's share, is sent off it. */
export function credentialCopiedToShare(inv: Invocation, sources: ReadonlyArray<Word>, dest: Word | null | undefined): boolean {
  const file = sources.find((s) => holdsCredentials(s.value ?? s.text));
  return file !== undefined && secretToShare(inv, dest, `the credentials in \`${file.value ?? file.text}\``);
}
