"use client";

import { type ReactNode, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * When `active`, renders `children` only in the browser and `fallback` on the
 * server: for reads the server already failed to make (Moov was out of reach),
 * which only the browser may try again. Otherwise renders `children` as is.
 */
export function AfterHydration({
  active,
  children,
  fallback,
}: {
  active: boolean;
  children: ReactNode;
  fallback: ReactNode;
}) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return !active || hydrated ? children : fallback;
}
