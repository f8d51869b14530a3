"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { BookmarkPlus, Info } from "@/components/ui/icons";
import { leftOutMessage, leftOutParam } from "@/lib/views/access";
import { saveView } from "@/lib/views/actions/save-view";
import { useInvalidateViews } from "@/lib/views/use-views";
import { ViewNameDialog } from "./view-name-dialog";
import { ViewsMenu } from "./views-menu";

type Queue = { kind: "account"; accountID: string } | { kind: "all-accounts" };

/**
 * Above a queue: the person's views and Save view, which keeps the filters
 * and sort on screen (the address: the queue keeps them there). Says when a
 * view just opened had accounts left out (app/views/[viewID]).
 */
export function SavedViewsBar({ queue }: { queue: Queue }) {
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const invalidate = useInvalidateViews();
  const leftOut = Number(useSearchParams().get(leftOutParam) ?? 0);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <ViewsMenu />
        <Button size="sm" onClick={() => setSaving(true)}>
          <BookmarkPlus className="size-4" />
          Save view
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-ink-muted empty:hidden">
          {saved ? `Saved “${saved}”.` : ""}
        </p>
      </div>
      {Number.isInteger(leftOut) && leftOut > 0 ? (
        <p className="flex items-start gap-2 rounded-lg border border-line bg-surface-muted p-3 text-sm">
          <Info className="mt-0.5 size-4 shrink-0" />
          {leftOutMessage(leftOut)}
        </p>
      ) : null}
      <ViewNameDialog
        open={saving}
        title="Save view"
        submitLabel="Save view"
        onClose={() => setSaving(false)}
        onSubmit={async (name) => {
          const result = await saveView({ name, queue, search: window.location.search });
          if (result.ok) {
            setSaved(result.view.name);
            await invalidate();
          }
          return result;
        }}
      />
    </div>
  );
}
