import { admitsEveryAddress, annotationFinding, type ManifestFinding } from '../../kube-manifest.ts';

/**
 * Helm's `--set` and `--set-string` (Helm CLI reference, "The Format and Limitations of --set"): `a.b=v,c=w` sets several
 * values, a comma or dot inside a name or value is escaped with `\`, `{x,y}` is a list and `name[0]` one item of a list.
 * The chart puts what they set into manifests, so a value whose own name is an annotation a controller acts on
 * (`ingress.annotations."nginx\.ingress\.kubernetes\.io/whitelist-source-range"=0.0.0.0/0`) or a Service's
 * `loadBalancerSourceRanges` is read as that annotation or field would be in the manifest.
 */

/** `a=1,b={x,y},c=d\,e` as its pairs: commas split, except escaped ones and those inside a `{…}` list. */
export function setPairs(text: string): string[] {
  const pairs: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[++i]!;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      pairs.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  pairs.push(current);
  return pairs.filter((p) => p !== '');
}

/** The last name of a value's path (`ingress.annotations.nginx\.ingress\.kubernetes\.io/x` gives `nginx.ingress.kubernetes.io/x`), quotes and a list index taken off. */
export function lastKey(path: string): string {
  const parts = path.split(/(?<!\\)\./);
  return parts[parts.length - 1]!.replace(/\\\./g, '.').replace(/"/g, '').replace(/\[\d+\]$/, '');
}

/** What one `--set` argument makes the chart's manifests do, judged as those manifests would be (kube-manifest.ts). */
export function helmSetFindings(text: string): ManifestFinding[] {
  const found: ManifestFinding[] = [];
  for (const pair of setPairs(text)) {
    const eq = pair.search(/(?<!\\)=/);
    if (eq <= 0) continue;
    const key = lastKey(pair.slice(0, eq));
    const value = pair.slice(eq + 1).replace(/\\,/g, ',').replace(/^\{|\}$/g, '');
    const annotation = annotationFinding(`${key}=${value}`);
    if (annotation) found.push(annotation);
    else if (key === 'loadBalancerSourceRanges' && admitsEveryAddress(value)) found.push({ effect: 'public_access', code: 'public_access', message: 'lets every address through the load balancer' });
  }
  return found;
}
