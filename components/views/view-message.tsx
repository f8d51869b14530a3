import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { EyeOff } from "@/components/ui/icons";

type ViewMessageProps =
  | { kind: "no-access"; name: string; accounts: number }
  | { kind: "not-found" };

/** Why a saved view's link opens no queue; the accounts it names are counted, never named. */
export function ViewMessage(props: ViewMessageProps) {
  const title =
    props.kind === "no-access" ? `You can't open “${props.name}”` : "This view does not exist";
  const detail =
    props.kind === "no-access"
      ? props.accounts === 1
        ? "This view is of an account you don't act for, so its tickets are not shown. Ask the person who shared it, or your administrator, for access."
        : `This view is of ${props.accounts} accounts you don't act for, so their tickets are not shown. Ask the person who shared it, or your administrator, for access.`
      : "It may have been deleted, or the link is incomplete.";
  return (
    <section
      aria-labelledby="view-message-heading"
      className="flex flex-col items-start gap-3 rounded-lg border border-line bg-surface p-6"
    >
      <EyeOff className="size-6 text-ink-muted" />
      <h1 id="view-message-heading" className="text-xl font-semibold">
        {title}
      </h1>
      <p className="text-ink-muted">{detail}</p>
      <Link href="/" className={buttonVariants({ variant: "secondary" })}>
        Go to your tickets
      </Link>
    </section>
  );
}
