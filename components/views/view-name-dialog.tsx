"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import type { ViewActionResult } from "@/lib/views/action-result";
import { maxViewName } from "@/lib/views/view";

type ViewNameDialogProps = {
  open: boolean;
  title: string;
  submitLabel: string;
  initialName?: string;
  onClose: () => void;
  /** Runs the action; a failure stays in the dialog, a success closes it. */
  onSubmit: (name: string) => Promise<ViewActionResult>;
};

/** The name of a view, asked when saving or renaming it. */
export function ViewNameDialog({
  open,
  title,
  submitLabel,
  initialName = "",
  onClose,
  onSubmit,
}: ViewNameDialogProps) {
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setPending(true);
    const result = await onSubmit(name);
    setPending(false);
    if (result.ok) {
      setError(undefined);
      onClose();
    } else {
      setError(result.fieldErrors?.name ?? result.message);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={() => {
        setError(undefined);
        onClose();
      }}
      title={title}
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <FormField
          name="name"
          label="Name"
          defaultValue={initialName}
          maxLength={maxViewName}
          required
          autoComplete="off"
          error={error}
          data-autofocus
        />
        <p role="status" aria-live="assertive" className="sr-only">
          {error}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={pending}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
