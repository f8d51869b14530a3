/** Every address the E2E specs open, built in one place. */
export const paths = {
  signIn: (search = "") => `/sign-in${search}`,
  queue: (accountID: string, search = "") => `/accounts/${accountID}/tickets${search}`,
  ticket: (accountID: string, ticketID: string) => `/accounts/${accountID}/tickets/${ticketID}`,
  newTicket: (accountID: string) => `/accounts/${accountID}/tickets/new`,
  ticketsAPI: (accountID: string, search = "") => `/api/accounts/${accountID}/tickets${search}`,
} as const;

/** The same address as a pattern for toHaveURL (query strings allowed after it). */
export const urlOf = (path: string) =>
  new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:[?#].*)?$`);
