"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { SavedView } from "@/lib/views/view";

type DeleteViewDialogProps = {
  view: SavedView | null;
  onCancel: () => void;
  onConfirm: (view: SavedView) => void;
};

export function DeleteViewDialog({ view, onCancel, onConfirm }: DeleteViewDialogProps) {
  return (
    <Dialog
      open={view !== null}
      onClose={onCancel}
      title={view ? `Delete “${view.name}”?` : "Delete view?"}
      description="Its link stops working for everyone you shared it with. The tickets are not changed."
    >
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onCancel} data-autofocus>
          Keep it
        </Button>
        <Button variant="danger" onClick={() => view && onConfirm(view)}>
          Delete view
        </Button>
      </div>
    </Dialog>
  );
}
