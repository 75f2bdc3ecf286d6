import { PortcullisError, type Issue } from './errors.ts';

/** Invalid config or policy: carries every issue so the CLI can print one line each (exit 3). */
export class InvalidSetupError extends PortcullisError {
  readonly issues: Issue[];
  constructor(code: 'config_invalid' | 'policy_invalid', issues: Issue[]) {
    const first = issues[0];
    super(code, first ? `${first.path}: ${first.message}` : code, first?.hint ? { hint: first.hint } : {});
    this.issues = issues;
  }
}
