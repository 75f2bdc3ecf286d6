/**
 * Settings that switch a safeguard off, by the file that holds them: judged for every door that writes a file (the file
 * tool's and MCP file tools' writes and edits through file-content.ts, the shell's redirections, `tee` and heredocs through storeWrite).
 */

/**
 * App settings, in the files that hold them, that switch a platform's safeguard off for the app that ships (each from its
 * platform's reference): App Transport Security lifted (`NSAllowsArbitraryLoads` true in Info.plist: any plain-HTTP
 * load), Android cleartext traffic allowed for every host (`android:usesCleartextTraffic="true"`, a `base-config` with
 * `cleartextTrafficPermitted="true"`; a `domain-config` for the emulator's host is the documented development setup);
 * Electron's security checklist undone in `webPreferences` (`contextIsolation: false`, `nodeIntegration: true`,
 * `webSecurity: false`, `sandbox: false`); electron-builder's `hardenedRuntime: false`, `notarize: false` and
 * `verifyUpdateCodeSignature: false` (updates installed without checking their signature); Crashlytics' crash reporting
 * switched off (`firebase_crashlytics_collection_enabled`/`FirebaseCrashlyticsCollectionEnabled` false, React Native
 * Firebase's `crashlytics_auto_collection_enabled` false). Defaults and the safe values are no finding.
 */
