"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /**
   * The dialog's buttons, kept in view under content that scrolls (a long
   * list on a phone). Dialogs may also end their children with their buttons.
   */
  actions?: ReactNode;
  /** Where focus goes when the element that opened the dialog is gone (say, its row was removed). */
  fallbackFocus?: () => HTMLElement | null;
};

/**
 * A modal on the native <dialog>: showModal() traps focus and makes the page
 * inert, Escape closes it, and focus goes back to whatever opened it. It never
 * grows past the screen: the title and the actions stay put and what lies
 * between them scrolls.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  actions,
  fallbackFocus,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const titleID = useId();
  const descriptionID = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // showModal() focuses the first focusable element (React's autoFocus has no
      // attribute to go by): a dialog whose first choice is not the one to start on
      // marks that one with data-autofocus. Otherwise, content tall enough to scroll
      // makes its box focusable, and it comes first: a person starts on a control
      // (the safe one, listed first), never on the text.
      const marked = dialog.querySelector<HTMLElement>("[data-autofocus]");
      if (marked) marked.focus();
      else if (document.activeElement === body.current) {
        dialog.querySelector<HTMLElement>("button, a[href], input, select, textarea")?.focus();
      }
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const handleClose = () => {
    // The close event is queued: a fast Escape then Enter on the opener may have
    // opened the dialog again before it arrives, and then it is stale.
    if (ref.current?.open) return;
    onClose();
    // Decided after React has re-rendered: closing may have removed the opener.
    requestAnimationFrame(() => {
      const target = opener.current?.isConnected ? opener.current : fallbackFocus?.();
      target?.focus();
    });
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleID}
      aria-describedby={description ? descriptionID : undefined}
      onClose={handleClose}
      // Escape fires "cancel" at once and "close" a task later: say closed now, so an
      // Enter on the opener in between opens it again instead of finding it still open.
      onCancel={onClose}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(32rem,calc(100vw-2rem))] flex-col rounded-lg border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50 open:flex"
    >
      {/* The content exists only while open: a queue renders one closed dialog per row. */}
      {open ? (
        <>
          <h2 id={titleID} className="px-6 pt-6 text-lg font-semibold">
            {title}
          </h2>
          <div
            ref={body}
            className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto px-6 pt-4 pb-6 focus-visible:outline-offset-[-2px]"
          >
            {description ? (
              <div id={descriptionID} className="text-sm text-ink-muted">
                {description}
              </div>
            ) : null}
            {children}
          </div>
          {actions ? (
            <div className="flex flex-wrap justify-end gap-2 border-t border-line px-6 py-4">
              {actions}
            </div>
          ) : null}
        </>
      ) : null}
    </dialog>
  );
}
