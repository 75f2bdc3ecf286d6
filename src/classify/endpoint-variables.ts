/**
 * The lead's answer 335 (round 32): a REST request whose endpoint is partly a variable or a substitution (`gh api -X PUT
 * repos/o/r/actions/workflows/$W/disable`, `glab api -X POST projects/$P/archive`, `curl -X POST …/widgets/$(cat id)/archive`,
 * an `http_request` to `…/${ID}/disable`) is judged by the endpoint's fixed part: a variable in an id position reads as an
 * id (the request is what it would be with any literal id there), and a variable that is the whole path, or that stands
 * where the operation is named, leaves the operation unknown (fail closed).
 *
 * A variable segment is in an id position when the segment before it is a fixed name (`workflows/$W`, `issues/$N`,
 * `database/$DB_ID`, `projects/$P`), or the repository of GitHub's `repos/OWNER/REPO` pair (`repos/o/$R`, `repos/$O/$R`).
 * First in the path, after a version prefix (`v1/$P`) or after an id (`widgets/$ID/$ACTION`, `projects/12/$A`,
 * `repos/o/r/$X`) it may name the operation. A URL that is one variable as a whole (`curl -X POST "$SLACK_WEBHOOK_URL"`)
 * names no API at all: it is left to the judge's reading of an unfixed URL.
 */

/** A version or API prefix segment (`v1`, `v4`, `2.0`, `api`): fixed, but no collection. */
const PREFIX_SEGMENT = /^(v\d+(\.\d+)?[a-z]*\d*|\d+(\.\d+)+|api|rest|admin)$/i;

/** The methods whose operation a path may name: reads and DELETE name theirs by the method. */
export const WRITE_METHOD = /^(POST|PUT|PATCH)$/i;

export type VariableStyle = 'shell' | 'template';

/** Shell: `$NAME`, `${…}`, `$(…)`, backticks, `$1`. Template (an agent's own request): `${…}` and `{{…}}`. */
function variablePattern(style: VariableStyle): RegExp {
  return style === 'shell' ? /\$\(|`|\$\{|\$[A-Za-z_0-9]/ : /\$\{[^}]*\}|\{\{[^}]*\}\}/;
}

/**
 * The path segments of a URL or endpoint as written, substitutions folded to one marker each so that a `/` inside
 * `$(…)` or backticks does not split; null when a substitution does not close.
 */
function pathSegments(text: string, style: VariableStyle): string[] | null {
  let folded = text;
  if (style === 'shell') {
    folded = folded.replace(/\$\([^()]*\)/g, '${_}').replace(/`[^`]*`/g, '${_}');
    if (/\$\(|`/.test(folded)) return null;
  }
  const noQuery = folded.replace(/[?#].*$/, '');
  const withoutOrigin = /^[a-z][\w+.-]*:\/\//i.test(noQuery) ? noQuery.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '') : noQuery.replace(/^\$\{?[A-Za-z_]\w*\}?(?=\/)/, '');
  return withoutOrigin.split('/').filter((s) => s !== '');
}

/** An id segment as written: a variable, a number, a hex or UUID-like token. */
function idLike(segment: string, variable: RegExp): boolean {
  return variable.test(segment) || /^\d+$/.test(segment) || /^[0-9a-f]{8,}(-[0-9a-f]{4,})*$/i.test(segment);
}

/** Whether the variable segment at `at` stands in an id position (after a fixed name, or as GitHub's owner/repo pair). */
function idPosition(segments: string[], at: number, variable: RegExp): boolean {
  const prev = segments[at - 1];
  if (prev === undefined) return false;
  if (segments[at - 2] === 'repos') return true;
  if (segments[at - 3] === 'repos') return false;
  return !idLike(prev, variable) && !PREFIX_SEGMENT.test(prev);
}

/** The URL is one variable, origin and path (`"$WEBHOOK_URL"`, `${URL}`; HTTPie's `http://` put before it aside). */
function wholeVariable(given: string, style: VariableStyle): boolean {
  const url = given.replace(/^https?:\/\//i, '');
  return style === 'shell' ? /^(\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\}|\$\([^()]*\)|`[^`]*`)$/.test(url) : /^(\$\{[^}]*\}|\{\{[^}]*\}\})$/.test(url);
}

/**
 * Why a write's operation is not fixed by its endpoint (answer 335), or null: the method is a read or a DELETE, the
 * endpoint has no variable, or every variable in it stands in an id position.
 */
export function hiddenOperation(method: string, url: string, style: VariableStyle): string | null {
  if (!WRITE_METHOD.test(method)) return null;
  const variable = variablePattern(style);
  if (!variable.test(url) || wholeVariable(url, style)) return null;
  const segments = pathSegments(url, style);
  if (segments === null) return 'a substitution in the endpoint does not close';
  if (segments.length === 0 || segments.every((s) => variable.test(s))) return 'the whole path is a variable';
  const at = segments.findIndex((s, i) => variable.test(s) && !idPosition(segments, i, variable));
  return at < 0 ? null : `\`${segments[at]}\` stands where the operation is named, not in an id's place`;
}
