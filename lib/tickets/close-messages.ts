/**
 * Where closing needs its own words: the generic 409 and 422 sentences talk
 * about edits and fields, while a close has neither; and a close whose answer
 * got lost must say what is known about the ticket now.
 */
export const closeMessages: Partial<Record<string, string>> = {
  conflict: "Someone already closed this ticket. It has been refreshed.",
  invalid: "Moov refused to close this ticket.",
  timeout: "Moov did not answer in time. The ticket is still open; you can try again.",
  unconfirmed:
    "Moov did not answer, so it is not known yet whether this ticket was closed. Its status shows again as soon as Moov answers.",
};
