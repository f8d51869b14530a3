import { Button } from "@/components/ui/button";
import { LogOut } from "@/components/ui/icons";
import type { AgentSession } from "@/lib/auth/agent";
import { authRoutes } from "@/lib/auth/paths";

const kindLabels: Record<AgentSession["kind"], string> = {
  account: "Account agent",
  partner: "Partner agent",
};

/**
 * The signed-in person and Sign out (a POST form: works without client JS).
 * In the header's row the name shows from 640 px up; in the phone menu it
 * always shows, beside Sign out.
 */
export function SignedInPerson({
  agent,
  inMenu = false,
}: {
  agent: AgentSession;
  inMenu?: boolean;
}) {
  return (
    <div className={inMenu ? "flex items-center justify-between gap-3" : "flex items-center gap-3"}>
      <div className={inMenu ? "min-w-0 text-sm" : "hidden text-right text-sm sm:block"}>
        <p className="font-medium text-ink">{agent.name}</p>
        <p className="text-xs break-words text-ink-muted">
          {agent.email} · {kindLabels[agent.kind]}
        </p>
      </div>
      <form method="post" action={authRoutes.signOut}>
        <Button type="submit" size="sm" variant="ghost">
          <LogOut className="size-4" />
          Sign out
        </Button>
      </form>
    </div>
  );
}
