/**
 * Where creating needs its own words: when the answer to a create got lost,
 * Moov may have opened the ticket anyway, and creating it again would open a
 * second one.
 */
const mayExist =
  "Moov did not answer, so the ticket may have been created. Check the queue before trying again.";

export const createMessages: Partial<Record<string, string>> = {
  timeout: mayExist,
  unreachable: mayExist,
  gateway_timeout: mayExist,
  server_error: mayExist,
  bad_gateway: mayExist,
};
