/**
 * Round 43 (bl43med): HTTP requests to a clinical data platform's own servers, as data: FHIR servers (HAPI FHIR, Azure
 * Health Data Services, Google Cloud Healthcare, AWS HealthLake), Orthanc's REST API and Mirth Connect's (NextGen
 * Connect's) REST API. Read by rest-apis.ts (`restApiNoLoss`: what loses nothing whatever its method says) and
 * other-kinds.ts (`httpBodyEffects`: what a POST, PATCH or PUT destroys, whoever sends it).
 *
 * Labels (blind43-med.yaml's description): one FHIR resource deleted by its id is a soft delete, the server keeps its
 * versions (answer 365.1: one object that keeps versions is narrowed); `$expunge` and `$purge` remove those versions for
 * good, conditional deletes inside a transaction bundle delete by a search (decision 32), and a `$merge` that deletes the
 * source patient loses it; Orthanc's `/tools/reset` restarts the server, `/tools/shutdown` stops it, a Lua script that
 * calls `RestApiDelete` deletes what it names and `KeepSource: false` deletes the original of a modified copy; a Mirth
 * channel undeployed, stopped, halted or paused stops its interface.
 */
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../core/index.ts';
import { decodeURIComponentSafe, urlPath } from './environment.ts';

/** What a request does, when this module knows it. */
export interface ClinicalEffect {
  code: 'service_outage' | 'data_erased';
  why: string;
  deletes: boolean;
}

function asObject(v: JsonValue | undefined): JsonObject | null {
  const parsed = typeof v === 'string' ? parseJson(v) : v;
  return isJsonObject(parsed) ? parsed : null;
}

/** The URL's host (lower case, without port) and path without its query (`/fhir/Patient/123`). */
const hostOf = (url: string): string => (/^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]*)/i.exec(url)?.[1] ?? '').toLowerCase();
/**
 * Round 44 (atk44): the path as the server reads it, its percent-escapes decoded (`/fhir/%24expunge` is `$expunge`,
 * Mirth's `/api/channels/%5Fstop` is `_stop`): what an operation or action is matched against.
 */
const decodedPathOf = (url: string): string => decodeURIComponentSafe(urlPath(url));

/**
 * FHIR R4 resource types (hl7.org/fhir/R4/resourcelist.html) an agent of a clinical team reads and writes: the names a
 * FHIR server takes as the path segment before a resource's id.
 */
const FHIR_TYPE = /^(Account|AllergyIntolerance|Appointment|AppointmentResponse|AuditEvent|Basic|Binary|BodyStructure|CarePlan|CareTeam|ChargeItem|Claim|ClaimResponse|ClinicalImpression|CodeSystem|Communication|CommunicationRequest|Composition|ConceptMap|Condition|Consent|Contract|Coverage|Device|DeviceRequest|DeviceUseStatement|DiagnosticReport|DocumentReference|Encounter|Endpoint|EpisodeOfCare|ExplanationOfBenefit|FamilyMemberHistory|Flag|Goal|Group|HealthcareService|ImagingStudy|Immunization|Invoice|Library|List|Location|Measure|MeasureReport|Media|Medication|MedicationAdministration|MedicationDispense|MedicationRequest|MedicationStatement|NutritionOrder|Observation|OperationDefinition|Organization|Patient|Person|Practitioner|PractitionerRole|Procedure|Provenance|Questionnaire|QuestionnaireResponse|RelatedPerson|RequestGroup|RiskAssessment|Schedule|ServiceRequest|Slot|Specimen|StructureDefinition|Subscription|Task|ValueSet)$/;
/**
 * A FHIR logical id (hl7.org/fhir/R4/datatypes.html#id): letters, digits, `-` and `.`, at most 64. Round 44 (atk44): not
 * dots alone, a dot segment (`Observation/.` is sent as `DELETE /fhir/Observation/`, a type-level delete).
 */
const FHIR_ID = /^(?!\.+$)[A-Za-z0-9.-]{1,64}$/;

