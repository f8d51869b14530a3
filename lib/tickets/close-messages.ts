/**
 * Where closing needs its own words: the generic 409 and 422 sentences talk
 * about edits and fields, while a close has neither.
 */
export const closeMessages: Partial<Record<string, string>> = {
  conflict: "Someone already closed this ticket. It has been refreshed.",
  invalid: "Moov refused to close this ticket.",
};
