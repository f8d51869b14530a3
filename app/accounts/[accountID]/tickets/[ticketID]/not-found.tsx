import { NotFoundMessage } from "@/components/tickets/not-found-message";

export default function TicketNotFound() {
  return <NotFoundMessage />;
}
