import { createRequire } from 'node:module';

/**
 * What only some inputs need (a grammar, a parser package, a big table) built on first use and kept, so a process whose
 * inputs never need it never pays for it: a shell command does not load YAML, JavaScript or PowerShell parsing. The
 * classifier is synchronous, so the build must be too (a package is required, not imported). A build that throws is
 * retried on the next use; one that may fail returns its own failure value (null) instead, so it is tried once.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

const require = createRequire(import.meta.url);

/** A package required on first use: `const yaml = lazyPackage<YamlPackage>('yaml')`, then `yaml().parse(…)`. */
export function lazyPackage<T>(name: string): () => T {
  return lazy(() => require(name) as T);
}
