import type { ReactNode } from "react";
import { WaitingThresholdsProvider } from "@/components/tickets/waiting-thresholds";
import { env } from "@/lib/env";

/**
 * Hands the waiting lines' thresholds from the server's environment to the
 * browser: the environment is their one source (lib/env.ts validates them).
 */
export function WithWaitingThresholds({ children }: { children: ReactNode }) {
  const { WAITING_AMBER_HOURS, WAITING_RED_HOURS } = env();
  return (
    <WaitingThresholdsProvider
      thresholds={{ amberHours: WAITING_AMBER_HOURS, redHours: WAITING_RED_HOURS }}
    >
      {children}
    </WaitingThresholdsProvider>
  );
}
