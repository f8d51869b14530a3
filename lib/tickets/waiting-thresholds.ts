/**
 * When an open ticket's wait turns amber ("ageing") and red ("overdue"), in
 * hours since its latest message. The server reads them from the environment
 * (WAITING_AMBER_HOURS, WAITING_RED_HOURS; these are the defaults there) and
 * hands them to the browser through the frames that show tickets.
 */
export type WaitingThresholds = { amberHours: number; redHours: number };

export const defaultWaitingThresholds: WaitingThresholds = { amberHours: 24, redHours: 72 };
