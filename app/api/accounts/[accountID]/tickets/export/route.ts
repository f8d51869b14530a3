import { handleAccountExport } from "@/lib/export/server/export-routes";

type Context = { params: Promise<{ accountID: string }> };

/** The account's queue as a CSV file, every page of it, streamed (lib/export). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { accountID } = await params;
  return handleAccountExport(request, accountID);
}
