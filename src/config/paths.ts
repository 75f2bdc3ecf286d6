/** Where the config files `portcullis init` writes live in the package (read by os/, not here). */
export const CONFIG_TEMPLATE_DIR = new URL('./templates/', import.meta.url);