/** One FHIR resource named by its type and its logical id (`Observation`, `obs-7731`): what an MCP FHIR tool deletes by id. */
export function fhirResourceById(type: unknown, id: unknown): boolean {
  return typeof type === 'string' && typeof id === 'string' && FHIR_TYPE.test(type) && FHIR_ID.test(id);
}

/** The URL is a FHIR server's: a path segment `fhir` (HAPI's `/fhir`, Google's `…/fhirStores/S/fhir`) or a FHIR version (HealthLake's `/r4`), or a host named for FHIR (Azure's `*.fhir.azurehealthcareapis.com`). */
function fhirUrl(url: string): boolean {
  const segments = urlPath(url).split('/');
  return segments.some((s) => /^(fhir|r4|r4b|r5|stu3|dstu3)$/i.test(s)) || hostOf(url).split(/[.-]/).some((w) => /^fhir\w*$/.test(w));
}

/** One resource by type and id, as the path's last two segments (`…/Observation/obs-7731`). */
function fhirInstance(url: string): boolean {
  const segments = urlPath(url).split('/');
  const id = segments[segments.length - 1] ?? '';
  return FHIR_TYPE.test(segments[segments.length - 2] ?? '') && FHIR_ID.test(id);
}

/**
 * Orthanc's REST API: a host named for it or its default HTTP port 8042 (orthanc.uclouvain.be, "REST API of Orthanc").
 * Round 44 (atk44): or a path segment `orthanc` before the route, as a reverse proxy serves it (the Orthanc Book's
 * "Orthanc behind a reverse proxy": `https://pacs.example/orthanc/tools/shutdown`).
 */
