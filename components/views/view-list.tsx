"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import Link from "next/link";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Link2, Pencil, Trash2 } from "@/components/ui/icons";
import { toUserError } from "@/lib/errors/user-error";
import { deleteView } from "@/lib/views/actions/delete-view";
import { renameView } from "@/lib/views/actions/rename-view";
import { useInvalidateViews } from "@/lib/views/use-views";
import { type SavedView, viewPath } from "@/lib/views/view";
import { DeleteViewDialog } from "./delete-view-dialog";
import { ShareViewDialog } from "./share-view-dialog";
import { ViewNameDialog } from "./view-name-dialog";

type ViewListProps = { query: UseQueryResult<SavedView[]>; onOpenView: () => void };

/** Each view: a link that opens its queue (through its checked link), then Share, Rename, Delete. */
export function ViewList({ query, onOpenView }: ViewListProps) {
  const invalidate = useInvalidateViews();
  const [sharing, setSharing] = useState<SavedView | null>(null);
  const [renaming, setRenaming] = useState<SavedView | null>(null);
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const [failure, setFailure] = useState<string | undefined>();

  const remove = async (view: SavedView) => {
    setDeleting(null);
    const result = await deleteView({ id: view.id });
    setFailure(result.ok ? undefined : `“${view.name}” was not deleted. ${result.message}`);
    await invalidate();
  };

  if (query.isPending) return <p className="p-2 text-sm text-ink-muted">Loading views…</p>;
  if (query.isError) {
    return <p className="p-2 text-sm text-danger">{toUserError(query.error).message}</p>;
  }
  return (
    <>
      <p role="status" aria-live="assertive" className="p-2 text-sm text-danger empty:hidden">
        {failure}
      </p>
      {query.data.length === 0 ? (
        <p className="p-2 text-sm text-ink-muted">
          No saved views yet. Filter a queue, then choose Save view.
        </p>
      ) : (
        <ul aria-label="Saved views" className="flex max-h-80 flex-col overflow-y-auto">
          {query.data.map((view) => (
            <li key={view.id} className="flex items-center gap-1 rounded-md hover:bg-surface-muted">
              <Link
                href={viewPath(view.id)}
                onClick={onOpenView}
                title={view.name}
                className="min-w-0 flex-1 truncate rounded px-2 py-1.5 text-sm"
              >
                {view.name}
              </Link>
              <RowButton label={`Share view ${view.name}`} onClick={() => setSharing(view)}>
                <Link2 className="size-4" />
              </RowButton>
              <RowButton label={`Rename view ${view.name}`} onClick={() => setRenaming(view)}>
                <Pencil className="size-4" />
              </RowButton>
              <RowButton label={`Delete view ${view.name}`} onClick={() => setDeleting(view)}>
                <Trash2 className="size-4" />
              </RowButton>
            </li>
          ))}
        </ul>
      )}
      <ShareViewDialog view={sharing} onClose={() => setSharing(null)} />
      <ViewNameDialog
        key={renaming?.id}
        open={renaming !== null}
        title={renaming ? `Rename “${renaming.name}”` : "Rename view"}
        submitLabel="Rename"
        initialName={renaming?.name}
        onClose={() => setRenaming(null)}
        onSubmit={async (name) => {
          const result = await renameView({ id: renaming?.id, name });
          if (result.ok) await invalidate();
          return result;
        }}
      />
      <DeleteViewDialog view={deleting} onCancel={() => setDeleting(null)} onConfirm={remove} />
    </>
  );
}

function RowButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button variant="ghost" size="sm" aria-label={label} title={label} onClick={onClick}>
      {children}
    </Button>
  );
}
