import { z } from 'zod';
import { MATCHER_KINDS } from '../core/index.ts';

/**
 * The shape of `portcullis.yaml`. Every object is strict: an unknown key (a typo like `aprovals:`)
 * is an error, never a silently ignored control.
 */
const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a name of letters, digits, `.`, `_` or `-`');
const duration = z.string().regex(/^[0-9]+(ms|s|m|h|d)$/, 'must be a duration like `90s`, `15m`, `1h` or `7d`');
const patterns = z.array(z.string().min(1)).min(1);

const match = z.strictObject(Object.fromEntries(MATCHER_KINDS.map((k) => [k, patterns.optional()])) as Record<(typeof MATCHER_KINDS)[number], z.ZodOptional<typeof patterns>>);

export const configSchema = z.strictObject({
  version: z.literal(1),
  store: z.string().min(1).optional(),
  policies: z.array(z.string().min(1)).min(1).optional(),
  unknown_environment: z.enum(['production', 'staging', 'dev', 'sandbox']).optional(),
  humans: z.record(
    name,
    z.strictObject({
      name: z.string().optional(),
      groups: z.array(name).default([]),
    }),
  ),
  roles: z.record(name, z.strictObject({ description: z.string().optional() })),
  agents: z.record(
    name,
    z.strictObject({
      role: name,
      operator: name,
      home: name.nullable().optional(),
      parent: name.optional(),
      description: z.string().optional(),
    }),
  ),
  environments: z.record(
    name,
    z.strictObject({
      tier: z.enum(['production', 'staging', 'dev', 'sandbox']),
      tags: z.array(z.string()).default([]),
      match: match.default({}),
    }),
  ),
  approvals: z
    .strictObject({
      required: z.number().int().min(1).max(99).optional(),
      pending_ttl: duration.optional(),
      approved_ttl: duration.optional(),
      solo: z.boolean().optional(),
    })
    .optional(),
  control_plane: z.strictObject({ paths: z.array(z.string().min(1)) }).optional(),
});

export type RawConfig = z.infer<typeof configSchema>;
