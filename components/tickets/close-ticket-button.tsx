"use client";

import { useIsMutating } from "@tanstack/react-query";
import { useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Lock } from "@/components/ui/icons";
import { writeFailureTitle } from "@/lib/errors/messages";
import type { TicketDTO } from "@/lib/tickets/dto";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { closeFailure, useCloseTicket } from "@/lib/tickets/use-close-ticket";
import type { Notice } from "../ui/action-notice";
import { CloseTicketDialog } from "./close-ticket-dialog";

type CloseTicketButtonProps = {
  accountID: string;
  ticket: Pick<TicketDTO, "ticketID" | "number" | "title">;
  onNotice: (notice: Notice) => void;
  /** Where focus goes if this button disappears while focused (the ticket left the list, or is now closed). */
  fallbackFocus: () => HTMLElement | null;
  size?: "sm" | "md";
};

/**
 * Close with a confirmation first; one close per ticket at a time, wherever
 * its buttons are (a close running anywhere, from a row, the ticket page or a
 * bulk close, shows here as "Closing…").
 *
 * The confirmation and the close itself mount on the first Close and stay: a
 * queue renders a button per row, and twenty dialogs and mutation observers
 * would cost every server render and hydration for nothing.
 */
export function CloseTicketButton({
  accountID,
  ticket,
  onNotice,
  fallbackFocus,
  size = "md",
}: CloseTicketButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [armed, setArmed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const busy = useIsMutating({ mutationKey: ticketKeys.close(accountID, ticket.ticketID) }) > 0;

  const focusFallback = useRef(fallbackFocus);
  focusFallback.current = fallbackFocus;
  useLayoutEffect(() => {
    const element = button.current;
    return () => {
      if (element && document.activeElement === element) {
        requestAnimationFrame(() => focusFallback.current()?.focus());
      }
    };
  }, []);

  return (
    <>
      <Button
        ref={button}
        variant="secondary"
        size={size}
        aria-disabled={busy}
        aria-label={size === "sm" ? `Close ticket #${ticket.number}` : undefined}
        onClick={() => {
          if (busy) return;
          setArmed(true);
          setConfirming(true);
        }}
        className={busy ? "cursor-progress opacity-60" : undefined}
      >
        <Lock className="size-3.5" />
        {busy ? "Closing…" : size === "sm" ? "Close" : "Close ticket"}
      </Button>
      {armed ? (
        <CloseConfirmation
          accountID={accountID}
          ticket={ticket}
          open={confirming}
          busy={busy}
          onDismiss={() => setConfirming(false)}
          onNotice={onNotice}
          fallbackFocus={fallbackFocus}
        />
      ) : null}
    </>
  );
}

type CloseConfirmationProps = Omit<CloseTicketButtonProps, "size"> & {
  open: boolean;
  busy: boolean;
  onDismiss: () => void;
};

/** The dialog and the close it confirms, with the notice each outcome gives. */
function CloseConfirmation({
  accountID,
  ticket,
  open,
  busy,
  onDismiss,
  onNotice,
  fallbackFocus,
}: CloseConfirmationProps) {
  const mutation = useCloseTicket(accountID, ticket.ticketID, {
    onClosed: () => onNotice({ tone: "success", message: `Ticket #${ticket.number} is closed.` }),
    onFailed: (error) => {
      const failure = closeFailure(error);
      const tone = failure.code === "conflict" ? "info" : "error";
      onNotice({
        tone,
        message: failure.message,
        code: failure.code,
        requestId: failure.requestId,
        title:
          tone === "error" ? writeFailureTitle("close", failure.code, ticket.number) : undefined,
      });
    },
  });

  const confirm = () => {
    onDismiss();
    if (busy || mutation.isPending) return;
    mutation.mutate();
  };

  return (
    <CloseTicketDialog
      open={open}
      ticket={ticket}
      onCancel={onDismiss}
      onConfirm={confirm}
      fallbackFocus={fallbackFocus}
    />
  );
}
