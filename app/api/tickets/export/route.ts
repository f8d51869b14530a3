import { handleMergedExport } from "@/lib/export/server/export-routes";

/** The all-accounts queue as a CSV file, every page of every account, streamed (lib/export). */
export const GET = (request: Request) => handleMergedExport(request);