export const APP_SAFEGUARD_OFF: ReadonlyArray<{ setting: RegExp; what: string; path?: RegExp }> = [
  // sshd_config(5): `PermitRootLogin yes` lets root log in with a password, `PasswordAuthentication yes` and
  // `PermitEmptyPasswords yes` open password (or empty-password) logins; read from the server's file and its drop-ins.
  { path: /(^|\/)sshd_config(\.d\/[^/]+\.conf)?$/, setting: /^\s*(PermitRootLogin\s+yes|PasswordAuthentication\s+yes|PermitEmptyPasswords\s+yes)\b/im, what: 'opens root or password logins over SSH' },
  // ssh_config(5): `StrictHostKeyChecking no` (or `off`) connects to a host whose key is unknown or has changed, and
  // `UserKnownHostsFile /dev/null` forgets every key it learns: host keys are no longer checked (a man in the middle is
  // not noticed). `accept-new` (learn new keys, refuse changed ones) and `yes` are no finding.
  { path: /(^|\/)\.ssh\/config$|^\/etc\/ssh\/ssh_config(\.d\/[^/]+\.conf)?$/, setting: /^\s*(StrictHostKeyChecking(\s*=\s*|\s+)["']?(no|off)\b|UserKnownHostsFile(\s*=\s*|\s+)["']?\/dev\/null\b)/im, what: 'turns SSH host key checking off' },
  // sudoers(5): `NOPASSWD` on every command gives root without a password.
  { path: /^\/etc\/sudoers(\.d\/[^/]+)?$/, setting: /NOPASSWD\s*:\s*ALL\b/, what: 'gives root to every command without a password' },
  // pg_hba.conf(5): `trust` allows a connection "unconditionally" (no password); on a `host*` line whose address is not the
  // loopback (`127.0.0.1/32`, `::1/128`, `localhost`, `samehost`) anyone who reaches the port logs in as any role. `local`
  // lines (the Unix socket) are the documented developer setup and are not read here.
  { path: /(^|\/)pg_hba\.conf$/, setting: /^[ \t]*host(ssl|nossl|gssenc|nogssenc)?[ \t]+\S+[ \t]+\S+[ \t]+(?!(127\.0\.0\.1\/32|::1\/128|localhost|samehost)[ \t])\S+([ \t]+\d+\.\d+\.\d+\.\d+)?[ \t]+trust\b/im, what: 'lets anyone who reaches PostgreSQL log in without a password (`trust`)' },
  // MySQL's and MariaDB's `skip-grant-tables` (mysqld option reference: "causes the server to start without using the
  // privilege system at all, which gives anyone with access to the server unrestricted access to all databases"), in the
  // server's option files and their drop-in folders.
  { path: /^\/etc\/(mysql\/.+\.cnf|my\.cnf(\.d\/[^/]+)?)$/, setting: /^[ \t]*skip[-_]grant[-_]tables\b/im, what: 'starts MySQL without its privilege system (`skip-grant-tables`)' },
  // A package client's TLS verification off in its stored settings file (the lead's answer 88, round 22; the commands that
  // store the same keys are in shell/tools/tls-verify.ts): npm's and pnpm's `.npmrc` `strict-ssl=false`, yarn 1's `.yarnrc`
  // `strict-ssl false`, yarn 2+'s `.yarnrc.yml` `enableStrictSsl: false`, conda's `.condarc` `ssl_verify: false`, pip's
  // `pip.conf`/`pip.ini` `trusted-host = …`, git's config files `sslVerify = false`, Bundler's `BUNDLE_SSL_VERIFY_MODE: "0"`,
  // RubyGems' `.gemrc` `:ssl_verify_mode: 0`, Composer's `"disable-tls": true` / `"secure-http": false`.
  { path: /(^|\/)\.?npmrc$/, setting: /^[ \t]*strict-ssl[ \t]*=[ \t]*["']?false\b/im, what: 'switches npm\'s TLS certificate checks off (`strict-ssl=false`)' },
  { path: /(^|\/)\.yarnrc$/, setting: /^[ \t]*["']?strict-ssl["']?[ \t]+["']?false\b/im, what: 'switches yarn\'s TLS certificate checks off (`strict-ssl false`)' },
  { path: /(^|\/)\.yarnrc\.yml$/, setting: /^[ \t]*enableStrictSsl[ \t]*:[ \t]*["']?false\b/im, what: 'switches yarn\'s TLS certificate checks off (`enableStrictSsl: false`)' },
  { path: /(^|\/)\.?condarc$|(^|\/)\.condarc\.d\/[^/]+$/, setting: /^[ \t]*ssl_verify[ \t]*:[ \t]*["']?(false|no|off)\b/im, what: 'switches conda\'s TLS certificate checks off (`ssl_verify: false`)' },
  { path: /(^|\/)pip\.(conf|ini)$/, setting: /^[ \t]*trusted-host[ \t]*=[ \t]*\S/im, what: 'trusts a package host without a valid certificate (pip `trusted-host`)' },
  { path: /(^|\/)(\.gitconfig|\.git\/config|gitconfig|\.config\/git\/config)$/, setting: /^[ \t]*sslverify[ \t]*=[ \t]*(false|no|off|0)\b/im, what: 'switches git\'s HTTPS certificate checks off (`sslVerify = false`)' },
  { path: /(^|\/)\.bundle\/config$/, setting: /^[ \t]*BUNDLE_SSL_VERIFY_MODE[ \t]*:[ \t]*["']?0["']?[ \t]*$/im, what: 'switches Bundler\'s TLS certificate checks off' },
  { path: /(^|\/)\.gemrc$/, setting: /^[ \t]*:?ssl_verify_mode:?[ \t]*:?[ \t]*0\b/im, what: 'switches RubyGems\' TLS certificate checks off' },
  { path: /(^|\/)(composer|config)\.json$/, setting: /"disable-tls"\s*:\s*true\b|"secure-http"\s*:\s*false\b/, what: 'lets Composer fetch packages without TLS' },
  // apt and dnf told not to verify what they fetch (answer 88, as package-verification.ts reads their commands): an apt
  // source marked `[trusted=yes]` (sources.list(5): "the source is always trusted, even if it does not pass authentication
  // checks") or deb822 `Trusted: yes`; apt.conf(5) `Verify-Peer "false"`, `AllowUnauthenticated` or
  // `AllowInsecureRepositories` on; a dnf or yum repository with `gpgcheck=0` or `sslverify=0` (dnf.conf(5)).
  { path: /^\/etc\/apt\/sources\.list(\.d\/[^/]+\.(list|sources))?$/, setting: /\[[^\]\n]*\btrusted=yes\b|^[ \t]*Trusted:[ \t]*yes\b/im, what: 'trusts an apt source without checking its signatures' },
  { path: /^\/etc\/apt\/apt\.conf(\.d\/[^/]+)?$/, setting: /Verify-(Peer|Host)[ \t]+"?(false|no|0)\b|AllowUnauthenticated[ \t]+"?(true|yes|1)\b|AllowInsecureRepositories[ \t]+"?(true|yes|1)\b/i, what: "switches off apt's certificate or signature checks" },
  { path: /^\/etc\/(yum\.repos\.d\/[^/]+\.repo|dnf\/dnf\.conf|yum\.conf)$/, setting: /^[ \t]*(gpgcheck|repo_gpgcheck|sslverify)[ \t]*=[ \t]*(0|false|no)\b/im, what: 'switches off the signature or certificate checks of a package repository' },
  // nginx's `root /;` or `alias /;` (ngx_http_core_module): every file the workers can read is served to whoever reaches the
  // port, the machine's configuration and keys with it (round 30, x30). In nginx's own folder, the main file or a drop-in.
  { path: /^\/etc\/nginx\/[^/].*$/, setting: /(^|[;{\s])(root|alias)[ \t]+["']?\/["']?[ \t]*;/m, what: 'serves the whole filesystem over HTTP (`root /`)' },
  // Subversion's `pre-revprop-change` hook (svnbook, "Implementing Repository Hooks"): without it every revision-property
  // change is refused, and a hook that only exits 0 allows every change to any revision's log, author and date, which
  // keep no history (the lead's answer 378.6: a safeguard off). A hook that checks anything before its `exit 0` is no finding.
  { path: /(^|\/)hooks\/pre-revprop-change(\.(bat|cmd|exe|ps1))?$/i, setting: /^(\s*(#[^\n]*|@?echo off|rem\b[^\n]*)?\r?\n)*\s*exit(\s+\/b)?\s+0\s*$/i, what: 'allows every revision-property change (a `pre-revprop-change` hook that only exits 0)' },
  // Round 37 (idm37): mail and DNS servers. Postfix's main.cf (postconf(5)): `mynetworks` of every address or a recipient
  // restriction that is only `permit` relays for anyone (an open relay); `smtpd_tls_security_level = none` and
  // `smtpd_tls_auth_only = no` switch TLS off or send passwords without it. Dovecot's `ssl = no`, `disable_plaintext_auth =
  // no`, `auth_allow_cleartext = yes` (dovecot.org, "SSL/TLS" and "Authentication"). BIND's `dnssec-validation no` and
  // `allow-recursion`, `allow-transfer` or `allow-update` of `any` (an open resolver, the zone handed to anyone). Unbound's
  // `val-permissive-mode: yes`, `domain-insecure:` and `access-control: 0.0.0.0/0 allow` (unbound.conf(5)).
  { path: /^\/etc\/postfix\/main\.cf$/, setting: /^[ \t]*(mynetworks[ \t]*=.*(^|[\s,])0\.0\.0\.0\/0|smtpd_(recipient|relay)_restrictions[ \t]*=[ \t]*permit[ \t]*$|smtpd_tls_security_level[ \t]*=[ \t]*none\b|smtpd_tls_auth_only[ \t]*=[ \t]*no\b)/im, what: 'opens the mail server as a relay or switches its TLS off' },
  // Round 40 (bl40comms): rspamd's checks switched off in their local or override file (`enabled = false;` in
  // antivirus.conf, phishing.conf, dkim_signing.conf, dmarc.conf, spf.conf, rbl.conf, …: rspamd.com, each module's page),
  // and an Asterisk PJSIP endpoint named `anonymous` (res_pjsip's unauthenticated caller) put in a context that dials out
  // (asterisk docs, "PJSIP Configuration Sections": `[anonymous]` with a `context=` other than an inbound one).
  { path: /^\/etc\/rspamd\/(local|override)\.d\/(antivirus|phishing|dkim_signing|dkim|dmarc|spf|rbl|mid|fuzzy_check|greylist|ratelimit|arc|mx_check|multimap)\.conf$/, setting: /^[ \t]*enabled[ \t]*=[ \t]*(false|no|off)[ \t]*;?/im, what: 'switches an rspamd check (virus scanning, phishing, SPF, DKIM, DMARC, blocklists) off' },
  { path: /^\/etc\/asterisk\/pjsip[\w.-]*\.conf$/, setting: /^\[anonymous\][^\n]*\n(?:(?!\[)[^\n]*\n)*?[ \t]*context[ \t]*=[ \t]*(?!(from-(trunk|pstn|external|did)|inbound|incoming|public)\b)\S/im, what: 'lets unauthenticated callers into a context that dials out' },
  { path: /^\/etc\/dovecot\/(dovecot\.conf|conf\.d\/[^/]+)$/, setting: /^[ \t]*(ssl[ \t]*=[ \t]*no|disable_plaintext_auth[ \t]*=[ \t]*no|auth_allow_cleartext[ \t]*=[ \t]*yes)\b/im, what: 'switches Dovecot\'s TLS off or accepts passwords without it' },
  { path: /^\/etc\/(named\.conf(\.[\w]+)?|named\/[^/]+\.conf|bind\/named\.conf(\.[\w]+)?)$/, setting: /\bdnssec-validation[ \t]+no[ \t]*;|\ballow-(recursion|transfer|update)[ \t]*\{[ \t]*any[ \t]*;/i, what: 'switches DNSSEC validation off or opens recursion, transfers or updates to any address' },
  { path: /^\/etc\/unbound\/.+\.conf$/, setting: /^[ \t]*(val-permissive-mode:[ \t]*yes\b|domain-insecure:|access-control:[ \t]*(0\.0\.0\.0\/0|::\/0)[ \t]+allow\b)/im, what: 'switches DNSSEC validation off or opens the resolver to any address' },
  { setting: /<key>\s*NSAllowsArbitraryLoads\s*<\/key>\s*<true\s*\/>/, what: 'lifts App Transport Security: plain-HTTP loads are allowed' },
  // Round 43 (bl43med): Orthanc's configuration ("Orthanc configuration file": `RemoteAccessAllowed` lets other hosts reach
  // the REST API, `AuthenticationEnabled` false lets them in without a user): together anyone on the network reads and
  // deletes every image. Either alone is the documented local or protected setup.
  { path: /(^|\/)orthanc[\w.-]*\.json$/i, setting: /^(?=[\s\S]*"RemoteAccessAllowed"\s*:\s*true\b)(?=[\s\S]*"AuthenticationEnabled"\s*:\s*false\b)/, what: "opens Orthanc's REST API to other hosts without authentication" },
  // pgaudit (github.com/pgaudit/pgaudit, README: `pgaudit.log` "none" logs no statement classes): session audit logging off,
  // in PostgreSQL's configuration files and their drop-ins.
  { path: /(^|\/)(postgresql(\.auto)?\.conf|conf\.d\/[^/]+\.conf)$/, setting: /^[ \t]*pgaudit\.log[ \t]*=[ \t]*['"]?none['"]?[ \t]*(#.*)?$/im, what: 'switches pgaudit\'s session audit logging off' },
  { setting: /usesCleartextTraffic\s*=\s*"true"|<base-config[^>]*\bcleartextTrafficPermitted\s*=\s*"true"/, what: 'allows cleartext (plain-HTTP) traffic to every host' },
  { setting: /\b(contextIsolation|webSecurity|sandbox)["']?\s*:\s*false\b|\bnodeIntegration["']?\s*:\s*true\b/, what: 'undoes Electron\'s renderer isolation (context isolation, sandbox, web security or Node integration)' },
  { setting: /\b(hardenedRuntime|notarize|verifyUpdateCodeSignature)["']?\s*:\s*false\b/, what: 'turns off the hardened runtime, notarization or the update signature check' },
  { setting: /firebase_crashlytics_collection_enabled["']?\s+android:value\s*=\s*"false"|FirebaseCrashlyticsCollectionEnabled\s*<\/key>\s*<false\s*\/>|crashlytics_(auto_)?collection_enabled["']?\s*:\s*false\b/, what: 'switches crash reporting off' },
];

/** What the text written to `path` (`/` separators) switches off, or undefined. */
export function settingSwitchesSafeguardOff(path: string, text: string): { what: string } | undefined {
  return APP_SAFEGUARD_OFF.find((x) => (x.path === undefined || x.path.test(path)) && x.setting.test(text));
}
