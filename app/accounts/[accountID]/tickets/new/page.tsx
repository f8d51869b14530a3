import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { idSchema } from "@/lib/tickets/schemas";

export const metadata: Metadata = { title: "New ticket" };

export default async function NewTicketPage({
  params,
}: {
  params: Promise<{ accountID: string }>;
}) {
  const { accountID } = await params;
  if (!idSchema.safeParse(accountID).success) notFound();
  return <NewTicketForm accountID={accountID} />;
}
