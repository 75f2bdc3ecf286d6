import type { JsonObject } from '../../core/index.ts';
import { fhirResourceById } from '../clinical-http.ts';

/**
 * Round 44 (nx44; the lead's answer 453.2): a FHIR server's MCP tool that deletes one resource by its type and id
 * (`fhir_delete {resourceType: "Observation", id: "obs-7731"}`) is the DELETE of `Observation/obs-7731` that
 * clinical-http.ts narrows (365.1: HAPI, Google's Healthcare API and HealthLake keep the resource's history, Azure's FHIR
 * service soft-deletes). Only those two arguments: a search, `_cascade`, `hardDelete` or any other argument is more than one
 * resource kept, and a tool of an EHR's own store (`delete_observation {observation_id}` on `ehr`), not known to keep
 * versions, stays destructive (fail closed).
 */

/** Argument keys (no case or separators) that give the resource's type, and its id. */
const TYPE_KEYS = new Set(['resourcetype', 'type']);
const ID_KEYS = new Set(['id', 'resourceid', 'logicalid']);
const norm = (k: string): string => k.toLowerCase().replace(/[-_\s]/g, '');

/** The tool is a FHIR server's (the server's or the tool's name says `fhir`), deletes, and is given one resource's type and id, nothing else. */
export function deletesOneFhirResource(ws: readonly string[], serverWords: readonly string[], args: JsonObject): boolean {
  if (![...serverWords, ...ws].some((w) => w === 'fhir') || !ws.includes('delete') || ws.some((w) => /^(all|bulk|batch|many|cascade|expunge|purge|history|hard)$|s$/.test(w))) return false;
  const entries = Object.entries(args);
  const type = entries.filter(([k]) => TYPE_KEYS.has(norm(k)));
  const id = entries.filter(([k]) => ID_KEYS.has(norm(k)));
  return entries.length === 2 && type.length === 1 && id.length === 1 && fhirResourceById(type[0]![1], id[0]![1]);
}
