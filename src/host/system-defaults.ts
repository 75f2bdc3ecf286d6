/** Where `portcullis setup --system` installs by default (the issue fixed them; operators script them). */
export const SYSTEM_DEFAULTS_TEXT = { serviceUser: 'portcullis', configDir: '/etc/portcullis', stateDir: '/var/lib/portcullis', runDir: '/run/portcullis' } as const;
