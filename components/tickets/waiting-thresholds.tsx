"use client";

import { createContext, type ReactNode, useContext } from "react";
import { defaultWaitingThresholds, type WaitingThresholds } from "@/lib/tickets/waiting-thresholds";

/**
 * The waiting lines' amber and red thresholds, as the server's environment
 * sets them: the frames that show tickets read them there and provide them
 * here (app/waiting-thresholds.tsx), so the browser has no copy of its own.
 */
const ThresholdsContext = createContext<WaitingThresholds>(defaultWaitingThresholds);

export function WaitingThresholdsProvider({
  thresholds,
  children,
}: {
  thresholds: WaitingThresholds;
  children: ReactNode;
}) {
  return <ThresholdsContext value={thresholds}>{children}</ThresholdsContext>;
}

export const useWaitingThresholds = () => useContext(ThresholdsContext);