const orthancUrl = (url: string): boolean => /^[a-z]+:\/\/(?:[^@/?#]*@)?([^/?#]*orthanc[^/?#]*|[^/?#]*:8042)(\/|$)/i.test(url) || /\/orthanc\//i.test(decodedPathOf(url));

/**
 * Why a request loses nothing, or null: one FHIR resource deleted by its id with no query (the server keeps its
 * versions: HAPI and Google's Healthcare API keep the history until `$expunge`/`$purge`, Azure's FHIR service soft-deletes
 * unless `hardDelete`), a bulk export's poll URL deleted (cancels the export job; the store is untouched), and Orthanc's
 * `/tools/reset` (restarts the server and reloads its configuration: a restart).
 */
export function clinicalNoLoss(method: string, url: string, cascadeHeader?: string): string | null {
  const hasQuery = /\?/.test(url);
  // Round 44 (atk44): HAPI FHIR reads the cascade from the `X-Cascade: delete` header as from `_cascade=delete` (HAPI FHIR
  // docs, "Cascading Deletes"): any such header sent, the resources that reference it go too.
  if (method === 'DELETE' && fhirUrl(url) && !hasQuery && cascadeHeader === undefined && fhirInstance(url)) return 'one FHIR resource deleted by its id: the server keeps its versions (a soft delete, restored by writing the last version back)';
  if (method === 'DELETE' && fhirUrl(url) && /\/\$export-poll-status$/.test(urlPath(url))) return "cancels a FHIR bulk export job: the store's data is untouched";
  if (method === 'POST' && orthancUrl(url) && /\/tools\/reset$/.test(urlPath(url))) return "restarts Orthanc and reloads its configuration: it comes back by itself";
  return null;
}

/**
 * FHIR operations that remove resources' versions for good: HAPI's `$expunge`, Google's `$purge`, Azure's `$purge-history`
 * and `$bulk-delete`. Round 44 (atk44): HAPI's `$delete-expunge` (deletes what its URLs match and expunges it at once) and
 * `$mdm-clear` (deletes every MDM link and golden resource; HAPI FHIR docs, "MDM Operations").
 */
const FHIR_PURGE_OPERATION = /\/\$(expunge|purge|purge-history|bulk-delete|delete-expunge|mdm-clear)$/;

/** The bundle's DELETE entries that delete by a search or with their dependants (`Observation?subject=…`, `_cascade`). */
function bundleDeletesBySearch(body: JsonObject): string | null {
  if (body['resourceType'] !== 'Bundle' || !Array.isArray(body['entry'])) return null;
  const deletes = body['entry'].map((e) => asObject(asObject(e)?.['request'])).filter((r) => r !== null && String(r['method']).toUpperCase() === 'DELETE');
  const bySearch = deletes.find((r) => /[?$]|_cascade/.test(String(r!['url'] ?? '?')));
  if (bySearch) return `a ${String(body['type'] ?? 'bundle')} bundle deletes \`${String(bySearch['url'] ?? '(a URL not shown)')}\`: every resource the search matches`;
  return deletes.length > 10 ? `a bundle of ${deletes.length} deletes: more than a short list` : null;
}

/** A FHIR `Parameters` body's boolean parameter by name (`delete-source`). */
function booleanParameter(body: JsonObject, name: string): boolean {
  const params = Array.isArray(body['parameter']) ? body['parameter'] : [];
  return params.some((p) => asObject(p)?.['name'] === name && asObject(p)?.['valueBoolean'] === true);
}

/** Mirth Connect's channel actions that stop an interface (`POST /api/channels/ID/_undeploy`, `…/connector/N/_stop`, `/api/channels/_pause`). */
const MIRTH_CHANNEL_STOP = /\/api\/channels(\/[^/]+)?(\/connector\/-?\d+)?\/_(undeploy|stop|halt|pause)$/i;
/** Round 44 (atk44): Mirth's "Sets the enabled flag" (`POST /api/channels/ID/enabled/false`): a disabled channel is not deployed. */
const MIRTH_CHANNEL_DISABLE = /\/api\/channels\/[^/]+\/enabled\/false$/i;
/**
 * Round 44 (atk44): a Lua script that calls Orthanc's `RestApiDelete`, with parentheses or, as Lua allows, on a string
 * literal (`RestApiDelete '/studies/' .. id`, `RestApiDelete[[…]]`).
 */
const LUA_REST_DELETE = /\bRestApiDelete\s*[("'[]/;

/** The effect of a POST, PATCH or PUT to one of these servers, or null. */
export function clinicalRequestEffect(method: string, url: string, sent: JsonValue | undefined): ClinicalEffect | null {
  if (method !== 'POST') return null;
  const path = decodedPathOf(url);
  const body = asObject(sent);
  if (fhirUrl(url) || FHIR_PURGE_OPERATION.test(path)) {
    const purge = FHIR_PURGE_OPERATION.exec(path);
    if (purge) return { code: 'data_erased', why: `\`$${purge[1]}\` removes resources and their history for good`, deletes: true };
    const bundle = body ? bundleDeletesBySearch(body) : null;
    if (bundle) return { code: 'data_erased', why: bundle, deletes: true };
    if (/\/\$merge$/.test(path) && body && booleanParameter(body, 'delete-source')) return { code: 'data_erased', why: 'merges two patients and deletes the source patient', deletes: true };
  }
  if (orthancUrl(url)) {
    if (/\/tools\/shutdown$/.test(path)) return { code: 'service_outage', why: 'stops Orthanc: out of service until it is started again', deletes: false };
    const script = typeof sent === 'string' ? sent : '';
    if (/\/tools\/execute-script$/.test(path) && LUA_REST_DELETE.test(script)) return { code: 'data_erased', why: 'runs a Lua script on the server that deletes through the REST API', deletes: true };
    if (/\/(patients|studies|series|instances)\/[^/]+\/(modify|anonymize)$/.test(path) && body?.['KeepSource'] === false) return { code: 'data_erased', why: '`KeepSource: false` deletes the original resource once the copy is written', deletes: true };
  }
  if (MIRTH_CHANNEL_DISABLE.test(path)) return { code: 'service_outage', why: 'disables a Mirth Connect channel: its interface is not deployed again', deletes: false };
  if (MIRTH_CHANNEL_STOP.test(path)) return { code: 'service_outage', why: `${/_(\w+)$/.exec(path)![1]}s Mirth Connect channels: their interfaces stop taking messages`, deletes: false };
  return null;
}
