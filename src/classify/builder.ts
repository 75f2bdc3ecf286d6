import type { ActionFacts, Confidence, Finding, InputRef, InputRole, Target, Verb } from '../core/index.ts';

const CONFIDENCE_RANK: Record<Confidence, number> = { parsed: 0, partial: 1, opaque: 2 };

/** The lower of two confidences: one opaque part makes the whole action opaque. */
export function worseConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] >= CONFIDENCE_RANK[b] ? a : b;
}

export type Span = { start: number; end: number };

/** How many named paths one action may have resolved (D8). */
export const MAX_NAMED_PATHS = 256;
/** Distinct configuration routings recorded per tool (`toolRoutes`). */
const MAX_ROUTES = 8;

/**
 * Accumulates what the analysers learn about one action. Every analyser only adds: nothing can
 * make an action look safer than a part of it already did.
 */
export class FactsBuilder {
  readonly verbs = new Set<Verb>();
  destructive = false;
  reversible = true;
  confidence: Confidence = 'parsed';
  readonly targets: Target[] = [];
  readonly findings: Finding[] = [];
  readonly summaries: string[] = [];
  readonly inputs: InputRef[] = [];
  /**
   * D8: absolute paths the action names, for the gateway to resolve on the filesystem (links, `..`
   * through symlinks, hard links) before it trusts what they look like. Not part of the facts.
   */
  readonly paths = new Set<string>();
  /**
   * D8: the programs the action names by a path (`bin/kubectl`), each absolute or, when where it lives
   * is not fixed, `?` and the text; for the gateway to ask whether the agent's Unix user can change them.
   */
  readonly programs = new Set<string>();
  /**
   * D8 round 13: per tool (a bare name), the configuration its calls name themselves (`kubectl --kubeconfig F`,
   * `KUBECONFIG=F kubectl`), for the gateway to judge those files as it judges the defaults. Bounded per tool: beyond
   * the bound, one route of an unknown file stands for the rest (fail closed).
   */
  readonly toolRoutes = new Map<string, Array<Record<string, string>>>();
  /**
   * D8 round 17: the files and folders this input writes before a call of a tool of `TOOL_CONFIG_FILES` (absolute), save
   * those whose whole written text the classifier judged as that tool's file. The gateway fails closed when a file it
   * reads for the action (an include, a routed file, a plugin folder) is one of them: it reads them as they are now, not
   * as the call will. Bounded: beyond the bound, `?` stands for the rest (every tool's files then fail closed).
   */
  readonly toolWrites = new Set<string>();
  /** Known resource count; null once any part's count is unknowable. */
  blastRadius: number | null = 0;
  private blastKnown = false;
  /** The codes of the findings that made the action destructive or opaque (for `absorb`). */
  readonly destroyCodes: string[] = [];
  readonly opaqueCodes: string[] = [];
  /** The span of findings made without one, while a judge shared by two kinds of action runs (`within`). */
  private defaultSpan: Span | undefined;

  verb(...verbs: Verb[]): this {
    for (const v of verbs) this.verbs.add(v);
    return this;
  }

  /** A destructive effect: irreversible unless a later caller says otherwise. */
  destroy(code: string, message: string, span?: Span): this {
    if (this.destroyCodes.length < 64) this.destroyCodes.push(code);
    this.destructive = true;
    this.reversible = false;
    return this.finding(code, message, span);
  }

  finding(code: string, message: string, span: Span | undefined = this.defaultSpan): this {
    if (this.findings.length < 64) this.findings.push(span ? { code, message, span } : { code, message });
    return this;
  }

  /**
   * Runs `judge` with `span` as the span of every finding it makes without one: a judge written for a kind of
   * action of its own (an `http_request`) that also judges the same thing inside a shell line (a `curl`).
   */
  within(span: Span, judge: () => void): void {
    const outer = this.defaultSpan;
    this.defaultSpan = span;
    try {
      judge();
    } finally {
      this.defaultSpan = outer;
    }
  }

  target(t: Target): this {
    // The same target named again for another environment is another target: `DATABASE_URL=<test> prisma migrate status
    // && DATABASE_URL=$PROD_DATABASE_URL prisma migrate deploy` reports `orm:prisma` twice, and the second, production,
    // must not take the first one's tier.
    const dup = this.targets.find((x) => x.kind === t.kind && x.id === t.id && x.environment === t.environment);
    if (dup) {
      if (t.verbs && dup.verbs) for (const v of t.verbs) if (!dup.verbs.includes(v)) dup.verbs.push(v);
      if (t.critical) dup.critical = true;
      return this;
    }
    // The builder owns its targets' verb lists: a later duplicate adds to them, which must not reach the caller's array
    // (a shared mapping's `verbs`, reused by every later call).
    if (this.targets.length < 256) this.targets.push(t.verbs ? { ...t, verbs: [...t.verbs] } : t);
    return this;
  }

  partial(code: string, message: string, span?: Span): this {
    this.confidence = worseConfidence(this.confidence, 'partial');
    return this.finding(code, message, span);
  }

