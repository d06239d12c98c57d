import type { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { AuditEntry } from "../../../domain/audit/schemas";

/**
 * A spreadsheet runs a cell that starts with =, +, - or @ as a formula; prefixing a quote keeps
 * exported text inert (OWASP "CSV injection").
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const columns = ["id", "at", "actor", "actor_id", "action", "entity_type", "entity_id", "before", "after"];

export function auditCsv(batches: AsyncIterable<AuditEntry[]>): Readable {
  const csv = stringify({ header: true, columns });
  void (async () => {
    try {
      for await (const batch of batches) {
        for (const e of batch) {
          const row = [e.id, e.at, e.actor.label, e.actor.id ?? "", e.action, e.entityType, e.entityId ?? "", json(e.before), json(e.after)];
          if (!csv.write(row.map(neutralizeCell))) await new Promise((resolve) => csv.once("drain", resolve));
        }
      }
      csv.end();
    } catch (error) {
      csv.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return csv;
}

function json(value: unknown): string {
  return value === null || value === undefined ? "" : JSON.stringify(value);
}
