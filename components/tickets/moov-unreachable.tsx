"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { OutageBanner } from "./moov-outage-banner";

/**
 * For a server-rendered page that could not reach Moov at all (not even to
 * check the person's access): says so, and renders the page again with
 * back-off until Moov answers, without a reload.
 */
export function MoovUnreachable() {
  const router = useRouter();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const delay = Math.min(1_000 * 2 ** attempt, 8_000);
    const timer = setTimeout(() => {
      router.refresh();
      setAttempt((n) => n + 1);
    }, delay);
    return () => clearTimeout(timer);
  }, [attempt, router]);
  return (
    <div role="status" aria-live="polite">
      <OutageBanner detail="This page could not be checked with Moov yet. It loads by itself once Moov answers." />
    </div>
  );
}
