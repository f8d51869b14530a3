"use client";

import { useIsMutating } from "@tanstack/react-query";
import { Lock } from "lucide-react";
import { useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
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

/** Close with a confirmation first; one close per ticket at a time, wherever its buttons are. */
export function CloseTicketButton({
  accountID,
  ticket,
  onNotice,
  fallbackFocus,
  size = "md",
}: CloseTicketButtonProps) {
  const [confirming, setConfirming] = useState(false);
  // The dialog is mounted on the first Close and kept: a queue renders a button per row,
  // and twenty closed dialogs (their hooks and elements) cost every page render for nothing.
  const [dialogMounted, setDialogMounted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
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
  const running = useIsMutating({ mutationKey: ticketKeys.close(accountID, ticket.ticketID) }) > 0;
  const busy = running || mutation.isPending;

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

  const confirm = () => {
    setConfirming(false);
    if (busy) return;
    mutation.mutate();
  };

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
          setDialogMounted(true);
          setConfirming(true);
        }}
        className={busy ? "cursor-progress opacity-60" : undefined}
      >
        <Lock aria-hidden="true" className="size-3.5" />
        {busy ? "Closing…" : size === "sm" ? "Close" : "Close ticket"}
      </Button>
      {dialogMounted ? (
        <CloseTicketDialog
          open={confirming}
          ticket={ticket}
          onCancel={() => setConfirming(false)}
          onConfirm={confirm}
          fallbackFocus={fallbackFocus}
        />
      ) : null}
    </>
  );
}
