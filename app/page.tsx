import { redirect } from "next/navigation";
import { requireAgent } from "@/lib/auth/agent";

/** Home is the queue of the account the agent is working on now. */
export default async function HomePage() {
  const agent = await requireAgent();
  redirect(`/accounts/${agent.accountID}/tickets`);
}
