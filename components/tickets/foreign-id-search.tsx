"use client";

import { type FormEvent, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Search, X } from "@/components/ui/icons";
import { useShortcuts } from "@/lib/keyboard/use-shortcuts";

/**
 * Looks a ticket up by the foreignID the account gave it. "/" focuses it on
 * either queue, with what it holds selected so typing replaces it.
 */
export function ForeignIdSearch({
  value,
  onChange,
}: {
  value?: string;
  onChange: (next?: string) => void;
}) {
  const inputID = useId();
  const input = useRef<HTMLInputElement>(null);
  useShortcuts([
    {
      keys: ["/"],
      run: () => {
        input.current?.focus();
        input.current?.select();
      },
    },
  ]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const raw = new FormData(event.currentTarget).get("foreignID");
    onChange(typeof raw === "string" && raw.trim() ? raw.trim() : undefined);
  };
  return (
    <search>
      <form onSubmit={submit} className="flex items-end gap-2" key={value ?? ""}>
        <div className="flex flex-col gap-1">
          <label htmlFor={inputID} className="text-xs font-medium text-ink-muted">
            Foreign ID
          </label>
          <input
            ref={input}
            id={inputID}
            aria-keyshortcuts="/"
            name="foreignID"
            type="search"
            defaultValue={value}
            maxLength={128}
            placeholder="e.g. order-1042"
            className="h-8 w-48 rounded-md border border-line bg-surface px-2 text-sm text-ink placeholder:text-ink-muted"
          />
        </div>
        <Button type="submit" size="sm">
          <Search className="size-3.5" />
          Find
        </Button>
        {value ? (
          <Button size="sm" variant="ghost" onClick={() => onChange(undefined)}>
            <X className="size-3.5" />
            Clear
          </Button>
        ) : null}
      </form>
    </search>
  );
}
