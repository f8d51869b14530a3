"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { TicketDTO } from "@/lib/tickets/dto";

type CloseTicketDialogProps = {
  ticket: Pick<TicketDTO, "number" | "title">;
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  fallbackFocus?: () => HTMLElement | null;
};

export function CloseTicketDialog({
  ticket,
  open,
  onCancel,
  onConfirm,
  fallbackFocus,
}: CloseTicketDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      fallbackFocus={fallbackFocus}
      title={`Close ticket #${ticket.number}?`}
      description={
        <p>
          “{ticket.title}” will be closed <strong className="text-ink">permanently</strong>. Moov
          cannot reopen a closed ticket; if the problem comes back, open a new ticket.
        </p>
      }
    >
      <div className="flex flex-wrap justify-end gap-2">
        <Button autoFocus onClick={onCancel}>
          Keep it open
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          Close permanently
        </Button>
      </div>
    </Dialog>
  );
}
