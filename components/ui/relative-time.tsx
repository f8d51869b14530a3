"use client";

import { useSyncExternalStore } from "react";

/**
 * "5 min ago", with the absolute time in the viewer's own time zone on hover.
 * The server does not know that zone, so it renders UTC and the browser takes
 * over after hydration (useSyncExternalStore's server snapshot keeps the two in step).
 */
const tickMs = 30_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, tickMs);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const clientNow = () => now;
const serverNow = () => null;

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

// Intl formatters are costly to build (three per queue row); build each once.
let relativeFormat: Intl.RelativeTimeFormat | undefined;
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

export function formatRelative(iso: string, reference: number): string {
  const seconds = Math.round((Date.parse(iso) - reference) / 1000);
  relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: "auto", style: "short" });
  const format = relativeFormat;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

export function absoluteFormat(timeZone?: string): Intl.DateTimeFormat {
  const key = timeZone ?? "viewer";
  let format = absoluteFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    });
    absoluteFormats.set(key, format);
  }
  return format;
}

/** The shared clock, ticking every 30 s; null while rendering on the server and hydrating. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, clientNow, serverNow);
}

export function RelativeTime({ iso }: { iso: string | undefined }) {
  const current = useNow();
  if (!iso) return <span className="text-ink-muted">—</span>;
  const date = new Date(iso);
  const absolute = absoluteFormat(current === null ? "UTC" : undefined).format(date);
  return (
    <time dateTime={iso} title={absolute} className="whitespace-nowrap">
      {current === null ? absolute : formatRelative(iso, Math.max(current, Date.now()))}
    </time>
  );
}
