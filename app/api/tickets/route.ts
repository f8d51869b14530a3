import { handleMergedQueue } from "@/lib/all-accounts/server/queue-route";

/** The all-accounts queue, one page at a time, streamed as accounts answer. */
export const GET = (request: Request) => handleMergedQueue(request);
