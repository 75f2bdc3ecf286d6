import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/** Signs checkpoints. Injected so tests and deployments choose where the private key lives. */
export interface Signer {
  /** Base64 of the DER SubjectPublicKeyInfo: what `audit verify` pins. */
  readonly publicKey: string;
  /** First 16 hex digits of SHA-256 of the public key. */
  readonly keyId: string;
  sign(data: string): string;
}

export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

/** A new Ed25519 private key as PKCS#8 PEM. */
export function generateSigningKey(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function createEd25519Signer(privateKeyPem: string): Signer {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError('audit signing key must be ed25519');
  const publicKey = createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    publicKey,
    keyId: keyIdOf(publicKey),
    sign: (data) => sign(null, Buffer.from(data, 'utf8'), key).toString('base64'),
  };
}

export function verifySignature(publicKey: string, data: string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(data, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
