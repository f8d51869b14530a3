/**
 * Support conversations the demo seed draws from. `{placeholders}` are filled
 * from a seeded PRNG so every account gets its own amounts and references.
 * A thread is cut short for tickets that are not closed yet.
 */
export type ThreadLine = { from: "customer" | "staff"; body: string };
export type ThreadTemplate = { title: string; lines: ThreadLine[] };

export const threadCount: ThreadTemplate[] = [
  {
    title: "Payout of {amount} has not arrived",
    lines: [
      {
        from: "customer",
        body: "Hi team,\n\nOur payout of {amount} scheduled for {date} still hasn't landed in our operating account. The dashboard shows it as completed. Can you check where it is?\n\nThanks,\n{contact}",
      },
      {
        from: "staff",
        body: "Hi {contact},\n\nThanks for reaching out. I can see transfer {ref} left Moov on {date} via standard ACH. Receiving banks usually post these within 1-2 business days. Could you confirm the last four digits of the account you expect it in?",
      },
      { from: "customer", body: "It should be the account ending in {last4}." },
      {
        from: "staff",
        body: "Confirmed, that matches the destination on file. The trace number is 0210000{last4}8812. If your bank can't locate it with that trace number by tomorrow, reply here and we'll open an investigation with the ODFI.",
      },
      {
        from: "customer",
        body: "Our bank found it with the trace number, it posted this morning. Thank you!",
      },
      {
        from: "staff",
        body: "Great news. I'll close this ticket, but feel free to reply if anything else comes up.",
      },
    ],
  },
  {
    title: "Refund to customer failed",
    lines: [
      {
        from: "customer",
        body: "We tried to refund {amount} to a customer for order {ref} and the refund shows as failed. The original charge was a card payment last week.",
      },
      {
        from: "staff",
        body: "Hello {contact}, I looked at the refund. The card issuer declined it because the card was closed after the original purchase. In that case the funds can't go back to the card.\n\nOptions:\n1. Send the customer an ACH credit to a bank account they give you.\n2. Issue store credit on your side.\n\nLet us know which you prefer.",
      },
      {
        from: "customer",
        body: "We'll do an ACH credit. The customer is sending us their bank details.",
      },
      {
        from: "staff",
        body: "Sounds good. Once you've linked the customer's bank account you can create a transfer from your wallet. I'll leave this ticket on hold until you confirm it went through.",
      },
      { from: "customer", body: "Done, the transfer completed. Please close this." },
    ],
  },
  {
    title: "ACH return R01 on transfer {ref}",
    lines: [
      {
        from: "customer",
        body: "We got an ACH return with code R01 on transfer {ref} for {amount}. What does that mean for us and will we be charged a fee?",
      },
      {
        from: "staff",
        body: "R01 means \"insufficient funds\": the customer's bank didn't have enough balance to cover the debit. The {amount} has been reversed out of your wallet.\n\nA return fee applies per your pricing plan. You can retry the debit once (NACHA allows up to two retries within 180 days) or collect another way.",
      },
      { from: "customer", body: "Can we schedule the retry for the customer's payday, the 1st?" },
      {
        from: "staff",
        body: "Yes. Create a new transfer with the same source and destination and set the scheduled date. Please don't retry more than twice in total.",
      },
    ],
  },
  {
    title: "Card dispute opened for {amount}",
    lines: [
      {
        from: "customer",
        body: 'A cardholder disputed a {amount} charge from {date}, reason "merchandise not received". We have a signed delivery confirmation. How do we respond?',
      },
      {
        from: "staff",
        body: 'Hi {contact},\n\nYou can respond from the Disputes page in the dashboard or through the API. For "not received" disputes, the strongest evidence is:\n- the carrier tracking number and delivery scan\n- the signed proof of delivery\n- the order receipt showing the shipping address\n\nYou have 7 days from the dispute date to submit.',
      },
      { from: "customer", body: "Uploaded the tracking and the signature PDF. Anything else?" },
      {
        from: "staff",
        body: "That looks complete. The network usually decides within 60-75 days; we'll update this ticket when we hear back.",
      },
      {
        from: "staff",
        body: "Good news: the issuer reversed the dispute in your favor and the {amount} has been returned to your wallet.",
      },
    ],
  },
  {
    title: "Onboarding stuck on business verification",
    lines: [
      {
        from: "customer",
        body: 'Our onboarding has been stuck at "business verification pending" for four days. We uploaded the EIN letter and articles of organization. Is something missing?',
      },
      {
        from: "staff",
        body: "Thanks for your patience. The EIN letter you uploaded is for a different legal name than the one on the account (the letter shows a former DBA). Could you upload an IRS 147C letter with the current legal name?",
      },
      {
        from: "customer",
        body: "We've requested the 147C from the IRS; it may take a week or two.",
      },
      {
        from: "staff",
        body: "No problem, I'll put this on hold until you have it. Reply to this ticket with the document attached.",
      },
      { from: "customer", body: "Uploaded the 147C just now." },
      {
        from: "staff",
        body: "Verified. Your account is now fully enabled for transfers and card acceptance.",
      },
    ],
  },
  {
    title: "Question about same-day ACH cutoff times",
    lines: [
      {
        from: "customer",
        body: "What is the cutoff for same-day ACH? A payout we created at 3:30pm ET arrived the next day.",
      },
      {
        from: "staff",
        body: "Same-day ACH transfers must be created before 3:00pm ET to settle the same day. Anything after the last window is sent in the next business day's first window, which matches what you saw.",
      },
      { from: "customer", body: "Got it, we'll move our payout job to 1pm. Thanks." },
    ],
  },
  {
    title: "Webhook events missing for transfer.updated",
    lines: [
      {
        from: "customer",
        body: "Since {date} our endpoint hasn't received any transfer.updated events. Other event types still arrive. Our endpoint returns 200.\n\nEndpoint: https://hooks.{domain}/moov\nExample transfer: {ref}",
      },
      {
        from: "staff",
        body: "I checked the delivery log. Deliveries for transfer.updated are timing out after 10 seconds on your side, so they're retried and eventually dropped. Other events are small and finish quickly. Could your handler be doing slow work before responding?",
      },
      {
        from: "customer",
        body: "That's it. Our handler fetched the transfer synchronously. We now queue the work and answer immediately.\n\nCould you replay the missed events?",
      },
      {
        from: "staff",
        body: "Replayed 214 events from {date} onward. You should see them arriving now.",
      },
    ],
  },
  {
    title: "Need to update bank account for payouts",
    lines: [
      {
        from: "customer",
        body: "We're switching banks. How do we change the bank account our payouts go to without missing this week's payout?",
      },
      {
        from: "staff",
        body: "Link the new account and verify it with micro-deposits (two small amounts arrive within 1-2 business days). Once it's verified, set it as the default payout method. Payouts already in flight will still go to the old account.",
      },
      {
        from: "customer",
        body: "Micro-deposits arrived: 0.07 and 0.12. Verified. Old account can be removed?",
      },
      {
        from: "staff",
        body: "Yes, you can disable the old account now. Nothing is pending to it.",
      },
    ],
  },
  {
    title: "Chargeback fee on refunded order {ref}",
    lines: [
      {
        from: "customer",
        body: "We were charged a chargeback fee on order {ref}, but we had already refunded that order before the dispute came in. Can the fee be waived?",
      },
      {
        from: "staff",
        body: 'I see the refund of {amount} went out two days before the dispute was filed. The issuer should have seen it. I\'ve asked our disputes team to contest this as "credit already processed" and to review the fee.',
      },
    ],
  },
  {
    title: "API returns 403 when listing transfers",
    lines: [
      {
        from: "customer",
        body: "Our integration gets 403 on GET /accounts/{accountID}/transfers with a token we mint ourselves. Scope we request: /accounts/{accountID}/transfers.read\n\nRequest ID from the response: {uuid}",
      },
      {
        from: "staff",
        body: "Thanks for the request ID, that made it quick. The token was minted with API keys from your sandbox account but used against production. Keys and tokens are mode-specific.",
      },
      { from: "customer", body: "You're right, our staging env had the wrong keys. All good now." },
    ],
  },
  {
    title: "Wallet balance does not match our ledger",
    lines: [
      {
        from: "customer",
        body: "Our ledger says the wallet should hold {amount} more than the dashboard shows. I exported transactions for the month; can someone help reconcile?",
      },
      {
        from: "staff",
        body: 'Happy to help. The difference matches three card acquiring fees and one ACH return that posted on the last day of the month. Those show up as separate wallet transactions of type "fee" and "ach-return". Does your ledger import those types?',
      },
      {
        from: "customer",
        body: "We were filtering out fee transactions. Fixing our import, I'll confirm once it matches.",
      },
    ],
  },
  {
    title: "Instant payout option not showing",
    lines: [
      {
        from: "customer",
        body: "Some of our sellers don't see the instant payout option. Is there an eligibility rule we're missing?",
      },
      {
        from: "staff",
        body: "Instant payouts need a debit card linked as the destination and the RTP or push-to-card capability enabled. The sellers you listed only have bank accounts linked.",
      },
    ],
  },
  {
    title: "Duplicate charge reported by customer",
    lines: [
      {
        from: "customer",
        body: "A customer says they were charged twice for {amount} on {date}. We only see one transfer on our side: {ref}.",
      },
      {
        from: "staff",
        body: "There is only one captured charge. The second line your customer sees is an authorization hold from an earlier attempt that was declined for a CVV mismatch. The hold drops off within 3-7 business days depending on the issuer.",
      },
      {
        from: "customer",
        body: "Thanks, we explained it to the customer and they're fine with waiting.",
      },
    ],
  },
  {
    title: "Request to raise transfer limit",
    lines: [
      {
        from: "customer",
        body: "Our single-transfer limit is too low for our end-of-month supplier payments (about {amount} each). What do you need from us to raise it?",
      },
      {
        from: "staff",
        body: "We can review a higher limit. Please send:\n- your last three months of bank statements\n- your expected monthly volume and largest single payment\n- a short description of who the suppliers are",
      },
      {
        from: "customer",
        body: "Statements attached. Expected volume is about 40 payments a month; largest is {amount}.",
      },
      {
        from: "staff",
        body: "Our risk team is reviewing. Reviews take up to 3 business days; I'll update you here.",
      },
    ],
  },
  {
    title: "1099-K form for last year",
    lines: [
      {
        from: "customer",
        body: "Where can we download our 1099-K? Our accountant needs it this week.",
      },
      {
        from: "staff",
        body: "1099-K forms are under Documents > Tax forms in the dashboard. If you crossed the reporting threshold, yours is there. I checked and it was generated on January 31.",
      },
    ],
  },
  {
    title: "Card reader declines contactless payments",
    lines: [
      {
        from: "customer",
        body: 'Since this morning our counter terminal declines every tap payment with "card not supported". Chip insert works. Nothing changed on our side.',
      },
      {
        from: "staff",
        body: "We pushed a terminal configuration update last night. Could you restart the reader and open the Tap to Pay settings once so it downloads the new configuration?",
      },
      { from: "customer", body: "Restarted, still the same." },
      {
        from: "staff",
        body: "Thanks for trying. I've escalated to our terminal team with your reader's serial number. As a workaround, chip payments are unaffected.",
      },
    ],
  },
];
