import { z } from "zod";
import type { AreaRows, MatrixKit } from "./kit";

/*
 * CSV import and pipeline export (R-B6). Imports need import.run: owners, admins and partner
 * managers (each partner manager may run one; which rows they may update is the report's
 * business, not the route's). The export is the board's: staff readers. Partner users get none
 * of this (403), globex's owner is no member of acme (404), the read token holds only
 * partners:read (imports need partners:write, the export recruiting:read).
 *   anon  own  adm  mgr  mg2  int  vwr  aAd  aMb  bAd  glx  tok  rev
 */

const Preview = z.object({ id: z.string() });
const mapping = ["name", "website", "type"];

/** A fresh import of two unique partners, uploaded by the owner (raw CSV body, no content type, a .csv name). */
async function freshImport(kit: MatrixKit) {
  const n = kit.next();
  const csv = Buffer.from(`Company,Website,Partner Type\nMatrix Import ${n},matrix-import-${n}.example,Reseller\n`);
  const response = await kit.asOwner("POST", `/api/w/acme/imports?fileName=matrix-${n}.csv`, csv);
  return Preview.parse(response.json()).id;
}

let dryRunImport: Promise<string> | undefined;
/** One import that has had a dry run, for the report download. */
function importWithDryRun(kit: MatrixKit) {
  dryRunImport ??= freshImport(kit).then(async (id) => {
    await kit.asOwner("POST", `/api/w/acme/imports/${id}/dry-run`, { mapping });
    return id;
  });
  return dryRunImport;
}

export const importsRows: AreaRows = (kit) => ({
  "POST /api/w/{ws}/imports": {
    expect: /*                               */ [401, 201, 201, 201, 201, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: () => {
      const n = kit.next();
      return { url: `/api/w/acme/imports?fileName=matrix-${n}.csv`, body: Buffer.from(`Company,Website\nMatrix Upload ${n},upload-${n}.example\n`) };
    },
  },
  "GET /api/w/{ws}/imports/{importId}": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/imports/${await importWithDryRun(kit)}` }),
  },
  "POST /api/w/{ws}/imports/{importId}/dry-run": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/imports/${await importWithDryRun(kit)}/dry-run`, body: { mapping } }),
  },
  "GET /api/w/{ws}/imports/{importId}/report.csv": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/imports/${await importWithDryRun(kit)}/report.csv` }),
  },
  "POST /api/w/{ws}/imports/{importId}/commit": {
    expect: /*                               */ [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401],
    prepare: async () => ({ url: `/api/w/acme/imports/${await freshImport(kit)}/commit`, body: { mapping } }),
  },
  "GET /api/w/{ws}/imports/sample.csv": /*  */ { expect: [401, 200, 200, 200, 200, 403, 403, 403, 403, 403, 404, 403, 401] },
  "GET /api/w/{ws}/pipeline/export.csv": /* */ { expect: [401, 200, 200, 200, 200, 403, 200, 403, 403, 403, 404, 403, 401] },
});
