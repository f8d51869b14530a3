"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { everythingShown, queriesToInvalidate, reconnectDelayMs } from "@/lib/live/invalidations";
import { liveEventSchema } from "@/lib/live/live-event";
import { markRecentlyChanged } from "./recently-changed";

type Connection = "connecting" | "live" | "reconnecting" | "elsewhere";

const labels: Record<Connection, string> = {
  connecting: "Connecting to live updates…",
  live: "Live",
  reconnecting: "Live updates paused — reconnecting…",
  elsewhere: "Live updates paused: too many Support Desk tabs are open. Reload to resume here.",
};

/**
 * What a phone or a tablet shows instead (the whole label is still read out):
 * below 1024 px the header's first row is full (a phone's Menu button, a
 * tablet's Shortcuts and signed-in person), and "Connecting to live updates…"
 * pushed its end onto a row of its own until the stream opened, so every page
 * jumped up by that row just after loading (a layout shift of 0.31 on a
 * phone's queue). The status also keeps that room when Live (below).
 */
const shortLabels: Partial<Record<Connection, string>> = {
  connecting: "Connecting…",
  reconnecting: "Reconnecting…",
  elsewhere: "Paused: too many tabs",
};

/**
 * Keeps the screen current: each event from /api/events invalidates exactly
 * the queries it affects. The stream is reopened with back-off when it drops,
 * and after a gap everything on screen is refetched, since events may have
 * been missed meanwhile. The server closes it for good in two cases: the
 * session ended (reloading shows the sign-in page, saying why), or this person
 * opened more tabs than the server keeps streams for (the oldest stops).
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<Connection>("connecting");

  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let hadGap = false;
    let stopped = false;
    let leaving = false;
    const markLeaving = () => {
      leaving = true;
    };
    window.addEventListener("beforeunload", markLeaving);

    const connect = () => {
      source = new EventSource("/api/events");
      source.onopen = () => {
        attempt = 0;
        setConnection("live");
        if (hadGap) {
          hadGap = false;
          for (const queryKey of everythingShown) {
            void queryClient.invalidateQueries({ queryKey });
          }
        }
      };
      source.addEventListener("ticket", (message) => {
        const parsed = liveEventSchema.safeParse(safeJSON(message.data));
        if (!parsed.success) return;
        markRecentlyChanged(parsed.data.ticketID);
        for (const filters of queriesToInvalidate(parsed.data)) {
          void queryClient.invalidateQueries(filters);
        }
      });
      source.addEventListener("session-ended", () => {
        stopped = true;
        source?.close();
        // A sign-out form on this page is already taking it to the sign-in page, saying why.
        if (!leaving) window.location.reload();
      });
      source.addEventListener("replaced", () => {
        stopped = true;
        source?.close();
        setConnection("elsewhere");
      });
      source.onerror = () => {
        // EventSource retries some failures by itself but gives up on others
        // (an HTTP error); one policy for both: close and reopen with back-off.
        source?.close();
        if (stopped) return;
        hadGap = true;
        setConnection("reconnecting");
        timer = setTimeout(connect, reconnectDelayMs(attempt++));
      };
    };

    connect();
    return () => {
      stopped = true;
      window.removeEventListener("beforeunload", markLeaving);
      clearTimeout(timer);
      source?.close();
    };
  }, [queryClient]);

  return (
    <p
      role="status"
      // Below 1024 px the status keeps the room of its longest loading label ("Reconnecting…"),
      // so "Live" arriving moves nothing: the header's first row wraps, or not, in both states.
      className="flex items-center gap-1.5 text-xs text-ink-muted max-lg:min-w-[6.75rem] max-lg:justify-end"
      data-connection={connection}
    >
      <span
        aria-hidden="true"
        className={`inline-block size-2 rounded-full ${connection === "live" ? "bg-emerald-500" : "bg-amber-500"}`}
      />
      {shortLabels[connection] ? (
        <>
          <span aria-hidden="true" className="lg:hidden">
            {shortLabels[connection]}
          </span>
          <span className="max-lg:sr-only">{labels[connection]}</span>
        </>
      ) : (
        labels[connection]
      )}
    </p>
  );
}

function safeJSON(text: unknown): unknown {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
