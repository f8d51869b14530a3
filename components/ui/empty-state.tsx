import type { ReactNode } from "react";
import { Inbox } from "@/components/ui/icons";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-line bg-surface px-6 py-12 text-center">
      <Inbox className="size-8 text-ink-muted" />
      <h2 className="font-semibold">{title}</h2>
      {children ? <div className="text-sm text-ink-muted">{children}</div> : null}
    </div>
  );
}
