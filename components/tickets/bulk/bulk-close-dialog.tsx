"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { SelectableTicket } from "@/lib/tickets/selection";
import type { BulkItem } from "@/lib/tickets/use-bulk-close";
import { BulkOutcome } from "./bulk-outcome";

type Props = {
  open: boolean;
  /** The selection, shown before the close is confirmed. */
  selected: readonly SelectableTicket[];
  /** The close under way or finished: each ticket with its state. */
  items: readonly BulkItem[];
  running: boolean;
  withAccount: boolean;
  onConfirm: () => void;
  onRetryFailed: () => void;
  onHide: () => void;
  fallbackFocus?: () => HTMLElement | null;
};

const plural = (count: number) => (count === 1 ? "1 ticket" : `${count} tickets`);

/** "2 closed, 1 already closed, 1 not closed": the counts that are not zero, in words. */
export function bulkSummary(items: readonly BulkItem[]): string {
  const count = (state: BulkItem["state"]) => items.filter((item) => item.state === state).length;
  const parts = [
    [count("closed"), "closed"],
    [count("already-closed"), "already closed"],
    [count("failed"), "not closed"],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(", ");
}

/**
 * One confirm for the whole selection, listing every ticket (and its
 * account); once confirmed, the same list shows each ticket's progress and
 * outcome, with Retry failed for the ones that were not closed.
 */
export function BulkCloseDialog(props: Props) {
  const { open, selected, items, running, withAccount } = props;
  const confirming = items.length === 0;
  // Confirming (or Retry failed) removes the focused button: focus moves on to Hide / Done,
  // not to the page's body.
  const finish = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open && !confirming && running) finish.current?.focus();
  }, [open, confirming, running]);
  const settled = items.filter((item) => item.state !== "waiting" && item.state !== "closing");
  const failed = items.filter((item) => item.state === "failed").length;
  const title = confirming
    ? `Close ${plural(selected.length)}?`
    : running
      ? `Closing ${plural(items.length)}`
      : `${plural(items.length)}: ${bulkSummary(items)}`;

  return (
    <Dialog
      open={open}
      onClose={props.onHide}
      fallbackFocus={props.fallbackFocus}
      title={title}
      actions={
        <>
          {/* The confirm starts focused: it was asked for by Close N tickets or Shift+C,
              and Enter confirms it (Escape or "Keep them open" backs out). */}
          {confirming ? (
            <>
              <Button onClick={props.onHide}>Keep them open</Button>
              <Button data-autofocus variant="danger" onClick={props.onConfirm}>
                Close {plural(selected.length)}
              </Button>
            </>
          ) : (
            <>
              {!running && failed > 0 ? (
                <Button onClick={props.onRetryFailed}>Retry failed ({failed})</Button>
              ) : null}
              <Button
                ref={finish}
                data-autofocus
                variant={running ? "secondary" : "primary"}
                onClick={props.onHide}
              >
                {running ? "Hide (keeps closing)" : "Done"}
              </Button>
            </>
          )}
        </>
      }
      description={
        confirming ? (
          <p>
            These will be closed <strong className="text-ink">permanently</strong>. Moov cannot
            reopen a closed ticket.
          </p>
        ) : (
          <p role="status" aria-live="polite">
            {settled.length} of {items.length} done
            {settled.length > 0 ? `: ${bulkSummary(items)}` : ""}.
          </p>
        )
      }
    >
      <ul className="rounded-md border border-line px-3" aria-label="Tickets">
        {confirming
          ? selected.map((ticket) => (
              <BulkOutcome
                key={`${ticket.accountID}/${ticket.ticketID}`}
                item={{ ticket, state: "waiting" }}
                withAccount={withAccount}
                hideState
              />
            ))
          : items.map((item) => (
              <BulkOutcome
                key={`${item.ticket.accountID}/${item.ticket.ticketID}`}
                item={item}
                withAccount={withAccount}
              />
            ))}
      </ul>
    </Dialog>
  );
}
