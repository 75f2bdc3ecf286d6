import type { CommandLineKind } from '../core/index.ts';

/** D8: what the readers of tools' configuration files (`tool-config.ts`, `tool-config-readers.ts`) return. */

/** What a setting runs, as its tool runs it. */
export type SettingRun =
  /** A command line (through the shell, or a program and its words). */
  | { kind: 'line'; line: CommandLineKind; text: string }
  /** A program and its arguments, run without a shell, with variables set for it (a kubeconfig's exec plugin). */
  | { kind: 'argv'; argv: readonly string[]; env: readonly string[] }
  /** A library loaded into the tool (ssh's PKCS#11 provider). */
  | { kind: 'library'; path: string }
  /** A folder the tool runs programs from (terraform's plugin folders, docker's CLI plugin folders), and what it runs there. */
  | { kind: 'folder'; path: string; why: string }
  /** Code the tool loads that Portcullis does not judge (AWS CLI plugins, a legacy auth provider's command). */
  | { kind: 'code'; why: string };

/** A setting of a configuration file that runs a program. */
export interface ConfigSetting {
  /** As a human finds it in the file: `users[dev].user.exec`, `core.fsmonitor`, `Host db ProxyCommand`, `[profile x] credential_process`. */
  key: string;
  run: SettingRun;
}

/** A file's program-running settings and the files it includes (absolute, or relative to the file's folder; `~/` from home). */
export type ConfigReading = { ok: true; settings: ConfigSetting[]; includes: string[]; includesAs?: IncludedFormat; includedAs?: ReadonlyMap<string, IncludedFormat> } | { ok: false; message: string };

/**
 * D8 round 19: the format of the files a reading includes when it is not the including file's own (gcloud's credential
 * file override); round 21: `includedAs` gives one include's own (a gcloud configuration's client-certificate files).
 */
export type IncludedFormat = 'google_credentials' | 'mtls_config';
