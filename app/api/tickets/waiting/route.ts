import { handleWaiting } from "@/lib/tickets/server/waiting-route";

/** Who wrote the first and latest message of a few open tickets: their waiting lines. */
export const GET = (request: Request) => handleWaiting(request);
