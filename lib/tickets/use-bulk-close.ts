"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { errorMessages } from "@/lib/errors/messages";
import { inWordsOf, type UserError } from "@/lib/errors/user-error";
import type { BulkCloseOutcome, BulkCloseResult } from "./action-result";
import { closeTickets } from "./actions/close-tickets";
import {
  type CloseSnapshot,
  flipToClosed,
  keepClosed,
  refreshAfterClose,
  undoClose,
} from "./close-cache";
import { type SelectableTicket, selectionKey } from "./selection";

export type BulkItem = {
  ticket: SelectableTicket;
  state: "waiting" | "closing" | "closed" | "already-closed" | "failed";
  error?: UserError;
};

/**
 * Tickets per server action call. The action closes up to 100 at once, but
 * calls go out one after another (Next runs a page's actions in turn), so
 * small calls let each ticket's outcome show as soon as its group is done;
 * the action closes a group's tickets in parallel.
 */
export const bulkChunkSize = 4;

const refOf = ({ accountID, ticketID }: SelectableTicket) => ({ accountID, ticketID });

/** A whole call refused (session ended, bad input) or out of reach: every ticket in it failed. */
async function callAction(tickets: SelectableTicket[]): Promise<BulkCloseResult> {
  try {
    return await closeTickets({ tickets: tickets.map(refOf) });
  } catch {
    return { ok: false, code: "offline", message: errorMessages.offline };
  }
}

/**
 * Closes several tickets, a group at a time, each exactly as a single close
 * does to the cache (close-cache.ts): its badge flips when its close is sent,
 * stays closed on success or on Moov's 409, goes back on a refusal, and is
 * read again afterwards. Successes stay closed whatever happens to the others;
 * `retryFailed` sends only the failed ones again.
 */
export function useBulkClose(onFinished: (items: readonly BulkItem[]) => void) {
  const client = useQueryClient();
  const [items, setItems] = useState<BulkItem[]>([]);
  const [running, setRunning] = useState(false);
  const busy = useRef(false);
  // The same list outside React's state, so the end of a run reads every ticket's outcome.
  const latest = useRef<BulkItem[]>([]);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const replace = (next: BulkItem[]) => {
    latest.current = next;
    setItems(next);
  };
  const update = (keys: Set<string>, change: (item: BulkItem) => BulkItem) =>
    replace(
      latest.current.map((item) => (keys.has(selectionKey(item.ticket)) ? change(item) : item)),
    );

  const settle = (outcome: BulkCloseOutcome, snapshot: CloseSnapshot | undefined) => {
    const ref = { accountID: outcome.accountID, ticketID: outcome.ticketID };
    if (outcome.outcome === "closed") keepClosed(client, ref, outcome.ticket);
    if (outcome.outcome === "failed") undoClose(client, ref, snapshot, outcome.error.code);
    const state = outcome.outcome;
    const error = outcome.outcome === "failed" ? inWordsOf("close", outcome.error) : undefined;
    update(new Set([selectionKey(outcome)]), (item) => ({ ...item, state, error }));
  };

  const closeAll = async (tickets: SelectableTicket[]) => {
    for (let start = 0; start < tickets.length; start += bulkChunkSize) {
      const group = tickets.slice(start, start + bulkChunkSize);
      update(new Set(group.map(selectionKey)), (item) => ({ ...item, state: "closing" }));
      const snapshots = await Promise.all(
        group.map((ticket) => flipToClosed(client, refOf(ticket))),
      );
      const result = await callAction(group);
      if (!result.ok) {
        const error = inWordsOf("close", result);
        group.forEach((ticket, index) => {
          undoClose(client, refOf(ticket), snapshots[index], error.code);
        });
        // The session ended or the app is out of reach: the rest would fail the same way.
        const rest = new Set(tickets.slice(start).map(selectionKey));
        update(rest, (item) => ({ ...item, state: "failed", error }));
        break;
      }
      result.outcomes.forEach((outcome, index) => {
        settle(outcome, snapshots[index]);
      });
    }
    await refreshAfterClose(client, tickets.map(refOf));
  };

  const run = async (tickets: SelectableTicket[]) => {
    if (busy.current || tickets.length === 0) return;
    busy.current = true;
    setRunning(true);
    try {
      await closeAll(tickets);
    } finally {
      busy.current = false;
      setRunning(false);
      finished.current(latest.current);
    }
  };

  return {
    items,
    running,
    /** Starts a bulk close of these tickets, in this order. */
    start: (tickets: SelectableTicket[]) => {
      replace(tickets.map((ticket) => ({ ticket, state: "waiting" })));
      void run(tickets);
    },
    /** Sends the failed ones again; the others keep their outcome. */
    retryFailed: () => {
      const failed = latest.current
        .filter((item) => item.state === "failed")
        .map((item) => item.ticket);
      const keys = new Set(failed.map(selectionKey));
      update(keys, (item) => ({ ticket: item.ticket, state: "waiting" }));
      void run(failed);
    },
    reset: () => replace([]),
  };
}
