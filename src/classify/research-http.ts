/**
 * Round 43 (nx43; the lead's answer 450, bl42sci's first contact): HTTP requests to the research-data services a
 * scientific computing team works with, as data, each from the API's own reference.
 *
 * Losing nothing whatever the method says (read by rest-apis.ts `restApiNoLoss`, for an agent's HTTP tool and curl alike):
 * - Zenodo "Delete" of a deposition or of one of its files (`DELETE /api/deposit/depositions/ID[/files/FILE_ID]`): "only
 *   unpublished depositions may be deleted" (a published one answers 403), so an unpublished draft by its id (450.1, 53);
 * - Dataverse "Delete Dataset Draft" (`DELETE /api/datasets/ID/versions/:draft`): the draft version only, every published
 *   version stays (450.1);
 * - REDCap "Delete Records" (`content=record&action=delete&records[0]=…`) of a short fixed list of literal record names
 *   (answers 53, 357.2, 430.1).
 *
 * Losses no older rule read (researchRequestEffect, read by other-kinds.ts httpBodyEffects):
 * - REDCap "Import Records" with `overwriteBehavior=overwrite`: "blank/empty values are valid and will overwrite data", so
 *   every field the file leaves empty is erased in every record it names;
 * - LabKey "truncateTable" (`query-truncateTable.api`, `query/…/truncateTable.api`): every row of the table or list;
 * - Globus Transfer "Submit a transfer task" with `delete_destination_extra: true`: what the source lacks is deleted from
 *   the destination (the CLI's `--delete`);
 * - Zenodo "Publish" and Dataverse "Publish a Dataset": a DOI minted and the record public, not undone (450.2).
 */
import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';
import { SHORT_FIXED_LIST } from './retention.ts';

const END = String.raw`\/?(?:\?|#|$)`;
const ZENODO_DRAFT = new RegExp(String.raw`^https?:\/\/(?:sandbox\.)?zenodo\.org\/api\/deposit\/depositions\/[0-9]+(?:\/files\/[0-9a-f-]+)?${END}`, 'i');
const DATAVERSE_DRAFT = new RegExp(String.raw`^https?:\/\/[^/?#]+\/api\/(?:v1\/)?datasets\/(?:[0-9]+|:persistentId)\/versions\/:draft${END}`, 'i');
/** A REDCap API endpoint: `/api/` at the top or under REDCap's own folder (`/redcap/api/`). */
const REDCAP_API = /^https?:\/\/[^/?#]+\/(?:redcap\/)?api\/?(?:\?|#|$)/i;
const LABKEY_TRUNCATE = /^https?:\/\/[^?#]+\/(?:query-truncateTable\.api|query\/[^?#]*truncateTable\.api)(?:\?|#|$)/i;
/** Zenodo "Publish" (not its sandbox) and Dataverse "Publish a Dataset" (`actions/:publish`). */
const PUBLISH = /^https?:\/\/(?:zenodo\.org\/api\/deposit\/depositions\/[0-9]+\/actions\/publish|[^/?#]+\/api\/(?:v1\/)?datasets\/(?:[0-9]+|:persistentId)\/actions\/:publish)\/?(?:\?|#|$)/i;
const GLOBUS_TRANSFER = /^https?:\/\/transfer\.api\.globus(?:online)?\.org\/v0\.10\/transfer\/?(?:\?|#|$)/i;

/** A form body's fields (a JSON object's string and number values as they would be posted); null for any other body. */
function formFields(body: JsonValue | undefined): URLSearchParams | null {
  if (typeof body === 'string') return new URLSearchParams(body);
  if (!isJsonObject(body)) return null;
  return new URLSearchParams(Object.entries(body).flatMap(([k, v]): Array<[string, string]> => (typeof v === 'string' || typeof v === 'number' ? [[k, String(v)]] : [])));
}

/**
 * Round 44 (atk44): the fields "Delete Records" takes that only say who asks and how the answer is sent. Any other
 * (`delete_logging=1` deletes the records' audit trail too; `arm`, `instrument`, `event` change what is deleted) is more
 * than the records named.
 */
const REDCAP_DELETE_PLAIN_FIELD = /^(token|content|action|format|returnFormat|records\[\d*\])$/;

/**
 * REDCap "Delete Records" of at most SHORT_FIXED_LIST records, each named by a literal record name, and nothing else.
 * Round 44 (atk44): no field beyond REDCAP_DELETE_PLAIN_FIELD.
 */
function redcapFewRecordsDeleted(url: string, body: JsonValue | undefined): boolean {
  const form = REDCAP_API.test(url) ? formFields(body) : null;
  if (form === null || form.get('content') !== 'record' || form.get('action') !== 'delete') return false;
  const keys = [...form.keys()];
  if (keys.some((k) => !REDCAP_DELETE_PLAIN_FIELD.test(k))) return false;
  const records = [...form.entries()].filter(([k]) => /^records\[\d*\]$/.test(k)).map(([, v]) => v);
  return records.length > 0 && records.length <= SHORT_FIXED_LIST && records.every((r) => /^[\w.-]+$/.test(r));
}

/** Why this research-data request loses nothing, or null. */
export function researchNoLoss(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method === 'DELETE' && ZENODO_DRAFT.test(url)) return 'deletes an unpublished Zenodo deposition (or one of its files) by its id: Zenodo refuses a published one (answers 450.1, 53)';
  if (method === 'DELETE' && DATAVERSE_DRAFT.test(url)) return "deletes a Dataverse dataset's draft version only: its published versions stay (answer 450.1)";
  if (method === 'POST' && redcapFewRecordsDeleted(url, body)) return 'deletes a short fixed list of REDCap records by their literal names (answers 53, 357.2, 430.1)';
  return null;
}

export interface ResearchEffect {
  code: string;
  why: string;
  deletes: boolean;
}

/** The loss of a POST to one of these APIs, or null. */
export function researchRequestEffect(method: string, url: string, body: JsonValue | undefined): ResearchEffect | null {
  if (method !== 'POST') return null;
  const form = REDCAP_API.test(url) ? formFields(body) : null;
  if (form !== null && form.get('content') === 'record' && (form.get('action') ?? 'import') === 'import' && form.get('overwriteBehavior') === 'overwrite') {
    return { code: 'records_overwritten', why: 'a REDCap import with `overwriteBehavior=overwrite` erases every field its data leaves empty', deletes: true };
  }
  if (LABKEY_TRUNCATE.test(url)) return { code: 'table_truncated', why: "LabKey's truncateTable deletes every row of the table or list", deletes: true };
  const json = typeof body === 'string' ? parseJson(body) : body;
  if (GLOBUS_TRANSFER.test(url) && isJsonObject(json) && (json['delete_destination_extra'] === true || json['delete_destination_extra'] === 'true')) {
    return { code: 'destination_pruned', why: 'a Globus transfer with `delete_destination_extra` deletes from the destination what the source does not hold', deletes: true };
  }
  if (PUBLISH.test(url)) return { code: 'public_release', why: 'publishes the record with a DOI: a public release is not undone (answer 450.2)', deletes: false };
  return null;
}
