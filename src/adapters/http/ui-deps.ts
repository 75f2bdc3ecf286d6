import type { Clock } from '../../core/index.ts';
import type { ControlPlane } from '../../control/index.ts';
import type { SessionApi } from './session.ts';

/** What the app hands the reviewer UI routes (`./ui/`); its own file so neither imports the other's. */
export interface UiDeps {
  control: ControlPlane;
  clock: Clock;
  session: SessionApi;
  /** Form bodies larger than this are refused (F6). */
  bodyLimitBytes: number;
  /** Shows the OpenID Connect button on the sign-in page (the flow itself is the app's `/auth/oidc`). */
  oidcEnabled: boolean;
}
