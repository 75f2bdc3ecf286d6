/**
 * An HTML tagged template that escapes every interpolated value unless it is already `SafeHtml`
 * (the output of another `html` template). Pages are built only from these templates, never by
 * concatenating strings, so hostile text in a command, a SQL statement or a policy reason can only
 * ever appear as text.
 */

export class SafeHtml {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate. Objects are refused so `[object Object]` never reaches a page. */
export type HtmlValue = string | number | boolean | null | undefined | SafeHtml | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number' || value === true) return escapeHtml(String(value));
  // SECURITY: unknown shapes fail the render rather than leaking unescaped or meaningless text.
  throw new TypeError(`html: cannot interpolate a value of type \`${typeof value}\``);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Trusted markup from this module's own constants. Never call it with data. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Space-separated class names, dropping falsy ones. */
export function cls(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
