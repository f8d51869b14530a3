"use client";

import { cva } from "class-variance-authority";
import { CircleCheck, Info, TriangleAlert, X } from "@/components/ui/icons";
import { RequestId } from "./request-id";

/** A write's outcome on screen; `title` names the ticket a failure was about (lib/errors/messages.ts). */
export type Notice = {
  tone: "success" | "info" | "error";
  message: string;
  requestId?: string;
  code?: string;
  title?: string;
};

const noticeVariants = cva("flex items-start gap-3 rounded-lg border p-3 text-sm text-ink", {
  variants: {
    tone: {
      success: "border-line bg-surface",
      info: "border-line bg-surface-muted",
      error: "border-danger bg-danger-soft",
    },
  },
});

const icons = { success: CircleCheck, info: Info, error: TriangleAlert } as const;

/** The outcome of a write, announced politely when it worked and assertively when it did not. */
export function ActionNotice({
  notice,
  onDismiss,
}: {
  notice: Notice | null;
  onDismiss: () => void;
}) {
  return (
    <div
      role="status"
      aria-live={notice?.tone === "error" ? "assertive" : "polite"}
      className="empty:hidden"
    >
      {notice ? (
        <div
          className={noticeVariants({ tone: notice.tone })}
          data-notice={notice.tone}
          data-error-code={notice.code}
        >
          <NoticeIcon tone={notice.tone} />
          <div className="flex flex-1 flex-col gap-1">
            {notice.title ? <p className="font-semibold">{notice.title}</p> : null}
            <p>{notice.message}</p>
            {notice.tone === "success" ? null : <RequestId id={notice.requestId} />}
          </div>
          <button
            type="button"
            onClick={onDismiss}
            className="rounded p-1 text-ink-muted hover:bg-surface-muted hover:text-ink"
            aria-label="Dismiss message"
          >
            <X className="size-4" />
          </button>
        </div>
      ) : null}
    </div>
  );
}

function NoticeIcon({ tone }: { tone: Notice["tone"] }) {
  const Icon = icons[tone];
  return <Icon className={tone === "error" ? "mt-0.5 size-4 text-danger" : "mt-0.5 size-4"} />;
}
