import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The UI's static files (one stylesheet, one optional script), read once and served with an ETag. */
export interface UiAsset {
  name: string;
  contentType: string;
  body: string;
  etag: string;
}

const FILES: Array<[string, string]> = [
  ['portcullis.css', 'text/css; charset=utf-8'],
  ['portcullis.js', 'text/javascript; charset=utf-8'],
];

let cache: Map<string, UiAsset> | null = null;

/** The asset called `name`, or null for any other name (the caller answers 404). */
export function uiAsset(name: string): UiAsset | null {
  if (!cache) {
    cache = new Map();
    for (const [file, contentType] of FILES) {
      const body = readFileSync(new URL(`./assets/${file}`, import.meta.url), 'utf8');
      cache.set(file, { name: file, contentType, body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` });
    }
  }
  return cache.get(name) ?? null;
}