  /** SECURITY: what could not be understood is the worst case: unknown verb, destructive. */
  opaque(code: string, message: string, span?: Span): this {
    if (this.opaqueCodes.length < 64) this.opaqueCodes.push(code);
    this.confidence = 'opaque';
    this.verbs.add('unknown');
    this.destructive = true;
    this.reversible = false;
    return this.finding(code, message, span);
  }

  /**
   * A12: a local file the action takes as input. The classifier is pure, so it only names it; the
   * gateway reads and hashes it into the envelope. A name that is not fixed cannot be bound: opaque.
   */
  input(path: string | null, absolute: string | null, role: InputRole, span?: Span, recursive = false): this {
    if (path === null || path === '') return this.opaque('input_not_fixed', `the ${role} file this action reads is not fixed, so an approval could not bind its content`, span);
    if (path === '-') return this.opaque('input_from_stdin', `the ${role} comes from standard input, which Portcullis cannot see in advance`, span);
    if (this.inputs.some((i) => i.path === path && i.role === role)) return this;
    if (this.inputs.length >= 64) return this.opaque('too_many_inputs', 'more than 64 input files; an approval could not bind them all', span);
    this.inputs.push(recursive ? { path, absolute, role, recursive } : { path, absolute, role });
    return this;
  }

  /** Records a path the action names (bounded: a path beyond the bound is opaque, never unchecked). */
  namePath(abs: string): this {
    if (this.paths.has(abs)) return this;
    if (this.paths.size >= MAX_NAMED_PATHS) {
      if (this.confidence !== 'opaque') this.opaque('too_many_paths', `the action names more than ${MAX_NAMED_PATHS} paths; Portcullis cannot resolve them all`);
      return this;
    }
    this.paths.add(abs);
    return this;
  }

  /** Records a path-named program (bounded: beyond the bound, every further one shares the key `?more`). */
  nameProgram(key: string): string {
    if (this.programs.has(key)) return key;
    const k = this.programs.size >= MAX_NAMED_PATHS ? '?more' : key;
    this.programs.add(k);
    return k;
  }

  /** Records a file written before a tool's call (see `toolWrites`). */
  writeBeforeTool(path: string): this {
    if (this.toolWrites.has(path) || this.toolWrites.has('?')) return this;
    this.toolWrites.add(this.toolWrites.size >= MAX_NAMED_PATHS ? '?' : path);
    return this;
  }

  /** Records a tool call's own configuration routing (see `toolRoutes`). */
  routeTool(program: string, route: Readonly<Record<string, string>>): this {
    const routes = this.toolRoutes.get(program) ?? [];
    const key = JSON.stringify(route);
    if (routes.some((r) => JSON.stringify(r) === key)) return this;
    if (routes.length >= MAX_ROUTES) routes[MAX_ROUTES - 1] = { '?': '?' };
    else routes.push({ ...route });
    this.toolRoutes.set(program, routes);
    return this;
  }

  /**
   * Adds everything another builder learnt (a part judged on its own first). Only adds, like every analyser: the
   * caller decides beforehand whether the part is taken as it is.
   */
  absorb(part: FactsBuilder): this {
    for (const v of part.verbs) this.verbs.add(v);
    if (part.destructive) this.destructive = true;
    if (!part.reversible) this.reversible = false;
    this.confidence = worseConfidence(this.confidence, part.confidence);
    for (const t of part.targets) this.target(t);
    for (const f of part.findings) if (this.findings.length < 64) this.findings.push(f);
    for (const i of part.inputs) if (this.inputs.length < 64 && !this.inputs.some((x) => x.path === i.path && x.role === i.role)) this.inputs.push(i);
    for (const p of part.paths) this.namePath(p);
    for (const p of part.programs) this.nameProgram(p);
    for (const [program, routes] of part.toolRoutes) for (const r of routes) this.routeTool(program, r);
    for (const w of part.toolWrites) this.writeBeforeTool(w);
    for (const c of part.destroyCodes) if (this.destroyCodes.length < 64) this.destroyCodes.push(c);
    for (const c of part.opaqueCodes) if (this.opaqueCodes.length < 64) this.opaqueCodes.push(c);
    if (part.blastKnown) this.blast(part.blastRadius);
    return this;
  }

  summary(line: string): this {
    if (this.summaries.length < 16 && !this.summaries.includes(line)) this.summaries.push(line);
    return this;
  }

  /** Adds a known resource count; `null` makes the total unknowable. */
  blast(count: number | null): this {
    if (count === null) this.blastRadius = null;
    else if (this.blastRadius !== null) this.blastRadius += count;
    this.blastKnown = true;
    return this;
  }

  build(fallbackSummary: string): ActionFacts {
    if (this.verbs.size === 0) this.verbs.add('read');
    const verbs = [...this.verbs].sort();
    return {
      verbs,
      // SECURITY: opaque always implies destructive, whatever an analyser set.
      destructive: this.destructive || this.confidence === 'opaque',
      targets: this.targets,
      blastRadius: this.blastKnown ? this.blastRadius : null,
      reversible: this.reversible && !this.destructive && this.confidence !== 'opaque',
      confidence: this.confidence,
      findings: this.findings,
      summary: this.summaries.length > 0 ? this.summaries.join('; ') : fallbackSummary,
      ...(this.inputs.length > 0 ? { inputs: this.inputs } : {}),
    };
  }
}
