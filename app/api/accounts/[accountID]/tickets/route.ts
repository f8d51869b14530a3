import type { NextRequest, NextResponse } from "next/server";
import { listTicketPage } from "@/lib/moov/tickets";
import { listQuerySchema } from "@/lib/tickets/schemas";
import { errorResponse, handleRead } from "@/lib/tickets/server/read-handler";

type Context = { params: Promise<{ accountID: string }> };

export async function GET(request: NextRequest, { params }: Context): Promise<NextResponse> {
  const { accountID } = await params;
  const query = listQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    return errorResponse({
      status: 400,
      code: "bad_request",
      message: "The ticket filters in this address are not valid.",
    });
  }
  const { cursor, ...filters } = query.data;
  return handleRead(accountID, (moov, id) => listTicketPage(moov, id, filters, cursor));
}
