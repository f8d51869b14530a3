import { NotFoundMessage } from "@/components/tickets/not-found-message";

export default function TicketsNotFound() {
  return <NotFoundMessage />;
}
