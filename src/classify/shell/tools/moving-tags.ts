/**
 * The lead's answer 366.3 (round 36): a moving tag (`latest`, `stable`, `prod`, `live` …) pointed at another image is a
 * deploy: everything that pulls the tag gets the new image, as `docker push repo:latest` gives it (a benign verb, which
 * policy holds on production). A version tag (`2.3.1`, `sha-4b82`) made or copied is a write, as before. Read by the
 * registry clients' retagging operations: `crane tag|copy`, `oras tag|copy`, `skopeo copy`, `regctl image copy`
 * (service-catalogue.ts), `docker buildx imagetools create -t`, `gcloud artifacts docker tags add`, `az acr import
 * --image`, `aws ecr put-image --image-tag` (cloud.ts `retagsMovingTag`).
 */
export const MOVING_TAG = /^(latest|stable|prod|production|live|current|release|staging|canary|edge|main|master|nightly)$/i;

/**
 * Whether an image reference names a moving tag (`ghcr.io/acme/app:latest`, `docker://…/app:stable`); with `bare`, a
 * word that is a tag alone (`latest`, crane's and oras's tag operands) counts too. A digest (`@sha256:…`) names no tag.
 */
export function namesMovingTag(ref: string | null | undefined, bare = false): boolean {
  if (ref === null || ref === undefined || ref.includes('@')) return false;
  if (bare && MOVING_TAG.test(ref)) return true;
  const tag = /[^/:]:([\w][\w.-]{0,127})$/.exec(ref)?.[1];
  return tag !== undefined && MOVING_TAG.test(tag);
}

/** The last word of an argument list that is no option (the destination of `copy SRC DST`, the tag of `tag SRC TAG`). */
export function lastOperand(args: ReadonlyArray<string | null>): string | null | undefined {
  const last = args[args.length - 1];
  return last === undefined || last === null || last.startsWith('-') ? undefined : last;
}
