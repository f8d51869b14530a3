"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { type SavedView, viewPath } from "@/lib/views/view";

/**
 * A view's link, shown so it can be copied by hand where the clipboard is
 * refused; anyone signed in may open it and sees only their own accounts.
 */
export function ShareViewDialog({
  view,
  onClose,
}: {
  view: SavedView | null;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const link = view ? new URL(viewPath(view.id), window.location.origin).href : "";

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <Dialog
      open={view !== null}
      onClose={() => {
        setCopied(false);
        onClose();
      }}
      title={view ? `Share “${view.name}”` : "Share view"}
      description="Anyone signed in can open this link. They see only the accounts they act for."
    >
      <label className="flex flex-col gap-1 text-sm font-medium">
        Link to this view
        <input
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full rounded-md border border-line bg-surface-muted px-3 py-2 text-sm text-ink"
        />
      </label>
      <p role="status" aria-live="polite" className="text-sm text-ink-muted empty:hidden">
        {copied ? "Link copied." : ""}
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onClose}>Done</Button>
        <Button variant="primary" onClick={copy} data-autofocus>
          Copy link
        </Button>
      </div>
    </Dialog>
  );
}
