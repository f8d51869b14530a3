"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { buttonVariants } from "@/components/ui/button";

/** Shared by the tickets segments' not-found pages; links back to the queue of the account in the URL. */
export function NotFoundMessage() {
  const params = useParams<{ accountID?: string }>();
  return (
    <section
      aria-labelledby="not-found-heading"
      className="flex flex-col items-start gap-3 rounded-lg border border-line bg-surface p-6"
    >
      <h1 id="not-found-heading" className="text-xl font-semibold">
        Ticket not found
      </h1>
      <p className="text-ink-muted">
        This ticket does not exist, or it belongs to an account you are not working on right now.
      </p>
      {params.accountID ? (
        <Link
          href={`/accounts/${params.accountID}/tickets`}
          className={buttonVariants({ variant: "secondary" })}
        >
          Back to tickets
        </Link>
      ) : null}
    </section>
  );
}
