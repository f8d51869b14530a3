import type { NextRequest, NextResponse } from "next/server";
import { getTicket } from "@/lib/moov/tickets";
import { idSchema } from "@/lib/tickets/schemas";
import { handleRead, notFoundResponse } from "@/lib/tickets/server/read-handler";

type Context = { params: Promise<{ accountID: string; ticketID: string }> };

export async function GET(_request: NextRequest, { params }: Context): Promise<NextResponse> {
  const { accountID, ticketID } = await params;
  const id = idSchema.safeParse(ticketID);
  if (!id.success) return notFoundResponse();
  return handleRead(accountID, (moov, account) => getTicket(moov, account, id.data));
}
