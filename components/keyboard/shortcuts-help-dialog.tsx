"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { helpGroups } from "@/lib/keyboard/help-groups";
import { ShortcutKeys } from "./shortcut-keys";

const groups = helpGroups();

/** Every shortcut, from the one list the README follows too. */
export function ShortcutsHelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Keyboard shortcuts"
      description={<p>They work anywhere on the page except while you type in a field.</p>}
      actions={
        <Button autoFocus onClick={onClose}>
          Close
        </Button>
      }
    >
      {groups.map((group) => (
        <section key={group.where} aria-labelledby={`shortcuts-${group.where}`}>
          <h3 id={`shortcuts-${group.where}`} className="mb-2 text-sm font-semibold text-ink">
            {group.where}
          </h3>
          <dl className="divide-y divide-line text-sm">
            {group.rows.map((row) => (
              <div key={row.description} className="flex items-center justify-between gap-4 py-2">
                <dt className="text-ink">{row.description}</dt>
                <dd className="shrink-0">
                  <ShortcutKeys alternatives={row.alternatives} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}
