import { fileURLToPath } from 'node:url';

/** Where this Portcullis is installed (its code, the pinned Node.js, the hook's compile cache). */
export const INSTALL_DIR = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
