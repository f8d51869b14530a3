/** Every address the E2E specs open, built in one place. */
export const paths = {
  signIn: (search = "") => `/sign-in${search}`,
  /** The queue of every account the person acts for. */
  allTickets: (search = "") => `/tickets${search}`,
  queue: (accountID: string, search = "") => `/accounts/${accountID}/tickets${search}`,
  ticket: (accountID: string, ticketID: string) => `/accounts/${accountID}/tickets/${ticketID}`,
  newTicket: (accountID: string) => `/accounts/${accountID}/tickets/new`,
  /** Charts of every account the person acts for, and of one account. */
  overview: "/overview",
  accountOverview: (accountID: string) => `/accounts/${accountID}/overview`,
  ticketsAPI: (accountID: string, search = "") => `/api/accounts/${accountID}/tickets${search}`,
} as const;

/** The same address as a pattern for toHaveURL (query strings allowed after it). */
/** Where sign-in lands a demo person: all accounts for those who act for several, else their home queue. */
export const landingOf = (user: { home: { accountID: string }; landsOnAllAccounts: boolean }) =>
  user.landsOnAllAccounts ? paths.allTickets() : paths.queue(user.home.accountID);

/** What the header's "acting for" says on that landing page. */
export const landingHeaderOf = (user: {
  home: { displayName: string };
  landsOnAllAccounts: boolean;
}) => (user.landsOnAllAccounts ? "All accounts" : user.home.displayName);

export const urlOf = (path: string) =>
  new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:[?#].*)?$`);

/** App endpoints that are not pages: what a script, Moov or the page's own code calls. */
export const apiPaths = {
  ticket: (accountID: string, ticketID: string) => `/api/accounts/${accountID}/tickets/${ticketID}`,
  events: "/api/events",
  moovWebhook: "/api/webhooks/moov",
  switchAccount: "/api/auth/switch",
  session: "/api/auth/session",
} as const;

/** Moov API paths as the emulator's journal records them. */
export const moovPaths = {
  account: (accountID: string) => `/accounts/${accountID}`,
  tickets: (accountID: string) => `/accounts/${accountID}/tickets`,
  ticket: (accountID: string, ticketID: string) => `/accounts/${accountID}/tickets/${ticketID}`,
  ticketMessages: (accountID: string, ticketID: string) =>
    `/accounts/${accountID}/tickets/${ticketID}/messages`,
  /** The ticket and everything below it (its messages). */
  ticketAndBelow: (accountID: string, ticketID: string) =>
    new RegExp(`^/accounts/${accountID}/tickets/${ticketID}(?:/|$)`),
  token: "/oauth2/token",
} as const;
