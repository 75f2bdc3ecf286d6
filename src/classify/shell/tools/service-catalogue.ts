import type { Invocation } from '../invocation.ts';
import { lastOperand, namesMovingTag } from './moving-tags.ts';
import type { Word } from '../words.ts';
import { clue, invocationNamesLiveTier, envTarget, envVar, hasFlag, lastSwitch, onAnotherHost, optionValues, positionals } from './common.ts';
import { fixedWrittenText, shown } from '../invocation.ts';
import { judgeUnknownProgram } from './unknown.ts';
import { IDENTITY_TOOLS } from './identity-catalogue.ts';
import { CMS_TOOLS } from './cms-catalogue.ts';
import { HOST_ADMIN_TOOLS } from './host-admin-catalogue.ts';
import { CHAIN_TOOLS } from './chain-catalogue.ts';
import { COMMS_TOOLS } from './comms-catalogue.ts';
import { BIZAPPS_TOOLS, SF_TEST_DATA, scratchOrg } from './bizapps-catalogue.ts';
import { FIRMWARE_TOOLS, publishedCommandWipes } from './firmware-catalogue.ts';
import { MAINFRAME_TOOLS } from './mainframe-catalogue.ts';
import { DATACENTRE_TOOLS, NUTANIX_ACLI_RULES } from './datacentre-catalogue.ts';
import { HYPERVISOR_TOOLS } from './hypervisor-catalogue.ts';
import { CLINICAL_TOOLS } from './clinical-catalogue.ts';
import { BI_TOOLS } from './bi-catalogue.ts';
import { MEDIA_TOOLS } from './media-catalogue.ts';
import { GEO_TOOLS } from './geo-catalogue.ts';
import { NETWORK_TOOLS, routingSwitchedOff } from './network-catalogue.ts';
import { LOCALDEV_TOOLS } from './localdev-catalogue.ts';
import { WORKSTATION_TOOLS } from './workstation-catalogue.ts';
import { GUARD_UNIT_TOOLS, GUARD_UNIT, SAFEGUARD_UNIT, SECURITY_UPDATE_UNIT } from './guard-units.ts';
import { NXA42_HOST_TOOLS } from './nxa42-hosts-catalogue.ts';
import { PKI_DNS_TOOLS } from './pki-dns-catalogue.ts';
import { RESEARCH_DATA_TOOLS } from './research-data-catalogue.ts';
import { WINDOWS_ADMIN_TOOLS } from './windows-admin-catalogue.ts';
import { WINDOWS_DEV_TOOLS } from './windows-dev-catalogue.ts';
import { EXITS_EARLY, operandValues, optionValuesIn, type ServiceEffect, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';

export type { ServiceEffect, ServiceRule, ServiceTool } from './catalogue-shape.ts';
import { LOCAL_THROWAWAY, LOCAL_THROWAWAY_OPERANDS, namesPreviewOrDevEnvironment, stagingRefusesNames, PER_PULL_REQUEST, PER_PULL_REQUEST_OPERANDS, PER_RUN, SCRATCH_RESOURCE, SCRATCH_RESOURCE_OPERANDS } from './infra.ts';
import { heuristicEnvironment, targetsLiveTier, tierOfEnvironment, urlHost } from '../../environment.ts';
import { DATA_SERVER_NAMES, ENDPOINT_PROTECTION, KEPT_SERVER_PRODUCT } from '../../security-products.ts';
import { namesSyncOrBackupAgent, pausedJenkinsNames } from '../../kept-agents.ts';
import { curatorLogRetention, RETENTION_KEEP_DAYS, SHORT_FIXED_LIST } from '../../retention.ts';
import { daysIn } from '../../durations.ts';
import { nightlyBuildFolder } from '../../test-data.ts';
import { disposablePrefix, underCachePrefix, versionedObjectOperands } from './object-prefixes.ts';
import { isCiAgentCheckout, isUnderTemporaryRoot, KERNEL_HARDENING_OFF, namesWorkspaceDataFile, resolvePath } from '../../paths.ts';
import { SWITCH_ON } from '../../switch-values.ts';
import { autopilotParamEffect, controlPointEffect, stopsMachine, type ControlEffect } from '../../control-points.ts';
import { aptVerificationOff, dnfVerificationOff, goVerificationOff, mavenTlsOff, npmStrictSslOff, pipTrustedHost, uvInsecureHost, yarnStrictSslOff } from './package-verification.ts';
import { DATA_TOOLS } from './data-catalogue.ts';
import { BACKUP_TOOLS, keepsLastTwoOrMore, keepsThirtyDays, type KeepSpan } from './backup-catalogue.ts';
import { KAFKA_SHORT_RETENTION, type OffsetMove, timeMove, valueOf, argValue } from './service-shared.ts';


/**
 * pgBackRest's retention options given on the line (`--repo1-retention-full=4`, `--retention-diff 2`,
 * `--repo1-retention-full-type=time`): each count or age keeps one or more (answer 340). False when one keeps zero or
 * its value is not a number.
 */
/**
 * mdadm(8) `--create` (`-C`) with `--run` (`-R`): the question mdadm asks before it writes over a member that holds a
 * filesystem or a partition table is skipped (round 39, td39). A word the input does not fix may be `--run` (fail closed).
 */
/** No `-f`/`--force` (nor `-ff`) and every argument fixed: LVM's refusal to deactivate an open volume stands (answer 429.7). */
function notForced(args: ReadonlyArray<string | null>): boolean {
  return args.every((v) => v !== null && !/^(-f+|--force)$/.test(v));
}
/** Some word names a live tier by a whole part (`prod_data`, `/dev/disk/by-label/prod-backups`, `luks-proddb`): 429.7. */
function namesLiveWord(args: ReadonlyArray<string | null>): boolean {
  return args.some((v) => v !== null && v.toLowerCase().split(/[^a-z0-9]+/).some((w) => /^(prod|prd|production|live|staging|stg)\d*$|^prod[a-z]+\d*$/.test(w) && !/^products?$/.test(w)));
}
function mdadmCreatesUnasked(args: ReadonlyArray<string | null>): boolean {
  return args.some((a) => a === '--create' || a === '-C') && args.some((a) => a === null || a === '--run' || a === '-R');
}

/** mdadm(8) `--grow` forced to another number of devices (`--raid-devices N --force`): members' data or redundancy given up. */
function mdadmForcedShrink(args: ReadonlyArray<string | null>): boolean {
  return args.some((a) => a === '--grow' || a === '-G') && args.includes('--force') && args.some((a) => a === '-n' || a?.startsWith('--raid-devices') === true);
}

/** A path segment that is a pull request's or a CI run's own (infra.ts PER_PULL_REQUEST, PER_RUN), unanchored. */
const SCRATCH_SEGMENT = [PER_PULL_REQUEST, PER_RUN].map((r) => r.source.replace(/^\^|\$$/g, '')).join('|');
/**
 * An `mc` object path `ALIAS/BUCKET/[PREFIX/]SEGMENT/[…]` whose SEGMENT is a pull request's or a CI run's own
 * (SCRATCH_SEGMENT), or a run's number (`run-1234`, `build-77`, `job-8812`) in a bucket named for CI (`ci-artifacts`,
 * `e2e-reports`): the lead's answer 84. The alias may not say production or staging; no wildcard, no `..`.
 */
const MC_ALIAS = String.raw`(?!(?:prod|prd|production|live|stag|stg|stage|staging|preprod)(?:[-_.\d]|/))[\w.-]+`;
const SCRATCH_PREFIX_PATH = String.raw`(?:[\w.-]+/(?:(?!\.\./)[\w.-]+/)*(?:${SCRATCH_SEGMENT})|(?:[\w.-]*[-_.])?(?:ci|e2e)(?:[-_.][\w.-]*)?/(?:(?!\.\./)[\w.-]+/)*(?:run|build|job|pipeline)-?\d+)`;
// The slash after the run's or pull request's segment is optional (`minio/previews/pr-412`; round 30).
const MC_SCRATCH_PREFIX = String.raw`${MC_ALIAS}/${SCRATCH_PREFIX_PATH}(?:/(?:(?!\.\.)[\w./-])*)?`;
/** The same for rclone's `REMOTE:BUCKET/PREFIX` (`r2:ci-artifacts/pr-991`; round 30). */
const RCLONE_SCRATCH_PREFIX = String.raw`${MC_ALIAS}:${SCRATCH_PREFIX_PATH}(?:/(?:(?!\.\.)[\w./-])*)?`;
/**
 * An `mc` object path whose bucket or a prefix is named for scratch or temporary uploads (`tmp`, `temp`, `scratch`,
 * `tmp-uploads`): swept by age (`--older-than`), the lead's answer 141 (round 24). The alias may not say production or
 * staging; no wildcard, no `..`.
 */
const TMP_PATH_TAIL = String.raw`(?:(?!\.\./)[\w.-]+/)*(?:(?:tmp|temp|scratch)(?:[-_](?:uploads?|files))?|(?:build[-_]?)?cache)(?:/(?:(?!\.\.)[\w./-])*)?`;
const MC_TMP_PATH = String.raw`${MC_ALIAS}/${TMP_PATH_TAIL}`;
/** The same for rclone's `REMOTE:BUCKET/PREFIX` (`b2:homelab/tmp`), answer 141 through `rclone delete --min-age` (round 27). */
const RCLONE_TMP_PATH = String.raw`${MC_ALIAS}:${TMP_PATH_TAIL}`;

/**
 * An image reference (`ghcr.io/acme/web:pr-4812`, `docker://quay.io/acme/api:ci-48213`) whose tag is a pull request's or
 * a CI run's own (infra.ts PER_PULL_REQUEST, PER_RUN), by tag and not by digest, and whose repository names neither
 * production nor staging: the per-run image a pipeline pushed for itself (the lead's answer 84).
 */
function scratchImageTag(ref: string): boolean {
  const name = ref.replace(/^docker:\/\//, '');
  const colon = name.lastIndexOf(':');
  if (name.includes('@') || colon <= name.lastIndexOf('/')) return false;
  const tag = name.slice(colon + 1).toLowerCase();
  const tiers = name.slice(0, colon).split('/').map((part) => heuristicEnvironment(part));
  return (PER_PULL_REQUEST.test(tag) || PER_RUN.test(tag)) && !tiers.some((t) => t === 'production' || t === 'staging');
}

/**
 * The lead's answer 378.4 (round 37): `jf rt delete` of nightly builds only, each pattern a nightly build folder of a build
 * or artefact repository (test-data.ts nightlyBuildFolder: `nebula-builds-local/nightly/41102/`); no spec file, whose
 * patterns we do not see.
 */
function deletesNightlyBuildsOnly(args: ReadonlyArray<string | null>): boolean {
  if (args.some((a) => a === null || a.startsWith('--spec'))) return false;
  const at = args.findIndex((a) => a === 'delete' || a === 'del');
  const refs = at < 0 ? [] : (args.slice(at + 1) as string[]).filter((a) => !a.startsWith('-'));
  return refs.length > 0 && refs.every((r) => nightlyBuildFolder(r.split('/').filter(Boolean)));
}

/** Every operand after the delete verb (`delete`, `rm`) is an image reference with a per-run tag (scratchImageTag); no wildcard. */
function deletesScratchTagsOnly(args: ReadonlyArray<string | null>): boolean {
  const at = args.findIndex((a) => a === 'delete' || a === 'rm');
  const refs = at < 0 ? [] : args.slice(at + 1).filter((a) => a === null || !a.startsWith('-'));
  return refs.length > 0 && refs.every((r) => r !== null && !/[*?[]/.test(r) && scratchImageTag(r));
}

/**
 * dockerd listening on TCP to the network without client certificates (dockerd reference, "Daemon socket option": "if you
 * need to access the Docker daemon remotely, you need to enable the tcp Socket. Beware that the default setup provides
 * un-encrypted and un-authenticated direct access to the Docker daemon"; `--tlsverify` requires client certificates):
 * whoever reaches the port is root on the machine. A loopback address is this machine only.
 */
function opensDockerApi(args: ReadonlyArray<string | null>): boolean {
  const hosts = args.flatMap((a, i) => (a === '-H' || a === '--host' ? [args[i + 1] ?? null] : a?.startsWith('--host=') ? [a.slice(7)] : a?.startsWith('-H') && a.length > 2 ? [a.slice(2)] : []));
  const open = hosts.some((h) => h === null || (/^tcp:\/\//.test(h) && !/^tcp:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:|$)/.test(h)));
  return open && !args.some((a) => a === '--tlsverify' || a === '--tlsverify=true');
}

/** What a package client's verification switched off costs (package-verification.ts, the lead's answer 88). */
const TLS_OFF_WHAT = 'switches off the TLS certificate check of its registry: what it installs may be a man in the middle\'s code';
/** Node's `NODE_TLS_REJECT_UNAUTHORIZED=0` ("makes TLS connections and HTTPS requests insecure") for a package client that downloads. */
const NODE_TLS_OFF = { names: ['NODE_TLS_REJECT_UNAUTHORIZED'], value: /^0$/ };
/** The subcommands of npm, pnpm, yarn and bun that download packages (a bare `yarn` installs). */
const FETCHES = /^((install|i|in|ci|clean-install|add|update|up|upgrade|publish|dlx|x)( |$)|$)/;

/** The Go environment variables that switch module verification off for one command (package-verification.ts goSettingOff). */
const GO_ENV_OFF = { GOSUMDB: /^\s*off\s*$/, GOINSECURE: /\S/, GONOSUMCHECK: /^\s*1\s*$/, GONOSUMDB: /(^|,)\s*\*\s*(,|$)/, GOPRIVATE: /(^|,)\s*\*\s*(,|$)/ } as const;

/** sops prints its result to standard output unless told to write it (`-i`/`--in-place`, `--output`: sops reference). */
function printsOnly(args: ReadonlyArray<string | null>): boolean {
  return args.every((a) => a !== null && !/^(-i|--in-place|--output(=.*)?)$/.test(a));
}

/**
 * minicom's capture file (`-C F`, `--capturefile=F`) is a plain path inside the workspace: relative, no `..`, no segment
 * starting with a dot (`.env`, `.git/`), so that the appended session lands in an ordinary file.
 */
function captureIsWorkspaceFile(args: ReadonlyArray<string | null>): boolean {
  const files = args.flatMap((a, i) => (a === '-C' || a === '--capturefile' ? [args[i + 1] ?? null] : a?.startsWith('--capturefile=') ? [a.slice(14)] : []));
  return files.every((f) => f !== null && !/^[/~$]/.test(f) && f.split('/').every((seg) => seg !== '' && !seg.startsWith('.')));
}

/**
 * Round 35 (edge35): esptool's `write_flash` writes only firmware images when every address is one of ESP-IDF's default
 * image offsets (esptool docs, "Flashing firmware"; ESP-IDF "Partition Tables": the second-stage bootloader at 0x0, 0x1000
 * or 0x2000 by chip, the partition table at 0x8000, OTA data at 0xd000 and the first application at 0x10000). Data
 * partitions (NVS at 0x9000, a SPIFFS/LittleFS image, a custom table's offsets) sit elsewhere, and an address the action
 * does not place may overwrite the device's stored settings and files.
 */
const ESP_IMAGE_OFFSETS = new Set([0x0, 0x1000, 0x2000, 0x8000, 0xd000, 0x10000]);
const ESPTOOL_WRITE_VALUED = new Set(['-fm', '--flash_mode', '--flash-mode', '-ff', '--flash_freq', '--flash-freq', '-fs', '--flash_size', '--flash-size', '--spi-connection', '--spi_connection']);
function espWritesImageOffsetsOnly(args: ReadonlyArray<string | null>): boolean {
  const at = args.findIndex((a) => a === 'write_flash' || a === 'write-flash');
  if (at < 0) return false;
  const operands: Array<string | null> = [];
  for (let i = at + 1; i < args.length; i++) {
    const a = args[i] ?? null;
    if (a !== null && a.startsWith('-')) {
      if (ESPTOOL_WRITE_VALUED.has(a)) i++;
      continue;
    }
    operands.push(a);
  }
  if (operands.length === 0 || operands.length % 2 !== 0) return false;
  return operands.every((v, i) => i % 2 === 1 || (v !== null && /^(0x[0-9a-f]+|\d+)$/i.test(v) && ESP_IMAGE_OFFSETS.has(Number(v))));
}

/**
 * OpenOCD's `-c` commands (OpenOCD User's Guide, "Flash Commands" and the drivers' own): `<driver> mass_erase`, `flash
 * erase_sector`, `flash erase_address` erase the chip or its sectors, and a driver's `unlock` (stm32f1x, stm32f2x, stm32l4x,
 * nrf5 …) removes read protection by a mass erase. `program … verify reset` erases only the sectors it writes. A command
 * not fixed in the action is not known.
 */
const OPENOCD_ERASE = /\b(mass_erase|erase_sector|erase_address)\b|\b[a-z]\w* unlock\b/;
/**
 * OpenOCD reads its options with getopt_long (src/helper/options.c: `c:` and `command`): `-c CMD`, `-cCMD` attached,
 * `--command CMD` and `--command=CMD`. A word not fixed that is written as one of them (`-c"$CMD"`, by its text) is a
 * command not known.
 */
function openocdCommands(args: ReadonlyArray<string | null>, texts: ReadonlyArray<string> = []): Array<string | null> {
  return args.flatMap((a, i) => {
    if (a === null) return /^(-c|--command=)/.test(texts[i] ?? '') ? [null] : [];
    if (a === '-c' || a === '--command') return [args[i + 1] ?? null];
    if (a.startsWith('--command=')) return [a.slice(10)];
    return /^-c./.test(a) ? [a.slice(2)] : [];
  });
}

/**
 * avrdude's `-U memtype:op:file[:format]` operations: an `eeprom` write overwrites the settings and data the chip keeps.
 * avrdude reads its options with getopt (short options only): `-U OP`, `-UOP` attached, and after options that take no
 * value in one bundle (`-vU OP`, `-DUflash:w:fw.hex`); it has no long form of `-U`.
 */
const AVRDUDE_BUNDLE_U = /^-[?ADeFnNOqrstuvVy]*U(.*)$/;
function avrdudeOps(args: ReadonlyArray<string | null>): Array<string | null> {
  return args.flatMap((a, i) => {
    const m = a === null ? null : AVRDUDE_BUNDLE_U.exec(a);
    return m === null ? [] : m[1] !== '' ? [m[1]!] : [args[i + 1] ?? null];
  });
}

/**
 * mosquitto_sub's `--remove-retained` clears the retained message of every topic the subscription receives: a filter with
 * a wildcard (`#`, `+`) or not fixed in the action sweeps them all; one literal topic is one key removed by name (the
 * lead's answer 358.1). The mosquitto clients compare each option word whole (client_shared.c: `-t` or `--topic`, its
 * value the next word): `-tX` and `--topic=X` are no topic there (the client stops with an unknown option), so only the
 * separate form is read; a subscription with no topic read counts as a sweep (fail closed).
 */
function mqttTopics(args: ReadonlyArray<string | null>): Array<string | null> {
  return args.flatMap((a, i) => (a === '-t' || a === '--topic' ? [args[i + 1] ?? null] : []));
}
function mqttSweepsTopics(args: ReadonlyArray<string | null>): boolean {
  const topics = mqttTopics(args);
  return topics.length === 0 || topics.some((t) => t === null || /[#+]/.test(t));
}

/** qemu-img's options that take a value (qemu-img(1)), so that the image file after `create` can be found. */
const QEMU_IMG_VALUED = new Set(['-f', '-F', '-O', '-o', '-b', '-B', '-t', '-T', '-r', '-a', '-c', '-d', '-s', '-S', '-m', '-l', '--object', '--image-opts', '--target-image-opts']);

/**
 * `qemu-img create … FILE [SIZE]` or `qemu-img convert … OUT` whose written file's own name (not a folder's) is a throwaway
 * (LOCAL_THROWAWAY: scratch, test, ci, ephemeral), with nothing in its path naming production or staging. Fixed words only.
 */
function writesThrowawayImage(args: ReadonlyArray<string | null>): boolean {
  if (args.some((a) => a === null)) return false;
  const words = args as ReadonlyArray<string>;
  const at = words.findIndex((a) => a === 'create' || a === 'convert');
  let file: string | undefined;
  if (words[at] === 'convert') file = words.at(-1);
  else for (let i = at + 1; i < words.length && file === undefined; i++) if (QEMU_IMG_VALUED.has(words[i]!)) i++; else if (!words[i]!.startsWith('-')) file = words[i];
  if (file === undefined || file.includes('..') || /(^|[-_./])(prod|prd|production|live|stag|stg|staging|preprod)([-_./\d]|$)/i.test(file)) return false;
  return LOCAL_THROWAWAY.test(file.replace(/^.*\//, ''));
}

/**
 * `qemu-img convert … IN OUT` where OUT is IN's own name in another format (`~/Downloads/appliance.vmdk` to
 * `…/images/appliance.qcow2`, `disk.raw` to `disk.qcow2`): the same image copied into another format (qemu-img(1)), not
 * another machine's disk written over (round 34). One input, fixed words, a format suffix on both, nothing naming
 * production or staging, and not written over itself.
 */
function convertsToOwnName(args: ReadonlyArray<string | null>): boolean {
  if (args.some((a) => a === null)) return false;
  const words = args as ReadonlyArray<string>;
  const at = words.indexOf('convert');
  const files: string[] = [];
  for (let i = at + 1; i < words.length; i++) if (QEMU_IMG_VALUED.has(words[i]!)) i++; else if (!words[i]!.startsWith('-')) files.push(words[i]!);
  const image = /(?:^|\/)([\w.-]+)\.(qcow2?|raw|img|vmdk|vdi|vhdx?|vpc|iso)$/i;
  const [from, to] = files.map((f) => image.exec(f)?.[1]);
  if (at === -1 || files.length !== 2 || from === undefined || from !== to || files[0] === files[1] || files.some((f) => f.includes('..'))) return false;
  return !files.some((f) => /(^|[-_./])(prod|prd|production|live|stag|stg|staging|preprod)([-_./\d]|$)/i.test(f));
}

/** libguestfs tools' options that take a value (a disk, a domain, a connection URI, a format, a mount point). */
const VIRT_VALUED = ['-a', '--add', '-d', '--domain', '-c', '--connect', '--format', '-m', '--mount', '--key', '--blocksize'];

/** An image file operand of ImageMagick or GraphicsMagick (a name with an image extension, or a glob of them). */
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|tiff?|bmp|heic|heif|avif|svg|pdf|psd|ico|jxl)$/i;

/**
 * `mogrify` (or `magick mogrify`, `gm mogrify`) over image files (or files a variable names) with nothing that sends the
 * results elsewhere: no `-path`, no `-format` (written under another extension).
 */
function overwritesImagesInPlace(args: ReadonlyArray<string | null>): boolean {
  return !args.includes('-path') && !args.includes('-format') && args.some((a) => a === null || IMAGE_FILE.test(a));
}

/**
 * What exiftool does with its arguments (exiftool's documentation; options in any case): `-TAG=VALUE`, `-TAG<SRC` (`-SRC>TAG`)
 * and `-tagsFromFile` write tags, `-TAG=` with nothing after deletes them (`-all=` every one); a write keeps the file as
 * `FILE_original` unless `-overwrite_original` (or `_in_place`) says not to; `-delete_original` deletes those copies.
 */
function exiftoolWrites(args: ReadonlyArray<string | null>): 'delete-copies' | 'delete-tags-no-copy' | 'write' | 'read' | 'unseen' {
  if (args.some((a) => a === null)) return 'unseen';
  const lower = args.map((a) => a!.toLowerCase());
  if (lower.some((a) => /^-delete_original!?$/.test(a))) return 'delete-copies';
  const assigns = lower.filter((a) => /^-[\w:*#-]+[+^-]?(=|<|>)/.test(a));
  const noCopy = lower.some((a) => /^-overwrite_original(_in_place)?$/.test(a));
  if (noCopy && assigns.some((a) => /^-[\w:*#-]+=$/.test(a))) return 'delete-tags-no-copy';
  if (assigns.length > 0 || noCopy || lower.some((a) => /^-(tagsfromfile|geotag|restore_original|o|out|w!?|w\+!?|srcfile)$/.test(a))) return 'write';
  return 'read';
}

/** `convert IN… OUT` (`magick`, `gm convert`) whose output, its last argument, is also one of its inputs. */
function writesOverAnInput(args: ReadonlyArray<string | null>): boolean {
  const files = args.filter((a) => a === null || IMAGE_FILE.test(a));
  const out = files.at(-1);
  return out !== undefined && out !== null && files.slice(0, -1).includes(out);
}

/** Argo Workflows phases in which a workflow has finished (its `status.phase`, Argo's workflow reference). */
const ARGO_FINISHED_PHASE = /^(Succeeded|Failed|Error)$/;

/**
 * `argo delete` whose filters pick finished workflows only (Argo Workflows CLI reference, `argo delete`: `--completed`
 * "delete completed workflows", `--older D` "delete completed workflows finished before" D, `--status` a list of
 * phases): the records of work done, as `kubectl delete pods --field-selector=status.phase=Succeeded` is. Not with `--all`
 * (every workflow, running ones too), nor `--force` (finalizers taken off), nor a `--status` that names a running phase.
 */
export function argoDeletesFinishedOnly(args: ReadonlyArray<string | null>): boolean {
  if (args.some((a) => a === null || a === '--all' || a === '--force')) return false;
  const words = args as readonly string[];
  const statuses = words.flatMap((a, i) => (a === '--status' ? [words[i + 1] ?? ''] : a.startsWith('--status=') ? [a.slice(9)] : []));
  if (statuses.some((v) => !v.split(',').every((p) => ARGO_FINISHED_PHASE.test(p.trim())))) return false;
  return statuses.length > 0 || words.some((a) => a === '--completed' || a === '--older' || a.startsWith('--older='));
}

/**
 * The last argument, a mirror's destination (`gsutil rsync -d SRC DST`), is a pull request's or CI run's own bucket or prefix
 * (disposablePrefix): the lead's answer 92, a mirror with delete onto a preview loses only that preview's objects (round 26).
 */
function mirrorOntoDisposable(args: ReadonlyArray<string | null>): boolean {
  const dest = args[args.length - 1];
  return typeof dest === 'string' && !dest.startsWith('-') && !/[*?[]/.test(dest) && disposablePrefix(dest) !== null;
}

/** Argo CD CLI options that take a value (so that an app's name can be found). */
const ARGOCD_VALUED = ['--server', '--auth-token', '--grpc-web-root-path', '--config', '--context', '--revision', '--resource', '--label', '-l', '--timeout', '--retry-limit', '-o', '--output', '--project', '-p', '--dest-namespace', '--dest-server', '--repo', '--path', '--local', '--strategy', '--propagation-policy', '--app-namespace', '-N'];

/** `argocd app sync NAME`: NAME (the one operand after `sync`) names a preview or dev environment (namesPreviewOrDevEnvironment). */
function argoSyncsPreviewOrDev(args: ReadonlyArray<string | null>): boolean {
  const names: Array<string | null> = [];
  for (let i = args.indexOf('sync') + 1; i > 0 && i < args.length; i++) {
    const a = args[i];
    if (a !== null && a !== undefined && a.startsWith('-')) {
      if (!a.includes('=') && ARGOCD_VALUED.includes(a)) i++;
      continue;
    }
    names.push(a ?? null);
  }
  return names.length === 1 && typeof names[0] === 'string' && namesPreviewOrDevEnvironment(names[0]);
}

/**
 * Every operand after `verb` is an object-store URL under a disposable prefix (object-prefixes.ts disposablePrefix). With
 * `buckets`, every operand is instead a whole bucket (`gs://NAME`) that disposablePrefix reads as one pull request's or CI
 * run's own (round 25's bucket rule for `aws s3 rb`); without it a bucket stays a bucket (fix18-b18c).
 */
function disposablePrefixOperands(verb: string, buckets = false): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const urls = args.slice(args.indexOf(verb) + 1).filter((a) => a === null || !a.startsWith('-'));
    const shape = buckets ? /^[a-z0-9]+:\/\/[^/*?[]+\/?$/ : /^[a-z0-9]+:\/\/[^/]+\/[^/]/;
    return urls.length > 0 && urls.every((u) => u !== null && shape.test(u) && disposablePrefix(u) !== null);
  };
}

/** Every operand after `verb` is an object-store URL under a build cache's prefix (underCachePrefix), a last `*`/`**` at most. */
function cachePrefixOperands(verb: string): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const urls = args.slice(args.indexOf(verb) + 1).filter((a) => a === null || !a.startsWith('-'));
    return urls.length > 0 && urls.every((u) => u !== null && /^(s3|gs):\/\/[^/*?[]+\/[^*?[]*(\/\*\*?)?$/.test(u) && underCachePrefix(u));
  };
}

/**
 * `outage` takes a running service out of service (stop, kill, scale to zero, out of rotation): destructive, because
 * the outage and the work in flight (requests, sessions, jobs) are lost and nothing brings the service back by itself.
 * Restarts and reloads, which come back by themselves, are `write`. docs/classifier-evaluation.md, "Availability".
 */
/**
 * `safeguard` switches off something that protects data or the machine (backups, disk encryption, Gatekeeper, the
 * firewall, logging, endpoint protection): nothing is lost at once, but the next loss is no longer caught. Destructive.
 */
/**
 * `code` runs code in a language of the service (Salesforce anonymous Apex): code given on the input is judged by the
 * rule's `code.deletes`; code in a file the action does not show is judged like an unknown program (opaque when it names
 * a production target); no input and no file is an interactive session, opaque.
 */
/**
 * `admin` gives an account administrator rights (the lead's decision 23, round 17: a grant of admin is destructive outside
 * dev): `permissions` with `admin_grant`.
 */
const KEY_TRUSTED_EVERYWHERE = 'trusts a signing key for every package source: whoever holds it can sign packages that replace any installed one';
/** LVM's volume-group tools' options that take a value, and what forcing them does. */
const LVM_VALUED = ['-s', '--physicalextentsize', '--metadatasize', '--dataalignment', '--uuid', '-u', '--restorefile', '--config', '--profile', '--metadatatype', '-M', '--setphysicalvolumesize', '-p', '--maxphysicalvolumes', '-l', '--maxlogicalvolumes', '--addtag', '--deltag'];
const LVM_WIPES = 'wipes what the device held (a filesystem, another volume group) to make it a physical volume';
/**
 * LVM's volume-group tools: help reads, `-f`/`-y` wipe, `-t` previews, `last` (when given) answers the rest, else a metadata
 * write. Round 41 (ol41, cheat.sh's tuned `vgsplit --yes`): `-y` answers yes to a wipe only in the tools that initialise a
 * device (`initialises`: pvcreate, vgcreate, vgextend); elsewhere (vgsplit, vgmerge, vgexport …, which move or mark physical
 * volumes already in a group) it answers the tool's own questions about a metadata write, and nothing is wiped.
 */
function lvmTool(names: string[], last?: ServiceRule, initialises = true): ServiceTool {
  const rules: ServiceRule[] = [
    { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
    { flags: initialises ? ['-f', '-ff', '--force', '-y', '--yes'] : ['-f', '-ff', '--force'], effect: 'destroy', what: LVM_WIPES },
  ];
  return { names, local: true, valued: LVM_VALUED, dryRun: ['-t', '--test'], rules: last ? [...rules, last] : rules, otherwise: 'write' };
}
/**
 * Days in a duplicity time written as units (`1M`, `3D12h`, `2W`; its `m` is minutes and `M` months), read by durations.ts
 * `daysIn`; null for a date or epoch duplicity reads.
 */
function duplicityDays(time: string): number | null {
  if (!/^(\d+[smhDWMY])+$/.test(time)) return null;
  return [...time.matchAll(/(\d+)([smhDWMY])/g)].reduce((sum, [, n, unit]) => sum + daysIn(n!, unit === 'm' ? 'minute' : unit === 's' ? 'second' : unit!), 0);
}
/** duplicity's removal keeps enough: `remove-older-than` a span of 30 days or more, `remove-all-…-but-n-full` N ≥ 2. */
function duplicityKeepsEnough(args: ReadonlyArray<string | null>): boolean {
  const at = args.findIndex((a) => a !== null && /^remove-(older-than|all-but-n-full|all-inc-of-but-n-full)$/.test(a));
  const value = args[at + 1];
  if (at < 0 || value === null || value === undefined) return false;
  if (args[at] === 'remove-older-than') return (duplicityDays(value) ?? 0) >= RETENTION_KEEP_DAYS;
  return /^\d+$/.test(value) && Number(value) >= 2;
}
/** date(1)'s options that take a value, and its POSIX operand that sets the clock (`093023592021.59`). */
const DATE_VALUED = ['-d', '--date', '-f', '--file', '-r', '--reference'];
const DATE_SET_OPERAND = /^\d{8}(\d{2}){0,2}(\.\d{2})?$/;
const CLOCK_SET = 'sets the system clock: the running services see time jump (certificates, tokens, scheduled jobs, replication)';

/** A catalogue rule's `envLocal` test of one variable: unset, or fixed and local. */
function envLocalValue(value: string | null | undefined, local: (value: string) => boolean): boolean {
  return value === undefined || (value !== null && local(value));
}
/**
 * Round 37 (ot37): a message published to a machine's topic (`mosquitto_pub -t plant2/line3/estop -m 1`) as a control
 * point (control-points.ts): the topic with a bare value, or each field of a JSON object (`{"estop": true}`, `{"enabled":
 * false}`) under the topic; a command field (`cmd`, `command`, `action`) that names a stop (`{"cmd": "estop"}`) stops.
 */
function mqttControlEffect(args: ReadonlyArray<string | null>): ControlEffect | null {
  const topic = optionValuesIn(args, ['-t', '--topic'])[0];
  const message = optionValuesIn(args, ['-m', '--message'])[0];
  if (topic === null || topic === undefined || message === null || message === undefined) return null;
  const text = message.trim();
  if (/^[\w.-]+$/.test(text)) return controlPointEffect(topic, text);
  let fields: unknown;
  try {
    fields = JSON.parse(text);
  } catch {
    return null;
  }
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return null;
  for (const [key, value] of Object.entries(fields as Record<string, unknown>)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) continue;
    if (/^(cmd|command|action)$/i.test(key) && typeof value === 'string' && (stopsMachine(value) || /^pause(_all)?$/i.test(value))) return 'outage';
    const effect = controlPointEffect(`${topic}/${key}`, String(value));
    if (effect !== null) return effect;
  }
  return null;
}

/**
 * Round 36 (ot36): the operands of a ROS command line (`ros2`, `rostopic`, `rosparam`), options and the values of the
 * valued ones left out; a value not fixed in the action stays null.
 */
const ROS_VALUED = new Set(['-r', '--rate', '-p', '--print', '-t', '--times', '-w', '--wait-matching-subscriptions', '--qos-profile', '--qos-depth', '--qos-history', '--qos-reliability', '--qos-durability', '--keep-alive', '-n', '--node-name', '--spin-time', '--max-wait-time-secs', '--timeout', '--period']);
function rosOperands(args: ReadonlyArray<string | null>): Array<string | null> {
  const out: Array<string | null> = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--ros-args' || a === '--') break;
    // `-1` is `--once` (ros2 topic pub, rostopic pub); another dash and digits is a negative value.
    if (a === '-1' || (a !== null && a !== undefined && a.startsWith('-') && !/^\d/.test(a.slice(1)))) {
      if (ROS_VALUED.has(a)) i++;
      continue;
    }
    out.push(a ?? null);
  }
  return out;
}
/** A message's `data` field (`{data: true}`, `"data: false"`), or the message itself when it is one bare value. */
function rosMessageValue(message: string | null | undefined): string | null {
  if (message === null || message === undefined) return null;
  return /\bdata:\s*([\w.-]+)/.exec(message)?.[1] ?? (/^[\w.-]+$/.test(message.trim()) ? message.trim() : null);
}
/**
 * What a ROS parameter set or a topic published does to the control point it names (control-points.ts): `ros2 param
 * set NODE NAME VALUE`, `rosparam set NAME VALUE`, `ros2 topic pub TOPIC TYPE MSG`, `rostopic pub TOPIC TYPE MSG`.
 */
function rosControlEffect(args: ReadonlyArray<string | null>): ControlEffect | null {
  const ops = rosOperands(args);
  const at = (i: number) => ops[i] ?? null;
  if (at(0) === 'param' && at(1) === 'set' && at(2) !== null && at(3) !== null && at(4) !== null) return controlPointEffect(`${at(2)} ${at(3)}`, at(4)!);
  if (at(0) === 'set' && at(1) !== null && at(2) !== null) return controlPointEffect(at(1)!, at(2)!);
  const pub = at(0) === 'topic' && at(1) === 'pub' ? 2 : at(0) === 'pub' ? 1 : -1;
  if (pub !== -1 && at(pub) !== null) {
    const value = rosMessageValue(at(pub + 2));
    return value === null ? null : controlPointEffect(at(pub)!, value);
  }
  return null;
}
/**
 * `ros2 service call SERVICE TYPE [REQUEST]` that takes a robot or its map away: a dashboard's power off or shutdown
 * (Universal Robots' `dashboard_client`), nav2's lifecycle manager told to PAUSE (1), RESET (3) or SHUTDOWN (4) its nodes
 * (nav2_msgs/srv/ManageLifecycleNodes), a service that stops the machine by its last name part; and a SLAM node's reset
 * (slam_toolbox, rtabmap, cartographer), which drops the map built so far.
 */
function rosServiceEffect(args: ReadonlyArray<string | null>): ControlEffect | null {
  const ops = rosOperands(args);
  if (ops[0] !== 'service' || ops[1] !== 'call' || ops[2] === null || ops[2] === undefined) return null;
  const service = ops[2];
  const request = ops[4] ?? '';
  if (/\/(slam_toolbox|rtabmap|cartographer\w*|slam\w*)\/reset(_memory)?$/.test(service)) return 'destroy';
  if (/\/manage_nodes$/.test(service) && /\bcommand:\s*[134]\b/.test(request ?? '')) return 'outage';
  if (/\/dashboard_client\/(power_off|shutdown)$/.test(service) || stopsMachine(service.replace(/^\//, '').split('/').pop() ?? '')) return 'outage';
  return null;
}
/** `ros2 lifecycle set NODE TRANSITION`: a shutdown, deactivate or cleanup takes the node out of service. */
function rosLifecycleStops(args: ReadonlyArray<string | null>): boolean {
  const ops = rosOperands(args);
  return ops[0] === 'lifecycle' && ops[1] === 'set' && /^(shutdown|deactivate|cleanup|destroy|inactive_shutdown|active_shutdown|unconfigured_shutdown)$/.test(ops[3] ?? '');
}
/**
 * asyncua's `uawrite -n NODE [-t TYPE] VALUE`: the node and the value written (control-points.ts); `uacall -m METHOD`: a
 * method that stops the machine by its name.
 */
const UA_VALUED = ['-u', '--url', '-n', '--nodeid', '-p', '--path', '-t', '--datatype', '-v', '--verbose', '--timeout', '-m', '--method', '-l', '--list', '--security', '--user', '--password', '--certificate', '--private_key'];
function uaWriteEffect(args: ReadonlyArray<string | null>): ControlEffect | null {
  const node = optionValuesIn(args, ['-n', '--nodeid', '-p', '--path'])[0];
  const values: Array<string | null> = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a !== null && a !== undefined && UA_VALUED.includes(a)) { i++; continue; }
    if (a !== null && a !== undefined && a.startsWith('-') && !/^-\d/.test(a)) continue;
    values.push(a ?? null);
  }
  const value = values[values.length - 1];
  if (node === null || node === undefined || value === null || value === undefined) return null;
  return controlPointEffect(node, value);
}
/**
 * MAVProxy's `--cmd` lines (`;` between commands): `log erase` deletes the flight logs on the vehicle; `arm throttle
 * force` arms past the pre-arm checks; `disarm force` stops the motors whatever the vehicle is doing; `param set NAME V`
 * of a safety parameter (autopilotParamEffect).
 */
function mavproxyCommands(args: ReadonlyArray<string | null>): Array<string | null> {
  return optionValuesIn(args, ['--cmd']).flatMap((v) => (v === null ? [null] : v.split(';').map((c) => c.trim()).filter((c) => c !== '')));
}
function mavproxyEffect(command: string | null): ControlEffect | 'write' | null {
  if (command === null) return null;
  if (/^log erase\b/.test(command)) return 'destroy';
  if (/^arm\b.*\bforce\b/.test(command)) return 'safeguard';
  if (/^disarm\b.*\bforce\b/.test(command)) return 'outage';
  const set = /^param set (\S+) (\S+)/.exec(command);
  if (set) return autopilotParamEffect(set[1]!, set[2]!) ?? 'write';
  if (/^(param (show|fetch|diff|save|load|help|download)|log (list|download|status|cancel)|wp (list|load|save|show)|fence (list|show|load)|rally (list|load)|mode\b|arm throttle$|disarm$|reboot$|rc \d+ \d+$|status$|module load\b|output\b|link\b|set \w+|long\b|exit$)/.test(command)) return 'write';
  return null;
}
/**
 * cangen(1) with no gap between frames (`-g 0`) on a real CAN interface floods the bus (every lower-priority node starves);
 * a virtual interface (`vcan*`) is a test bus of this machine.
 */
function cangenFloods(args: ReadonlyArray<string | null>): boolean {
  const gap = args.findIndex((a) => a === '-g' || (a ?? '').startsWith('-g'));
  const value = gap === -1 ? null : args[gap] === '-g' ? args[gap + 1] : args[gap]!.slice(2);
  const iface = args.find((a, i) => a !== null && !a.startsWith('-') && !/^-[gIDLn]$/.test(args[i - 1] ?? ''));
  return value !== null && value !== undefined && /^0+(\.0*)?$/.test(value) && !/^vcan\d*$/.test(iface ?? 'can');
}


/**
 * A batch job's id as scancel, qdel and bkill take it: `4412398`, an array's tasks `4412398_[150-200]` or `4412398_7`, a
 * step `4412398.0`, PBS's `812345.pbs-server01` and `812400[17]`, LSF's `55021[3]`.
 */
const JOB_ID = /^\d+(?:_(?:\d+|\[[\d,%-]+\]))?(?:\[[\d,-]*\])?(?:\.[\w.-]+)?$/;

/**
 * Jobs named by a short fixed list of literal ids (ten at most: the lead's answer 372.6): each one cancelled is `kill PID`
 * of the job, which the same tool submits again (How a case is labelled: a pid is not a service).
 */
function namesFewJobs(valued: ReadonlySet<string>): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const ids = operandValues(args, valued);
    return ids.length > 0 && ids.length <= 10 && ids.every((v) => v !== null && JOB_ID.test(v));
  };
}

/** scancel(1)'s options that take a value; its filters are every one but the signal, the output and the cluster. */
const SCANCEL_VALUED = new Set(['-u', '--user', '-p', '--partition', '-A', '--account', '-t', '--state', '-n', '--name', '--jobname', '-w', '--nodelist', '-q', '--qos', '-R', '--reservation', '-s', '--signal', '-M', '--clusters', '--wckey', '--sibling']);
const SCANCEL_FILTERS = ['-u', '--user', '--me', '-p', '--partition', '-A', '--account', '-t', '--state', '-n', '--name', '--jobname', '-w', '--nodelist', '-q', '--qos', '-R', '--reservation', '--wckey'];

/** A filter option of scancel given (`-u bchen`, `--partition=gpu`, `--me`). */
function scancelFilters(args: ReadonlyArray<string | null>): string[] {
  return SCANCEL_FILTERS.filter((f) => args.some((a) => a === f || (a !== null && a.startsWith(`${f}=`))));
}

/** Every `-t/--state` value is pending (`PENDING`, `PD`, a comma list of them): nothing running is cancelled. */
function pendingOnly(args: ReadonlyArray<string | null>): boolean {
  const states = optionValuesIn(args, ['-t', '--state']);
  return states.length > 0 && states.every((s) => s !== null && s.split(',').every((x) => /^(PENDING|PD)$/i.test(x)));
}

/**
 * `scancel --name=N` of the user's own jobs: no user filter or only the session's own user (`-u $USER`, `-u "$(whoami)"`,
 * read from the word as written), and no other filter: the user's jobs of one name, `pkill -f` of a job.
 */
function ownJobsOfOneName(args: ReadonlyArray<string | null>, texts: ReadonlyArray<string> = []): boolean {
  const users = texts.flatMap((t, i) => (t === '-u' || t === '--user' ? [texts[i + 1] ?? ''] : /^--user=/.test(t) ? [t.slice(7)] : []));
  const others = scancelFilters(args).filter((f) => !/^(-n|--name|--jobname|-u|--user)$/.test(f));
  return scancelFilters(args).some((f) => /^(-n|--name|--jobname)$/.test(f)) && others.length === 0 && users.every((u) => /^"?\$(\{USER\}|USER|\(whoami\)|\(id -un\))"?$/.test(u));
}

/** qmgr(8)'s `-c` directives, each classed: a queue disabled or stopped or the scheduler switched off takes work out of service. */
function qmgrEffect(args: ReadonlyArray<string | null>): 'outage' | 'destroy' | 'read' | 'write' | 'opaque' {
  const cs = optionValuesIn(args, ['-c']);
  if (cs.length === 0 || cs.some((c) => c === null)) return 'opaque';
  const d = cs as string[];
  if (d.some((c) => /^\s*(s|set)\s+(q|queue)\s+\S+\s+(enabled|started)\s*=\s*(false|f|0)\b/i.test(c) || /^\s*(s|set)\s+(s|server)\s+(\S+\s+)?scheduling\s*=\s*(false|f|0)\b/i.test(c))) return 'outage';
  if (d.some((c) => /^\s*(d|delete)\s+(q|queue|n|node|h|hook|r|resource|sched)\b/i.test(c))) return 'destroy';
  return d.every((c) => /^\s*(p|print|l|list)\b/i.test(c)) ? 'read' : 'write';
}

/** hsi's commands (its operands joined, `;` between commands): the first word of each. */
function hsiVerbs(args: ReadonlyArray<string | null>): Array<string | null> {
  const ops = operandValues(args, new Set(['-A', '-a', '-d', '-h', '-l', '-O', '-p', '-s', '-k', '-c']));
  if (ops.some((o) => o === null)) return [null];
  return ops.join(' ').split(';').map((c) => c.trim().split(/\s+/)[0] ?? '').filter((w) => w !== '');
}

/**
 * An NCO or CDO command whose output file (the last operand) is one of its inputs, not appended to (`-A`): the input is
 * rewritten in place with only what the command keeps (`ncks -O -x -v Z3 f.nc f.nc` drops Z3 from the file itself).
 */
function rewritesInputInPlace(valued: ReadonlySet<string>): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const ops = operandValues(args, valued);
    const out = ops[ops.length - 1];
    return ops.length >= 2 && out !== null && out !== undefined && ops.slice(0, -1).includes(out) && !args.some((a) => a === '-A' || a === '--apn' || a === '--append');
  };
}
/**
 * Round 44 (nx44; the lead's answer 454.3): the file cdo and NCO write: NCO's `-o`/`--output` value, else the last of two
 * or more operands (`ncks in.nc out.nc`; one operand only prints); cdo's last operand after an operator and at least one
 * input (`cdo copy in.nc out.nc`), none for the operators that print or compare (`sinfo`, `diff`, `showname`, `ntime`).
 */
function ncoOutput(args: ReadonlyArray<string | null>): string | null {
  const named = args.findIndex((a) => a === '-o' || a === '--output');
  if (named !== -1) return args[named + 1] ?? null;
  const glued = args.find((a) => a?.startsWith('--output='));
  if (glued) return glued.slice('--output='.length);
  const ops = operandValues(args, NCKS_VALUED);
  return ops.length >= 2 ? ops[ops.length - 1] ?? null : null;
}
const CDO_PRINTS = /^(s?info\w*|diff\w*|show\w*|griddes|zaxisdes|vct2?|n(time|par|level|year|mon|date|code|var)|output\w*|pardes|partab|codetab|filedes|verifygrid)$/;
function cdoOutput(args: ReadonlyArray<string | null>): string | null {
  const ops = operandValues(args, CDO_VALUED);
  const operator = (ops[0] ?? '').replace(/,.*$/, '');
  return ops.length >= 3 && !CDO_PRINTS.test(operator) ? ops[ops.length - 1] ?? null : null;
}
const NCKS_VALUED = new Set(['-v', '--variable', '-d', '--dimension', '-o', '--output', '-p', '--path', '-l', '--lcl', '-X', '-g', '--grp', '-G', '-L', '--dfl_lvl', '-t', '--thr_nbr', '-b', '--fl_bnr', '-s', '--sng_fmt', '--cnk_dmn', '--cnk_plc', '--cnk_map', '--fl_fmt', '--ppc', '-y', '--op_typ', '-w', '--wgt', '-m', '--mask', '-B', '--mask_condition', '-n', '--nintap', '-S', '--script-file']);
const CDO_VALUED = new Set(['-P', '-f', '-z', '-b', '-t', '-k', '--seed', '--timestat_date', '--cmor', '--percentile']);

/**
 * `curator [--config F] ACTION_FILE`: one action file operand, a fixed absolute path in Curator's configuration folder
 * (`/etc/curator/`, `/etc/elasticsearch-curator/`, the packages' place), with no `..` (the lead's answer 337.3).
 */
function curatorConfiguredActionFile(args: ReadonlyArray<string | null>): boolean {
  const operands = args.filter((a, i) => a === null || (!a.startsWith('-') && args[i - 1] !== '--config'));
  return operands.length === 1 && operands[0] !== null && /^\/etc\/(elasticsearch-)?curator\/[\w./-]+\.ya?ml$/.test(operands[0]!) && !operands[0]!.includes('..');
}
/** pacman's operands are exactly one substitution of its own orphan listing (`$(pacman -Qdtq)`, its letters in any order). */
function pacmanOwnOrphans(args: ReadonlyArray<string | null>, texts: ReadonlyArray<string> = []): boolean {
  const operands = texts.filter((t, i) => !(args[i] ?? '').startsWith('-') || args[i] === null);
  const m = operands.length === 1 ? /^"?\$\(\s*pacman\s+-([Qdtq]+)\s*\)"?$/.exec(operands[0]!) : null;
  return m !== null && ['Q', 'd', 't', 'q'].every((l) => m[1]!.includes(l));
}
/** Every `--filter_list` of a curator_cli line (at least one) is log retention (`curatorLogRetention`). */
function curatorFilterLists(args: ReadonlyArray<string | null>): boolean {
  const lists: Array<string | null> = [];
  args.forEach((a, i) => {
    if (a === '--filter_list') lists.push(args[i + 1] ?? null);
    else if (a?.startsWith('--filter_list=')) lists.push(a.slice('--filter_list='.length));
  });
  return lists.length > 0 && lists.every((l) => l !== null && curatorLogRetention(l));
}
/** The packages that install security updates by themselves (SECURITY_UPDATE_UNIT's), a version or architecture after. */
const SECURITY_UPDATER_PACKAGE = String.raw`(?:unattended-upgrades|dnf-automatic|dnf5-plugin-automatic|yum-cron)(?:[=:][^\s]*)?`;
/** Removing packages (`VERBS` the manager's own words) of which one is a PACKAGE (a pattern's source), a version after. */
function packageRemoval(verbs: string, pkg: string): RegExp {
  return new RegExp(String.raw`^(?:${verbs})\b(?:\s\S+)*?\s${pkg}(?:\s|$)`);
}
/** Removing packages of which one installs security updates by itself (answer 435.4). */
const securityUpdaterRemoval = (verbs: string): RegExp => packageRemoval(verbs, SECURITY_UPDATER_PACKAGE);
const SECURITY_UPDATER_REMOVAL_WHAT = 'removes what installs security updates by itself: the next fix is no longer applied (answer 435.4)';
/**
 * What a Time Machine exclusion may not cover without switching backups off for the user's data: the disk, `/Users`, a
 * home, or a home's own folders (Documents, Desktop, Pictures, ...). A project's `node_modules` or a cache is routine.
 */
const TM_WHOLE_FOLDER = /^(\/|\/Users|\/System\/Volumes\/Data|\/Volumes\/[^/]+|(~|\$HOME|\$\{HOME\}|\/Users\/[^/]+)(\/(Documents|Desktop|Pictures|Movies|Music|Library|Mobile Documents|src|Projects|Developer))?)\/?$/;
/**
 * launchd jobs that protect the machine, by their label or plist name: Time Machine (`backupd`), logging (`syslogd`,
 * `auditd`), the application firewall (`alf`), XProtect and MRT, device management (`mdmclient`, Jamf, Kandji, Mosyle,
 * Addigy) and endpoint protection (CrowdStrike Falcon, SentinelOne, Microsoft Defender's `wdav`, Sophos, Carbon Black,
 * osquery, Santa).
 */
export const SAFEGUARD_JOB = /(backupd|syslogd|auditd|com\.apple\.alf|socketfilterfw|xprotect|\bMRT\b|mdmclient|ManagedClient|jamf|kandji|mosyle|addigy|falcon|crowdstrike|sentinelone|sentineld|wdav|sophos|carbonblack|cbdefense|osquery|santa)/;

/** `xattr -r -d com.apple.quarantine PLACE` (or `-cr`) over a whole place rather than one app or file. */
const QUARANTINE_PLACE = /^(\/|\/Applications|\/Users(\/[^/]+)?|~|\$HOME|\$\{HOME\}|\/Volumes\/[^/]+|(~|\$HOME|\$\{HOME\}|\/Users\/[^/]+)\/(Applications|Downloads|Desktop|Documents))\/?$/;
function quarantineOffEverywhere(args: ReadonlyArray<string | null>): boolean {
  const flags = args.filter((a): a is string => a !== null && /^-[a-z]+$/.test(a)).join('');
  const ops = args.filter((a) => a === null || !/^-[a-z]+$/.test(a));
  if (!/r/.test(flags)) return false;
  const paths = /d/.test(flags) && ops[0] === 'com.apple.quarantine' ? ops.slice(1) : /c/.test(flags) ? ops : [];
  return paths.some((p) => p !== null && QUARANTINE_PLACE.test(p));
}

/** dscl's operands naming the administrators' group membership (`. /Groups/admin GroupMembership NAME`; wheel too). */
const ADMIN_GROUP_MEMBERSHIP = /^\S+ (\/Local\/Default)?\/Groups\/(admin|wheel) (GroupMembership|GroupMembers) \S+/;

/**
 * security(1) `add-trusted-cert`: the result type `-r` is `trustRoot` unless said (`trustAsRoot` for a certificate that is
 * not self-signed); `deny` and `unspecified` trust nothing.
 */
function trustsAsRoot(args: ReadonlyArray<string | null>): boolean {
  const at = args.indexOf('-r');
  const result = at === -1 ? 'trustRoot' : args[at + 1];
  return result === null || result === undefined || /^trust(Root|AsRoot)$/.test(result);
}

/**
 * keytool's `-cacerts` (or a `-keystore` named `cacerts`, `$JAVA_HOME/lib/security/cacerts`) is the JDK's system trust
 * store: a certificate imported there is a root every Java program trusts (the lead's answer 170: trust widened). A
 * project's own truststore file is not; `-trustcacerts` only reads cacerts to check a chain.
 */
/**
 * Round 38 (sh38): the keystore keytool changes is a file below a temporary folder (`-keystore /tmp/scratch-truststore.jks`):
 * a temporary file, disposable by the label rules. Not the default store (`~/.keystore`, no `-keystore`), the JDK's
 * `-cacerts`, a path with `..` or one the input does not fix.
 */
function keystoreInTemporaryFolder(args: ReadonlyArray<string | null>): boolean {
  const at = args.indexOf('-keystore');
  const store = at === -1 ? null : args[at + 1] ?? null;
  return !args.includes('-cacerts') && store !== null && store.startsWith('/') && !store.split('/').includes('..') && isUnderTemporaryRoot(store);
}

function intoJdkTrustStore(args: ReadonlyArray<string | null>, texts: ReadonlyArray<string> = []): boolean {
  const at = args.indexOf('-keystore');
  return args.includes('-cacerts') || (at !== -1 && /(^|[/}])cacerts["']?$/.test(args[at + 1] ?? texts[at + 1] ?? 'cacerts'));
}

/** `rpk group seek GROUP --to start|end|TIMESTAMP` (rpk reference); `--to-group` and `--to-file` may move either way. */
function rpkSeekMove(args: ReadonlyArray<string | null>): OffsetMove {
  if (valueOf(args, '--to-group') !== undefined || valueOf(args, '--to-file') !== undefined) return 'unknown';
  const to = valueOf(args, '--to');
  return to === 'start' ? 'back' : to === 'end' ? 'forward' : timeMove(to);
}
/**
 * Packages that run a server, a network daemon or a safeguard (each distribution's package of that name): removing one
 * stops its service (the package's prerm stops the unit), which nothing brings back by itself; a version (`=1.24`,
 * `-1.24.0`), an architecture (`:amd64`) or a glob (`postgresql-*`, `nginx*`: it matches the server package too) may follow. Client and library packages
 * (`postgresql-client`, `redis-tools`, `nginx-doc`) are not in it.
 */
/**
 * exim(8) `-Mrm id…`: every operand a message id written out (Exim's `XXXXXX-YYYYYY-ZZ`, base 62, the newer ids' longer
 * middle and end parts too), one to SHORT_FIXED_LIST of them, nothing else on the line for exim to read ids from.
 */
const EXIM_MESSAGE_ID = /^[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}$/;
function eximNamedMessages(args: ReadonlyArray<string | null>): boolean {
  const ops = args.filter((a) => a === null || !a.startsWith('-'));
  return args.every((a) => a === null || !a.startsWith('-') || a === '-Mrm' || a === '-Mf') && ops.length > 0 && ops.length <= SHORT_FIXED_LIST && ops.every((o) => o !== null && EXIM_MESSAGE_ID.test(o));
}

const SERVER_PACKAGE = String.raw`(?:nginx(?:-(?:full|light|extras|core|common))?|apache2|httpd|haproxy|caddy|traefik|envoy|postgresql(?:-\d+|\d*-server|-\*)?|mysql-server(?:-[\d.]+)?|mysql-community-server|mariadb-server|percona-server-server|mongodb-org(?:-server)?|redis(?:-server)?|valkey(?:-server)?|memcached|rabbitmq-server|openssh-server|docker-ce|docker\.io|docker-engine|containerd(?:\.io)?|kubelet|etcd|bind9|named|unbound|dnsmasq|postfix|exim4|dovecot-core|squid|varnish|php[\d.]*-fpm|keepalived|elasticsearch|opensearch|clickhouse-server|grafana|prometheus|consul|vault|nomad|firewalld|ufw|nftables|iptables-persistent|auditd|audit|fail2ban|apparmor|cron|cronie|rsyslog)(?:[=:][^\s]*|-[\d.]+[^\s]*|[*?[][^\s]*)?`;

/**
 * Packages the operating system itself stands on: Debian's Essential set (dpkg, coreutils, bash, dash, sed, grep, tar,
 * login, util-linux, base-files, ...: `dpkg --force-remove-essential` is needed to remove them), the C library, the init
 * system, sudo and PAM, the package managers themselves (Fedora's dnf protects `dnf`, `sudo`, `systemd` in
 * /etc/dnf/protected.d for this reason) and the system Python that apt's and dnf's own tools run on. Removing one leaves a
 * machine that may not boot, log anyone in, elevate or install a package again: nothing the repository undoes. A version
 * (`=5.2`) or an architecture (`:amd64`) may follow; `bash-completion` or `python3-pip` are other packages. Round 26 (k26s):
 * the kernel itself, Arch's `linux` packages (pacman) and every Debian kernel by the glob `linux-image-*` (apt reads it as
 * a pattern of every installed kernel, the running one too); one versioned old kernel stays OLD_KERNEL_PURGE's.
 */
const CORE_PACKAGE = String.raw`(?:libc6|libc-bin|glibc(?:-common)?|musl|coreutils|bash|dash|sed|grep|tar|gzip|findutils|diffutils|util-linux|login|passwd|shadow-utils|base-files|base-passwd|bsdutils|debianutils|hostname|init|init-system-helpers|ncurses-bin|perl-base|sysvinit-utils|systemd(?:-sysv|-udev)?|udev|sudo|libpam-modules|libpam-runtime|pam|dpkg|apt|rpm|dnf|yum|python3-dnf|apk-tools|alpine-baselayout|busybox|pacman|filesystem|python3(?:-minimal)?|linux(?:-lts|-zen|-hardened)?|linux-image-\*)(?:[=:][^\s]*)?`;

/** `purge|remove` of versioned kernel packages only: `linux-image-5.15.0-86-generic linux-modules-5.15.0-86-generic`. */
const OLD_KERNEL_PURGE = /^(purge|remove|autoremove)( linux-(image|image-unsigned|modules|modules-extra|headers|tools|cloud-tools)-\d+\.\d+\.\d+-\d+(\.\d+)?(-[a-z0-9]+)*)+$/;
/** Removing packages of which one is a core system package. */
const corePackageRemoval = (verbs: string): RegExp => packageRemoval(verbs, CORE_PACKAGE);
/** A core system package among the operands (dpkg and pacman say removal with an option). */
const CORE_PACKAGE_OPERAND = new RegExp(String.raw`(?:^|\s)${CORE_PACKAGE}(?:\s|$)`);
/** A server package among the operands (rpm says removal with an option). */
const SERVER_PACKAGE_OPERAND = new RegExp(String.raw`(?:^|\s)${SERVER_PACKAGE}(?:\s|$)`);
const CORE_REMOVAL_WHAT = 'removes a package the operating system stands on: the machine may no longer boot, log in, elevate or install packages';

/** Removing packages (`VERBS` the manager's own words) of which one is a security agent (ENDPOINT_PROTECTION). */
function securityPackageRemoval(verbs: string): RegExp {
  return new RegExp(String.raw`^(?:${verbs})\b.*${ENDPOINT_PROTECTION.source}`, 'i');
}
const SECURITY_REMOVAL_WHAT = 'removes a security agent (endpoint protection, EDR, audit): its protection is off';

/** `scoop uninstall` of a database or data server, whose manifest persists its data folder (scoop's main and extras buckets). */
const SCOOP_DATA_SERVER = new RegExp(String.raw`^(uninstall|remove|rm)\b.*\b(${DATA_SERVER_NAMES})\b`);

/**
 * The lead's answer 203 (round 26), answer 124's line for the Windows package managers: uninstalling a database engine or a
 * monitoring agent (KEPT_SERVER_PRODUCT: `choco uninstall sql-server-2019`, `winget uninstall Datadog.Agent`) takes the
 * engine's service or the host's monitoring away; developer tools stay the fallback's.
 */
const KEPT_SERVER_REMOVAL = new RegExp(String.raw`^(?:uninstall|remove|rm)\b.*${KEPT_SERVER_PRODUCT.source}`, 'i');
/**
 * A NuGet source that is a folder on this machine (`.\packages`, `..\feed`, `C:\LocalFeed`, `./nupkgs`): not a URL, not a
 * share (`\\server\nuget`, read by others), not a source's name from NuGet.Config (`-Source MyFeed`, which may be remote).
 */
const LOCAL_FOLDER_FEED = /^(?:[a-z]:[\\/]|\.{1,2}[\\/]|~[\\/]|(?![a-z][\w+.-]*:)[\w.-]+[\\/])/i;
const KEPT_SERVER_REMOVAL_WHAT = "removes a database engine or a monitoring agent: its service, or the host's monitoring, is gone (the lead's answers 124 and 203)";

/**
 * Round 32 (w32, p31's left misses): `choco uninstall all` (Chocolatey docs, `choco uninstall`: "all" is a special package
 * keyword that uninstalls every package it installed): every tool, runtime and agent of the machine at once, not one
 * package's removal (the fallback's write).
 */
const CHOCO_UNINSTALL_ALL = /^(?:uninstall|remove|rm) (?:\S+ )*all(?: |$)/i;

/**
 * Chocolatey's checksum checks switched off (Chocolatey docs, `choco feature` and the install options): `feature disable
 * checksumFiles` stops verifying downloaded installers, `feature enable allowEmptyChecksums` (or `…Secure`) installs those
 * a package gives no checksum for, and `--ignore-checksums` or `--allow-empty-checksums(-secure)` do the same for one
 * install or upgrade: an installer that is not what its package says runs unverified (round 21).
 */
function chocoChecksumsOff(args: ReadonlyArray<string | null>): boolean {
  const line = args.map((a) => a ?? '?').join(' ').toLowerCase();
  if (/^feature (disable|disable-feature)\b.*\bchecksumfiles\b/.test(line) || /^feature (enable|enable-feature)\b.*\ballowemptychecksums(secure)?\b/.test(line)) return true;
  return /^(install|upgrade|update)\b/.test(line) && args.some((a) => /^--(ignore-?checksums?|allow-?empty-?checksums?(-?secure)?)$/i.test(a ?? ''));
}

/**
 * A Windows package manager's uninstall (`winget uninstall --id Microsoft.OneDrive`, `choco uninstall dropbox`) naming a
 * sync or backup agent (kept-agents.ts): the user's files are no longer kept elsewhere (the lead's answer 59). rsync is
 * a copying tool, not an agent.
 */
function syncAgentPackageRemoval(args: ReadonlyArray<string | null>): boolean {
  return /^(uninstall|remove|rm)$/i.test(args[0] ?? '') && args.slice(1).some((a) => a !== null && !a.startsWith('-') && !/^rsync\b/i.test(a) && namesSyncOrBackupAgent(a));
}
const SYNC_REMOVAL_WHAT = "removes a sync or backup agent: the user's files are no longer kept elsewhere (the lead's answer 59)";

/** Removing packages (`VERBS` the manager's own words) of which one is a server package: `remove -y nginx`, `erase httpd mod_ssl`. */
const serverPackageRemoval = (verbs: string): RegExp => packageRemoval(verbs, SERVER_PACKAGE);

/**
 * Removing a package the input does not fix (`remove -y "$PKG"`, `$(…)`: an operand shown as `?`): it may be a server
 * package, whose removal is an outage, or a tool, whose removal is a write; judged as the first (the worst it may be).
 */
function unfixedPackageRemoval(verbs: string): RegExp {
  return new RegExp(String.raw`^(?:${verbs})\b(?:\s\S+)*?\s\?(?:\s|$)`);
}
const UNFIXED_PACKAGE = 'removes a package the input does not name: if it is a server package, its service stops';

/**
 * Backup retention policies (restic-forget(1) "Removing snapshots according to a policy", borg-prune(1)): the spans each
 * keep option reaches (backup-catalogue.ts `keepsThirtyDays`, shared with the Proxmox Backup Server's prune since round
 * 41). restic's and borg's one-letter forms count as their long ones.
 */
const RESTIC_KEEP: ReadonlyMap<string, KeepSpan> = new Map<string, KeepSpan>([
  ['-d', { kind: 'count', days: 1 }], ['--keep-daily', { kind: 'count', days: 1 }],
  ['-w', { kind: 'count', days: 7 }], ['--keep-weekly', { kind: 'count', days: 7 }],
  ['-m', { kind: 'count', days: 30 }], ['--keep-monthly', { kind: 'count', days: 30 }],
  ['-y', { kind: 'count', days: 365 }], ['--keep-yearly', { kind: 'count', days: 365 }],
  ...['--keep-within', '--keep-within-hourly', '--keep-within-daily', '--keep-within-weekly', '--keep-within-monthly', '--keep-within-yearly'].map((o) => [o, { kind: 'within' }] as const),
]);
const RESTIC_KEEP_OPTIONS = [...RESTIC_KEEP.keys(), '-l', '--keep-last', '-H', '--keep-hourly'];
const BORG_KEEP: ReadonlyMap<string, KeepSpan> = new Map<string, KeepSpan>([
  ['-d', { kind: 'count', days: 1 }], ['--keep-daily', { kind: 'count', days: 1 }],
  ['-w', { kind: 'count', days: 7 }], ['--keep-weekly', { kind: 'count', days: 7 }],
  ['-m', { kind: 'count', days: 30 }], ['--keep-monthly', { kind: 'count', days: 30 }],
  ['-y', { kind: 'count', days: 365 }], ['--keep-yearly', { kind: 'count', days: 365 }],
  ['--keep-within', { kind: 'within' }],
]);
const BORG_KEEP_OPTIONS = [...BORG_KEEP.keys(), '--keep-last', '--keep-secondly', '--keep-minutely', '-H', '--keep-hourly'];

/**
 * A Proxmox backup retention (`--prune-backups keep-last=1`, `--maxfiles 1`) of one backup or none: `keep-last` of 0 or
 * 1 and no other keep option (`keep-all=1` keeps every backup).
 */
function keepsOneBackup(args: ReadonlyArray<string | null>): boolean {
  for (let i = 0; i < args.length; i++) {
    const m = /^--(prune-backups|maxfiles)(?:=(.*))?$/s.exec(args[i] ?? '');
    const value = m ? (m[2] ?? args[i + 1]) : undefined;
    if (typeof value !== 'string') continue;
    if (m![1] === 'maxfiles') return /^[01]$/.test(value);
    const keeps = new Map(value.split(',').map((kv) => kv.split('=') as [string, string]));
    return /^[01]$/.test(keeps.get('keep-last') ?? '') && [...keeps.keys()].every((k) => k === 'keep-last');
  }
  return false;
}

/**
 * A restore target that is a live tree (restic-restore(1): files at the target are overwritten, `--overwrite always` by
 * default): the root, a top-level system folder, `/home` or one user's home. A new folder (`/tmp/restore-test`,
 * `~/restore-2026`) is not; `--overwrite never` keeps every existing file.
 */
const LIVE_TREE = /^(\/|\/(etc|home|root|srv|var|usr|opt|boot|var\/lib)|\/home\/[^/]+|~|\$HOME|\$\{HOME\})\/?$/;
function restoresOverLiveTree(args: ReadonlyArray<string | null>): boolean {
  const target = argValue(args, ['--target', '-t']);
  return target !== undefined && LIVE_TREE.test(target) && argValue(args, ['--overwrite']) !== 'never';
}

/**
 * `journalctl --vacuum-size` keeping 100 MB or more (journalctl(1): "removes the oldest archived journal files until the
 * disk space they use falls below the specified size"; K, M, G, T suffixes), with no time or file-count vacuum beside it:
 * the newest entries are kept, as `--vacuum-files=N` keeps the newest files (routine retention).
 */
function vacuumKeepsHundredMegabytes(args: ReadonlyArray<string | null>): boolean {
  const size = argValue(args, ['--vacuum-size']);
  const other = argValue(args, ['--vacuum-time']) !== undefined || argValue(args, ['--vacuum-files']) !== undefined;
  return !other && size !== undefined && /^(?:[1-9]\d{2,}(?:\.\d+)?M|[1-9]\d*(?:\.\d+)?[GT])$/i.test(size);
}

function setsHardeningOff(args: ReadonlyArray<string | null>): boolean {
  return args.some((a) => a !== null && KERNEL_HARDENING_OFF.test(a));
}

/** `pihole setpassword ""` (v6) or `pihole -a -p ""` (v5): an empty password, the web interface opens without one. */
function emptiesPiholePassword(args: ReadonlyArray<string | null>): boolean {
  const at = args.indexOf('setpassword');
  return (at >= 0 && args[at + 1] === '') || (args.includes('-a') && args[args.indexOf('-p') + 1] === '' && args.includes('-p'));
}

/** A `qemu-img resize` size that shrinks the image (`-10G`, qemu-img(1): "shrink the image by that amount"). */
function shrinksImage(args: ReadonlyArray<string | null>): boolean {
  return args.some((a) => a !== null && /^-\d+(\.\d+)?[kKMGTPE]?$/.test(a));
}

/** p4's global options that take a value (`p4 help usage`): `-c CLIENT`, `-p PORT`, `-u USER`, `-z tag`, `-F FORMAT` … */
const P4_GLOBAL_VALUED = ['-b', '-c', '-C', '-d', '-H', '-L', '-p', '-P', '-Q', '-r', '-u', '-v', '-x', '-z', '-F', '--field', '-J'];
/** p4's command and its own arguments after the global options (`p4 -c WS -ztag revert -a //...`); undefined when not fixed. */
function p4Command(args: ReadonlyArray<string | null>): { sub: string; rest: ReadonlyArray<string | null> } | undefined {
  let i = 0;
  while (i < args.length && args[i] !== null && args[i]!.startsWith('-')) i += P4_GLOBAL_VALUED.includes(args[i]!) ? 2 : 1;
  const sub = args[i];
  return sub === null || sub === undefined ? undefined : { sub, rest: args.slice(i + 1) };
}
/** The p4 command matches `sub` and its own arguments pass `test`. */
function p4Is(sub: RegExp, test: (rest: ReadonlyArray<string | null>) => boolean = () => true): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const c = p4Command(args);
    return c !== undefined && sub.test(c.sub) && test(c.rest);
  };
}
/** One of p4's one-letter options among the command's own arguments, alone or in a bundle (`-yh`). */
function p4Flag(...flags: string[]): (rest: ReadonlyArray<string | null>) => boolean {
  return (rest) => rest.some((a) => a !== null && (flags.includes(a) || (/^-[A-Za-z]+$/.test(a) && flags.some((f) => a.includes(f[1]!)))));
}


/** The domain after `@`, lower case; null without one. */
function mailDomain(word: string | null | undefined): string | null {
  const m = word ? /^[^\s@*?,]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(word) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Round 41 (cm41): a GAM forwarding destination outside the named user's or group's organisation (neither domain the other's
 * subdomain), or any destination for a target that names no whole address (`all users`, `ou`, a bare user name whose domain
 * is GAM's configuration), or a word not read.
 */
function gamForwardsOutside(a: ReadonlyArray<string | null>): boolean {
  if (a.some((x) => x === null)) return true;
  const i = a.findIndex((x, k) => (x === 'on' && a[k - 1] === 'forward') || (/^forwardingaddress(es)?$/.test(x!) && /^(add|create)$/.test(a[k - 1] ?? '')));
  const to = mailDomain(a[i + 1]);
  const from = /^(user|group)$/.test(a[0] ?? '') ? mailDomain(a[1]) : null;
  if (to === null) return true;
  if (from === null) return true;
  return !(from === to || from.endsWith(`.${to}`) || to.endsWith(`.${from}`));
}

export const SERVICE_TOOLS: readonly ServiceTool[] = [
  ...DATA_TOOLS,
  {
    names: ['jenkins-cli', 'jenkins-cli.jar', 'jenkins'],
    valued: ['-s', '-i', '-p', '-auth', '-logger', '-user', '-bearer'],
    where: ['-s'],
    whereEnv: ['JENKINS_URL'],
    rules: [
      { sub: /^(delete-job|delete-builds|delete-node|delete-view|delete-credentials|delete-credentials-domain|clear-queue|remove-job-from-view|uninstall-plugin)\b/, effect: 'destroy', what: 'deletes jobs, builds, nodes, views or credentials' },
      // Availability (the CLI's `help`): `shutdown`/`safe-shutdown` stop Jenkins, `quiet-down` lets no new build start,
      // `offline-node`/`disconnect-node` take an agent out of service and `disable-job` stops a job from running (its
      // schedule and triggers do nothing) until someone turns it back on. `restart` and `safe-restart` come back by themselves.
      // The lead's answers 110 and 159: one job disabled by a fixed name is paused, a write, unless the name says a
      // safeguard or a delivery (namesSafeguardOrDelivery: backup, security, scan, audit, deploy, release).
      // The lead's answer 207: the job's full name (`F/NAME`, folders included) and the server are read as the REST door
      // reads them (kept-agents.ts `pausedJenkinsNames`, answer 182).
      { sub: /^disable-job \S+$/, args: jenkinsCliPausedJob, unlessLive: true, effect: 'write', what: 'disables one job: it runs again when enabled' },
      { sub: /^(shutdown|safe-shutdown|quiet-down|offline-node|disconnect-node|disable-job)\b/, effect: 'outage', what: 'stops Jenkins, lets no build start, takes an agent out of service or switches a job off' },
      { sub: /^(groovy|groovysh|declarative-linter)\b/, effect: 'opaque', what: 'runs a Groovy script we cannot see' },
      { sub: /^(list-\w+|get-\w+|console|who-am-i|version|help|session-id|keep-build)\b/, effect: 'read', what: 'lists or reads' },
      { sub: /^(build|copy-job|create-\w+|update-\w+|enable-job|reload-\w+|add-job-to-view|install-plugin|online-node|connect-node|set-build-\w+|cancel-quiet-down|restart|safe-restart|login|logout|mail)\b/, effect: 'write', what: 'builds, restarts or changes configuration' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['restic'],
    where: ['-r', '--repo'],
    valued: ['-r', '--repo', '--repository-file', '-p', '--password-file', '--password-command', '--cache-dir', '--key-hint', '-o', '--option', '-t', '--target', '--overwrite', '-i', '--include', '-e', '--exclude', '--limit-upload', '--limit-download', '--tls-client-cert', '--cacert', '--pack-size', ...RESTIC_KEEP_OPTIONS, '--keep-tag', '--host', '--tag', '--path', '-g', '--group-by', '--max-unused', '--max-repack-size'],
    dryRun: ['--dry-run', '-n'],
    rules: [
      { sub: /^forget$/, args: keepsLastTwoOrMore(['--keep-last', '-l']), effect: 'write', what: 'forgets snapshots by a policy that keeps the last two or more (routine retention, 444.1)' },
      { sub: /^forget$/, args: keepsThirtyDays(RESTIC_KEEP), effect: 'write', what: 'forgets snapshots by a policy that keeps 30 days or more of them (routine retention)' },
      { sub: /^(forget|prune)\b/, effect: 'destroy', what: 'removes snapshots or the data no snapshot references' },
      { sub: /^key (remove|rm)\b/, effect: 'destroy', what: 'removes a repository key' },
      // Round 41 (bl41dr): `rewrite --forget` forgets the original snapshots once rewritten: what they held of the excluded
      // files is gone (restic-rewrite(1)); without it the originals stay.
      { sub: /^rewrite\b/, flags: ['--forget'], effect: 'destroy', what: 'rewrites snapshots and forgets the originals: the excluded files are lost from them' },
      // restic(1): `unlock --remove-all` removes locks other processes still hold, so a running prune or backup can corrupt the repository.
      { sub: /^unlock\b/, flags: ['--remove-all'], effect: 'destroy', what: 'removes every lock, including those of running processes: a concurrent prune or backup can corrupt the repository' },
      { sub: /^restore\b/, args: restoresOverLiveTree, effect: 'destroy', what: 'restores the snapshot over a live tree (the root, a system folder or a home): files changed since the snapshot are overwritten' },
      { sub: /^(snapshots|ls|cat|check|diff|stats|find|dump|mount|version|help|list|generate|features|options)\b/, effect: 'read', what: 'reads the repository' },
      { sub: /^(backup|init|restore|copy|tag|rewrite|recover|repair|rebuild-index|key (add|passwd|list)|unlock|migrate|self-update)\b/, effect: 'write', what: 'adds or rewrites repository data' },
      // `cache` lists this machine's cache folders, `--cleanup` removes the old ones (restic's manual: a cache rebuilt on demand).
      { sub: /^cache$/, effect: 'write', what: "lists or cleans up this machine's cache folders" },
    ],
    otherwise: 'opaque',
  },
  // resticprofile runs restic with a profile and schedules it: `unschedule` removes the scheduled backups of a profile
  // (`--all`: of every profile), so they stop being taken. Its restic commands (`backup`, `forget`) and the rest stay
  // with the generic analysers.
  {
    names: ['resticprofile'],
    valued: ['-c', '--config', '-n', '--name', '-f', '--format', '-l', '--log', '--lock-wait', '--command-output', '--theme'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
      { sub: /^([\w-]+\.)?unschedule\b/, effect: 'safeguard', what: 'removes scheduled backups: they stop being taken' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['borg', 'borgbackup'],
    valued: ['--remote-path', '--rsh', '--lock-wait', '--umask', '--upload-ratelimit', '--upload-buffer', '--debug-topic', ...BORG_KEEP_OPTIONS, '-a', '--glob-archives', '--match-archives', '-P', '--prefix'],
    dryRun: ['--dry-run', '-n'],
    rules: [
      // borg-prune(1) takes the repository (or BORG_REPO) and no archive names.
      { sub: /^prune( \S+)?$/, args: keepsLastTwoOrMore(['--keep-last']), effect: 'write', what: 'prunes archives by a policy that keeps the last two or more (routine retention, 444.1)' },
      { sub: /^prune( \S+)?$/, args: keepsThirtyDays(BORG_KEEP), effect: 'write', what: 'prunes archives by a policy that keeps 30 days or more of them (routine retention)' },
      { sub: /^(delete|compact|prune|recreate)\b/, effect: 'destroy', what: 'deletes archives or frees their space for good' },
      // Round 41 (bl41dr): borg-extract(1) writes the archive's paths (stored without the leading `/`) under the working
      // folder: from `/` it lays them over the live tree, overwriting what is there (no dry run, no `--stdout`).
      { sub: /^extract\b/, cwd: /^\/+$/, args: (a) => !a.includes('--stdout'), effect: 'destroy', what: 'extracts the archive from `/`: its files overwrite the live ones' },
      // borg-break-lock(1): "use carefully and only while no borg process (on any machine) is trying to access" the repository.
      { sub: /^break-lock\b/, effect: 'destroy', what: 'breaks the repository and cache locks: a borg process still using them can corrupt the repository' },
      { sub: /^(list|info|check|diff|extract|mount|umount|version|help|export-tar|benchmark|key export|config)\b/, effect: 'read', what: 'reads archives' },
      { sub: /^(create|init|rename|key|break-lock|import-tar|upgrade|with-lock|serve|transfer|rcreate)\b/, effect: 'write', what: 'adds archives or changes the repository' },
    ],
    otherwise: 'opaque',
  },
  // borgmatic (its command-line reference) runs Borg by a configuration file: with no action it prunes, creates and checks
  // (and compacts, in newer versions). `prune` applies the configured retention: the lead's answer 79 reads that as a
  // write, as sanoid's; `delete`, `repo-delete`, `recreate` and `restore` (database dumps over the databases) lose data and
  // `break-lock` is borg's; `borg` passes any Borg command through. An `--override` changes the configuration the action
  // does not show, so it stays with the generic reading, as do `extract`, `compact` and `config generate`.
  {
    names: ['borgmatic'],
    valued: ['-c', '--config', '-v', '--verbosity', '--syslog-verbosity', '--log-file', '--log-file-verbosity', '--log-file-format', '--monitoring-verbosity', '--override', '--repository', '--archive', '--match-archives', '-a', '--glob-archives', '--last', '--first', '--format', '--mount-point', '--path', '--destination', '--encryption', '-e', '--source-repository', '--storage-quota', '--database', '--schema', '--hostname', '--port', '--username'],
    dryRun: ['-n', '--dry-run'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { sub: /(^| )(delete|repo-delete|rdelete|recreate|restore)( |$)/, effect: 'destroy', what: 'deletes archives or a repository, rewrites archives, or restores database dumps over the databases' },
      { sub: /(^| )(break-lock|borg)( |$)/, effect: 'opaque', what: 'breaks the locks or runs a Borg command through borgmatic' },
      { sub: /^((list|info|repo-info|rinfo|repo-list|rlist|check|spot-check|key export|config validate)( |$))+$/, args: (a) => !a.includes('--override'), effect: 'read', what: 'lists, checks or shows archives and repositories' },
      { sub: /^((create|init|repo-create|rcreate|prune|check|spot-check|list|info|rlist|rinfo|repo-list|repo-info|export-tar|mount|umount|transfer)( |$))*$/, args: (a) => !a.includes('--override'), effect: 'write', what: 'creates archives, prunes them by the configured retention (answer 79) or checks them' },
    ],
    otherwise: 'fallback',
  },
  // Buildah (its manual pages, buildah(1) and one per command): working containers are a build's scratch and local images
  // are pulled or built again (`rm`, `rmi`, `prune`, as `docker rm|rmi|builder prune`); `push` uploads an image (a deploy,
  // as `docker push`); `run` and `unshare` run commands the generic reading judges.
  {
    names: ['buildah'],
    valued: ['--root', '--runroot', '--storage-driver', '--storage-opt', '--registries-conf', '--log-level', '--cgroup-manager', '-f', '--file', '-t', '--tag', '--name', '--format', '--authfile', '--creds', '--cert-dir', '--signature-policy', '--arch', '--os', '--platform', '--build-arg', '--layers', '--isolation', '--filter'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { sub: /^(containers|images|info|inspect|version|manifest (exists|inspect))\b/, effect: 'read', what: 'lists or inspects build containers and images' },
      { sub: /^((manifest |source )?push)\b/, effect: 'deploy', what: 'pushes an image to a registry' },
      { sub: /^(add|build|bud|commit|config|copy|from|login|logout|manifest (add|annotate|create|remove|rm)|mkcw|mount|prune|pull|rename|rm|rmi|tag|umount|source (add|create|pull))\b/, effect: 'write', what: 'builds images, or removes build containers and local images (pulled or built again)' },
    ],
    otherwise: 'fallback',
  },
  // Ollama's CLI (`ollama --help`): `rm` deletes a local model (pulled again, or created again from its Modelfile), `stop`
  // unloads one from memory; `push` uploads to the registry.
  {
    names: ['ollama'],
    valued: ['-f', '--file', '--format', '--keepalive', '-q', '--quantize'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { sub: /^(list|ls|ps|show|help)\b/, effect: 'read', what: 'lists or shows models' },
      { sub: /^push\b/, effect: 'deploy', what: 'pushes a model to the registry' },
      { sub: /^rm\b/, effect: 'delete', what: 'deletes a local model (pulled or created again)' },
      { sub: /^(serve|pull|run|create|cp|stop)\b/, effect: 'write', what: 'serves, pulls, runs, creates or copies a model' },
    ],
    otherwise: 'fallback',
  },
  // krew, kubectl's plugin manager (krew's user guide): plugins and their indexes are installed, upgraded and removed again.
  {
    names: ['krew', 'kubectl-krew'],
    valued: ['--manifest', '--manifest-url', '--archive'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(list|search|info|version|index list|help)\b/, effect: 'read', what: 'lists or describes plugins' },
      { sub: /^(install|uninstall|remove|upgrade|update|index (add|remove))\b/, effect: 'write', what: 'installs, removes or updates plugins or plugin indexes' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['mc', 'mcli'],
    valued: ['--config-dir', '-C', '--older-than', '--newer-than', '--storage-class', '--attr', '--encrypt-key', '--exclude', '--limit-upload', '--limit-download'],
    dryRun: ['--dry-run'],
    rules: [
      { sub: /^mirror\b/, flags: ['--remove'], effect: 'destroy', what: '`mirror --remove` deletes objects missing from the source' },
      // `mc rb` "permanently deletes bucket(s) ... including any and all object versions and bucket configurations such as
      // lifecycle management or replication" (mc reference), with or without `--force`.
      // One run's or pull request's own prefix (`mc rm -r --force local/ci-artifacts/run-1234/`, `…/builds/pr-56/`): written
      // again by its next run (the lead's answer 84), as gsutil's prefixes are read. A bare `ci` bucket, a bucket removed
      // (`rb`), a wildcard or an alias that says production or staging stays below.
      { sub: new RegExp(`^rm( ${MC_SCRATCH_PREFIX})+$`), effect: 'write', what: "deletes one CI run's or pull request's own prefix, written again by its next run" },
      { sub: new RegExp(`^rm( ${MC_TMP_PATH})+$`), flags: ['--older-than'], effect: 'write', what: 'sweeps objects older than an age from a bucket or prefix named for scratch or temporary uploads' },
      { sub: /^(rm|rb|undo)\b/, effect: 'destroy', what: 'deletes objects or buckets' },
      { sub: /^(version|retention|legalhold) (suspend|clear|disable)\b/, effect: 'destroy', what: 'switches versioning or retention off' },
      // Round 33: a user, access key or service account disabled is a credential in use switched off (its clients are
      // refused until it is enabled), as radosgw-admin `user suspend` and a disabled account are (labelling rules).
      { sub: /^admin (user|accesskey|user svcacct|svcacct|service-?account) disable\b/, effect: 'destroy', what: 'switches off a user or access key in use: whoever signs in with it is refused' },
      // `mc anonymous set public|download|upload` (`policy set` before it) lets anyone without credentials read or write the
      // bucket or prefix (mc reference): public access opened. `none`/`private` closes it; `get`/`list` read.
      { sub: /^(anonymous|policy) set (public|download|upload)\b/, effect: 'safeguard', what: 'lets anonymous users read or write the bucket or prefix' },
      // Removing a user, group, policy or key deletes it with its secret; detaching or unsetting only changes access.
      { sub: /^admin (user|group|policy|accesskey|service-?account|user svcacct) (remove|rm|delete)\b/, effect: 'destroy', what: 'deletes a user, group, policy or access key and its secret' },
      { sub: /^admin (user|group|policy|accesskey|idp|service-?account)\b/, effect: 'permissions', what: 'changes users or policies' },
      // `admin decommission status` reports a pool's progress (mc reference); `start` drains it.
      { sub: /^admin decommission status\b/, effect: 'read', what: 'reports decommissioning progress' },
      { sub: /^admin (bucket remote rm|tier rm|replicate rm|decommission)\b/, effect: 'destroy', what: 'removes replication, tiers or nodes' },
      { sub: /^(ls|cat|head|stat|du|find|diff|tree|ping|ready|alias (ls|list)|admin info|sql|watch|share|event ls|ilm (ls|rule ls)|version info|od)\b/, effect: 'read', what: 'reads objects' },
      { sub: /^(cp|mirror|mb|mv|put|pipe|tag|alias|anonymous|event add|ilm|encrypt|cors|quota|replicate add|retention set|legalhold set|version enable)\b/, effect: 'write', what: 'writes objects or settings' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['rclone'],
    valued: ['--config', '--filter', '--filter-from', '--include', '--exclude', '--min-age', '--max-age', '--min-size', '--max-size', '--transfers', '--checkers', '--log-file', '--log-level', '--bwlimit', '--backup-dir', '--suffix', '--max-depth', '-c'],
    dryRun: ['--dry-run', '-n'],
    rules: [
      // rclone docs (`--backup-dir`): "When using sync, copy or move any files which would have been overwritten or deleted
      // are moved in their original hierarchy into this directory": nothing is lost (round 27).
      { sub: /^sync \S+ \S+$/, flags: ['--backup-dir'], effect: 'write', what: 'syncs; what it would delete or overwrite is moved into the `--backup-dir`' },
      // The lead's answer 141 through rclone: files older than an age swept from a prefix named tmp, temp or scratch.
      { sub: new RegExp(`^delete ${RCLONE_TMP_PATH}$`), flags: ['--min-age'], unlessLive: true, effect: 'write', what: 'sweeps files older than an age from a prefix named for scratch or temporary files or a build cache (the lead\'s answer 141)' },
      // One run's or pull request's own prefix (`rclone purge r2:ci-artifacts/pr-991`), as mc's and gsutil's are read (round 30).
      { sub: new RegExp(`^(purge|delete|deletefile) ${RCLONE_SCRATCH_PREFIX}$`), unlessLive: true, effect: 'write', what: "deletes one CI run's or pull request's own prefix, written again by its next run" },
      { sub: /^(sync|bisync|purge|delete|deletefile|rmdir|rmdirs|cleanup|dedupe)\b/, effect: 'destroy', what: 'deletes files at the destination (sync removes what the source lacks)' },
      { sub: /^(move|moveto)\b/, flags: ['--delete-empty-src-dirs'], effect: 'delete', what: 'moves files and removes the source folders' },
      { sub: /^(ls|lsd|lsl|lsf|lsjson|cat|check|cryptcheck|checksum|hashsum|md5sum|sha1sum|size|about|tree|listremotes|version|help|config (show|file|paths|dump|providers)|ncdu|serve|mount|nfsmount|test|backend features|authorize|obscure|genautocomplete|completion)\b/, effect: 'read', what: 'lists or reads files' },
      { sub: /^(copy|copyto|copyurl|move|moveto|mkdir|touch|rcat|link|settier|config|selfupdate|backend)\b/, effect: 'write', what: 'copies or writes files' },
    ],
    otherwise: 'opaque',
  },
  // Mutagen (its CLI reference, tldr-pages): sessions that synchronise two folders or forward a port. Ending, pausing or
  // listing a session leaves the files on both sides; a one-way replica or a two-way session where alpha wins makes beta
  // a copy of alpha, deleting what beta alone held. `project start` and `project run` read mutagen.yml: the generic reading.
  {
    names: ['mutagen'],
    valued: ['--name', '-n', '--label', '-l', '--label-selector', '--sync-mode', '--mode', '-m', '--ignore', '-i', '--configuration-file', '-c', '--project-file', '-f'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
      { sub: /^sync create\b/, flagValue: { names: ['--sync-mode', '--mode', '-m'], value: /^(one-way-replica|two-way-resolved)$/ }, effect: 'destroy', what: 'makes beta a copy of alpha: what beta alone holds is deleted' },
      { sub: /^((sync|forward|project) (list|monitor)|version|legal|help)\b/, effect: 'read', what: 'lists sessions' },
      { sub: /^((sync|forward) (create|terminate|pause|resume|flush|reset)|project (terminate|pause|resume|flush|reset)|daemon (start|stop|register|unregister))\b/, effect: 'write', what: 'creates, ends or pauses a session; the files on both sides stay' },
    ],
    otherwise: 'fallback',
  },
  // ZeroClaw's skills (tldr-pages, its README): skills are installed from a URL or a path and removed again; the source stays.
  {
    names: ['zeroclaw'],
    valued: [],
    rules: [
      { sub: /^skills( list)?$/, effect: 'read', what: 'lists the installed skills' },
      { sub: /^skills (install|remove)\b/, effect: 'write', what: 'installs or removes a skill, installed again from its source' },
    ],
    otherwise: 'fallback',
  },
  {
    // gsutil reference (`gsutil help rsync`, `rm`, `rb`): `rsync -d` deletes destination objects the source lacks, and
    // `rsync -n` only lists what would be copied or deleted. (`-n` is no-clobber for `cp`/`mv`, so it is rsync's only.)
    names: ['gsutil'],
    valued: ['-o', '-h', '-u', '-i', '-x', '-y', '-j', '-z', '-a', '-p', '-s', '-L', '-I'],
    rules: [
      { sub: /^rsync\b/, flags: ['-n'], effect: 'read', what: '`rsync -n` is a dry run: it lists what would change' },
      { sub: /^rsync\b/, flags: ['-d', '--delete-unmatched-destination-objects'], args: mirrorOntoDisposable, unlessLive: true, effect: 'write', what: "`rsync -d` onto a pull request's or CI run's own bucket or prefix: only that preview's objects go (answer 92)" },
      { sub: /^rsync\b/, flags: ['-d', '--delete-unmatched-destination-objects'], effect: 'destroy', what: '`rsync -d` deletes destination objects missing from the source' },
      // A disposable prefix, read as `gcloud storage rm` and `aws s3 rm` read it (object-prefixes.ts disposablePrefix): a pull
      // request's or CI run's own segment (`rm -r gs://artifacts/builds/pr-2231/`), a temporary prefix (`tmp/`, `_temporary/`),
      // a CI run's numbered folder under a CI prefix, one run's folder in a temporary area. A staging bucket refuses the
      // scratch words' readings only (the lead's answer 215); a production one refuses all; a bucket itself stays a bucket.
      { sub: /^rm\b/, args: disposablePrefixOperands('rm'), unlessLive: true, effect: 'write', what: "deletes a pull request's, CI run's or temporary prefix, written again by its next run" },
      // A build cache's objects (`gsutil -m rm 'gs://acme-build-cache/bazel/ac/**'`): the next build fills them again, as
      // `gcloud storage rm` and `aws s3 rm` of them read (underCachePrefix; the lead's answers 332 and 339).
      { sub: /^rm\b/, args: cachePrefixOperands('rm'), unlessLive: true, effect: 'write', what: 'deletes objects of a build cache, filled again by the next build' },
      // A bucket named for one pull request or CI run (`gsutil rb gs://pr-2231-assets`, `rm -r gs://acme-web-pr-4121`) removed
      // whole, as `aws s3 rb` and `gcloud storage rm` read it (disposablePrefix, round 25; the lead's answer 84).
      { sub: /^rb\b/, args: disposablePrefixOperands('rb', true), unlessLive: true, effect: 'write', what: "deletes a bucket named for one pull request or CI run, that preview's own" },
      { sub: /^rm\b/, args: disposablePrefixOperands('rm', true), unlessLive: true, effect: 'write', what: "deletes a bucket named for one pull request or CI run, that preview's own" },
      // One object by name in a bucket named for keeping versions (versionedBucketObject), as `aws s3 rm` of it; not `-r`/`-a` (all versions).
      { sub: /^rm\b/, args: versionedObjectOperands, effect: 'write', what: 'deletes one object in a bucket named for keeping versions: its earlier version stays restorable' },
      { sub: /^(rm|rb)\b/, effect: 'destroy', what: 'deletes objects or buckets' },
      { sub: /^versioning set (off|suspended)\b/, effect: 'destroy', what: 'switches bucket versioning off' },
      { sub: /^((acl|defacl|iam|lifecycle|versioning|cors|logging|label|web|retention|notification|kms|requesterpays|ubla|pap|autoclass|rpo|defstorageclass|bucketpolicyonly) get|ls|cat|du|stat|hash|version|help|signurl|config|ver|perfdiag|notification list)\b/, effect: 'read', what: 'lists or reads objects and settings' },
      // Everyone let in: an IAM or ACL change naming `allUsers`/`allAuthenticatedUsers` (`iam ch allUsers:objectViewer`,
      // `acl ch -u AllUsers:R`), or a public canned ACL (`acl set public-read`). `iam ch -d allUsers` (a removal) reads the
      // same: the member list is not split into what is added and what is removed.
      { sub: /^(iam|acl|defacl) ch\b.*\ball(authenticated)?users\b/i, effect: 'safeguard', what: 'grants access to everyone' },
      { sub: /^(acl|defacl) ch\b/, flagValue: { names: ['-u', '-g'], value: /^all(authenticated)?users\b/i }, effect: 'safeguard', what: 'grants access to everyone' },
      { sub: /^(acl|defacl) set (public-read|public-read-write|authenticated-read)\b/, effect: 'safeguard', what: 'sets a public canned ACL: everyone may read' },
      { sub: /^(acl|defacl|iam)\b/, effect: 'permissions', what: 'changes access' },
      { sub: /^(cp|mv|mb|rsync|rewrite|compose|setmeta|label|cors|web|logging|versioning|defstorageclass|kms|requesterpays|notification)\b/, effect: 'write', what: 'copies objects or changes bucket settings' },
    ],
    otherwise: 'fallback',
  },
  {
    // Argo CD CLI reference: `app delete` cascades by default (the Application's resources are deleted with it) unless
    // `--cascade=false`; `app sync --prune` deletes live resources that are no longer in git; `--dry-run` previews.
    names: ['argocd'],
    valued: ARGOCD_VALUED,
    // `--local DIR` (diff or sync against local manifests) and `--path` (the repository folder an app deploys) are named for
    // their environment as `kubectl -f k8s/overlays/prod` is.
    where: ['--server', '--context', '--dest-namespace', '--dest-server', '--local', '--path'],
    dryRun: ['--dry-run'],
    rules: [
      { sub: /^(app|apps|application) delete\b/, flagValue: { names: ['--cascade'], value: /^false$/i }, effect: 'write', what: 'deletes the Application only; its resources keep running (non-cascading)' },
      // A pull request's preview Application (`preview-pr-123`), with what it deployed: a scratch environment.
      { sub: PER_PULL_REQUEST_OPERANDS('(app|apps|application) delete'), unlessLive: true, effect: 'delete', what: 'deletes a per-pull-request preview Application and what it deployed' },
      { sub: /^(app|apps|application) (delete|delete-resource)\b/, effect: 'destroy', what: 'deletes the Application and, cascading by default, every resource it manages' },
      // An ApplicationSet named for one pull request (`preview-pr-88`), with the Applications it generated (round 24).
      { sub: PER_PULL_REQUEST_OPERANDS('(appset|applicationset) delete'), unlessLive: true, effect: 'delete', what: 'deletes a per-pull-request ApplicationSet and the preview Applications it generated' },
      { sub: /^(appset|applicationset) delete\b/, effect: 'destroy', what: 'deletes the ApplicationSet and the Applications it generated' },
      // The lead's answer 214: pruning an app whose own name says a preview or a developer's environment (`payments-dev`,
      // `web-pr-412`) deploys that environment from git; nothing naming production or staging.
      { sub: /^(app|apps|application) sync \S+$/, flags: ['--prune'], args: argoSyncsPreviewOrDev, unlessLive: true, effect: 'deploy', what: "`sync --prune` of an app its own name marks as a preview or a developer's environment: that environment redeployed from git (the lead's answer 214)" },
      { sub: /^(app|apps|application) sync\b/, flags: ['--prune'], effect: 'destroy', what: '`sync --prune` deletes live resources that are no longer in git' },
      { sub: /^((app|apps|application) (get|list|diff|history|manifests|resources|logs|wait|man)|(appset|applicationset|proj|project|cluster|repo|repocreds|account|cert|gpg) (get|list|can-i)|version|context|login|logout|relogin)\b/, effect: 'read', what: 'reads applications or settings' },
      { sub: /^(app|apps|application) (sync|rollback|set|unset|create|patch|edit|terminate-op|add-source|remove-source)\b/, effect: 'deploy', what: 'syncs, rolls back or changes an application' },
    ],
    otherwise: 'fallback',
  },
  {
    // sops reference: `-d`/`--decrypt` (`decrypt`) and `-e`/`--encrypt` (`encrypt`) print the result to standard output
    // unless `-i`/`--in-place` or `--output` writes it; `filestatus` reads. Anything else is judged as before.
    names: ['sops'],
    valued: ['--input-type', '--output-type', '--extract', '--config', '--kms', '-k', '--pgp', '-p', '--age', '-a', '--gcp-kms', '--azure-kv', '--hc-vault-transit', '--encrypted-regex', '--unencrypted-regex', '--encrypted-suffix', '--unencrypted-suffix', '--filename-override', '--output', '--aws-profile'],
    rules: [
      { sub: /^\S+$/, flags: ['-d', '--decrypt', '-e', '--encrypt'], args: printsOnly, effect: 'read', what: 'prints the file decrypted or encrypted' },
      { sub: /^(decrypt|encrypt|filestatus) \S+$/, args: printsOnly, effect: 'read', what: 'prints the file decrypted or encrypted, or its status' },
    ],
    otherwise: 'fallback',
  },
  {
    // Argo Workflows CLI reference: `delete` removes workflows with their pods (a running one is stopped); finished ones
    // only (argoDeletesFinishedOnly) are records of work done. Lists, gets, logs, lints and waits read. Everything else
    // (`submit`, `stop`, `terminate`, `cron delete|suspend`, `template delete`, `archive delete`) is judged as before.
    names: ['argo'],
    valued: ['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--argo-server', '--argo-base-href', '--instanceid', '-o', '--output', '-l', '--selector', '--field-selector', '--older', '--prefix', '--status', '--since', '--since-time', '--tail', '-c', '--container', '--grep', '--chunk-size', '--node-field-selector', '--request-timeout', '--token'],
    where: ['-n', '--namespace', '--context', '-s', '--argo-server'],
    kubeContext: true,
    dryRun: ['--dry-run'],
    rules: [
      { sub: /^delete$/, args: argoDeletesFinishedOnly, effect: 'write', what: 'deletes finished workflows only: records of work done' },
      { sub: /^(list|ls|get|logs|watch|wait|lint|version|help|completion|(template|cluster-template|cron|archive) (list|ls|get|lint|list-label-keys|list-label-values))\b/, effect: 'read', what: 'lists or reads workflows, templates or their logs' },
    ],
    otherwise: 'fallback',
  },
  {
    // kustomize CLI: `build` renders manifests to standard output; `edit`/`create`/`init` change the local kustomization file.
    names: ['kustomize'],
    valued: ['-o', '--output', '--load-restrictor', '--helm-command', '--env', '-e', '--mount', '--network-name'],
    rules: [
      { sub: /^(build|cfg (cat|count|grep|tree)|version|help|completion|docs-\w+)\b/, effect: 'read', what: 'renders or reads manifests' },
      { sub: /^(edit|create|init|localize|fn)\b/, effect: 'write', what: 'changes the kustomization file' },
    ],
    otherwise: 'fallback',
  },
  {
    // Linkerd CLI reference: `install`, `upgrade`, `uninstall`, `inject`, `prune` and their extensions' (`viz`, `jaeger`,
    // `multicluster`) forms only output Kubernetes configs; they change the cluster when piped to `kubectl apply|delete`,
    // which is judged there. `check`, `viz stat|tap|top|routes|edges` read.
    names: ['linkerd'],
    valued: ['--context', '--kubeconfig', '-n', '--namespace', '-L', '--linkerd-namespace', '-o', '--output', '--as', '--as-group', '--api-addr', '--set', '--set-string', '--values', '-f'],
    where: ['--context', '-n', '--namespace'],
    kubeContext: true,
    rules: [
      { sub: /^((viz|jaeger|multicluster|smi) )?(install|install-cni|upgrade|uninstall|inject|uninject|prune|link|unlink|allow)\b/, effect: 'read', what: 'prints the Kubernetes configs; nothing changes until they are applied or deleted' },
      { sub: /^((viz|jaeger|multicluster) )?(check|stat|tap|top|routes|edges|profile|authz|diagnostics|identity|version|list|gateways|dashboard|completion|help)\b/, effect: 'read', what: 'reads mesh state' },
    ],
    otherwise: 'fallback',
  },
  {
    // istioctl reference: `kube-inject` prints the manifest with sidecars added and `manifest generate|diff|translate`
    // print or compare manifests; `analyze`, `proxy-status`, `proxy-config`, `x precheck`, `verify-install` read.
    // `install`, `upgrade` and `uninstall` act on the cluster and are judged by the generic analysers.
    names: ['istioctl'],
    valued: ['--context', '-c', '--kubeconfig', '-n', '--namespace', '-i', '--istioNamespace', '-f', '--filename', '-o', '--output', '-r', '--revision', '--meshConfigFile', '--injectConfigFile', '--valuesFile'],
    where: ['--context', '-n', '--namespace'],
    kubeContext: true,
    rules: [
      { sub: /^(kube-inject|manifest (generate|diff|translate))\b/, effect: 'read', what: 'prints manifests; nothing changes until they are applied' },
      { sub: /^(analyze|proxy-status|ps|proxy-config|pc|version|verify-install|bug-report|validate|(x|experimental) (precheck|describe|check-inject|authz)|precheck|dashboard|dash|completion|help)\b/, effect: 'read', what: 'reads mesh configuration' },
    ],
    otherwise: 'fallback',
  },
  {
    // talosctl (Talos Linux CLI reference): `reset` wipes the node's system disk state (and with `--system-labels-to-wipe`
    // the named partitions, EPHEMERAL holding local volumes and container data), `wipe disk` erases a block device,
    // `etcd remove-member` and `etcd leave` take a member out of the control plane's etcd, `cluster destroy` deletes a
    // local cluster; `shutdown` powers the node off and `service ID stop` stops a system service. `reboot`, `upgrade`,
    // `apply-config` (with `--dry-run` a preview), `bootstrap` and `etcd snapshot|defrag` keep or restore what runs.
    names: ['talosctl'],
    valued: ['-n', '--nodes', '-e', '--endpoints', '--talosconfig', '--context', '--cluster', '-f', '--file', '-p', '--patch', '-i', '--image', '-m', '--mode', '--system-labels-to-wipe', '--user-disks-to-wipe', '--timeout', '--wait-timeout', '-o', '--output', '--namespace', '--to', '--from', '--tail', '--since', '--debug-container', '--insecure'],
    where: ['-n', '--nodes', '-e', '--endpoints', '--context', '--cluster'],
    dryRun: ['--dry-run'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(reset|wipe|etcd (remove-member|leave)|cluster destroy|meta delete)\b/, effect: 'destroy', what: 'wipes the node, a disk or a partition, or removes an etcd member or a local cluster' },
      { sub: /^(shutdown|service \S+ stop)\b/, effect: 'outage', what: 'powers the node off or stops a system service' },
      { sub: /^(get|health|dashboard|logs|dmesg|containers|disks|events|list|ls|read|stats|processes|ps|memory|mounts|netstat|time|usage|du|version|validate|support|cgroups|pcap|inspect|image (list|ls)|etcd (members|status|snapshot|alarm list)|config (info|contexts)|service( \S+( status)?)?$|completion|help|copy|cp)\b/, effect: 'read', what: 'reads node state or copies files from the node' },
      { sub: /^(apply-config|apply|bootstrap|upgrade|upgrade-k8s|reboot|restart|rollback|patch|edit|gen|config|kubeconfig|etcd (defrag|forfeit-leadership|alarm disarm)|service \S+ (start|restart)|image (pull|cache-create)|cluster create|meta write|machineconfig)\b/, effect: 'write', what: 'applies configuration, upgrades, reboots or writes a client config' },
    ],
    otherwise: 'opaque',
  },
  {
    // stern: tails the logs of the pods its query matches (stern README); it only reads.
    names: ['stern'],
    valued: ['--context', '--kubeconfig', '-n', '--namespace', '-l', '--selector', '-c', '--container', '-e', '--exclude', '-i', '--include', '-s', '--since', '--tail', '-o', '--output', '-t', '--template', '--field-selector', '--exclude-container', '--exclude-pod', '--container-state', '--color', '--max-log-requests', '--node'],
    where: ['--context', '-n', '--namespace'],
    kubeContext: true,
    rules: [],
    otherwise: 'read',
  },
  {
    // Alertmanager's `amtool` (its README): `silence add` and `silence import` mute the alerts they match, a safeguard off;
    // `silence expire` ends a silence (alerts notify again); queries, `check-config` and `config routes` read. A `silence add`
    // with matchers that name alerts (none matching everything) and a `--duration` of a day or less lapses by itself: a
    // write (the lead's round-13 decision, as alert-mutes.ts for the HTTP and MCP forms).
    names: ['amtool'],
    valued: ['--alertmanager.url', '--config.file', '-o', '--output', '--timeout', '-c', '--comment', '-a', '--author', '-d', '--duration', '--start', '--end', '--http.config.file'],
    where: ['--alertmanager.url'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^silence add (?!.*(=~\s*\^?\.[*+]\$?(\s|$)|!=|!~))\S+=/, flagValue: { names: ['-d', '--duration'], value: /^(([1-9]|1\d|2[0-3])h([1-5]?\dm)?|24h|\d{1,4}m|\d{1,5}s)$/ }, effect: 'write', what: 'silences the alerts it names until an end within a day: they page again when it lapses' },
      { sub: /^silence (add|import)\b/, effect: 'safeguard', what: 'silences the alerts it matches: they page nobody until it ends' },
      { sub: /^silence expire\b/, effect: 'write', what: 'ends a silence: the alerts notify again' },
      { sub: /^(silence( query)?|alert( query)?|check-config|config|template render)\b/, effect: 'read', what: 'lists silences or alerts, or checks the configuration' },
    ],
    otherwise: 'opaque',
  },
  {
    // Datadog's `dog` (datadogpy's dogshell): `monitor mute`/`mute_all` and `downtime post` silence monitors (a safeguard
    // off), `monitor delete` and `downtime delete` remove one; `show`, `show_all` and `query` read.
    names: ['dog'],
    valued: ['--config', '--api-key', '--application-key', '--timeout'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^monitor (mute|mute_all)\b/, effect: 'safeguard', what: 'mutes monitors: they notify nobody' },
      { sub: /^downtime (post|update)\b/, effect: 'safeguard', what: 'schedules a downtime: monitors in its scope notify nobody' },
      { sub: /^downtime delete\b/, effect: 'write', what: 'cancels a downtime: monitors notify again' },
      { sub: /^[a-z_]+ (show|show_all|query|search|get|list)\b/, effect: 'read', what: 'reads monitors, dashboards, metrics or events' },
      { sub: /^monitor (unmute|unmute_all)\b/, effect: 'write', what: 'unmutes monitors' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['splunk'],
    valued: ['-auth', '-uri', '-index', '-app', '-owner', '-earliest_time', '-latest_time', '-maxout', '-output'],
    rules: [
      { sub: /^clean\b/, effect: 'destroy', what: '`splunk clean` deletes indexed event data, user data or the KV store' },
      { sub: /^remove\b/, effect: 'destroy', what: 'removes an index, app, user or input' },
      { sub: /^(search|status|list|show|btool|version|help|display|validate|diag|find|export)\b/, effect: 'read', what: 'searches or reports' },
      { sub: /^(start|stop|restart|enable|disable|add|edit|set|install|package|apply|reload|login|logout|import|rtsearch|dispatch)\b/, effect: 'write', what: 'changes configuration or service state' },
    ],
    otherwise: 'opaque',
  },
  // Package registries: the operations on what is already published, which run no project code (publishing itself runs
  // the package's lifecycle scripts and stays with the build tools). Withdrawing a version, removing a tag consumers
  // install by, revoking a token, opening a package to everyone or switching its publish 2FA off; deprecating only adds
  // a message. Each tool's reference: npm (`unpublish`, `dist-tag`, `access`, `token`, `owner`, `team`, `deprecate`;
  // pnpm passes these to npm), Yarn (`npm tag`, classic `tag`/`owner`), Cargo (`yank`, `owner`), RubyGems (`gem yank`,
  // `owner`, `push`), the .NET CLI and nuget.exe (`nuget delete`: on nuget.org an unlist, on other feeds a delete); a Cargo yank deletes nothing, and
  // the JFrog CLI (`jf rt delete`, `build-discard`, the `*-delete` admin commands).
  {
    names: ['npm', 'pnpm'],
    valued: ['--prefix', '-w', '--workspace', '--registry', '--userconfig', '--globalconfig', '--cache', '--loglevel', '-C', '--dir', '--filter', '-F', '--otp', '--tag', '--access', '--scope', '--cidr'],
    dryRun: ['--dry-run'],
    rules: [
      { args: npmStrictSslOff, effect: 'safeguard', what: TLS_OFF_WHAT },
      { sub: FETCHES, envValue: NODE_TLS_OFF, effect: 'safeguard', what: TLS_OFF_WHAT },
      { sub: /^unpublish\b/, effect: 'destroy', what: 'removes a published version (or the whole package): installs of it fail and its number can never be used again' },
      // Round 42 (ans42b, the lead's answer 444.2): `latest` is what every install without a tag gets: removed, installs of
      // the bare name fail; other channels' tags stay writes.
      { sub: /^dist-tags? (rm|r|del|d|remove)\b.* latest$/, effect: 'destroy', what: 'removes the `latest` dist-tag: installs of the package without a version fail' },
      { sub: /^dist-tags? (rm|r|del|d|remove)\b/, effect: 'write', what: 'removes a dist-tag (the lead\'s round-14 decision: a write, undone by `dist-tag add`; the versions stay published)' },
      { sub: /^dist-tags? (ls|l|sl|list)\b/, effect: 'read', what: 'lists dist-tags' },
      { sub: /^dist-tags? (add|a|set|s)\b/, effect: 'deploy', what: 'points a dist-tag at a version (a promotion)' },
      { sub: /^access (set status=public|public)\b/, effect: 'safeguard', what: 'makes the package public: anyone can install it' },
      { sub: /^access (set mfa=none|2fa-not-required)\b/, effect: 'safeguard', what: 'switches off two-factor authentication for publishing' },
      // npm-profile(1): `disable-2fa` (older `disable-tfa`) switches two-factor authentication off on the account (round 35, o35).
      { sub: /^profile (disable-2fa|disable-tfa)\b/, effect: 'safeguard', what: 'switches off two-factor authentication on the registry account' },
      { sub: /^access (grant|revoke)\b/, effect: 'permissions', what: 'changes a team\'s access' },
      { sub: /^access (set|restricted|2fa-required)\b/, effect: 'write', what: 'restricts the package or requires 2FA' },
      { sub: /^access\b/, effect: 'read', what: 'reads access settings' },
      { sub: /^token (revoke|rm|delete)\b/, effect: 'destroy', what: 'revokes a registry token: whatever publishes or installs with it fails' },
      { sub: /^token (list|ls)\b/, effect: 'read', what: 'lists tokens' },
      { sub: /^token create\b/, effect: 'write', what: 'creates a token' },
      { sub: /^(owner|author) (ls|list)\b/, effect: 'read', what: 'lists maintainers' },
      { sub: /^(owner|author)\b/, effect: 'permissions', what: 'adds or removes a maintainer' },
      { sub: /^team destroy\b/, effect: 'destroy', what: 'deletes a team and its access' },
      { sub: /^team (ls|list)\b/, effect: 'read', what: 'lists teams' },
      { sub: /^team\b/, effect: 'permissions', what: 'changes a team' },
      { sub: /^deprecate\b/, effect: 'write', what: 'adds (or clears) a deprecation message; nothing is removed' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['yarn'],
    valued: ['--cwd', '--registry', '--otp', '--access', '--tag'],
    rules: [
      { args: yarnStrictSslOff, effect: 'safeguard', what: TLS_OFF_WHAT },
      { sub: FETCHES, envValue: NODE_TLS_OFF, effect: 'safeguard', what: TLS_OFF_WHAT },
      { sub: /^(npm )?tag (remove|rm)\b.* latest$/, effect: 'destroy', what: 'removes the `latest` dist-tag: installs of the package without a version fail (444.2)' },
      { sub: /^(npm )?tag (remove|rm)\b/, effect: 'write', what: 'removes a dist-tag (a write, undone by `tag add`; the versions stay published)' },
      { sub: /^(npm )?tag (list|ls)\b/, effect: 'read', what: 'lists dist-tags' },
      { sub: /^(npm )?tag add\b/, effect: 'deploy', what: 'points a dist-tag at a version (a promotion)' },
      { sub: /^owner (list|ls)\b/, effect: 'read', what: 'lists maintainers' },
      { sub: /^owner\b/, effect: 'permissions', what: 'adds or removes a maintainer' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['cargo'],
    valued: ['--version', '--vers', '--index', '--registry', '--token', '-Z', '--config', '-C', '--manifest-path', '-p', '--package', '--color', '--target', '--features', '-F', '-j', '--jobs', '--target-dir', '--message-format', '--bin', '--example', '--test', '--bench', '--profile'],
    rules: [
      // cargo-yank(1): "does not delete any data, and the crate will still be available for download"; `--undo` restores it.
      { sub: /^(\+\S+ )?yank\b/, effect: 'write', what: 'yanks a version from the index (new lockfiles skip it; nothing is deleted, `--undo` restores it)' },
      { sub: /^(\+\S+ )?owner\b/, flags: ['--add', '-a', '--remove', '-r'], effect: 'permissions', what: 'adds or removes an owner' },
      { sub: /^(\+\S+ )?owner\b/, effect: 'read', what: 'lists owners' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['gem'],
    valued: ['-v', '--version', '--platform', '--host', '-k', '--key', '--otp', '-p', '--http-proxy', '--config-file', '-a', '--add', '-r', '--remove', '-i', '--install-dir', '-n', '--bindir', '-s', '--source'],
    rules: [
      { sub: /^yank\b/, effect: 'destroy', what: 'removes a published version from the gem server: it can no longer be installed' },
      { sub: /^owner\b/, flags: ['--add', '-a', '--remove', '-r'], effect: 'permissions', what: 'adds or removes an owner' },
      { sub: /^owner\b/, effect: 'read', what: 'lists owners' },
      { sub: /^push\b/, effect: 'deploy', what: 'publishes a built gem' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['dotnet'],
    valued: ['-s', '--source', '-k', '--api-key', '-ss', '--symbol-source', '-sk', '--symbol-api-key', '-t', '--timeout', '-v', '--verbosity', '--configfile', '-c', '--configuration', '-o', '--output', '-f', '--framework', '-r', '--runtime', '-p', '--project', '--property'],
    rules: [
      // The lead's answer 204 (round 26): a published version deleted (other feeds) or unlisted (nuget.org) is one others
      // restore: answer 134's published release, destructive. A local folder source (`--source .\packages`) is this
      // machine's own copy: a write.
      { sub: /^nuget delete\b/, flagValue: { names: ['-s', '--source'], value: LOCAL_FOLDER_FEED }, effect: 'write', what: 'deletes a package version from a local folder feed' },
      { sub: /^nuget delete\b/, effect: 'destroy', what: 'deletes or unlists a published package version others restore (the lead\'s answer 204)' },
      { sub: /^nuget push\b/, effect: 'deploy', what: 'publishes a package' },
      { sub: /^nuget locals\b/, flags: ['--clear', '-c'], effect: 'write', what: 'clears the local NuGet caches (restored on the next build)' },
      { sub: /^nuget (locals|list|why|verify|search)\b/, effect: 'read', what: 'reads caches, sources or packages' },
      // Secret Manager (Microsoft Learn, "Safe storage of app secrets in development"): `clear` deletes every secret of the
      // project and `remove KEY` one of them, from the profile's secrets.json, which nothing else holds; `set`, `init` write.
      { sub: /^user-secrets (clear|remove)\b/, effect: 'destroy', what: "deletes the project's stored secrets" },
      { sub: /^user-secrets list\b/, effect: 'read', what: "lists the project's stored secrets" },
      { sub: /^user-secrets (set|init)\b/, effect: 'write', what: 'stores a secret or gives the project a secrets id' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['nuget', 'nuget.exe'],
    anyCase: true,
    valued: ['-Source', '-source', '-ApiKey', '-apikey', '-Verbosity', '-verbosity', '-ConfigFile', '-configfile', '-Timeout', '-timeout', '-SymbolSource', '-SymbolApiKey', '-OutputDirectory', '-Version', '-Name', '-Username', '-Password'],
    rules: [
      { sub: /^delete\b/i, flagValue: { names: ['-Source'], value: LOCAL_FOLDER_FEED }, effect: 'write', what: 'deletes a package version from a local folder feed' },
      { sub: /^delete\b/i, effect: 'destroy', what: 'deletes or unlists a published package version others restore (the lead\'s answer 204)' },
      { sub: /^push\b/i, effect: 'deploy', what: 'publishes a package' },
      { sub: /^locals\b/i, flags: ['-clear'], effect: 'write', what: 'clears the local NuGet caches (restored on the next build)' },
      { sub: /^(list|search|locals|help|\?)\b/i, effect: 'read', what: 'reads packages or caches' },
    ],
    otherwise: 'fallback',
  },
  // Windows build and endpoint tools (round 17), by their Microsoft Learn references.
  // SignTool: `sign`, `timestamp` and `remove` change the signature in the file in place (a build step); `verify` reads.
  {
    names: ['signtool', 'signtool.exe'],
    anyCase: true,
    valued: [],
    rules: [
      { sub: /^verify\b/i, effect: 'read', what: 'verifies signatures' },
      { sub: /^(sign|timestamp|remove|catdb)\b/i, effect: 'write', what: 'signs, timestamps or unsigns files, or adds catalogs to the catalog database' },
    ],
    otherwise: 'fallback',
  },
  // WSUS's WsusUtil.exe: `checkhealth` and `listinactiveapprovals` read; `reset` checks every update's content again and
  // downloads what is missing, `export` writes the metadata to a file, the rest configure the server or its content
  // folder (`movecontent`, `postinstall`, `usecustomwebsite`, `configuressl`, `deleteunneededrevisions`): writes.
  {
    names: ['wsusutil', 'wsusutil.exe'],
    anyCase: true,
    valued: [],
    local: true,
    rules: [
      { sub: /^(checkhealth|listinactiveapprovals|help|\/\?)\b/i, effect: 'read', what: 'reads the server\'s health or approvals' },
      { sub: /^(reset|export|import|movecontent|postinstall|usecustomwebsite|configuressl|deleteunneededrevisions|removeinactiveapprovals|healthmonitoring)\b/i, effect: 'write', what: 'checks content again, exports metadata or configures the server' },
    ],
    otherwise: 'fallback',
  },
  // Microsoft Defender's MpCmdRun.exe: `-RemoveDefinitions -All` removes every signature (scans find nothing until the
  // next update); `-RemoveDefinitions` alone goes back to the previous set and `-DynamicSignatures` drops the cloud ones
  // (writes); scans, updates and diagnostics are writes or reads.
  {
    names: ['mpcmdrun', 'mpcmdrun.exe'],
    anyCase: true,
    valued: ['-ScanType', '-File', '-Path', '-Name', '-Timeout'],
    local: true,
    rules: [
      { allFlags: ['-RemoveDefinitions', '-All'], effect: 'safeguard', what: 'removes every Defender signature' },
      { flags: ['-GetFiles', '-ValidateMapsConnection', '-h', '-?'], effect: 'read', what: 'collects diagnostics or checks the cloud connection' },
    ],
    otherwise: 'write',
  },
  // Configuration Manager's client installer: `/uninstall` removes the ConfigMgr client, with it the machine's software
  // updates, inventory and compliance from the site (a management safeguard, as an MDM agent's removal is); other
  // switches install or repair it.
  {
    names: ['ccmsetup', 'ccmsetup.exe'],
    anyCase: true,
    valued: [],
    local: true,
    rules: [
      { flags: ['/uninstall'], effect: 'safeguard', what: 'removes the Configuration Manager client (updates and compliance stop)' },
    ],
    otherwise: 'write',
  },
  // rundll32 runs an entry point of a DLL, which is code we cannot follow, but for the Printer UI's documented one
  // (`printui.dll,PrintUIEntry`, Windows Commands reference "rundll32 printui.dll,PrintUIEntry"): `/in` and `/ga` add a
  // connection to a shared printer, `/dn` and `/gd` remove one, `/y` makes a printer the default, `/ge` and `/?` list or
  // show help. Any other entry point or PrintUI action runs code of a DLL we cannot read (rundll32 and regsvr32 are how
  // a dropped DLL is run): unknown, whatever its path says.
  {
    names: ['rundll32', 'rundll32.exe'],
    anyCase: true,
    valued: [],
    local: true,
    rules: [
      { sub: /^printui(\.dll)?,printuientry\b/i, flags: ['/dn', '/in', '/ga', '/gd', '/y'], effect: 'write', what: "adds or removes this machine's connection to a shared printer, or sets the default" },
      { sub: /^printui(\.dll)?,printuientry\b/i, flags: ['/ge', '/?'], effect: 'read', what: 'lists connections or shows help' },
    ],
    otherwise: 'opaque',
  },
  // regsvr32 (Windows Commands reference) loads the DLL and calls its DllRegisterServer (or DllUnregisterServer, or
  // DllInstall with `/i`): code of the DLL, which we cannot read.
  { names: ['regsvr32', 'regsvr32.exe'], valued: [], local: true, anyCase: true, rules: [{ flags: ['/?'], effect: 'read', what: 'shows help' }], otherwise: 'opaque' },
  {
    names: ['jf', 'jfrog'],
    valued: ['--url', '--user', '--password', '--access-token', '--server-id', '--spec', '--props', '--exclude-props', '--build', '--bundle', '--max-builds', '--max-days', '--exclude-builds', '--threads', '--retries', '--limit', '--offset', '--sort-by', '--sort-order', '--project', '--build-name', '--build-number', '--module', '--target-props', '--exclusions', '-X', '--request', '-H', '--header', '-d', '--data'],
    dryRun: ['--dry-run'],
    rules: [
      { sub: /^rt (delete|del)\b/, args: deletesNightlyBuildsOnly, effect: 'write', what: 'deletes nightly builds, build artefacts (the lead\'s answer 378.4)' },
      { sub: /^rt (delete|del|repo-delete|rdel|users-delete|udel|group-delete|gdel|permission-target-delete|ptdel|replication-delete|rpldel|build-discard|bdi)\b/, effect: 'destroy', what: 'deletes artifacts, builds (with their artifacts under `--delete-artifacts`), repositories, users, groups or permission targets' },
      { sub: /^rt curl\b/, flagValue: { names: ['-X', '--request'], value: /^delete$/i }, effect: 'destroy', what: 'sends a DELETE to the Artifactory REST API' },
      { sub: /^rt (search|s|ping|p|build-scan|bs)\b/, effect: 'read', what: 'searches or checks the server' },
      { sub: /^rt (upload|u|build-publish|bp|build-promote|bpr)\b/, effect: 'deploy', what: 'uploads artifacts or publishes or promotes a build' },
      { sub: /^rt (download|dl|move|mv|copy|cp|set-props|sp|delete-props|delp|build-clean|bc|build-add-dependencies|bad|build-collect-env|bce|build-add-git|bag|build-append|ba)\b/, effect: 'write', what: 'copies, moves, downloads or labels artifacts, or collects build info locally' },
    ],
    otherwise: 'fallback',
  },
  // Container registries' own clients (each tool's command reference: skopeo(1), go-containerregistry's `crane` and
  // `gcrane`, ORAS, regclient's `regctl`): deleting a manifest, tag or blob loses the image for everything that pulls it;
  // copying, tagging, pushing and signing add; listing and inspecting read.
  {
    names: ['skopeo'],
    valued: ['--authfile', '--creds', '--src-creds', '--dest-creds', '--cert-dir', '--src-cert-dir', '--dest-cert-dir', '--format', '-f', '--registries-conf', '--override-arch', '--override-os', '--override-variant', '--tmpdir', '--command-timeout', '--retry-times', '--src', '-s', '--dest', '-d', '--sign-by', '--src-registry-token', '--dest-registry-token', '--policy', '--registries.d', '--dest-compress-format', '--additional-tag', '--digestfile', '--sign-passphrase-file', '--encryption-key', '--decryption-key', '--multi-arch'],
    dryRun: ['--dry-run'],
    rules: [
      { sub: /^(tag )?(delete|rm)\b/, args: deletesScratchTagsOnly, effect: 'write', what: 'deletes a pull request\'s or CI run\'s own image tag (the lead\'s answer 84: per-run scratch)' },
      { sub: /^delete\b/, effect: 'destroy', what: 'deletes the image\'s manifest from the registry' },
      { sub: /^(inspect|list-tags|manifest-digest|standalone-verify|help)\b/, effect: 'read', what: 'inspects images' },
      { sub: /^copy\b/, args: (a) => namesMovingTag(lastOperand(a)), effect: 'deploy', what: 'points a moving tag (`latest`, `stable` …) at another image: a deploy (answer 366.3)' },
      { sub: /^(copy|sync|login|logout|standalone-sign|generate-sigstore-key)\b/, effect: 'write', what: 'copies or signs images, or logs in' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['crane', 'gcrane'],
    valued: ['--platform', '-o', '--output', '--format', '--tag', '-t', '--append', '--annotation', '-a', '--label', '-l', '--entrypoint', '--cmd', '--env', '-e', '--user', '--workdir', '--base', '--new_base', '--old_base', '--layer', '--jobs', '-j', '--manifest', '-m', '--insecure-registry'],
    rules: [
      { sub: /^(tag )?(delete|rm)\b/, args: deletesScratchTagsOnly, effect: 'write', what: 'deletes a pull request\'s or CI run\'s own image tag (the lead\'s answer 84: per-run scratch)' },
      { sub: /^delete\b/, effect: 'destroy', what: 'deletes an image (manifest or tag) from the registry' },
      { sub: /^(catalog|config|digest|ls|manifest|blob|validate|version|gc|auth (get|token))\b/, effect: 'read', what: 'lists or reads images' },
      { sub: /^tag\b/, args: (a) => namesMovingTag(lastOperand(a), true), effect: 'deploy', what: 'points a moving tag (`latest`, `stable` …) at another image: a deploy (answer 366.3)' },
      { sub: /^(copy|cp)\b/, args: (a) => namesMovingTag(lastOperand(a)), effect: 'deploy', what: 'points a moving tag (`latest`, `stable` …) at another image: a deploy (answer 366.3)' },
      { sub: /^(append|copy|cp|flatten|mutate|push|pull|export|rebase|tag|index|auth (login|logout))\b/, effect: 'write', what: 'copies, tags, pushes or builds images' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['oras'],
    valued: ['-u', '--username', '-p', '--password', '--registry-config', '--artifact-type', '-a', '--annotation', '--annotation-file', '--config', '--platform', '-o', '--output', '--format', '--media-type', '--concurrency', '--distribution-spec', '--depth', '--last', '--descriptor', '--resolve', '--from-oci-layout', '--to-oci-layout', '--export-manifest', '--include-subject'],
    rules: [
      { sub: /^(manifest|blob) (delete|rm)\b/, effect: 'destroy', what: 'deletes a manifest or blob from the registry' },
      { sub: /^(discover|resolve|version|repo (ls|list|tags)|repository (ls|list|tags)|manifest (fetch|fetch-config)|blob fetch)\b/, effect: 'read', what: 'lists or reads artifacts' },
      { sub: /^tag\b/, args: (a) => a.slice(a.indexOf('tag') + 2).some((t) => namesMovingTag(t, true)), effect: 'deploy', what: 'points a moving tag (`latest`, `stable` …) at another artifact: a deploy (answer 366.3)' },
      { sub: /^(copy|cp)\b/, args: (a) => namesMovingTag(lastOperand(a)), effect: 'deploy', what: 'points a moving tag (`latest`, `stable` …) at another artifact: a deploy (answer 366.3)' },
      { sub: /^(push|pull|attach|copy|cp|tag|login|logout|manifest push|blob push|backup|restore)\b/, effect: 'write', what: 'pushes, pulls, copies or tags artifacts' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['regctl'],
    valued: ['--format', '--platform', '--user', '--pass', '--host', '--verbosity', '-v', '--logopt', '--limit', '--last', '--include', '--exclude', '--annotation', '--artifact-type', '--config', '--file', '--subject', '--filter-artifact-type', '--time', '--label', '--ref', '--media-type', '-m'],
    rules: [
      { sub: /^(tag )?(delete|rm)\b/, args: deletesScratchTagsOnly, effect: 'write', what: 'deletes a pull request\'s or CI run\'s own image tag (the lead\'s answer 84: per-run scratch)' },
      { sub: /^(tag|manifest|blob|image|artifact) (delete|rm)\b/, effect: 'destroy', what: 'deletes a tag, manifest, blob, image or artifact from the registry' },
      { sub: /^((tag|repo) (ls|list)|manifest (get|head|diff)|blob (get|head|diff-config|diff-layer)|image (digest|inspect|manifest|config|ratelimit|get-file|check-base)|artifact (get|list|ls|tree)|version|registry (config|whoami))\b/, effect: 'read', what: 'lists or reads images' },
      { sub: /^image (copy|cp)\b/, args: (a) => namesMovingTag(lastOperand(a)), effect: 'deploy', what: 'points a moving tag (`latest`, `stable` …) at another image: a deploy (answer 366.3)' },
      { sub: /^(image (copy|cp|export|import|mod|create|append)|manifest put|blob (put|copy|cp)|artifact put|index|registry (set|login|logout)|tag (add|create))\b/, effect: 'write', what: 'copies, modifies or pushes images' },
    ],
    otherwise: 'fallback',
  },
  // The Buildkite agent's in-job commands (its command-line reference): they annotate the build, move artifacts and
  // meta-data, upload pipeline steps, read secrets and OIDC tokens, cancel the build or a step; `bootstrap` runs a job whose
  // command the environment holds, not the line.
  {
    names: ['buildkite-agent'],
    valued: ['--context', '--style', '--step', '--build', '--job', '--priority', '--log-level', '--endpoint', '--agent-access-token', '--experiment', '--profile', '--format', '--audience', '--lifetime', '--claim', '--signing-key-path', '--jwks-file', '--jwks-key-id', '--redacted-vars', '--upload-concurrency', '--content-type', '--default', '--id', '--tags', '--config', '--token', '--name', '--queue'],
    rules: [
      { sub: /^(bootstrap|kubernetes-bootstrap)\b/, effect: 'opaque', what: 'runs a job whose command is in the environment, not the line' },
      { sub: /^(artifact (search|shasum)|meta-data (get|exists|keys)|env (dump|get)|secret get|oidc request-token|step get|git credentials-helper|acknowledgements|help|h)\b/, effect: 'read', what: 'reads artifacts, meta-data, secrets or the environment' },
      { sub: /^(start|annotate|annotation|artifact (upload|download)|build cancel|env (set|unset)|job|lock|meta-data set|pipeline upload|redactor|step (update|cancel)|tool)\b/, effect: 'write', what: 'annotates the build, moves artifacts or meta-data, uploads steps, or cancels the build or a step' },
    ],
    otherwise: 'fallback',
  },
  // Tekton's `tkn` (its command reference): deleting a Pipeline, Task or trigger object removes the definition (an
  // EventListener stops receiving events). Runs record finished work: pruning all but the newest (`--keep`,
  // `--keep-since`) deletes old finished runs, while deleting runs by name may stop one in flight and loses its record.
  {
    names: ['tkn'],
    valued: ['-n', '--namespace', '-c', '--context', '-k', '--kubeconfig', '-o', '--output', '-p', '--param', '-w', '--workspace', '-s', '--serviceaccount', '-l', '--label', '--keep', '--keep-since', '--limit', '--prefix-name', '--pod-template', '--timeout', '--task', '--pipeline', '--from', '--version', '--type', '--image'],
    where: ['-n', '--namespace', '-c', '--context'],
    kubeContext: true,
    rules: [
      { sub: /^(pipelineruns?|pr|taskruns?|tr) (delete|rm)\b/, flags: ['--keep', '--keep-since'], effect: 'write', what: 'prunes old runs, keeping the newest' },
      { sub: /^\S+ (delete|rm)\b/, effect: 'destroy', what: 'deletes Tekton objects (a Pipeline, Task, trigger or the record of runs)' },
      { sub: /^\S+ (list|ls|describe|desc|logs|export|search|info|get|check-upgrade)\b/, effect: 'read', what: 'lists or reads Tekton objects' },
      { sub: /^(version|help|completion)\b/, effect: 'read', what: 'help' },
      { sub: /^\S+ (start|cancel|create|install|upgrade|downgrade|reinstall|push|sign|verify)\b/, effect: 'write', what: 'starts or cancels runs, or creates or installs objects' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['nomad'],
    valued: ['-address', '-region', '-namespace', '-token', '-ca-cert', '-client-cert', '-client-key'],
    where: ['-address'],
    whereEnv: ['NOMAD_ADDR'],
    rules: [
      { sub: SCRATCH_RESOURCE_OPERANDS('(job )?stop'), flags: ['-purge'], unlessLive: true, effect: 'write', what: "stops and purges a job its own name marks as scratch, a test's or a CI run's (the lead's answer 72)" },
      { sub: /^(job )?stop\b/, flags: ['-purge'], effect: 'destroy', what: '`nomad job stop -purge` removes the job and its history' },
      { sub: /^(system gc|system reconcile)\b/, effect: 'write', what: 'garbage-collects finished objects' },
      // `node drain -enable` migrates every allocation off the node by its job's `migrate` block and makes it ineligible:
      // the lead's answer 337.1 (round 32) reads it as `kubectl drain` honouring disruption budgets (the round-14
      // decision), a write. `-force` removes the allocations at once, with no migration (kubectl's `--force`,
      // `--disable-eviction`): an outage. `-disable` ends a drain.
      { sub: /^node drain\b/, flags: ['-force', '--force', '-force=true', '--force=true'], effect: 'outage', what: 'drains the node by force: its allocations stop at once, with no migration' },
      { sub: /^node drain\b/, flags: ['-enable', '--enable'], effect: 'write', what: "drains the node: its allocations migrate by their jobs' migrate blocks (answer 337.1)" },
      { sub: /^node drain\b/, flags: ['-disable', '--disable'], effect: 'write', what: 'ends a drain: the node takes work again' },
    ],
    otherwise: 'fallback',
  },
  {
    // Redpanda's rpk (command reference): `topic delete` and `topic trim-prefix` delete records, `group delete` and
    // `group seek` drop or move committed offsets, `topic alter-config --set` with a short retention makes the broker
    // delete records (as kafka-configs), `acl create --allow-principal 'User:*'` allows everyone; `cluster
    // maintenance enable` drains a broker. Lists, describes and consumes read.
    names: ['rpk'],
    valued: ['-X', '--brokers', '--config', '--profile', '-p', '--partitions', '-o', '--offset', '-r', '--replicas', '--set', '-s', '--to', '--to-file', '--to-group', '--topics', '--allow-principal', '--deny-principal', '--operation', '--topic', '--group', '--format', '-f', '-n', '--num'],
    where: ['-X', '--brokers', '--profile'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: SCRATCH_RESOURCE_OPERANDS('(topic|group) delete'), unlessLive: true, effect: 'write', what: "deletes topics or groups their own names mark as scratch, a test's or a CI run's (answers 72 and 84)" },
      { sub: /^group seek \S+$/, args: (a) => rpkSeekMove(a) === 'back', effect: 'write', what: "moves a group's offsets back to the start or a past time (answer 363.1): its consumers read again, and nothing is skipped" },
      { sub: /^topic (delete|trim-prefix|trim)\b/, effect: 'destroy', what: 'deletes topics or the records before an offset' },
      { sub: /^group (delete|seek)\b/, effect: 'destroy', what: 'deletes a group\'s committed offsets or moves them: consumers skip or replay messages' },
      { sub: /^topic alter-config\b/, flagValue: { names: ['--set', '-s'], value: KAFKA_SHORT_RETENTION }, effect: 'destroy', what: 'shortens retention or turns compaction into deletion: the broker deletes records' },
      { sub: /^(security )?acl create\b/, flagValue: { names: ['--allow-principal'], value: /^(User|Group|RedpandaRole):\*$/i }, effect: 'safeguard', what: 'allows every principal: access opened to everyone' },
      { sub: /^cluster maintenance enable\b/, effect: 'outage', what: 'drains the broker: it leads no partitions' },
      // `container purge` "stops and removes an existing local container cluster's data" (rpk reference): the topics of the
      // local cluster go with it, as a volume removed with its containers does (answer 73); `container stop` keeps them.
      { sub: /^container purge\b/, effect: 'destroy', what: "removes the local container cluster with its data" },
      { sub: /^(topic (list|describe|consume|describe-storage)|group (list|describe)|(security )?acl list|cluster (health|info|metadata|config (get|status|export)|partitions list|maintenance status|license info)|version|profile (list|print|current)|debug)\b/, effect: 'read', what: 'lists, describes or consumes' },
      { sub: /^(topic (create|produce|add-partitions|alter-config)|group offset-delete|(security )?acl (delete|user)|security (user|role)|cluster (config (set|import)|maintenance disable)|profile|container|generate)\b/, effect: 'write', what: 'creates, produces or changes settings' },
    ],
    otherwise: 'fallback',
  },
  {
    // neo4j-admin (Operations Manual, "neo4j-admin"): `database load|restore` into a database that exists needs
    // `--overwrite-destination` (5.x) or `--force` (4.x `load`/`restore`), which replaces it with the dump or backup;
    // without it the command refuses. `dump`, `backup`, `info`, `check`, `report` read; `copy` and `migrate` write.
    names: ['neo4j-admin'],
    valued: ['--from-path', '--to-path', '--from', '--database', '--verbose', '--expand-commands', '--additional-config', '--temp-path', '--backup-dir', '--from-database', '--to-database', '--to-format', '--from-stdin'],
    rules: [
      { flags: ['-h', '--help', '--version', '-V'], effect: 'read', what: 'help' },
      { sub: /^((database )?(load|restore))\b/, flags: ['--overwrite-destination=false'], effect: 'write', what: 'loads only into a database that does not exist' },
      { sub: /^((database )?(load|restore))\b/, flags: ['--overwrite-destination', '--force'], effect: 'destroy', what: 'replaces the existing database with the dump or backup' },
      { sub: /^((database|dbms|server) )?(dump|backup|info|check|report|memory-recommendation|validate-config|get-config)\b/, effect: 'read', what: 'dumps, backs up or reports' },
      { sub: /^((database|dbms|server) )?(load|restore|copy|migrate|import|set-initial-password|set-default-admin)\b/, effect: 'write', what: 'loads into a new database, copies or migrates' },
    ],
    otherwise: 'opaque',
  },
  {
    // NATS CLI (`nats kv`, `nats object`, `nats stream`, `nats consumer`): `del`/`rm`/`purge` delete keys, objects, whole
    // buckets or streams and their messages.
    names: ['nats'],
    valued: ['-s', '--server', '--creds', '--context', '--user', '--password', '--nkey', '--tlscert', '--tlskey', '--tlsca', '--timeout', '--js-domain', '--js-api-prefix', '--max-age', '--max-msgs', '--max-bytes', '--max-msgs-per-subject', '--subjects', '--storage', '--retention', '--replicas', '--discard', '--max-msg-size', '--dupe-window', '--description', '--ttl', '--history'],
    rules: [
      { flags: ['-h', '--help', '--help-long'], effect: 'read', what: 'help' },
      // `stream edit` applies new limits to the messages the stream holds: a finite age, count or size drops those beyond
      // it (NATS "Streams": limits-based retention; `-1`, or 0 for the age, is unlimited). `kv edit --ttl|--history` the same.
      { sub: /^(stream|str|kv) (edit|update)\b/, flagValue: { names: ['--max-age', '--max-msgs', '--max-bytes', '--max-msgs-per-subject', '--ttl', '--history'], value: /^(?!-1$|0+[a-z]*$|unlimited$)/i }, effect: 'destroy', what: 'sets a limit on what the stream keeps: messages beyond it are deleted' },
      { sub: /^(kv|object|obj) (del|delete|rm|purge)\b/, effect: 'destroy', what: 'deletes a key or object (or its whole bucket) and its history' },
      { sub: /^(stream|str) (rm|delete|del|purge|rmm)\b/, effect: 'destroy', what: 'deletes a stream or purges its messages' },
      { sub: /^(consumer|con) (rm|delete|del)\b/, effect: 'destroy', what: 'deletes a consumer and its position' },
      // A sealed stream takes no more messages and cannot be unsealed (NATS "Streams", `sealed`).
      { sub: /^(stream|str) seal\b/, effect: 'outage', what: 'seals the stream for good: it accepts no more messages' },
      { sub: /^(kv|object|obj|stream|str|consumer|con) (ls|list|info|get|status|report|history|watch|view|find|subjects|state|keys)\b/, effect: 'read', what: 'reads buckets, streams or consumers' },
      // The rest of the natscli reference that reads: subscriptions, server and account reports, saved contexts, schemas
      // and services; and that writes without deleting: messages published or requested, a benchmark's own messages, new
      // streams, consumers and buckets, a stream's backup to a folder, the client's own saved contexts. `stream edit`
      // without a limit, `restore`, `kv compact` and `context rm` stay with the generic reading.
      { sub: /^((sub|subscribe)|rtt|latency|events|errors|(account|acct) (info|report|tls)|server (check|info|ls|list|ping|report|mapping|passwd|rtt)|context (ls|list|info|show|validate)|schema (info|search|ls|validate)|micro (ls|list|info|stats|ping))\b/, effect: 'read', what: 'reads messages, servers, accounts or saved settings' },
      { sub: /^((pub|publish|req|request|reply|bench)|context (add|create|edit|select|copy|cp|rm|delete)|(stream|str) (add|create|new|copy|cp|backup)|(consumer|con) (add|create|new|copy|cp|next|sub)|kv (add|create|new|put|update)|(object|obj) (add|put))\b/, effect: 'write', what: 'publishes, creates streams, consumers or buckets, backs a stream up, or saves a client context' },
    ],
    otherwise: 'fallback',
  },
  // Apache Pulsar's admin CLI (pulsar-admin reference, "Manage topics", "Manage namespaces"): deleting a topic, tenant,
  // namespace, schema or function loses it; `skip`, `skip-all`, `clear-backlog`, `expire-messages(-all-subscriptions)` and
  // `reset-cursor` move a subscription past messages it has not consumed (they are never delivered to it), `unsubscribe`
  // drops a subscription with its backlog, `truncate` deletes a topic's ledgers and `terminate` closes a topic for good.
  // Lists, stats, lookups and peeks read; creates, unloads, compactions, offloads and policy settings write.
  {
    names: ['pulsar-admin'],
    valued: ['--admin-url', '--url', '--auth-plugin', '--auth-params', '--tls-trust-cert-path', '-s', '--subscription', '-n', '--count', '-t', '--time', '-p', '--partitions', '-m', '--messageId', '--size', '--bundle', '-b', '--clusters', '-c', '--role', '--actions', '--admin-roles', '-r', '--allowed-clusters', '--ttl', '--initialPosition', '--messagePosition'],
    where: ['--admin-url', '--url'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(topics|persistent|non-persistent) (delete|delete-partitioned-topic|unsubscribe|skip|skip-all|clear-backlog|expire-messages|expire-messages-all-subscriptions|reset-cursor|truncate|terminate|delete-subscription)\b|^namespaces (delete|clear-backlog|unsubscribe|delete-bookie-affinity-group)\b|^(tenants|clusters|schemas|functions|sinks|sources|packages|resource-quotas) (delete|reset-namespace-bundle-quota)\b/, effect: 'destroy', what: 'deletes a topic, namespace, tenant, schema or function, or skips, expires or clears messages a subscription has not consumed' },
      { sub: /^\S+ (list\S*|get\S*|stats|stats-internal|partitioned-stats\S*|info-internal|lookup|partitioned-lookup|bundle-range|subscriptions|peek-messages|examine-message|policies|permissions|last-message-id|status|healthcheck|leader-broker|namespaces|topics|compaction-status|offload-status|analyze-backlog)\b/, effect: 'read', what: 'lists or reads topics, namespaces, tenants and brokers' },
      { sub: /^\S+ (create\S*|update\S*|unload|compact|offload|set-\S+|remove-\S+|grant-permission|revoke-permission|split-bundle|trigger|restart|upload|download)\b/, effect: 'write', what: 'creates, unloads, compacts or sets policies' },
    ],
    otherwise: 'fallback',
  },
  // The CNCF Distribution registry binary (its "Garbage collection" guide): `garbage-collect CONFIG` removes the blobs no
  // manifest references (a deleted image's layers: what the delete already let go); `--delete-untagged` (`-m`) also deletes
  // every manifest no tag names, which deployments may still pull by digest; `--dry-run` (`-d`) only prints.
  {
    names: ['registry'],
    valued: [],
    dryRun: ['-d', '--dry-run'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { sub: /^garbage-collect\b/, flags: ['-m', '--delete-untagged'], effect: 'destroy', what: 'deletes every untagged manifest with its blobs: images pulled by digest are gone' },
      { sub: /^garbage-collect\b/, effect: 'write', what: 'removes blobs no manifest references' },
      { sub: /^serve\b/, effect: 'write', what: 'serves the registry' },
    ],
    otherwise: 'fallback',
  },
  // grafana-cli (Grafana "Grafana CLI"): plugins installed, updated or removed from this server's plugin folder (installed
  // again by one command), and their listings. `admin` commands stay with the generic reading.
  {
    names: ['grafana-cli', 'grafana'],
    valued: ['--homepath', '--config', '--pluginsDir', '--repo', '--pluginUrl', '--configOverrides'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { sub: /^(cli )?plugins (ls|list-remote|list-versions)\b/, effect: 'read', what: 'lists plugins' },
      { sub: /^(cli )?plugins (install|update|update-all|remove|uninstall)\b/, effect: 'write', what: "installs, updates or removes a plugin in this server's plugin folder" },
      // `admin reset-admin-password` replaces the admin's password in use (round 35, o35: a credential in use switched off).
      { sub: /^(cli )?admin reset-admin-password\b/, effect: 'outage', what: "replaces the admin user's password: whatever signs in with the old one fails" },
    ],
    otherwise: 'fallback',
  },
  // VictoriaMetrics' tools (their references): vmctl imports series from another store into `--vm-addr`; vmbackup copies a
  // snapshot to `-dst`; vmrestore replaces what `-storageDataPath` holds with the backup ("removes files from
  // -storageDataPath which are missing in the backup"), so the data written since the backup is lost.
  { names: ['vmctl'], valued: ['--vm-addr', '--prom-snapshot', '--influx-addr', '--influx-database', '--remote-read-src-addr', '--vm-native-src-addr', '--vm-native-dst-addr', '-s'], where: ['--vm-addr', '--vm-native-dst-addr'], rules: [{ flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' }, { sub: /^(prometheus|influx|remote-read|opentsdb|vm-native|thanos|mimir|promql|verify-block)\b/, effect: 'write', what: 'imports series into VictoriaMetrics' }], otherwise: 'fallback' },
  { names: ['vmbackup'], valued: [], rules: [{ flags: ['-h', '--help', '-version'], effect: 'read', what: 'help' }, { effect: 'write', what: 'copies a snapshot to a backup' }], otherwise: 'write' },
  { names: ['vmrestore'], valued: [], rules: [{ flags: ['-h', '--help', '-version'], effect: 'read', what: 'help' }, { effect: 'destroy', what: 'replaces the data folder with the backup: what was written since is lost' }], otherwise: 'destroy' },
  {
    // CircleCI CLI: a context secret cannot be read back once removed.
    names: ['circleci'],
    valued: ['--token', '--host', '--org-id', '--integration', '--debug'],
    rules: [
      { sub: /^context (remove-secret|delete|rm)\b/, effect: 'destroy', what: 'deletes a context or one of its secrets (secret values cannot be read back)' },
      { sub: /^context (list|show|ls)\b/, effect: 'read', what: 'lists contexts' },
      { sub: /^context (store-secret|create)\b/, effect: 'write', what: 'creates a context or stores a secret' },
    ],
    otherwise: 'fallback',
  },
  {
    // Algolia CLI: `indices clear` removes every record of an index; `rules clear`/`synonyms clear` every rule or synonym.
    names: ['algolia'],
    valued: ['-p', '--profile', '--application-id', '--api-key', '--admin-api-key'],
    rules: [
      { sub: /^(indices|index) (clear|delete|rm)\b/, effect: 'destroy', what: 'deletes an index or every record in it' },
      { sub: /^(objects|rules|synonyms) (delete|clear|rm)\b/, effect: 'destroy', what: 'deletes records, rules or synonyms' },
      { sub: /^((indices|index|objects|rules|synonyms|settings|apikeys) (list|browse|get|ls)|search|describe|profile list)\b/, effect: 'read', what: 'reads indices or records' },
    ],
    otherwise: 'fallback',
  },
  {
    // Feature-flag CLIs (LaunchDarkly `ldcli`, Unleash, Split): archiving, killing or deleting a flag makes every
    // environment serve its fallback at once.
    names: ['ldcli'],
    valued: ['--project', '--environment', '--access-token', '--base-uri', '-o', '--output', '--data', '-d'],
    rules: [
      { sub: /^(flags|projects|environments|segments|members|teams|metrics) (archive|delete)\b/, effect: 'destroy', what: 'archives or deletes a flag, project, environment or segment: its evaluations stop' },
      { sub: /^\S+ (list|get)\b/, effect: 'read', what: 'reads flags' },
      // A flag switched on or off in an environment is a setting the same command sets back (as the REST API's PATCH,
      // blind12-api2): a write, not the reader of unknown programs' `disable` (round 37, at the merge).
      { sub: /^flags (toggle-on|toggle-off)\b/, effect: 'write', what: 'switches a flag on or off in an environment' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['unleash'],
    valued: ['--project', '--environment', '--token', '--url'],
    rules: [
      { sub: /^(features?|toggles?|projects?|environments?|segments?) (archive|delete|rm)\b/, effect: 'destroy', what: 'archives or deletes a feature toggle: every environment serves its fallback' },
      { sub: /^(features?|toggles?) (enable|disable|on|off|toggle)\b/, effect: 'write', what: 'switches a feature toggle on or off: the same command switches it back' },
    ],
    otherwise: 'fallback',
  },
  {
    // Split's CLI shares its name with coreutils split(1); only its own `splits kill|delete` form is matched, anything else
    // is judged as coreutils.
    names: ['split'],
    valued: ['--workspace', '--environment', '--api-key', '-l', '-b', '-n', '-C', '-a', '--additional-suffix', '-t'],
    rules: [
      { sub: /^(splits?|segments?|environments?) (kill|delete)\b/, effect: 'destroy', what: 'kills or deletes a split: every environment serves its default treatment' },
      { sub: /^(splits?|segments?|environments?|workspaces?|traffic-types?) (get|list)\b/, effect: 'read', what: 'reads splits or environments' },
    ],
    otherwise: 'fallback',
  },
  {
    // Kong decK: `sync` makes the gateway match the file, deleting every entity the file (or the selected tags) lacks;
    // `reset` deletes every entity. `diff` is the preview.
    names: ['deck'],
    valued: ['-s', '--state', '--select-tag', '--kong-addr', '--headers', '--workspace', '-w', '--ca-cert', '--tls-server-name', '-o', '--output-file', '--parallelism'],
    dryRun: ['--dry-run'],
    rules: [
      { sub: /^(gateway )?(sync|reset)\b/, effect: 'destroy', what: 'makes Kong match the file: entities it lacks are deleted (`reset` deletes all)' },
      { sub: /^(gateway )?(diff|dump|validate|ping|version|help|completion)\b/, effect: 'read', what: 'compares, exports or validates' },
      { sub: /^(gateway )?apply\b/, effect: 'write', what: 'creates or updates entities without deleting' },
      { sub: /^(file|convert)\b/, effect: 'write', what: 'transforms declarative files locally' },
    ],
    otherwise: 'fallback',
  },
  {
    // Stripe CLI (its reference, docs.stripe.com/cli): rolling an API key expires the old one (at once by default), so
    // every client using it fails. The resource commands mirror the API: a cancelled subscription "can't be reactivated",
    // a cancelled PaymentIntent or quote cannot be resumed, voiding an invoice or credit note "is permanent", and a
    // succeeded refund cannot be taken back (the same commercial operations the MCP and GraphQL names are judged by).
    // `-c` is `--confirm` on `stripe delete`/`post` and `--color` elsewhere: a flag either way. `--help` runs nothing.
    // The resource and HTTP commands make test-mode requests unless `--live` is given (flag reference: "Make a live
    // request (default: test)"); `--api-key` and `STRIPE_API_KEY` (which "take precedence over all other values") choose
    // the key, and so the mode: only a test key (`sk_test_`, `rk_test_`) keeps it test. Key rolls are judged below.
    names: ['stripe'],
    valued: ['--api-key', '--project-name', '-p', '--expiration', '-d', '--data', '--color', '--log-level', '-e', '--expand', '-i', '--idempotency', '--stripe-account', '-v', '--stripe-version'],
    testMode: { sub: /^(?!api_keys\b|config\b|login\b|logout\b)[a-z_]+ [a-z_]+|^(get|post|delete) /, live: ['--live', '--livemode'], keyOptions: ['--api-key'], keyEnv: ['STRIPE_API_KEY'], testKey: /^(sk|rk|pk)_test_/ },
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^api_keys roll\b/, effect: 'destroy', what: 'rolls an API key: the old key stops working' },
      { sub: /^(subscriptions|subscription_schedules|payment_intents|setup_intents|quotes) cancel\b/, effect: 'destroy', what: 'cancels it for good: a cancelled subscription, intent or quote cannot be resumed' },
      { sub: /^(invoices (void_invoice|void)|credit_notes void(_credit_note)?)\b/, effect: 'destroy', what: 'voids the invoice or credit note, which is permanent' },
      { sub: /^refunds create\b/, effect: 'destroy', what: 'refunds a payment: the money goes back to the customer and a succeeded refund cannot be cancelled' },
    ],
    otherwise: 'fallback',
  },
  {
    // Salesforce CLI `sf` and its predecessor `sfdx` (Salesforce CLI Command Reference). A record deleted by id goes to the
    // Recycle Bin for 15 days (not a Tooling API record, and not with `--hard-delete`, which bypasses it); a scratch org
    // is "a source-driven and disposable deployment" recreated from the project (Salesforce DX Developer Guide), unlike a
    // sandbox, whose refresh replaces its data and metadata with a new copy of production. A deploy with a
    // destructive-changes manifest (or `--purge-on-delete`) deletes the components it lists; `deploy validate` and
    // `--dry-run` only check. Anonymous Apex (`apex run`) is code: DML `delete`/`merge`, `Database.delete` and
    // `Database.emptyRecycleBin` destroy. The rest falls back to the generic verbs (`org delete sandbox`, `project delete
    // source`, `data delete bulk`). `--target-org`/`-o`/`-u` name the org, read for the environment.
    names: ['sf', 'sfdx'],
    valued: ['-o', '--target-org', '-u', '--targetusername', '-v', '--target-dev-hub', '--targetdevhubusername', '-s', '--sobject', '--sobjecttype', '-i', '--record-id', '--sobjectid', '-f', '--file', '--csvfile', '-q', '--query', '--values', '-w', '--wait', '-x', '--manifest', '-d', '--source-dir', '--sourcepath', '-m', '--metadata', '-n', '--name', '-a', '--alias', '--definition-file', '--duration-days', '-l', '--test-level', '-t', '--tests', '--api-version', '-r', '--result-format', '-p', '--plan', '--external-id', '--pre-destructive-changes', '--post-destructive-changes', '--predestructivechanges', '--postdestructivechanges', '--instance-url', '--client-id', '--jwt-key-file', '--username', '--where', '--use-most-recent', '--job-id'],
    dryRun: ['--dry-run', '--checkonly'],
    where: ['-o', '--target-org', '-u', '--targetusername', '-v', '--target-dev-hub', '--targetdevhubusername', '-a', '--alias'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^(data delete record|force:data:record:delete)\b/, flags: ['--use-tooling-api', '--usetoolingapi'], effect: 'destroy', what: 'deletes a Tooling API record, which no Recycle Bin keeps' },
      { sub: /^(data delete record|force:data:record:delete)\b/, effect: 'write', what: 'deletes one record by its id: Salesforce keeps it in the Recycle Bin for 15 days' },
      { sub: /^(data (delete|upsert) bulk|force:data:bulk:(delete|upsert))\b/, flags: ['--hard-delete'], effect: 'destroy', what: 'deletes the records for good, bypassing the Recycle Bin', devWrite: SF_TEST_DATA },
      // Round 41 (bl41erp): a bulk delete into the Recycle Bin is still a bulk deletion (decision 32), but in a dev or
      // sandbox org its records are test data (answer 40); an org its own name marks as scratch or test (answer 72).
      { sub: /^(data delete bulk|force:data:bulk:delete)\b/, effect: 'destroy', what: 'deletes the records the file lists (a bulk deletion: decision 32)', devWrite: SF_TEST_DATA },
      { sub: /^(org delete sandbox|package uninstall|force:package:uninstall)\b/, args: scratchOrg, unlessLive: true, effect: 'write', what: 'acts on an org its own name marks as scratch, test or CI (answer 72)' },
      { sub: /^(package uninstall|force:package:uninstall)\b/, effect: 'destroy', what: "uninstalls a package: its custom objects and their data are deleted", devWrite: SF_TEST_DATA },
      { sub: /^org delete scratch\b/, effect: 'write', what: 'deletes a scratch org: a disposable org recreated from the project' },
      // The CLI's own local state, not the org: source tracking files, installed plugins, config values and aliases.
      { sub: /^((project (reset|delete) tracking|force:source:tracking:(reset|clear))|plugins (uninstall|unlink|reset)|(config|alias) unset|force:config:set|force:alias:set)\b/, effect: 'write', what: "changes the CLI's local tracking, plugins, config or aliases" },
      // The lead's answer 430.4 (round 41): a sandbox's records are test data (40); a refresh replaces them from production.
      { sub: /^org refresh sandbox\b/, effect: 'write', what: "refreshes the sandbox: its test data and metadata are replaced with a new copy of production (answer 430.4)" },
      { sub: /^project deploy validate\b/, effect: 'read', what: 'validates a deployment without saving it' },
      { sub: /^(project deploy (start|resume|quick)|force:(source|mdapi):deploy|force:source:push)\b/, flags: ['--pre-destructive-changes', '--post-destructive-changes', '--predestructivechanges', '--postdestructivechanges', '--purge-on-delete', '--purgeondelete'], effect: 'destroy', what: 'deletes the metadata components its destructive-changes manifest lists', devWrite: SF_TEST_DATA },
      { sub: /^(project deploy|force:(source|mdapi):deploy|force:source:push)\b/, effect: 'deploy', what: 'deploys metadata' },
      { sub: /^(apex run|force:apex:execute)\b/, code: { deletes: /(^|[^\w.])(delete|merge)\s*[[\w(]|\bDatabase\s*\.\s*(delete|emptyRecycleBin|merge)\b/i, files: ['-f', '--file', '--apexcodefile'] }, effect: 'code', what: 'runs anonymous Apex' },
      // Round 41 (erp2; the lead's answer 430: the tier the line names is read): reads and writes by their verb family, so
      // the org they name (`--target-org prod`) is read for the environment as a deletion's is. Deletions stay above or
      // fall back to the generic verbs.
      { sub: /^(data (query|export|get|search|resume)|force:data:(soql:query|record:get|tree:export)|org (display|list|open)|force:org:(display|list|open)|project (retrieve|list|generate)|force:source:(retrieve|pull)|apex (tail|get|list)|force:apex:log|package (list|version list|installed list)|limits|sobject (describe|list))\b/, effect: 'read', what: 'reads records, metadata or the org' },
      { sub: /^(org (login|logout)|force:auth|auth:)/, effect: 'write', what: "logs the CLI in or out of an org: the CLI's local auth entries" },
      { sub: /^(data (create|update|upsert|import) (record|bulk|tree)|data import (tree|bulk)|force:data:(record:(create|update)|tree:import|bulk:upsert)|org create (sandbox|scratch)|force:org:create)\b/, effect: 'write', what: 'creates or updates records, or creates an org' },
      { sub: /^(org assign (permset|permsetlicense)|force:user:permset:assign)\b/, effect: 'permissions', what: 'assigns a permission set' },
      { sub: /^(package install|force:package:install)\b/, effect: 'deploy', what: 'installs a package' },
    ],
    otherwise: 'fallback',
  },
  {
    // HubSpot CLI `hs` (HubSpot developer docs, "CLI commands"): `upload --clean` deletes the destination folder in the
    // Design Manager before uploading; `hubdb clear` deletes every row of a table. Deletions named as such (`remove`,
    // `hubdb delete`, `secret delete`) fall back to the generic verbs.
    names: ['hs'],
    valued: ['--account', '--portal', '-a', '--mode', '-m', '--path', '-p', '--dest', '--src', '--build-id', '--build', '--config', '-c', '--profile', '--project'],
    where: ['--account', '--portal', '-a'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^upload\b/, flags: ['--clean'], effect: 'destroy', what: 'deletes the destination folder before uploading' },
      { sub: /^hubdb clear\b/, effect: 'destroy', what: 'deletes every row of the table' },
      // `accounts remove|clean` edit the CLI's local config file (hubspot.config.yml); the accounts stay.
      { sub: /^accounts? (remove|rm|clean)\b/, effect: 'write', what: "removes an account from the CLI's local config; the account stays" },
      { sub: /^(project )?(deploy|upload)\b/, effect: 'deploy', what: 'uploads or deploys the project' },
    ],
    otherwise: 'fallback',
  },
  {
    // Sanity CLI (sanity.io/docs/cli): `dataset import --replace` replaces the documents the file names, `--missing` only
    // adds those absent; a dataset made `public` is readable by anyone without a token.
    names: ['sanity'],
    valued: ['-d', '--dataset', '--project', '--project-id', '--token', '--api-version', '--tag'],
    where: ['-d', '--dataset'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^dataset import\b/, flags: ['--replace'], effect: 'destroy', what: 'replaces every document of the dataset that the file also holds' },
      { sub: /^dataset visibility set \S+ public\b/, effect: 'safeguard', what: 'makes the dataset readable by anyone, without a token' },
    ],
    otherwise: 'fallback',
  },
  {
    // CLI for Microsoft 365 `m365` (pnp.github.io/cli-microsoft365): `request` sends one Microsoft Graph or SharePoint
    // request with `--method` (GET by default); SharePoint list items, files, folders and pages removed with `--recycle`
    // go to the recycle bin, where they can be restored (without it they are deleted for good).
    names: ['m365'],
    valued: ['--url', '-u', '--method', '-m', '--webUrl', '--listTitle', '--listId', '--listUrl', '--id', '-i', '--name', '-n', '--userName', '--appId', '--teamId', '--teamName', '--title', '--properties', '-p', '--filter', '--query', '--output', '-o', '--body', '--resource', '--content-type'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^request\b/, flagValue: { names: ['--method', '-m'], value: /^delete$/i }, effect: 'destroy', what: 'sends a DELETE request' },
      { sub: /^request\b/, flagValue: { names: ['--method', '-m'], value: /^(post|put|patch)$/i }, effect: 'write', what: 'sends a request that changes the resource' },
      { sub: /^request\b/, effect: 'read', what: 'sends a GET request' },
      { sub: /^spo (listitem|file|folder|page) remove\b/, flags: ['--recycle'], effect: 'write', what: 'moves it to the recycle bin, where it can be restored' },
      { sub: /^cli (config (reset|set)|reconsent|doctor)\b/, effect: 'write', what: "changes the CLI's own configuration" },
    ],
    otherwise: 'fallback',
  },
  {
    // GAM (GAMADV-XTD3 / GAM7 wiki): `turnoff2sv` turns 2-Step Verification off for the user; `deprovision` revokes the
    // user's app-specific passwords, backup verification codes and OAuth tokens, and `signout` ends every web and device
    // session: credentials in use stop working. Deletions (`delete`, `wipe`, `purge`) fall back to the generic verbs.
    names: ['gam'],
    valued: [],
    rules: [
      // Round 40 (bl40comms), GAM7 wiki "Users - Gmail - Messages/Threads": `delete|trash|spam|modify messages|threads` only
      // lists what it would act on unless `doit` is given; `trash` moves to Trash, which the user restores from (a soft
      // delete); one message by its whole `rfc822msgid:` (and nothing else in the query) is narrowed (53). One alias deleted
      // removes an address and no mail. One account named test deleted singly by that name is disposable (72).
      { sub: /(^| )(delete|trash|spam|untrash|modify|archive) (messages|threads|message|thread)\b/, args: (a) => !a.some((x) => x === null || /^doit$/i.test(x)), effect: 'read', what: 'lists the messages it would act on (no `doit`)' },
      { sub: /(^| )(trash|untrash|spam|modify|archive) (messages|threads|message|thread)\b/, effect: 'write', what: 'moves messages to Trash, where the user restores them, or relabels them' },
      { sub: /(^| )delete (messages|message) query rfc822msgid:<[^\s<>*]+>( doit)?$/i, effect: 'write', what: 'deletes one message by its whole Message-ID (answer 53)' },
      { sub: /^delete (alias|aliases) [^\s*?,]+@[^\s*?,]+$/, effect: 'write', what: 'removes one alias address; no mail is lost' },
      { sub: /^delete user (test|scratch|sandbox|ephemeral)(?:[-_.]\d+)?@[^\s*?,]+$/i, unlessLive: true, effect: 'write', what: 'deletes one account that its name marks as a test one (answer 72)' },
      // Round 41 (cm41), GAM7 wiki "Users - Gmail - Forwarding": `forward on ADDRESS` and `add|create forwardingaddress
      // ADDRESS` send the user's (a group's, an OU's, every user's) mail to ADDRESS. Outside the named user's or group's own
      // organisation (not its domain or a subdomain), or for targets that name no address (`all users`, `ou`), it is mail
      // sent out, as Exchange's `-ForwardingSmtpAddress` (round 16). One forwarding address deleted sends nothing anywhere.
      { sub: /(^| )(forward on|(add|create) forwardingaddress(es)?) /, args: gamForwardsOutside, effect: 'admin', what: "forwards the mail to an address outside the user's organisation" },
      { sub: /(^| )(forward on|(add|create) forwardingaddress(es)?) /, effect: 'write', what: "forwards the mail within the user's own organisation" },
      { sub: /^(user|group) [^\s*?,]+@[^\s*?,]+ delete forwardingaddress(es)? [^\s*?,]+@[^\s*?,]+$/, effect: 'write', what: 'removes one forwarding address; no mail is lost' },
      { sub: /(^| )turnoff2sv\b/, effect: 'safeguard', what: "turns the user's 2-Step Verification off" },
      { sub: /(^| )(deprovision|signout)\b/, effect: 'destroy', what: "revokes the user's app passwords, backup codes and tokens, or ends every session" },
    ],
    otherwise: 'fallback',
  },
  // SaaS administration CLIs judged by their generic verbs (the cloud CLIs' rules), listed here for the options that take a
  // value, so that a value (`--target-environment-id release-2`, `-n "Remove me"`) is not read as an operation word:
  // Contentful, Atlassian's `acli`, Shopify, the Slack CLI, PagerDuty's `pd` and Zendesk's `zcli`.
  { names: ['contentful'], valued: ['-s', '--space-id', '-e', '--environment-id', '--alias-id', '--target-environment-id', '-n', '--name', '--source', '--content-file', '--export-dir', '--management-token', '--mt', '--host', '--proxy', '--config', '--content-type', '--query-entries', '--query-assets', '--migration-file'], rules: [], otherwise: 'fallback' },
  { names: ['acli'], valued: ['-k', '--key', '--jql', '-p', '--project', '-t', '--type', '-s', '--summary', '--status', '-a', '--assignee', '-l', '--limit', '-f', '--fields', '--site', '--email', '--description', '--from-json', '--filter', '--label', '--parent'], rules: [...NUTANIX_ACLI_RULES], otherwise: 'fallback' },
  { names: ['shopify'], valued: ['-s', '--store', '-t', '--theme', '--path', '-e', '--environment', '-o', '--only', '-x', '--ignore', '--password', '--name', '--template', '--flavor', '--client-id', '-c', '--config', '--version', '--message', '--role', '--port', '--host'], rules: [], otherwise: 'fallback' },
  { names: ['slack'], valued: ['-a', '--app', '-t', '--team', '--trigger-id', '--workflow', '--datastore', '--token', '--trigger-def', '--title', '--description'], rules: [], otherwise: 'fallback' },
  { names: ['pd'], valued: ['-n', '--name', '-i', '--ids', '-s', '--statuses', '-u', '--user', '-e', '--email', '-k', '--keys', '-t', '--title', '-S', '--service', '-d', '--details', '-p', '--profile'], rules: [], otherwise: 'fallback' },
  { names: ['zcli'], valued: ['-p', '--path', '--subdomain', '--profile'], rules: [], otherwise: 'fallback' },
  {
    // Keycloak's admin CLI (keycloak.org, "Admin CLI"): `kcadm.sh VERB ENDPOINT` sends one Admin REST request, `get` a GET,
    // `create` a POST, `update` a PUT, `delete` a DELETE (a realm, a user, a client: with everything under it);
    // `set-password`, `add-roles`/`remove-roles` and `config credentials` change one thing in place.
    names: ['kcadm.sh', 'kcadm'],
    valued: ['-r', '--target-realm', '--config', '-s', '--set', '-f', '--file', '-q', '--query', '--fields', '--server', '--realm', '--user', '--password', '--client', '--secret', '--keystore', '--storepass', '--keypass', '--alias', '--truststore', '--trustpass', '--format', '-o', '--offset', '-l', '--limit', '-b', '--body', '-h', '--header'],
    where: ['-r', '--target-realm', '--server'],
    rules: [
      { flags: ['--help'], effect: 'read', what: 'help' },
      { sub: /^(help|get|get-roles|config\s+truststore)\b/, effect: 'read', what: 'reads from the Admin REST API' },
      { sub: /^delete\b/, effect: 'destroy', what: 'deletes the realm, user or client the endpoint names, with what it holds' },
      // Round 37 (idm37): a user or the realm switched off (`-s enabled=false`), brute-force protection, TLS or the event
      // log off, any redirect allowed; a client secret made anew and sessions cut; an admin role given to a whole group.
      { sub: /^update\b/, args: (a) => optionValuesIn(a, ['-s', '--set']).some((v) => v === null || /^enabled=false$/i.test(v)), effect: 'outage', what: 'switches the user or the realm off' },
      { sub: /^update\b/, args: (a) => optionValuesIn(a, ['-s', '--set']).some((v) => v !== null && /^(bruteForceProtected=false|sslRequired=none|(admin)?eventsEnabled=false|(redirectUris|webOrigins)=\[\s*"\*"\s*\])$/i.test(v)), effect: 'safeguard', what: 'switches brute-force protection, required TLS or the event log off, or allows any redirect' },
      { sub: /^create \S*(client-secret|logout-all|\/logout)$/, effect: 'outage', what: 'makes a new client secret (the one in use stops working) or cuts sessions' },
      { sub: /^add-roles\b/, flags: ['--gname'], args: (a) => optionValuesIn(a, ['--rolename']).some((v) => v === null || /^(realm-admin|manage-realm|manage-users|admin)$/.test(v)), effect: 'admin', what: 'gives a whole group an administrator role' },
      { sub: /^(add-roles|remove-roles)\b/, effect: 'permissions', what: 'changes the roles of a user, group or client' },
      { sub: /^(create|update|set-password|config)\b/, effect: 'write', what: 'creates or updates through the Admin REST API' },
    ],
    otherwise: 'opaque',
  },
  {
    // Auth0 Deploy CLI `a0deploy` (auth0.com/docs, "Deploy CLI Tool", configuration): `import` deletes every tenant object
    // the input lacks when `AUTH0_ALLOW_DELETE` is true (default false), set in the environment or in the config file:
    // with a config file the action does not show, whether it deletes is not in the input.
    names: ['a0deploy'],
    valued: ['-c', '--config_file', '-i', '--input_file', '-o', '--output_folder', '-f', '--format', '-b', '--base_path', '-p', '--proxy_url', '-x', '--secret', '--env'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^(import|deploy)\b/, envValue: { names: ['AUTH0_ALLOW_DELETE'], value: /^(true|1|yes)$/i }, effect: 'destroy', what: 'deletes every tenant object the input lacks (AUTH0_ALLOW_DELETE)' },
      { sub: /^(import|deploy)\b/, envValue: { names: ['AUTH0_ALLOW_DELETE'], value: /^(false|0|no)$/i }, effect: 'write', what: 'creates and updates tenant objects; deletes none' },
      { sub: /^(import|deploy)\b/, flags: ['-c', '--config_file'], effect: 'opaque', what: 'the config file it reads says whether tenant objects missing from the input are deleted (AUTH0_ALLOW_DELETE)' },
      { sub: /^(import|deploy)\b/, effect: 'write', what: 'creates and updates tenant objects; deletes none (AUTH0_ALLOW_DELETE defaults to false)' },
      { sub: /^(export|dump)\b/, effect: 'read', what: 'exports the tenant' },
    ],
    otherwise: 'fallback',
  },
  {
    // GitLab Omnibus: `gitlab-rails runner` runs Ruby we cannot see; `gitlab-rake gitlab:backup:restore` replaces the
    // current data with a backup; `gitlab:setup` recreates the database; `gitlab-ctl cleanse` deletes all GitLab data.
    names: ['gitlab-rails'],
    valued: ['-e', '--environment'],
    rules: [
      { sub: /^(runner|r|console|c|dbconsole|db)\b/, effect: 'opaque', what: 'runs Ruby or SQL in the application' },
      { flags: ['--version', '-v', '--help', '-h'], effect: 'read', what: 'version or help' },
      { sub: /^(about|routes|stats|notes)\b/, effect: 'read', what: 'reports' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['gitlab-rake'],
    valued: ['-f', '-I', '-r'],
    rules: [
      // The clean-up tasks for orphans (GitLab "Clean up" Rake tasks): files and references no record points to (job
      // artefacts, LFS objects, uploads; project uploads are moved to lost-and-found) and expired session lookup keys; each
      // is a dry run unless `DRY_RUN=false`. Garbage by design, as Harbor's garbage collection is (answer 69).
      { sub: /^gitlab:cleanup:(orphan_job_artifact_files|orphan_job_artifact_final_objects|orphan_lfs_files|orphan_lfs_file_references|project_uploads|remote_upload_files|sessions:active_sessions_lookup_keys)( \S+=\S*)*$/, effect: 'write', what: 'removes files or keys nothing in the database refers to' },
      { sub: /^(gitlab:backup:restore|gitlab:setup|gitlab:db:drop_tables|db:drop|db:reset|db:schema:load|gitlab:cleanup:\S+|gitlab:import_export:\S*import)\b/, effect: 'destroy', what: 'replaces or deletes application data' },
      { sub: /^(gitlab:(env|gitlab_shell|sidekiq|app|check|doctor|lfs:check|artifacts:check|uploads:check)\S*|gitlab:backup:create|-T|--tasks|-P)\b/, effect: 'read', what: 'checks or backs up' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['gitlab-backup'],
    valued: [],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^restore\b/, effect: 'destroy', what: 'replaces the current data with a backup' },
      { sub: /^create\b/, effect: 'write', what: 'creates a backup' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['gitlab-ctl'],
    valued: [],
    // gitlab-ctl (Omnibus reference): `stop`, `kill` and `graceful-kill` stop GitLab's services (all, or the one named), and
    // `deploy-page up` puts the maintenance page in front of the instance (Availability); `restart`, `hup`, `start`,
    // `reconfigure` and `deploy-page down` bring them back or apply the configuration.
    rules: [
      { sub: /^(cleanse|remove-accounts|uninstall)\b/, effect: 'destroy', what: 'deletes GitLab data, accounts or the installation' },
      { sub: /^((stop|kill|graceful-kill)( [\w-]+)?|deploy-page up)$/, effect: 'outage', what: 'stops GitLab\'s services, or puts up the maintenance page' },
      { sub: /^(status|tail|show-config|service-list|diff-config|check-config|deploy-page status|get-redis-master|patroni (members|check-leader|check-replica))\b/, effect: 'read', what: 'reports' },
      { sub: /^(restart|hup|int|start|reconfigure|deploy-page down|once|upgrade|set-grafana-password|registry-garbage-collect|pg-upgrade|revert-pg-upgrade|renew-le-certs)\b/, effect: 'write', what: 'starts, restarts or reconfigures services' },
    ],
    otherwise: 'fallback',
  },
  {
    // Celery's command line (Celery reference, "Command Line Interface"): `purge` deletes every task message waiting in
    // the queues; `control shutdown` and `multi stop|stopwait|kill` stop workers (Availability); a pool restarted, grown or
    // autoscaled, a consumer added, limits set, workers and beat started are writes; `inspect`, `status`, `report`,
    // `result`, `events` and `graph` read. `shell` is Python we cannot see.
    names: ['celery'],
    valued: ['-A', '--app', '-b', '--broker', '--result-backend', '--loader', '--config', '--workdir', '-d', '--destination', '-t', '--timeout', '-Q', '--queues', '-X', '--exclude-queues', '-l', '--loglevel', '-c', '--concurrency', '-n', '--hostname', '-P', '--pool', '--pidfile', '--logfile', '-s', '--schedule', '-S', '--scheduler', '-f', '--file'],
    where: ['-b', '--broker'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^purge\b/, effect: 'destroy', what: 'deletes every task message waiting in the queues' },
      // `control cancel_consumer QUEUE` makes the workers stop consuming a queue: its tasks wait until a consumer is added.
      { sub: /^(control shutdown|control cancel_consumer|multi (stop|stopwait|kill))\b/, effect: 'outage', what: 'stops the workers, or their consuming of a queue' },
      // `control revoke ID…` revokes tasks named by id (narrowed; `--terminate` ends those tasks only).
      { sub: /^control revoke( [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})+$/i, effect: 'write', what: 'revokes the tasks named by id' },
      { sub: /^(inspect|status|report|result|events|graph|list)\b/, effect: 'read', what: 'reads workers, tasks or results' },
      { sub: /^shell\b/, effect: 'opaque', what: 'opens a Python shell' },
      { sub: /^(control (pool_restart|pool_grow|pool_shrink|autoscale|add_consumer|rate_limit|time_limit|enable_events|disable_events|heartbeat|ping)|worker|beat|flower|multi (start|restart|show|names|get|expand)|upgrade)\b/, effect: 'write', what: 'starts workers or changes their pools, consumers or limits' },
    ],
    otherwise: 'fallback',
  },
  {
    // Temporal CLI (command reference): `workflow terminate|cancel|delete` with `--query` act on every workflow the visibility
    // query matches (a batch job), and `workflow delete` removes a workflow's history; `operator namespace delete` deletes a
    // namespace with its workflows. `server start-dev` runs a local development server; starting, signalling, resetting
    // and updating workflows are writes; lists, describes, counts, results and stacks read.
    names: ['temporal'],
    valued: ['-n', '--namespace', '--address', '--env', '-w', '--workflow-id', '-r', '--run-id', '-q', '--query', '--reason', '--type', '-t', '--task-queue', '-i', '--input', '--input-file', '-o', '--output', '--limit', '--db-filename', '--ui-port', '-p', '--port', '--ip', '--event-id', '--retention', '--tls-cert-path', '--tls-key-path', '--tls-ca-path', '--api-key', '--codec-endpoint', '--workflow-type', '--name', '--rps', '--log-level', '--log-format', '--color', '--time-format', '--command-timeout'],
    where: ['-n', '--namespace', '--address', '--env'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { sub: /^workflow (terminate|cancel|delete)\b/, flags: ['-q', '--query'], effect: 'destroy', what: 'terminates, cancels or deletes every workflow the query matches' },
      { sub: /^(workflow delete|operator namespace delete)\b/, effect: 'destroy', what: 'deletes a workflow\'s history, or a namespace with every workflow in it' },
      { sub: /^(workflow (list|describe|show|count|query|stack|trace|result|metadata)|operator (namespace (describe|list)|cluster (health|describe|list|system)|search-attribute list)|schedule (list|describe)|task-queue (describe|list-partition|get-build-ids|versioning get-rules)|batch (list|describe)|env (get|list)|version)\b/, effect: 'read', what: 'lists, describes or reads workflows' },
      { sub: /^(server start-dev|workflow (start|execute|signal|signal-with-start|reset|update|fix-history-json|pause|unpause)|operator (namespace (create|update)|search-attribute create)|schedule (create|update|trigger|backfill|toggle)|env set)\b/, effect: 'write', what: 'runs, signals, resets or schedules workflows, or serves a development server' },
    ],
    otherwise: 'fallback',
  },
  {
    // zkServer.sh (ZooKeeper Administrator's Guide): `stop` stops the server (Availability); `start`, `start-foreground`,
    // `restart` and `upgrade` start it; `status`, `print-cmd` and `version` report.
    names: ['zkServer.sh', 'zkServer'],
    valued: ['--config'],
    rules: [
      { sub: /^stop\b/, effect: 'outage', what: 'stops the ZooKeeper server' },
      { sub: /^(status|print-cmd|version)\b/, effect: 'read', what: 'reports' },
      { sub: /^(start|start-foreground|restart|upgrade)\b/, effect: 'write', what: 'starts or restarts the server' },
    ],
    otherwise: 'fallback',
  },
  // varnishadm (varnish-cli(7)): `ban` invalidates cached objects, which the backend serves again (a cache purge);
  // `backend.set_health PATTERN sick` with a glob (`'*'`, `boot.*`) takes every backend it matches out of rotation and `stop`
  // stops the cache process (Availability); one named backend marked sick is one pool member out of rotation, a write (the
  // lead's answers 385.2, 393.6); `vcl.load`, `vcl.use`, `param.set` and `start` change or start it; the listings, `status`
  // and `ping` read.
  {
    names: ['varnishadm'],
    valued: ['-n', '-T', '-S', '-t'],
    rules: [
      { sub: /^backend\.set_health \S*[*?[]\S* sick\b/, effect: 'outage', what: 'marks every backend the pattern matches sick: they get no traffic' },
      { sub: /^stop\b/, effect: 'outage', what: 'stops the cache process: the site is not served' },
      { sub: /^(ban\.list|backend\.list|vcl\.list|vcl\.show|param\.show|status|ping|panic\.show|storage\.list|help|banner)\b/, effect: 'read', what: 'reads the cache state' },
      { sub: /^(ban|vcl\.(load|inline|use|discard|label|state)|param\.(set|reset)|backend\.set_health|start|panic\.clear)\b/, effect: 'write', what: 'invalidates cached objects or changes the configuration' },
    ],
    otherwise: 'fallback',
  },
  // The MinIO server binary: `minio server DIRS` starts serving those folders; the administration is `mc admin`'s.
  { names: ['minio'], valued: ['--address', '--console-address', '--config-dir', '--certs-dir'], rules: [{ flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' }, { sub: /^server\b/, effect: 'write', what: 'starts the object store on the folders it names' }], otherwise: 'fallback' },
  // The control scripts of Tomcat (`catalina.sh`, "RUNNING.txt") and ActiveMQ Classic (`activemq`, "ActiveMQ Command Line
  // Tools Reference"), as zkServer.sh's above: `stop` takes the server out of service; `status`, `version`, `configtest`
  // and ActiveMQ's listings read; `start` and `restart` come back by themselves; ActiveMQ's `purge` deletes the messages
  // of the queues it names.
  {
    names: ['catalina.sh', 'activemq'],
    valued: [],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^purge\b/, effect: 'destroy', what: 'deletes the messages of the queues it names' },
      { sub: /^stop\b/, effect: 'outage', what: 'stops the server' },
      { sub: /^(status|version|print-cmd|configtest|browse|query|list|bstat|dstat|help)\b/, effect: 'read', what: 'reports on the server' },
      { sub: /^(start|restart|start-foreground|run|console|jpda)\b/, effect: 'write', what: 'starts or restarts the server' },
    ],
    otherwise: 'fallback',
  },
  // Elasticsearch Curator's action-file runner (Curator reference, "Command Line Interface"): `curator [--config F]
  // [--dry-run] ACTION_FILE` runs the actions a file the input does not show lists; `--dry-run` only logs what they would do.
  {
    names: ['curator'],
    valued: ['--config'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--dry-run'], effect: 'read', what: 'logs what the action file would do and changes nothing' },
      // The lead's answer 337.3 (round 32): an action file kept in Curator's configuration folder (`/etc/curator/…`) is the
      // host's configured retention, answer 79's write, as `sanoid --cron` or `borgmatic prune`. One elsewhere (a file the
      // session may have just written, `/tmp/x.yml`) stays unknown.
      { args: curatorConfiguredActionFile, effect: 'write', what: "runs the host's configured action file from Curator's configuration folder: its retention (answers 79 and 337.3)" },
      { effect: 'opaque', what: 'runs the actions of a file the input does not show' },
    ],
    otherwise: 'opaque',
  },
  // Logstash (its "Running Logstash from the command line"): `--config.test_and_exit` (`-t`) checks the pipeline's
  // configuration and exits without running it.
  // fuser(1) lists the processes that use files, sockets or mounts; only `-k` (with `-i` asking first) sends them a signal.
  // The listing reads (the lead's answer 343.1, round 32: the probe of `fuser LOCK || rm LOCK`); a kill falls back.
  { names: ['fuser'], local: true, valued: ['-n', '--namespace'], rules: [{ args: (a) => !a.some((w) => w === null || /^(-[a-zA-Z]*[ki][a-zA-Z]*|--kill|--interactive|-[A-Z]+\d*|-\d+)$/.test(w)), effect: 'read', what: 'lists the processes that use the files, sockets or mounts' }], otherwise: 'fallback' },
  { names: ['logstash'], valued: ['-f', '--path.config', '-e', '--config.string', '--path.settings', '--path.data', '--path.logs', '-l', '-w', '--pipeline.workers', '--log.level'], rules: [{ flags: ['-t', '--config.test_and_exit', '-h', '--help', '-V', '--version'], effect: 'read', what: 'checks the configuration and exits' }], otherwise: 'fallback' },
  {
    // Elasticsearch Curator's one-action command line (curator_cli reference): each command acts on the indices or
    // snapshots `--filter_list` selects: `delete_indices` and `delete_snapshots` delete; `close` closes indices, which
    // nothing can search or write until they are opened (Availability); `open`, `forcemerge`, `allocation`, `replicas`,
    // `snapshot`, `rollover`, `alias` and `shrink` change or copy; `show_indices|show_snapshots` list. `--dry-run` only logs.
    names: ['curator_cli'],
    valued: ['--config', '--host', '--hosts', '--url_prefix', '--port', '--http_auth', '--api_key', '--timeout', '--loglevel', '--logfile', '--logformat', '--filter_list', '--repository', '--name', '--key', '--value', '--count', '--max_num_segments', '--delay', '--wait_interval', '--max_wait', '--cloud_id', '--certificate', '--client_cert', '--client_key', '--username', '--password'],
    where: ['--host', '--hosts', '--cloud_id'],
    dryRun: ['--dry-run'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      // The lead's answer 140 (round 24): log indices (a log prefix) older than 30 days or more, by an age filter: retention.
      { sub: /^delete_indices\b/, args: curatorFilterLists, effect: 'delete', what: 'deletes log indices older than 30 days or more: retention' },
      { sub: /^(delete_indices|delete_snapshots)\b/, effect: 'destroy', what: 'deletes the indices or snapshots the filter selects' },
      { sub: /^close\b/, effect: 'outage', what: 'closes the indices the filter selects: nothing can search or write them until they are opened' },
      { sub: /^(show_indices|show_snapshots)\b/, effect: 'read', what: 'lists indices or snapshots' },
      { sub: /^(open|forcemerge|allocation|replicas|snapshot|rollover|alias|shrink)\b/, effect: 'write', what: 'opens, merges, moves, snapshots or aliases indices' },
    ],
    otherwise: 'fallback',
  },
  {
    // nsupdate(1) reads update commands from a file or its input: `delete`/`update delete` remove records. What it reads
    // decides; input we cannot see is opaque.
    names: ['nsupdate'],
    valued: ['-k', '-y', '-p', '-t', '-u', '-r', '-g', '-o'],
    // Round 37 (idm37): a name's records deleted and the same name added again in the one update replace them (an update in place).
    // Round 42 (bl42pki): an ACME DNS-01 challenge record (`update delete _acme-challenge.NAME TXT`) removed once the CA has
    // validated it is the documented clean-up (RFC 8555 section 8.4; certbot's and acme.sh's DNS hooks do it): disposable.
    // Round 43 (nx43; the lead's answer 446.7): the server, zone and record names of the input say its tier.
    input: { names: /^\s*(?:server|zone|(?:update\s+)?(?:add|delete|del))\s+([^\s;]+)/gim, deletes: /^\s*(update\s+)?(delete|del)\b(?!\s+(\S+)[^\n]*\n(?:[^\n]*\n)*?\s*(update\s+)?add\s+\3\s)(?!\s+_acme-challenge\.\S+(\s+\d+)?(\s+IN)?\s+TXT\b)/im, what: 'deletes DNS records' },
    rules: [{ flags: ['-V', '-h', '--help'], effect: 'read', what: 'version or help' }],
    otherwise: 'write',
  },
  // ---- Network state on a host (round 8, b8net). Taking an interface, a route, an address or a tunnel away stops the
  // traffic through it: an outage, as `systemctl stop` of the service behind it would be. Listing, showing and adding
  // are reads and writes.
  {
    // ip(8) and its object pages (ip-link, ip-address, ip-route, ip-rule, ip-neighbour, ip-netns): objects and commands
    // may be abbreviated (`ip l s eth0 down`). Batch mode (`-b FILE`, `-batch -`) reads commands the action does not show.
    names: ['ip'],
    valued: ['-n', '-netns', '-f', '-family', '-b', '-batch', '-rc', '-rcvbuf', '-l', '-loops'],
    rules: [
      { flags: ['-V', '-Version'], effect: 'read', what: 'version' },
      { flagValue: { names: ['-b', '-batch'], value: /^(-|.{2,})$/ }, effect: 'opaque', what: 'reads its commands from a batch file or its input' },
      { sub: /^$/, effect: 'opaque', what: 'no command: reads its commands from its input' },
      { sub: /^(netns|vrf) exec\b/, effect: 'opaque', what: 'runs a command inside a network namespace' },
      // Round 37 (ot37): a virtual CAN interface (`vcan0`, vcan(4): a bus in this machine's kernel that only its own test
      // programs use) deleted is a test fixture thrown away; `ip link add dev vcan0 type vcan` makes it again.
      { sub: /^(l|li|lin|link) (d|de|del|delete)( dev)? vcan\d*$/, effect: 'write', what: 'deletes a virtual CAN interface of this machine (a test bus)' },
      { sub: /^(l|li|lin|link) (d|de|del|delete)\b/, effect: 'destroy', what: 'deletes the interface (a bridge, VLAN, tunnel or veth) with its configuration' },
      { sub: /^(l|li|lin|link) (s|se|set)\b.*\bdown\b/, effect: 'outage', what: 'sets the interface down: it carries no traffic until it is set up again' },
      { sub: /^(r|ro|rou|rout|route) (f|fl|flu|flus|flush) cache\b/, effect: 'write', what: 'flushes the route cache, which is rebuilt' },
      { sub: /^(r|ro|rou|rout|route|ru|rul|rule) (d|de|del|delete|f|fl|flu|flus|flush)\b/, effect: 'outage', what: 'deletes routes or routing rules: traffic to those networks (to every network, for the default route) stops' },
      { sub: /^(a|ad|add|addr|addre|addres|address) (d|de|del|delete|f|fl|flu|flus|flush)\b/, effect: 'outage', what: 'removes addresses from the interface: what is served on them becomes unreachable' },
      { sub: /^netns (d|de|del|delete)\b/, effect: 'destroy', what: 'deletes the network namespace and the interfaces in it' },
      { sub: /^(n|ne|nei|neig|neigh|neighbor|neighbour) (d|de|del|delete|f|fl|flu|flus|flush)\b/, effect: 'write', what: 'clears neighbour (ARP/NDP) entries, which are learnt again' },
      { sub: /^\S+$|^\S+ (s|sh|sho|show|l|li|lis|list|ls|lst|g|ge|get|mon|monitor|save)\b|^mon(itor)?\b/, effect: 'read', what: 'shows interfaces, addresses, routes or neighbours' },
    ],
    otherwise: 'write',
  },
  {
    // ifconfig(8), ifdown/ifup(8) (ifupdown: `-n`/`--no-act` only prints) and networkctl(1) (systemd-networkd).
    names: ['ifconfig'],
    valued: [],
    rules: [
      { sub: /^\S+\b.*\bdown\b/, effect: 'outage', what: 'takes the interface down' },
      { sub: /^\S*$/, effect: 'read', what: 'shows interfaces' },
    ],
    otherwise: 'write',
  },
  { names: ['ifdown'], valued: ['-i', '--interfaces', '-X', '--exclude', '-o'], dryRun: ['-n', '--no-act'], rules: [{ flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' }], otherwise: 'outage' },
  { names: ['ifup'], valued: ['-i', '--interfaces', '-X', '--exclude', '-o'], dryRun: ['-n', '--no-act'], rules: [{ flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' }], otherwise: 'write' },
  {
    names: ['networkctl'],
    valued: ['-n', '--lines'],
    rules: [
      { sub: /^delete\b/, effect: 'destroy', what: 'deletes a virtual interface' },
      { sub: /^down\b/, effect: 'outage', what: 'takes the interface down' },
      { sub: /^(list|status|lldp|label|cat|help)?\b/, effect: 'read', what: 'shows links' },
    ],
    otherwise: 'write',
  },
  {
    // tc(8), tc-netem(8): netem with `loss 100%` drops every packet that leaves the interface.
    names: ['tc'],
    valued: ['-n', '-netns', '-b', '-batch', '-c', '-color'],
    rules: [
      { flags: ['-V', '-Version'], effect: 'read', what: 'version' },
      { flagValue: { names: ['-b', '-batch'], value: /^(-|.{2,})$/ }, effect: 'opaque', what: 'reads its commands from a batch file or its input' },
      { sub: /^$/, effect: 'opaque', what: 'no command: reads its commands from its input' },
      { sub: /^\S+ (a|ad|add|r|re|rep|replace|c|ch|change)\b.*\bnetem\b.*\bloss( random)? 100(\.0+)?%/, effect: 'outage', what: 'netem drops every packet: the interface carries no traffic' },
      { sub: /^\S+$|^\S+ (s|sh|show|l|ls|list|mon|monitor)\b|^mon(itor)?\b/, effect: 'read', what: 'shows queueing disciplines, classes or filters' },
    ],
    otherwise: 'write',
  },
  {
    // wg(8): `set IFACE peer KEY remove` removes the peer (its tunnel and its access); show, showconf and the key
    // commands only print.
    names: ['wg'],
    valued: [],
    rules: [
      { sub: /^set\b.*\bremove\b/, effect: 'destroy', what: 'removes a peer: its tunnel and its access end' },
      { sub: /^($|show\b|showconf\b|genkey\b|genpsk\b|pubkey\b|help\b|--help\b|--version\b)/, effect: 'read', what: 'shows interfaces or makes keys' },
    ],
    otherwise: 'write',
  },
  {
    // wg-quick(8): `down` removes the interface and its routes; `strip` prints the configuration.
    names: ['wg-quick'],
    valued: [],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^down\b/, effect: 'outage', what: 'takes the WireGuard interface down: every tunnel through it stops' },
      { sub: /^strip\b/, effect: 'read', what: 'prints the configuration' },
    ],
    otherwise: 'write',
  },
  {
    // nmcli(1): objects and commands may be abbreviated (`nmcli c down`, `nmcli d disconnect`).
    names: ['nmcli'],
    valued: ['-f', '--fields', '-g', '--get-values', '-m', '--mode', '-c', '--colors', '-e', '--escape', '-w', '--wait'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'version or help' },
      { sub: /^(c|co|con|conn|conne|connec|connect|connecti|connectio|connection) (de|del|dele|delet|delete)\b/, effect: 'destroy', what: 'deletes the connection profile' },
      { sub: /^(c|co|con|conn|conne|connec|connect|connecti|connectio|connection) (do|dow|down)\b/, effect: 'outage', what: 'deactivates the connection: the interface leaves the network' },
      { sub: /^(d|de|dev|devi|devic|device) (wifi )?(di|dis|disc|disco|discon|disconn|disconne|disconnec|disconnect|down|de|del|dele|delet|delete)\b/, effect: 'outage', what: 'disconnects the device (a software device is deleted)' },
      { sub: /^(n|ne|net|netw|netwo|networ|network|networki|networkin|networking) off\b/, effect: 'outage', what: 'switches all networking off' },
      { sub: /^(r|ra|rad|radi|radio) (all|wifi|wwan) off\b/, effect: 'outage', what: 'switches the radio off' },
      { sub: /^\S+$|^\S+ (s|sh|sho|show|st|sta|stat|statu|status|l|li|lis|list|lldp|mon|monitor|connectivity|permissions)\b|^\S+ wifi list\b|^m(o|on|oni|onit|onito|onitor)?\b/, effect: 'read', what: 'shows connections, devices or state' },
    ],
    otherwise: 'write',
  },
  {
    // Tailscale CLI reference: `down` disconnects the machine (it stays logged in); `logout` disconnects and expires the
    // node key, so the machine must be authorised again; Funnel serves a local port to the whole internet, Serve only to
    // the tailnet.
    names: ['tailscale'],
    valued: ['--socket', '--authkey', '--auth-key', '--hostname', '--advertise-routes', '--exit-node', '--login-server', '--operator', '--advertise-tags', '--timeout', '--https', '--http', '--tcp', '--tls-terminated-tcp', '--set-path', '-c', '--c', '--verbose'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'version or help' },
      { sub: /^down\b/, effect: 'outage', what: 'disconnects the machine from the tailnet: what is reached through it goes dark' },
      { sub: /^logout\b/, effect: 'destroy', what: 'logs the machine out and expires its node key: it must be authorised again' },
      { sub: /^(funnel|serve) status\b/, effect: 'read', what: 'shows what is served' },
      { sub: /^funnel\b(.*\boff$| reset\b)/, effect: 'write', what: 'stops serving to the internet' },
      { sub: /^funnel\b/, effect: 'safeguard', what: 'publishes a local service to the whole internet (Funnel)' },
      { sub: /^(status|ping|ip|netcheck|whois|version|bugreport|licenses|metrics|exit-node list|dns status|lock status|drive list)\b/, effect: 'read', what: 'shows the tailnet, peers or this machine' },
    ],
    otherwise: 'write',
  },
  // ---- DNS servers (round 8, b8net).
  {
    // BIND 9 rndc(8): `stop`/`halt` stop named; `delzone` removes a zone (`-clean` also its file); `tsig-delete` removes a
    // key clients sign with; the flush commands drop cached answers, which are fetched again.
    names: ['rndc'],
    valued: ['-b', '-c', '-k', '-p', '-s', '-y'],
    where: ['-s'],
    rules: [
      { sub: /^(stop|halt)\b/, effect: 'outage', what: 'stops named: the nameserver answers no queries' },
      { sub: /^delzone\b/, effect: 'destroy', what: 'deletes a zone from the server' },
      { sub: /^tsig-delete\b/, effect: 'destroy', what: 'deletes a TSIG key clients sign with' },
      { sub: /^(status|zonestatus|showzone|secroots|recursing|tsig-list|help)\b/, effect: 'read', what: 'shows the server or a zone' },
    ],
    otherwise: 'write',
  },
  {
    // PowerDNS pdnsutil(1): zone, record-set and key deletions; `load-zone` replaces an existing zone's records with the
    // file's; `disable-dnssec` deactivates every key (the zone is served unsigned), `deactivate-zone-key` one of them.
    names: ['pdnsutil', 'pdnssec'],
    valued: ['--config-name', '--config-dir'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(delete-zone|clear-zone|delete-rrset|remove-zone-key|delete-tsig-key|load-zone|zone (delete|clear|load)|rrset delete|zone-key remove|tsig-key delete)\b/, effect: 'destroy', what: 'deletes a zone, records or a key, or replaces a zone\'s records' },
      { sub: /^(disable-dnssec|deactivate-zone-key|zone dnssec-disable|zone-key deactivate)\b/, effect: 'safeguard', what: 'stops DNSSEC signing: the zone is served unsigned' },
      { sub: /^(edit-zone|zone edit|backend-cmd)\b/, effect: 'opaque', what: 'edits a zone interactively or runs a backend command' },
      { sub: /^(list-\S+|show-zone|check-zone|check-all-zones|export-zone-\S+|get-meta|hash-zone-record|zone (list|show|check)|rrset list|help)\b/, effect: 'read', what: 'lists or checks zones and keys' },
    ],
    otherwise: 'write',
  },
  {
    // octoDNS: `octodns-sync` plans unless `--doit`; `--force` lifts the safety threshold on how many records an apply may
    // update or delete.
    names: ['octodns-sync'],
    valued: ['--config-file', '--source', '--logging-config'],
    where: ['--config-file'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { allFlags: ['--doit', '--force'], effect: 'safeguard', what: 'applies the plan with the update/delete safety threshold lifted' },
      { flags: ['--doit'], effect: 'deploy', what: 'applies the zone configuration' },
    ],
    otherwise: 'read',
  },
  { names: ['octodns-validate', 'octodns-report', 'octodns-compare', 'octodns-versions'], valued: ['--config-file', '--zone', '--source', '--a', '--b', '--lenient'], rules: [], otherwise: 'read' },
  { names: ['octodns-dump'], valued: ['--config-file', '--output-dir', '--output-provider'], rules: [], otherwise: 'write' },
  {
    // systemd resolvectl(1): flushing caches and resetting statistics lose nothing; per-link settings are writes.
    names: ['resolvectl', 'systemd-resolve'],
    valued: ['-i', '--interface', '-p', '--protocol', '-t', '--type', '-c', '--class'],
    rules: [
      { flags: ['--flush-caches', '--reset-statistics', '--reset-server-features'], effect: 'write', what: 'flushes caches or resets statistics' },
      { sub: /^(flush-caches|reset-statistics|reset-server-features|revert)\b/, effect: 'write', what: 'flushes caches, resets statistics or reverts a link\'s settings' },
      { sub: /^(dns|domain|default-route|llmnr|mdns|dnssec|dnsovertls|nta|log-level) \S+ \S/, effect: 'write', what: 'changes a link\'s DNS settings' },
    ],
    otherwise: 'read',
  },
  // ---- Certificates (round 8, b8net): deleting or revoking a certificate in use, or stopping its renewal, is
  // destructive; issuing, renewing and listing are not.
  {
    // Certbot user guide, "Certbot command-line options": `delete` removes a certificate's files and renewal
    // configuration, `revoke` revokes it at the CA, `unregister` deactivates the ACME account.
    names: ['certbot', 'certbot-auto', 'letsencrypt'],
    valued: ['-d', '--domains', '--domain', '--cert-name', '-m', '--email', '--cert-path', '--key-path', '--reason', '-w', '--webroot-path', '-c', '--config', '--deploy-hook', '--pre-hook', '--post-hook', '--renew-hook', '--server', '--config-dir', '--work-dir', '--logs-dir', '-a', '--authenticator', '-i', '--installer', '--preferred-challenges', '--rsa-key-size', '--key-type', '--elliptic-curve', '--manual-auth-hook', '--manual-cleanup-hook', '--preferred-chain', '--eab-kid', '--eab-hmac-key', '--csr', '--fullchain-path', '--chain-path', '--dns-cloudflare-credentials', '--dns-route53-propagation-seconds', '--max-log-backups'],
    dryRun: ['--dry-run'],
    // Round 42 (bl42pki): the names a certificate is for say its tier (`-d internal.dev.example.com`).
    where: ['-d', '--domains', '--domain', '--cert-name'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'version or help' },
      // Round 42 (bl42pki): a certificate revoked at the ACME staging CA (`--staging`, `--test-cert`, a `--server` of
      // acme-staging), which no browser or client trusts: a test certificate, nothing that serves is affected.
      { sub: /^revoke\b/, args: (a) => a.some((w) => w === '--staging' || w === '--test-cert' || /^(--server=)?https:\/\/acme-staging(-v02)?\.api\.letsencrypt\.org\//.test(w ?? '')) && !a.includes(null), effect: 'write', what: 'revokes a certificate of the ACME staging CA (a test certificate nobody trusts)' },
      { sub: /^(delete|revoke|unregister)\b/, effect: 'destroy', what: 'deletes a certificate and its renewal, revokes it, or deactivates the ACME account' },
      { sub: /^(certificates|show_account|plugins)\b/, effect: 'read', what: 'lists certificates, the account or plugins' },
    ],
    otherwise: 'write',
  },
  {
    // acme.sh (its wiki, "Options and Params"): the operation is a flag. `--revoke` revokes at the CA, `--deactivate`
    // gives up an authorisation; `--remove` (and uninstalling) stops the automatic renewal of a certificate in use.
    names: ['acme.sh'],
    valued: ['-d', '--domain', '--dns', '-w', '--webroot', '--server', '-k', '--keylength', '--cert-file', '--key-file', '--fullchain-file', '--ca-file', '--reloadcmd', '--home', '--config-home', '--cert-home', '-m', '--accountemail', '--days', '--challenge-alias', '--domain-alias', '--revoke-reason', '--log', '--log-level', '--syslog', '--set-default-ca', '--preferred-chain', '--eab-kid', '--eab-hmac-key'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version', '--list', '--info', '--showcsr'], effect: 'read', what: 'lists certificates or shows help' },
      { flags: ['--revoke', '--deactivate', '--deactivate-account'], effect: 'destroy', what: 'revokes a certificate or deactivates an authorisation or the account' },
      { flags: ['--remove', '--uninstall', '--uninstall-cronjob'], effect: 'safeguard', what: 'stops the automatic renewal of a certificate in use' },
    ],
    otherwise: 'write',
  },
  {
    // Easy-RSA 3 (its README, "EasyRSA-Readme"): `revoke` revokes an issued certificate (its holder is locked out once the
    // CRL is published); `init-pki` removes an existing PKI, and `--batch` answers its confirmation.
    names: ['easyrsa'],
    valued: ['--days', '--vars', '--pki-dir', '--pki', '--keysize', '--digest', '--req-cn', '--subject-alt-name', '--san', '--dn-mode', '--use-algo', '--curve', '--copy-ext'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^(revoke|revoke-issued|revoke-expired|revoke-renewed)\b/, effect: 'destroy', what: 'revokes a certificate in use' },
      { sub: /^init-pki\b/, flags: ['--batch'], effect: 'destroy', what: 'removes the existing PKI (the CA and every issued key) without asking' },
      { sub: /^(show-\S+|verify|verify-cert|display-\S+|help|version)\b/, effect: 'read', what: 'shows or verifies certificates' },
    ],
    otherwise: 'write',
  },
  {
    // cert-manager's cmctl: `renew` asks for a new certificate; `status`, `inspect` and `check api` read; `x uninstall`
    // removes cert-manager.
    names: ['cmctl', 'kubectl-cert_manager'],
    valued: ['-n', '--namespace', '--context', '--kubeconfig', '-o', '--output', '-l', '--selector', '--wait', '--interval'],
    where: ['--context', '-n', '--namespace'],
    kubeContext: true,
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(x|experimental) uninstall\b/, effect: 'destroy', what: 'uninstalls cert-manager' },
      { sub: /^(status|inspect|check|version|completion|convert)\b/, effect: 'read', what: 'shows certificates or checks the API' },
      { sub: /^(renew|approve|deny|create|upgrade|(x|experimental) install)\b/, effect: 'write', what: 'renews, approves or creates' },
    ],
    otherwise: 'fallback',
  },
  // ---- Edge servers and CDNs (round 8, b8net).
  {
    // Caddy CLI reference: `stop` stops the server; `reload` and `run`/`start` bring it up with a configuration;
    // `validate`, `adapt` and `fmt` (without `--overwrite`) read.
    names: ['caddy'],
    valued: ['-c', '--config', '-a', '--adapter', '--address', '--envfile', '--pidfile', '--from', '--to', '--listen', '-l', '--root', '-r', '--body', '-b', '--header', '-H', '--status', '-s', '--algorithm', '--plaintext', '--salt'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^stop\b/, effect: 'outage', what: 'stops the Caddy server' },
      { sub: /^fmt\b/, flags: ['--overwrite', '-w'], effect: 'write', what: 'reformats the Caddyfile in place' },
      { sub: /^(validate|adapt|fmt|version|build-info|list-modules|environ|help|hash-password|storage export)\b/, effect: 'read', what: 'checks, adapts or prints' },
    ],
    otherwise: 'write',
  },
  {
    // Akamai CLI: purging (`invalidate` or `delete`) drops cached copies, which the edge fetches again; deactivating a
    // property takes it off the network.
    names: ['akamai'],
    valued: ['--section', '--edgerc', '--account-key', '-c', '--cpcode', '--network', '-n', '--property', '-p', '--tag'],
    rules: [
      { sub: /^(purge|fast-purge|fastpurge) (invalidate|delete|list)\b/, effect: 'write', what: 'purges cached content; the edge fetches it again from the origin' },
      { sub: /^(property-manager|pm|property)\b.*\bdeactivate\b/, effect: 'outage', what: 'deactivates the property: the edge stops serving it' },
    ],
    otherwise: 'fallback',
  },
  {
    // Configuration checkers and admin CLIs of gateways and monitoring: `haproxy -c`, `kong check`, `promtool check`
    // only read the file they name; their destructive forms are listed first.
    names: ['haproxy'],
    valued: ['-f', '-p', '-L', '-N', '-m', '-C'],
    rules: [
      { flags: ['-c', '-v', '-vv', '-V'], effect: 'read', what: 'checks the configuration or prints the version' },
      // haproxy(1) management guide: -sf lets the old process finish its connections (a graceful reload); -st terminates
      // them at once, so every open connection is cut.
      { flags: ['-st'], effect: 'outage', what: 'starts a new process and terminates the old one with every open connection' },
      { flags: ['-sf'], effect: 'write', what: 'starts a new process and lets the old one finish its connections (a reload)' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['kong'],
    valued: ['-c', '--conf', '-p', '--prefix', '--db-timeout', '--lock-timeout'],
    rules: [
      { sub: /^migrations reset\b/, effect: 'destroy', what: 'resets the database: every entity is deleted' },
      { sub: /^(check|config parse|config db_export|version|health|help|hybrid gen_cert)\b/, effect: 'read', what: 'checks or exports configuration' },
      { sub: /^(stop|quit)\b/, effect: 'outage', what: 'stops the gateway' },
      { sub: /^(start|restart|reload|prepare|migrations (bootstrap|up|finish)|config db_import|config init)\b/, effect: 'write', what: 'changes service state or imports configuration' },
    ],
    otherwise: 'fallback',
  },
  // Service managers and servers' own control commands (their manuals: systemctl(1), service(8), launchctl(1),
  // supervisorctl, pm2, nginx(8) -s, apachectl(8)): stopping, killing or disabling --now a service is an outage;
  // restarting or reloading it is a write. Anything else falls back to the generic verbs.
  {
    names: ['systemctl'],
    valued: ['-H', '--host', '-M', '--machine', '-p', '--property', '-t', '--type', '-s', '--signal', '--state', '-n', '--lines', '-o', '--output', '--root', '--kill-whom', '--kill-value', '--job-mode', '--what', '--timestamp', '--boot-loader-entry', '--boot-loader-menu', '--reboot-argument', '--message', '-P'],
    rules: [
      { sub: /^kill\b/, flagValue: { names: ['-s', '--signal'], value: /^(SIG)?(HUP|USR1|USR2|WINCH|CONT|0|1|10|12)$/i }, effect: 'write', what: 'sends a reload or log-reopen signal (the service keeps running)' },
      // Isolating the graphical or default target keeps every service the machine runs; other targets stop what they
      // do not want (rescue and emergency stop nearly everything). `switch-root` ends the running system's services.
      { sub: /^isolate (graphical|default)(\.target)?$/, effect: 'write', what: 'switches to the normal running target: the services it wants keep running' },
      { sub: /^(stop|kill|freeze|isolate|rescue|emergency|halt|poweroff|reboot|soft-reboot|kexec|suspend|hibernate|hybrid-sleep|suspend-then-hibernate|switch-root)\b/, effect: 'outage', what: 'stops units or the machine' },
      // systemctl(1) `exit [CODE]`: "only supported for user service managers ... or in containers and is equivalent to
      // poweroff otherwise" (round 39, td39). With `--user` it ends the user's own manager.
      { sub: /^exit\b/, flags: ['--user'], effect: 'write', what: 'ends the user\'s own service manager' },
      { sub: /^exit\b/, effect: 'outage', what: 'asks the system manager to exit: equivalent to poweroff outside a container' },
      { sub: new RegExp(`^(disable|mask)\\b.*${SAFEGUARD_UNIT.source}`, 'i'), effect: 'safeguard', what: 'switches off a backup, snapshot or logging unit: the next loss is no longer caught' },
      // Round 42 (nxa42, the lead's answer 435.4): security updates switched off, with or without `--now`.
      { sub: new RegExp(`^(disable|mask)\\b.*${SECURITY_UPDATE_UNIT.source}`, 'i'), effect: 'safeguard', what: 'switches off the unit that installs security updates: the next fix is no longer applied' },
      // The lead's answer 427.3: a firewall, sshd or the network unit disabled or masked is a safeguard or the way in off at
      // the next boot, without `--now` too (GUARD_UNIT, guard-units.ts; not the boot's wait-online units, which only stop waiting).
      { sub: new RegExp(`^(disable|mask)\\b.*${GUARD_UNIT.source}`, 'i'), effect: 'safeguard', what: 'disables a firewall, sshd or the network: off at the next boot' },
      { sub: /^(disable|mask)\b/, flags: ['--now'], effect: 'outage', what: 'disables units and stops them now' },
      { sub: /^(start|restart|try-restart|reload|reload-or-restart|try-reload-or-restart|condrestart|force-reload|enable|disable|mask|unmask|daemon-reload|daemon-reexec|reset-failed|set-property|edit|revert|preset|link|reenable|set-default|set-environment|unset-environment|import-environment)\b/, effect: 'write', what: 'changes units' },
    ],
    otherwise: 'fallback',
  },
  {
    // OpenRC's rc-service(8) takes the same `SERVICE COMMAND` words as service(8).
    names: ['service', 'rc-service'],
    valued: [],
    rules: [
      { sub: /^\S+ (stop|force-stop)\b/, effect: 'outage', what: 'stops the service' },
      { sub: /^\S+ (start|restart|reload|force-reload|try-restart|condrestart)\b/, effect: 'write', what: 'starts, restarts or reloads the service' },
      { sub: /^\S+ status\b/, effect: 'read', what: 'shows the status' },
    ],
    otherwise: 'fallback',
  },
  {
    // runit's sv(8): `down`, `pause`, `term`, `kill`, `interrupt`, `quit`, `exit` (sv reads only their first letter) and the
    // LSB `stop`, `shutdown`, `force-stop`, `force-shutdown` stop the service or leave it stopped; `up`, `once`, `cont`,
    // `hup`, `alarm`, `1`, `2` and the LSB `start`, `restart`, `reload`, `try-restart`, `force-reload`, `force-restart`
    // start it or signal it and keep it running; `status` and `check` read.
    names: ['sv'],
    valued: ['-w'],
    rules: [
      { sub: /^(stop|shutdown|force-stop|force-shutdown)( |$)/, effect: 'outage', what: 'stops the service' },
      { sub: /^(start|restart|reload|try-restart|force-reload|force-restart)( |$)/, effect: 'write', what: 'starts, restarts or reloads the service' },
      { sub: /^(check|status)( |$)/, effect: 'read', what: 'shows the status' },
      { sub: /^[dptkiqex]\S* /, effect: 'outage', what: 'stops, pauses or signals the service to end: it stays down' },
      { sub: /^[uochas12]\S* /, effect: 'write', what: 'starts the service, or signals it and keeps it running' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['launchctl'],
    valued: [],
    rules: [
      { sub: new RegExp(`^(disable|bootout|unload|stop|remove|kill)\\b.*${SAFEGUARD_JOB.source}`, 'i'), effect: 'safeguard', what: 'stops or disables a job that protects the machine (backups, logging, firewall, endpoint protection, device management)' },
      { sub: /^(stop|unload|bootout|kill|remove)\b/, effect: 'outage', what: 'stops or unloads the job' },
      { sub: /^(start|load|bootstrap|kickstart|enable|disable|setenv|unsetenv)\b/, effect: 'write', what: 'starts, loads or configures the job' },
      { sub: /^(list|print|print-disabled|blame|dumpstate|help|version|getenv|managerpid|managername|manageruid)\b/, effect: 'read', what: 'reads job state' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['supervisorctl'],
    valued: ['-c', '--configuration', '-s', '--serverurl', '-u', '--username', '-p', '--password', '-r', '--history-file'],
    rules: [
      // `signal SIG NAME` sends a signal: a reload or log-reopen signal (HUP, USR1, USR2: gunicorn's and most daemons'
      // reload) keeps the program running, as `systemctl kill -s HUP` does; any other signal may end it.
      { sub: /^signal (SIG)?(HUP|USR1|USR2|WINCH|1|10|12)( |$)/i, effect: 'write', what: 'sends a reload or log-reopen signal (the program keeps running)' },
      { sub: /^(stop|shutdown|remove|signal)\b/, effect: 'outage', what: 'stops programs or supervisord' },
      { sub: /^(start|restart|reload|reread|update|add|clear)\b/, effect: 'write', what: 'starts, restarts or reloads programs' },
      { sub: /^(status|avail|pid|tail|maintail|version|help)\b/, effect: 'read', what: 'reads status or logs' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['pm2'],
    valued: ['--name', '-n', '-i', '--instances', '--cwd', '--log', '-o', '-e', '--env'],
    rules: [
      { sub: /^(stop|kill|delete|del)\b/, effect: 'outage', what: 'stops processes (or the pm2 daemon with all of them)' },
      { sub: /^(start|restart|reload|gracefulReload|scale|save|resurrect|startup|update|reset|flush)\b/, effect: 'write', what: 'starts, restarts or reloads processes' },
      { sub: /^(list|ls|l|status|show|describe|info|logs|monit|jlist|prettylist|env|ping|--version|-v)\b/, effect: 'read', what: 'reads process state' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['nginx', 'openresty'],
    valued: ['-c', '-g', '-p', '-e'],
    rules: [
      { flagValue: { names: ['-s'], value: /^(stop|quit)$/ }, effect: 'outage', what: 'stops the server (quit: after the requests in progress)' },
      { flagValue: { names: ['-s'], value: /^(reload|reopen)$/ }, effect: 'write', what: 'reloads the configuration or reopens the logs' },
      { flags: ['-t', '-T', '-v', '-V', '-h', '-?'], effect: 'read', what: 'tests the configuration or prints the version' },
    ],
    otherwise: 'fallback',
  },
  // Data servers started by hand (a dev setup, a launchd or systemd job's program): starting one changes nothing it
  // holds. redis-server(1), redis-sentinel (redis-server in sentinel mode) and memcached(1) only serve; mongod's `--repair` may drop what it cannot salvage and
  // `--shutdown` stops the running server (the mongod reference).
  {
    names: ['redis-server', 'redis-sentinel', 'valkey-server', 'valkey-sentinel', 'keydb-server', 'memcached'],
    valued: ['-p', '--port', '-m', '-c', '-u', '-l', '-t', '--dir', '--dbfilename', '--logfile', '--bind'],
    rules: [{ flags: ['-v', '-V', '--version', '-h', '--help', '--test-memory'], effect: 'read', what: 'prints the version or help' }],
    otherwise: 'write',
  },
  // redis-check-rdb checks an RDB file; redis-check-aof checks an append-only file, and with `--fix` (or
  // `--truncate-to-timestamp`) truncates it at the first bad record (or the time): every command after it is gone (the
  // tool's usage: "redis-check-aof [--fix|--truncate-to-timestamp $timestamp] <file.manifest|file.aof>").
  { names: ['redis-check-rdb', 'valkey-check-rdb'], valued: [], rules: [], otherwise: 'read' },
  {
    names: ['redis-check-aof', 'valkey-check-aof'],
    valued: ['--truncate-to-timestamp'],
    rules: [{ flags: ['--fix', '--truncate-to-timestamp'], effect: 'destroy', what: 'truncates the append-only file at the first bad record (or a time): the commands after it are lost' }],
    otherwise: 'read',
  },
  {
    names: ['mongod', 'mongos'],
    valued: ['-f', '--config', '--dbpath', '--port', '--bind_ip', '--logpath', '--replSet', '--configdb', '--keyFile'],
    rules: [
      { flags: ['--repair'], effect: 'destroy', what: 'repairs the data files, dropping what it cannot salvage' },
      { flags: ['--shutdown'], effect: 'outage', what: 'stops the running server' },
      { flags: ['--version', '--help', '-h'], effect: 'read', what: 'prints the version or help' },
    ],
    otherwise: 'write',
  },
  // Search and messaging servers started by hand (each by its server reference): typesense-server and meilisearch store in
  // their `--data-dir`/`--db-path` and only serve; meilisearch's `--import-dump`/`--import-snapshot` refuse a database
  // that exists (or skip the import with `--ignore-*-if-db-exists`). Typesense's `--reset-peers-on-error` rewrites the
  // cluster's membership and is left to the generic reading. nats-server runs a server; its `--signal` (`-sl`) sends one
  // to a running server: `stop`, `quit`, `term` and `ldm` (lame duck: it evicts its clients) end it, `reload` and `reopen`
  // do not. kafka-server-start(.sh) and zookeeper-server-start(.sh) start a broker or node from a properties file; an
  // `--override` that cuts the broker's retention makes it delete messages.
  {
    names: ['typesense-server'],
    valued: ['--config', '--api-key', '--data-dir', '--api-address', '--api-port', '--peering-address', '--peering-port', '--peering-subnet', '--nodes', '--log-dir', '--ssl-certificate', '--ssl-certificate-key', '--cors-domains', '--thread-pool-size', '--num-collections-parallel-load', '--num-documents-parallel-load', '--snapshot-interval-seconds', '--healthy-read-lag', '--healthy-write-lag', '--memory-used-max-percentage', '--disk-used-max-percentage', '--cache-num-entries', '--analytics-dir', '--analytics-flush-interval'],
    rules: [
      { flags: ['--help', '-h', '--version', '-v'], effect: 'read', what: 'prints the version or help' },
      { args: (a) => !a.includes('--reset-peers-on-error'), effect: 'write', what: 'runs the search server on its data folder' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['meilisearch'],
    valued: ['--config-file-path', '--db-path', '--env', '--http-addr', '--master-key', '--log-level', '--max-indexing-memory', '--max-indexing-threads', '--http-payload-size-limit', '--snapshot-dir', '--dump-dir', '--import-dump', '--import-snapshot', '--schedule-snapshot', '--ssl-cert-path', '--ssl-key-path', '--ssl-auth-path', '--ssl-ocsp-path', '--task-webhook-url', '--task-webhook-authorization-header'],
    rules: [{ flags: ['--help', '-h', '--version', '-V'], effect: 'read', what: 'prints the version or help' }],
    otherwise: 'write',
  },
  {
    names: ['nats-server'],
    valued: ['--signal', '-sl', '-c', '--config', '-a', '--addr', '--net', '-p', '--port', '-n', '--name', '--server_name', '-m', '--http_port', '-ms', '--https_port', '-P', '--pid', '-l', '--log', '--log_size_limit', '--max_traced_msg_len', '-sd', '--store_dir', '--user', '--pass', '--auth', '--routes', '--cluster', '--cluster_name', '--cluster_advertise', '--client_advertise', '--tlscert', '--tlskey', '--tlscacert', '--ports_file_dir'],
    rules: [
      { flagValue: { names: ['--signal', '-sl'], value: /^(stop|quit|term|ldm)(=.*)?$/ }, effect: 'outage', what: 'stops a running server (ldm: after evicting its clients)' },
      { flagValue: { names: ['--signal', '-sl'], value: /^(reload|reopen)(=.*)?$/ }, effect: 'write', what: 'reloads the configuration or reopens the log' },
      { flags: ['--signal', '-sl'], effect: 'opaque', what: 'sends a signal the action does not fix to a running server' },
      { flags: ['-h', '--help', '-v', '--version', '-t'], effect: 'read', what: 'prints the version or help, or tests the configuration' },
    ],
    otherwise: 'write',
  },
  {
    names: ['kafka-server-start', 'kafka-server-start.sh', 'zookeeper-server-start', 'zookeeper-server-start.sh'],
    valued: ['--override'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flagValue: { names: ['--override'], value: KAFKA_SHORT_RETENTION }, effect: 'destroy', what: 'starts the broker with a retention so short that it deletes the messages it holds' },
    ],
    otherwise: 'write',
  },
  {
    names: ['apachectl', 'apache2ctl', 'httpd', 'apache2'],
    valued: ['-d', '-f', '-C', '-c', '-D', '-e', '-E'],
    rules: [
      { sub: /^(stop|graceful-stop)\b/, effect: 'outage', what: 'stops the server' },
      { flagValue: { names: ['-k'], value: /^(stop|graceful-stop)$/ }, effect: 'outage', what: 'stops the server' },
      { sub: /^(start|restart|graceful)\b/, effect: 'write', what: 'starts or restarts the server' },
      { flagValue: { names: ['-k'], value: /^(start|restart|graceful)$/ }, effect: 'write', what: 'starts or restarts the server' },
      { sub: /^(configtest|status|fullstatus|-t|-S|-v|-V|-M|-l|-L)\b/, effect: 'read', what: 'checks the configuration or shows status' },
      { flags: ['-t', '-S', '-v', '-V', '-M', '-l', '-L', '-h'], effect: 'read', what: 'checks the configuration or shows status' },
    ],
    otherwise: 'fallback',
  },
  {
    // Fastly CLI reference: activating a service version (an earlier one included) or publishing Compute code deploys it;
    // deactivating the active version takes the service off the edge.
    names: ['fastly'],
    valued: ['-s', '--service-id', '--service-name', '--version', '-t', '--token', '--profile', '-p'],
    rules: [
      { sub: /^(service[- ]version deactivate)\b/, effect: 'outage', what: 'deactivates the active version: the service stops serving' },
      // `fastly purge` (all, by key or by URL) drops cached content, which the edge fetches again from the origin.
      { sub: /^purge\b/, effect: 'write', what: 'purges cached content; the edge fetches it again from the origin' },
      { sub: /^(service[- ]version activate|compute (publish|deploy))\b/, effect: 'deploy', what: 'activates a service version or deploys Compute code' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['promtool'],
    valued: ['--url', '--http.config.file', '--output'],
    rules: [
      { sub: /^(check|test|query|debug|help|--version|tsdb (analyze|analyse|list|dump|dump-openmetrics))\b/, effect: 'read', what: 'checks rules or configuration, queries, or reads TSDB blocks' },
      { sub: /^(tsdb create-blocks-from|push)\b/, effect: 'write', what: 'writes blocks or pushes metrics' },
    ],
    otherwise: 'fallback',
  },
  {
    // Doppler, Apigee (`apigeecli`) and Flipt CLIs: `get`/`list` read; their `delete` forms fall through to the generic verbs.
    names: ['doppler'],
    valued: ['-p', '--project', '-c', '--config', '--token', '--scope', '--api-host'],
    rules: [
      { sub: /^secrets (delete|rm)\b/, effect: 'destroy', what: 'deletes secrets (their values cannot be read back)' },
      { sub: /^(configs?|environments?|projects?) (delete|rm)\b/, effect: 'destroy', what: 'deletes a project, environment or config with its secrets' },
      { sub: /^((secrets|configs|environments|projects)( (get|list|download)(\s|$)|$)|me$|configure (get|debug))/, effect: 'read', what: 'reads secrets or configuration' },
      { sub: /^(setup|configure|login|logout|update)\b/, effect: 'write', what: 'writes the local Doppler configuration' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['apigeecli', 'flipt'],
    valued: ['-o', '--org', '-e', '--env', '-n', '--name', '-t', '--token', '--namespace', '--address'],
    rules: [{ sub: /^\S+ (get|list|export|describe)\b/, effect: 'read', what: 'reads' }],
    otherwise: 'fallback',
  },
  // System administration tools (each tool's manual). Journal vacuuming deletes archived journal files; rotation and
  // flushing keep every entry.
  {
    names: ['journalctl'],
    valued: ['-u', '--unit', '--user-unit', '-p', '--priority', '-S', '--since', '-U', '--until', '-n', '--lines', '-o', '--output', '-b', '--boot', '-t', '--identifier', '-D', '--directory', '--file', '--root', '-M', '--machine', '-g', '--grep', '--facility', '--namespace', '--cursor', '--after-cursor', '-F', '--field'],
    rules: [
      // The lead's round-14 decision: a vacuum that keeps a day or more of the journal is routine housekeeping (a write);
      // `--vacuum-time=1s`-like wiping and a size cap stay a delete. systemd.time(7) spans: d/days, w/weeks, M/months, y/years, h/hours.
      // The first rule that matches decides: a size cap first, then the time kept, then the number of files kept.
      { args: vacuumKeepsHundredMegabytes, effect: 'write', what: 'deletes the oldest archived journal files and keeps 100 MB or more of the newest (routine retention)' },
      { flagValue: { names: ['--vacuum-size'], value: /./ }, effect: 'destroy', what: 'deletes archived journal files down to a size: the log entries in them are gone' },
      { flagValue: { names: ['--vacuum-time'], value: /^(?:[1-9]\d*\s*(?:d|days?|w|weeks?|M|months?|y|years?)|(?:2[4-9]|[3-9]\d|[1-9]\d{2,})\s*(?:h|hours?))$/ }, effect: 'write', what: 'deletes archived journal entries older than a day or more (routine retention)' },
      { flagValue: { names: ['--vacuum-time'], value: /./ }, effect: 'destroy', what: 'deletes archived journal files: the log entries in them are gone' },
      // `--vacuum-files=N` "removes the oldest archived journal files until N files remain" (journalctl(1)); the active
      // files are never vacuumed: a write, the lead's decision (round 15).
      { flagValue: { names: ['--vacuum-files'], value: /^[1-9]\d*$/ }, effect: 'write', what: 'keeps the newest archived journal files and deletes older ones (routine retention)' },
      { flagValue: { names: ['--vacuum-files'], value: /./ }, effect: 'destroy', what: 'deletes archived journal files: the log entries in them are gone' },
      { flags: ['--rotate', '--flush', '--sync', '--relinquish-var', '--smart-relinquish-var', '--setup-keys', '--update-catalog'], effect: 'write', what: 'rotates or flushes the journal (every entry is kept)' },
    ],
    otherwise: 'read',
  },
  {
    names: ['logrotate'],
    valued: ['-s', '--state', '-l', '--log', '-m', '--mail'],
    rules: [{ flags: ['-d', '--debug', '--help', '-?', '--usage', '--version'], effect: 'read', what: 'debug mode: shows what would be rotated, changes nothing' }],
    otherwise: 'write',
  },
  // LVM (lvm(8) and each command's page): growing, creating and renaming keep every block; shrinking a volume
  // without its filesystem (-r resizes the filesystem first) cuts data, and merging a snapshot reverts the origin.
  {
    names: ['lvextend', 'lvcreate', 'lvrename', 'vgrename', 'pvresize', 'vgchange', 'lvchange', 'vgcfgbackup', 'vgscan', 'pvscan', 'lvscan', 'pvmove'],
    valued: ['-L', '--size', '-l', '--extents', '-n', '--name', '-s', '--snapshot', '--type', '-i', '--stripes', '-I', '--stripesize', '-m', '--mirrors', '--config', '--profile', '-a', '--activate', '-p', '--permission', '--addtag', '--deltag'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      // vgchange(8)/lvchange(8) `-a|--activate y|n|ay|ey|ly|en|ln`: the `n` forms deactivate, glued (`-an`) or not (`-a n`).
      // The lead's answer 429.7 (round 41, dr2): LVM refuses to deactivate a volume that is open (mounted or in use), so
      // nothing in use goes out: a write, unless the line names production or staging, or forces it (`-f`, `--force`).
      { flags: ['-an', '--activate=n'], unlessLive: true, args: notForced, effect: 'write', what: 'deactivates volumes not in use (LVM refuses an open one)' },
      { flagValue: { names: ['-a', '--activate'], value: /^[el]?n$/ }, unlessLive: true, args: notForced, effect: 'write', what: 'deactivates volumes not in use (LVM refuses an open one)' },
      { flags: ['-an', '--activate=n'], effect: 'outage', what: 'deactivates volumes: whatever is mounted from them stops' },
      { flagValue: { names: ['-a', '--activate'], value: /^[el]?n$/ }, effect: 'outage', what: 'deactivates volumes: whatever is mounted from them stops' },
    ],
    otherwise: 'write',
  },
  // vgreduce(8): takes an unused physical volume out of its group (it refuses one in use); `--removemissing --force`
  // also removes the logical volumes that had extents on missing devices.
  {
    names: ['vgreduce'],
    local: true,
    valued: ['--config', '--profile', '--reportformat'],
    dryRun: ['-t', '--test'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { allFlags: ['--removemissing', '--force'], effect: 'destroy', what: 'removes the logical volumes that used the missing devices' },
      { allFlags: ['--removemissing', '-f'], effect: 'destroy', what: 'removes the logical volumes that used the missing devices' },
    ],
    otherwise: 'write',
  },
  { names: ['lvs', 'vgs', 'pvs', 'lvdisplay', 'vgdisplay', 'pvdisplay'], valued: ['-o', '--options', '-O', '--sort', '--select', '-S', '--separator', '--units'], rules: [], otherwise: 'read' },
  {
    names: ['lvreduce', 'lvresize'],
    valued: ['-L', '--size', '-l', '--extents', '--config', '--profile'],
    dryRun: ['-t', '--test'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { flags: ['-r', '--resizefs'], effect: 'write', what: 'resizes the filesystem with the volume (fsadm refuses a shrink that would cut data)' },
      { sub: /^/, flagValue: { names: ['-L', '--size', '-l', '--extents'], value: /^\+/ }, effect: 'write', what: 'grows the volume' },
    ],
    otherwise: 'destroy',
  },
  {
    names: ['lvconvert'],
    valued: ['--type', '-m', '--mirrors', '-s', '--snapshot', '--thinpool', '--cachepool', '--config', '--poolmetadata', '--cachevol', '--name', '-n', '--splitmirrors'],
    dryRun: ['-t', '--test'],
    rules: [
      { flags: ['--merge', '--mergesnapshot'], effect: 'destroy', what: 'merges a snapshot into its origin: the origin returns to the snapshot, later changes are lost' },
      // lvmthin(7), lvmcache(7): a volume converted into a pool's data (and the `--poolmetadata` volume into its metadata)
      // is wiped ("THIS WILL DESTROY CONTENT OF LOGICAL VOLUME"); `--type thin|cache` with a pool keeps the volume's data.
      { flagValue: { names: ['--type'], value: /^(thin|cache)-pool$/ }, effect: 'destroy', what: 'makes the volume a pool\'s data or metadata: its content is wiped' },
      // Round 39 (td39): `--thinpool LV`/`--cachepool LV` without `--type thin|cache` (or `--thin`/`--cache`) is the same
      // conversion into a pool; with them the volume keeps its data over the pool. `-m 0` removes every mirror image.
      { flagValue: { names: ['--type'], value: /^(thin|cache|writecache)$/ }, effect: 'write', what: 'puts the volume over a pool or a cache: its data is kept' },
      { flags: ['--thin', '--cache'], effect: 'write', what: 'puts the volume over a pool or a cache: its data is kept' },
      { flags: ['--thinpool', '--cachepool'], effect: 'destroy', what: 'makes the volume a pool\'s data: its content is wiped' },
      { flagValue: { names: ['-m', '--mirrors'], value: /^0$/ }, effect: 'safeguard', what: 'removes the volume\'s mirror images: it runs without redundancy' },
    ],
    otherwise: 'write',
  },
  // ZFS (zfs(8), zpool(8)): destroy and rollback lose data (rollback -r also destroys later snapshots); -n is a dry run.
  {
    names: ['zfs'],
    valued: ['-o', '-t', '-s', '-S', '-d', '-O', '-x'],
    dryRun: ['-n'],
    shortBundles: true,
    rules: [
      // The lead's answer 433.2 (330.1, round 41 dr2): a snapshot is never disposable by its name: a destroy naming one stays destructive.
      // Round 42 (atk42): nor `-R`, which also destroys clones of its snapshots elsewhere in the pool (not named by the line).
      // `-r` of a throwaway dataset stays answer 66's (blind3, blind20, fix19 label it so; atk42's question 1).
      { sub: LOCAL_THROWAWAY_OPERANDS('(destroy|rollback)'), args: (a) => !(a.includes('destroy') && a.some((v) => v === null || v.includes('@'))) && !a.some((v) => v !== null && /^-[a-zA-Z]*R/.test(v)), effect: 'write', what: 'destroys or rolls back a dataset named as a throwaway (scratch, test, ci, ephemeral: the lead\'s answer 66)' },
      { sub: /^(destroy|rollback)\b/, effect: 'destroy', what: 'destroys datasets or snapshots, or rolls a dataset back (later changes, and with -r later snapshots, are lost)' },
      { sub: /^(receive|recv)\b/, flags: ['-F'], effect: 'destroy', what: 'rolls the target back and destroys snapshots the stream lacks' },
      // Round 41 (bl41dr): zfs-hold(8): "a snapshot with a hold cannot be destroyed"; releasing the hold takes that
      // deletion protection away.
      { sub: /^release\b/, effect: 'safeguard', what: "releases a snapshot's hold: its deletion protection is off" },
      // zfsprops(7): `sync=disabled` acknowledges writes before they are on disk ("very dangerous"), and the
      // `com.sun:auto-snapshot[:period]` user property tells zfs-auto-snapshot (and the tools that honour it) to stop
      // snapshotting the dataset: the next loss is no longer caught.
      { sub: /^set (\S+=\S* )*(com\.sun:auto-snapshot(:[a-z]+)?=(false|off|no)|sync=disabled)(\s|$)/i, effect: 'safeguard', what: 'switches off automatic snapshots or synchronous writes for the dataset' },
      { sub: /^(list|get|holds|diff|userspace|groupspace|projectspace|version|help|program)\b/, effect: 'read', what: 'reads datasets' },
      // Round 42 (atk42): `zfs unmount` refuses a busy file system (429.7) unless `-f` forces it; a production-named one stays out of service.
      { sub: /^(unmount|umount)\b/, args: (a) => !notForced(a) || namesLiveWord(a), effect: 'outage', what: 'unmounts a production-named dataset or by force: what serves from it stops' },
      { sub: /^(snapshot|snap|create|set|inherit|mount|unmount|umount|share|unshare|clone|promote|rename|bookmark|hold|release|send|receive|recv|allow|unallow|upgrade|load-key|unload-key|change-key|redact|wait)\b/, effect: 'write', what: 'creates, snapshots or configures datasets' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['zpool'],
    valued: ['-o', '-O', '-R', '-m', '-t', '-c'],
    dryRun: ['-n'],
    shortBundles: true,
    rules: [
      { sub: /^(destroy|labelclear)\b/, effect: 'destroy', what: 'destroys the pool (or its labels) and every dataset in it' },
      // zpool-offline(8), zpool-detach(8), zpool-split(8): a mirror or raidz member taken out leaves the pool without that
      // redundancy. zpool-remove(8) evacuates a top-level vdev's data
      // first, and `replace` resilvers onto the new device.
      { sub: /^(offline|detach|split)\b/, effect: 'safeguard', what: 'takes a member out of its mirror or raidz: the pool runs without that redundancy' },
      { sub: /^export\b/, effect: 'write', what: 'exports the pool: its datasets are unmounted and `zpool import` brings them back (the lead\'s answer 66)' },
      { sub: /^(remove|replace|import)\b/, effect: 'write', what: 'moves data off a device, resilvers onto a new one or imports the pool' },
      { sub: /^(status|list|iostat|get|history|events|version|help)\b/, effect: 'read', what: 'reads pool state' },
      { sub: /^(scrub|trim|create|add|attach|set|clear|upgrade|resilver|sync|initialize|checkpoint|reguid|online|wait)\b/, effect: 'write', what: 'checks, grows or configures the pool' },
    ],
    otherwise: 'fallback',
  },
  // btrfs(8) and snapper(8): deleting a subvolume or a snapshot loses it; creating, listing and scrubbing do not.
  {
    names: ['btrfs'],
    valued: ['-c', '--format', '-s', '--super', '-b', '--tree-root', '--chunk-root', '--subvol-extents', '-r'],
    rules: [
      { sub: LOCAL_THROWAWAY_OPERANDS('(subvolume|subvol|sub) (delete|del)'), effect: 'write', what: 'deletes subvolumes or snapshots named as a throwaway (scratch, test, ci, ephemeral: the lead\'s answer 66)' },
      { sub: /^(subvolume|subvol|sub) (delete|del)\b/, effect: 'destroy', what: 'deletes subvolumes or snapshots' },
      // btrfs-check(8): "--repair ... may cause additional filesystem damage"; `--init-csum-tree`/`--init-extent-tree`
      // rebuild trees from scratch. Without them `check` only reads. btrfs-rescue(8) rewrites metadata (`zero-log` drops
      // the last transactions), so it is judged as a loss; `restore` copies files out of a damaged filesystem.
      { sub: /^check\b/, flags: ['--repair', '--init-csum-tree', '--init-extent-tree', '--clear-space-cache', '--clear-ino-cache'], effect: 'destroy', what: 'repairs the filesystem in place: the manual warns it may cause additional damage' },
      { sub: /^check\b/, effect: 'read', what: 'checks the filesystem without changing it' },
      { sub: /^rescue\b/, effect: 'destroy', what: 'rewrites filesystem metadata (zero-log drops the last transactions)' },
      { sub: /^(restore|device (remove|delete))\b/, effect: 'write', what: 'copies files out of the filesystem, or moves the data off a device before removing it' },
      { sub: /^((subvolume|subvol|sub) (list|show|get-default|find-new|sync)|(filesystem|fi) (show|df|usage|du)|device (stats|usage|scan|ready)|(scrub|balance|replace) status|qgroup show|property (get|list)|inspect-internal|version|help)\b/, effect: 'read', what: 'reads filesystem state' },
      { sub: /^((subvolume|subvol|sub) (create|snapshot|snap|set-default)|(scrub|balance) (start|resume|cancel|pause)|(filesystem|fi) (resize|defragment|defrag|label|sync|mkswapfile)|device add|qgroup (create|limit|assign)|property set|send|receive)\b/, effect: 'write', what: 'creates snapshots or maintains the filesystem' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['snapper'],
    valued: ['-c', '--config', '-t', '--type', '-d', '--description', '-c', '--cleanup-algorithm', '-u', '--userdata', '--pre-number', '--from', '--to'],
    rules: [
      { sub: /^(delete|remove|rm|undochange|rollback|delete-config)\b/, effect: 'destroy', what: 'deletes snapshots, or reverts files to a snapshot (later changes are lost)' },
      { sub: /^(list|ls|status|diff|xadiff|list-configs|get-config|help)\b/, effect: 'read', what: 'reads snapshots' },
      { sub: /^(create|create-config|set-config|modify|cleanup|mount|umount|setup-quota)\b/, effect: 'write', what: 'creates snapshots or configures snapper' },
    ],
    otherwise: 'fallback',
  },
  // Snapshot tools over btrfs, like snapper above: timeshift(1) (`--delete`, `--delete-all`, `--restore`, which puts the
  // system back to the snapshot and loses the changes made since) and rusnapshot (`--del`, `--clean` with `--keep`,
  // `--restore`); creating, checking and listing keep every snapshot.
  {
    names: ['timeshift', 'timeshift-launcher'],
    local: true,
    valued: ['--snapshot', '--target', '--target-device', '--comments', '--tags', '--snapshot-device', '--grub', '--grub-device'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'prints help' },
      { flags: ['--delete', '--delete-all', '--restore'], effect: 'destroy', what: 'deletes snapshots, or restores one over the system (later changes are lost)' },
      { flags: ['--list', '--list-snapshots', '--list-devices'], effect: 'read', what: 'lists snapshots or devices' },
      { flags: ['--create', '--check'], effect: 'write', what: 'creates a snapshot' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['rusnapshot'],
    local: true,
    valued: ['--config', '-c', '--id', '--keep', '-k', '--kind', '--name'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'prints help' },
      { flags: ['--del', '--clean', '--restore'], effect: 'destroy', what: 'deletes snapshots, or restores one over the live subvolume (later changes are lost)' },
      { flags: ['--list'], effect: 'read', what: 'lists snapshots' },
      { flags: ['--cr', '--create'], effect: 'write', what: 'creates a snapshot' },
    ],
    otherwise: 'fallback',
  },
  // lxc-destroy(1): deletes a container with its root filesystem (`-s` its snapshots too); LXD/Incus `lxc delete` is a platform CLI.
  {
    names: ['lxc-destroy'],
    local: true,
    valued: ['-n', '--name', '-P', '--lxcpath', '-o', '--logfile', '-l', '--logpriority', '--rcfile'],
    rules: [
      { flags: ['-h', '--help', '--usage', '--version'], effect: 'read', what: 'prints help' },
      { effect: 'destroy', what: 'deletes the container with its root filesystem' },
    ],
    otherwise: 'destroy',
  },
  // ventoy (the script `Ventoy2Disk.sh` has its own entry with the Windows forms, below): `-i` and `-I` install Ventoy by formatting the drive, unless `-n` asks for the
  // non-destructive install that keeps its partitions; `-u` updates an installed Ventoy in place, `-l` reports.
  {
    names: ['ventoy'],
    local: true,
    valued: ['-r', '-L'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
      { flags: ['-l'], effect: 'read', what: 'reports Ventoy on the drive' },
      { flags: ['-n'], effect: 'write', what: 'installs Ventoy keeping the drive\'s partitions' },
      { flags: ['-i', '-I'], effect: 'destroy', what: 'installs Ventoy by formatting the drive' },
      { flags: ['-u'], effect: 'write', what: 'updates Ventoy on the drive in place' },
    ],
    otherwise: 'fallback',
  },
  // caligula (tldr-pages, the project's README): a disk imager; `burn IMAGE` writes the image over a whole drive, chosen in
  // its menu or by `-o`/`--out`, erasing what the drive held.
  {
    names: ['caligula'],
    local: true,
    valued: ['-o', '--out', '-s', '--hash', '--hash-of', '--compression', '-z', '--root', '--interactive'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'prints help' },
      { sub: /^burn\b/, effect: 'destroy', what: 'writes the image over a whole drive, erasing what it held' },
    ],
    otherwise: 'fallback',
  },
  // Boot-chain verification: mokutil(1) `--disable-validation` (shim stops checking signatures) and `--ignore-db` (shim
  // stops trusting only the firmware's db), Limine's `limine-enroll-config --reset` (the config's hash check removed from
  // the EFI executable) switch a safeguard off; reports, enrolling and turning checks back on do not.
  {
    names: ['mokutil'],
    local: true,
    valued: ['-i', '--import', '-d', '--delete', '-f', '--hash-file', '-t', '--test-key', '--import-hash', '--delete-hash', '--set-verbosity', '--set-fallback-verbosity', '--set-fallback-noreboot', '--set-sbat-policy'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
      { flags: ['--disable-validation', '--ignore-db'], effect: 'safeguard', what: 'turns shim\'s signature validation off at the next boot' },
      { flags: ['--sb-state', '-l', '--list-enrolled', '-N', '--list-new', '-D', '--list-delete', '-x', '--export', '-t', '--test-key', '--pk', '--kek', '--db', '--dbx'], effect: 'read', what: 'reports Secure Boot state or keys' },
      { flags: ['--enable-validation', '--use-db', '-i', '--import', '--import-hash'], effect: 'write', what: 'enrolls a key or turns validation on' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['limine-enroll-config'],
    local: true,
    valued: [],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
      { flags: ['--reset'], effect: 'safeguard', what: 'removes the config hash from the boot loader: its config is no longer checked' },
      { effect: 'write', what: 'embeds the config\'s hash in the boot loader (the check turned on)' },
    ],
    otherwise: 'write',
  },
  // GNU ddrescue(1) `INFILE OUTFILE [MAPFILE]`: like dd, an output that is a device is overwritten; an image file is a copy.
  {
    names: ['ddrescue', 'gddrescue'],
    local: true,
    valued: ['-a', '--min-read-rate', '-b', '--sector-size', '-c', '--cluster-size', '-e', '--max-bad-areas', '-i', '--input-position', '-o', '--output-position', '-s', '--size', '-m', '--domain-mapfile', '-K', '--skip-size', '-x', '--extend-outfile', '-T', '--timeout', '-Z', '--max-read-rate', '-r', '--retry-passes', '-O', '--reopen-on-error'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'prints help' },
      { sub: /^\S+ \/dev\/(?!null\b|zero\b|stdout\b)/, effect: 'destroy', what: 'writes the copy over the output device' },
      { sub: /^\S+ \S+/, effect: 'write', what: 'copies the input into an image file' },
    ],
    otherwise: 'fallback',
  },
  // lvm_import_vdo(8) converts a VDO volume into an LVM VDO volume in place, keeping its data (`--no-snapshot` only skips
  // the temporary snapshot that lets a failed conversion be rolled back); `--dry-run` shows what it would do.
  {
    names: ['lvm_import_vdo'],
    local: true,
    valued: ['-n', '--name', '--vdo-config', '--uuid-prefix'],
    dryRun: ['--dry-run'],
    rules: [{ flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'prints help' }],
    otherwise: 'write',
  },
  // OpenWrt's uci: `set`, `add`, `delete`, `rename`, `reorder` and list edits are staged until `commit` writes them;
  // `revert` discards the staged changes not yet committed (the work since the last commit is lost, as `git checkout --
  // FILE` loses it). `import` and `batch` read what they do from their input and stay with the generic analysers.
  {
    names: ['uci'],
    local: true,
    valued: ['-c', '-d', '-f', '-p', '-P', '-t'],
    rules: [
      { sub: /^revert\b/, effect: 'destroy', what: 'discards the configuration changes staged and not yet committed' },
      { sub: /^(get|show|export|changes)\b/, effect: 'read', what: 'reads configuration' },
      { sub: /^(set|add|add_list|del_list|delete|rename|reorder|commit)\b/, effect: 'write', what: 'stages a configuration change, or commits the staged ones' },
    ],
    otherwise: 'fallback',
  },
  // calcurse-caldav(1) `--init=keep-remote` deletes every local item and imports the server's; `--init=keep-local` deletes
  // every object on the server and uploads the local ones; `two-way` merges both sides and deletes nothing.
  {
    names: ['calcurse-caldav'],
    valued: ['--init', '--config', '--datadir', '--authcode', '--lockfile', '--hookdir', '--syncdb'],
    rules: [{ flagValue: { names: ['--init'], value: /^keep-(remote|local)$/ }, effect: 'destroy', what: 'replaces one side of the sync with the other: every item of the side not kept is deleted' }],
    otherwise: 'fallback',
  },
  // tgutil (tldr-pages): edits or deletes the account's own Telegram messages that match a text; `deleteall` deletes every
  // message matching the query. One message the account sent is decision 31's own message (the lead's answer 252, round 28).
  {
    names: ['tgutil'],
    valued: ['--name', '--username', '--mode', '--text', '--newtext'],
    rules: [{ flagValue: { names: ['--mode'], value: /^deleteall$/ }, effect: 'destroy', what: 'deletes every message matching the query' }],
    otherwise: 'write',
  },
  // reflector(1): ranks Arch Linux mirrors and prints the list, or writes it with `--save PATH`. The pacman mirror list is a
  // list the tool regenerates (the packaged one stays as mirrorlist.pacnew: the lead's answer 251, round 28); any other path
  // saved to is not read here (opaque).
  {
    names: ['reflector'],
    valued: ['--save', '--sort', '--country', '-c', '--protocol', '-p', '--latest', '-l', '--number', '-n', '--age', '-a', '--delay', '--include', '-i', '--exclude', '-x', '--fastest', '-f', '--score', '--threads', '--url', '--cache-timeout', '--connection-timeout', '--download-timeout', '--completion-percent'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
      { flagValue: { names: ['--save'], value: /^(?!\/etc\/pacman\.d\/mirrorlist$)/ }, effect: 'opaque', what: 'writes the mirror list to a file other than pacman\'s' },
    ],
    otherwise: 'write',
  },
  // Capistrano (`cap STAGE TASK [VAR=value]`): `deploy` ships the current revision to STAGE and `deploy:rollback` the
  // release before it (the lead's decision 16 and answer 274, round 28: a rollback is a deploy of the previous release); the
  // stage is read for the environment (a deploy to production is held by policy). Other tasks are the Capfile's (project
  // code) and stay unread. Capacitor's CLI is `cap` too (`npx cap sync ios`): its commands are not a stage and a task.
  {
    names: ['cap'],
    valued: ['-f', '--rakefile', '-r', '--rakelibdir', '-I', '--libdir', '-R', '--require', '-S', '--set', '-s', '--set-before'],
    rules: [{ sub: /^(?!(?:add|copy|sync|update|open|run|build|init|doctor|ls|list|migrate|config|serve|telemetry)\b)[\w-]+ deploy(:rollback)?( [A-Z_][A-Z0-9_]*=[\w.:-]*)*$/, effect: 'deploy', what: 'deploys the current revision, or rolls back to the release before it' }],
    otherwise: 'fallback',
  },
  // cryptsetup(8): formatting a LUKS header, erasing or killing key slots and restoring an old header lose access to the
  // data (a header replaced or key slots gone cannot be undone); `reencrypt --decrypt` removes the encryption. Opening,
  // closing, dumping, header backups, adding keys and resizing keep the data.
  {
    names: ['cryptsetup'],
    local: true,
    valued: ['-c', '--cipher', '-h', '--hash', '-s', '--key-size', '-d', '--key-file', '-S', '--key-slot', '--header', '--header-backup-file', '--type', '--pbkdf', '-i', '--iter-time', '--label', '--subsystem', '--uuid', '--sector-size', '--token-id', '--token-type', '--keyfile-size', '-l', '--keyfile-offset', '--new-keyfile-size', '--new-keyfile-offset', '-o', '--offset', '-p', '--skip', '-b', '--size', '--reduce-device-size', '--device-size', '--resilience', '--hotzone-size', '--json-file', '--key-description', '--volume-key-file', '--master-key-file', '--luks2-metadata-size', '--luks2-keyslots-size', '-T', '--tries', '-t', '--timeout'],
    dryRun: ['--test-passphrase'],
    rules: [
      { flags: ['--help', '-?', '--usage', '--version', '-V'], effect: 'read', what: 'help' },
      { sub: /^(luksFormat|format|erase|luksErase|luksKillSlot|luksRemoveKey|luksHeaderRestore|tcryptRestore|bitlkRestore)\b/, effect: 'destroy', what: 'writes a new LUKS header or removes key slots: the data behind them can no longer be decrypted' },
      { sub: /^reencrypt\b/, flags: ['--decrypt'], effect: 'safeguard', what: 'removes the encryption from the device' },
      { sub: /^(luksSuspend)\b/, effect: 'outage', what: 'suspends the device: every I/O to it blocks until luksResume' },
      { sub: /^(status|luksDump|isLuks|luksUUID|luksHeaderBackup|tcryptDump|bitlkDump|fvault2Dump|benchmark|config|token export)\b/, effect: 'read', what: 'shows the device or saves a copy of its header' },
      // The lead's answer 429.7 (round 41, dr2): closing refuses a device in use, a write; a production-named one stays out of service.
      { sub: /^(close|luksClose|remove)\b/, unlessLive: true, args: notForced, effect: 'write', what: 'unmaps a device not in use (cryptsetup refuses one in use)' },
      { sub: /^(close|luksClose|remove)\b/, effect: 'outage', what: 'unmaps a production-named or forced device: what uses it stops' },
      { sub: /^(open|luksOpen|close|luksClose|remove|resize|refresh|luksResume|luksAddKey|luksChangeKey|luksConvertKey|addkey|reencrypt|repair|convert|token|loopaesOpen|tcryptOpen|bitlkOpen|plainOpen|create)\b/, effect: 'write', what: 'maps, unmaps, resizes or re-keys the device; the data stays' },
    ],
    otherwise: 'opaque',
  },
  // badblocks(8): the default test reads; `-n` rewrites each block with what it held ("non-destructive"); `-w` writes
  // test patterns over every block ("destroys all data").
  {
    names: ['badblocks'],
    local: true,
    valued: ['-b', '-c', '-d', '-e', '-i', '-o', '-p', '-t'],
    rules: [{ flags: ['-w'], effect: 'destroy', what: '`-w` writes test patterns over every block of the device' }],
    otherwise: 'read',
  },
  // mdadm(8): zeroing a member's superblock, failing a working member (the array loses its redundancy) and stopping an
  // array (whatever is mounted from it stops) lose data or service; --detail/--examine/--query read; creating, assembling,
  // growing, adding or removing a failed or spare member keep the array's data (`--remove` takes only failed and spare
  // devices). In manage mode `-f` is `--fail`; with --create/--assemble/--build/--grow it means --force.
  {
    names: ['mdadm'],
    local: true,
    valued: ['-l', '--level', '-n', '--raid-devices', '-x', '--spare-devices', '-c', '--chunk', '--rounding', '-e', '--metadata', '-N', '--name', '--config', '-b', '--bitmap', '--bitmap-chunk', '-p', '--layout', '--parity', '-z', '--size', '-Z', '--array-size', '--homehost', '-u', '--uuid', '-U', '--update', '--backup-file', '--data-offset', '--consistency-policy', '-m', '--super-minor', '--mail', '--program', '--alert', '-d', '--delay', '-y', '--syslog', '--action', '--write-journal'],
    rules: [
      { flags: ['--help', '-h', '--version', '-V'], effect: 'read', what: 'help' },
      { flags: ['--zero-superblock', '--kill-subarray'], effect: 'destroy', what: 'erases the RAID superblock of the devices: the array can no longer be assembled from them' },
      { flags: ['--stop', '-S'], effect: 'outage', what: 'stops the array: everything mounted from it stops' },
      { flags: ['--fail', '--set-faulty'], effect: 'safeguard', what: 'marks a working member failed: the array runs without its redundancy' },
      { flags: ['--detail', '-D', '--examine', '-E', '--query', '-Q', '--detail-platform', '--examine-bitmap', '-X', '--export', '--monitor', '--follow', '-F', '--wait', '-W', '--test', '-t'], effect: 'read', what: 'reports arrays and members' },
      // Round 39 (td39): --create asks before it writes over a member that holds a filesystem or a partition table, and
      // stops without an answer; `--run`/`-R` does not ask. A grow forced to fewer devices gives up members' data.
      { args: mdadmCreatesUnasked, effect: 'destroy', what: 'creates an array over its members without asking: what they held is gone' },
      { args: mdadmForcedShrink, effect: 'safeguard', what: 'forces the array to another number of devices: members\' data or redundancy is given up' },
      { flags: ['--create', '-C', '--assemble', '-A', '--build', '-B', '--grow', '-G', '--incremental', '-I', '--manage'], effect: 'write', what: 'creates, assembles or grows an array' },
      { flags: ['-f'], effect: 'safeguard', what: '`-f` (--fail) marks a working member failed: the array runs without its redundancy' },
    ],
    otherwise: 'write',
  },
  // e2fsprogs, xfsprogs and fsck(8): checks with -n/-N answer no to every question (a read); repairs write. xfs_repair
  // `-L` zeroes the log ("metadata updates ... lost", xfs_repair(8)); debugfs `-w` opens the filesystem for writing with
  // requests the action may not show.
  {
    names: ['e2fsck', 'fsck', 'fsck.ext2', 'fsck.ext3', 'fsck.ext4', 'fsck.xfs', 'fsck.vfat', 'fsck.fat', 'fsck.btrfs', 'fsck.exfat', 'dosfsck'],
    local: true,
    valued: ['-b', '-B', '-j', '-l', '-L', '-C', '-E', '-z', '-t'],
    dryRun: ['-n', '-N'],
    rules: [{ flags: ['--help', '-V', '--version'], effect: 'read', what: 'help' }],
    otherwise: 'write',
  },
  {
    names: ['xfs_repair'],
    local: true,
    valued: ['-m', '-l', '-r', '-o', '-c', '-t'],
    dryRun: ['-n'],
    rules: [{ flags: ['-V'], effect: 'read', what: 'version' }, { flags: ['-L'], effect: 'destroy', what: '`-L` zeroes the metadata log: the changes it held are lost' }],
    otherwise: 'write',
  },
  { names: ['dumpe2fs', 'xfs_info', 'xfs_metadump', 'btrfs-show-super', 'e2freefrag', 'filefrag', 'lsattr', 'blockdev', 'lvmdiskscan', 'pvck'], local: true, valued: ['-o', '-b'], rules: [{ sub: /^/, flags: ['--setro', '--setrw', '--flushbufs', '--rereadpt', '--setra', '--setbsz'], effect: 'write', what: 'changes a device setting' }], otherwise: 'read' },
  {
    names: ['resize2fs', 'xfs_growfs', 'e2label', 'xfs_fsr', 'e4defrag', 'fatlabel', 'btrfstune'],
    local: true,
    valued: ['-D', '-S', '-z', '-m', '-L', '-R', '-t'],
    rules: [{ flags: ['-P', '-n'], effect: 'read', what: 'prints the minimum size or the geometry' }],
    otherwise: 'write',
  },
  // cloud-utils growpart(1) only grows a partition into the free space after it (`-N`/`--dry-run` prints the change);
  // partprobe(8) tells the kernel about partition table changes (`-d` does not, `-s` prints a summary); losetup(8)
  // attaches or detaches loop devices (the backing files are kept) or lists them.
  { names: ['growpart'], local: true, valued: [], dryRun: ['-N', '--dry-run'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }], otherwise: 'write' },
  { names: ['partprobe'], local: true, valued: [], dryRun: ['-d', '--dry-run'], rules: [{ flags: ['-h', '--help', '-v', '--version', '-s', '--summary'], effect: 'read', what: 'help, or a summary of the partitions' }], otherwise: 'write' },
  { names: ['losetup'], local: true, valued: ['-o', '--offset', '--sizelimit', '-b', '--sector-size', '-j', '--associated', '-O', '--output'], rules: [{ flags: ['-a', '--all', '-l', '--list', '-j', '--associated', '-h', '--help', '-V', '--version'], effect: 'read', what: 'lists loop devices' }], otherwise: 'write' },
  // grub-mkconfig(8) prints the generated boot menu, or writes it to the file `-o` names: grub.cfg under /boot is the
  // generated file itself (update-grub does the same); any other output is a file overwritten.
  {
    names: ['grub-mkconfig', 'grub2-mkconfig'],
    local: true,
    valued: ['-o', '--output'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' },
      { flagValue: { names: ['-o', '--output'], value: /^\/boot\/(grub2?|efi\/EFI\/[\w-]+)\/grub\.cfg$/ }, effect: 'write', what: 'regenerates the boot menu, grub.cfg' },
      { flags: ['-o', '--output'], effect: 'destroy', what: 'writes the generated boot menu over the file it names' },
    ],
    otherwise: 'read',
  },
  // systemd-cryptenroll(1): without an enrolment option it lists the LUKS key slots; `--password`, `--recovery-key` and a
  // FIDO2, TPM2 or PKCS#11 device enrol a new key beside the others; `=list` lists devices; `--wipe-slot` removes slots
  // (a lost passphrase or recovery key can no longer unlock the disk).
  {
    names: ['systemd-cryptenroll'],
    local: true,
    valued: [],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--wipe-slot'], effect: 'destroy', what: 'removes key slots: what unlocked the disk through them no longer does' },
      { flagValue: { names: ['--fido2-device', '--tpm2-device', '--pkcs11-token-uri'], value: /^list$/ }, effect: 'read', what: 'lists the devices that can hold a key' },
      { flags: ['--password', '--recovery-key', '--fido2-device', '--tpm2-device', '--pkcs11-token-uri', '--unlock-key-file', '--unlock-fido2-device', '--unlock-tpm2-device'], effect: 'write', what: 'enrols a new key in a free slot; the other slots stay' },
    ],
    otherwise: 'read',
  },
  // chsh(1): changes a login shell; one that refuses logins (nologin, false) locks the account out.
  {
    names: ['chsh'],
    local: true,
    valued: ['-s', '--shell', '-R', '--root'],
    rules: [
      { flags: ['-h', '--help', '-l', '--list-shells', '-v', '--version'], effect: 'read', what: 'help, or the list of shells' },
      { flagValue: { names: ['-s', '--shell'], value: /(^|\/)(nologin|false)$/ }, effect: 'outage', what: 'gives the account a shell that refuses logins: it can no longer sign in' },
    ],
    otherwise: 'write',
  },
  {
    names: ['tune2fs', 'xfs_admin'],
    local: true,
    valued: ['-c', '-C', '-e', '-E', '-g', '-i', '-I', '-J', '-L', '-m', '-M', '-o', '-O', '-r', '-T', '-u', '-U', '-z', '-Q'],
    rules: [{ sub: /^/, flags: ['-l'], effect: 'read', what: 'lists the superblock or the label' }],
    otherwise: 'write',
  },
  {
    names: ['debugfs'],
    local: true,
    valued: ['-b', '-s', '-f', '-R', '-d', '-z'],
    rules: [{ flags: ['-w'], effect: 'opaque', what: 'opens the filesystem for writing: its requests are not all in the action' }],
    otherwise: 'read',
  },
  // LVM creation (pvcreate(8), vgcreate(8)) initialises the devices it names as mkfs does: LVM asks before wiping a
  // signature it finds, and a confirmation does not make it benign (the agent is the one at the prompt; the lead's
  // answers 279, 317); `-f`/`-ff` "override various checks", `-y` answers yes. The other volume-group tools write
  // metadata; vgcfgrestore (below) puts back older metadata (volumes made since are lost), `--list` only shows the backups.
  lvmTool(['pvcreate', 'vgcreate'], { args: () => true, effect: 'destroy', what: 'initialises the devices it names for LVM, as mkfs does: what they held is lost once the prompt is answered' }),
  lvmTool(['pvchange', 'vgimport', 'vgexport', 'vgmerge', 'vgsplit', 'vgmknodes', 'vgimportclone', 'lvmconfig', 'lvmdevices', 'vgck'], undefined, false),
  // vgextend(8) initialises a device that is not yet a physical volume as pvcreate does; forced (`-f`, `-ff`) or answered
  // (`-y`) its signature is wiped (round 41, ol41). Without them it is a write, as before (answer 317 names pvcreate and
  // vgcreate only).
  lvmTool(['vgextend']),
  {
    names: ['vgcfgrestore'],
    local: true,
    valued: ['-f', '--file', '-M', '--metadatatype', '--config'],
    dryRun: ['-t', '--test'],
    rules: [
      { flags: ['--help', '-h', '-l', '--list'], effect: 'read', what: 'lists the metadata backups' },
      { effect: 'destroy', what: 'puts back older volume group metadata: volumes created or resized since are lost' },
    ],
    otherwise: 'destroy',
  },
  // Kopia (kopia.io command reference; `snapshot delete` only says what it "would delete" without --delete): deleting
  // snapshots, expiring them with --delete, deleting blobs or contents and maintenance with `--safety=none` lose backups.
  {
    names: ['kopia'],
    where: ['--config-file'],
    valued: ['--config-file', '--password', '-p', '--log-level', '--file-log-level', '--log-dir', '--cache-directory', '--content-cache-size-mb', '--metadata-cache-size-mb', '--description', '--tags', '--parallel', '--snapshot-time', '--safety', '--owner', '--max-list-results', '--keep-latest', '--keep-hourly', '--keep-daily', '--keep-weekly', '--keep-monthly', '--keep-annual', '--add-ignore', '--remove-ignore', '--compression', '--path', '--bucket', '--prefix', '--endpoint', '--region', '--access-key', '--secret-access-key', '--session-token', '--container', '--storage-account', '--credentials-file', '--sftp-host', '--host', '--username', '--keyfile', '--known-hosts', '--server-cert-fingerprint', '--url'],
    rules: [
      { flags: ['--help', '--help-long', '--version'], effect: 'read', what: 'help' },
      // The lead's answer 337.4 (round 32): `snapshot expire --delete` applies each source's configured retention policy
      // (kopia's `policy set --keep-*`), answer 79's configured retention: a write. `--unsafe-ignore-source` stays destructive.
      { sub: /^(snapshot|snap) expire\b/, flags: ['--delete'], args: (a) => !a.includes('--unsafe-ignore-source'), effect: 'write', what: 'deletes the snapshots past the configured retention policy, keeping the newest (answers 79 and 337.4)' },
      { sub: /^(snapshot|snap) (delete|rm|expire)\b/, flags: ['--delete', '--unsafe-ignore-source'], effect: 'destroy', what: 'deletes snapshots from the repository' },
      { sub: /^(snapshot|snap) (delete|rm|expire)\b/, effect: 'read', what: 'without --delete it lists what it would delete' },
      { sub: /^(blob (delete|rm)|content (delete|rm)|index (optimize|recover)|repository (repair|set-parameters))\b/, effect: 'destroy', what: 'deletes or rewrites repository blobs directly' },
      { sub: /^blob gc\b/, flags: ['--delete'], effect: 'destroy', what: 'deletes blobs no snapshot references' },
      { sub: /^maintenance run\b/, flagValue: { names: ['--safety'], value: /^none$/ }, effect: 'destroy', what: 'runs maintenance without its safety margins: data of running or recent snapshots can be deleted' },
      { sub: /^((snapshot|snap) (list|ls|verify|estimate|diff|pin)|policy (show|list|ls|get)|repository (status|validate-provider|throttle get)|maintenance info|content (list|ls|show|stats|verify)|blob (list|ls|show|stats|gc)|index (list|inspect)|manifest (list|ls|show)|cache info|diff|ls|list|show|cat|mount|server status|user (list|info)|acl list|logs (list|show)|benchmark)\b/, effect: 'read', what: 'reads the repository' },
      { sub: /^((snapshot|snap) (create|restore|copy-history|move-history|migrate|fix)|policy (set|edit|import|export|delete|rm)|restore|repository (create|connect|disconnect|change-password|sync-to|upgrade|throttle set)|maintenance (run|set)|cache (clear|set|sync)|server|user|acl|notification|mount)\b/, effect: 'write', what: 'adds snapshots or changes settings' },
    ],
    otherwise: 'opaque',
  },
  // Ceph (the `ceph` CLI reference, "Pools", "OSD Service", "CephFS Administrative commands"): deleting a pool, purging or
  // destroying an OSD, removing a file system or an auth key lose data or a credential; `mon_allow_pool_delete true`
  // and `nodelete false` switch off the guard against pool deletion, and a pool `size`/`min_size` of 1 keeps one copy.
  {
    names: ['ceph'],
    valued: ['-c', '--conf', '-k', '--keyring', '-n', '--name', '--id', '-i', '--in-file', '-o', '--out-file', '-f', '--format', '--cluster', '--connect-timeout', '-m'],
    where: ['-c', '--conf', '--cluster', '-m'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      // `ceph -s` is `ceph status` and `ceph -w` watches the cluster log (ceph(8)), with no command after them.
      { sub: /^$/, flags: ['-s', '--status', '-w', '--watch'], effect: 'read', what: 'reads cluster state' },
      { sub: /^(osd pool (delete|rm)|osd (purge|purge-new|destroy|rm|lost)|fs (rm|remove)|fs volume rm|fs subvolume (rm|snapshot rm)|fs subvolumegroup rm|auth (del|rm)|osd erasure-code-profile rm|osd crush (rm|remove|unlink)|mds rmfailed|mon remove|orch (osd rm|host rm|rm|daemon rm)|nfs (cluster|export) (rm|delete)|rgw (realm|zone|zonegroup) rm|config-key (rm|del)|tell \S+ (flush_journal|wipe))\b/, effect: 'destroy', what: 'deletes pools, OSDs, file systems, volumes or keys' },
      { sub: /^config set \S+ mon_allow_pool_delete (true|1|yes)\b|^osd pool set \S+ (nodelete|nosizechange) (false|0)\b|^osd pool set \S+ (size|min_size) 1\b/, effect: 'safeguard', what: 'switches off the guard against deletion or keeps a single copy of the data' },
      { sub: /^(fs fail|fs set \S+ (down|joinable) (true|false)|osd pause|osd set (pause|noup|nodown))\b/, effect: 'outage', what: 'takes the file system or the cluster\'s I/O out of service' },
      { sub: /^(status|-s|health|df|versions|version|report|quorum_status|mon (stat|dump)|mgr (stat|dump|services|module ls)|osd (tree|df|ls|dump|stat|find|metadata|perf|utilization|pool (ls|get|stats|autoscale-status)|crush (dump|tree|rule ls)|blocked-by)|pg (stat|dump_stuck|dump_json|dump_pools_json|dump|ls|query|ls-by-\w+)|fs (ls|status|dump|get|volume ls|subvolume (ls|info|getpath))|auth (ls|list|get|export|print-key)|config (get|dump|show|log|ls)|config-key (get|ls|dump)|crash (ls|info|stat)|log last|orch (ps|ls|host ls|device ls|status)|balancer status|progress|time-sync-status|features|node ls|device ls|telemetry show|iostat)\b/, effect: 'read', what: 'reads cluster state' },
      { sub: /^(osd pool (create|set|application|rename|mksnap)|osd (in|out|set|unset|reweight|crush (add|move|reweight|rule create)|pool set-quota|scrub|deep-scrub|repair)|fs (new|set|add_data_pool|volume create|subvolume (create|resize|snapshot create))|auth (add|get-or-create|caps|import)|config (set|rm|assimilate-conf)|config-key set|mgr module (enable|disable)|orch (apply|daemon (add|restart|redeploy)|host add|host drain|host maintenance enter|upgrade|restart|redeploy)|crash (archive|archive-all|prune)|balancer|tell|pg (repair|scrub|deep-scrub)|mon add|osd blocklist|osd blacklist|nfs)\b/, effect: 'write', what: 'creates, configures or maintains' },
    ],
    otherwise: 'opaque',
  },
  // rbd(8): removing an image or its snapshots, rolling an image back to a snapshot ("overwriting the current version of
  // the image with data from a snapshot"), shrinking it (`--allow-shrink`) and purging the trash lose data; unprotecting
  // a snapshot lifts its guard against deletion.
  {
    names: ['rbd'],
    valued: ['-p', '--pool', '--namespace', '--image', '--snap', '--dest', '--dest-pool', '-s', '--size', '--order', '--object-size', '--image-feature', '--image-format', '--stripe-unit', '--stripe-count', '--data-pool', '-c', '--conf', '--cluster', '--id', '--user', '-n', '--name', '-m', '--keyring', '--format', '--export-format', '--io-type', '--io-size', '--io-threads', '--io-total', '--io-pattern', '--from-snap', '--expires-at', '--limit', '-t', '--device-type', '-o', '--options'],
    where: ['-c', '--conf', '--cluster', '-m'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^(rm|remove|trash (rm|remove|purge)|snap (rm|remove|purge|rollback|revert)|group (rm|remove|snap (rm|remove|rollback))|namespace (rm|remove)|pool init --force|mirror (image|pool) (demote|disable)|migration abort|lock (rm|remove))\b/, effect: 'destroy', what: 'deletes images or snapshots, or rolls an image back to a snapshot (later writes are lost)' },
      { sub: /^resize\b/, flags: ['--allow-shrink'], effect: 'destroy', what: 'shrinks the image: data past the new size is cut off' },
      { sub: /^snap unprotect\b/, effect: 'safeguard', what: 'lifts a snapshot\'s protection against deletion' },
      { sub: /^(ls|list|info|du|disk-usage|status|diff|children|watchers|showmapped|device (list|ls)|snap (ls|list|limit)|trash (ls|list)|group (ls|list|image (ls|list)|snap (ls|list))|mirror (pool|image) (info|status)|perf|config (get|list|ls)|lock (ls|list)|journal (info|status)|export|export-diff|image-meta (get|list))\b/, effect: 'read', what: 'reads images' },
      { sub: /^(create|clone|copy|cp|deep (copy|cp)|import|import-diff|rename|mv|resize|flatten|feature|image-meta (set|remove|rm)|snap (create|add|protect|rename|limit set)|map|unmap|device (map|unmap)|trash (mv|move|restore)|group (create|image (add|rm|remove)|snap create)|mirror|migration (prepare|execute|commit)|bench|sparsify|object-map|config|namespace create|pool init|lock add|nbd)\b/, effect: 'write', what: 'creates, maps, moves to the trash or resizes images' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['rados'],
    valued: ['-p', '--pool', '-N', '--namespace', '-c', '--conf', '--cluster', '--id', '--user', '-n', '--name', '-m', '-t', '--concurrent-ios', '-b', '--block-size', '-o', '--object-size', '--target-pool', '--prefix', '--run-name', '-s', '--snap', '--format', '--striper'],
    where: ['-c', '--conf', '--cluster', '-m'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^(purge|rm|rmpool|rmsnap|rollback|truncate|rmomapkey|clearomap|rmxattr|rm-omap-key)\b/, effect: 'destroy', what: 'deletes objects, pools or snapshots, or rolls objects back' },
      { sub: /^(ls|lspools|df|get|stat|stat2|lssnap|listomapkeys|listomapvals|getomapval|getxattr|listxattr|list-inconsistent-\w+|listwatchers|export)\b/, effect: 'read', what: 'reads objects' },
      { sub: /^(put|append|create|cp|mksnap|setxattr|setomapval|setomapheader|mkpool|import|bench|cleanup|load-gen|tier-flush|cache-flush\S*|cache-evict\S*)\b/, effect: 'write', what: 'writes objects or benchmarks (cleanup removes only benchmark objects)' },
    ],
    otherwise: 'opaque',
  },
  // radosgw-admin (Ceph Object Gateway admin guide): removing a bucket with its objects, a user with its data, keys or
  // subusers, trimming usage or logs, removing zones and realms lose data or credentials; suspending a user switches its
  // credentials off.
  {
    names: ['radosgw-admin'],
    valued: ['--uid', '--bucket', '--object', '--access-key', '--secret', '--secret-key', '--key-type', '--subuser', '--display-name', '--email', '--access', '--caps', '--quota-scope', '--max-objects', '--max-size', '--rgw-zone', '--rgw-zonegroup', '--rgw-realm', '--zone-id', '--zonegroup-id', '--realm-id', '--start-date', '--end-date', '--shard-id', '--max-entries', '--tenant', '-c', '--conf', '--cluster', '--id', '-n', '--name', '--num-shards', '--bucket-id', '--marker', '--placement-id', '--storage-class', '--period', '--format'],
    where: ['-c', '--conf', '--cluster', '--rgw-zone', '--rgw-zonegroup', '--rgw-realm'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^(bucket (rm|remove)|user (rm|remove)|key (rm|remove|delete)|subuser (rm|remove)|object (rm|remove|unlink)|usage trim|log (rm|trim)|mdlog trim|datalog trim|bilog trim|zone (rm|delete)|zonegroup (rm|delete|remove)|realm (rm|delete)|period delete|role (rm|delete)|topic (rm|delete)|lc (reshard fix|process)|bucket (purge|unlink)|orphans (finish|find))\b/, effect: 'destroy', what: 'deletes buckets, users, keys, objects or logs' },
      { sub: /^user suspend\b/, effect: 'destroy', what: 'suspends the user: its keys stop working' },
      { sub: /^(user (info|list|stats)|bucket (list|stats|limit check|check|layout|radoslist)|buckets list|usage show|log (list|show)|metadata (get|list)|zone (get|list)|zonegroup (get|list)|realm (get|list)|period (get|list)|quota get|gc list|lc (list|get)|caps get|role (get|list)|topic (get|list)|sync status|bucket sync status|object stat|reshard (list|status))\b/, effect: 'read', what: 'reads users, buckets and zones' },
      { sub: /^(user (create|modify|enable)|key create|subuser (create|modify)|caps (add|rm)|quota (set|enable|disable)|bucket (link|chown|reshard|sync)|zone (create|modify|set)|zonegroup (create|modify|set|add)|realm (create|pull|default)|period (update|commit|pull)|role (create|modify)|topic create|gc process|reshard (add|process)|metadata put|ratelimit)\b/, effect: 'write', what: 'creates or changes users, buckets and zones' },
    ],
    otherwise: 'opaque',
  },
  // tarsnap(1): `-d` deletes archives and `--nuke` deletes every archive of the machine; `--fsck-prune` removes damaged
  // archives. `-c` creates, `-x` extracts, `-t`, `--list-archives` and `--print-stats` read.
  {
    names: ['tarsnap'],
    valued: ['-f', '--keyfile', '--cachedir', '-C', '--configfile', '-T', '-X', '--exclude', '--include', '--newer-than', '--maxbw', '--maxbw-rate', '--archive-names', '-s'],
    dryRun: ['--dry-run'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { flags: ['-d', '--nuke', '--fsck-prune'], effect: 'destroy', what: 'deletes archives from the tarsnap service' },
      { flags: ['-t', '--list-archives', '--print-stats', '--verify-config', '--dump-config'], effect: 'read', what: 'lists archives' },
    ],
    otherwise: 'write',
  },
  // duplicity(1): `remove-older-than TIME`, `remove-all-but-n-full N`, `remove-all-inc-of-but-n-full N` and `cleanup` only
  // list what they would delete unless `--force` ("Proceed even if data loss might result"). With it, a retention that keeps
  // 30 days or more (`1M`, `6M`, `30D`; a time as units `s m h D W M Y`) or the newest N ≥ 2 full chains is retention, as
  // restic's and borg's (the lead's answers 79, 234 and 331); a shorter span, one chain, or a date duplicity reads (no
  // clock here) deletes restore points. `cleanup --force` deletes what failed sessions left. A restore over files needs
  // `--force` too.
  {
    names: ['duplicity'],
    valued: ['--name', '--archive-dir', '--encrypt-key', '--hidden-encrypt-key', '--sign-key', '--file-to-restore', '-r', '--time', '-t', '--include', '--exclude', '--include-filelist', '--exclude-filelist', '--include-regexp', '--exclude-regexp', '--volsize', '--verbosity', '-v', '--log-file', '--log-fd', '--ssh-options', '--gpg-options', '--tempdir', '--full-if-older-than', '--num-retries', '--backend-retry-delay', '--timeout', '--s3-region-name'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^(collection-status|list-current-files|verify)\b/, effect: 'read', what: 'reads the backup chains' },
      { sub: /^(remove-older-than|remove-all-but-n-full|remove-all-inc-of-but-n-full) /, flags: ['--force'], args: duplicityKeepsEnough, effect: 'write', what: `retention: keeps ${RETENTION_KEEP_DAYS} days or more, or the newest full chains (the lead's answers 79, 234 and 331)` },
      { sub: /^(remove-older-than|remove-all-but-n-full|remove-all-inc-of-but-n-full)\b/, flags: ['--force'], effect: 'destroy', what: 'deletes backup sets (restore points) beyond a short span, or all but one chain' },
      { sub: /^cleanup\b/, flags: ['--force'], effect: 'write', what: 'deletes the files failed backup sessions left' },
      { sub: /^(remove-older-than|remove-all-but-n-full|remove-all-inc-of-but-n-full|cleanup)\b/, effect: 'read', what: 'lists what it would delete: without --force duplicity deletes nothing' },
      { sub: /^restore\b/, flags: ['--force'], effect: 'destroy', what: 'overwrites the target with the backup' },
    ],
    otherwise: 'write',
  },
  // rdiff-backup(1): removing increments older than a time deletes those restore points (`--remove-older-than` in the old
  // interface, `remove increments --older-than` in the new one); a restore with `--force` overwrites its target.
  {
    names: ['rdiff-backup'],
    valued: ['--remove-older-than', '--older-than', '-r', '--restore-as-of', '--at', '--include', '--exclude', '--include-globbing-filelist', '--exclude-globbing-filelist', '--api-version', '--remote-schema', '-v', '--verbosity', '--terminal-verbosity'],
    rules: [
      { flags: ['--help', '-h', '-V', '--version'], effect: 'read', what: 'help' },
      { flags: ['--remove-older-than'], effect: 'destroy', what: 'deletes the increments older than the given time' },
      { sub: /^remove increments\b/, effect: 'destroy', what: 'deletes the increments older than the given time' },
      { sub: /^(restore|regress)\b/, flags: ['--force'], effect: 'destroy', what: 'overwrites the target with the backup' },
      { flags: ['-r', '--restore-as-of'], effect: 'write', what: 'restores files' },
      { sub: /^(list|info|verify|compare|test|calculate)\b/, effect: 'read', what: 'reads the repository' },
      { flags: ['-l', '--list-increments', '--list-increment-sizes', '--list-changed-since', '--list-at-time', '--compare', '--compare-hash', '--compare-full', '--verify', '--verify-at-time', '--test-server'], effect: 'read', what: 'reads the repository' },
    ],
    otherwise: 'write',
  },
  // btrbk(1): `prune` deletes snapshots and backups past their retention (`run` does so as part of its schedule); `clean`
  // removes only incomplete, garbled backups; `dryrun` and `-n` change nothing.
  {
    names: ['btrbk'],
    valued: ['-c', '--config', '--override', '--lockfile', '-l', '--loglevel', '-t', '--format', '-S', '--ssh-identity'],
    dryRun: ['-n', '--dry-run'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^prune\b/, effect: 'destroy', what: 'deletes snapshots and backups past their retention' },
      { sub: /^(dryrun|list|ls|stats|usage|origin|diff|extents|config|version)\b/, effect: 'read', what: 'lists snapshots and backups' },
      { sub: /^(run|snapshot|resume|archive|clean|cp)\b/, effect: 'write', what: 'takes snapshots and transfers backups' },
    ],
    otherwise: 'opaque',
  },
  // sanoid(8) prunes snapshots past the retention of its configuration (`--prune-snapshots`, and `--cron` takes then
  // prunes): the lead's answer 79 reads both as a write, a rotation by the configured policy as `rsnapshot daily` is;
  // `--force-prune` prunes even while a send or receive is using a snapshot, and stays destructive. syncoid(8)
  // `--force-delete` destroys target datasets without a common snapshot and `--delete-target-snapshots` deletes the
  // target's snapshots the source lacks.
  {
    names: ['sanoid'],
    valued: ['--configdir', '--cache-dir', '--run-dir', '--cache-ttl'],
    dryRun: ['--readonly'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--force-prune'], effect: 'destroy', what: 'deletes the snapshots past the configured retention, even one a send or receive is using' },
      { flags: ['--prune-snapshots', '--cron'], effect: 'write', what: 'takes and prunes snapshots by the retention sanoid.conf sets (answer 79)' },
      { flags: ['--monitor-health', '--monitor-snapshots', '--monitor-capacity'], effect: 'read', what: 'reports on pools and snapshots' },
      { flags: ['--take-snapshots', '--force-update'], effect: 'write', what: 'takes snapshots' },
    ],
    otherwise: 'write',
  },
  {
    names: ['syncoid'],
    valued: ['--compress', '--source-bwlimit', '--target-bwlimit', '--mbuffer-size', '--pv-options', '--sshkey', '--sshport', '--sshcipher', '--sshoption', '--identifier', '--include-snaps', '--exclude-snaps', '--exclude-datasets', '--exclude', '--sendoptions', '--recvoptions'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--force-delete', '--delete-target-snapshots'], effect: 'destroy', what: 'destroys target datasets or snapshots the source lacks' },
    ],
    otherwise: 'write',
  },
  // GlusterFS (gluster(8)): deleting a volume, removing bricks with `force` (their data is not migrated) and deleting or
  // restoring a snapshot lose data; stopping a volume takes it out of service.
  {
    names: ['gluster'],
    valued: ['--remote-host', '--mode', '--log-file', '--glusterd-sock'],
    where: ['--remote-host'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^(volume (delete|reset)|volume remove-brick \S+ .*\bforce\b|snapshot (delete|restore)|volume replace-brick \S+ .*\bcommit force\b)/, effect: 'destroy', what: 'deletes a volume, snapshots or bricks without moving their data' },
      { sub: /^volume stop\b/, effect: 'outage', what: 'stops the volume: clients lose access' },
      // Round 39 (bld39): mounts allowed from any address.
      { sub: /^volume set \S+ auth\.allow \*$/, effect: 'safeguard', what: 'opens the volume to clients at any address' },
      { sub: /^(volume (info|status|list|heal \S+ info|get|profile \S+ info|top|quota \S+ list|bitrot \S+ scrub status|rebalance \S+ status|remove-brick \S+ .*\bstatus\b)|peer status|pool list|snapshot (list|info|status|config)|system:: (uuid get|getspec)|volume geo-replication \S+ status|--version)/, effect: 'read', what: 'reads volumes and peers' },
    ],
    otherwise: 'write',
  },
  // DRBD (drbdadm(8)): `down` and `secondary` stop serving the resource; `invalidate` discards the local data (a full
  // resync from the peer), `wipe-md` erases the metadata.
  {
    names: ['drbdadm'],
    valued: ['-c', '--config-file', '-t', '--config-to-test', '--peer', '--backing-dev'],
    dryRun: ['-d', '--dry-run'],
    rules: [
      { flags: ['--help', '-h', '-V', '--version'], effect: 'read', what: 'help' },
      { sub: /^(invalidate|invalidate-remote|wipe-md|forget-peer)\b/, effect: 'destroy', what: 'discards a side\'s data or the resource\'s metadata' },
      // Round 39 (bld39): a forced promotion ignores that the local data may be stale (a split brain), and
      // `--discard-my-data` throws the local side's changes away at the next connect.
      { sub: /^primary\b/, flags: ['--force'], effect: 'destroy', what: 'promotes the node even with outdated data (split brain)' },
      { sub: /^connect\b/, flags: ['--discard-my-data'], effect: 'destroy', what: "discards this node's changes for the peer's" },
      { sub: /^(down|secondary|disconnect|detach)\b/, effect: 'outage', what: 'stops serving the resource' },
      { sub: /^(status|dstate|cstate|role|sh-\S+|dump|dump-md|show-gi|get-gi|verify)\b/, effect: 'read', what: 'reports the resource' },
    ],
    otherwise: 'write',
  },
  // Drive-level tools (nvme-cli, hdparm(8), sg_format(8)): formatting, sanitizing, deleting a namespace and ATA secure
  // erase wipe the drive; identify, SMART and log pages read. fsfreeze(8)/xfs_freeze(8) `-f` blocks every write to the
  // filesystem until `-u`. dmsetup(8) `remove`/`remove_all`/`wipe_table` tear down device-mapper devices in use;
  // blkdeactivate(8) unmounts and deactivates the block devices it is given.
  {
    names: ['nvme'],
    local: true,
    valued: ['-n', '--namespace-id', '-s', '--ses', '-l', '--lbaf', '-a', '--sanact', '-o', '--output-format', '-c', '--controllers', '-f', '--feature-id'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^(format|sanitize|delete-ns|detach-ns|write-zeroes|dsm|write-uncor)\b/, effect: 'destroy', what: 'formats, sanitizes or deletes namespaces of the drive' },
      { sub: /^(list|list-subsys|list-ctrl|list-ns|smart-log|id-ctrl|id-ns|error-log|fw-log|show-regs|get-feature|get-log|ns-descs|effects-log|sanitize-log|self-test-log|version|help|show-topology|id-\S+|\S+-log)\b/, effect: 'read', what: 'reads drive information' },
    ],
    otherwise: 'write',
  },
  // gpm(8), the console mouse daemon: `-k` kills the running daemon; `-t help` lists mouse types; `-S` lets mouse
  // clicks run commands (by default shutdown and reboot); anything else starts the daemon on a mouse device.
  {
    names: ['gpm'],
    local: true,
    valued: ['-a', '-b', '-B', '-d', '-g', '-i', '-l', '-m', '-o', '-r', '-t'],
    rules: [
      { flags: ['-h', '-v'], effect: 'read', what: 'prints help' },
      { flagValue: { names: ['-t'], value: /^help$/ }, effect: 'read', what: 'lists the mouse types' },
      { flags: ['-k'], effect: 'outage', what: 'kills the running console mouse daemon' },
      { flags: ['-S'], effect: 'opaque', what: 'lets mouse clicks run commands (shutdown, reboot or the ones given)' },
    ],
    otherwise: 'write',
  },
  // minicom(1) opens a terminal on a serial port: what is typed there goes to the device. `-S` runs a script file the
  // action does not show; `-C` appends the session to a capture file, read here when it is a plain workspace path.
  {
    names: ['minicom'],
    local: true,
    valued: ['-D', '--device', '-b', '--baudrate', '-C', '--capturefile', '-S', '--script', '-a', '--attrib', '-c', '--color', '-t', '--term', '-p', '--ptty', '-R', '--remotecharset', '-F', '--statusline'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'prints help' },
      { flags: ['-S', '--script'], effect: 'opaque', what: 'runs a script file the action does not show against the device' },
      { flags: ['-C', '--capturefile'], args: (a) => !captureIsWorkspaceFile(a), effect: 'opaque', what: 'appends the session to a file outside the workspace' },
    ],
    otherwise: 'write',
  },
  // mtools' mlabel(1) sets, clears (`-c`) or shows (`-s`) the label of a FAT filesystem; the data stays.
  {
    names: ['mlabel'],
    local: true,
    valued: ['-i', '-N'],
    rules: [{ flags: ['-s'], effect: 'read', what: 'shows the label' }],
    otherwise: 'write',
  },
  // optimus-manager (its README, tldr-pages): `--switch MODE` changes the GPU mode by restarting the display manager, which
  // logs the user out ("switching GPU mode will automatically log you out"): every graphical program of the session closes.
  {
    names: ['optimus-manager'],
    local: true,
    valued: ['--switch', '--temp-config', '--set-startup'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version', '--print-mode', '--print-next-mode', '--print-startup', '--status'], effect: 'read', what: 'reads the GPU mode' },
      { flags: ['--switch'], effect: 'outage', what: 'restarts the display manager: the graphical session ends with its unsaved work' },
    ],
    otherwise: 'write',
  },
  {
    names: ['hdparm'],
    local: true,
    valued: ['--user-master', '--security-erase', '--security-erase-enhanced', '--security-set-pass', '--security-disable', '--security-unlock', '--trim-sector-ranges', '--write-sector', '--make-bad-sector', '-N', '-S', '-B', '-M', '-W', '-a', '-A', '-c', '-d', '-m', '-r', '-P', '-X'],
    rules: [
      { flags: ['--help', '-h', '-V'], effect: 'read', what: 'help' },
      { flags: ['--security-erase', '--security-erase-enhanced', '--trim-sector-ranges', '--trim-sector-ranges-stdin', '--write-sector', '--make-bad-sector', '--dco-restore', '--fwdownload'], effect: 'destroy', what: 'erases, trims or overwrites sectors of the drive' },
      { flags: ['-I', '-i', '-t', '-T', '-C', '-g', '--direct', '-H', '--Istdin', '--dco-identify'], effect: 'read', what: 'reads drive identity or timing' },
    ],
    otherwise: 'write',
  },
  { names: ['sg_format'], local: true, valued: ['-c', '--count', '-s', '--size', '-P', '--pinfo', '-t', '--timeout'], rules: [{ flags: ['--format', '-F'], effect: 'destroy', what: 'low-level formats the drive' }], otherwise: 'read' },
  {
    names: ['fsfreeze', 'xfs_freeze'],
    local: true,
    valued: [],
    rules: [{ flags: ['-f', '--freeze'], effect: 'outage', what: 'freezes the filesystem: every write to it blocks until it is thawed' }],
    otherwise: 'write',
  },
  {
    names: ['dmsetup'],
    local: true,
    valued: ['-u', '--uuid', '-j', '--major', '-m', '--minor', '--table', '-o', '--options', '--readahead'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^(remove|remove_all|wipe_table|clear)\b/, effect: 'outage', what: 'removes device-mapper devices (or their tables) that filesystems may be using' },
      { sub: /^(ls|info|status|table|deps|targets|version|help|udevcookies|stats list|stats print)\b/, effect: 'read', what: 'reads device-mapper state' },
    ],
    otherwise: 'write',
  },
  // The Linux audit system's control, auditctl(8): `-e 0` switches auditing off, `-D` deletes every rule (both lose the
  // audit trail from then on); `-l` and `-s` read. fstrim(8) discards blocks no file uses, and sync(1) flushes writes:
  // neither changes what a file holds.
  {
    names: ['auditctl'],
    local: true,
    valued: ['-a', '-A', '-d', '-w', '-W', '-p', '-k', '-F', '-S', '-e', '-f', '-b', '-r', '--backlog_wait_time', '-R'],
    rules: [
      { flags: ['-h', '--help', '-v', '-l', '-s'], effect: 'read', what: 'lists audit rules or status' },
      { flags: ['-D'], effect: 'safeguard', what: 'deletes every audit rule: nothing is audited from then on' },
      { flagValue: { names: ['-e'], value: /^0$/ }, effect: 'safeguard', what: 'switches auditing off' },
      { flags: ['-W', '-d'], effect: 'safeguard', what: 'removes an audit rule' },
    ],
    otherwise: 'write',
  },
  { names: ['fstrim'], local: true, valued: ['-o', '--offset', '-l', '--length', '-m', '--minimum', '-I', '--listed-in'], rules: [], otherwise: 'write' },
  { names: ['sync'], local: true, valued: [], rules: [], otherwise: 'write' },
  { names: ['blkdeactivate'], local: true, valued: ['-d', '--dmoptions', '-l', '--lvmoptions', '-m', '--mpathoptions', '-o', '--vdooptions', '-r', '--mdraidoptions'], rules: [{ flags: ['--help', '-h'], effect: 'read', what: 'help' }, { effect: 'outage', what: 'unmounts and deactivates the block devices and everything stacked on them' }], otherwise: 'outage' },
  // Package managers (apt-get(8), apt(8), dnf(8), brew(1), snap, flatpak(1)) act on this machine (`local`): a package's
  // name (`libpq-dev`, `python3-dev`) names no environment. Installing and removing a package are
  // writes the repository undoes; purging also deletes its configuration files (local edits are lost) and stops its
  // services; snap `--purge` skips the automatic snapshot of the snap's data, flatpak `--delete-data` deletes the
  // app's data, Homebrew `--zap` removes the app's files outside the Cellar.
  {
    names: ['apt-get', 'apt', 'aptitude'],
    local: true,
    valued: ['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-a', '--host-architecture'],
    dryRun: ['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act'],
    shortBundles: true,
    rules: [
      { flags: ['--help', '-h', '--version', '-v'], effect: 'read', what: 'help' },
      { args: aptVerificationOff, effect: 'safeguard', what: 'installs or updates from repositories whose signatures or certificates are not checked' },
      // Old kernels (round 18, p18): every operand a kernel package of one literal version (`linux-image-5.15.0-86-generic`,
      // its modules and headers) is the cleanup of a kernel the machine no longer boots; a kernel package holds no local
      // edits. The meta-package (`linux-image-generic`), `$(uname -r)` (the running kernel) or a pattern stay as below.
      { sub: OLD_KERNEL_PURGE, effect: 'write', what: 'removes the packages of one versioned kernel (an old kernel\'s cleanup)' },
      { sub: /^purge\b/, effect: 'destroy', what: 'removes packages with their configuration files (local edits in /etc are lost) and stops their services' },
      // The lead's answer 343.2 (round 32): `autoremove --purge` with no package named removes what the package manager
      // itself computes as no longer needed (dependencies nothing installed depends on): a write, as `dnf autoremove`.
      { sub: /^autoremove$/, flags: ['--purge'], effect: 'write', what: "removes the dependencies nothing needs any more, as the package manager computes them (answer 343.2)" },
      { sub: /^(remove|autoremove)\b/, flags: ['--purge'], effect: 'destroy', what: 'removes packages with their configuration files' },
      { sub: corePackageRemoval('remove|autoremove'), effect: 'destroy', what: CORE_REMOVAL_WHAT },
      { sub: securityPackageRemoval('remove|autoremove'), effect: 'safeguard', what: SECURITY_REMOVAL_WHAT },
      { sub: securityUpdaterRemoval('remove|autoremove'), effect: 'safeguard', what: SECURITY_UPDATER_REMOVAL_WHAT },
      { sub: serverPackageRemoval('remove|autoremove'), effect: 'outage', what: 'removes a server package: its service stops' },
      { sub: unfixedPackageRemoval('remove|autoremove'), effect: 'outage', what: UNFIXED_PACKAGE },
      { sub: /^(list|search|show|showsrc|policy|depends|rdepends|changelog|check|madison|help|why|why-not)\b/, effect: 'read', what: 'reads package metadata' },
      { sub: /^(install|reinstall|remove|autoremove|upgrade|full-upgrade|dist-upgrade|update|clean|autoclean|autopurge|build-dep|source|download|satisfy|mark|hold|unhold|edit-sources|modernize-sources)\b/, effect: 'write', what: 'installs, removes or updates packages (the repository restores them)' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['dnf', 'yum', 'microdnf', 'zypper'],
    local: true,
    valued: ['-c', '--config', '--repo', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-x', '--exclude', '--setopt'],
    // dnf(8) and yum(8) `--assumeno`: "automatically answer no for all questions": the transaction is shown, not run.
    dryRun: ['--assumeno'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { args: dnfVerificationOff, effect: 'safeguard', what: 'switches off the signature or certificate checks of its repositories' },
      { sub: /^(list|info|search|repolist|repoquery|provides|deplist|check-update|history( list| info)?$|history (list|info)\b|updateinfo|module list|grouplist|group list|help)/, effect: 'read', what: 'reads package metadata' },
      { sub: corePackageRemoval('remove|rm|erase|autoremove'), effect: 'destroy', what: CORE_REMOVAL_WHAT },
      { sub: securityPackageRemoval('remove|rm|erase|autoremove'), effect: 'safeguard', what: SECURITY_REMOVAL_WHAT },
      { sub: securityUpdaterRemoval('remove|rm|erase|autoremove'), effect: 'safeguard', what: SECURITY_UPDATER_REMOVAL_WHAT },
      { sub: serverPackageRemoval('remove|rm|erase|autoremove'), effect: 'outage', what: 'removes a server package: its service stops' },
      { sub: unfixedPackageRemoval('remove|rm|erase|autoremove'), effect: 'outage', what: UNFIXED_PACKAGE },
      { sub: /^(install|in|reinstall|remove|rm|erase|autoremove|upgrade|update|up|downgrade|clean|makecache|swap|distro-sync|group|module|history (undo|redo|rollback)|mark|versionlock|config-manager|refresh)\b/, effect: 'write', what: 'installs, removes or updates packages (the repository restores them)' },
    ],
    otherwise: 'fallback',
  },
  // Solus's eopkg (its `help`): `remove|rm` removes packages (a write the repository undoes) but a server package's
  // service stops, as with dnf; `remove-orphans`, `autoremove`, `delete-cache`, `history -t` (back to an earlier state)
  // and the repository commands are writes the package manager undoes (round 41, nv41, navi-cheats).
  {
    names: ['eopkg'],
    local: true,
    valued: ['-D', '--destdir', '-t', '--takeback', '--at', '--repository', '-r', '-c', '--component'],
    dryRun: ['-n', '--dry-run'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: corePackageRemoval('remove|rm|autoremove|rmf'), effect: 'destroy', what: CORE_REMOVAL_WHAT },
      { sub: securityPackageRemoval('remove|rm|autoremove|rmf'), effect: 'safeguard', what: SECURITY_REMOVAL_WHAT },
      { sub: serverPackageRemoval('remove|rm|autoremove|rmf'), effect: 'outage', what: 'removes a server package: its service stops' },
      { sub: unfixedPackageRemoval('remove|rm|autoremove|rmf'), effect: 'outage', what: UNFIXED_PACKAGE },
      { sub: /^(info|search|sr|search-file|sf|list-\w+|l[aciprsnu]|check|blame|help|history|hs)\b/, effect: 'read', what: 'reads package metadata' },
      { sub: /^(install|it|reinstall|remove|rm|autoremove|rmf|remove-orphans|rmo|upgrade|up|update-repo|ur|add-repo|ar|remove-repo|rr|enable-repo|er|disable-repo|dr|clean|delete-cache|dc|rebuild-db|rdb|configure-pending|cp|fetch|fc|build|bi|emerge|em|emergeup|emup|index|ix|delta|dt)\b/, effect: 'write', what: 'installs, removes or updates packages (the repository restores them)' },
    ],
    otherwise: 'fallback',
  },
  // Alpine's apk(8): `del` removes packages (a write the repository undoes), but a server package's service stops.
  {
    names: ['apk'],
    local: true,
    valued: ['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file', '--cache-max-age'],
    dryRun: ['-s', '--simulate'],
    rules: [
      { flags: ['--help', '-h', '--version', '-V'], effect: 'read', what: 'help' },
      { sub: corePackageRemoval('del'), effect: 'destroy', what: CORE_REMOVAL_WHAT },
      { sub: serverPackageRemoval('del'), effect: 'outage', what: 'removes a server package: its service stops' },
      { sub: unfixedPackageRemoval('del'), effect: 'outage', what: UNFIXED_PACKAGE },
      // apk(8) `--purge`: "delete also modified configuration files" (round 35, o35), as `apt purge` does.
      { sub: /^del\b/, flags: ['--purge'], effect: 'destroy', what: 'removes packages with their modified configuration files (local edits are lost)' },
      { sub: /^(info|search|list|policy|stats|version|dot|audit|verify)\b/, effect: 'read', what: 'reads package metadata' },
      { sub: /^(add|del|upgrade|update|fix|fetch|cache|index|manifest)\b/, effect: 'write', what: 'installs, removes or updates packages (the repository restores them)' },
    ],
    otherwise: 'fallback',
  },
  // The Visual Studio Installer and its bootstrappers (Microsoft Learn, "Use command-line parameters to install Visual
  // Studio"; round 18, p18): `install`, `modify` (`--add`/`--remove` workloads), `update`, `repair`, `export` change or read
  // an installation of developer tools, as a package manager does; `uninstall` removes the installation (a build agent's
  // compilers with it). `setup.exe` is named so only under `Microsoft Visual Studio\Installer` (dispatch.ts).
  {
    names: ['vs_installer', 'vs_installershell', 'vs_buildtools', 'vs_community', 'vs_professional', 'vs_enterprise'],
    local: true,
    valued: ['--installPath', '--productId', '--channelId', '--channelUri', '--installChannelUri', '--add', '--remove', '--config', '--locale', '--addProductLang', '--removeProductLang', '--layout', '--in', '--wait', '--path', '--cache', '--shared'],
    rules: [
      { flags: ['--help', '-?', '/?'], effect: 'read', what: 'help' },
      { sub: /^uninstall\b/, effect: 'destroy', what: 'uninstalls the Visual Studio installation: its compilers and tools are gone' },
      { sub: /^(install|modify|update|repair|export|rollback|--?\w)/, effect: 'write', what: 'installs, changes or updates developer tools (the installer puts them back)' },
    ],
    otherwise: 'write',
  },
  // Windows package managers (winget, Chocolatey, Scoop: each one's command reference): uninstalling a security agent
  // (ENDPOINT_PROTECTION, by `--id`, `--name`, `--query` or the query operand) switches its protection off (the lead's
  // decision, round 16); any other package installed or removed runs the package's own installer, judged as a build
  // tool's run (the fallback).
  {
    names: ['winget', 'winget.exe'],
    local: true,
    valued: ['--id', '--name', '-q', '--query', '--moniker', '--product-code', '-v', '--version', '-s', '--source', '--scope', '-o', '--log', '--override', '-l', '--location', '-m', '--manifest', '--architecture', '-a', '--locale', '--header', '--authentication-mode', '--authentication-account'],
    rules: [
      { sub: /^(uninstall|remove|rm)\b/, flagValue: { names: ['--id', '--name', '-q', '--query', '--moniker', '--product-code'], value: ENDPOINT_PROTECTION }, effect: 'safeguard', what: SECURITY_REMOVAL_WHAT },
      // Docker Desktop uninstalled (round 24 read it as its images and volumes lost) is a package manager's uninstall like
      // any other: benign (the lead's answer 374.3).
      { sub: /^(uninstall|remove|rm)\b/, flagValue: { names: ['--id', '--name', '-q', '--query', '--moniker'], value: KEPT_SERVER_PRODUCT }, effect: 'destroy', what: KEPT_SERVER_REMOVAL_WHAT },
      { sub: securityPackageRemoval('uninstall|remove|rm'), effect: 'safeguard', what: SECURITY_REMOVAL_WHAT },
      { args: syncAgentPackageRemoval, effect: 'safeguard', what: SYNC_REMOVAL_WHAT },
      { sub: KEPT_SERVER_REMOVAL, effect: 'destroy', what: KEPT_SERVER_REMOVAL_WHAT },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['choco', 'choco.exe', 'cuninst'],
    local: true,
    // `--noop` (alias `--whatif`): Chocolatey's dry run, "Don't actually do anything" (choco's default options).
    dryRun: ['--noop', '--whatif', '--what-if'],
    valued: ['--version', '-s', '--source', '--params', '--package-parameters', '--ia', '--install-arguments', '--ua', '--uninstall-arguments', '--timeout', '--execution-timeout', '--cache-location', '-u', '--user', '-p', '--password'],
    rules: [
      { sub: CHOCO_UNINSTALL_ALL, effect: 'destroy', what: 'uninstalls every package Chocolatey installed (`all`)' },
      { args: chocoChecksumsOff, effect: 'safeguard', what: 'installs packages without verifying their checksums' },
      { sub: securityPackageRemoval('uninstall|remove|rm'), effect: 'safeguard', what: SECURITY_REMOVAL_WHAT },
      { args: syncAgentPackageRemoval, effect: 'safeguard', what: SYNC_REMOVAL_WHAT },
      { sub: KEPT_SERVER_REMOVAL, effect: 'destroy', what: KEPT_SERVER_REMOVAL_WHAT },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['scoop'],
    local: true,
    valued: [],
    rules: [
      // `scoop uninstall --purge` (`-p`, scoop's help: "Remove all persistent data") deletes the app's persist folder too:
      // for a database or data server that is its data folder (MariaDB's `data`), lost; other apps keep settings and caches
      // there. Without `--purge` the folder stays for a reinstall (round 21).
      { sub: SCOOP_DATA_SERVER, flags: ['-p', '--purge'], effect: 'destroy', what: "removes the server's persisted data folder" },
      { sub: securityPackageRemoval('uninstall|remove|rm'), effect: 'safeguard', what: SECURITY_REMOVAL_WHAT },
      { args: syncAgentPackageRemoval, effect: 'safeguard', what: SYNC_REMOVAL_WHAT },
    ],
    otherwise: 'fallback',
  },
  // winrm (Windows Remote Management): `set winrm/config/service @{AllowUnencrypted="true"}` (or `…/client`) lets remoting
  // traffic, credentials with it, travel unencrypted; `Basic="true"` under `service/auth` accepts passwords in plain text;
  // `TrustedHosts="*"` on the client trusts every host (round 21). `get`, `enumerate` and `identify` read; other settings and listeners change the service.
  {
    names: ['winrm', 'winrm.cmd', 'winrm.vbs'],
    local: true,
    valued: [],
    rules: [
      { sub: /^(s|set|put)\s.*\ballowunencrypted\s*=\s*["']?true\b/i, effect: 'safeguard', what: 'lets WinRM traffic and its credentials travel unencrypted' },
      { sub: /^(s|set|put)\s+winrm\/config\/service\/auth\b.*\bbasic\s*=\s*["']?true\b/i, effect: 'safeguard', what: 'accepts plain-text (Basic) passwords on the WinRM service' },
      // `TrustedHosts="*"` on the client sends credentials to any machine that answers, as `Set-Item WSMan:…TrustedHosts *`.
      { sub: /^(s|set|put)\s+winrm\/config\/client\b.*\btrustedhosts\s*=\s*["']?\*/i, effect: 'safeguard', what: 'trusts every host with this client\'s credentials' },
      // `quickconfig` (`qc`) starts the service with a listener on every address and a firewall exception, as
      // Enable-PSRemoting does: remote administration opened to the network (the lead's answer 191, round 26).
      { sub: /^(qc|quickconfig)(\s|$)/i, effect: 'safeguard', what: 'opens WinRM remote administration to the network (a listener on every address and its firewall rule)' },
      { sub: /^(g|get|e|enumerate|enum|id|identify|help|-\?|\/\?)(\s|$)/i, effect: 'read', what: 'reads WinRM settings' },
    ],
    otherwise: 'write',
  },
  // macOS xattr(1): `-w`, `-d` and `-c` (with `-r` for a folder's files) write or remove a file's extended attributes;
  // listing and `-p` read them. Removing `com.apple.quarantine` is itself a write; running what it was removed from is
  // judged by wrappers.ts `downloadedCodeRun` (the lead's answer 51).
  {
    names: ['xattr'],
    local: true,
    valued: [],
    rules: [
      { args: quarantineOffEverywhere, effect: 'safeguard', what: 'removes the quarantine mark from every file of a whole place (the applications, a home, downloads): Gatekeeper no longer checks any of them before it first runs' },
      { args: (args) => args.some((a) => a !== null && /^-[a-z]*[wdc][a-z]*$/.test(a)), effect: 'write', what: 'writes or removes extended attributes of files' },
      { effect: 'read', what: 'lists extended attributes' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['brew'],
    local: true,
    valued: [],
    rules: [
      { sub: /^services (stop|kill)\b/, effect: 'outage', what: 'stops a service Homebrew manages' },
      { sub: /^services (list|info)\b/, effect: 'read', what: 'lists services' },
      { sub: /^services (start|restart|run|cleanup)\b/, effect: 'write', what: 'starts or restarts a service' },
      // brew(1) `link --overwrite`: "Delete files that already exist in the prefix while linking"; `-n`/`--dry-run` only
      // lists them (round 41, nv41, navi-cheats).
      { sub: /^(link|ln)\b/, args: (a) => a.includes('--overwrite') && !a.includes('--dry-run') && !a.includes('-n'), effect: 'destroy', what: 'deletes the files already in the prefix that the keg links over' },
      { sub: /^(uninstall|remove|rm|bundle cleanup)\b/, flags: ['--zap'], effect: 'destroy', what: 'removes the app with every file it keeps outside the Cellar (settings, caches, data)' },
      { sub: /^(list|ls|info|search|outdated|deps|uses|doctor|config|leaves|home|desc|log|missing|--version|--prefix|--cellar|--cache|--repository|--env|shellenv|help|commands|tap-info)\b/, effect: 'read', what: 'reads package metadata' },
      { sub: /^(install|reinstall|upgrade|update|uninstall|remove|rm|cleanup|autoremove|tap|untap|link|unlink|pin|unpin|bundle|fetch)\b/, effect: 'write', what: 'installs, removes or updates packages (the repository restores them)' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['snap'],
    local: true,
    valued: ['--channel', '--revision', '--name'],
    rules: [
      { sub: /^remove\b/, flags: ['--purge'], effect: 'destroy', what: 'removes the snap without the automatic snapshot of its data' },
      { sub: /^forget\b/, effect: 'destroy', what: 'deletes a saved snapshot of snap data' },
      // Round 39 (td39): `restore SET` writes the saved data over the snaps' current data.
      { sub: /^restore\b/, effect: 'destroy', what: 'replaces the snaps\' current data with a saved set: what changed since is lost' },
      { sub: /^(stop|disable)\b/, effect: 'outage', what: 'stops the snap\'s services' },
      { sub: /^(list|info|find|search|changes|change|tasks|services|logs|connections|interfaces|version|help|warnings|known|saved|get|model|whoami|aliases|routine|debug|check-snapshot)\b/, effect: 'read', what: 'reads snap state' },
      { sub: /^(install|refresh|revert|remove|enable|start|restart|connect|disconnect|alias|unalias|prefer|set|unset|save|restore|switch|ack|login|logout|download|try|okay|abort|wait)\b/, effect: 'write', what: 'installs, removes or configures snaps (removal keeps a snapshot of the data)' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['flatpak'],
    local: true,
    valued: ['--arch', '--installation', '--branch', '--columns'],
    rules: [
      { sub: /^(uninstall|remove)\b/, flags: ['--delete-data'], effect: 'destroy', what: 'uninstalls the app and deletes its data' },
      { sub: /^(list|info|search|remotes|remote-ls|remote-info|history|ps|config|permissions|permission-show|documents|document-info|help|--version)\b/, effect: 'read', what: 'reads installed apps' },
      { sub: /^(install|update|upgrade|uninstall|remove|override|remote-add|remote-delete|remote-modify|repair|mask|pin|kill)\b/, effect: 'write', what: 'installs, updates or removes apps (their data is kept)' },
    ],
    otherwise: 'fallback',
  },
  // Package lookups and builds (each tool's manual): apt-file(1) searches the Contents indexes it downloads (`update`) or
  // removes (`purge`); pkgfile(1) the same for pacman (`-u` updates); createrepo_c(8) writes a folder's `repodata`, made
  // again from the packages; fpm writes a package file (an existing one only with `-f`).
  {
    names: ['apt-file'],
    local: true,
    valued: ['-a', '--architecture', '-c', '--cache', '-D', '--from-deb', '-I', '--index-names', '-o', '--option'],
    rules: [
      { sub: /^(search|find|list|show)\b/, effect: 'read', what: 'searches the package contents indexes' },
      { sub: /^(update|purge)\b/, effect: 'write', what: 'downloads or removes the contents indexes' },
    ],
    otherwise: 'fallback',
  },
  { names: ['pkgfile'], local: true, valued: ['-r', '--repo', '-R', '--ignore-repo', '-D', '--cachedir', '-C', '--config'], rules: [{ flags: ['-u', '--update'], effect: 'write', what: 'updates the file lists' }], otherwise: 'read' },
  { names: ['createrepo_c', 'createrepo'], local: true, valued: ['-o', '--outputdir', '-x', '--excludes', '-i', '--pkglist', '-g', '--groupfile', '--workers', '-u', '--baseurl'], rules: [{ flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' }], otherwise: 'write' },
  {
    names: ['fpm'],
    local: true,
    valued: ['-s', '-t', '-n', '--name', '-v', '--version', '-p', '--package', '-a', '--architecture', '-m', '--maintainer', '--iteration', '--description', '-d', '--depends', '-C', '--chdir', '--prefix', '--url', '--license', '--vendor', '--after-install', '--before-install', '--after-remove', '--before-remove', '--config-files', '-x', '--exclude'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { args: (a) => a.every((v) => v !== null && v !== '-f' && v !== '--force'), effect: 'write', what: 'builds a package file (an existing one is not overwritten without -f)' },
    ],
    otherwise: 'fallback',
  },
  // Dotfiles managers (round 19). GNU Stow manual: stowing (`-S`, `-R`) and unstowing (`-D`) make and remove symlinks
  // only, and a conflict with a real file aborts the run; `-n`/`--simulate` only prints. `--adopt` moves the target's
  // file into the package over the package's own copy.
  {
    names: ['stow', 'xstow'],
    local: true,
    valued: ['-d', '--dir', '-t', '--target', '--ignore', '--defer', '--override'],
    dryRun: ['-n', '--no', '--simulate'],
    shortBundles: true,
    rules: [
      { flags: ['--adopt'], effect: 'destroy', what: "moves the home folder's files into the package, over the package's own copies" },
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' },
    ],
    otherwise: 'write',
  },
  // chezmoi command reference: the reads; `apply`, `update` and `init --apply` ask before overwriting a target changed
  // since chezmoi wrote it, unless `--force`; `forget` drops a file from the source state and leaves it in place; `purge`
  // deletes chezmoi's source folder and configuration, `destroy` (and the older `remove`) the targets too.
  {
    names: ['chezmoi'],
    local: true,
    valued: ['-S', '--source', '-D', '--destination', '-c', '--config', '--config-format', '-o', '--output', '--mode', '-x', '--exclude', '-i', '--include', '--color', '--cache', '--persistent-state', '-W', '--working-tree', '--branch', '--depth', '--prompt-string', '--prompt-bool', '--prompt-int', '--prompt-choice'],
    dryRun: ['-n', '--dry-run'],
    shortBundles: true,
    rules: [
      { sub: /^(purge|destroy|remove|rm)\b/, effect: 'destroy', what: 'deletes the source state (and with destroy or remove the files in the home folder)' },
      { sub: /^(apply|update|init)\b/, flags: ['--force'], effect: 'destroy', what: 'overwrites files in the home folder without asking, local changes and all' },
      { sub: /^(diff|status|managed|unmanaged|ignored|data|doctor|cat|cat-config|source-path|target-path|verify|dump|dump-config|execute-template|archive|help|completion|license|secret|state (dump|get))\b/, effect: 'read', what: 'reads the source and target state' },
      { sub: /^(add|re-add|apply|update|init|forget|chattr|edit|edit-config|import|merge|merge-all|generate|upgrade)\b/, effect: 'write', what: 'adds to the source state or applies it (asking before overwriting a changed file)' },
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    ],
    otherwise: 'fallback',
  },
  // yadm's own commands (yadm(1)); every other command is git's, run on the home folder's repository (yadm.ts routes it).
  // `decrypt` extracts the encrypted archive over the files in the home folder; `bootstrap` runs a program the action
  // does not show; `enter` opens a shell.
  {
    names: ['yadm'],
    local: true,
    valued: ['-Y', '--yadm-dir', '--yadm-data', '--yadm-repo', '--yadm-config', '--yadm-encrypt', '--yadm-archive', '--yadm-bootstrap'],
    rules: [
      { sub: /^decrypt\b/, flags: ['-l'], effect: 'read', what: 'lists the files in the encrypted archive' },
      { sub: /^decrypt\b/, effect: 'destroy', what: 'extracts the encrypted archive over the files in the home folder' },
      // `init -f` and `clone -f` replace an existing repository (yadm(1): "it will not be overwritten unless -f"): its history is lost.
      { sub: /^(init|clone)\b/, flags: ['-f'], effect: 'destroy', what: 'replaces the existing dotfiles repository and its history' },
      { sub: /^(bootstrap|enter)\b/, effect: 'opaque', what: 'runs a program or a shell the action does not show' },
      { sub: /^(list|introspect|version|help)\b/, effect: 'read', what: "reads yadm's state" },
      { sub: /^(encrypt|alt|perms|upgrade|init|config|transcrypt|git-crypt)\b/, effect: 'write', what: "writes yadm's archive, links or settings" },
    ],
    otherwise: 'fallback',
  },
  // Proxmox VE storage and backups (pvesm(1), vzdump(1), qmrestore(1), pct(1) restore). `pvesm free` deletes a volume;
  // `pvesm remove` drops a storage definition and leaves its data where it is. A backup retention of one (`keep-last=0`
  // or `1` and no other keep option) prunes every older backup at the next job. A restore with `--force` overwrites
  // the existing guest of that id; without it, a restore onto an existing id fails.
  {
    names: ['pvesm'],
    local: true,
    valued: ['--disable', '--content', '--storage', '--vmid', '--format', '--type', '--output-format', '--target', '--target-storage'],
    dryRun: ['--dry-run'],
    rules: [
      { sub: /^free\b/, effect: 'destroy', what: 'deletes a storage volume (a guest disk or a backup)' },
      { sub: /^prune-backups\b/, effect: 'destroy', what: 'prunes backups by the retention it is given' },
      // Round 42 (bl42virt): a storage disabled: every guest whose disks are on it loses them until it is enabled again.
      { sub: /^set\b/, flagValue: { names: ['--disable'], value: SWITCH_ON }, effect: 'outage', what: 'disables a storage: the guests whose disks are on it lose them' },
      { sub: /^(add|set)\b/, args: keepsOneBackup, effect: 'safeguard', what: 'cuts backup retention to one: the older backups are pruned at the next job' },
      { sub: /^(status|list|scan|path|apiinfo|help|extractconfig|cifsscan|nfsscan|glusterfsscan|iscsiscan|lvmscan|lvmthinscan|zfsscan)\b/, effect: 'read', what: 'reads storage state' },
      { sub: /^(remove|add|set|alloc|import|export)\b/, effect: 'write', what: 'changes storage definitions (the data on a removed storage stays)' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['vzdump'],
    local: true,
    valued: ['--storage', '--mode', '--compress', '--dumpdir', '--tmpdir', '--exclude', '--mailto', '--mailnotification', '--notes-template', '--bwlimit', '--ionice', '--lockwait', '--maxfiles', '--pigz', '--zstd', '--script', '--node', '--prune-backups', '--stopwait', '--exclude-path', '--fleecing', '--pbs-change-detection-mode'],
    rules: [
      { args: keepsOneBackup, effect: 'safeguard', what: 'cuts backup retention to one: the older backups are pruned' },
      { flags: ['--help'], effect: 'read', what: 'help' },
    ],
    otherwise: 'write',
  },
  {
    names: ['qmrestore'],
    local: true,
    valued: ['--storage', '--bwlimit', '--pool', '--live-restore', '--unique', '--force'],
    rules: [
      { flagValue: { names: ['--force'], value: SWITCH_ON }, effect: 'destroy', what: 'overwrites the existing VM of that id with the backup' },
      // Round 41 (bl41dr): Proxmox's CLI reads a boolean option given bare (`--force` last, or before another option) as on.
      { args: (a) => a.some((v, i) => v === '--force' && (i === a.length - 1 || (a[i + 1] ?? '-').startsWith('-'))), effect: 'destroy', what: 'overwrites the existing VM of that id with the backup (`--force` given bare is on)' },
      { flags: ['--help'], effect: 'read', what: 'help' },
    ],
    otherwise: 'write',
  },
  // Proxmox VE cluster manager (pvecm(1)): `delnode` removes a node from the cluster (it must not join again as it is);
  // `qdevice remove` drops the quorum device; `expected` and `updatecerts` change the cluster's state in place.
  {
    names: ['pvecm'],
    local: true,
    valued: ['--votes', '--link0', '--link1', '--nodeid', '--fingerprint', '--output-format'],
    rules: [
      { flags: ['--help'], effect: 'read', what: 'help' },
      { sub: /^(delnode|qdevice remove)\b/, effect: 'destroy', what: 'removes a node (or the quorum device) from the cluster' },
      { sub: /^(status|nodes|help|qdevice status|mtunnel)\b/, effect: 'read', what: 'reads the cluster state' },
      // Round 39 (bld39): one expected vote makes a lone node quorate: the guard against a split brain off.
      { sub: /^expected 1$/, effect: 'safeguard', what: 'forces quorum with one vote: the split-brain guard off' },
      { sub: /^(add|addnode|create|expected|updatecerts|qdevice setup|keygen)\b/, effect: 'write', what: 'creates or joins a cluster, adds a node or updates its state' },
    ],
    otherwise: 'opaque',
  },
  // deborphan(1) lists installed packages no other package depends on (orphaned libraries); `-A`/`--add-keep`,
  // `-R`/`--del-keep` and `-Z`/`--zero-keep` change its own keep list (round 31, s31).
  {
    names: ['deborphan'],
    local: true,
    valued: ['-k', '--keep-file', '-S', '--status-file', '-P'],
    rules: [{ flags: ['-A', '--add-keep', '-R', '--del-keep', '-Z', '--zero-keep'], effect: 'write', what: "changes deborphan's keep list" }],
    otherwise: 'read',
  },
  // qemu-img(1): `info`, `check` (without `-r`), `compare`, `map`, `measure` and `snapshot -l` read an image; `check -r`
  // repairs it in place; `snapshot -a` reverts the image to a snapshot and `-d` deletes one; `resize --shrink` or a
  // negative size cuts the image's end. `create`, `convert` and the rest (an image file written) fall back.
  {
    names: ['qemu-img'],
    // Round 42 (bl42virt): not `local`: an image's file name is its guest's (`web-prod-01.qcow2`), read for the tier.
    valued: ['-f', '-F', '-O', '-o', '-b', '-B', '-t', '-T', '-r', '-a', '-c', '-d', '-s', '-S', '-m', '--output', '--object', '-U'],
    rules: [
      { flags: ['--help', '-h', '--version', '-V'], effect: 'read', what: 'help' },
      { sub: /^snapshot\b/, flags: ['-a', '-d'], effect: 'destroy', what: 'reverts the image to a snapshot or deletes a snapshot' },
      { sub: /^snapshot\b/, flags: ['-c'], effect: 'write', what: 'creates an internal snapshot' },
      { sub: /^snapshot\b/, effect: 'read', what: 'lists the image\'s snapshots' },
      { sub: /^resize\b/, flags: ['--shrink'], effect: 'destroy', what: 'shrinks the image: data past the new size is cut off' },
      { sub: /^resize\b/, args: shrinksImage, effect: 'destroy', what: 'shrinks the image: data past the new size is cut off' },
      { sub: /^resize\b/, effect: 'write', what: 'grows the image' },
      { sub: /^check\b/, flags: ['-r'], effect: 'write', what: 'repairs leaks or errors in the image in place' },
      // Round 42 (bl42virt): `commit` writes an overlay's changes into its backing image (qemu-img(1)): the base is rewritten
      // under every other overlay that shares it, and the overlay's point in time is gone.
      { sub: /^commit\b/, effect: 'destroy', what: 'writes an overlay into its backing image: the base is rewritten and the snapshot layer gone' },
      { sub: /^(info|check|compare|map|measure)\b/, effect: 'read', what: 'reads an image' },
      // An image written (over any file of that name) whose own name marks it a throwaway: the lead's answer 66.
      { sub: /^(create|convert)\b/, args: writesThrowawayImage, effect: 'write', what: 'writes an image file named as a throwaway (answer 66)' },
      { sub: /^convert\b/, args: convertsToOwnName, effect: 'write', what: 'copies an image into another format under its own name' },
      // Round 42 (bl42virt): an image written onto a device (`qemu-img convert -O raw disk.qcow2 /dev/sdb`): the disk's data is overwritten.
      { sub: /^convert\b/, args: (a) => /^\/dev\/(?!null$)/.test(operandValues(a, QEMU_IMG_VALUED).at(-1) ?? '/dev/?'), effect: 'destroy', what: 'writes the image over a raw disk: what the disk held is lost' },
      // Round 42 (bl42virt): any other image written may be over an existing one of that name (create truncates it,
      // convert overwrites it), which the line does not show: opaque as before, the image's name now its target's tier.
      { sub: /^(create|convert)\b/, effect: 'opaque', what: 'writes an image file: an existing image of that name would be overwritten' },
    ],
    otherwise: 'fallback',
  },
  // libguestfs's inspection tools open a disk image or a VM's disks read-only and print (their manuals: "safe to use on
  // live virtual machines"): file systems and usage, a file's text, a folder's listing, logs, the differences of two.
  // virt-sysprep "resets or unconfigures" a guest in place (its host keys, user accounts, logs, machine id: what makes it
  // that machine), `-n`/`--dry-run` only reports; virt-customize, virt-resize and guestfish are left to the generic reading.
  // Round 42 (bl42virt): the guest (`-d`) or the image (`-a`) read is the target, its name read for the tier.
  { names: ['virt-df', 'virt-filesystems', 'virt-ls', 'virt-cat', 'virt-inspector', 'virt-log', 'virt-tail', 'virt-diff'], local: true, valued: VIRT_VALUED, where: ['-c', '--connect', '-d', '--domain', '-a', '--add'], rules: [], otherwise: 'read' },
  // qemu-nbd(8) exports an image as a network block device (`-c` connects it to /dev/nbdN, `-d` disconnects, `-r` read-only).
  { names: ['qemu-nbd'], local: true, valued: ['-p', '--port', '-b', '--bind', '-k', '--socket', '-f', '--format', '-o', '--offset', '-P', '--partition', '-s', '--snapshot', '-l', '--load-snapshot', '-e', '--shared', '-x', '--export-name', '--cache', '--aio', '--discard', '--detect-zeroes', '-c', '--connect'], rules: [{ flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' }], otherwise: 'write' },
  {
    names: ['virt-sysprep'],
    local: true,
    valued: [...VIRT_VALUED, '--operations', '--enable', '--hostname', '--root-password', '--password', '--run', '--run-command', '--delete', '--scrub', '--firstboot', '--firstboot-command', '--ssh-inject'],
    where: ['-c', '--connect'],
    dryRun: ['-n', '--dry-run'],
    rules: [{ flags: ['--help', '--version', '-V', '--list-operations'], effect: 'read', what: 'help, or the list of its operations' }],
    otherwise: 'destroy',
  },
  // Media files (each tool's own manual): ffprobe and mediainfo print what a file holds (mediainfo writes a file only
  // with `--LogFile` or `--Output=file://`). ImageMagick's `mogrify` "overwrites the original image file, whereas convert
  // writes to a different image file", unless `-path` sends the results to another folder or `-format` writes them under
  // another extension (left to the generic reading); GraphicsMagick's `gm mogrify` does the same. `convert` (`magick`,
  // `gm convert`) writes its last argument: the same file as an input is that image overwritten. `identify` prints.
  // ffmpeg writes its output files; one that exists is overwritten only with `-y` (without it ffmpeg asks, and with no
  // terminal answers no: "Not overwriting - exiting"; `-n` never overwrites: ffmpeg's manual, "Main options"). With `-y`,
  // filesystem.ts `ffmpegOverwrite` judges each output (answer 331); where it cannot read the line, the generic reading.
  { names: ['ffmpeg'], valued: [], rules: [{ args: (a) => a.every((v) => v !== null && v !== '-y'), effect: 'write', what: 'writes new media files (an existing one only with -y)' }], otherwise: 'fallback' },
  { names: ['ffprobe'], valued: ['-i', '-f', '-of', '-print_format', '-select_streams', '-show_entries', '-read_intervals', '-v', '-loglevel'], rules: [], otherwise: 'read' },
  { names: ['mediainfo'], valued: [], rules: [{ args: (a) => a.every((v) => v !== null && !/^--(logfile|output=file:)/i.test(v)), effect: 'read', what: 'prints what a media file holds' }], otherwise: 'fallback' },
  { names: ['identify'], valued: [], rules: [], otherwise: 'read' },
  {
    names: ['exiftool'],
    valued: [],
    rules: [
      { args: (a) => exiftoolWrites(a) === 'delete-copies', effect: 'destroy', what: 'deletes the `_original` copies earlier writes kept' },
      { args: (a) => exiftoolWrites(a) === 'delete-tags-no-copy', effect: 'destroy', what: 'removes metadata from the files without keeping the originals' },
      { args: (a) => exiftoolWrites(a) === 'write', effect: 'write', what: 'writes metadata (keeping each original as FILE_original unless told not to)' },
      { args: (a) => exiftoolWrites(a) === 'read', effect: 'read', what: 'prints metadata' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['mogrify'],
    valued: [],
    rules: [
      { flags: ['-help', '--help', '-version', '--version'], effect: 'read', what: 'help' },
      { args: overwritesImagesInPlace, effect: 'destroy', what: 'overwrites each image it names with the changed one: the originals are gone' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['convert', 'magick', 'gm'],
    valued: [],
    rules: [
      { flags: ['-help', '--help', '-version', '--version'], effect: 'read', what: 'help' },
      { sub: /^identify\b/, effect: 'read', what: 'prints what an image holds' },
      { sub: /^mogrify\b/, args: (a) => overwritesImagesInPlace(a.slice(1)), effect: 'destroy', what: 'overwrites each image it names with the changed one: the originals are gone' },
      { args: writesOverAnInput, effect: 'destroy', what: 'writes the result over one of its own input images: the original is gone' },
    ],
    otherwise: 'fallback',
  },
  // K3s (docs.k3s.io, "k3s etcd-snapshot"): `etcd-snapshot save` takes an on-demand snapshot (the bare command does too),
  // `ls` lists, `prune` removes the snapshots past the retention count (5 unless `--snapshot-retention`), `delete`
  // deletes named snapshots; `server --cluster-reset` forgets every peer and, with a restore path, replaces the datastore.
  {
    names: ['k3s'],
    local: true,
    valued: ['--data-dir', '-d', '--name', '--dir', '--etcd-snapshot-dir', '--snapshot-retention', '--etcd-snapshot-retention', '--config', '-c', '--cluster-reset-restore-path', '--token', '--server', '-s', '--s3-bucket', '--s3-endpoint', '--s3-folder', '--s3-region', '-o', '--output'],
    rules: [
      { flags: ['--help', '-h', '--version', '-v'], effect: 'read', what: 'help' },
      { sub: /^etcd-snapshot (delete|rm)\b/, effect: 'destroy', what: 'deletes etcd snapshots (the cluster\'s backups)' },
      { sub: /^etcd-snapshot prune\b/, flagValue: { names: ['--snapshot-retention', '--etcd-snapshot-retention'], value: /^[01]$/ }, effect: 'destroy', what: 'prunes every etcd snapshot but one or none' },
      { sub: /^etcd-snapshot prune\b/, effect: 'write', what: 'prunes the etcd snapshots past the retention count, keeping the newest (routine retention)' },
      { sub: /^etcd-snapshot (ls|list|l)\b/, effect: 'read', what: 'lists etcd snapshots' },
      { sub: /^etcd-snapshot( save)?$/, effect: 'write', what: 'takes an etcd snapshot' },
      { sub: /^server\b/, flags: ['--cluster-reset'], effect: 'destroy', what: 'resets the cluster to one member (with a restore path, replaces the datastore with a snapshot)' },
      { sub: /^(check-config|completion|certificate check|secrets-encrypt status|token list)\b/, effect: 'read', what: 'reads configuration' },
    ],
    otherwise: 'opaque',
  },
  // The K3s and RKE2 install scripts leave these on the node: the uninstall scripts delete the node's cluster data,
  // containers and images with the service; the killall scripts stop every K3s process and container.
  { names: ['k3s-uninstall.sh', 'k3s-agent-uninstall.sh', 'rke2-uninstall.sh'], local: true, valued: [], rules: [{ effect: 'destroy', what: 'uninstalls Kubernetes from the node with its cluster data, containers and images' }], otherwise: 'destroy' },
  { names: ['k3s-killall.sh', 'rke2-killall.sh'], local: true, valued: [], rules: [{ effect: 'outage', what: 'stops every Kubernetes process and container on the node' }], otherwise: 'outage' },
  // Pi-hole's CLI (`pihole --help`): `disable` with no time turns blocking off until someone turns it on; with a time
  // (`disable 5m`) it comes back by itself; an empty password opens the web interface; `uninstall` removes Pi-hole;
  // `flush` empties the query log. Gravity updates, lists, `enable`, `restartdns` and `reloaddns` are writes.
  {
    names: ['pihole'],
    local: true,
    valued: [],
    rules: [
      { flags: ['--help', '-h', '-v', 'version'], effect: 'read', what: 'help' },
      { args: emptiesPiholePassword, effect: 'safeguard', what: 'sets an empty password: the web interface opens without one' },
      { sub: /^disable [1-9]\d*[smh]?$/, effect: 'write', what: 'turns blocking off for the time given; it comes back by itself' },
      { sub: /^disable\b/, effect: 'safeguard', what: 'turns blocking off until someone turns it on again' },
      { sub: /^(uninstall)\b/, effect: 'destroy', what: 'removes Pi-hole' },
      { sub: /^flush\b/, effect: 'destroy', what: 'empties the query log' },
      { flags: ['-f'], effect: 'destroy', what: 'empties the query log' },
      { sub: /^(status|query|tail|version|api)\b/, effect: 'read', what: 'reads Pi-hole state' },
      { flags: ['-q', '-t', '-c', '-v'], effect: 'read', what: 'reads Pi-hole state' },
    ],
    otherwise: 'write',
  },
  // sysctl(8): `-w key=value` (or `key=value`) sets a kernel setting until reboot; `-p` and `--system` load the files. A
  // hardening switched off (KERNEL_HARDENING_OFF) is a safeguard off; other settings are writes.
  {
    names: ['sysctl'],
    local: true,
    valued: ['--pattern', '-r'],
    rules: [
      { flags: ['--help', '-h', '--version', '-V'], effect: 'read', what: 'help' },
      { args: setsHardeningOff, effect: 'safeguard', what: 'switches a kernel hardening off (address-space randomisation, ptrace or pointer restrictions, protected links, spoofing protections)' },
      { args: routingSwitchedOff, effect: 'outage', what: 'switches IP forwarding off: a router stops routing (round 39, bln39)' },
    ],
    otherwise: 'write',
  },
  // systemd-tmpfiles(8): `--create` makes the files and folders the tmpfiles.d configuration names, `--clean` ages out what it
  // marks with an age (temp folders by default), `--cat-config` prints it; `--remove` deletes what the configuration marks
  // for removal (`r`, `R`, `D` lines), which the input does not show.
  {
    names: ['systemd-tmpfiles'],
    local: true,
    valued: ['--prefix', '--exclude-prefix', '-E', '--root', '--image', '--replace'],
    rules: [
      { flags: ['--help', '-h', '--version', '--cat-config', '--tldr'], effect: 'read', what: 'reads the tmpfiles configuration' },
      { flags: ['--remove'], effect: 'destroy', what: 'removes what the tmpfiles configuration marks for removal (not shown)' },
    ],
    otherwise: 'write',
  },
  // udisksctl(1): `status`, `info` and `dump` read; mounting, unmounting, unlocking, locking, loop devices and `power-off`
  // (of a drive whose file systems are unmounted) change no data.
  {
    names: ['udisksctl'],
    local: true,
    valued: ['-b', '--block-device', '-p', '--object-path', '-t', '--filesystem-type', '-o', '--options', '-f', '--file', '-d', '--drive', '--key-file', '--offset', '--size'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^(status|info|dump|monitor|help)\b/, effect: 'read', what: 'reads devices' },
      // The lead's answers 429.7 and 437.2 (round 42, nxa42): unmounting, locking and powering off refuse a device in use
      // (udisks answers "target is busy"), a write; a production-named device, a live tier the line names, or `--force`
      // (unmount's lazy detach) stays out of service.
      { sub: /^(unmount|lock|power-off)\b/, unlessLive: true, args: notForced, effect: 'write', what: 'unmounts, locks or powers off a device not in use (udisks refuses one in use)' },
      { sub: /^(unmount|lock|power-off)\b/, effect: 'outage', what: 'unmounts, locks or powers off a production-named or forced device: what uses it stops' },
      { sub: /^(mount|unmount|unlock|lock|loop-setup|loop-delete|power-off)\b/, effect: 'write', what: 'mounts, unlocks or powers off a device (every file stays)' },
    ],
    otherwise: 'opaque',
  },
  // Local development loops (skaffold.dev docs, Tilt CLI reference): `skaffold delete` and `tilt down` delete what
  // `run`/`dev`/`up` deployed; `skaffold delete --dry-run` prints it.
  {
    names: ['skaffold'],
    valued: ['-p', '--profile', '-f', '--filename', '-m', '--module', '-n', '--namespace', '--kube-context', '-d', '--default-repo', '-t', '--tag', '-o', '--output', '--port-forward', '--cache-file', '--status-check', '--kubeconfig', '-l', '--label'],
    dryRun: ['--dry-run'],
    where: ['--kube-context', '-n', '--namespace', '-p', '--profile'],
    kubeContext: true,
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^delete\b/, effect: 'destroy', what: 'deletes every resource Skaffold deployed', devWrite: 'a dev profile, namespace or context: the dev loop deploys it again (the lead\'s round-16 decision 2)' },
      { sub: /^(run|deploy|apply|dev|debug)\b/, effect: 'deploy', what: 'builds and deploys the application' },
      { sub: /^(render|diagnose|inspect|schema|version|lint|survey|credits|completion|options|config list|help|verify)\b/, effect: 'read', what: 'renders or inspects configuration' },
      { sub: /^(build|test|init|fix|config|filter)\b/, effect: 'write', what: 'builds images or edits configuration' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['tilt'],
    valued: ['-f', '--file', '--port', '--host', '--context', '--namespace', '--timeout', '--legacy'],
    where: ['--context', '--namespace'],
    kubeContext: true,
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^down\b/, effect: 'destroy', what: 'deletes the resources `tilt up` created', devWrite: 'a dev context or namespace: `tilt up` deploys it again (the lead\'s round-16 decision 2)' },
      { sub: /^(up|ci)\b/, effect: 'deploy', what: 'builds and deploys the resources in the Tiltfile' },
      { sub: /^(get|describe|logs|doctor|version|dump|explain|api-resources|args|help|completion|wait|verify-install)\b/, effect: 'read', what: 'reads Tilt state' },
      { sub: /^(trigger|enable|disable|patch|apply|create|edit)\b/, effect: 'write', what: 'triggers or changes Tilt resources' },
    ],
    otherwise: 'fallback',
  },
  // The LocalStack CLI (docs.localstack.cloud, "LocalStack CLI"): the emulator runs in a container on this machine and its
  // resources are emulated test resources (as `awslocal` calls are, cloud.ts): `state reset|import|export`, `start`,
  // `stop`, `restart` and `pod load` are writes on that local state. A Cloud Pod is a snapshot stored in the LocalStack
  // platform account (`pod save`/`load`): `pod delete NAME` removes that stored copy.
  {
    names: ['localstack'],
    valued: ['-p', '--profile', '--format', '-f', '--file', '--services', '--host'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^pod (delete|remove|rm)\b/, effect: 'destroy', what: 'deletes a Cloud Pod, a saved snapshot of the emulator\'s state kept in the LocalStack platform' },
      { sub: /^(status|logs|config (show|validate)|pod (list|inspect|versions)|extensions list|license info|auth show-token|--version|version|wait)\b/, effect: 'read', what: 'reports the emulator\'s state' },
      { sub: /^(state (reset|import|export|save|load)|start|stop|restart|update|pod (save|load)|extensions (install|uninstall|init)|auth (login|set-token)|dns systemd-resolved)\b/, effect: 'write', what: 'starts, stops or resets the LocalStack emulator on this machine, whose resources are emulated test resources' },
    ],
    otherwise: 'fallback',
  },
  // Vagrant CLI reference: destroy deletes the machine and its disks; restoring or popping a snapshot returns the
  // machine to it (changes since are lost); halt and suspend stop it, keeping its disks: a dev VM of the project's
  // Vagrantfile stopped is a write (the lead's decision, round 15); `up` brings it back.
  {
    // `vagrant ssh -c CMD` runs CMD in the machine ("executes a single SSH command").
    names: ['vagrant'],
    valued: ['--provider', '--provision-with', '--name', '-c', '--command'],
    remote: { sub: /^ssh$/, valued: ['-c', '--command'], where: 'the machine', option: ['-c', '--command'] },
    rules: [
      { flags: ['--help', '-h', '--version', '-v'], effect: 'read', what: 'help' },
      // Machines of the Vagrantfile named as a throwaway (`vagrant destroy -f test`): the lead's answer 66. Without a name
      // every machine of the Vagrantfile goes.
      { sub: LOCAL_THROWAWAY_OPERANDS('destroy'), effect: 'write', what: 'deletes machines named as a throwaway (scratch, test, ci, ephemeral: the lead\'s answer 66)' },
      { sub: /^(destroy|snapshot (restore|pop|delete))\b/, effect: 'destroy', what: 'deletes the machine and its disks, or returns it to a snapshot (later changes are lost)' },
      { sub: /^(halt|suspend)\b/, effect: 'write', what: 'stops the local dev machine; its disks are kept and `vagrant up` starts it again' },
      { sub: /^(status|global-status|ssh-config|port|box (list|outdated)|snapshot list|version|validate|help|plugin list|winrm-config)\b/, effect: 'read', what: 'reads machine state (global-status --prune only cleans its cache)' },
      { sub: /^(up|reload|provision|resume|snapshot (save|push)|box (add|update|prune|remove|repackage)|package|plugin|init|cloud|upload)\b/, effect: 'write', what: 'starts, provisions or snapshots the machine' },
    ],
    otherwise: 'fallback',
  },
  // macOS administration (each tool's man page). Time Machine: `delete`, `deletelocalsnapshots` and `thinlocalsnapshots`
  // delete backups; `disable` and `removedestination` stop them.
  // Round 40 (sh40): Spotlight's search (mdfind(1)) reads the index only; codesign(1) shows or checks a signature with
  // `-d`/`--display`, `-v`/`--verify` (and `-h`), and signs or strips one otherwise: a write to the bundle, signed again
  // by the same tool.
  {
    names: ['mdfind'],
    local: true,
    valued: ['-onlyin', '-name', '-attr', '-s', '-literal', '-interpret'],
    rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }],
    otherwise: 'read',
  },
  {
    names: ['codesign'],
    local: true,
    valued: ['-s', '--sign', '-r', '--requirements', '-i', '--identifier', '-o', '--options', '--entitlements', '--keychain', '--prefix', '--timestamp', '-P', '--pagesize', '--file-list', '--extract-certificates', '--digest-algorithm'],
    rules: [
      { flags: ['-d', '--display', '-v', '--verify', '-dv', '-dvv', '-dvvv', '-vv', '-vvv', '--check-notarization'], args: (a) => !a.some((v) => v === '-s' || v === '--sign' || v === '--remove-signature' || (v !== null && v.startsWith('--sign='))), effect: 'read', what: 'shows or checks a signature' },
      { sub: /^\S/, effect: 'write', what: "signs a bundle or binary, or strips its signature: the same tool signs it again" },
    ],
    otherwise: 'write',
  },
  {
    names: ['tmutil'],
    local: true,
    valued: ['-d', '-t'],
    rules: [
      { sub: /^(delete|deletelocalsnapshots|thinlocalsnapshots|deleteinprogress)\b/, effect: 'destroy', what: 'deletes Time Machine backups or local snapshots' },
      { sub: /^(disable|disablelocal|removedestination)\b/, effect: 'safeguard', what: 'turns Time Machine backups off or removes a backup destination' },
      { sub: /^addexclusion\b/, args: (a) => a.some((v) => v !== null && TM_WHOLE_FOLDER.test(v)), effect: 'safeguard', what: 'leaves a whole home, user folder or disk out of every backup' },
      { sub: /^(listbackups|listlocalsnapshots|listlocalsnapshotdates|latestbackup|status|destinationinfo|isexcluded|compare|calculatedrift|uniquesize|machinedirectory|verifychecksums|currentphase|version|help)\b/, effect: 'read', what: 'reads backup state' },
      { sub: /^(enable|enablelocal|startbackup|stopbackup|localsnapshot|setdestination|addexclusion|removeexclusion|associatedisk|inheritbackup|restore|setquota)\b/, effect: 'write', what: 'starts backups or changes their settings' },
    ],
    otherwise: 'opaque',
  },
  {
    // spctl(8): `--master-disable`/`--global-disable` turn Gatekeeper's assessment off for every app; `--disable` without a
    // `--label` does too. A rule added, removed or disabled by label changes one app's treatment.
    names: ['spctl'],
    local: true,
    valued: ['--label', '--type', '-t', '--context', '--path', '--requirement', '-R', '--priority', '--rule'],
    rules: [
      { flags: ['--master-disable', '--global-disable'], effect: 'safeguard', what: 'turns Gatekeeper off for every app' },
      { sub: /^kext-consent disable\b/, effect: 'safeguard', what: 'lets any kernel extension load without the user\'s consent' },
      { flags: ['--disable'], flagValue: { names: ['--label', '--path', '--rule'], value: /./ }, effect: 'write', what: 'disables one assessment rule' },
      { flags: ['--disable'], effect: 'safeguard', what: 'turns Gatekeeper\'s assessment off' },
      { flags: ['--status', '--assess', '-a', '--list', '--test', '--help'], effect: 'read', what: 'reads Gatekeeper\'s state or assesses an app' },
      { flags: ['--master-enable', '--global-enable', '--enable', '--add', '--remove'], effect: 'write', what: 'changes Gatekeeper\'s rules' },
    ],
    otherwise: 'opaque',
  },
  {
    // csrutil(8): System Integrity Protection; `disable`, `enable --without …` and `authenticated-root disable` weaken it.
    names: ['csrutil'],
    local: true,
    valued: [],
    rules: [
      { sub: /^((authenticated-root )?status|help|report)\b/, effect: 'read', what: 'reports System Integrity Protection\'s state' },
      { sub: /^(authenticated-root )?disable\b/, effect: 'safeguard', what: 'turns System Integrity Protection (or the sealed system volume) off' },
      { sub: /^enable\b/, flags: ['--without', '--no-internal'], effect: 'safeguard', what: 'turns parts of System Integrity Protection off' },
      { sub: /^((authenticated-root )?enable|clear|netboot)\b/, effect: 'write', what: 'turns System Integrity Protection on or resets it' },
    ],
    otherwise: 'opaque',
  },
  {
    // fdesetup(8): FileVault. `disable` decrypts the disk; `removerecovery` deletes a recovery key; `remove` takes a user's
    // right to unlock the disk away.
    names: ['fdesetup'],
    local: true,
    valued: ['-user', '-usertoremove', '-inputplist', '-outputplist', '-keychain', '-certificate', '-defer', '-forceatlogin'],
    rules: [
      { sub: /^(disable|removerecovery)\b/, effect: 'safeguard', what: 'turns FileVault off or deletes a recovery key' },
      { sub: /^remove\b/, effect: 'permissions', what: 'takes a user\'s right to unlock the disk away' },
      { sub: /^(status|list|isactive|haspersonalrecoverykey|hasinstitutionalrecoverykey|usingrecoverykey|supportsauthrestart|validaterecovery|showdeferralinfo|version|help)\b/, effect: 'read', what: 'reports FileVault\'s state' },
      { sub: /^(enable|add|changerecovery|authrestart|sync|updateprebootauth)\b/, effect: 'write', what: 'turns FileVault on or adds users and keys' },
    ],
    otherwise: 'opaque',
  },
  {
    // The application firewall's tool (`/usr/libexec/ApplicationFirewall/socketfilterfw --help`).
    names: ['socketfilterfw'],
    local: true,
    valued: [],
    rules: [
      { flagValue: { names: ['--setglobalstate', '--setloggingmode'], value: /^off$/i }, effect: 'safeguard', what: 'turns the application firewall or its logging off' },
      { flags: ['--getglobalstate', '--getblockall', '--getallowsigned', '--getstealthmode', '--getloggingmode', '--getloggingopt', '--listapps', '--getappblocked', '--help'], effect: 'read', what: 'reads the firewall\'s settings' },
    ],
    otherwise: 'write',
  },
  {
    // defaults(1): `delete DOMAIN` removes every setting in the domain (an app's whole preferences); `delete DOMAIN KEY`
    // one setting, which falls back to its default. A few keys are safeguards: the password after sleep, download
    // quarantine, the firewall and its log, automatic backups, security updates, guest access. The domain may be given as
    // a plist path, with or without `.plist`.
    names: ['defaults'],
    local: true,
    valued: ['-app', '-host'],
    rules: [
      { sub: /^write \S*(com\.apple\.screensaver(\.plist)? askForPassword|com\.apple\.LaunchServices(\.plist)? LSQuarantine|com\.apple\.alf(\.plist)? (globalstate|loggingenabled)|com\.apple\.TimeMachine(\.plist)? AutoBackup|com\.apple\.SoftwareUpdate(\.plist)? (CriticalUpdateInstall|ConfigDataInstall|AutomaticCheckEnabled)) (0|false|no)$/i, effect: 'safeguard', what: 'switches a safeguard off (password after sleep, download quarantine, firewall, backups or security updates)' },
      { sub: /^write \S*(com\.apple\.loginwindow(\.plist)? GuestEnabled|com\.apple\.AppleFileServer(\.plist)? guestAccess|com\.apple\.smb\.server(\.plist)? AllowGuestAccess) (1|true|yes)$/i, effect: 'safeguard', what: 'opens guest access (a log-in or a file share without a password)' },
      { sub: /^(read|read-type|domains|find|help)\b/, effect: 'read', what: 'reads preferences' },
      { sub: /^delete \S+ \S+/, effect: 'write', what: 'deletes one setting, which falls back to its default' },
      { sub: /^delete \S+$/, flagValue: { names: ['-g', '-globalDomain'], value: /./ }, effect: 'write', what: 'deletes one global setting, which falls back to its default' },
      { sub: /^delete\b/, effect: 'destroy', what: 'deletes every setting in the domain' },
      { sub: /^(write|rename|import|export)\b/, effect: 'write', what: 'writes preferences' },
    ],
    otherwise: 'opaque',
  },
  {
    // security(1): deleting a keychain, a stored password, a certificate or an identity (with its private key) loses it;
    // `authorizationdb write RIGHT allow` lets anyone do what the right guarded.
    names: ['security'],
    local: true,
    valued: ['-k', '-s', '-a', '-c', '-l', '-D', '-j', '-r', '-t', '-P', '-p', '-T', '-f', '-d', '-o', '-i', '-e', '-Z'],
    rules: [
      { sub: /^authorizationdb write \S+ allow\b/, effect: 'safeguard', what: 'lets anyone use the right without authenticating' },
      { sub: /^authorizationdb (write|remove|merge|smartcard)\b/, effect: 'permissions', what: 'changes an authorization right' },
      { sub: /^delete-(keychain|generic-password|internet-password|certificate|identity)\b/, effect: 'destroy', what: 'deletes a keychain, a stored password, a certificate or a private key' },
      { sub: /^add-trusted-cert\b/, args: trustsAsRoot, effect: 'safeguard', what: 'trusts a certificate as a root: every TLS certificate it signs is accepted (traffic can be intercepted)' },
      { sub: /^(add-trusted-cert|remove-trusted-cert|trust-settings-import|set-key-partition-list|set-generic-password-partition-list|set-internet-password-partition-list)\b/, effect: 'permissions', what: 'changes what is trusted or who may use a key' },
      { sub: /^(default-keychain|login-keychain|list-keychains)\b/, flags: ['-s'], effect: 'write', what: 'changes the keychain search list or default' },
      { sub: /^(find-\S+|list-keychains|default-keychain|login-keychain|dump-keychain|dump-trust-settings|show-keychain-info|verify-cert|smartcards|list-smartcards|error|help|authorizationdb read)\b/, effect: 'read', what: 'reads keychains' },
      { sub: /^(create-keychain|add-\S+|import|export|unlock-keychain|lock-keychain|set-\S+|create-keypair|create-filevaultmaster-keychain|cms|install-mds|leaks)\b/, effect: 'write', what: 'creates, unlocks or adds to keychains' },
    ],
    otherwise: 'opaque',
  },
  {
    // dscl(1): the local directory holds the accounts. Deleting a record (`/Users/x`, `/Groups/x`) deletes the account;
    // creating or changing attributes changes who may do what.
    names: ['dscl'],
    local: true,
    valued: ['-u', '-P', '-p'],
    rules: [
      { flags: ['-delete'], sub: /^\S+ \S+$/, effect: 'destroy', what: 'deletes a user or group record' },
      { flags: ['-append', '-merge', '-create'], sub: ADMIN_GROUP_MEMBERSHIP, effect: 'admin', what: 'adds an account to the administrators group' },
      { sub: /^\S+ (append|merge|create) (\/Local\/Default)?\/Groups\/(admin|wheel) (GroupMembership|GroupMembers) \S+/, effect: 'admin', what: 'adds an account to the administrators group' },
      { sub: /^\S+ delete \S+$/, effect: 'destroy', what: 'deletes a user or group record' },
      { flags: ['-delete', '-create', '-append', '-merge', '-change', '-changei', '-passwd'], effect: 'permissions', what: 'changes accounts or their attributes' },
      { sub: /^\S+ (delete|create|append|merge|change|changei|passwd)\b/, effect: 'permissions', what: 'changes accounts or their attributes' },
      { flags: ['-read', '-readall', '-readpl', '-readpli', '-list', '-search', '-diff', '-help'], effect: 'read', what: 'reads directory records' },
      { sub: /^\S+ (read|readall|readpl|readpli|list|search|diff)\b/, effect: 'read', what: 'reads directory records' },
    ],
    otherwise: 'opaque',
  },
  {
    // dseditgroup(8): `-o read|checkmember` read; `-o edit -a NAME GROUP` adds a member (to `admin` or `wheel`: an
    // administrator), `-d NAME` removes one; `-o delete GROUP` deletes the group record; `-o create` makes one.
    names: ['dseditgroup'],
    local: true,
    valued: ['-o', '-a', '-d', '-t', '-n', '-u', '-P', '-m', '-r', '-c', '-s', '-i', '-g', '-k', '-T'],
    rules: [
      { flagValue: { names: ['-o'], value: /^(read|checkmember)$/ }, effect: 'read', what: 'reads a group or checks a membership' },
      { sub: /^(admin|wheel)$/, flagValue: { names: ['-o'], value: /^(edit|create)$/ }, allFlags: ['-a'], effect: 'admin', what: 'adds an account to the administrators group' },
      { flagValue: { names: ['-o'], value: /^delete$/ }, effect: 'destroy', what: 'deletes a group record' },
      { flagValue: { names: ['-o'], value: /^(edit|create)$/ }, effect: 'permissions', what: 'creates a group or changes its members' },
    ],
    otherwise: 'opaque',
  },
  {
    // sysadminctl(8): `-deleteUser` deletes the account and, unless `-keepHome`, its home folder.
    names: ['sysadminctl'],
    local: true,
    valued: [],
    rules: [
      { flags: ['-deleteUser'], effect: 'destroy', what: 'deletes the account and, unless `-keepHome`, its home folder' },
      { flagValue: { names: ['-screenLock'], value: /^off$/i }, effect: 'safeguard', what: 'turns the screen lock off' },
      { flagValue: { names: ['-guestAccount', '-afpGuestAccess', '-smbGuestAccess'], value: /^on$/i }, effect: 'safeguard', what: 'opens guest access' },
      { flagValue: { names: ['-screenLock', '-guestAccount', '-afpGuestAccess', '-smbGuestAccess', '-automaticTime', '-filesystem'], value: /^status$/i }, effect: 'read', what: 'reports a setting' },
      { flags: ['-secureTokenStatus'], effect: 'read', what: 'reports a user\'s secure token' },
      { allFlags: ['-addUser', '-admin'], effect: 'admin', what: 'creates an administrator account' },
      { flags: ['-addUser', '-resetPasswordFor', '-secureTokenOn', '-secureTokenOff'], effect: 'permissions', what: 'creates an account or changes its credentials' },
    ],
    otherwise: 'opaque',
  },
  {
    // nvram(8): firmware variables. `boot-args` that switch code-signing enforcement off (AMFI's `amfi_get_out_of_my_way`,
    // `cs_enforcement_disable`) run any unsigned code; `-p`, `-x` and a bare name print; `name=value`, `-d`, `-c` and
    // `-f` set, delete or clear variables.
    names: ['nvram'],
    local: true,
    valued: ['-f'],
    rules: [
      { sub: /(^| )boot-args=.*\b(amfi_get_out_of_my_way|cs_enforcement_disable|amfi_allow_any_signature|amfi_unrestrict_task_for_pid)=?/, effect: 'safeguard', what: 'switches code-signing enforcement off at the next boot' },
      { flags: ['-d', '-c', '-f'], effect: 'write', what: 'deletes, clears or sets firmware variables' },
      { sub: /=/, effect: 'write', what: 'sets a firmware variable' },
    ],
    otherwise: 'read',
  },
  {
    // systemsetup(8): `-setremotelogin on` opens SSH and `-setremoteappleevents on` Apple events to the network; the
    // `-get…` options read; other `-set…` options change a setting (time zone, sleep, computer name).
    // Round 44 (nx44; the lead's answer 459.2): `-setremotelogin off` stops sshd: the way in off, as sshd disabled (427.3,
    // 440.2). Anything but `on`/`off` (a value not shown) fails closed the same way.
    names: ['systemsetup'],
    local: true,
    valued: [],
    rules: [
      { flagValue: { names: ['-setremotelogin', '-setremoteappleevents'], value: /^on$/i }, effect: 'safeguard', what: 'opens remote log-in (SSH) or remote Apple events to the network' },
      { flagValue: { names: ['-setremotelogin'], value: /^(?!on$)/i }, effect: 'safeguard', what: 'switches remote log-in (SSH) off: the way in to administer the machine (the lead\'s answer 459.2)' },
      { args: (a) => a.every((v) => v === null || !/^-set/i.test(v)), effect: 'read', what: 'reads a system setting' },
    ],
    otherwise: 'write',
  },
  {
    // Apple Remote Desktop's `kickstart` (ARDAgent.app/Contents/Resources/kickstart, Apple's "Use the kickstart command"):
    // `-activate -configure -access -on` turns remote management (screen sharing with control) on; for `-allUsers` or
    // with `-privs -all` it opens the machine to remote control. `-deactivate` or `-access -off` closes it.
    names: ['kickstart'],
    local: true,
    valued: ['-users', '-privs', '-clientopts', '-computerinfo', '-setmenuextra', '-setreqperm', '-setvnclegacy', '-setvncpw', '-setwbem', '-specifiedUsers', '-access', '-allowAccessFor'],
    rules: [
      { flags: ['-help'], effect: 'read', what: 'help' },
      { allFlags: ['-activate'], flagValue: { names: ['-access'], value: /^-?on$/i }, effect: 'safeguard', what: 'turns remote management (screen sharing with control) on' },
      { flagValue: { names: ['-allowAccessFor'], value: /^-?allUsers$/i }, effect: 'safeguard', what: 'lets every local account be controlled remotely' },
    ],
    otherwise: 'write',
  },
  {
    // tccutil(1): `reset SERVICE [BUNDLE_ID]` forgets privacy answers; the app asks again. Nothing is granted.
    names: ['tccutil'],
    local: true,
    valued: [],
    rules: [{ sub: /^reset\b/, effect: 'write', what: 'resets privacy permissions: the apps ask again' }],
    otherwise: 'opaque',
  },
  {
    // xcode-select(1): `-p`/`--print-path` and `-v` read; `-s`/`--switch`, `-r`/`--reset` and `--install` pick or install the
    // active developer directory (the Command Line Tools or an Xcode).
    names: ['xcode-select'],
    local: true,
    valued: ['-s', '--switch'],
    rules: [
      { flags: ['-p', '--print-path', '-v', '--version', '-h', '--help'], effect: 'read', what: 'prints the active developer directory' },
      { flags: ['-s', '--switch', '-r', '--reset', '--install'], effect: 'write', what: 'switches, resets or installs the developer tools' },
    ],
    otherwise: 'opaque',
  },
  {
    // mdutil(1): the Spotlight index, which `-E` erases for Spotlight to build again; no file is touched.
    names: ['mdutil'],
    local: true,
    valued: [],
    rules: [{ flags: ['-s', '-t', '-L'], effect: 'read', what: 'reports indexing state' }],
    otherwise: 'write',
  },
  {
    // diskutil(8), whose verbs are case-insensitive: erasing, partitioning, zeroing and deleting volumes, containers or
    // snapshots lose what they held; `secureErase freespace` erases only free space; mounting, ejecting, verifying,
    // repairing and adding a volume keep every file. A resize with a new layout may delete the partitions after it.
    names: ['diskutil'],
    local: true,
    valued: ['-passphrase', '-user', '-name', '-role', '-quota', '-reserve', '-groupWith', '-sibling', '-mountpoint'],
    rules: [
      { sub: /^secureErase freespace\b/i, effect: 'write', what: 'erases only the free space: every file stays' },
      { sub: /^((apfs|cs|coreStorage|appleRAID|ar) )?(list\w*|info|information|activity|verifyVolume|verifyDisk|listSnapshots|listCryptoUsers|listVolumeGroups|listUsers)\b/i, effect: 'read', what: 'reads disks and volumes' },
      { sub: /^((apfs )?(deleteVolume|deleteContainer|deleteVolumeGroup|deleteSnapshot|eraseVolume|createContainer)|(cs|coreStorage|appleRAID|ar) (delete\w*|remove\w*))\b/i, effect: 'destroy', what: 'deletes a volume, container, snapshot or set with what it holds' },
      { sub: /^(eraseDisk|eraseVolume|reformat|eraseOptical|zeroDisk|randomDisk|secureErase|partitionDisk|splitPartition|mergePartitions)\b/i, effect: 'destroy', what: 'erases or repartitions a device' },
      { sub: /^(apfs )?decryptVolume\b/i, effect: 'safeguard', what: 'turns a volume\'s encryption off' },
      { sub: /^(resizeVolume|(apfs )?resizeContainer|(cs|coreStorage) resize\w*)\b/i, effect: 'opaque', what: 'resizes, and with a new layout may delete the partitions after it' },
      { sub: /^(mount|mountDisk|unmount|umount|unmountDisk|umountDisk|eject|rename|renameVolume|enableJournal|disableJournal|enableOwnership|disableOwnership|repairVolume|repairDisk|repairPermissions|addPartition|apfs (addVolume|unlockVolume|lockVolume|encryptVolume|changePassphrase|setPassphraseHint|defragment|updatePreboot|convert|changeVolumeRole))\b/i, effect: 'write', what: 'mounts, ejects, repairs or adds volumes (every file stays)' },
    ],
    otherwise: 'opaque',
  },
  // Local container VMs on a laptop (colima and OrbStack references): deleting the VM deletes every container, image and
  // volume in it; stopping it keeps them, and `start` brings the VM back: the agent's own dev VM stopped is a write (the
  // lead's decision, round 15), as its own containers stopped are.
  {
    // `colima ssh -- CMD` runs CMD in the VM.
    names: ['colima'],
    valued: ['-p', '--profile', '-c', '--cpu', '-m', '--memory', '-d', '--disk', '-r', '--runtime', '--vm-type', '-a', '--arch', '-V', '--mount', '--dns', '-t', '--template', '--kubernetes-version', '-k'],
    remote: { sub: /^ssh$/, valued: ['-p', '--profile'], where: 'the VM' },
    where: ['-p', '--profile'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      // A profile named as a throwaway on this machine (scratch, test, ci, ephemeral: the lead's answer 66).
      { sub: LOCAL_THROWAWAY_OPERANDS('(delete|rm|remove)'), effect: 'write', what: 'deletes a VM profile named as a throwaway' },
      { sub: /^(delete|rm|remove)$/, flagValue: { names: ['-p', '--profile'], value: LOCAL_THROWAWAY }, effect: 'write', what: 'deletes a VM profile named as a throwaway' },
      { sub: /^(delete|rm|remove|(kubernetes|k8s|k3s) (delete|reset))\b/, effect: 'destroy', what: 'deletes the VM (or its Kubernetes cluster) with every container, image and volume in it' },
      { sub: /^(stop|kill|(kubernetes|k8s|k3s) stop)\b/, effect: 'write', what: 'stops the local VM and the containers in it; their images and volumes are kept and `colima start` brings them back' },
      { sub: /^(status|list|ls|version|ssh-config|help|completion)\b/, effect: 'read', what: 'reads the VM\'s state' },
      { sub: /^(start|restart|prune|update|template|(kubernetes|k8s|k3s) (start|restart))\b/, effect: 'write', what: 'starts the VM or cleans its download cache' },
    ],
    otherwise: 'opaque',
  },
  // Lima (limactl reference): `delete` removes an instance with its disk, `factory-reset` wipes it, `unprotect` lifts the
  // protection against deletion; `stop` keeps the disk (as colima's); `shell` runs a command in the VM.
  {
    names: ['limactl'],
    // Lima's CLI is cobra's (pflag reads options among the operands).
    parser: 'permutes',
    valued: ['--tty', '--log-level', '--workdir', '--shell', '--name', '--set', '--cpus', '--memory', '--disk', '--vm-type', '--arch', '--mount', '--network', '--containerd', '--plain'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { sub: LOCAL_THROWAWAY_OPERANDS('(delete|remove|rm)'), effect: 'write', what: 'deletes VMs named as a throwaway (the lead\'s answer 66)' },
      { sub: /^(delete|remove|rm|factory-reset)\b/, effect: 'destroy', what: 'deletes or wipes the VM with its disk' },
      { sub: /^unprotect\b/, effect: 'safeguard', what: 'lifts the protection against deleting the VM' },
      { sub: /^shell\b/, effect: 'opaque', what: 'runs a shell or a command in the VM' },
      { sub: /^(stop|suspend)\b/, effect: 'write', what: 'stops the local VM; its disk is kept and `limactl start` brings it back' },
      { sub: /^(list|ls|info|show-ssh|validate|disk (ls|list)|snapshot (ls|list)|completion|help)\b/, effect: 'read', what: 'reads VMs' },
      { sub: /^(start|create|edit|clone|copy|cp|rename|protect|prune|snapshot create|disk (create|resize)|sudoers|start-at-login|tunnel)\b/, effect: 'write', what: 'starts, creates or configures VMs, or prunes the download cache' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['orb', 'orbctl'],
    valued: ['-m', '--machine', '-u', '--user', '-w', '--workdir', '-a', '--arch'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { sub: LOCAL_THROWAWAY_OPERANDS('(delete|rm|remove)'), effect: 'write', what: 'deletes Linux machines named as a throwaway (the lead\'s answer 66)' },
      { sub: /^(delete|rm|remove|reset)\b/, effect: 'destroy', what: 'deletes a Linux machine with every file in it (`reset`: all of OrbStack\'s data)' },
      { sub: /^(stop|kill|shutdown)\b/, effect: 'write', what: 'stops OrbStack or the local machine named; their files are kept and `orb start` brings them back' },
      { sub: /^(list|ls|info|status|version|logs|help|doctor|config show)\b/, effect: 'read', what: 'reads machines' },
      { sub: /^(start|restart|create|new|clone|rename|config|push|pull|update|default|login|logout)\b/, effect: 'write', what: 'starts, creates or configures machines' },
    ],
    otherwise: 'fallback',
  },
  // Test devices on a developer's machine (Xcode's `simctl`, the Android SDK's `avdmanager`): a simulator or emulator
  // holds test data, and the tool makes a new one in a moment.
  {
    names: ['simctl'],
    local: true,
    valued: ['--set'],
    rules: [
      { sub: /^(list|listapps|appinfo|get_app_container|getenv|help|pbpaste|bootstatus)\b/, effect: 'read', what: 'reads simulators' },
      { sub: /^(delete|erase|uninstall|shutdown|boot|create|clone|rename|install|launch|terminate|privacy|push|openurl|addmedia|keychain|status_bar|ui|location|pbcopy|pbsync|upgrade|pair|unpair|pair_activate|runtime|io|diagnose|icloud_sync)\b/, effect: 'write', what: 'changes a simulator (a test device that `simctl create` makes again)' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['avdmanager'],
    local: true,
    valued: ['-n', '--name', '-k', '--package', '-d', '--device', '-p', '--path', '-c', '--sdcard', '-t', '--tag', '-g', '--abi', '-r', '--rename', '-b'],
    rules: [
      { sub: /^list\b/, effect: 'read', what: 'lists emulators' },
      { sub: /^(delete|create|move) avd\b/, effect: 'write', what: 'deletes, creates or moves an emulator (a test device that `avdmanager create avd` makes again)' },
    ],
    otherwise: 'opaque',
  },
  {
    // adb: clearing or uninstalling an app deletes its data on the device (`pm clear`: "deletes all data associated with a
    // package"; `uninstall` without `-k`). On an emulator, or for the debug build of the app under development (the
    // Android Gradle plugin's `applicationIdSuffix ".debug"`), that is test data.
    // `shell` and `exec-out` run the rest of the line on the device, joined with spaces as ssh does (adb's
    // commandline.cpp: "We don't escape here, just like ssh(1)"); `push` onto an app's database or preferences
    // replaces them.
    names: ['adb'],
    local: true,
    valued: ['-s', '-t', '-H', '-P', '-L'],
    remote: { sub: /^(shell|exec-out)$/, valued: ['-e'], where: 'the device', elevate: /^su\s+(0|root)\s+(?=\S)/, aliases: [[/^cmd package(?= |$)/, 'pm']] },
    rules: [
      { sub: /^((shell )?pm (clear|uninstall)|uninstall)\b/, flagValue: { names: ['-s'], value: /^emulator-\d+$/ }, effect: 'write', what: 'clears or removes an app on an emulator (test data)' },
      { sub: /^((shell )?pm (clear|uninstall)|uninstall)\b.*\.debug$/, effect: 'write', what: 'clears or removes the debug build of the app under development (test data)' },
      { sub: /^uninstall\b/, flags: ['-k'], effect: 'write', what: 'removes the app but keeps its data' },
      { sub: /^((shell )?pm (clear|uninstall)|uninstall)\b/, effect: 'destroy', what: 'deletes an app\'s data on the device' },
      { sub: /^logcat\b/, flags: ['-c', '--clear'], effect: 'write', what: 'clears the device\'s log buffer' },
      { sub: /^(devices|logcat|get-state|get-serialno|get-devpath|version|help|bugreport|pull|features|host-features|mdns|wait-for\S*)\b/, effect: 'read', what: 'reads the device' },
      { sub: /^push\b.* \S*(\.(db|sqlite3?|realm)|\/databases\/\S*|\/shared_prefs\/\S*)$/, effect: 'destroy', what: 'replaces an app\'s database or preferences on the device' },
      { sub: /^(install|install-multiple|install-multi-package|push|reboot|root|unroot|remount|forward|reverse|tcpip|usb|connect|disconnect|pair|kill-server|start-server|reconnect|sideload|emu|sync)\b/, effect: 'write', what: 'installs, copies or changes the connection' },
    ],
    otherwise: 'fallback',
  },
  {
    // fastboot: erasing or formatting a partition, `-w` and unlocking the bootloader (which "wipes all user data")
    // destroy the device's data; flashing a system image replaces what the build makes again.
    names: ['fastboot'],
    local: true,
    valued: ['-s', '-S', '-c', '-b', '-n', '--slot', '--os-version', '--os-patch-level', '--header-version', '--kernel-offset', '--ramdisk-offset', '--tags-offset', '--page-size', '--cmdline', '--base'],
    rules: [
      { sub: /^(erase|format(:\S+)?|flashing unlock\w*|oem unlock|flash (userdata|data|metadata))\b/, effect: 'destroy', what: 'wipes the device\'s data' },
      { flags: ['-w'], effect: 'destroy', what: '`-w` wipes userdata' },
      // Round 42 (bl42fw): relocking wipes user data too (AOSP "Locking and unlocking the bootloader"); a vbmeta flashed
      // with verity or verification disabled switches verified boot off.
      { sub: /^(flashing lock|oem lock)\b/, effect: 'destroy', what: 'relocks the bootloader, which wipes the device\'s user data' },
      { flags: ['--disable-verity', '--disable-verification'], effect: 'safeguard', what: 'switches verified boot (dm-verity) off' },
      { sub: /^(devices|getvar|help)\b/, effect: 'read', what: 'reads the device' },
    ],
    otherwise: 'write',
  },
  {
    // p11-kit's trust(1), the system trust store of Fedora, RHEL and Arch: `trust anchor FILE` (`--store` is its default)
    // adds a root CA every program on the machine trusts (the lead's answer 170: trust widened, as on Windows and macOS).
    // `--remove` takes one out: what it was is not in the input (fail closed, as one anchor file removed).
    names: ['trust'],
    local: true,
    valued: ['--filter', '--format', '--purpose'],
    rules: [
      { sub: /^anchor\b/, flags: ['--remove', '-r'], effect: 'opaque', what: 'removes a trust anchor' },
      { sub: /^anchor\b/, effect: 'safeguard', what: 'adds a root CA to the system trust store: every TLS certificate it signs is trusted (traffic can be intercepted)' },
      { sub: /^(list|dump|check-format|help)\b/, effect: 'read', what: 'reads the trust store' },
      { sub: /^extract(-compat)?\b/, effect: 'write', what: 'writes the trust store out again from its anchors' },
    ],
    otherwise: 'opaque',
  },
  {
    // keytool (the JDK's keytool reference): its commands are options. `-delete` removes a key or certificate entry; an
    // app's upload or signing key cannot be made again (a new one needs the store's key reset). The rest read the store
    // or add to it.
    names: ['keytool'],
    local: true,
    valued: ['-alias', '-keystore', '-storepass', '-storepass:env', '-storepass:file', '-keypass', '-keypass:env', '-keypass:file', '-storetype', '-file', '-dname', '-keyalg', '-keysize', '-groupname', '-validity', '-sigalg', '-ext', '-startdate', '-jarfile', '-sslserver', '-infile', '-outfile', '-srckeystore', '-destkeystore', '-srcstorepass', '-deststorepass', '-srcstorepass:env', '-deststorepass:env', '-srcstoretype', '-deststoretype', '-srcalias', '-destalias', '-srckeypass', '-destkeypass', '-new', '-providername', '-providerclass', '-providerpath', '-addprovider', '-providerarg'],
    rules: [
      { flags: ['-delete'], args: keystoreInTemporaryFolder, effect: 'write', what: 'deletes an entry of a keystore in a temporary folder (a scratch store, a temporary file)' },
      { flags: ['-delete'], effect: 'destroy', what: 'deletes a key or certificate entry from the keystore' },
      { flags: ['-importcert', '-import'], args: intoJdkTrustStore, effect: 'safeguard', what: "adds a certificate to the JDK's system trust store (cacerts): every TLS certificate it signs is trusted" },
      { flags: ['-list', '-printcert', '-printcertreq', '-printcrl', '-exportcert', '-export', '-showinfo', '-help', '--help', '-version'], effect: 'read', what: 'reads the keystore' },
      { flags: ['-genkeypair', '-genkey', '-genseckey', '-importcert', '-import', '-importkeystore', '-importpass', '-certreq', '-gencert', '-gencrl', '-changealias', '-keyclone', '-selfcert', '-storepasswd', '-keypasswd'], effect: 'write', what: 'adds keys or certificates, or changes a password or alias' },
    ],
    otherwise: 'opaque',
  },
  {
    // fastlane (docs.fastlane.tools): its tools and actions. `match nuke` and the `match_nuke` action revoke every
    // certificate and provisioning profile of a type ("Builds distributed via Ad Hoc or Enterprise will be disabled");
    // `pilot remove` takes a tester off the app's TestFlight; the `delete_keychain` action deletes a keychain, as
    // `security delete-keychain` does. Uploads and releases (deliver, supply, pilot upload/distribute) are deploys;
    // `snapshot reset_simulators` makes the simulators again (test devices). Lanes run the project's Fastfile.
    names: ['fastlane'],
    valued: ['-u', '--username', '-a', '--app_identifier', '-p', '--package_name', '--platform', '--type', '-e', '--email', '-g', '--groups', '--track', '--rollout', '--aab', '--apk', '--ipa', '-i', '--json_key', '--json_key_data', '--api_key_path', '--api_key', '--team_id', '--team_name', '--git_url', '--git_branch', '--storage_mode', '--keychain_name', '--keychain_password', '--metadata_path', '--screenshots_path', '--release_status', '--version_code', '--version_name', '--track_promote_to', '--changelog', '--distribute_external', '--env', '--output_path', '--scheme', '--workspace', '--project', '--configuration', '--export_method', '--output_directory'],
    rules: [
      { flags: ['--help', '-h', '--version', '-v'], effect: 'read', what: 'help' },
      { sub: /^(ios |android |mac )?(match nuke|run match_nuke)\b/, effect: 'destroy', what: 'revokes every certificate and provisioning profile of the type (ad hoc and enterprise builds stop working)' },
      { sub: /^(ios |android |mac )?run delete_keychain\b/, effect: 'destroy', what: 'deletes a keychain with its keys and passwords' },
      { sub: /^(ios |android |mac )?pilot remove\b/, effect: 'destroy', what: 'takes a tester off the app\'s TestFlight' },
      { sub: /^(action|actions|lanes|list|docs|env|help|search_plugins)\b/, effect: 'read', what: 'shows actions, lanes or the environment' },
      { sub: /^(ios |android |mac )?(pilot (list|builds|find|export)|deliver download_\S+|supply init|match (decrypt|list)|run (get_\S+|latest_testflight_build_number|google_play_track_version_codes|app_store_build_number|validate_play_store_json_key))\b/, effect: 'read', what: 'reads testers, builds or store metadata' },
      { sub: /^(ios |android |mac )?(deliver|supply|pilot|upload_to_\S+|run (upload_to_\S+|deliver|supply|pilot|app_store_connect_api_key))\b/, effect: 'deploy', what: 'uploads a build or store metadata' },
      { sub: /^(ios |android |mac )?(match|cert|sigh|pem|produce|gym|scan|snapshot|screengrab|frameit|precheck|init|run (create_keychain|unlock_keychain|clear_derived_data|increment_\S+|register_devices?|setup_ci|match|sync_code_signing|gym|build_app|build_ios_app|gradle|scan|run_tests|xcode_select))\b/, effect: 'write', what: 'builds, signs, tests or sets up the project' },
    ],
    otherwise: 'fallback',
  },
  {
    // EAS CLI (docs.expo.dev, "EAS CLI reference"): oclif topics. `…:delete` deletes a channel, branch with its updates,
    // update group, secret or environment variable, device or webhook; `channel:pause` stops a channel's updates.
    // Builds, submissions, updates, republishing and pointing a channel at a branch are deploys.
    names: ['eas'],
    valued: ['-p', '--platform', '--profile', '-e', '--environment', '--variable-environment', '--variable-name', '--name', '--value', '--scope', '--type', '--visibility', '--branch', '--channel', '--message', '-m', '--group', '--id', '--udid', '--apple-team-id', '--limit', '--offset', '--status', '--build-profile', '--destination-branch', '--destination-channel', '--runtime-version', '--url', '--event', '--secret', '--path', '--output'],
    where: ['--environment', '--variable-environment', '--profile', '--channel', '--branch'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^\S+:delete\b/, effect: 'destroy', what: 'deletes a channel, a branch with its updates, an update group, a secret, a variable, a device or a webhook' },
      { sub: /^channel:pause\b/, effect: 'outage', what: 'stops the channel\'s builds from receiving updates' },
      { sub: /^(\S+:(list|view|info|get|inspect|pull)|whoami|diagnostics|config|open|autocomplete|analytics|help|fingerprint:compare)\b/, effect: 'read', what: 'reads the project, its builds, updates or settings' },
      { sub: /^(build|build:(run|dev|resign|internal)|submit|update|update:(republish|roll-back-to-embedded|rollback|revert-update-rollout|edit)|channel:(edit|rollout|resume)|deploy|workflow:run)(?= |$)/, effect: 'deploy', what: 'builds, submits or publishes an update' },
      { sub: /^(\S+:(create|rename|update|push|link|unlink|configure|sync|set|upload)|build:cancel|init|login|logout|account:\S+|credentials\S*|project:init|onboarding|go)\b/, effect: 'write', what: 'creates or configures project resources' },
    ],
    otherwise: 'opaque',
  },
  {
    // CocoaPods (its command reference): `trunk delete` removes a published version for every consumer and `trunk
    // remove-owner` takes an owner's push rights away; `repo remove` deletes only the local clone of a spec repo, which
    // `pod repo add` clones again; `deintegrate` and `cache clean` remove what `pod install` makes again.
    names: ['pod'],
    valued: ['--sources', '--project-directory'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^trunk (delete|remove-owner)\b/, effect: 'destroy', what: 'deletes a published version or takes an owner\'s push rights away' },
      { sub: /^(outdated|search|list|env|ipc|spec (lint|cat|which)|lib lint|repo list|trunk (info|me)|cache list)\b/, effect: 'read', what: 'reads pods, specs or the environment' },
      { sub: /^trunk (push|deprecate|register|add-owner)\b/, effect: 'deploy', what: 'publishes or deprecates a pod' },
      { sub: /^(install|update|deintegrate|cache clean|repo (add|add-cdn|update|push|lint|remove)|lib create|spec create|init|setup|plugins|try)\b/, effect: 'write', what: 'installs pods, or changes local caches and spec-repo clones' },
    ],
    otherwise: 'fallback',
  },
  // iOS devices, as adb for Android: uninstalling an app deletes its data on the device, except the debug build of the
  // app under development (bundle id ending `.debug`, test data as in the adb entry).
  {
    // ios-deploy (its usage): `-9/--uninstall_only` uninstalls, `-r/--uninstall` uninstalls first ("app cache and data
    // are cleared"), `-R/--rm` and `-X/--rmtree` remove files on the device.
    names: ['ios-deploy'],
    local: true,
    valued: ['-i', '--id', '-b', '--bundle', '-a', '--args', '-t', '--timeout', '-p', '--port', '-1', '--bundle_id', '-o', '--upload', '-2', '--to', '-D', '--mkdir', '-R', '--rm', '-X', '--rmtree', '-3', '--bundle_name', '-s', '--envs', '-k', '--key'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' },
      { flags: ['-9', '--uninstall_only', '-r', '--uninstall'], flagValue: { names: ['-1', '--bundle_id'], value: /\.debug$/ }, effect: 'write', what: 'removes the debug build of the app under development (test data)' },
      { flags: ['-9', '--uninstall_only', '-r', '--uninstall'], effect: 'destroy', what: 'uninstalls the app from the device: its data is cleared' },
      { flags: ['-R', '--rm', '-X', '--rmtree'], effect: 'destroy', what: 'removes files from the device' },
      { flags: ['-c', '--detect', '-l', '--list', '-B', '--list_bundle_id', '-e', '--exists', '-w', '--download'], effect: 'read', what: 'lists or downloads from the device' },
    ],
    otherwise: 'write',
  },
  {
    // libimobiledevice's ideviceinstaller: `-U ID`/`--uninstall ID` (or the `uninstall ID` command) removes an app and its
    // data; `-R`/`--remove-archive` deletes an archived copy of one.
    names: ['ideviceinstaller'],
    local: true,
    valued: ['-u', '--udid', '-o', '--options', '-i', '--install', '-U', '--uninstall', '-g', '--upgrade', '-a', '--archive', '-r', '--restore', '-R', '--remove-archive', '-w', '--notify-wait'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { flagValue: { names: ['-U', '--uninstall'], value: /\.debug$/ }, effect: 'write', what: 'removes the debug build of the app under development (test data)' },
      { sub: /^uninstall \S+\.debug$/, effect: 'write', what: 'removes the debug build of the app under development (test data)' },
      { flags: ['-U', '--uninstall', '-R', '--remove-archive'], effect: 'destroy', what: 'uninstalls an app with its data, or deletes an archived copy' },
      { sub: /^(uninstall|remove-archive)\b/, effect: 'destroy', what: 'uninstalls an app with its data, or deletes an archived copy' },
      { flags: ['-l', '--list-apps', '-L', '--list-archives'], effect: 'read', what: 'lists apps' },
      { sub: /^(list|list-archives)\b/, effect: 'read', what: 'lists apps' },
    ],
    otherwise: 'write',
  },
  // Commands on an Android device, reached through `adb shell` (`remote` above) or typed in its shell.
  {
    // pm (`pm help`): `clear` deletes all data of a package, `uninstall` without `-k` removes it with its data (the debug
    // build of the app under development is test data, as in the adb entry); `disable-user`, `hide` and `suspend` switch
    // an app off until it is enabled again.
    names: ['pm'],
    local: true,
    valued: ['--user', '-i', '--install-reason', '-p', '--pkg', '-S', '--abi'],
    rules: [
      { sub: /^(clear|uninstall)\b.*\.debug$/, effect: 'write', what: 'clears or removes the debug build of the app under development (test data)' },
      { sub: /^uninstall\b/, flags: ['-k'], effect: 'write', what: 'removes the app but keeps its data' },
      { sub: /^(clear|uninstall)\b/, effect: 'destroy', what: 'deletes an app\'s data on the device' },
      { sub: /^(disable|disable-user|disable-until-used|hide|suspend)\b/, effect: 'outage', what: 'switches an app off on the device' },
      { sub: /^(grant|revoke|reset-permissions|set-permission-flags)\b/, effect: 'permissions', what: 'changes an app\'s permissions' },
      { sub: /^(list|path|dump|help|resolve-activity|query-\S+|get-\S+|has-feature|check-\S+)\b/, effect: 'read', what: 'reads packages' },
      { sub: /^(install\S*|enable|unhide|unsuspend|trim-caches|set-\S+|compile|bg-dexopt-job|create-user)\b/, effect: 'write', what: 'installs, enables or tunes apps' },
    ],
    otherwise: 'opaque',
  },
  {
    // Android's `settings` command (`settings help`; Settings.Global reference): package verification
    // (`package_verifier_enable`, `verifier_verify_adb_installs`: Play Protect's check of installed apps) switched off, or
    // installs from unknown sources allowed (`install_non_market_apps` 1), weaken a safeguard; other keys are settings.
    names: ['settings'],
    local: true,
    valued: ['--user'],
    rules: [
      { sub: /^put (global|secure|system) (package_verifier_enable|verifier_verify_adb_installs|package_verifier_user_consent|upload_apk_enable) (0|-1|false)\b/, effect: 'safeguard', what: 'switches the device\'s verification of installed apps off' },
      { sub: /^put (global|secure) install_non_market_apps 1\b/, effect: 'safeguard', what: 'lets apps from unknown sources be installed' },
      { sub: /^(get|list|help)\b/, effect: 'read', what: 'reads device settings' },
      { sub: /^(put|delete|reset)\b/, effect: 'write', what: 'changes a device setting' },
    ],
    otherwise: 'opaque',
  },
  {
    // setenforce(8): `0`/`Permissive` stops SELinux from enforcing its policy (it only logs); `1`/`Enforcing` turns it on.
    names: ['setenforce'],
    local: true,
    valued: [],
    rules: [
      { sub: /^(0|permissive)$/i, effect: 'safeguard', what: 'puts SELinux in permissive mode: its policy is no longer enforced' },
      { sub: /^(1|enforcing)$/i, effect: 'write', what: 'makes SELinux enforce its policy' },
    ],
    otherwise: 'opaque',
  },
  { names: ['getenforce', 'sestatus'], local: true, valued: [], rules: [], otherwise: 'read' },
  // semodule(8) (round 29, t29): `-i|--install` installs a policy module, whose rules only add to what the policy allows
  // (audit2allow's modules are made to allow what was refused): trust widened, as a root certificate is. Listing and
  // extracting read; removing, enabling, disabling and rebuilding change the policy store.
  {
    names: ['semodule'],
    local: true,
    valued: ['-X', '--priority', '-s', '--store', '-p', '--path', '-S', '--store-path'],
    rules: [
      { flags: ['-h', '--help', '-l', '--list-modules', '-lfull', '--list-modules=full', '-E', '--extract'], effect: 'read', what: 'lists or extracts policy modules' },
      { flags: ['-i', '--install'], effect: 'safeguard', what: 'installs an SELinux policy module: what its rules allow, the policy no longer refuses' },
    ],
    otherwise: 'write',
  },
  // salt-key(1) (round 29, t29): `-A|--accept-all` accepts every pending minion key, none of them seen: any machine that
  // asked is trusted and gets its states and pillar data; `-D|--delete-all` deletes every key, so the master stops managing
  // every minion. One key by name (`-a`, `-d`, `-r`) and rejecting (`-R`) are writes; listing and fingerprints read.
  {
    names: ['salt-key'],
    valued: ['-a', '--accept', '-r', '--reject', '-d', '--delete', '-f', '--finger', '-p', '--print', '-c', '--config-dir', '--gen-keys', '--gen-keys-dir', '--keysize', '-u', '--user', '--out', '--log-file', '-l', '--list', '-t', '--timeout'],
    rules: [
      { flags: ['-h', '--help', '--version', '--versions-report', '-L', '--list-all', '-l', '--list', '-f', '--finger', '-F', '--finger-all', '-p', '--print', '-P', '--print-all'], effect: 'read', what: 'lists keys or their fingerprints' },
      { flags: ['-A', '--accept-all'], effect: 'safeguard', what: 'accepts every pending minion key unseen: any machine that asked is trusted and gets its states and pillar data' },
      { flags: ['-D', '--delete-all'], effect: 'destroy', what: 'deletes every key: the master stops managing all its minions' },
    ],
    otherwise: 'write',
  },
  // semanage(8) (round 29, s29): `permissive -a DOMAIN` stops SELinux from enforcing its policy on that domain
  // (semanage-permissive(8): "PERMISSIVE domains … are not blocked"), a safeguard off as `setenforce 0` is for one domain;
  // `-l`/`list`/`export` read; the other object types label ports, files, interfaces and nodes or set booleans: writes.
  {
    names: ['semanage'],
    local: true,
    valued: ['-t', '--type', '-p', '--proto', '-r', '--range', '-s', '--seuser', '-f', '--ftype', '-e', '--equal', '-S', '--store', '-M', '--mask', '-L', '--level', '-R', '--roles', '-P', '--prefix'],
    rules: [
      { flags: ['-h', '--help', '-l', '--list', '-o', '--output'], effect: 'read', what: 'lists SELinux settings, or help' },
      { sub: /^export\b/, effect: 'read', what: 'prints the local SELinux customisations' },
      { sub: /^permissive\b/, flags: ['-a', '--add'], effect: 'safeguard', what: 'makes an SELinux domain permissive: its policy is no longer enforced for that domain' },
      { sub: /^(port|fcontext|boolean|interface|node|permissive|ibpkey|ibendport)\b/, effect: 'write', what: 'changes an SELinux label, port type or boolean' },
    ],
    otherwise: 'opaque',
  },
  // AppArmor's utilities (apparmor-utils: aa-enforce(8), aa-complain(8), aa-disable(8), aa-teardown(8), aa-status(8)) and
  // apparmor_parser(8) (round 29, s29): a profile put in enforce mode or (re)loaded is a write; complain mode (violations only
  // logged), a profile disabled or unloaded (`apparmor_parser -R`), loaded in complain mode (`-C`) or every profile unloaded
  // (`aa-teardown`) takes the confinement off: a safeguard off. `-p`/`-N`/`-Q` with `--skip-kernel-load` only read.
  // setcap(8) gives a program file capabilities (capabilities(7)) every account that runs it then holds: binding a low port
  // (`cap_net_bind_service`) or raw sockets for ping (`cap_net_raw`) are narrow; the others (`cap_sys_admin`, `cap_setuid`,
  // `cap_dac_override`, `cap_sys_ptrace`, `cap_sys_module`, …) or several at once give root's powers to whoever runs it (round
  // 29, s29). `-r` removes them, `-v` only checks; getcap reads.
  { names: ['getcap'], local: true, valued: [], rules: [], otherwise: 'read' },
  {
    names: ['setcap'],
    local: true,
    valued: ['-n'],
    rules: [
      { flags: ['-h', '--help', '-v', '--verify'], effect: 'read', what: 'checks a file\'s capabilities, or help' },
      { flags: ['-r'], effect: 'write', what: 'removes a file\'s capabilities' },
      { sub: /^(cap_net_bind_service|cap_net_raw)(=?[+=]?[eip]+|=)(\s|$)/i, effect: 'write', what: 'lets a program bind low ports or open raw sockets' },
      { sub: /^\S/, effect: 'admin', what: 'gives a program capabilities that hand root\'s powers to whoever runs it' },
    ],
    otherwise: 'admin',
  },
  { names: ['aa-status', 'apparmor_status'], local: true, valued: [], rules: [], otherwise: 'read' },
  { names: ['aa-enforce', 'aa-audit'], local: true, valued: ['-d', '--dir'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }], otherwise: 'write' },
  { names: ['aa-complain', 'aa-disable', 'aa-teardown'], local: true, valued: ['-d', '--dir'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^/, effect: 'safeguard', what: 'puts AppArmor profiles in complain mode, disables or unloads them: their programs are no longer confined' }], otherwise: 'safeguard' },
  {
    names: ['apparmor_parser'],
    local: true,
    valued: ['-I', '--Include', '-b', '--base', '-f', '--subdomainfs', '-m', '--match-string', '-M', '--features-file', '-L', '--cache-loc', '-O', '--Optimize', '-D', '--Debug', '-j', '--jobs', '-o', '--ofile', '--config-file'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version', '-N', '--names', '-p', '--preprocess', '-S', '--stdout', '-Q', '--skip-kernel-load'], effect: 'read', what: 'checks or prints a profile without loading it, or help' },
      { flags: ['-R', '--remove', '-C', '--Complain'], effect: 'safeguard', what: 'unloads an AppArmor profile, or loads it in complain mode: its program is no longer confined' },
    ],
    otherwise: 'write',
  },
  // restorecon(8) sets files' SELinux contexts back to the policy's defaults (`-n`: changes nothing, with `-v` it lists
  // what it would change); chcon(1) sets a context on files. Labels change, no content: writes.
  {
    names: ['restorecon', 'chcon'],
    local: true,
    valued: ['-e', '-f', '-u', '--user', '-r', '--role', '-t', '--type', '-l', '--range', '--reference'],
    rules: [
      { flags: ['-n', '-h', '--help', '--version'], effect: 'read', what: 'shows what would change, or help' },
    ],
    otherwise: 'write',
  },
  // pv(1), the pipe viewer (round 29, t29): copies its files or input to its output with a progress bar, as cat does; only
  // `-o|--output FILE` (pv 1.8) writes a file, whose path this entry does not judge.
  {
    names: ['pv'],
    valued: ['-A', '--last-written', '-F', '--format', '-N', '--name', '-L', '--rate-limit', '-B', '--buffer-size', '-s', '--size', '-i', '--interval', '-w', '--width', '-H', '--height', '-R', '--remote', '-P', '--pidfile', '-D', '--delay-start', '-m', '--average-rate-window', '-d', '--watchfd', '-x', '--extra-display', '-U', '--store-and-forward'],
    rules: [
      { flags: ['-o', '--output', '-R', '--remote', '-d', '--watchfd'], effect: 'opaque', what: 'writes a file or acts on another process' },
    ],
    otherwise: 'read',
  },
  // Compressors (gzip(1), bzip2(1), xz(1), zstd(1), lz4(1)) replace each file by its compressed copy, or the reverse with
  // `-d`: the content is kept. Writing over a file by redirection is judged where the redirection is.
  {
    names: ['gzip', 'pigz', 'bzip2', 'pbzip2', 'xz', 'zstd', 'lz4', 'lzip'],
    local: true,
    valued: ['-S', '--suffix', '-T', '--threads', '-p', '--processes', '-o', '-b', '-M', '--memlimit', '-F', '--format'],
    rules: [
      { flags: ['-l', '--list', '-t', '--test', '-h', '--help', '-V', '--version'], effect: 'read', what: 'lists or tests compressed files' },
    ],
    otherwise: 'write',
  },
  // run-parts(8) runs every executable in a folder (how cron runs /etc/cron.daily); `--test` and `--list` only print
  // which it would run. The scripts' text is not in the input, so running them is not judged here.
  {
    names: ['run-parts'],
    local: true,
    valued: ['-u', '--umask', '--arg', '-a', '--regex'],
    rules: [
      { flags: ['--test', '--list', '-h', '--help', '-V', '--version'], effect: 'read', what: 'prints the scripts it would run' },
    ],
    otherwise: 'opaque',
  },
  // ---- Everyday system tools (round 9, t9): classes found by an outside suite (tldr-pages).
  // A host taken off its network. dhcpcd(8): `-k`/`--release` gives up every lease (the interfaces lose their
  // addresses), `-x`/`--exit` stops the client; `-U`/`--dumplease`, `-T`/`--test` and `--version` read; `-n`/`--rebind`
  // and `-N`/`--renew` ask for leases again. dhclient(8): `-r` releases the lease and `-x` stops the client.
  {
    names: ['dhcpcd'],
    local: true,
    valued: ['-c', '--script', '-e', '--env', '-f', '--config', '-h', '--hostname', '-i', '--vendorclassid', '-l', '--leasetime', '-m', '--metric', '-o', '--option', '-r', '--request', '-s', '--inform', '-t', '--timeout', '-u', '--userclass', '-v', '--vendor', '-y', '--reboot', '-z', '--allowinterfaces', '-C', '--nohook', '-F', '--fqdn', '-O', '--nooption', '-Q', '--require', '-S', '--static', '-X', '--blacklist'],
    rules: [
      { flags: ['-k', '--release'], effect: 'outage', what: 'releases the leases: the interfaces lose their addresses and the machine leaves the network' },
      { flags: ['-x', '--exit'], effect: 'outage', what: 'stops the DHCP client: its leases are no longer renewed' },
      { flags: ['-U', '--dumplease', '-T', '--test', '--version', '--variables', '--help'], effect: 'read', what: 'shows leases, variables or what would be done' },
    ],
    otherwise: 'write',
  },
  {
    names: ['dhclient'],
    local: true,
    valued: ['-cf', '-lf', '-pf', '-sf', '-s', '-g', '-p', '-e', '--timeout'],
    rules: [
      { flags: ['--version', '--help'], effect: 'read', what: 'help' },
      { flags: ['-r', '-x'], effect: 'outage', what: 'releases the lease (`-r`) or stops the client (`-x`): the interface loses its address' },
    ],
    otherwise: 'write',
  },
  // A packet filter removed. xdp-filter(8) (xdp-tools): `unload` takes the filter off the interface, so what it dropped
  // comes in again; `status` and `poll` read; `load`, `port`, `ip` and `ether` install the filter or change its rules.
  {
    names: ['xdp-filter'],
    local: true,
    valued: ['-m', '--mode', '-p', '--policy', '-f', '--features', '-i', '--interval', '-v'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^unload\b/, effect: 'safeguard', what: 'removes the packet filter: what it dropped reaches the machine again' },
      { sub: /^(status|poll)\b/, effect: 'read', what: 'shows the filter and its counters' },
    ],
    otherwise: 'write',
  },
  // The trash emptied. trash-cli: `trash-empty` deletes what is in the trash for good (`trash-empty N`: what was trashed
  // N days ago or more), `trash-rm PATTERN` the trashed files that match (object files and bytecode are build artefacts);
  // `--dry-run` only lists. GLib's `gio trash --empty` empties it too. (`trash`/`trash-put` and `trash-restore` move files.)
  {
    names: ['trash-empty'],
    valued: ['--trash-dir'],
    dryRun: ['--dry-run'],
    rules: [
      { flags: ['-h', '--help', '--version', '--print-completion'], effect: 'read', what: 'help' },
      { effect: 'destroy', what: 'deletes what is in the trash for good' },
    ],
    otherwise: 'destroy',
  },
  // Subversion (svn(1), `svn help`; round 29, t29): `revert` discards the named files' uncommitted changes (as `git checkout
  // -- FILE`), `cleanup --remove-unversioned|--remove-ignored` deletes files Subversion does not hold (as `git clean -f`).
  // The rest reads, or writes what the repository's history keeps (a delete on the server is a new revision); an option
  // that names a program to run (`--diff-cmd`) runs what the input does not show.
  {
    names: ['svn'],
    valued: ['-m', '--message', '-F', '--file', '-r', '--revision', '-c', '--change', '--username', '--password', '--depth', '--set-depth', '--accept', '--targets', '--encoding', '--config-dir', '--config-option', '-l', '--limit', '-x', '--extensions', '--cl', '--changelist', '--native-eol', '--search', '--search-and', '--with-revprop', '--diff-cmd', '--diff3-cmd', '--editor-cmd'],
    rules: [
      { flags: ['--diff-cmd', '--diff3-cmd', '--editor-cmd'], effect: 'opaque', what: 'runs a program the option names' },
      { sub: /^(help|h|\?|status|st|stat|diff|di|log|info|list|ls|cat|blame|praise|annotate|ann|propget|pget|pg|proplist|plist|pl|mergeinfo)(?= |$)/, effect: 'read', what: 'reads the working copy or the repository' },
      { sub: /^revert(?= |$)/, effect: 'destroy', what: 'discards the uncommitted changes of what it names, as `git checkout -- FILE`' },
      { sub: /^cleanup(?= |$)/, flags: ['--remove-unversioned', '--remove-ignored'], effect: 'destroy', what: 'deletes the files Subversion does not hold, as `git clean -f`' },
      { flagValue: { names: ['--accept'], value: /^(theirs-full|tf|theirs-conflict|tc)$/ }, effect: 'destroy', what: "resolves conflicts with the repository's text: the working copy's conflicting edits are discarded" },
      { sub: /^(delete|del|remove|rm)(?= |$)/, flags: ['--force'], args: (a) => a.some((w, i) => i > 0 && w !== null && !w.startsWith('-') && !/^(\^\/|[a-z][\w+.-]*:\/\/)/i.test(w) && !['delete', 'del', 'remove', 'rm'].includes(w) && !['-m', '--message', '-F', '--file'].includes(a[i - 1] ?? '')), effect: 'destroy', what: "deletes locally modified files too: their edits are lost" },
    ],
    otherwise: 'write',
  },
  // Perforce (`p4 help COMMAND`, the P4 Command Reference; round 36, vcs36). The depot keeps every revision: `delete`,
  // `change -d`, spec deletes (`stream -d`, `branch -d`), `archive` and submits are writes. Lost for good: `obliterate -y`
  // (files and their history; without `-y` it only reports), `stream --obliterate -y`, a depot, a user or a shelf deleted
  // (`shelve -d`: git's `stash drop`), a release label deleted (answer 109's tags); the workspace's edits discarded:
  // `revert` (not `-a`, `-k`: unchanged files, or the files kept), `clean`, `reconcile|status -w`, `sync -f` (writable files
  // not opened, edited without a checkout, are rewritten), `resolve -at`, another's workspace forced away (`client -d -f`),
  // except in a CI agent's own checkout (decision 38). `protect -i` replaces the whole protections table with its input
  // (unseen here); `configure set security=0` switches password security off; `admin stop` stops the server.
  {
    names: ['p4', 'p4.exe'],
    valued: [...P4_GLOBAL_VALUED],
    dryRun: ['-n'],
    rules: [
      { args: (a) => p4Command(a)?.sub === 'help' || (a.length === 1 && /^(-h|-V|--help|--version)$/.test(a[0] ?? '')), effect: 'read', what: 'help' },
      { args: p4Is(/^obliterate$/, p4Flag('-y')), effect: 'destroy', what: 'removes the files and their whole history from the depot' },
      { args: p4Is(/^obliterate$/), effect: 'read', what: 'reports what it would obliterate (without `-y` nothing is removed)' },
      { args: p4Is(/^stream$/, (r) => r.includes('--obliterate') && p4Flag('-y')(r)), effect: 'destroy', what: "obliterates the stream's files and history" },
      { args: p4Is(/^sync$/, p4Flag('-f')), ciCheckoutWrite: true, effect: 'destroy', what: 'rewrites every workspace file from the depot: writable files not opened (edited without a checkout) are lost' },
      { args: p4Is(/^clean$/), ciCheckoutWrite: true, effect: 'destroy', what: 'deletes files the depot does not hold and rewrites edited ones: edits not opened in a changelist are lost' },
      { args: p4Is(/^revert$/, p4Flag('-a', '-k')), effect: 'write', what: 'reverts unchanged files, or keeps the workspace files' },
      { args: p4Is(/^revert$/), ciCheckoutWrite: true, effect: 'destroy', what: 'discards the edits of the opened files, as `git checkout -- FILE`' },
      { args: p4Is(/^(reconcile|rec|status)$/, (r) => r.includes('-w')), ciCheckoutWrite: true, effect: 'destroy', what: 'makes the workspace match the depot (`p4 clean`): edits not opened are lost' },
      { args: p4Is(/^resolve$/, (r) => r.includes('-at')), ciCheckoutWrite: true, effect: 'destroy', what: "accepts theirs: the workspace's edits of those files are discarded" },
      { args: p4Is(/^shelve$/, (r) => r.includes('-d')), effect: 'destroy', what: 'deletes shelved files, kept nowhere else (as `git stash drop`)' },
      { args: p4Is(/^(client|workspace)$/, (r) => r.includes('-d') && (r.includes('-f') || r.includes('-Fs'))), effect: 'destroy', what: "forces another user's workspace away with its opened files and shelves" },
      { args: p4Is(/^label$/, (r) => r.includes('-d') && r.filter((w) => w !== null && !w.startsWith('-')).every((w) => SCRATCH_RESOURCE.test(w!))), unlessLive: true, effect: 'write', what: 'deletes a label its own name marks as scratch or a CI run' },
      { args: p4Is(/^label$/, (r) => r.includes('-d')), effect: 'destroy', what: 'deletes a label: the record of which revisions a build or release was made from' },
      { args: p4Is(/^(user|depot)$/, (r) => r.includes('-d')), effect: 'destroy', what: 'deletes a user account, or a depot with what it holds' },
      { args: p4Is(/^protect$/, (r) => r.includes('-i')), effect: 'opaque', what: 'replaces the whole protections table with its input' },
      { args: p4Is(/^configure$/, (r) => r[0] === 'unset' ? /^([^#]+#)?security$/.test(r[1] ?? '') : r[0] === 'set' && /^([^#]+#)?security=0$/.test(r[1] ?? '')), effect: 'safeguard', what: 'switches password security off' },
      { args: p4Is(/^admin$/, (r) => r[0] === 'stop'), effect: 'outage', what: 'stops the Perforce server' },
      { args: p4Is(/^(info|opened|changes|describe|filelog|annotate|diff|diff2|fstat|print|where|have|files|dirs|sizes|clients|workspaces|users|groups|streams|labels|branches|depots|counters|jobs|fixes|interchanges|cstat|istat|tickets|monitor|verify|login|changelists|shelves)$/), effect: 'read', what: 'reads the depot or the workspace' },
    ],
    otherwise: 'write',
  },
  // Perforce's server (p4d): `-jr` replays a checkpoint or journal into the server root's database, replacing what it
  // holds; `-jd`/`-jc` write a checkpoint (a backup), `-xv` verifies.
  {
    names: ['p4d'],
    local: true,
    valued: ['-r', '-J', '-L', '-p', '-u', '-v', '-z', '-jd', '-jr', '-jc', '-P'],
    rules: [
      { flags: ['-h', '-V', '--help'], effect: 'read', what: 'help' },
      { flags: ['-jr'], effect: 'destroy', what: "replays a checkpoint into the server root, replacing the database it holds" },
      { flags: ['-xv', '-xx'], effect: 'read', what: 'verifies the database' },
    ],
    otherwise: 'write',
  },
  // Subversion's repository administration (`svnadmin help`): dumps, hot copies, verification and lock listings read or
  // back up; a revision property set or deleted (`setlog`, `setrevprop`, `delrevprop`) replaces what the repository keeps no
  // history of; `freeze` runs a program; the rest writes (create, load into a repository, pack, recover, rmlocks, rmtxns).
  {
    names: ['svnadmin'],
    local: true,
    valued: ['-r', '--revision', '-F', '--file', '--parent-dir', '-M', '--memory-cache-size', '--fs-type', '--compatible-version', '--config-dir', '--bypass-prop-validation'],
    rules: [
      { sub: /^(help|h|\?)(?= |$)/, effect: 'read', what: 'help' },
      { flags: ['--version'], effect: 'read', what: 'help' },
      { sub: /^(dump|dump-revprops|info|lslocks|lstxns|verify)(?= |$)/, effect: 'read', what: 'reads or dumps the repository' },
      { sub: /^(setlog|setrevprop|delrevprop)(?= |$)/, effect: 'destroy', what: 'replaces a revision property, which the repository keeps no history of' },
      { sub: /^freeze(?= |$)/, effect: 'opaque', what: 'runs a program while the repository is frozen' },
    ],
    otherwise: 'write',
  },
  // Mercurial (`hg help COMMAND`): history is append-only; a strip keeps a backup bundle (`.hg/strip-backup`, restored by
  // `hg unbundle`), histedit, rebase and amend keep theirs too, and `push -f` adds heads without removing any. Lost:
  // `strip --no-backup`, `rollback` (the last transaction, no backup), `purge` (files Mercurial does not track; `--print`
  // lists), `update -C` and `revert --no-backup|-C` (uncommitted changes), a shelf deleted (`shelve -d|--cleanup`);
  // `phase --force --draft|--secret` takes published changesets back to draft, so that shared history can be rewritten.
  // `--config hooks.*|alias.*|extensions.*` runs what the line does not show.
  {
    names: ['hg', 'chg'],
    valued: ['-R', '--repository', '--cwd', '-r', '--rev', '-b', '--branch', '-m', '--message', '-l', '--logfile', '-u', '--user', '-d', '--date', '-e', '--ssh', '--remotecmd', '-I', '--include', '-X', '--exclude', '--config', '-t', '--tool', '-T', '--template', '-n', '--name', '-s', '--source', '--dest', '--commands', '-k', '--keyword', '-B', '--bookmark', '--encoding'],
    dryRun: ['--dry-run'],
    rules: [
      { flagValue: { names: ['--config'], value: /^(hooks|alias|extensions|ui\.(merge|editor|ssh)|merge-tools)\./ }, effect: 'opaque', what: 'runs a command or extension the line sets' },
      { sub: /^(help|version)(?= |$)/, effect: 'read', what: 'help' },
      { sub: /^(strip|debugstrip|prune)(?= |$)/, flags: ['--no-backup', '--nobackup'], effect: 'destroy', what: 'removes changesets without keeping a backup bundle' },
      { sub: /^rollback(?= |$)/, effect: 'destroy', what: 'undoes the last transaction, keeping no backup' },
      { sub: /^(purge|clean)(?= |$)/, flags: ['-p', '--print', '-0', '--print0'], effect: 'read', what: 'lists the files a purge would delete' },
      { sub: /^(purge|clean)(?= |$)/, effect: 'destroy', what: 'deletes files Mercurial does not track, as `git clean -f`' },
      { sub: /^(update|up|checkout|co)(?= |$)/, flags: ['-C', '--clean'], effect: 'destroy', what: 'discards uncommitted changes' },
      { sub: /^revert(?= |$)/, flags: ['-C', '--no-backup'], effect: 'destroy', what: 'discards uncommitted changes without keeping `.orig` copies' },
      { sub: /^shelve(?= |$)/, flags: ['-d', '--delete', '--cleanup'], effect: 'destroy', what: 'deletes shelved changes, kept nowhere else (as `git stash drop`)' },
      { sub: /^phase(?= |$)/, allFlags: ['--force'], flags: ['-d', '--draft', '-s', '--secret'], effect: 'safeguard', what: 'takes published changesets back to draft: shared history may then be rewritten' },
      { sub: /^phase(?= |$)/, allFlags: ['-f'], flags: ['-d', '--draft', '-s', '--secret'], effect: 'safeguard', what: 'takes published changesets back to draft: shared history may then be rewritten' },
      { sub: /^(status|st|log|history|diff|incoming|in|outgoing|out|summary|sum|heads|branches|tags|annotate|blame|cat|files|manifest|identify|id|paths|parents|tip|grep|config|showconfig|root|verify|phase)(?= |$)/, effect: 'read', what: 'reads the repository' },
    ],
    otherwise: 'write',
  },
  // Plastic SCM / Unity Version Control (`cm help`): changesets, labels and branches live on the server with their
  // history; a branch can be deleted only while it has no changesets, and `remove` schedules a delete the next checkin
  // records. Lost: the workspace's changes undone (`undo`, `undocheckout`/`unco`), a changeset, repository, shelve or
  // label deleted.
  {
    names: ['cm', 'cm.exe'],
    anyCase: false,
    valued: ['-c', '--comment', '--format', '--server', '--repository', '--workspace', '--wk', '--csformat', '--dateformat'],
    rules: [
      { sub: /^(help|version|whoami)(?= |$)/, effect: 'read', what: 'help' },
      { sub: /^(undo|undocheckout|unco)(?= |$)/, effect: 'destroy', what: "discards the workspace's changes" },
      { sub: /^(changeset|cs|repository|repo|shelveset|shelve|label|lb) (delete|rm|remove)(?= |$)/, effect: 'destroy', what: 'deletes a changeset, repository, shelve or label from the server' },
      { sub: /^(rmrep|rmchangeset)(?= |$)/, effect: 'destroy', what: 'deletes a repository or changeset from the server' },
      { sub: /^(status|log|find|diff|ls|cat|annotate|blame|history|lrep|lwk|lbr|repository list|repo list|branch list|br list|label list|workspace list|wk list)(?= |$)/, effect: 'read', what: 'reads the workspace or the server' },
    ],
    otherwise: 'write',
  },
  // SteamCMD (Valve's Steamworks docs, "SteamCMD" and "Uploading to Steam"): `+run_app_build` uploads a build from its
  // app_build script (its `SetLive` may put it live on a branch: a deploy); `+app_update` installs or updates an app (a
  // dedicated server) into `+force_install_dir`; `+app_uninstall` removes that install with what was saved in it.
  {
    names: ['steamcmd', 'steamcmd.exe', 'steamcmd.sh'],
    valued: ['+login', '+force_install_dir', '+app_info_print', '+app_status', '+app_update', '+run_app_build', '+run_app_build_http', '+app_uninstall', '+workshop_download_item'],
    rules: [
      { flags: ['+help', '-help', '--help'], effect: 'read', what: 'help' },
      { flags: ['+app_uninstall'], effect: 'destroy', what: "removes an app's install with what was saved in it" },
      { flags: ['+run_app_build', '+run_app_build_http'], effect: 'deploy', what: 'uploads a build to Steam (its script may set it live)' },
      { flags: ['+app_update', '+workshop_download_item'], effect: 'write', what: 'installs or updates an app or workshop item' },
      { flags: ['+app_info_print', '+app_status', '+app_info_update', '+licenses_print'], effect: 'read', what: 'prints what Steam knows of an app' },
    ],
    otherwise: 'write',
  },
  // The Xbox GDK's devkit tool `xbapp` (Microsoft GDK docs, "xbapp.exe": install, uninstall, launch, terminate, suspend,
  // resume, list a devkit's packages, `/x:` names the devkit): a devkit is a test device, as a simulator is (round 6), so
  // what it does to a package there is a write (the lead's answer 378.1); a retail console's data stays round 8's.
  {
    names: ['xbapp', 'xbapp.exe'],
    valued: [],
    anyCase: true,
    rules: [
      { sub: /^(list|listinstalled|query|\/\?|help)\b/i, effect: 'read', what: 'lists the packages on a devkit' },
    ],
    otherwise: 'write',
  },
  // Epic's BuildPatchTool (Epic Games Store docs, "BuildPatchTool instructions"): `-mode=UploadBinary` uploads a build and
  // `LabelBinary` labels it (Live puts it in players' hands): deploys; `UnlabelBinary` takes a label off, so the build a
  // platform's players get is withdrawn; `ListBinaries`, `DiffManifests` read; `Compactify` deletes chunk files no
  // manifest in the local cloud folder uses (`-preview` lists them).
  {
    names: ['buildpatchtool', 'buildpatchtool.exe', 'BuildPatchTool', 'BuildPatchTool.exe'],
    local: true,
    anyCase: true,
    valued: [],
    rules: [
      { flags: ['-help', '/?'], effect: 'read', what: 'help' },
      { flagValue: { names: ['-mode'], value: /^(uploadbinary|labelbinary)$/i }, effect: 'deploy', what: 'uploads or labels a build for players' },
      { flagValue: { names: ['-mode'], value: /^unlabelbinary$/i }, effect: 'outage', what: "takes a label off a build: the build that label's players get is withdrawn" },
      { flagValue: { names: ['-mode'], value: /^(listbinaries|diffmanifests|verifychunks)$/i }, effect: 'read', what: 'lists or compares builds' },
      { flagValue: { names: ['-mode'], value: /^compactify$/i }, flags: ['-preview'], effect: 'read', what: 'lists the chunk files a compactify would delete' },
    ],
    otherwise: 'write',
  },
  // WoeUSB (round 29, t29): `--device|-d SOURCE DEVICE` wipes the whole device and makes it a Windows installer;
  // `--partition|-p SOURCE PARTITION` copies the installer onto an existing partition, keeping what else is on it.
  {
    names: ['woeusb'],
    local: true,
    valued: ['--tgt-fs', '--target-filesystem', '--label', '-l', '--workaround-bios-boot-flag'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version', '--about'], effect: 'read', what: 'help' },
      { flags: ['--device', '-d'], effect: 'destroy', what: 'wipes the whole target device and writes a Windows installer on it' },
    ],
    otherwise: 'write',
  },
  {
    names: ['trash-rm'],
    valued: ['--trash-dir'],
    rules: [
      { flags: ['-h', '--help', '--version', '--print-completion'], effect: 'read', what: 'help' },
      { sub: /^\*\.(o|obj|a|pyc|pyo|class)$/, effect: 'write', what: 'deletes trashed build artefacts, which are built again' },
      { effect: 'destroy', what: 'deletes the trashed files that match, for good' },
    ],
    otherwise: 'destroy',
  },
  {
    names: ['gio'],
    valued: ['-a', '--attributes'],
    rules: [
      { sub: /^trash\b/, flags: ['--empty'], effect: 'destroy', what: 'empties the trash for good' },
      { sub: /^(info|list|cat|tree|mime|monitor|help|version)\b/, effect: 'read', what: 'reads files or settings' },
    ],
    otherwise: 'fallback',
  },
  // A volume overwritten from an image. asr(8) (Apple Software Restore): `restore` copies an image or a volume onto the
  // target volume, replacing what it held (`--erase` erases it first), as does the older form with `-source`/`-target`
  // and no verb; `imagescan` adds checksums to an image; `help`, `version` and `info` read.
  {
    names: ['asr'],
    local: true,
    valued: ['-s', '--source', '-source', '-t', '--target', '-target', '--csumtype', '-csumtype', '--sourcevolume', '--targetvolume'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(help|version|info)\b/, effect: 'read', what: 'help or information about an image' },
      { sub: /^(restore|restoreexact)\b/, effect: 'destroy', what: 'copies the source over the target volume, replacing what it held' },
      { sub: /^(imagescan|server)\b/, effect: 'write', what: 'adds checksums to an image or serves it' },
      { flags: ['-t', '--target', '-target'], effect: 'destroy', what: 'copies the source over the target volume, replacing what it held' },
    ],
    otherwise: 'opaque',
  },
  // History rewritten. BFG Repo-Cleaner: each cleaning option (`--delete-files`, `--delete-folders`, `--replace-text`,
  // `--strip-blobs-bigger-than`, `--strip-blobs-with-ids`) rewrites every commit of every branch, as `git filter-repo` does.
  {
    names: ['bfg', 'bfg.jar'],
    valued: ['-D', '--delete-files', '--delete-folders', '-rt', '--replace-text', '-b', '--strip-blobs-bigger-than', '-bi', '--strip-blobs-with-ids', '-fi', '--filter-content-including', '-fe', '--filter-content-excluding', '-fs', '--filter-content-size-threshold', '-p', '--protect-blobs-from', '--massive-non-file-objects-sized-up-to'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { effect: 'destroy', what: "rewrites every commit of the repository's history" },
    ],
    otherwise: 'destroy',
  },
  // Files shredded. BleachBit (bleachbit(1), also `bleachbit_console` on Windows): `-s`/`--shred` overwrites and deletes
  // the files it names, `-c`/`--clean` runs cleaners that delete history, cookies, logs and other data for good,
  // `-w`/`--wipe-free-space` overwrites free space only; `-p`/`--preview` shows what a clean would delete. Sysinternals
  // SDelete deletes the files it names beyond recovery; `-c` and `-z` clean or zero free space only.
  {
    names: ['bleachbit', 'bleachbit_console'],
    local: true,
    valued: ['--debug-log', '-o'],
    dryRun: ['-p', '--preview'],
    shortBundles: true,
    rules: [
      { flags: ['-h', '--help', '-l', '--list-cleaners', '-v', '--version', '--sysinfo'], effect: 'read', what: 'help, version or the list of cleaners' },
      { flags: ['-s', '--shred'], effect: 'destroy', what: 'overwrites and deletes the files it names' },
      { flags: ['-c', '--clean'], effect: 'destroy', what: 'runs cleaners that delete history, cookies, logs and other data for good' },
    ],
    otherwise: 'write',
  },
  // mac-cleanup (mac-cleanup-py, its README and tldr-pages): runs its cleanup modules, which empty the Trash on every volume,
  // remove iOS device backups and clear system logs besides caches; `-n`/`--dry-run` lists what it would remove, `-c`
  // opens the module selection, `-u` updates the tool. Modules from `-p` are code the action does not show: a clean still.
  {
    names: ['mac-cleanup'],
    local: true,
    valued: ['-p', '--custom-path'],
    dryRun: ['-n', '--dry-run'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'prints help' },
      { flags: ['-c', '--configure', '-u', '--update'], effect: 'write', what: 'selects its modules or updates the tool' },
      { effect: 'destroy', what: 'runs its cleanup modules: the Trash emptied, iOS device backups and system logs deleted' },
    ],
    otherwise: 'destroy',
  },
  {
    names: ['sdelete', 'sdelete64'],
    local: true,
    valued: ['-p'],
    rules: [
      { flags: ['-?', '/?'], effect: 'read', what: 'help' },
      // SDelete's usage: `-c|-z [drive letter | physical disk number]`; a disk "must not have any volumes", and all of it is cleaned.
      { sub: /^\d+$/, flags: ['-c', '-z'], effect: 'destroy', what: 'cleans or zeroes a whole physical disk' },
      { flags: ['-c', '-z'], effect: 'write', what: 'cleans or zeroes free space only: every file stays' },
      { effect: 'destroy', what: 'deletes the files it names beyond recovery' },
    ],
    otherwise: 'destroy',
  },
  // Wine runs a Windows program; `/?` asks Wine's own built-in programs (reg, regedit, msiexec, net, sc, taskkill, xcopy:
  // its programs/ folder) for their usage, which they print and exit. Not cmd or start, whose line may chain other
  // commands; other programs and other calls stay with the generic reading.
  {
    names: ['wine', 'wine64'],
    valued: [],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'prints Wine\'s help or version' },
      { sub: /^(reg|regedit|msiexec|net|sc|taskkill|xcopy)(\.exe)?( |$)/i, flags: ['/?'], effect: 'read', what: 'prints the program\'s usage' },
    ],
    otherwise: 'fallback',
  },
  // mimikatz (tldr-pages' mimikatz-misc): each operand is a `module::command` it runs in turn; `misc::bsod` crashes the
  // machine (a blue screen: every program's unsaved work is lost) and `misc::systemtime` sets the system clock. Its
  // other commands stay with the generic reading.
  {
    names: ['mimikatz', 'mimikatz.exe'],
    local: true,
    anyCase: true,
    valued: [],
    rules: [
      { sub: /(^| )misc::bsod( |$)/i, effect: 'outage', what: 'crashes the machine with a blue screen: every program\'s unsaved work is lost' },
      { sub: /(^| )misc::systemtime( |$)/i, effect: 'outage', what: CLOCK_SET },
      // Round 35 (o35): `event::clear` empties the Windows event logs and `event::drop` stops the event service logging (the
      // audit trail goes: Safeguards off); `service::remove|delete|-` deletes a service, `service::stop|suspend|shutdown` stops it.
      { sub: /(^| )event::(clear|drop)( |$)/i, effect: 'safeguard', what: 'clears the event logs or stops event logging: the audit trail is gone' },
      { sub: /(^| )service::(remove|delete|-)( |$)/i, effect: 'destroy', what: 'deletes a Windows service' },
      { sub: /(^| )service::(stop|suspend|shutdown|preshutdown)( |$)/i, effect: 'outage', what: 'stops a Windows service' },
      // Round 39 (td39): `misc::skeleton` patches the domain controller so one password opens every account; `misc::memssp`
      // injects a provider that logs every password typed from then on; `lsadump::setntlm|changentlm` replaces an
      // account's password (its owner is locked out).
      { sub: /(^| )misc::skeleton( |$)/i, effect: 'admin', what: 'patches the domain controller so one password opens every account' },
      { sub: /(^| )misc::memssp( |$)/i, effect: 'safeguard', what: 'injects a provider that logs every password typed on the machine' },
      { sub: /(^| )lsadump::(setntlm|changentlm)( |$)/i, effect: 'destroy', what: 'replaces an account\'s password: its owner is locked out' },
    ],
    otherwise: 'fallback',
  },
  // Denial-of-service tools: GoldenEye, slowloris, SlowHTTPTest and HULK exist to flood a site with requests or hold its
  // connections open until it stops serving others; hping3 `--flood` sends packets as fast as it can. hping3 without it
  // sends probes.
  {
    names: ['goldeneye.py', 'goldeneye', 'slowloris', 'slowloris.py', 'slowhttptest', 'hulk.py'],
    valued: [],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { effect: 'outage', what: 'floods the site with requests or held connections until it stops serving (a denial-of-service tool)' },
    ],
    otherwise: 'outage',
  },
  {
    names: ['hping3', 'hping'],
    valued: ['-c', '--count', '-i', '--interval', '-I', '--interface', '-a', '--spoof', '-p', '--destport', '-s', '--baseport', '-d', '--data', '-t', '--ttl', '-w', '--win', '-E', '--file'],
    rules: [{ flags: ['--flood', '--faster'], effect: 'outage', what: 'sends packets as fast as it can: a flood that takes the target out of service' }],
    otherwise: 'read',
  },
  // RCS history: rcs(1) `-oRANGE` deletes ("outdates") the revisions in the range from the file's history; the other
  // options lock, unlock, describe or set the file's attributes. `rlog` reads.
  {
    names: ['rcs'],
    valued: [],
    rules: [
      { flags: ['--help', '--version', '-V'], effect: 'read', what: 'help' },
      { flagValue: { names: ['-o'], value: /./ }, effect: 'destroy', what: "deletes revisions from the file's history" },
    ],
    otherwise: 'write',
  },
  // mysides (macOS Finder sidebar, its README): `list` reads; `add NAME URL` and `remove NAME` change a sidebar entry,
  // which `add` puts back.
  {
    names: ['mysides'],
    valued: [],
    local: true,
    rules: [{ sub: /^list\b/, effect: 'read', what: 'lists the sidebar entries' }],
    otherwise: 'write',
  },
  // zsh's zmv (zshcontrib(1), "zmv"): renames, copies (`-C`) or links (`-L`) the files a pattern matches to names built
  // from it. Any name that would be taken (an existing file without `-f`, two files to one name) aborts the whole run
  // before anything is done; `-f` (or `-o -f` handed to mv) overwrites; `-n` prints what it would do. The destination is
  // evaluated as a string, so a command substitution or an evaluating flag in it runs code; `-p`/`-P` run another program.
  {
    names: ['zmv', 'zcp', 'zln'],
    valued: ['-o', '-p', '-P'],
    dryRun: ['-n'],
    shortBundles: true,
    local: true,
    rules: [
      { sub: /\$\(|`|\$\{\([^)]*[eP#%]/, effect: 'opaque', what: 'evaluates a name that runs a command' },
      { flagValue: { names: ['-p', '-P'], value: /^(?!(mv|cp|ln)$)/ }, effect: 'opaque', what: 'runs another program on each file' },
      { flags: ['-f'], effect: 'destroy', what: 'renames over existing files (`-f`)' },
      { flagValue: { names: ['-o'], value: /(^|\s)-\w*f/ }, effect: 'destroy', what: 'renames over existing files (`-o -f`)' },
    ],
    otherwise: 'write',
  },
  // Package configuration deleted. pacman(8): `-R` with `-n`/`--nosave` also deletes the packages' configuration files,
  // local edits and all (no `.pacsave` is kept), as `apt purge` does; `-p`/`--print` only prints. Other operations fall
  // back to the package managers' reading (installing and removing are writes the repository undoes).
  {
    // AUR helpers take pacman's operations and options and hand repository packages to it (yay, paru, pikaur, trizen, pakku).
    names: ['pacman', 'yay', 'paru', 'pikaur', 'trizen', 'pakku'],
    local: true,
    valued: ['-b', '--dbpath', '-r', '--root', '--arch', '--cachedir', '--config', '--gpgdir', '--hookdir', '--logfile', '--assume-installed', '--ignore', '--ignoregroup', '--overwrite', '--print-format'],
    dryRun: ['-p', '--print'],
    shortBundles: true,
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' },
      { flags: ['-R', '--remove'], sub: CORE_PACKAGE_OPERAND, effect: 'destroy', what: CORE_REMOVAL_WHAT },
      // The lead's answer 343.2 (round 32): the orphans pacman itself lists (`-Qdt`: installed as dependencies, required
      // by nothing) removed with theirs: the package manager's own computation, a write (ArchWiki's "Removing unused packages").
      { flags: ['-R', '--remove'], args: pacmanOwnOrphans, effect: 'write', what: "removes the orphans pacman itself lists (`-Qdt`): dependencies nothing requires (answer 343.2)" },
      { allFlags: ['-R', '-n'], effect: 'destroy', what: 'removes packages with their configuration files (local edits are lost)' },
      { allFlags: ['-R', '--nosave'], effect: 'destroy', what: 'removes packages with their configuration files (local edits are lost)' },
      { allFlags: ['--remove', '-n'], effect: 'destroy', what: 'removes packages with their configuration files (local edits are lost)' },
      { allFlags: ['--remove', '--nosave'], effect: 'destroy', what: 'removes packages with their configuration files (local edits are lost)' },
    ],
    otherwise: 'fallback',
  },
  // ---- Everyday system tools (round 10, c10): classes found by an outside suite (cheat/cheatsheets).
  // Package configuration deleted. dpkg(1): `-P`/`--purge` removes packages with their configuration files (local edits in
  // /etc are lost), as `apt purge` does; `-r`/`--remove` keeps them and `-i` installs (writes the repository undoes); the
  // query actions read; `--no-act`, `--dry-run` and `--simulate` only print.
  {
    names: ['dpkg'],
    local: true,
    valued: ['--admindir', '--instdir', '--root', '--force', '--ignore-depends', '--log', '--status-fd', '--status-logger', '--path-exclude', '--path-include', '--verify-format'],
    dryRun: ['--no-act', '--dry-run', '--simulate'],
    rules: [
      { flags: ['-?', '--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['-r', '--remove', '-P', '--purge'], sub: CORE_PACKAGE_OPERAND, effect: 'destroy', what: CORE_REMOVAL_WHAT },
      { flags: ['-P', '--purge'], effect: 'destroy', what: 'removes packages with their configuration files (local edits in /etc are lost)' },
      { flags: ['-l', '--list', '-L', '--listfiles', '-s', '--status', '-S', '--search', '-p', '--print-avail', '-C', '--audit', '-V', '--verify', '-c', '--contents', '-I', '--info', '--get-selections', '--print-architecture', '--print-foreign-architectures', '--compare-versions'], effect: 'read', what: 'reads package state' },
    ],
    otherwise: 'write',
  },
  // Routes deleted. net-tools route(8) and the BSD/macOS route(8): `del`/`delete` removes a route (the default route: every
  // network beyond the local one is cut off) and BSD `flush` removes them all; `add` and `change` write; no command (or
  // `-n`, `-e`) prints the table, as do `get`, `show` and `monitor`. (cmd's `route` is judged in windows/.)
  {
    names: ['route'],
    local: true,
    valued: ['-A', '-T', '-F'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' },
      { sub: /^(del|delete|flush)\b/, effect: 'outage', what: 'deletes routes: traffic to those networks (to every network, for the default route) stops' },
      { sub: /^$|^(get|show|print|monitor)\b/, effect: 'read', what: 'prints the routing table or one route' },
    ],
    otherwise: 'write',
  },
  // A private key left unencrypted. ssh-keygen(1): `-p` changes a key's passphrase, and an empty new one (`-N ''`) stores
  // the private key in the clear. Generating a key asks before overwriting one; `-R` keeps known_hosts.old; the rest
  // prints fingerprints, public keys or signatures.
  {
    names: ['ssh-keygen'],
    local: true,
    valued: ['-a', '-b', '-C', '-D', '-E', '-F', '-f', '-G', '-I', '-J', '-j', '-M', '-m', '-N', '-n', '-O', '-P', '-R', '-r', '-S', '-s', '-T', '-t', '-V', '-W', '-w', '-Y', '-Z', '-z'],
    rules: [{ flags: ['-p'], flagValue: { names: ['-N'], value: /^$/ }, effect: 'safeguard', what: "removes the private key's passphrase: the key is stored unencrypted" }],
    otherwise: 'read',
  },
  // Code fetched and run. JBang (jbang.dev, "Usage"): `jbang URL` and `jbang ALIAS@CATALOG` download a script and run it,
  // so what runs is not in the action; its management commands write; a local file or a Maven coordinate is judged like
  // a program we do not know (what it names).
  {
    names: ['jbang'],
    valued: ['--java', '-j', '--main', '-m', '--deps', '--repos', '--cp', '--class-path', '-D', '-R', '--runtime-option', '--source', '-s', '--catalog', '--template', '-t', '--open'],
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' },
      { sub: /^(https?:\/\/\S+|[^\s@:/]+@[^\s@]+)(\s|$)/, effect: 'opaque', what: 'downloads a script and runs it: what it does is not in the action' },
      { sub: /^(init|edit|build|jdk|cache|config|catalog|alias|template|trust|info|export|app|completion|version|wrapper)\b/, effect: 'write', what: 'manages scripts, catalogues, JDKs or its cache' },
    ],
    otherwise: 'fallback',
  },
  // Packet capture (tcpdump(8), tshark(1)): reading packets and capture files; `-w` writes a capture file; tcpdump `-z CMD`
  // runs a command on each file it rotates, which the action does not show.
  {
    names: ['tcpdump', 'tshark'],
    local: true,
    valued: ['-i', '-w', '-r', '-c', '-s', '-C', '-W', '-G', '-F', '-E', '-y', '-z', '-Z', '-B', '-j', '-T', '-M', '-Q', '-f', '-Y', '-o', '-a', '-b', '-e', '-d', '-R', '--time-stamp-precision', '--interface', '--count', '--snapshot-length'],
    rules: [
      { flags: ['-z'], effect: 'opaque', what: 'runs a command on each capture file it rotates' },
      { flags: ['-w'], effect: 'write', what: 'writes packets to a capture file' },
    ],
    otherwise: 'read',
  },
  // System tools whose operands are system paths (a program we do not know that names one is opaque): what each reads.
  // grub-editenv(1): `FILE list` prints the GRUB environment block; `set`, `unset` and `create` change it.
  // update-alternatives(1): `--display`, `--query`, `--list` and `--get-selections` read; the others change which program
  // a generic name points to. portageq(1) and efibootdump(8) only query. efibootmgr(8) lists boot entries without
  // options; `-B` deletes the selected entry (the machine may no longer boot that system); the others add or reorder.
  // raw(8): `-q`, `-qa` and a raw device alone query its binding; binding one is a write. macOS installer(8): the
  // `-pkginfo`, `-volinfo`, `-dominfo`, `-query` and `-show…XML` forms read; with a package and a target it installs.
  {
    names: ['grub-editenv', 'grub2-editenv'],
    local: true,
    valued: [],
    rules: [
      { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' },
      { sub: /^\S+ list\b/, effect: 'read', what: 'prints the GRUB environment block' },
    ],
    otherwise: 'write',
  },
  {
    names: ['update-alternatives', 'alternatives'],
    local: true,
    valued: ['--altdir', '--admindir', '--instdir', '--root', '--log'],
    rules: [{ flags: ['--display', '--query', '--list', '--get-selections', '--help', '--version'], effect: 'read', what: 'shows the alternatives' }],
    otherwise: 'write',
  },
  { names: ['portageq', 'efibootdump'], local: true, valued: ['-f', '--file', '-g', '--guid'], rules: [], otherwise: 'read' },
  {
    names: ['efibootmgr'],
    local: true,
    valued: ['-b', '--bootnum', '-d', '--disk', '-p', '--part', '-L', '--label', '-l', '--loader', '-o', '--bootorder', '-n', '--bootnext', '-t', '--timeout', '-e', '--edd', '-E', '--device'],
    rules: [
      { flags: ['-B', '--delete-bootnum'], effect: 'destroy', what: 'deletes a boot entry: the machine may no longer boot that system' },
      { flags: ['-c', '--create', '-C', '--create-only', '-o', '--bootorder', '-n', '--bootnext', '-N', '--delete-bootnext', '-O', '--delete-bootorder', '-a', '--active', '-A', '--inactive', '-t', '--timeout', '-T', '--delete-timeout'], effect: 'write', what: 'adds, orders or switches boot entries' },
    ],
    otherwise: 'read',
  },
  {
    names: ['raw'],
    local: true,
    valued: [],
    rules: [
      { flags: ['-q', '--query', '-a', '--all', '-h', '--help', '-V', '--version'], effect: 'read', what: 'shows raw device bindings' },
      { sub: /^\S+$/, effect: 'read', what: 'shows the raw device binding' },
    ],
    otherwise: 'write',
  },
  {
    names: ['installer'],
    local: true,
    valued: ['-pkg', '-package', '-target', '-tgt', '-file', '-lang', '-applyChoiceChangesXML', '-showChoicesAfterApplyingChangesXML'],
    rules: [{ flags: ['-pkginfo', '-volinfo', '-dominfo', '-query', '-showChoicesXML', '-showChoiceChangesXML', '-showChoicesAfterApplyingChangesXML', '-help', '-vers', '-version'], effect: 'read', what: 'shows what a package holds or where it can go' }],
    otherwise: 'write',
  },
  // ---- Linux server administration (round 17, b17s): classes found by a blind set of an SRE's commands.
  // smartctl(8): the info, health, attribute and log options read the drive; `-t` starts a self-test and `-X` aborts one
  // (the drive keeps working); `-s`, `-S`, `-o` and `--set` change the drive's settings.
  {
    names: ['smartctl'],
    local: true,
    valued: ['-d', '--device', '-T', '--tolerance', '-b', '--badsum', '-r', '--report', '-n', '--nocheck', '-f', '--format', '-l', '--log', '-v', '--vendorattribute', '-F', '--firmwarebug', '-P', '--presets', '-B', '--drivedb', '-t', '--test', '-s', '--smart', '-o', '--offlineauto', '-S', '--saveauto', '-g', '--get', '--set', '--identify'],
    rules: [
      { flags: ['-t', '--test', '-X', '--abort', '-s', '--smart', '-o', '--offlineauto', '-S', '--saveauto', '--set'], effect: 'write', what: 'starts or aborts a self-test, or changes a drive setting' },
    ],
    otherwise: 'read',
  },
  // systemd-analyze(1): every verb reads (times, units, security, verify, calendar, cat-config) except the manager's
  // log level and target and its watchdog switch, which change a setting until the next boot.
  {
    names: ['systemd-analyze'],
    local: true,
    valued: ['--root', '--image', '--man', '--generators', '--order', '--require', '--from-pattern', '--to-pattern', '--fuzz', '--iterations', '--base-time', '--unit', '--profile', '--threshold', '--security-policy', '--json', '--offline', '--tldr', '-H', '--host', '-M', '--machine'],
    rules: [{ sub: /^(set-log-level|set-log-target|service-watchdogs|log-level|log-target)\b\s*\S/, effect: 'write', what: 'changes the service manager\'s logging or watchdog setting' }],
    otherwise: 'read',
  },
  // swapon(8) with no device (or `--show`, `-s`) lists the swap areas; with one it enables it. swapoff(8) disables swap
  // areas: the pages in them move back to memory and nothing is lost.
  {
    names: ['swapon'],
    local: true,
    valued: ['-p', '--priority', '-o', '--options', '--show', '-L', '-U', '--discard'],
    rules: [{ flags: ['--help', '-h', '--version', '-V', '-s', '--summary'], effect: 'read', what: 'lists the swap areas' }, { sub: /^$/, effect: 'read', what: 'lists the swap areas' }],
    otherwise: 'write',
  },
  // mkcert (FiloSottile/mkcert README): `-install` makes a local CA on this machine (its key stays in `mkcert -CAROOT`) and
  // adds it to the system and browser trust stores, `-uninstall` takes it out again; host names, IPs and wildcards
  // (`'*.myapp.local'`) as operands make a certificate and key named for them in the working folder. The output options
  // (`-cert-file`, `-key-file`, `-p12-file`) name any path, which this entry does not read: opaque.
  {
    names: ['mkcert'],
    local: true,
    valued: ['-cert-file', '-key-file', '-p12-file', '-csr'],
    rules: [
      { flags: ['-help', '--help', '-h', '-version', '--version', '-CAROOT'], effect: 'read', what: 'help or the CA folder' },
      { flags: ['-cert-file', '-key-file', '-p12-file'], effect: 'opaque', what: 'writes the certificate or key to a path it is given' },
      { flags: ['-install', '-uninstall'], effect: 'write', what: 'adds or removes mkcert\'s local development CA in this machine\'s trust stores' },
    ],
    otherwise: 'write',
  },
  { names: ['swapoff'], local: true, valued: ['-L', '-U'], rules: [{ flags: ['--help', '-h', '--version', '-V'], effect: 'read', what: 'help' }], otherwise: 'write' },
  // Samba's user database (smbpasswd(8), pdbedit(8)): `-x` deletes a user's account, with its password and settings;
  // adding, enabling, disabling and setting passwords are account writes; pdbedit `-L` lists.
  {
    names: ['smbpasswd'],
    local: true,
    valued: ['-c', '-r', '-R', '-U', '-w', '-D'],
    rules: [{ flags: ['-h'], effect: 'read', what: 'help' }, { flags: ['-x'], effect: 'destroy', what: 'deletes the Samba user account' }],
    otherwise: 'permissions',
  },
  {
    names: ['pdbedit'],
    local: true,
    valued: ['-u', '--user', '-f', '--fullname', '-h', '--homedir', '-D', '--drive', '-S', '--script', '-p', '--profile', '-I', '--domain', '-U', '--user-SID', '-M', '--machine-SID', '-N', '--account-desc', '-c', '--account-control', '-e', '--export', '-i', '--import', '-P', '--account-policy', '-C', '--value', '-s', '--configfile', '--set-last-change', '--set-nt-hash', '--kickoff-time', '--policies-reset', '--time-format'],
    rules: [
      { flags: ['-x', '--delete'], effect: 'destroy', what: 'deletes the Samba user account' },
      { flags: ['-L', '--list', '-v', '--verbose', '-w', '--smbpasswd-style', '-?', '--help'], effect: 'read', what: 'lists the Samba users' },
    ],
    otherwise: 'permissions',
  },
  // apt-key(8) (deprecated): `add` and `adv --recv-keys` put a key in the keyring apt trusts for every source, so whoever
  // holds it can sign packages that replace any installed one (Debian's "UseThirdParty" wants a `signed-by=` keyring
  // instead): trust widened, as a key file written into `trusted.gpg.d` is (the lead's answer 296, round 29). rpm's
  // `--import` (and rpmkeys') does the same for every rpm repository. Listing, fingerprints and export read.
  {
    names: ['apt-key'],
    local: true,
    valued: ['--keyring', '--keyserver', '--homedir'],
    rules: [
      { sub: /^(list|finger|fingerprint|export|exportall|help)\b/, effect: 'read', what: 'lists or exports keys' },
      { sub: /^add\b/, effect: 'safeguard', what: KEY_TRUSTED_EVERYWHERE },
      { sub: /^adv\b/, flags: ['--recv-keys', '--recv-key', '--recv', '--fetch-keys', '--import'], effect: 'safeguard', what: KEY_TRUSTED_EVERYWHERE },
    ],
    otherwise: 'write',
  },
  { names: ['rpmkeys'], local: true, valued: ['--root', '--dbpath', '--define', '-D'], rules: [{ flags: ['--import'], effect: 'safeguard', what: KEY_TRUSTED_EVERYWHERE }], otherwise: 'read' },
  // date(1) `-s|--set` and timedatectl(1) `set-time` move the system clock under the running services: certificates and
  // tokens fall out of their validity, cron runs or skips jobs, replication and logs see time go back (the lead's answer
  // 295, round 29), and so does date's POSIX operand `MMDDhhmm[[CC]YY][.ss]` (answer 318). A time zone, NTP switched on
  // and the hardware clock's mode are settings (writes); the rest reads.
  {
    names: ['date'],
    local: true,
    valued: DATE_VALUED,
    rules: [{ args: (a) => a.some((v, i) => v !== null && (/^-[uR]*s/.test(v) || /^--set(=|$)/.test(v) || (DATE_SET_OPERAND.test(v) && !DATE_VALUED.includes(a[i - 1] ?? '')))), effect: 'outage', what: CLOCK_SET }],
    otherwise: 'read',
  },
  {
    names: ['timedatectl'],
    local: true,
    valued: ['-H', '--host', '-M', '--machine', '-p', '--property'],
    rules: [
      { sub: /^set-time\b/, effect: 'outage', what: CLOCK_SET },
      { sub: /^(status|show|show-timesync|timesync-status|list-timezones|help)\b/, effect: 'read', what: 'shows the clock\'s settings' },
    ],
    otherwise: 'write',
  },
  // Round 35 (o35), answer 295 for other clocks: chronyc(1) `settime` sets the system clock by hand; hwclock(8) `-s`/`--hctosys`
  // sets it from the hardware clock. `--set` and `--systohc` write the hardware clock only (read at the next boot); NTP
  // sources and `makestep` to them are the synchronisation `set-ntp true` switches on (writes).
  { names: ['chronyc'], local: true, valued: ['-h', '-p', '-f'], rules: [{ sub: /^settime\b/, effect: 'outage', what: CLOCK_SET }], otherwise: 'fallback' },
  { names: ['hwclock'], local: true, valued: ['--date', '-f', '--rtc', '--adjfile', '--epoch', '--delay'], rules: [{ flags: ['-s', '--hctosys'], effect: 'outage', what: CLOCK_SET }], otherwise: 'fallback' },
  // rpm(8): `-e`/`--erase` removes installed packages; `--nodeps` skips the check that nothing installed still needs them
  // (what depends on them breaks); a core or server package's removal is judged as the other package managers judge it.
  // `--test` only checks the transaction; the query and verify modes read.
  {
    names: ['rpm'],
    local: true,
    valued: ['--root', '-r', '--dbpath', '-D', '--define', '--undefine', '--eval', '-E', '--macros', '--rcfile', '--predefine', '--qf', '--queryformat', '--pipe', '--excludepath', '--prefix', '--relocate', '--badreloc'],
    dryRun: ['--test'],
    rules: [
      { flags: ['--help', '-?', '--version', '--showrc', '--querytags'], effect: 'read', what: 'help' },
      { flags: ['--import'], effect: 'safeguard', what: KEY_TRUSTED_EVERYWHERE },
      { flags: ['-e', '--erase'], allFlags: ['--nodeps'], effect: 'destroy', what: 'removes packages without checking what needs them: the installed software that depends on them breaks' },
      { flags: ['-e', '--erase'], sub: CORE_PACKAGE_OPERAND, effect: 'destroy', what: CORE_REMOVAL_WHAT },
      { flags: ['-e', '--erase'], sub: SERVER_PACKAGE_OPERAND, effect: 'outage', what: 'removes a server package: its service stops' },
      { flags: ['-e', '--erase'], sub: /(^|\s)\?(\s|$)/, effect: 'outage', what: UNFIXED_PACKAGE },
      { flags: ['-e', '--erase'], effect: 'write', what: 'removes packages (the repository restores them)' },
      { args: (a) => a.some((v) => v !== null && /^-[A-Za-z]*[qVK]/.test(v) && !/^-[A-Za-z]*[eiUF]/.test(v)) || a.some((v) => v === '--query' || v === '--verify' || v === '--checksig'), effect: 'read', what: 'queries or verifies packages' },
    ],
    otherwise: 'write',
  },
  // pip(1) on a distribution's own Python: since PEP 668 the distribution marks its environment externally managed and pip
  // refuses to change it unless `--break-system-packages` is given; uninstalling with it removes modules the distribution's
  // own tools import. Everything else pip does is judged as a build tool's.
  {
    names: ['pip', 'pip3'],
    valued: ['-r', '--requirement', '-c', '--constraint', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--cache-dir', '--python'],
    rules: [
      { sub: /^uninstall\b/, flags: ['--break-system-packages'], effect: 'destroy', what: 'removes packages from the system Python, which the distribution\'s own tools import' },
      { args: pipTrustedHost, effect: 'safeguard', what: 'trusts a host without a valid certificate (or over plain HTTP): what it installs from there is not verified' },
      { envValue: { names: ['PIP_TRUSTED_HOST'], value: /\S/ }, effect: 'safeguard', what: 'trusts a host without a valid certificate (or over plain HTTP): what it installs from there is not verified' },
    ],
    otherwise: 'fallback',
  },
  // Other package clients' verification switched off (package-verification.ts, the lead's answer 88); everything else
  // they do is judged as a build tool's run.
  {
    names: ['bun'],
    valued: ['--cwd', '--config', '-c', '--registry', '--filter', '-F'],
    rules: [{ sub: FETCHES, envValue: NODE_TLS_OFF, effect: 'safeguard', what: TLS_OFF_WHAT }],
    otherwise: 'fallback',
  },
  {
    names: ['uv'],
    valued: ['--index', '--index-url', '--extra-index-url', '--default-index', '-i', '--find-links', '-f', '--python', '-p', '--directory', '--project', '--cache-dir', '--config-file', '-r', '--requirement', '-c', '--constraint', '--with', '--allow-insecure-host', '--trusted-host'],
    rules: [
      { args: uvInsecureHost, effect: 'safeguard', what: 'allows insecure connections to a host (no certificate check): what it installs from there is not verified' },
      { envValue: { names: ['UV_INSECURE_HOST'], value: /\S/ }, effect: 'safeguard', what: 'allows insecure connections to a host (no certificate check): what it installs from there is not verified' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['go'],
    local: true,
    valued: ['-C'],
    rules: [
      { args: goVerificationOff, effect: 'safeguard', what: 'stops verifying modules (the checksum database, or certificates with GOINSECURE) for every later build' },
      ...(['GOSUMDB', 'GOINSECURE', 'GONOSUMCHECK', 'GONOSUMDB', 'GOPRIVATE'] as const).map((name) => ({ envValue: { names: [name], value: GO_ENV_OFF[name] }, effect: 'safeguard' as const, what: 'fetches modules without verifying them (the checksum database, or certificates with GOINSECURE)' })),
    ],
    otherwise: 'fallback',
  },
  { names: ['mvn', 'mvnw'], valued: ['-f', '--file', '-s', '--settings', '-P', '--activate-profiles', '-pl', '--projects', '-T', '--threads'], rules: [{ args: mavenTlsOff, effect: 'safeguard', what: 'switches off certificate and host name checks for its repositories, the upload of a deploy with its credentials included' }], otherwise: 'fallback' },
  // Round 33 (t33): destructive operations of long-tail tools, from each tool's manual; their reads and previews stay benign.
  // fdupes(1) and jdupes(1): `-d/--delete` deletes every duplicate but the one kept (`-N` without asking); without it they list.
  { names: ['fdupes'], local: true, valued: ['-x', '--xsize', '-o', '--order', '-l', '--log', '-X', '--exclude'], rules: [{ flags: ['-d', '--delete', '--deferconfirmation'], effect: 'destroy', what: 'deletes the duplicates it finds, keeping one file of each set' }], otherwise: 'read' },
  { names: ['jdupes'], local: true, valued: ['-o', '--order', '-X', '--ext-filter', '-x', '--xsize', '-y', '--hash-db', '-P', '--print'], dryRun: ['-Q'], rules: [{ flags: ['-d', '--delete'], effect: 'destroy', what: 'deletes the duplicates it finds, keeping one file of each set' }], otherwise: 'write' },
  // rdfind(1): `-deleteduplicates true` deletes duplicates; `-dryrun true` (`-n true`) only reports; links keep the content.
  { names: ['rdfind'], local: true, valued: [], rules: [{ args: (a) => a.some((v, i) => (v === '-dryrun' || v === '-n') && a[i + 1] === 'true'), effect: 'read', what: 'reports what it would do' }, { args: (a) => a.some((v, i) => v === '-deleteduplicates' && a[i + 1] === 'true'), effect: 'destroy', what: 'deletes the duplicates it finds' }], otherwise: 'write' },
  // czkawka_cli: `-D/--delete-method` other than NONE, `--delete-files`, `--delete-folders` delete what a scan found; `-Q/--dry-run` only reports.
  { names: ['czkawka_cli', 'czkawka-cli'], local: true, valued: ['-d', '--directories', '-e', '--excluded-directories', '-x', '--allowed-extensions', '-f', '--file-to-save', '-s', '--search-method', '-t', '--hash-type', '-m', '--minimal-file-size', '-i', '--maximal-file-size'], dryRun: ['-Q', '--dry-run'], rules: [{ flagValue: { names: ['-D', '--delete-method'], value: /^none$/i }, effect: 'read', what: 'lists what it finds' }, { flags: ['-D', '--delete-method', '--delete-files', '--delete-folders'], effect: 'destroy', what: 'deletes the files or folders the scan found' }], otherwise: 'read' },
  // clamscan(1)/clamdscan(1): `--remove[=yes]` deletes infected files ("Be careful!"); `--move`/`--copy` keep them.
  { names: ['clamscan', 'clamdscan'], local: true, valued: ['-l', '--log', '-d', '--database', '--move', '--copy', '-f', '--file-list', '--exclude', '--exclude-dir', '--include', '--include-dir', '--config-file'], rules: [{ args: (a) => a.includes('--remove=no'), effect: 'read', what: 'scans and reports' }, { flags: ['--remove'], effect: 'destroy', what: 'deletes every file it finds infected' }], otherwise: 'read' },
  // minipro(1) and flashrom(8): `-E/--erase` erases the chip; reads, verifies and listings change nothing.
  { names: ['minipro'], local: true, valued: ['-p', '--device', '--programmer', '-c', '--chip', '-r', '--read', '-w', '--write', '-v', '--verify', '-l', '--layout', '-i', '--image', '-o', '--output'], rules: [{ flags: ['-E', '--erase'], effect: 'destroy', what: 'erases the chip or flash memory' }], otherwise: 'write' },
  // Round 42 (bl42fw): flashrom(8) `--wp-disable` switches the chip's write protection off (a safeguard); `-w` stays a
  // write (round 33, the lead's answer 367.1).
  {
    names: ['flashrom'],
    local: true,
    valued: ['-p', '--programmer', '-c', '--chip', '-r', '--read', '-w', '--write', '-v', '--verify', '-l', '--layout', '-i', '--include', '--image', '-o', '--output', '--fmap-file', '--wp-range', '--wp-region', '--flash-contents'],
    rules: [
      { flags: ['-E', '--erase'], effect: 'destroy', what: 'erases the chip or flash memory' },
      { flags: ['--wp-disable'], effect: 'safeguard', what: 'switches the flash chip\'s write protection off' },
    ],
    otherwise: 'write',
  },
  // Round 35 (edge35): firmware programmers. A whole-chip erase, or an erase or overwrite of the part that holds the
  // device's own data (NVS, a filesystem image, EEPROM, UICR), loses what the device kept (calibration, keys, settings,
  // logs); writing application firmware over its image is a deploy to the board. Reads and listings change nothing.
  // esptool (docs.espressif.com/projects/esptool): `erase_flash`/`erase_region` erase; `write_flash --erase-all` erases
  // everything first; `write_flash` at the default image offsets writes firmware (espWritesImageOffsetsOnly).
  {
    names: ['esptool', 'esptool.py'],
    local: true,
    valued: ['-p', '--port', '-b', '--baud', '-c', '--chip', '--before', '--after', '--connect-attempts', '-o', '--output', '--format', '--flash_mode', '--flash_freq', '--flash_size', '-fm', '-ff', '-fs', '--target-offset'],
    rules: [
      { flags: ['-h', '--help', 'version'], effect: 'read', what: 'prints help' },
      { sub: /^(erase[-_]flash|erase[-_]region)\b/, effect: 'destroy', what: 'erases the chip\'s flash (or a region of it): the settings, keys and files the device kept' },
      { sub: /^write[-_]flash\b/, flags: ['-e', '--erase-all'], effect: 'destroy', what: 'erases the whole flash before writing: the settings, keys and files the device kept' },
      { sub: /^write[-_]flash\b/, args: espWritesImageOffsetsOnly, effect: 'write', what: 'writes firmware images (bootloader, partition table, application) at their default offsets: a deploy to the board' },
      { sub: /^write[-_]flash\b/, effect: 'opaque', what: 'writes at an address the action does not place: a data partition (NVS, a filesystem image) may be overwritten' },
      { sub: /^(read[-_]flash|read[-_]mac|chip[-_]id|flash[-_]id|image[-_]info|read[-_]flash[-_]status|get[-_]security[-_]info|verify[-_]flash|dump[-_]mem|read[-_]mem|version)\b/, effect: 'read', what: 'reads the chip or an image' },
      { sub: /^(merge[-_]bin|elf2image|run)\b/, effect: 'write', what: 'builds an image file, or resets the chip into its firmware' },
    ],
    otherwise: 'opaque',
  },
  // ESP-IDF's idf.py (Build System, "idf.py"): `erase-flash` erases the whole flash; the other targets build, flash the
  // project's own images (bootloader, table, application), monitor or clean the build folder.
  {
    names: ['idf.py'],
    local: true,
    valued: ['-p', '--port', '-b', '--baud', '-C', '--project-dir', '-B', '--build-dir', '-G', '--generator', '-D', '--define-cache-entry', '--preview', '--ccache'],
    rules: [{ sub: /^(.* )?erase[-_]flash\b/, effect: 'destroy', what: 'erases the chip\'s whole flash: the settings, keys and files the device kept' }],
    otherwise: 'write',
  },
  // PlatformIO Core (docs.platformio.org, "pio run" targets): `-t erase` erases the flash, `-t uploadfs` overwrites the
  // device's filesystem partition with the project's data folder; `account|org|team destroy` delete the account or
  // organisation. Builds, uploads of the firmware, tests, package and device commands are writes and reads.
  {
    names: ['pio', 'platformio'],
    local: true,
    // The device an upload goes to (`--upload-port gw-dev-0003.local`, an OTA target's host).
    where: ['--upload-port'],
    valued: ['-e', '--environment', '-t', '--target', '-d', '--project-dir', '-c', '--project-conf', '--upload-port', '--monitor-port', '--test-port', '-p', '--port', '-b', '--baud', '-j', '--jobs', '-f', '--filter', '-i', '--ignore', '-l', '--library', '--program-arg', '-a', '--environment'],
    rules: [
      // Round 42 (ans42b, the lead's answer 445.1): `-t uploadfs` writes the project's own data folder as the filesystem
      // image, a deploy as `-t upload` is; `-t erase` stays a loss. `uploadfsota` (the same image sent over the air to a
      // device the line does not show) is left as it was, fail closed; round 43 (nx43, the lead's answer 452.2): sent to a
      // device whose upload port names dev, it is a deploy as `uploadfs` is.
      { flagValue: { names: ['-t', '--target'], value: /^erase$/ }, effect: 'destroy', what: 'erases the board\'s flash: the files and settings the device kept' },
      { flagValue: { names: ['-t', '--target'], value: /^uploadfsota$/ }, effect: 'destroy', what: 'overwrites a device\'s filesystem partition over the air: the files and settings the device kept', devWrite: 'a device named dev: the project\'s data image sent to it is a deploy (the lead\'s answer 452.2)' },
      { flagValue: { names: ['-t', '--target'], value: /^uploadfs$/ }, effect: 'deploy', what: 'writes the project\'s data folder as the board\'s filesystem image (a deploy, 445.1)' },
      { sub: /^(account|org|team) destroy\b/, effect: 'destroy', what: 'deletes the PlatformIO account, organisation or team' },
      { sub: /^(device (list|monitor)|boards|platform (list|show|search)|pkg (list|show|search|outdated)|system info|project config|settings get)\b/, effect: 'read', what: 'lists or reads' },
      { sub: /^remote\b/, effect: 'opaque', what: 'runs the operation on a remote agent\'s machine' },
    ],
    otherwise: 'write',
  },
  // Zephyr's west (docs.zephyrproject.org, "Flash and debug"): `flash --erase` erases the whole chip first, and `flash
  // --recover` (nrfjprog and nrfutil runners) erases it to remove its protection; `forall` runs a command in every project;
  // builds, flashes of the application, updates and debug servers are writes.
  {
    names: ['west'],
    local: true,
    valued: ['-d', '--build-dir', '-r', '--runner', '-b', '--board', '-s', '--source-dir', '-t', '--target', '--dev-id', '-i', '--domain', '-p', '--pristine'],
    rules: [
      { sub: /^flash\b/, flags: ['--erase', '--recover'], effect: 'destroy', what: 'erases the whole chip before flashing: the settings and data the device kept' },
      { sub: /^forall\b/, effect: 'opaque', what: 'runs a command in every project of the workspace' },
    ],
    otherwise: 'write',
  },
  // Nordic's nrfjprog (nRF Command Line Tools): `--eraseall`/`-e`, `--recover`, `--chiperase`, `--eraseuicr`, `--erasepage`
  // and the QSPI erases erase; `--program … --sectorerase` erases only what it writes; reads and `--reset` change nothing.
  {
    names: ['nrfjprog'],
    local: true,
    valued: ['-f', '--family', '-s', '--snr', '--program', '--memrd', '--n', '--memwr', '--val', '--readcode', '--readuicr', '--readram', '--erasepage', '--clockspeed', '--coprocessor', '--log', '--ini', '--qspiini'],
    rules: [
      { flags: ['-e', '--eraseall', '--recover', '--chiperase', '--eraseuicr', '--erasepage', '--qspieraseall', '--qspichiperase'], effect: 'destroy', what: 'erases the chip (or its UICR or pages): the settings and data the device kept' },
      { flags: ['--memrd', '-i', '--ids', '--readcode', '--readuicr', '--readram', '--readregs', '--readqspi', '-v', '--version', '--deviceversion', '-h', '--help'], effect: 'read', what: 'reads the chip' },
    ],
    otherwise: 'write',
  },
  // nrfutil's device command (nRF Util): `device erase` and `device recover` erase the chip; `dfu` writes firmware; `pkg`
  // and `settings` build files.
  { names: ['nrfutil'], local: true, valued: ['--serial-number', '--traits', '-p', '--port', '-b', '--baudrate', '-pkg', '--package'], rules: [{ sub: /^device (erase|recover)\b/, effect: 'destroy', what: 'erases the chip: the settings and data the device kept' }], otherwise: 'write' },
  // mcumgr (Zephyr's SMP client): `image erase` erases the secondary slot, the image MCUboot reverts to; `shell exec` runs
  // commands on the device; uploads, test, confirm and reset are writes; listings and downloads read.
  {
    names: ['mcumgr'],
    local: true,
    valued: ['--conntype', '--connstring', '--conn', '-c', '-t', '--timeout', '-r', '--tries', '-l', '--loglevel', '--hci'],
    rules: [
      { sub: /^image erase\b/, effect: 'destroy', what: 'erases the secondary image slot (the firmware the device would revert to)' },
      { sub: /^(image list|fs download|echo|taskstat|mpstat|stat|datetime$)\b/, effect: 'read', what: 'reads from the device' },
      { sub: /^fs upload \/dev\/(null|zero) /, effect: 'destroy', what: 'overwrites a file on the device with nothing' },
      { sub: /^(image (upload|test|confirm)|reset|fs upload|datetime)\b/, effect: 'write', what: 'uploads or marks firmware, resets the device or uploads a file' },
    ],
    otherwise: 'opaque',
  },
  // OpenOCD: its `-c` commands (OPENOCD_ERASE); a command not fixed in the action is not known. The configuration files
  // (`-f`) are interface, target and board scripts.
  {
    names: ['openocd'],
    local: true,
    valued: ['-f', '--file', '-s', '--search', '-d', '--debug', '-l', '--log_output'],
    rules: [
      { args: (a, t) => openocdCommands(a, t).some((c) => c === null), effect: 'opaque', what: 'runs commands the action does not show' },
      { args: (a, t) => openocdCommands(a, t).some((c) => c !== null && OPENOCD_ERASE.test(c)), effect: 'destroy', what: 'erases the chip or its sectors (an unlock erases it to remove read protection)' },
    ],
    otherwise: 'write',
  },
  // STM32CubeProgrammer's CLI (UM2237): `-e`/`--erase` erases sectors or the whole chip and `-rdu` removes read protection
  // by a mass erase; `-r*`/`-u` read memory into a file; `-w`/`-d` write firmware.
  {
    names: ['STM32_Programmer_CLI', 'STM32_Programmer_CLI.exe', 'STM32_Programmer.sh'],
    local: true,
    valued: ['-c', '--connect', '-w', '-d', '--download', '--write', '-r', '-r8', '-r16', '-r32', '-u', '--upload', '--read', '-s', '--start', '-log', '--log', '-vb', '--verbosity', '-ob', '--optionbytes'],
    rules: [
      { flags: ['-e', '--erase', '-rdu', '--readunprotect'], effect: 'destroy', what: 'erases the chip\'s flash (sectors or all of it): the data the device kept' },
      // Round 42 (bl42fw): read-out protection set back to level 0 (RDP=0xAA) mass-erases the flash; level 2 (0xCC) closes
      // the debug port for good (RM0090 "Option bytes": level 2 is irreversible).
      { args: (a) => a.some((v) => v === null || /^RDP=(0x)?(AA|CC|2)$/i.test(v)) && a.some((v) => v === '-ob' || v === '--optionbytes'), effect: 'destroy', what: 'sets read-out protection to level 0 (a mass erase) or to level 2 (irreversible)' },
      { flags: ['-w', '-d', '--download', '--write', '-ob', '--optionbytes', '-s', '--start', '-rst', '-hardRst'], effect: 'write', what: 'writes firmware or option bytes, or starts the firmware' },
      { flags: ['-r', '-r8', '-r16', '-r32', '-u', '--upload', '--read', '-l', '--list', '-h', '-?', '--help', '--version'], effect: 'read', what: 'reads memory or lists probes' },
    ],
    otherwise: 'write',
  },
  // dfu-util(1): a DfuSe address with the `mass-erase` modifier erases the whole chip; `-U` reads the device into a file.
  {
    names: ['dfu-util'],
    local: true,
    valued: ['-a', '--alt', '-d', '--device', '-p', '--path', '-c', '--cfg', '-i', '--intf', '-S', '--serial', '-t', '--transfer-size', '-s', '--dfuse-address', '-D', '--download', '-U', '--upload', '-Z', '--upload-size', '-E', '--detach-delay'],
    rules: [
      { flagValue: { names: ['-s', '--dfuse-address'], value: /(^|:)mass-erase(:|$)/ }, effect: 'destroy', what: 'erases the whole chip before writing' },
      { flags: ['-l', '--list', '-U', '--upload', '-h', '--help', '-V', '--version'], effect: 'read', what: 'lists devices or reads one into a file' },
    ],
    otherwise: 'write',
  },
  // avrdude(1): `-e` erases the chip (flash and, unless the EESAVE fuse is set, EEPROM); `-U eeprom:w:…` overwrites the
  // EEPROM; operations that only read (`-U flash:r:…`, `-U lfuse:r:…`) change nothing.
  {
    names: ['avrdude'],
    local: true,
    valued: ['-p', '-c', '-P', '-b', '-B', '-C', '-U', '-x', '-i', '-l', '-T'],
    rules: [
      { flags: ['-e'], effect: 'destroy', what: 'erases the chip: its firmware and the data its EEPROM kept' },
      { args: (a) => avrdudeOps(a).some((u) => u === null || /^eeprom:w:/.test(u)), effect: 'destroy', what: 'overwrites the EEPROM: the settings and data the chip kept' },
      // Round 42 (bl42fw): a fuse or lock byte written can disable the reset pin or serial programming (RSTDISBL, SPIEN),
      // after which only a high-voltage programmer reaches the chip: what the value does depends on the part (fail closed).
      { args: (a) => avrdudeOps(a).some((u) => u !== null && /^(h|l|e|ext)?fuse\d?:w:|^lock(bits)?:w:/i.test(u)), effect: 'opaque', what: 'writes fuse or lock bits, which may lock the programmer out of the chip' },
      { args: (a) => avrdudeOps(a).length > 0 && avrdudeOps(a).every((u) => u !== null && /^\w+:[rv]:/.test(u)), effect: 'read', what: 'reads or verifies the chip\'s memories' },
    ],
    otherwise: 'write',
  },
  // mosquitto_sub(1) `--remove-retained` (mqttSweepsTopics); everything else subscribes and prints.
  {
    names: ['mosquitto_sub'],
    valued: ['-h', '--host', '-p', '--port', '-t', '--topic', '-T', '--filter-out', '-u', '--username', '-P', '--pw', '-i', '--id', '-I', '--id-prefix', '-q', '--qos', '-C', '-W', '-F', '--cafile', '--capath', '--cert', '--key', '-k', '--keepalive', '-L', '--url', '-A', '-o', '--will-topic', '--will-payload', '--will-qos', '--proxy', '--tls-version', '--psk', '--psk-identity', '-M', '--ciphers', '--tls-alpn', '--unix', '-V', '--protocol-version'],
    // Round 42 (bl42fw): a topic names the tier its devices are in (`fleet/prod/+/telemetry`) as a host name does.
    where: ['-h', '--host', '-L', '--url', '-t', '--topic'],
    rules: [
      { flags: ['--remove-retained'], args: mqttSweepsTopics, effect: 'destroy', what: 'clears the retained message of every topic the filter matches' },
      { flags: ['--remove-retained'], effect: 'write', what: 'clears one named topic\'s retained message (one key removed by name: the lead\'s answer 358.1)' },
    ],
    otherwise: 'read',
  },
  // EMQX's `emqx ctl retainer clean` without a topic (or with a wildcard) deletes every retained message; `emqx stop`
  // stops the broker; `ctl clients kick` ends one session (the client reconnects).
  {
    names: ['emqx'],
    local: true,
    valued: [],
    rules: [
      { sub: /^ctl retainer clean( \S*[#+]\S*)?$/, effect: 'destroy', what: 'deletes every retained message the broker holds (or every one a wildcard matches)' },
      { sub: /^stop\b/, effect: 'outage', what: 'stops the broker: its clients lose it' },
      { sub: /^ctl (retainer (topics|info)|clients (list|show)|status|broker|listeners|topics|subscriptions)\b/, effect: 'read', what: 'reads the broker' },
      { sub: /^ctl (clients kick|retainer clean \S+)\b/, effect: 'write', what: 'ends one client\'s session, or clears one topic\'s retained message' },
    ],
    otherwise: 'fallback',
  },
  // mosquitto_pub(1): a retained message with an empty payload (`-r -n`, `-r -m ''`) clears the topic's retained message;
  // a topic not fixed in the action (a loop over what a subscription printed) may be any of them (mqttSweepsTopics).
  {
    names: ['mosquitto_pub'],
    valued: ['-h', '--host', '-p', '--port', '-t', '--topic', '-m', '--message', '-f', '--file', '-u', '--username', '-P', '--pw', '-i', '--id', '-I', '--id-prefix', '-q', '--qos', '--cafile', '--capath', '--cert', '--key', '-k', '--keepalive', '-L', '--url', '-A', '-o', '--will-topic', '--will-payload', '--will-qos', '--proxy', '--tls-version', '--psk', '--psk-identity', '-M', '--ciphers', '--tls-alpn', '--unix', '-V', '--protocol-version', '--repeat', '--repeat-delay'],
    where: ['-h', '--host', '-L', '--url', '-t', '--topic'],
    rules: [
      { flags: ['-r', '--retain'], args: (a) => (a.includes('-n') || a.includes('--null-message') || a.some((v, i) => (v === '-m' || v === '--message') && a[i + 1] === '')) && mqttSweepsTopics(a), effect: 'destroy', what: 'clears the retained message of topics the action does not name' },
      // Round 42 (bl42fw): a factory reset or wipe published to a device's command topic (firmware-catalogue.ts).
      { args: (a) => publishedCommandWipes(optionValuesIn(a, ['-m', '--message'])[0]), effect: 'destroy', what: 'commands the devices on the topic to factory-reset or wipe what they kept' },
      { args: (a) => mqttControlEffect(a) === 'safeguard', effect: 'safeguard', what: 'switches a safety function off (or its bypass on) through the machine\'s command topic' },
      { args: (a) => mqttControlEffect(a) === 'outage', effect: 'outage', what: 'stops the machines or robots the command topic drives' },
    ],
    otherwise: 'write',
  },
  // Round 36 (ot36): operational technology. ROS 2 (docs.ros.org, "ROS 2 CLI"): a lifecycle shutdown, deactivate or
  // cleanup takes the node out of service; a parameter or a topic that switches a safety function off (or a bypass on)
  // or stops the robot, and services that reset a SLAM map or stop the machine (rosControlEffect, rosServiceEffect).
  // Everything else (builds run by colcon, launches, reads, bags, setpoints) is judged generically.
  {
    names: ['ros2'],
    valued: [],
    rules: [
      { args: (a) => rosControlEffect(a) === 'safeguard', effect: 'safeguard', what: 'switches a safety function of the robot off (or its bypass on)' },
      { args: (a) => rosControlEffect(a) === 'outage', effect: 'outage', what: 'stops the robot or takes its drives away' },
      { args: (a) => rosServiceEffect(a) === 'destroy', effect: 'destroy', what: 'resets the SLAM node: the map built so far is dropped' },
      { args: (a) => rosServiceEffect(a) === 'outage', effect: 'outage', what: 'powers the robot off, stops it or takes its navigation nodes out of service' },
      { args: rosLifecycleStops, effect: 'outage', what: 'takes the lifecycle node out of service (shutdown, deactivate or cleanup)' },
    ],
    otherwise: 'fallback',
  },
  // ROS 1: `rosnode kill` stops named nodes (`-a` all of them); `rosparam set` and `rostopic pub` as ROS 2's.
  { names: ['rosnode'], valued: [], rules: [{ sub: /^(kill|cleanup)\b/, effect: 'outage', what: 'kills the robot\'s running nodes' }], otherwise: 'read' },
  {
    names: ['rosparam', 'rostopic'],
    valued: [],
    rules: [
      { args: (a) => rosControlEffect(a) === 'safeguard', effect: 'safeguard', what: 'switches a safety function of the robot off (or its bypass on)' },
      { args: (a) => rosControlEffect(a) === 'outage', effect: 'outage', what: 'stops the robot or takes its drives away' },
      { sub: /^(delete|load)\b/, effect: 'write', what: 'deletes or loads parameters (the node reads them again at start)' },
      { sub: /^(list|get|echo|hz|info|type|find|bw|delay|dump)\b/, effect: 'read', what: 'reads' },
    ],
    otherwise: 'write',
  },
  // asyncua's command-line tools (python-opcua-asyncio `tools/`): `uawrite` writes one node's value (uaWriteEffect),
  // `uacall` calls a method (one that stops the machine by its name is an outage); the rest browse and read.
  {
    names: ['uawrite', 'uacall'],
    valued: UA_VALUED,
    where: ['-u', '--url'],
    rules: [
      { args: (a) => uaWriteEffect(a) === 'safeguard', effect: 'safeguard', what: 'switches a safety function off (or its bypass on) on the controller' },
      { args: (a) => uaWriteEffect(a) === 'outage', effect: 'outage', what: 'stops the line or machine the node runs' },
      { args: (a) => optionValuesIn(a, ['-m', '--method']).some((m) => m === null || stopsMachine(m)), effect: 'outage', what: 'calls a method that stops the line or machine (or one the action does not fix)' },
    ],
    otherwise: 'write',
  },
  { names: ['uaread', 'uals', 'uabrowse', 'uadiscover', 'uasubscribe', 'uahistoryread', 'uaclient', 'uaserver'], valued: UA_VALUED, where: ['-u', '--url'], rules: [], otherwise: 'read' },
  // Modbus pollers (mbpoll(1), modpoll, modbus-cli's `modbus read|write`): a read, or a register or coil written in place.
  { names: ['mbpoll', 'modpoll'], valued: ['-m', '-a', '-r', '-c', '-t', '-b', '-d', '-s', '-P', '-p', '-o', '-l', '-R', '-F'], rules: [], otherwise: 'write' },
  // MAVProxy (ardupilot.org/mavproxy): its `--cmd` commands (mavproxyEffect); without them it opens a console.
  {
    names: ['mavproxy.py', 'mavproxy'],
    local: true,
    valued: ['--master', '--out', '--baudrate', '--cmd', '--source-system', '--source-component', '--target-system', '--target-component', '--logfile', '--state-basedir', '--aircraft', '--mav10', '--load-module', '--default-modules'],
    rules: [
      { args: (a) => mavproxyCommands(a).some((c) => mavproxyEffect(c) === 'destroy'), effect: 'destroy', what: 'erases the vehicle\'s flight logs (or resets every parameter at the next boot)' },
      { args: (a) => mavproxyCommands(a).some((c) => mavproxyEffect(c) === 'safeguard'), effect: 'safeguard', what: 'switches a safety check or failsafe of the vehicle off, or arms past its checks' },
      { args: (a) => mavproxyCommands(a).some((c) => mavproxyEffect(c) === 'outage'), effect: 'outage', what: 'stops the motors whatever the vehicle is doing' },
      { args: (a) => mavproxyCommands(a).some((c) => mavproxyEffect(c) === null), effect: 'opaque', what: 'runs a console command we do not know' },
    ],
    otherwise: 'write',
  },
  // can-utils: cangen(1) `-g 0` on a real interface floods the bus (cangenFloods); slcand attaches a serial CAN adapter.
  { names: ['cangen'], local: true, valued: ['-g', '-I', '-L', '-D', '-n', '-p', '-x', '-c'], rules: [{ args: cangenFloods, effect: 'outage', what: 'floods the CAN bus with frames and no gap: the other nodes cannot send' }], otherwise: 'write' },
  { names: ['slcand', 'slcan_attach'], local: true, valued: ['-s', '-S', '-t'], rules: [], otherwise: 'write' },
  // CaringCaribou (`cc.py`): `uds ecu_reset 1|2` hard-resets the ECU (as isotpsend's `11 01`); discovery and dumps read.
  {
    names: ['cc.py', 'caringcaribou'],
    local: true,
    valued: ['-i', '--interface'],
    rules: [
      { sub: /^uds ecu_reset [12]\b/, effect: 'outage', what: 'hard-resets the ECU (UDS ECUReset hardReset or keyOffOnReset)' },
      { sub: /^uds ecu_reset\b/, effect: 'write', what: 'resets the ECU softly' },
      { sub: /^(uds (discovery|services|subservices|dump_dids|testerpresent|security_seed|auto)|listener|dump|xcp (discovery|info))\b/, effect: 'read', what: 'scans or reads the bus' },
    ],
    otherwise: 'opaque',
  },
  // Ignition's gateway command-line utility (docs.inductiveautomation.com, "Gateway Command-line Utility - gwcmd"):
  // `--restore` replaces the gateway's projects and settings with a backup's; `--passwd` resets the admin login to the
  // default; a backup, a restart and the information options are writes and reads. `ignition.sh stop` stops the gateway.
  {
    names: ['gwcmd.sh', 'gwcmd', 'gwcmd.bat'],
    local: true,
    valued: ['-b', '--backup', '-r', '--restore', '-k', '--port', '-t', '--tempdir'],
    rules: [
      { flags: ['-r', '--restore'], effect: 'destroy', what: 'restores a gateway backup over the running gateway: every change since that backup is lost' },
      { flags: ['-p', '--passwd'], effect: 'safeguard', what: 'resets the gateway\'s admin login to the default' },
      { flags: ['-h', '--help', '-i', '--info'], effect: 'read', what: 'prints help or information' },
      { flags: ['-b', '--backup', '-s', '--restart', '-k', '--port', '-y', '--promptyes'], effect: 'write', what: 'writes a backup, restarts or sets the port' },
    ],
    otherwise: 'opaque',
  },
  { names: ['ignition.sh', 'ignition-gateway'], local: true, valued: [], rules: [{ sub: /^stop\b/, effect: 'outage', what: 'stops the Ignition gateway: its HMIs and devices lose it' }, { sub: /^(start|restart|status|console|dump)\b/, effect: 'write', what: 'starts, restarts or reads the gateway' }], otherwise: 'fallback' },
  // picocom(1) opens a terminal on a serial port; stty(1) `-F DEVICE` sets a terminal line's speed and modes.
  { names: ['picocom'], local: true, valued: ['-b', '--baud', '-f', '--flow', '-y', '--parity', '-d', '--databits', '-p', '--stopbits', '--imap', '--omap', '--emap', '-e', '--escape', '-s', '--send-cmd', '-v', '--receive-cmd', '-g', '--logfile', '-x', '--exit-after', '-t', '--initstring'], rules: [{ flags: ['-s', '--send-cmd', '-v', '--receive-cmd'], effect: 'opaque', what: 'runs a file transfer program given to it' }], otherwise: 'write' },
  { names: ['stty'], local: true, valued: ['-F', '--file', '-f'], rules: [{ flags: ['-a', '--all', '-g', '--save'], effect: 'read', what: 'prints the line settings' }], otherwise: 'write' },
  // udevadm(8): `info`, `monitor`, `test`, `verify` and `settle` read; `trigger` and `control --reload` replay events and
  // reload rules; `control --exit` stops the daemon (no more device events are handled).
  {
    names: ['udevadm'],
    local: true,
    valued: ['-n', '--name', '-p', '--path', '-q', '--query', '-a', '--action', '-s', '--subsystem-match', '-S', '--subsystem-nomatch', '-t', '--type', '-c', '--action', '--property-match', '--attr-match', '--tag-match', '-l', '--log-level', '--timeout', '--exit-if-exists'],
    rules: [
      { sub: /^control\b/, flags: ['-e', '--exit', '-s', '--stop-exec-queue'], effect: 'outage', what: 'stops the device manager or its event queue: new devices are not set up' },
      { sub: /^(info|monitor|test|test-builtin|verify|settle|cat)\b/, effect: 'read', what: 'reads devices, events or rules' },
      { sub: /^(trigger|control)\b/, effect: 'write', what: 'replays device events or reloads the rules' },
    ],
    otherwise: 'fallback',
  },
  // espefuse (esptool's eFuse manager): `summary`, `dump`, `get_custom_mac` and `check_error` read; a burn or a protect is
  // permanent on the chip and is not judged here (unknown).
  {
    names: ['espefuse', 'espefuse.py'],
    local: true,
    valued: ['-p', '--port', '-b', '--baud', '-c', '--chip', '--before', '--file', '--format'],
    rules: [{ sub: /^(summary|dump|get[-_]custom[-_]mac|check[-_]error|adc[-_]info)\b/, effect: 'read', what: 'reads the chip\'s eFuses' }],
    otherwise: 'opaque',
  },
  // Azure IoT Edge's iotedge: `system stop` stops the edge runtime (every module with it); restarts, checks and logs are
  // writes and reads.
  {
    names: ['iotedge'],
    local: true,
    valued: ['--tail', '--since', '--until', '-c', '--config-file', '-H', '--host'],
    rules: [
      { sub: /^system stop\b/, effect: 'outage', what: 'stops the IoT Edge runtime and every module it runs' },
      { sub: /^(list|logs|check|version|support-bundle|config (mp|import)? ?show|system (status|logs))\b/, effect: 'read', what: 'reads the runtime' },
      { sub: /^(restart|system restart)\b/, effect: 'write', what: 'restarts a module or the runtime' },
    ],
    otherwise: 'fallback',
  },
  // AWS IoT Greengrass's local CLI: `deployment create --remove NAME` removes a component from the core device (it stops
  // and is gone until deployed again), `component stop` stops one; `--merge`, restarts and listings are writes and reads.
  {
    names: ['greengrass-cli'],
    local: true,
    valued: ['--recipeDir', '-r', '--artifactDir', '-a', '--merge', '-m', '--remove', '--names', '-n', '--groupId', '-g', '--param', '-p', '--ggcRootPath', '--deploymentId', '-i'],
    rules: [
      { sub: /^deployment create\b/, flags: ['--remove'], effect: 'outage', what: 'removes a component from the core device: it stops until it is deployed again' },
      { sub: /^component stop\b/, effect: 'outage', what: 'stops a component on the core device' },
      { sub: /^(component (list|details)|deployment (list|status)|get-debug-password|help)\b/, effect: 'read', what: 'reads the core device' },
      { sub: /^(component restart|deployment create)\b/, effect: 'write', what: 'restarts a component or deploys components' },
    ],
    otherwise: 'fallback',
  },
  // eject(1) unmounts and ejects removable media: what is on it stays.
  { names: ['eject'], local: true, valued: ['-a', '--auto', '-c', '--changerslot', '-x', '--cdspeed'], rules: [], otherwise: 'write' },
  // gphoto2(1): `-D/--delete-all-files` and `-d/--delete-file` delete the camera's pictures.
  { names: ['gphoto2'], local: true, valued: ['--port', '--camera', '--folder', '-f', '--filename', '-p', '--get-file', '--set-config', '--get-config'], rules: [{ flags: ['-D', '--delete-all-files', '-d', '--delete-file'], effect: 'destroy', what: 'deletes pictures on the camera' }], otherwise: 'write' },
  // gpg-card(1) `factory-reset`: deletes the card's keys and resets its PINs.
  { names: ['gpg-card'], local: true, valued: [], rules: [{ sub: /^factory-reset\b/, effect: 'destroy', what: 'deletes every key on the smartcard and resets its PINs' }, { sub: /^(list|help|--help|--version)\b/, effect: 'read', what: 'reads the card' }], otherwise: 'write' },
  // cli53 (Route 53): `rrdelete`, `rrpurge` and `delete` remove records or a zone; `list` and `export` read.
  { names: ['cli53'], valued: ['--profile', '--endpoint-url', '--format', '-f', '--ttl'], rules: [{ sub: /^(rrdelete|rrpurge|delete)\b/, effect: 'destroy', what: 'deletes DNS records or a hosted zone' }, { sub: /^(list|export|help|--help)\b/, effect: 'read', what: 'reads zones and records' }], otherwise: 'write' },
  // cli4 (Cloudflare's python-cloudflare): `--delete` sends a DELETE to the API path; a GET is the default.
  { names: ['cli4'], valued: ['-p', '--profile', '-A', '--openapi', '-h', '--header'], rules: [{ flags: ['--delete', '-D'], effect: 'destroy', what: 'deletes the Cloudflare object the path names (a DNS record, a zone, a rule)' }, { flags: ['--post', '-O', '--put', '-U', '--patch', '-P'], effect: 'write', what: 'creates or changes an object' }], otherwise: 'read' },
  // Daemons stopped by their own command: postfix(1) `stop`/`abort`, squid(8) `-k shutdown|kill|interrupt`, CouchDB's
  // `couchdb -d` (shutdown), bitcoin-cli `stop`, fwconsole `stop` (FreePBX and Asterisk), AdGuard Home's `-s stop`.
  { names: ['postfix'], local: true, valued: ['-c', '-D'], rules: [{ sub: /^(stop|abort)\b/, effect: 'outage', what: 'stops the mail system: mail is no longer received or delivered' }, { sub: /^(status|check)\b/, effect: 'read', what: 'reports' }], otherwise: 'write' },
  { names: ['squid'], local: true, valued: ['-f', '-a', '-n', '-s', '-l', '-k'], rules: [{ flagValue: { names: ['-k'], value: /^(shutdown|kill|interrupt|halt)$/ }, effect: 'outage', what: 'stops the proxy: its clients lose it' }, { flagValue: { names: ['-k'], value: /^(check|parse)$/ }, effect: 'read', what: 'checks the running proxy or its configuration' }], otherwise: 'write' },
  { names: ['couchdb'], local: true, valued: ['-a', '-A', '-n', '-c', '-o', '-e', '-p'], rules: [{ flags: ['-d'], effect: 'outage', what: 'shuts the database server down' }, { flags: ['-s', '-h', '-V'], effect: 'read', what: 'reports' }], otherwise: 'write' },
  // bitcoin-cli's entry (its `stop` among its other methods) is in chain-catalogue.ts (round 40).
  { names: ['fwconsole'], local: true, valued: [], rules: [{ sub: /^stop\b/, effect: 'outage', what: 'stops Asterisk and the FreePBX services: calls in progress are cut' }], otherwise: 'fallback' },
  { names: ['AdGuardHome', 'adguardhome'], local: true, valued: ['-c', '--config', '-w', '--work-dir', '-h', '--host', '-p', '--port', '-l', '--logfile'], rules: [{ flagValue: { names: ['-s', '--service'], value: /^(stop|uninstall)$/ }, effect: 'outage', what: 'stops (or removes) the DNS filtering service' }, { flagValue: { names: ['-s', '--service'], value: /^status$/ }, effect: 'read', what: 'reports' }], otherwise: 'write' },
  // pve-firewall(8) `stop`: the Proxmox firewall is off and its rules no longer filter.
  { names: ['pve-firewall'], local: true, valued: [], rules: [{ sub: /^stop\b/, effect: 'safeguard', what: 'stops the firewall: its rules no longer filter traffic' }, { sub: /^(status|compile|localnet|simulate|help)\b/, effect: 'read', what: 'reports' }], otherwise: 'write' },
  // VBoxManage: `controlvm VM poweroff|acpipowerbutton|pause|savestate` takes the VM out of service; `unregistervm --delete`,
  // `closemedium … --delete` and `snapshot VM delete` delete disks or snapshots.
  { names: ['VBoxManage', 'vboxmanage'], local: true, valued: [], rules: [
    { sub: /^controlvm \S+ (poweroff|acpipowerbutton|pause|savestate|shutdown)\b/, effect: 'outage', what: 'powers off, suspends or pauses the virtual machine' },
    { sub: /^(unregistervm|closemedium)\b/, flags: ['--delete', '--delete-all'], effect: 'destroy', what: 'deletes the virtual machine\'s disks and files' },
    { sub: /^snapshot \S+ delete\b/, effect: 'destroy', what: 'deletes a snapshot' },
    { sub: /^cloud (.+ )?(instance terminate|image delete)\b/, effect: 'destroy', what: 'terminates a cloud instance or deletes a cloud image' },
    { sub: /^cloud (.+ )?instance pause\b/, effect: 'outage', what: 'pauses a cloud instance' },
    { sub: /^(list|showvminfo|showmediuminfo|mediumproperty get|guestproperty (get|enumerate)|metrics|--version|help)\b/, effect: 'read', what: 'reads' },
    { sub: /^(startvm|controlvm \S+ (resume|reset|reboot)|snapshot \S+ take)\b/, effect: 'write', what: 'starts, resumes or restarts the virtual machine, or takes a snapshot' },
  ], otherwise: 'fallback' },
  // Accounts deleted: prosodyctl `deluser` (and `stop`), elasticsearch-users `userdel`, mosquitto_passwd and htpasswd `-D`,
  // impacket's addcomputer `-delete` (a domain computer account).
  { names: ['prosodyctl'], local: true, valued: [], rules: [{ sub: /^deluser\b/, effect: 'destroy', what: 'deletes a user account' }, { sub: /^stop\b/, effect: 'outage', what: 'stops the XMPP server' }, { sub: /^(status|check|about|help)\b/, effect: 'read', what: 'reports' }], otherwise: 'write' },
  { names: ['elasticsearch-users'], local: true, valued: ['-p', '-r'], rules: [{ sub: /^userdel\b/, effect: 'destroy', what: 'deletes a file-realm user' }, { sub: /^(list|-h|--help)\b/, effect: 'read', what: 'lists users' }], otherwise: 'write' },
  { names: ['mosquitto_passwd', 'htpasswd'], local: true, valued: ['-H', '-I', '-C', '-r'], rules: [{ flags: ['-D'], effect: 'destroy', what: 'deletes a user from the password file' }, { flags: ['-v'], effect: 'read', what: 'verifies a password' }], otherwise: 'write' },
  { names: ['addcomputer.py', 'impacket-addcomputer'], valued: ['-computer-name', '-computer-pass', '-dc-ip', '-dc-host', '-domain-netbios', '-hashes', '-aesKey', '-method', '-port', '-baseDN', '-computer-group'], rules: [{ flags: ['-delete'], effect: 'destroy', what: 'deletes a computer account from the domain' }], otherwise: 'write' },
  // Round 35 (o35), from tldr pages outside the sample. exim(8) `-Mrm`: messages removed from the queue without delivery
  // (lost mail); the queue listings read. cephadm(8) `rm-cluster` deletes the cluster's daemons and data on this host,
  // `rm-daemon` takes a daemon away (an OSD or a monitor stops serving).
  // The lead's answer 386.1 (round 38): `-Mrm` of one or a few message ids written out (at most SHORT_FIXED_LIST, 372.6) is
  // narrowed by 53, as `postsuper -d ID`; ids from input (`exiqgrep -i | xargs exim -Mrm`) or not fixed stay destructive.
  { names: ['exim', 'exim4'], local: true, valued: ['-f', '-C', '-D', '-oMr', '-oMs', '-R', '-S'], rules: [{ flags: ['-Mrm'], args: eximNamedMessages, effect: 'write', what: 'removes the messages it names by their ids from the mail queue' }, { flags: ['-Mrm'], effect: 'destroy', what: 'removes messages from the mail queue without delivering them' },
    // Round 40 (bl40comms): `-Mf` freezes messages (no delivery until thawed): the ones it names by id are a write, ids from
    // its input (`exiqgrep -i | xargs exim -Mf`, the whole queue) pause delivery, as `postsuper -h ALL` (blind40-comms).
    { flags: ['-Mf'], args: eximNamedMessages, effect: 'write', what: 'freezes the messages it names by their ids' }, { flags: ['-Mf'], effect: 'outage', what: 'freezes queued messages it does not name: delivery paused' }, { flags: ['-bp', '-bpc', '-bpr', '-bpu', '-bV', '-bt', '-bP', '-Mvh', '-Mvb', '-Mvl', '-Mvc'], effect: 'read', what: 'reads the queue, a message or the configuration' }], otherwise: 'fallback' },
  { names: ['cephadm'], local: true, valued: ['--image', '--fsid', '--name', '-n', '-c', '--config', '-k', '--keyring', '--data-dir', '--log-dir', '--logrotate-dir', '--unit-dir', '--timeout', '--retry'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^rm-cluster\b/, effect: 'destroy', what: 'deletes the cluster\'s daemons and their data on this host' }, { sub: /^(rm-daemon|rm-service)\b/, effect: 'outage', what: 'removes a daemon of the cluster: it stops serving' }, { sub: /^(ls|version|check-host|inspect-image|list-networks|gather-facts|logs|host-maintenance check)\b/, effect: 'read', what: 'reads' }], otherwise: 'fallback' },
  // Round 35 (o35): the machine powered off or suspended by other tools than shutdown(8) and `systemctl poweroff|suspend`
  // (host_shutdown and the Availability section: the services on it stop, and nothing brings it back by itself); a restart
  // comes back and stays a write. loginctl(1) `poweroff|halt|suspend|hibernate|hybrid-sleep|suspend-then-hibernate`, and
  // `kill-user|kill-session` as `terminate-*` (the session's processes end); rtcwake(8) suspends in every mode but `no`,
  // `on`, `disable` and `show` (the default mode is `standby`); pm-utils' `pm-suspend`, `pm-hibernate`,
  // `pm-suspend-hybrid`; i3exit, gnome-session-quit and xfce4-session-logout by their power choices.
  { names: ['loginctl'], local: true, valued: ['-H', '--host', '-M', '--machine', '-p', '--property', '-s', '--signal', '--kill-whom', '-n', '--lines', '-o', '--output'], rules: [{ flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' }, { sub: /^(poweroff|halt|suspend|hibernate|hybrid-sleep|suspend-then-hibernate)\b/, effect: 'outage', what: 'powers the machine off or suspends it: its services stop' }, { sub: /^(kill-user|kill-session)\b/, effect: 'outage', what: 'kills every process of the session or user' }], otherwise: 'fallback' },
  { names: ['rtcwake'], local: true, valued: ['-m', '--mode', '-s', '--seconds', '-t', '--time', '--date', '-d', '--device'], rules: [{ flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' }, { flagValue: { names: ['-m', '--mode'], value: /^(no|on|disable|show)$/ }, effect: 'write', what: 'sets, clears or shows the wake alarm without suspending' }, { effect: 'outage', what: 'suspends or powers off the machine until the alarm' }], otherwise: 'outage' },
  { names: ['pm-suspend', 'pm-hibernate', 'pm-suspend-hybrid'], local: true, valued: [], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }], otherwise: 'outage' },
  { names: ['i3exit'], local: true, valued: [], rules: [{ sub: /^(shutdown|suspend|hibernate|poweroff|halt)\b/, effect: 'outage', what: 'powers the machine off or suspends it' }, { sub: /^(reboot|lock|switch_user)\b/, effect: 'write', what: 'restarts the machine or locks the screen' }], otherwise: 'fallback' },
  { names: ['gnome-session-quit'], local: true, valued: [], rules: [{ flags: ['--power-off'], effect: 'outage', what: 'powers the machine off' }, { flags: ['--reboot'], effect: 'write', what: 'restarts the machine' }], otherwise: 'fallback' },
  { names: ['xfce4-session-logout'], local: true, valued: [], rules: [{ flags: ['-h', '--halt', '-s', '--suspend', '--hibernate', '--hybrid-sleep'], effect: 'outage', what: 'powers the machine off or suspends it' }, { flags: ['-r', '--reboot'], effect: 'write', what: 'restarts the machine' }], otherwise: 'fallback' },
  // Round 35 (o35): a network connection taken down by other tools than nmcli, ifdown and `dhclient -r` (the Availability
  // section, as `nmcli device disconnect` and `netsh wlan disconnect` are labelled): connmanctl(1) `disable TECH` and
  // `enable offline` (airplane mode), `disconnect`; iwctl `station IF disconnect` and a device or adapter powered off;
  // wpa_cli(8) `disconnect` and `terminate`; iw(8) `dev IF disconnect`, and `del` of an interface; rfkill(8) `block` of
  // Wi-Fi, mobile broadband or all radios; netctl(1) `stop`, `stop-all`; networksetup(8) Wi-Fi power or a service off;
  // vpnc-disconnect (the VPN tunnel, as `wg-quick down`).
  { names: ['connmanctl'], local: true, valued: [], rules: [{ sub: /^(disable (wifi|ethernet|cellular|all)|enable offline|disconnect)\b/, effect: 'outage', what: 'takes the machine off the network' }, { sub: /^(state|technologies|services|peers|scan|monitor|help|clock)?\b/, effect: 'read', what: 'shows state' }], otherwise: 'write' },
  { names: ['iwctl'], local: true, valued: ['--username', '--password', '--passphrase', '-u', '-p', '-P'], rules: [{ sub: /^station \S+ disconnect\b|^(device|adapter) \S+ set-property Powered off\b/, effect: 'outage', what: 'disconnects the wireless device or powers it off' }], otherwise: 'fallback' },
  { names: ['wpa_cli'], local: true, valued: ['-i', '-p', '-P', '-g', '-G', '-a'], rules: [{ sub: /^(disconnect|terminate|disable_network)\b/, effect: 'outage', what: 'disconnects the wireless interface or stops wpa_supplicant' }], otherwise: 'fallback' },
  { names: ['iw'], local: true, valued: [], rules: [{ sub: /^dev \S+ disconnect\b/, effect: 'outage', what: 'disconnects the wireless interface' }, { sub: /^(dev \S+|phy \S+|\S+) (del|delete)\b/, effect: 'destroy', what: 'deletes a wireless interface' }], otherwise: 'fallback' },
  { names: ['rfkill'], local: true, valued: ['-o', '--output'], rules: [{ sub: /^block (all|wlan|wifi|wwan)\b/, effect: 'outage', what: 'blocks the radios the network is reached through' }, { sub: /^(list|event|help)?\b$/, effect: 'read', what: 'lists radios' }], otherwise: 'write' },
  { names: ['netctl'], local: true, valued: [], rules: [{ sub: /^(stop|stop-all)\b/, effect: 'outage', what: 'takes a network profile down' }, { sub: /^(list|status|help|verify|is-enabled|is-active)\b/, effect: 'read', what: 'shows profiles' }], otherwise: 'write' },
  { names: ['networksetup'], local: true, anyCase: true, valued: [], rules: [{ args: (a) => /^-setairportpower \S+ off$|^-setnetworkserviceenabled .+ off$/i.test(a.join(' ')), effect: 'outage', what: 'switches Wi-Fi or a network service off' }], otherwise: 'fallback' },
  { names: ['vpnc-disconnect'], local: true, valued: [], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }], otherwise: 'outage' },
  // Round 35 (o35): services stopped by other supervisors, as `sv down` and `rc-service NAME stop` are: s6-svc(8) `-d`/`-D`
  // (down, and stays down); monit(1) `stop` and `unmonitor` of a service or `all`; openrc(8) switched to the `single` or
  // `shutdown` runlevel (as `telinit 1`).
  { names: ['s6-svc'], local: true, valued: ['-T', '-s'], rules: [{ flags: ['-d', '-D', '-x', '-X'], effect: 'outage', what: 'takes the supervised service down' }], otherwise: 'write' },
  { names: ['monit'], local: true, valued: ['-c', '-d', '-g', '-l', '-p', '-s'], rules: [{ sub: /^stop\b/, effect: 'outage', what: 'stops the service (or every service) monit watches' }, { sub: /^(status|summary|report|validate|procmatch|-t|-V|-h)?\b$/, effect: 'read', what: 'reports' }], otherwise: 'fallback' },
  { names: ['openrc'], local: true, valued: ['-o', '--override', '-s', '--service'], rules: [{ sub: /^(single|shutdown|off)\b/, effect: 'outage', what: 'switches to a runlevel that stops the services' }], otherwise: 'fallback' },
  // Round 35 (o35): Wi-Fi denial attacks knock the network's clients off it, as the flooders above take a site down:
  // aireplay-ng(8) `-0`/`--deauth`; mdk4 and mdk3 attack modes `d` (deauthentication) and `a` (authentication flood that
  // freezes access points). Their other modes and the captures read or probe.
  { names: ['aireplay-ng'], local: true, valued: ['-a', '--bssid', '-c', '--dmac', '-h', '--smac', '-e', '--essid', '-x', '-o', '-p', '-r', '-b', '-d', '-m', '-n', '-u', '-v', '-t', '-f', '-w', '-k', '-l', '-y', '-j', '-1', '--fakeauth', '-2', '-3', '-4', '-5', '-6', '-7', '-9'], rules: [{ flags: ['-0', '--deauth'], effect: 'outage', what: 'sends deauthentication frames: the clients are knocked off the network' }], otherwise: 'fallback' },
  { names: ['mdk4', 'mdk3'], local: true, valued: ['-B', '-E', '-c', '-s', '-f', '-t', '-a', '-w', '-S', '-W'], rules: [{ sub: /^\S+ (d|a)\b/, effect: 'outage', what: 'floods deauthentication or authentication frames: clients are knocked off, access points freeze' }], otherwise: 'fallback' },
  // Round 35 (o35): Wine's regedit(1) `-D`/`/D KEY` deletes a registry key, as `reg delete` does (registry_delete); `-E`
  // exports; importing a file stays with the generic reading.
  { names: ['regedit'], local: true, anyCase: true, valued: [], rules: [{ flags: ['-d', '/d'], effect: 'destroy', what: 'deletes a registry key and its values' }, { flags: ['-e', '/e', '-?', '/?'], effect: 'read', what: 'exports a key or prints help' }], otherwise: 'fallback' },
  // Credentials and key material deleted or switched off: keybase `deprovision` (revokes this device, deletes its local
  // data), `account delete`, `device remove`; secret-tool `clear`; fprintd-delete; pkcs11-tool `--delete-object`/`--init-token`.
  { names: ['keybase'], valued: [], rules: [{ sub: /^(deprovision|account delete|device (remove|rm|revoke))\b/, effect: 'destroy', what: 'revokes a device or deletes the account and its keys' }], otherwise: 'fallback' },
  { names: ['secret-tool'], local: true, valued: ['--label', '-l'], rules: [{ sub: /^clear\b/, effect: 'destroy', what: 'deletes stored secrets from the keyring' }, { sub: /^(lookup|search)\b/, effect: 'read', what: 'reads secrets' }], otherwise: 'write' },
  { names: ['fprintd-delete'], local: true, valued: ['-f', '--finger'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { args: (a) => a.length === 0, effect: 'read', what: 'prints its usage' }, { effect: 'destroy', what: 'deletes the user\'s enrolled fingerprints' }], otherwise: 'destroy' },
  { names: ['pkcs11-tool'], local: true, valued: ['--module', '--slot', '--pin', '--so-pin', '--new-pin', '--type', '-y', '--label', '-a', '--id', '-d', '--input-file', '-i', '--output-file', '-o', '-m', '--mechanism', '--token-label'], rules: [{ flags: ['--delete-object', '-b', '--init-token'], effect: 'destroy', what: 'deletes an object from the token, or initialises the token (deleting everything on it)' }, { flags: ['-L', '--list-slots', '--list-token-slots', '-O', '--list-objects', '-M', '--list-mechanisms', '-I', '--show-info', '-T', '--list-interfaces', '-r', '--read-object'], effect: 'read', what: 'lists or reads' }], otherwise: 'write' },
  // Safeguards off: `npm profile disable-2fa`, `xhost +` (X server access control off for every host),
  // `systemd-firstboot --delete-root-password`, protector `-free` (branch protection rules deleted), m-cli `firewall disable`,
  // `pwpolicy -disableuser` (an account switched off).
  { names: ['xhost'], local: true, valued: [], rules: [{ args: (a) => a.includes('+'), effect: 'safeguard', what: 'switches the X server\'s access control off: any host may connect' }], otherwise: 'write' },
  { names: ['systemd-firstboot'], local: true, valued: ['--root', '--image', '--locale', '--keymap', '--timezone', '--hostname', '--root-password', '--root-shell', '--kernel-command-line'], rules: [{ flags: ['--delete-root-password'], effect: 'safeguard', what: 'removes the root account\'s password' }, { flags: ['--reset'], args: (a) => !a.some((v) => v === '--root' || v === '--image' || /^--(root|image)=/.test(v ?? '')), effect: 'destroy', what: 'deletes the files it configures under /etc (hostname, locale, time zone, machine id): the next boot is a first boot' }], otherwise: 'write' },
  { names: ['protector'], valued: ['-repos', '-org', '-token'], rules: [{ flags: ['-free'], effect: 'safeguard', what: 'deletes branch protection rules' }], otherwise: 'write' },
  // Round 36 (o36), from Fig's completion specs: m-cli's `shutdown` powers the Mac off and `sleep` suspends it (as
  // `loginctl poweroff|suspend`; `restart` comes back, a write); `gatekeeper disable` is `spctl --master-disable`.
  { names: ['m'], local: true, valued: [], rules: [
    { sub: /^firewall (disable|off)\b/, effect: 'safeguard', what: 'switches the application firewall off' },
    { sub: /(^| )help\b/, effect: 'read', what: 'help' },
    { sub: /^gatekeeper (disable|off)\b/, effect: 'safeguard', what: 'switches Gatekeeper off: any app runs unchecked' },
    { sub: /^(shutdown|sleep)\b/, effect: 'outage', what: 'powers the machine off or puts it to sleep: its services stop' },
  ], otherwise: 'fallback' },
  // Round 36 (o36), from Fig's completion specs (each tool's reference): what serves stopped or paused, and keys, rules and
  // accounts switched off. StackStorm `st2 apikey disable` (a key in use is refused) and `rule disable` (the rule stops
  // firing its actions, as `aws events disable-rule`); Northflank `pause service|addon`; tsuru `app stop` (`app-stop` in
  // older clients); BOSH `stop` of a deployment's instances (`--hard` also deletes their VMs); 1Password `op user suspend`
  // (the member can no longer sign in); Homebridge's `hb-service stop`. deta `auth disable` switches a Micro's HTTP auth
  // off (anyone reaches it); WP-CLI `db clean` drops every table with the site's prefix (its `db reset` is an ORM reset).
  { names: ['st2'], valued: ['-t', '--token', '--api-key', '--config-file', '-j', '--json', '-y', '--yaml', '-a', '--attr', '-w', '--width', '-p', '--pack'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^(apikey|rule) disable\b/, effect: 'outage', what: 'switches an API key in use or a rule off: requests with the key are refused, the rule no longer fires' }, { sub: /^\S+ (list|get)\b/, effect: 'read', what: 'reads' }], otherwise: 'fallback' },
  { names: ['northflank'], valued: ['--projectId', '--serviceId', '--addonId', '--jobId', '--input', '--inputPath', '--context', '-p', '-s'], where: ['--projectId', '--serviceId', '--addonId'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^pause (service|addon)\b/, effect: 'outage', what: 'pauses the service or add-on: it stops serving' }, { sub: /^(get|list)\b/, effect: 'read', what: 'reads' }], otherwise: 'fallback' },
  { names: ['tsuru'], valued: ['-a', '--app', '-p', '--process', '--version', '-t', '--target'], where: ['-a', '--app'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^(app stop|app-stop)\b/, effect: 'outage', what: 'stops the application: it stops serving' }, { sub: /^app-remove\b/, effect: 'destroy', what: 'deletes the application' }, { sub: /^(app (info|list|log)|app-info|app-list|app-log)\b/, effect: 'read', what: 'reads' }], otherwise: 'fallback' },
  { names: ['bosh'], valued: ['-e', '--environment', '-d', '--deployment', '--ca-cert', '--client', '--client-secret', '--config'], where: ['-e', '--environment', '-d', '--deployment'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^(stop|stop-env)\b/, effect: 'outage', what: "stops the deployment's instances (with --hard, deletes their VMs): they stop serving" }, { sub: /^(instances|vms|deployments|tasks|task|logs|events|manifest|releases|stemcells)\b/, effect: 'read', what: 'reads' }], otherwise: 'fallback' },
  { names: ['op'], valued: ['--account', '--vault', '--format', '--session', '--config', '--encoding', '--deauthorize-devices-after'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^user suspend\b/, effect: 'outage', what: 'suspends a member: they can no longer sign in' }], otherwise: 'fallback' },
  { names: ['hb-service'], local: true, valued: ['-U', '--user-storage-path', '-P', '--plugin-path', '--port', '--user'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^stop\b/, effect: 'outage', what: 'stops the Homebridge service' }, { sub: /^(logs|status)\b/, effect: 'read', what: 'reads' }], otherwise: 'fallback' },
  { names: ['deta'], valued: ['--id', '--name', '--project', '--runtime'], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }, { sub: /^auth disable\b/, effect: 'safeguard', what: "switches the Micro's HTTP auth off: anyone can reach it" }], otherwise: 'fallback' },
  // Round 38 (bl38): WP-CLI's entry moved to cms-catalogue.ts with the other CMS tools.
  { names: ['pwpolicy'], local: true, valued: ['-u', '-a', '-p', '-n', '-setpolicy'], rules: [{ flags: ['-disableuser'], effect: 'outage', what: 'disables a user account: it can no longer log in' }], otherwise: 'fallback' },
  // etckeeper `uninit` deletes /etc's repository (its history); surge `teardown` takes a published site down; kompose `down`
  // and tye `undeploy` delete what they deployed to Kubernetes.
  { names: ['etckeeper'], local: true, valued: ['-d'], rules: [{ sub: /^uninit\b/, effect: 'destroy', what: 'deletes the version history of /etc' }], otherwise: 'fallback' },
  { names: ['surge'], valued: ['--domain', '-d', '--project', '-p'], rules: [{ sub: /^teardown\b/, effect: 'destroy', what: 'deletes a published project: the site goes offline' }, { sub: /^(list|whoami|--help|help)\b/, effect: 'read', what: 'reads' }], otherwise: 'fallback' },
  { names: ['kompose'], valued: ['-f', '--file', '-o', '--out', '--provider', '--controller'], rules: [{ sub: /^down\b/, effect: 'destroy', what: 'deletes the services and deployments it created in the cluster' }], otherwise: 'fallback' },
  { names: ['tye'], valued: ['-n', '--namespace', '-i', '--interactive'], rules: [{ sub: /^undeploy\b/, effect: 'destroy', what: 'deletes the deployed application from Kubernetes' }], otherwise: 'fallback' },
  // Ventoy2Disk: install (`-i`/`-I` on Linux, `VTOYCLI /I` on Windows) formats the drive; update (`-u`, `/U`) and a
  // non-destructive install (`/NonDest`) keep the data.
  { names: ['Ventoy2Disk', 'Ventoy2Disk.sh', 'ventoy2disk', 'ventoy2disk.sh'], local: true, anyCase: true, valued: ['-r'], rules: [{ flags: ['/nondest'], effect: 'write', what: 'installs Ventoy keeping the data on the drive' }, { flags: ['-i', '/i'], effect: 'destroy', what: 'installs Ventoy on the drive, formatting it: what was on it is lost' }, { flags: ['-l', '/l'], effect: 'read', what: 'lists' }], otherwise: 'write' },
  // uwfmgr (Unified Write Filter): `filter disable` and `volume unprotect` switch the write filter off; `file commit-delete` deletes a file.
  { names: ['uwfmgr', 'uwfmgr.exe'], local: true, anyCase: true, valued: [], rules: [{ sub: /^(filter disable|volume unprotect)\b/i, effect: 'safeguard', what: 'switches the write filter off' }, { sub: /^file commit-delete\b/i, effect: 'destroy', what: 'deletes a file on the protected volume' }, { sub: /^(get-config|filter get-config|volume get-config|file get-exclusions|overlay get-)/i, effect: 'read', what: 'reads' }], otherwise: 'write' },
  { names: ['dockerd'], local: true, valued: ['-H', '--host', '--config-file', '--data-root', '-p', '--pidfile', '--tlscacert', '--tlscert', '--tlskey', '--log-level', '-l'], rules: [{ args: opensDockerApi, effect: 'safeguard', what: 'opens the Docker API on the network without client certificates: whoever reaches the port is root on this machine' }], otherwise: 'fallback' },
  // Round 36 (hpc36): batch schedulers and a cluster's own tools. A job cancelled by its id is `kill PID` (a write: the same
  // tool submits it again); jobs cancelled by a filter (a user's, a partition's, an account's, nodes', `0` for all) lose
  // the work in flight of every job it selects. A node drained, downed, closed or set offline, and a partition or queue
  // set down, take capacity out of service without moving its work elsewhere (the drain exception of 337/358.2 is for
  // drains that do). Restarts, reconfigures, resumes and reboots that wait for the jobs are writes.
  // scancel(1): ids (namesFewJobs); pending jobs only; a signal the job handles; the user's own jobs of one name; no
  // job named prints an error; any other filter cancels what it selects.
  {
    names: ['scancel'],
    valued: [...SCANCEL_VALUED],
    rules: [
      { flags: ['-h', '--help', '--usage', '-V', '--version'], effect: 'read', what: 'prints help' },
      { args: namesFewJobs(SCANCEL_VALUED), effect: 'write', what: 'cancels jobs named by their ids: `kill PID` of a job' },
      { args: pendingOnly, effect: 'write', what: 'cancels pending jobs only: nothing running is lost' },
      { flagValue: { names: ['-s', '--signal'], value: /^(SIG)?(USR1|USR2|HUP|CONT|STOP|TSTP|URG|WINCH)$/i }, effect: 'write', what: 'sends the jobs a signal they handle' },
      { args: ownJobsOfOneName, effect: 'write', what: 'cancels the user\'s own jobs of one name: `pkill -f` of a job' },
      { args: (a) => operandValues(a, SCANCEL_VALUED).length === 0 && scancelFilters(a).length === 0, effect: 'read', what: 'names no job: prints an error' },
      { effect: 'destroy', what: 'cancels every job its filters select (a user\'s, a partition\'s, an account\'s, nodes\'): their work in flight is lost' },
    ],
    otherwise: 'destroy',
  },
  // scontrol(1): `update … State=DRAIN|DOWN|FAIL|INACTIVE|POWER_DOWN…` of nodes or a partition, `shutdown`, `power down`,
  // a partition deleted and a reboot left down take capacity out of service; show and list read; hold, release, requeue,
  // update of a job, reservations, reconfigure, resume and reboots that come back are writes.
  {
    names: ['scontrol'],
    valued: ['-M', '--clusters', '-u', '--uid'],
    rules: [
      { sub: /^(show|list|ping|version|help|listpids|listjobs|liststeps|getent|getaddrs|token)\b/i, effect: 'read', what: 'shows the controller\'s state' },
      { sub: /^update .*\bstate=(drain|down|fail|failing|inactive|power_down\w*|powered_down|future)(\s|$)/i, effect: 'outage', what: 'drains, downs or powers off nodes, or sets a partition down: capacity out of service (a down kills the jobs running there)' },
      { sub: /^(shutdown|power down)\b/i, effect: 'outage', what: 'stops the controller and the daemons, or powers nodes down' },
      { sub: /^reboot\b.*\bnextstate=(down|drain)\b/i, effect: 'outage', what: 'reboots nodes and leaves them out of service' },
      { sub: /^delete partitionname=/i, effect: 'outage', what: 'deletes a partition: its jobs can no longer run' },
      { sub: /^(hold|uhold|release|requeue|requeuehold|top|suspend|resume|update|create|reconfigure|notify|setdebug|setdebugflags|schedloglevel|write|reboot|cancel_reboot|power up|takeover)\b/i, effect: 'write', what: 'holds, releases, requeues or updates jobs, creates or updates reservations, or reconfigures' },
    ],
    otherwise: 'opaque',
  },
  // sacctmgr(1): users, accounts, clusters and QOS deleted lose their associations, limits and usage; one user's association
  // with an account removed (`delete user name=U account=A`) or a coordinator removed is a permissions change (368.2);
  // `archive` purges records by slurmdbd.conf, which the action does not show.
  {
    names: ['sacctmgr'],
    valued: ['-M', '--clusters'],
    rules: [
      { sub: /^(show|list|dump|help)\b/i, effect: 'read', what: 'lists the accounting database' },
      { sub: /^(delete|remove|del) users? .*\b(accounts?|partitions?)=/i, effect: 'permissions', what: 'removes a user\'s association with an account: a permissions change' },
      { sub: /^(delete|remove|del) coordinators?\b/i, effect: 'permissions', what: 'removes an account coordinator: a permissions change' },
      { sub: /^(delete|remove|del)\b/i, effect: 'destroy', what: 'deletes users, accounts, clusters or QOS from the accounting database, with their associations, limits and usage' },
      { sub: /^load\b.*\bclean\b/i, effect: 'destroy', what: 'replaces the cluster\'s associations with a file\'s, deleting the others' },
      { sub: /^archive\b/i, effect: 'opaque', what: 'archives and purges records by purge settings the action does not show' },
      { sub: /^shutdown\b/i, effect: 'outage', what: 'stops slurmdbd' },
      { sub: /^(add|create|modify|update|load|reconfigure)\b/i, effect: 'write', what: 'adds or changes accounts, users, QOS or limits' },
    ],
    otherwise: 'opaque',
  },
  // Slurm's readers, and sbatch (a batch script of the project's own, submitted: answer 113; `--wrap` is judged generically).
  { names: ['squeue', 'sinfo', 'sacct', 'sstat', 'sshare', 'sprio', 'sreport', 'sdiag', 'seff', 'qselect', 'qstat', 'tracejob', 'bjobs', 'bhist', 'bpeek', 'bhosts', 'bqueues', 'bacct', 'busers', 'lsload', 'lshosts', 'bparams', 'beegfs-df'], valued: [], rules: [], otherwise: 'read' },
  { names: ['sbatch'], valued: [], rules: [{ args: (_a, texts = []) => !texts.some((t) => /^['"]?--wrap(=|$)/.test(t)), effect: 'write', what: 'submits a batch script' }], otherwise: 'fallback' },
  // PBS/Torque qdel(1B): `all` deletes every job the user may (an operator's: every job); ids delete those; ids the action
  // does not fix (`$(qselect …)`) may be anyone's.
  {
    names: ['qdel'],
    valued: ['-W'],
    rules: [
      { args: (a) => operandValues(a, new Set(['-W'])).includes('all'), effect: 'destroy', what: 'deletes every job it may (an operator\'s `qdel all`: every user\'s)' },
      { args: namesFewJobs(new Set(['-W'])), effect: 'write', what: 'deletes jobs named by their ids: `kill PID` of a job' },
      { args: (a) => operandValues(a, new Set(['-W'])).length === 0, effect: 'read', what: 'names no job: prints its usage' },
      { effect: 'destroy', what: 'deletes jobs the action does not list' },
    ],
    otherwise: 'destroy',
  },
  { names: ['qsub', 'qhold', 'qrls', 'qalter', 'qrerun', 'qmove', 'qorder', 'bsub', 'bstop', 'bresume', 'bmod', 'brequeue', 'bswitch', 'btop', 'bbot'], valued: [], rules: [], otherwise: 'write' },
  // pbsnodes(8): `-o` marks nodes offline (no new jobs); `-r`/`-c` clear it; listings read.
  { names: ['pbsnodes'], valued: ['-C', '-N', '-s'], rules: [{ flags: ['-o'], effect: 'outage', what: 'marks nodes offline: capacity out of service' }, { flags: ['-r', '-c'], effect: 'write', what: 'clears nodes\' offline state' }], otherwise: 'read' },
  // qmgr(8) directives (qmgrEffect); qterm(8) shuts the server down; qdisable/qstop take a queue out of service.
  {
    names: ['qmgr'],
    valued: ['-c'],
    rules: [
      { args: (a) => qmgrEffect(a) === 'outage', effect: 'outage', what: 'disables or stops a queue, or switches scheduling off' },
      { args: (a) => qmgrEffect(a) === 'destroy', effect: 'destroy', what: 'deletes a queue, node, hook or resource from the server' },
      { args: (a) => qmgrEffect(a) === 'read', effect: 'read', what: 'prints or lists the server\'s configuration' },
      { args: (a) => qmgrEffect(a) === 'write', effect: 'write', what: 'creates or sets queues, nodes or server attributes' },
    ],
    otherwise: 'opaque',
  },
  { names: ['qterm'], valued: ['-t', '-s'], rules: [{ flags: ['-h', '--help', '--version'], effect: 'read', what: 'prints help' }], otherwise: 'outage' },
  { names: ['qdisable', 'qstop'], valued: [], rules: [], otherwise: 'outage' },
  { names: ['qenable', 'qstart'], valued: [], rules: [], otherwise: 'write' },
  // LSF bkill: `0` kills every job the filters select (without `-u`, all of the user's own: as `kill -9 -1`); ids kill those;
  // `-J NAME` or no operand kills the user's own job of that name, or the most recent.
  {
    names: ['bkill'],
    valued: ['-u', '-q', '-m', '-J', '-g', '-sla', '-app', '-s', '-C', '-stat', '-G', '-Lp'],
    rules: [
      { flags: ['-h', '-V'], effect: 'read', what: 'prints help' },
      { args: (a) => operandValues(a, new Set(['-u', '-q', '-m', '-J', '-g', '-sla', '-app', '-s', '-C', '-stat', '-G', '-Lp'])).some((o) => o === null || o === '0'), effect: 'destroy', what: 'kills every job its filters select (`0`: all of them)' },
      { args: namesFewJobs(new Set(['-u', '-q', '-m', '-J', '-g', '-sla', '-app', '-s', '-C', '-stat', '-G', '-Lp'])), effect: 'write', what: 'kills jobs named by their ids: `kill PID` of a job' },
      { args: (a) => !a.some((v) => v === '-u' || v === '-q' || v === '-m' || v === '-g' || v === '-G'), effect: 'write', what: 'kills the user\'s own job of one name, or the most recent one' },
    ],
    otherwise: 'destroy',
  },
  // LSF badmin(8) and lsadmin(8): hosts or queues closed, inactivated or shut down are out of service; opens, activations,
  // reconfigures and restarts are writes.
  {
    names: ['badmin'],
    valued: ['-C', '-f'],
    rules: [
      { sub: /^(hclose|qclose|qinact|hshutdown|mbdstop|sbdstop)\b/, effect: 'outage', what: 'closes or shuts down hosts, or closes or inactivates a queue: capacity out of service' },
      { sub: /^(hopen|qopen|qact|reconfig|mbdrestart|hrestart|hstartup|sbdrestart|schddebug|mbddebug|sbddebug|perfmon)\b/, effect: 'write', what: 'opens hosts or queues, reconfigures or restarts the daemons' },
      { sub: /^(ckconfig|showstatus|hist|mbdhist|hhist|qhist|showconf|diagnose)\b/, effect: 'read', what: 'reads the cluster\'s state' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['lsadmin'],
    valued: ['-f'],
    rules: [
      { sub: /^(limshutdown|resshutdown|limlock)\b/, effect: 'outage', what: 'shuts down or locks the load information or remote execution daemons' },
      { sub: /^(limrestart|resrestart|limstartup|resstartup|reconfig|limunlock|limdebug|resdebug)\b/, effect: 'write', what: 'starts, restarts or reconfigures the daemons' },
      { sub: /^(ckconfig|showconf)\b/, effect: 'read', what: 'checks or shows the configuration' },
    ],
    otherwise: 'opaque',
  },
  // Lustre lfs(1): `rmfid`, `rm_entry` and `hsm_remove` delete files or their archived copy; the listings read; setstripe,
  // setquota, migrate and the rest write.
  {
    names: ['lfs'],
    valued: ['-c', '--stripe-count', '-S', '--stripe-size', '-i', '--stripe-index', '-o', '--ost', '-p', '--pool', '-u', '--user', '-g', '--group', '-b', '-B', '-i', '-I', '-E', '--comp-end', '--mirror-count', '-N', '-L', '--layout', '--type', '--name', '--size', '--mtime', '--atime', '--ctime', '-mtime', '-atime', '-ctime', '-size', '-type', '-name', '-uid', '-gid', '-user', '-group', '-maxdepth', '-mindepth', '--maxdepth'],
    rules: [
      { sub: /^(rmfid|rm_entry|hsm_remove)\b/, effect: 'destroy', what: 'deletes files by their ids, a directory entry, or the archived copy of files' },
      { sub: /^(df|quota|getstripe|getdirstripe|find|hsm_state|hsm_action|check|path2fid|fid2path|osts|mdts|getname|data_version|help|--version|mirror (verify|read)|ls)\b/, effect: 'read', what: 'reads the file system\'s state' },
    ],
    otherwise: 'write',
  },
  // lctl(8): an OSC or OST deactivated, or LNet brought down, makes the files there unreadable; listings read.
  {
    names: ['lctl'],
    valued: ['--device', '--dev'],
    rules: [
      { sub: /\bdeactivate\b|^(network|net) (down|unconfigure)\b/, effect: 'outage', what: 'deactivates a target or brings the network down: the files there are out of service' },
      { sub: /^(dl|device_list|list_param|get_param|lustre_build_version|ping|ping_nids|list_nids|which_nid|version|help|network (show|list)|net show)\b/, effect: 'read', what: 'reads Lustre\'s state' },
      { sub: /^(conf_param|set_param|activate|lfsck_start|lfsck_stop|lfsck_query|network up|net up|pool_\w+)\b/, effect: 'write', what: 'sets parameters, activates a target or runs a check' },
    ],
    otherwise: 'opaque',
  },
  // IBM Storage Scale (GPFS): filesets, snapshots, file systems and NSDs deleted lose their data; a fileset unlinked, the
  // daemons shut down or a file system unmounted everywhere are out of service; the mmls* listings read; mmapplypolicy runs
  // a policy file's rules (which may delete) unless `-I test`.
  { names: ['mmdelfileset', 'mmdelsnapshot', 'mmdelfs', 'mmdelnsd'], valued: [], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'prints help' }, { effect: 'destroy', what: 'deletes a fileset, snapshot, file system or NSD and what it holds' }], otherwise: 'destroy' },
  { names: ['mmunlinkfileset', 'mmshutdown', 'mmumount'], valued: [], rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'prints help' }, { effect: 'outage', what: 'unlinks a fileset, shuts the daemons down or unmounts the file system: out of service' }], otherwise: 'outage' },
  { names: ['mmlsfileset', 'mmlsquota', 'mmrepquota', 'mmlssnapshot', 'mmlsfs', 'mmlscluster', 'mmlsconfig', 'mmlsdisk', 'mmlsnsd', 'mmlsmount', 'mmgetstate', 'mmdf', 'mmlsattr', 'mmlspolicy', 'mmdiag', 'mmlsnode', 'mmlsmgr'], valued: [], rules: [], otherwise: 'read' },
  { names: ['mmhealth'], valued: [], rules: [{ sub: /^(\S+ )?show\b|^(cluster|node)\b/, effect: 'read', what: 'shows the health state' }], otherwise: 'write' },
  { names: ['mmcrfileset', 'mmlinkfileset', 'mmsetquota', 'mmedquota', 'mmcrsnapshot', 'mmchfs', 'mmstartup', 'mmmount', 'mmchfileset', 'mmrestripefs', 'mmcheckquota', 'mmchpolicy'], valued: [], rules: [], otherwise: 'write' },
  { names: ['mmapplypolicy'], valued: ['-P', '-I', '-N', '-L', '-g', '-s', '-m', '-B', '-n', '--choice-algorithm', '--scope'], rules: [{ flagValue: { names: ['-I'], value: /^test$/ }, effect: 'read', what: 'tests the policy: lists what it would do' }, { flagValue: { names: ['-I'], value: /^(defer|prepare)$/ }, effect: 'write', what: 'lists the files the rules select without acting' }], otherwise: 'opaque' },
  // BeeGFS beegfs-ctl: a storage node or target removed leaves the file chunks on it unreachable; listings read.
  {
    names: ['beegfs-ctl'],
    valued: ['--nodetype', '--nodeid', '--targetid', '--numtargets', '--chunksize', '--storagepoolid', '--uid', '--gid', '--mount', '--cfgFile'],
    rules: [
      { flags: ['--removenode', '--removetarget'], effect: 'destroy', what: 'removes a storage node or target: the file chunks on it are unreachable' },
      { flags: ['--listtargets', '--listnodes', '--getentryinfo', '--getquota', '--serverstats', '--clientstats', '--find', '--listmirrorgroups', '--liststoragepools', '--iostat', '--help'], effect: 'read', what: 'lists or reads' },
    ],
    otherwise: 'write',
  },
  // Globus CLI: `delete`/`rm` delete files on a collection (Globus keeps no copy); a transfer with `--delete` removes what
  // the source lacks from the destination; a permission to anonymous or all authenticated users opens the data to all;
  // endpoints and collections deleted end the service. Task cancels, transfers, mkdir and one identity's permission are writes.
  {
    names: ['globus'],
    // `transfer` and `delete` take `--dry-run`: the task's data is printed, nothing is submitted (globus-cli reference).
    dryRun: ['--dry-run'],
    valued: ['--label', '--sync-level', '-s', '--batch', '--permissions', '--identity', '--group', '--filter-status', '--format', '-F', '--jmespath', '--jq', '--deadline', '--notify', '--submission-id', '--external-checksum', '--checksum-algorithm', '--exclude', '--include', '--filter-task-id', '--limit', '--filter-type', '--filter-name', '--timeout'],
    rules: [
      { sub: /^(delete|rm)\b/, effect: 'destroy', what: 'deletes files on a collection: Globus keeps no copy' },
      { sub: /^transfer\b/, flags: ['--delete', '--delete-destination-extra'], effect: 'destroy', what: 'deletes from the destination what the source does not hold' },
      { sub: /^endpoint permission (create|update)\b/, flags: ['--anonymous', '--all-authenticated'], effect: 'safeguard', what: 'opens the path to anyone (or to every Globus user)' },
      { sub: /^(endpoint|collection|gcs (collection|endpoint|storage-gateway)) delete\b/, effect: 'destroy', what: 'deletes an endpoint or collection: its users lose access' },
      { sub: /^(ls|whoami|task (list|show|event-list|wait|pause-info)|endpoint (search|show|local-id|permission (list|show)|role (list|show)|my-shared-endpoint-list)|collection (list|show)|gcs \S+ (list|show)|session show|bookmark (list|show)|stat|search|version|list-commands)\b/, effect: 'read', what: 'lists or shows' },
      { sub: /^(api|flows|timer create)\b/, effect: 'opaque', what: 'sends a request or runs a flow the action only names' },
    ],
    otherwise: 'write',
  },
  // HPSS hsi: its commands (hsiVerbs); `rm`, `rmdir`, `delete`, `mdelete`, `unlink` delete files from the archive (tape).
  {
    names: ['hsi'],
    valued: ['-A', '-a', '-d', '-h', '-l', '-O', '-p', '-s', '-k', '-c'],
    rules: [
      { args: (a) => hsiVerbs(a).some((v) => v === null), effect: 'opaque', what: 'runs commands the action does not fix' },
      { args: (a) => hsiVerbs(a).some((v) => /^(rm|rmdir|delete|del|mdelete|mrm|unlink|purge)$/.test(v ?? '')), effect: 'destroy', what: 'deletes files from the archive (tape): kept nowhere else' },
      { args: (a) => hsiVerbs(a).every((v) => /^(ls|lls|du|pwd|lpwd|help|id|stat|quota|cd|lcd|get|mget|cget)$/.test(v ?? '')), effect: 'read', what: 'lists the archive or reads files from it' },
    ],
    otherwise: 'write',
  },
  // InfiniBand ibportstate(8): `disable`, `off` or `down` takes a port off the fabric; `query` reads.
  { names: ['ibportstate'], valued: ['-C', '--Ca', '-P', '--Port', '-t', '--timeout', '-y', '--m_key'], rules: [{ args: (a) => a.some((v) => v === 'disable' || v === 'off' || v === 'down'), effect: 'outage', what: 'disables a port: the nodes behind it lose the fabric' }, { args: (a) => a.includes('query') || operandValues(a, new Set(['-C', '--Ca', '-P', '--Port', '-t', '--timeout', '-y', '--m_key'])).length <= 2, effect: 'read', what: 'reads a port\'s state' }], otherwise: 'write' },
  // nvidia-smi(1) `drain -m 1`: the GPU takes no more work and is removed from the system; the rest is judged generically.
  { names: ['nvidia-smi'], valued: ['-i', '--id', '-p', '--pciid', '-m', '--modify', '-f', '--filename', '-d', '--display', '-l', '--loop', '-lms', '--loop-ms', '-pl', '--power-limit', '-lgc', '--lock-gpu-clocks', '-c', '--compute-mode', '-pm', '--persistence-mode', '-e', '--ecc-config', '--format'], rules: [{ sub: /^drain\b/, flagValue: { names: ['-m', '--modify'], value: /^1$/ }, effect: 'outage', what: 'drains a GPU: it takes no more work and leaves the system' }], otherwise: 'fallback' },
  // Open OnDemand's nginx_stage: `nginx_clean --force` stops per-user servers that still have sessions, and `nginx -s stop`
  // stops one user's: their sessions end. Without force it stops only servers with no connection.
  {
    names: ['nginx_stage'],
    valued: ['-u', '--user', '-s', '--signal', '-a', '--app-init-url', '-N', '--name', '-i', '--sub-request', '-r', '--sub-uri', '-e', '--env'],
    rules: [
      { sub: /^nginx_clean\b/, flags: ['-f', '--force'], effect: 'outage', what: 'stops per-user servers that still have active sessions' },
      { sub: /^nginx\b/, flagValue: { names: ['-s', '--signal'], value: /^(stop|quit)$/ }, effect: 'outage', what: 'stops a user\'s per-user server: their session ends' },
      { sub: /^(nginx_list|nginx_show|app_list|app_show)\b/, effect: 'read', what: 'lists per-user servers or apps' },
    ],
    otherwise: 'write',
  },
  // Warewulf wwctl: nodes powered off, cycled or reset are out of service (forced: 80); nodes, images, profiles and overlays
  // deleted are gone; a command run inside an image is judged unless it installs packages.
  {
    names: ['wwctl'],
    valued: ['--netdev', '--hwaddr', '--ipaddr', '--netmask', '--gateway', '--profile', '-P', '--container', '-C', '--image', '--kernel', '--cluster', '-c', '--discoverable', '--type', '--onboot', '--netname', '-n', '--comment', '--ipmiaddr', '--ipmiuser', '--ipmipass'],
    rules: [
      { sub: /^power (off|cycle|reset|soft)\b/, effect: 'outage', what: 'powers nodes off or resets them: the jobs running there are lost' },
      { sub: /^(node|container|image|profile|overlay) (delete|rm|del)\b/, effect: 'destroy', what: 'deletes nodes, images, profiles or overlays from the provisioning server' },
      { sub: /^(container|image) (exec|shell) \S+/, args: (a) => a.some((v) => v !== null && /^(\S*\/)?(dnf|yum|apt-get|apt|zypper) (-y )?(install|update|upgrade)\b[^;&|`$]*$/.test(v)), effect: 'write', what: 'installs packages into a node image' },
      { sub: /^(container|image) (exec|shell)\b/, effect: 'opaque', what: 'runs a command inside a node image' },
      { sub: /^((node|container|image|profile|overlay) (list|show|ls|cat)|power status|version|server status)\b/, effect: 'read', what: 'lists or shows' },
    ],
    otherwise: 'write',
  },
  // xCAT: rpower off/reset/boot/cycle take nodes down (a reset is forced: 80); rinstall reinstalls their disks; rmdef and
  // rmimage delete definitions and images; xdsh and psh run their command on every node of the range (judged as that line).
  { names: ['rpower'], valued: ['-m', '-t', '-r'], rules: [{ sub: /^\S+ (off|softoff|reset|boot|cycle|suspend)\b/, effect: 'outage', what: 'powers nodes off or resets them: the jobs running there are lost' }, { sub: /^\S+ (stat|state|status)\b/, effect: 'read', what: 'reads the nodes\' power state' }], otherwise: 'write' },
  { names: ['rinstall', 'winstall'], valued: ['-O', '--osimage', '-p', '--profile', '-a', '--arch', '-c', '--console'], rules: [{ flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'prints help' }], otherwise: 'destroy' },
  { names: ['rmdef', 'rmimage'], valued: ['-t', '-o'], rules: [{ flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'prints help' }], otherwise: 'destroy' },
  { names: ['mkdef', 'chdef', 'genimage', 'packimage', 'nodeset', 'rsetboot', 'makedhcp', 'makehosts', 'makedns', 'updatenode'], valued: [], rules: [], otherwise: 'write' },
  { names: ['lsdef', 'nodels', 'rinv', 'rvitals', 'nodestat', 'tabdump', 'lsxcatd', 'xcoll'], valued: [], rules: [], otherwise: 'read' },
  { names: ['xdsh', 'psh'], valued: ['-t', '-l', '-f', '-e', '-E', '-o', '-O', '-i', '--devicetype'], remote: { sub: /./, valued: ['-t', '-l', '-f', '-e', '-E', '-o', '-O', '-i', '--devicetype'], where: 'every node of the range' }, rules: [], otherwise: 'opaque' },
  // Apptainer/Singularity: `exec IMAGE CMD` runs CMD in the container (judged as that line, the image word dropped); run,
  // build, pull, instances and the cache are writes; listings and verification read.
  {
    names: ['apptainer', 'singularity'],
    valued: ['-B', '--bind', '--env', '--env-file', '--pwd', '-H', '--home', '--overlay', '-o', '-W', '--workdir', '--mount', '--security', '--app'],
    remote: { sub: /^exec$/, valued: ['-B', '--bind', '--env', '--env-file', '--pwd', '-H', '--home', '--overlay', '-o', '-W', '--workdir', '--mount', '--security', '--app'], where: 'the container', aliases: [[/^\S+\s+/, '']] },
    rules: [
      { sub: /^(cache list|inspect|verify|search|version|help|instance list|remote list|key list|sif (list|info|dump|header))\b/, effect: 'read', what: 'lists or inspects' },
      { sub: /^shell\b/, effect: 'opaque', what: 'opens an interactive shell in the container' },
    ],
    otherwise: 'write',
  },
  // DataLad: `drop`, `remove` and `uninstall` check that another copy remains (numcopies) unless `--reckless` or
  // `--nocheck` says not to; `run CMD` runs CMD in the dataset (judged as that line).
  {
    names: ['datalad'],
    valued: ['-d', '--dataset', '-m', '--message', '-J', '--jobs', '-s', '--source', '--to', '-R', '--recursion-limit', '--reckless', '--what', '-i', '--input', '-o', '--output', '--sidecar', '--expand', '--since', '--branch', '-D', '--description', '--message-file', '-c'],
    remote: { sub: /^run$/, valued: ['-d', '--dataset', '-m', '--message', '-i', '--input', '-o', '--output', '-J', '--jobs', '--expand', '--sidecar', '--message-file'], where: 'the dataset' },
    rules: [
      // Round 43 (nx43): `push --force all|gitpush` runs `git push --force` to the sibling (datalad-push(1): "use --force
      // with git-push"); `checkdatapresent` only copies again.
      { sub: /^push\b/, flagValue: { names: ['-f', '--force'], value: /^(all|gitpush)$/ }, effect: 'destroy', what: 'force-pushes to the sibling: commits only it held are lost' },
      { sub: /^(drop|remove|uninstall)\b/, flagValue: { names: ['--reckless'], value: /^(availability|kill|undead|modification)$/ }, effect: 'destroy', what: 'drops or removes content without checking that another copy remains' },
      { sub: /^(drop|remove|uninstall)\b/, flags: ['--nocheck'], effect: 'destroy', what: 'drops content without checking that another copy remains' },
      { sub: /^(drop|remove|uninstall)\b/, effect: 'write', what: 'drops or removes content after checking that another copy remains' },
      { sub: /^(status|diff|ls|wtf|siblings$|subdatasets|search|metadata|help)\b/, effect: 'read', what: 'reads the dataset' },
    ],
    otherwise: 'write',
  },
  // Environment modules and Lmod: loading, unloading and purging change the shell's environment only.
  { names: ['module', 'ml'], valued: [], rules: [{ sub: /^(avail|av|list|spider|show|display|help|whatis|keyword|key|savelist|describe|is-loaded|is-avail|overview)\b/, effect: 'read', what: 'lists modules' }], otherwise: 'write' },
  // Spack: `uninstall --all` with no spec, or `--dependents`, removes every package (or every one built on a spec) from the
  // install tree that modules and environments load; one spec uninstalled, environments removed, gc and clean are rebuilt.
  {
    names: ['spack'],
    valued: ['-e', '--env', '-D', '--env-dir', '-C', '--config-scope', '-c', '--config', '-j', '--jobs'],
    rules: [
      { sub: /^uninstall$/, flags: ['-a', '--all'], effect: 'destroy', what: 'uninstalls every installed package: the modules and environments built on them break' },
      { sub: /^uninstall\b/, flags: ['-R', '--dependents'], effect: 'destroy', what: 'uninstalls a package and every package built on it' },
      { sub: /^(find|spec|list|info|versions|providers|location|graph|dependents|dependencies|config (get|blame)|env (list|ls|status|st)|compiler (list|info)|compilers|arch|debug|help|buildcache list|mirror list|repo list|checksum|url|tags|maintainers|load --sh)\b/, effect: 'read', what: 'lists or shows' },
      { sub: /^python\b/, effect: 'opaque', what: 'runs Python code' },
    ],
    otherwise: 'write',
  },
  // NCO and CDO: a file written from its inputs; an input rewritten in place (rewritesInputInPlace) loses what the command drops.
  { names: ['ncks', 'ncrcat', 'ncra', 'ncea', 'ncecat', 'ncap2', 'ncpdq', 'ncwa', 'ncbo', 'ncflint', 'ncdiff'], valued: [...NCKS_VALUED], outputFile: ncoOutput, rules: [{ args: rewritesInputInPlace(NCKS_VALUED), effect: 'destroy', what: 'rewrites an input file in place with only what the command keeps' }], otherwise: 'write' },
  { names: ['cdo'], valued: [...CDO_VALUED], outputFile: cdoOutput, rules: [{ args: rewritesInputInPlace(CDO_VALUED), effect: 'destroy', what: 'rewrites an input file in place' }], otherwise: 'write' },
  // Round 37 (idm37): identity, certificates, mail and DNS (identity-catalogue.ts).
  ...IDENTITY_TOOLS,
  // Round 38 (bl38): content-management and e-commerce sites' tools (cms-catalogue.ts).
  ...CMS_TOOLS,
  // Round 39 (td39): printers, sqlmap, xdp-loader and Proxmox guest protection (host-admin-catalogue.ts).
  ...HOST_ADMIN_TOOLS,
  // Round 39 (bld39): an enterprise datacentre's virtualisation, storage, backup and out-of-band tools (datacentre-catalogue.ts).
  ...DATACENTRE_TOOLS,
  // Round 39 (bln39): network devices' lines and the network engineer's tools (network-catalogue.ts).
  ...NETWORK_TOOLS,
  // Round 40 (sh40): local development environments' own lifecycle, DDEV, Lando, Sail, Warden, Dev Containers (localdev-catalogue.ts).
  ...LOCALDEV_TOOLS,
  // Round 40 (bl40chain): blockchain nodes, validators, wallets and contract tools (chain-catalogue.ts).
  ...CHAIN_TOOLS,
  // Round 39 (pw39): Windows servers' directory diagnostics (windows-admin-catalogue.ts).
  ...WINDOWS_ADMIN_TOOLS,
  // Round 40 (pw40): a Windows developer's own workstation tools (windows-dev-catalogue.ts).
  ...WINDOWS_DEV_TOOLS,
  // Round 41 (bl41dr): backup and disaster-recovery tools.
  ...BACKUP_TOOLS,
  // Round 40 (bl40comms): the mail and telephony team's tools (comms-catalogue.ts).
  ...COMMS_TOOLS,
  // Round 41 (bl41mf): the mainframe (IBM Z) team's Zowe CLI, z/OS UNIX and ZOAU programs (mainframe-catalogue.ts).
  ...MAINFRAME_TOOLS,
  // Round 41 (nv41, ol41): a user's own workstation tools from the outside suites, atuin, obsidian-cli, gsettings, skate, eselect, cpuctl, vnstat, libreoffice, extundelete, Charliecloud, kamailio (workstation-catalogue.ts).
  ...WORKSTATION_TOOLS,
  // Round 42 (atk42): chkconfig and dconf (guard-units.ts).
  ...GUARD_UNIT_TOOLS,
  // Round 42 (nxa42): cryptdisks_stop/start (answers 429.7, 437.2) and macOS softwareupdate (answer 435.4) (nxa42-hosts-catalogue.ts).
  ...NXA42_HOST_TOOLS,
  // Round 41 (bl41erp): SAP transports, HANA's user store and replication, R3trans, Power Platform's pac (bizapps-catalogue.ts).
  ...BIZAPPS_TOOLS,
  // Round 42 (bl42virt): a virtualization platform team's virsh operations, libguestfs's guestfish, guestmount, virt-clone,
  // virt-resize and KubeVirt's virtctl (hypervisor-catalogue.ts).
  ...HYPERVISOR_TOOLS,
  // Round 43 (bl43geo): GDAL/OGR, osm2pgsql, tippecanoe and tile-join, tile-cache seeders, qgis_process (geo-catalogue.ts).
  ...GEO_TOOLS,
  // Round 42 (bl42fw): the firmware and IoT fleet team's arduino-cli, particle, balena, mosquitto_ctrl, fw_setenv, mtd-utils, J-Link, pyOCD, probe-rs, bmaptool, uuu, swupdate and Mender (firmware-catalogue.ts).
  ...FIRMWARE_TOOLS,
  // Round 42 (bl42pki): lego, softhsm2-util, BIND's checkers and DNSSEC tools, ldns, NSS certutil (pki-dns-catalogue.ts).
  ...PKI_DNS_TOOLS,
  // Round 42 (bl42sci): iRODS icommands (research-data-catalogue.ts).
  ...RESEARCH_DATA_TOOLS,
  // Round 43 (bl43med): DCMTK's and dcm4che's DICOM tools, dcmodify, Mirth Connect's mccommand and SQL Server's bcp (clinical-catalogue.ts).
  ...CLINICAL_TOOLS,
  // Round 43 (bl43bi): a BI and analytics team's Apache Flink client, Tableau's tabcmd and Looker's gzr (bi-catalogue.ts).
  ...BI_TOOLS,
  // Round 44 (bl44media): a broadcast team's tape library robot (mtx), LTFS's ltfsck and mkltfs, and obs-cmd (media-catalogue.ts).
  ...MEDIA_TOOLS,
];

const BY_NAME = new Map<string, ServiceTool>(SERVICE_TOOLS.flatMap((t) => t.names.map((n) => [n, t] as const)));

export function serviceTool(name: string): ServiceTool | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(name.replace(/^.*\//, ''));
}

/**
 * Windows finds a program whatever the case of its name, and the Windows reader lower-cases it and drops `.exe`
 * (`& 'C:\…\STM32_Programmer_CLI.exe' -e all` is `stm32_programmer_cli`): the catalogue's names compared so, for the
 * Windows dialects only. A lower-cased name two tools share is left out (ambiguous, fail closed to the unknown program).
 */
const BY_WINDOWS_NAME = ((): Map<string, ServiceTool | null> => {
  const m = new Map<string, ServiceTool | null>();
  for (const t of SERVICE_TOOLS) for (const n of t.names) {
    const k = n.toLowerCase().replace(/\.(exe|com)$/, '');
    const seen = m.get(k);
    m.set(k, seen === undefined || seen === t ? t : null);
  }
  return m;
})();
export function windowsServiceTool(name: string): ServiceTool | undefined {
  return BY_WINDOWS_NAME.get(name.toLowerCase().replace(/\.(exe|com)$/, '')) ?? undefined;
}

/** jenkins-cli `disable-job NAME` (`-s URL` the server): the job's full name read by pausedJenkinsNames (answer 207). */
function jenkinsCliPausedJob(args: ReadonlyArray<string | null>): boolean {
  const at = args.indexOf('disable-job');
  const name = args[at + 1];
  const server = args.findIndex((a) => a === '-s');
  const url = server === -1 ? '' : (args[server + 1] ?? null);
  if (at === -1 || name === null || name === undefined || url === null) return false;
  return pausedJenkinsNames(urlHost(url) ?? url, name.split('/'), `${url} ${name}`);
}

/** The tool behind `java -jar X.jar ...`: `jenkins-cli.jar` is the Jenkins CLI. */
export function jarTool(args: Word[]): { tool: ServiceTool; args: Word[] } | undefined {
  const at = args.findIndex((a) => a.value === '-jar');
  const jar = at === -1 ? undefined : args[at + 1]?.value;
  if (!jar) return undefined;
  const tool = serviceTool(jar.replace(/^.*\//, ''));
  return tool ? { tool, args: args.slice(at + 2) } : undefined;
}

function optionIs(args: Word[], names: string[], value: RegExp): boolean {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    for (const n of names) {
      if (v === n && value.test(args[i + 1]?.value ?? '')) return true;
      if (v.startsWith(`${n}=`) && value.test(v.slice(n.length + 1))) return true;
      if (n.length === 2 && v.startsWith(n) && v.length > 2 && !v.startsWith('--') && value.test(v.slice(2))) return true;
    }
  }
  return false;
}

/** The values of the options that say where the tool acts (`restic -r s3:…/backups-prod`, `--bootstrap-server kafka-prod-1`). */
function whereClues(inv: Invocation, args: Word[], tool: ServiceTool) {
  const current = tool.kubeContext && optionValues(args, '--context', '--kube-context').length === 0 ? [clue('kube_contexts', inv.env.ctx.kubeContext), clue('kube_namespaces', inv.env.ctx.kubeNamespace), clue('names', inv.env.ctx.kubeContext)] : [];
  const lab = tool.manager === true ? { lab: 'manager' as const } : {};
  const tier = tool.tier ? tool.tier(args.map((a) => a.value), (n) => envVar(inv, n), { texts: args.map((a) => a.text), source: inv.env.source }) : null;
  return [...[...(tool.where ?? []).flatMap((n) => optionValues(args, n)), ...(tool.whereEnv ?? []).map((n) => envVar(inv, n))].map((v) => ({ ...clue('names', v), ...lab })), ...(tier ? [clue('names', tier)] : []), ...current];
}

/**
 * The operands as clues for the environment: a word that is not fully literal still shows its literal parts (Oracle's
 * `user/"$PWD"@PRODDB` names its connect identifier after `@`).
 */
function operandClues(operands: Word[]) {
  const read = (w: Word) => w.value ?? shown(w).replace(/^.*@/, '');
  return [...operands.slice(0, 4).map((w) => clue('names', read(w))), ...operands.slice(4).filter((w) => heuristicEnvironment(read(w)) === 'production').map((w) => clue('names', read(w)))];
}

/**
 * Code run by a service CLI (`code` effect): code on the input is judged by the rule's pattern; a file of code is judged
 * like a program we cannot see (opaque when it names a production target); neither is an interactive session.
 */
function serviceCode(inv: Invocation, args: Word[], rule: ServiceRule, label: string, onDev = false): void {
  const b = inv.env.b;
  const file = rule.code!.files.some((f) => args.some((a) => a.value === f || a.value?.startsWith(`${f}=`)));
  if (file) {
    b.verb('exec').partial('script_unseen', `\`${label}\` ${rule.what} from a file that is not part of the action`, inv.span);
    judgeUnknownProgram(inv, `\`${label}\` ${rule.what} from a file we cannot see`);
    return;
  }
  const text = inv.stdin?.text;
  if (typeof text !== 'string') {
    // SECURITY: the code is typed later or comes from a producer the action does not fix.
    b.opaque('service_input_unseen', `\`${label}\` ${rule.what} from ${inv.stdin?.producer ?? 'the terminal'}, which the action does not show`, inv.span);
    return;
  }
  // Round 42 (nxb42; the lead's answer 439.2): records deleted by code run on a database the line names dev (`odoo-bin shell
  // -d erp_dev`, nothing worse named) are test data (40), as the rule's devWrite says; a database dropped by the code is not.
  const deletes = rule.code!.deletes.test(text);
  if (deletes && onDev && rule.devWrite && !/\bdrop_database\b|\bDROP\s+(DATABASE|SCHEMA)\b/i.test(text)) {
    b.verb('delete').finding('service_dev_delete', `\`${label}\` ${rule.what} that deletes records; ${rule.devWrite}`, inv.span);
  } else if (deletes) {
    b.verb('delete').destroy('service_destructive', `\`${label}\` ${rule.what} that deletes records`, inv.span);
    b.summary(label);
  } else b.verb('exec', 'write');
}

/**
 * Applies the catalogue entry; false when no rule matched and the entry says `fallback` (the caller
 * then judges the command generically).
 */
/**
 * The mode of a call of a tool with a test mode (ServiceTool.testMode): `test` only when the input shows a test key (an
 * option or the key variable set by the input), `live` with the live flag or any other key shown, `unseen` otherwise.
 * SECURITY: unseen is not test. The Stripe CLI takes `STRIPE_API_KEY` from the session's environment before its own
 * test-mode default, and the gate does not see that environment: a live key there acts on live data.
 */
function testModeOf(inv: Invocation, args: Word[], mode: NonNullable<ServiceTool['testMode']>): 'test' | 'live' | 'unseen' {
  if (mode.live.some((f) => hasFlag(args, f) || args.some((a) => a.value?.startsWith(`${f}=`)))) return 'live';
  if (args.some((a) => a.value === null && /live|key/i.test(a.text))) return 'live';
  const keys = [...optionValues(args, ...mode.keyOptions), ...mode.keyEnv.map((n) => envVar(inv, n)).filter((v) => v !== undefined)];
  if (keys.length === 0) return 'unseen';
  return keys.every((v) => v !== null && mode.testKey.test(v)) ? 'test' : 'live';
}

/** A Windows program's switches (`-X`, `/X`) in lower case, so that they match the table's in any case. */
function switchesLowered(args: Word[]): Word[] {
  return args.map((a) => (a.value !== null && /^[-/][A-Za-z]/.test(a.value) ? { ...a, value: a.value.toLowerCase() } : a));
}

/**
 * Whether anything the command shows names production or staging (ServiceRule.unlessLive): an argument (unfixed ones
 * count as live: fail closed), a variable that says where the tool acts, the session's host, or a target already found.
 * Staging only when `staging` (the lead's answer 215: not for an operand named for a pull request or a run).
 */
function namesLiveTier(inv: Invocation, tool: ServiceTool, args: Word[], staging: boolean): boolean {
  const host = inv.env.ctx.host;
  return invocationNamesLiveTier(inv, staging, { args, variables: tool.whereEnv ?? [] }) || (host !== undefined && (staging ? /^(production|staging)$/ : /^production$/).test(heuristicEnvironment(host) ?? '')) || (staging ? targetsLiveTier(inv.env.inventory, inv.env.b.targets) : inv.env.b.targets.some((t) => tierOfEnvironment(inv.env.inventory, t.environment) === 'production'));
}

/**
 * Round 40 (atk40): an option whose attached value is not fixed (`--sql-query="DROP TABLE $T"`, `--namespace=$NS`) is
 * still that option: the word is read as the option's name followed by a value not fixed, so that the rules that look
 * for the option see it (and read its value as unknown) instead of one word nothing can be read from.
 */
function unfixedAttachedValues(args: Word[]): Word[] {
  if (!args.some((a) => a.value === null && /^--?[A-Za-z][\w-]*=/.test(a.text))) return args;
  return args.flatMap((a) => {
    const m = a.value === null ? /^(--?[A-Za-z][\w-]*)=/.exec(a.text) : null;
    return m ? [{ ...a, value: m[1]!, text: m[1]!, glob: false }, { ...a, value: null, text: a.text.slice(m[0].length) }] : [a];
  });
}

/**
 * Round 40 (bl40comms): a tool that acts on this machine (`local`), run on a session host whose name says dev
 * (`sip-dev-01`, `imap-dev-01`) with nothing else on the line naming a place and not through ssh, acts on that dev machine:
 * its `devWrite` holds as for a dev target (decision 40, a dev server's accounts and mail are test data).
 */
function localOnDevHost(inv: Invocation, tool: ServiceTool, target: { environment: string | null }): boolean {
  const host = inv.env.ctx.host;
  return tool.local === true && target.environment === null && host !== undefined && heuristicEnvironment(host) === 'dev' && inv.env.b.targets.every((t) => t === target) && !onAnotherHost(inv, inv.name);
}

/** catalogue-shape.ts RulePath for this invocation: the line's `cd` and links (419.26, 420.1). */
function rulePath(inv: Invocation, path: string | null | undefined): string | null | undefined {
  const moved = inv.scope.cwd !== inv.scope.workspace;
  if (path === undefined) return moved ? inv.scope.cwd ?? null : undefined;
  if (path === null) return null;
  const relative = !/^[/~]/.test(path);
  if (!(moved && relative) && !inv.scope.links?.size) return path;
  if (relative && !moved) return path;
  // The file itself a link: written through it (open(2) follows links), as filesystem.ts throughLink reads `> LINK`.
  const named = resolvePath(path, { ...inv.scope, links: undefined });
  if (named === null) return null;
  return inv.scope.links?.has(named) ? resolvePath(`${path}/`, inv.scope)?.replace(/\/+$/, '') ?? null : resolvePath(path, inv.scope);
}

export function serviceCommand(inv: Invocation, tool: ServiceTool, given: Word[] = inv.args): boolean {
  const b = inv.env.b;
  const split = unfixedAttachedValues(given);
  const args = tool.anyCase ? switchesLowered(split) : split;
  // A Windows program's switches are matched in lower case on both sides; other tools' as written, with no copy made.
  const flagOf = tool.anyCase ? (f: string) => f.toLowerCase() : (f: string) => f;
  const named = (names: string[]): string[] => (tool.anyCase ? names.map(flagOf) : names);
  const operands = positionals(args, new Set(named(tool.valued)));
  const ops = operands.map((w) => w.value ?? '?');
  const line = ops.join(' ');
  const present = (f: string) => { const flag = flagOf(f); return hasFlag(args, flag) || args.some((a) => a.value === flag); };
  const matches = (r: ServiceRule, has: (f: string) => boolean) => (!r.sub || r.sub.test(line)) && (!r.flags || r.flags.some(has)) && (!r.allFlags || r.allFlags.every(has)) && (!r.flagValue || optionIs(args, named(r.flagValue.names), r.flagValue.value)) && (!r.envValue || r.envValue.names.some((n) => r.envValue!.value.test(envVar(inv, n) ?? ''))) && (!r.envLocal || r.envLocal.names.every((n) => envLocalValue(envVar(inv, n), r.envLocal!.local))) && (!r.thisMachine || !onAnotherHost(inv, inv.name)) && (!r.cwd || inv.scope.cwd === undefined || r.cwd.test(inv.scope.cwd)) && (!r.args || r.args(args.map((a) => a.value), args.map((a) => a.text), (p) => rulePath(inv, p))) && (!r.unlessLive || !namesLiveTier(inv, tool, args, stagingRefusesNames(ops)));
  // `--help` prints help in every parser where it is taken (help before the first operand was isQueryOnly's); an entry
  // without a rule for it reads it so too, where its parser takes it.
  const rules = tool.rules.some((r) => r.flags?.includes('--help')) ? tool.rules : [ANY_HELP, ...tool.rules];
  const rule = helpAsParsed(tool, rules, args, operands, line, rules.find((r) => matches(r, present)), (r) => matches(r, (f) => !EXITS_EARLY.test(flagOf(f)) && present(f)), flagOf);
  const label = `${inv.name} ${line}`.trim().slice(0, 80);
  if (tool.remote && !rule && operands[0] && tool.remote.sub.test(operands[0].value ?? '')) return remoteCommand(inv, tool.remote, args, operands[0]);
  if (tool.input && !rule) {
    // Round 42 (bl42fw): a command file named by an option (`JLinkExe -CommandFile F`) that this input wrote with fixed
    // text is read as that text; any other file is not shown.
    const files = tool.input.fileOptions ? optionValues(args, ...tool.input.fileOptions) : [];
    const fromFile = files.length === 1 && files[0] !== null ? (fixedWrittenText(inv.scope, files[0]) ?? null) : null;
    const text = files.length > 0 ? fromFile : ops.length === 0 || (tool.input.serverOperand === true && ops.length === 1) ? (inv.stdin?.text ?? null) : null;
    const inputNames = text !== null && tool.input.names ? [...text.matchAll(tool.input.names)].slice(0, 16).map((m) => m[1]!) : [];
    // Round 43 (nx43): names in the input (`server`, `zone` of nsupdate) name the tier too.
    // Round 43 (bl43med): the where-options name the server the input's commands act on (`mccommand -a https://mirth-prod-01…`).
    b.target(envTarget(inv, 'host', `${inv.name}:${ops.slice(0, 2).join(' ')}`, [...[...ops.slice(0, 4), ...inputNames].map((o) => clue('names', o)), ...whereClues(inv, args, tool)]));
    if (text === null) {
      // SECURITY: the operations are in a file or an input that is not part of the action.
      b.opaque('service_input_unseen', `\`${label}\` reads its operations from ${files.length > 0 || ops.length > 0 ? 'a file' : (inv.stdin?.producer ?? 'its input')}, which the action does not show`, inv.span);
    } else if (tool.input.deletes.test(text)) {
      b.verb('delete').destroy('service_destructive', `\`${label}\`: ${tool.input.what}`, inv.span);
      b.summary(label);
    } else b.verb('write');
    return true;
  }
  const effect = rule?.effect ?? tool.otherwise;
  const mode = tool.testMode && tool.testMode.sub.test(line) ? testModeOf(inv, args, tool.testMode) : null;
  if (mode === 'test' && effect !== 'read') {
    b.target(envTarget(inv, 'host', `${inv.name}:test-mode`, [clue('names', 'test')]));
    b.verb('write').finding('test_mode', `\`${label}\` acts on the account's test-mode data (a test key, no live flag)`, inv.span);
    return true;
  }
  // `--live` or a live key names the live account, production; no key shown is judged as the command is.
  if (mode === 'live') b.target(envTarget(inv, 'host', `${inv.name}:live-mode`, [clue('names', 'production')]));
  if (effect === 'fallback') {
    // Round 42 (nxb42; 434.1): a line judged generically still names the tier its where-options say, when that is a live
    // one (`zowe db2 execute sql … --db2-profile db2-prod`): the worst tier a line names is its environment. A dev tier
    // is not lent to the generic reading (it would excuse what that reading does not know).
    const where = envTarget(inv, 'host', `${inv.name}:${ops.slice(0, 2).join(' ')}`, whereClues(inv, args, tool));
    if (targetsLiveTier(inv.env.inventory, [where])) b.target(where);
    return false;
  }
  const target = envTarget(inv, 'host', `${inv.name}:${ops.slice(0, 2).join(' ')}`, [...(tool.local === true ? [] : operandClues(operands)), ...whereClues(inv, args, tool)]);
  b.target(target);
  if (effect !== 'read' && effect !== 'opaque' && tool.dryRun && catalogueDryRun(args, tool.dryRun, tool.shortBundles === true)) {
    b.verb('read').finding('dry_run', `\`${label}\` is a dry run: it changes nothing`, inv.span);
    return true;
  }
  const what = rule?.what ?? `\`${inv.name}\` operation not in its catalogue entry`;
  // Round 44 (nx44; the lead's answer 454.3): the file a write makes whole, over a file of the workspace's data folder, is
  // that file lost as `cp` onto it loses it (answer 328).
  const output = effect === 'write' && tool.outputFile ? tool.outputFile(args.map((a) => a.value)) : null;
  const outputPath = output !== null ? resolvePath(output, inv.scope) : null;
  if (outputPath !== null && namesWorkspaceDataFile(outputPath, inv.scope, inv.env.inventory)) {
    b.verb('replace').destroy('workspace_data_loss', `\`${label}\` writes \`${outputPath}\` whole, a file of the workspace's data folder, as \`cp\` onto it does (answers 328, 454.3)`, inv.span);
    b.summary(label);
    return true;
  }
  switch (effect) {
    case 'destroy':
      if (rule?.ciCheckoutWrite && inv.scope.cwd !== undefined && isCiAgentCheckout(inv.scope.cwd, inv.scope.workspace) && !namesLiveTier(inv, tool, args, true)) {
        b.verb('delete').finding('ci_checkout', `\`${label}\`: ${what}; in a CI agent's own checkout, made again by its next job`, inv.span);
        return true;
      }
      // Round 37 (idm37): a tool that names no place of its own (`ssh test-mx 'postsuper -d ALL'`) acts where the line
      // already went: every target found before it in a dev tier is a dev target too.
      if (rule?.devWrite && (target.environment === 'dev' || (target.environment === null && (inv.env.remotePlaces?.size ?? 0) > 0 && [...inv.env.remotePlaces!].every((t) => tierOfEnvironment(inv.env.inventory, t.environment) === 'dev')) || localOnDevHost(inv, tool, target))) {
        b.verb('delete').finding('service_dev_delete', `\`${label}\`: ${what}; ${rule.devWrite}`, inv.span);
        return true;
      }
      b.verb('delete').destroy('service_destructive', `\`${label}\`: ${what}`, inv.span);
      b.summary(label);
      return true;
    case 'outage':
      b.verb('write').destroy('service_outage', `\`${label}\`: ${what}`, inv.span);
      b.summary(label);
      return true;
    case 'safeguard':
      b.verb('write').destroy('safeguard_off', `\`${label}\`: ${what}`, inv.span);
      b.summary(label);
      return true;
    case 'delete':
      b.verb('delete').finding('service_delete', `\`${label}\`: ${what}`, inv.span);
      return true;
    case 'permissions':
      b.verb('permissions');
      return true;
    case 'admin':
      b.verb('permissions').destroy('admin_grant', `\`${label}\`: ${what}`, inv.span);
      b.summary(label);
      return true;
    case 'opaque':
      b.opaque('service_unknown_operation', `\`${label}\`: ${what}`, inv.span);
      return true;
    case 'code':
      serviceCode(inv, args, rule!, label, target.environment !== null && tierOfEnvironment(inv.env.inventory, target.environment) === 'dev');
      return true;
    default:
      b.verb(effect);
      return true;
  }
}

/** `--help` for an entry with no rule of its own for it. */
const ANY_HELP: ServiceRule = { flags: ['--help'], effect: 'read', what: 'help' };

/** Effects that lose something or cannot be read: help after an operand does not excuse them unless the parser permutes. */
const LOSING_EFFECTS: ReadonlySet<ServiceEffect | 'fallback'> = new Set(['destroy', 'outage', 'safeguard', 'admin', 'opaque', 'code']);

/**
 * The rule a line matches with help read as the tool's parser reads it (ServiceTool.parser; round 40, rv40): a rule that
 * matched only by a help or version option (EXITS_EARLY) stands when the parser permutes, when the line loses nothing
 * without it, or when one of those options comes before the first operand after the subcommand words (the words the rule
 * matched without help names by its `sub`). Otherwise the rule matched without them decides: `pcs resource delete db
 * --help` is help (getopt permutes), `govc vm.destroy prod-db --help` destroys prod-db (Go's flag package stops at the
 * first operand), and a tool whose parser the entry does not name is read as stopping (fail closed).
 */
function helpAsParsed(tool: ServiceTool, rules: readonly ServiceRule[], args: Word[], operands: Word[], line: string, rule: ServiceRule | undefined, withoutHelp: (r: ServiceRule) => boolean, flagOf: (f: string) => string): ServiceRule | undefined {
  const byHelp = rule !== undefined && [...(rule.flags ?? []), ...(rule.allFlags ?? [])].some((f) => EXITS_EARLY.test(flagOf(f)));
  if (!byHelp || tool.parser === 'permutes') return rule;
  if (rule.flags !== undefined && rule.flags.some((f) => !EXITS_EARLY.test(flagOf(f)) && args.some((a) => a.value === flagOf(f)))) return rule;
  const other = rules.find((r) => r !== rule && withoutHelp(r));
  if (!LOSING_EFFECTS.has(other?.effect ?? tool.otherwise)) return rule;
  const commandWords = other?.sub?.exec(line)?.[0].trim().split(' ').filter(Boolean).length ?? 0;
  const end = operands[commandWords] === undefined ? args.length : args.indexOf(operands[commandWords]!);
  const helpWords = new Set([...(rule.flags ?? []), ...(rule.allFlags ?? [])].map(flagOf).filter((f) => EXITS_EARLY.test(f)));
  return args.slice(0, end).some((a) => a.value !== null && helpWords.has(a.value)) ? rule : other;
}

/** Runs the line a `remote` subcommand hands to the other side (`adb shell rm -rf /sdcard/x`) through the shell model. */
function remoteCommand(inv: Invocation, remote: NonNullable<ServiceTool['remote']>, args: Word[], head: Word): true {
  const b = inv.env.b.verb('exec');
  const label = `\`${inv.name} ${head.value ?? ''}\``;
  if (remote.option) {
    const at = args.findIndex((a) => remote.option!.includes(a.value ?? '') || remote.option!.some((o) => o.startsWith('--') && (a.value ?? '').startsWith(`${o}=`)));
    const given = at === -1 ? undefined : args[at]!.value!.includes('=') ? { ...args[at]!, value: args[at]!.value!.slice(args[at]!.value!.indexOf('=') + 1) } : args[at + 1];
    if (!given) b.opaque('interactive_shell', `${label} opens an interactive shell on ${remote.where}`, inv.span);
    else if (given.value === null) b.opaque('remote_dynamic_command', `the command ${label} runs on ${remote.where} is not fixed`, inv.span);
    else inv.runSource(given.value, null, `${label} on ${remote.where}`);
    return true;
  }
  const valued = new Set(remote.valued);
  let i = args.indexOf(head) + 1;
  while (i < args.length && (args[i]!.value ?? '').startsWith('-') && args[i]!.value !== '-') i += valued.has(args[i]!.value!) ? 2 : 1;
  const rest = args.slice(i);
  if (rest.length === 0) {
    if (inv.stdin?.text) inv.runSource(inv.stdin.text, null, `${label} reading its input on ${remote.where}`);
    // SECURITY: an interactive shell, or commands from an input the action does not show.
    else b.opaque(inv.stdin ? 'shell_stdin_dynamic' : 'interactive_shell', `${label} runs ${inv.stdin ? `commands from ${inv.stdin.producer}` : 'an interactive shell'} on ${remote.where}`, inv.span);
    return true;
  }
  if (rest.some((w) => w.value === null)) {
    b.opaque('remote_dynamic_command', `the command ${label} runs on ${remote.where} is not fixed`, inv.span);
    return true;
  }
  let line = rest.map((w) => w.value).join(' ');
  const up = remote.elevate?.exec(line);
  if (up) {
    b.finding('elevated', `${label} runs the command as root on ${remote.where}`, inv.span);
    line = line.slice(up[0].length);
  }
  for (const [from, to] of remote.aliases ?? []) line = line.replace(from, to);
  inv.runSource(line, null, `${label} on ${remote.where}`);
  return true;
}

/**
 * A catalogue entry's dry run (`dryRun`), on after the last of its words (common.ts `lastSwitch`): `--dry-run=client` too,
 * and not when a later `--dry-run=none`, `--dry-run=false` or `--no-dry-run` switches it off (round 39, atk39).
 */
function catalogueDryRun(args: readonly Word[], dryRun: readonly string[], bundles: boolean): boolean {
  const valued = !dryRun.includes('--dry-run') && args.some((a) => a.value?.startsWith('--dry-run=') === true);
  return lastSwitch(args, valued ? [...dryRun, '--dry-run'] : dryRun, bundles);
}
