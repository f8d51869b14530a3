"use client";

import { useRef } from "react";
import { latestAnnouncement, useAnnouncement } from "@/lib/keyboard/announcer";

/**
 * The polite live region that speaks `announce()`. Mounted once per page; it
 * shows only what was announced after it mounted, so a region that comes with
 * a new page does not repeat the last page's words. Each announcement is a new
 * node (keyed by id), which screen readers say even when the words repeat.
 */
export function LiveAnnouncer() {
  const announcement = useAnnouncement();
  const before = useRef(latestAnnouncement()?.id ?? 0);
  const fresh = announcement && announcement.id > before.current ? announcement : null;
  return (
    <div aria-live="polite" className="sr-only">
      {fresh ? <p key={fresh.id}>{fresh.text}</p> : null}
    </div>
  );
}
