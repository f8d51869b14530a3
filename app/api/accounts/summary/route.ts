import { handleAccountsSummary } from "@/lib/all-accounts/server/summary-route";

/** Open tickets per account, streamed as accounts answer. */
export const GET = (request: Request) => handleAccountsSummary(request);
