"use client";

import { useState } from "react";
import { Check, Copy } from "@/components/ui/icons";

/** The x-request-id Moov support staff ask for, with a copy button. */
export function RequestId({ id }: { id: string | undefined }) {
  const [copied, setCopied] = useState(false);
  if (!id) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-ink-muted">Request ID</span>
      <code
        data-testid="request-id"
        className="select-all rounded bg-surface-muted px-1.5 py-0.5 font-mono text-xs"
      >
        {id}
      </code>
      <button
        type="button"
        onClick={copy}
        className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-ink underline-offset-2 hover:underline"
      >
        {copied ? <Check className="size-3.5" /> : <Copy className="size-3.5" />}
        {copied ? "Copied" : "Copy request ID"}
      </button>
    </p>
  );
}
