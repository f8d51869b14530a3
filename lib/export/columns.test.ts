import { describe, expect, it } from "vitest";
import { headerRecord, ticketRecord } from "./columns";

const account = { accountID: "acct-1", displayName: "Atlas Outfitters" };

describe("the export's columns", () => {
  it("names every column in the header row", () => {
    expect(headerRecord).toBe(
      "Account,Account ID,Number,Ticket ID,Title,Status,Contact name,Contact email," +
        "Created (UTC),Updated (UTC),Latest message (UTC),Closed (UTC),Foreign ID\r\n",
    );
  });

  it("writes a ticket with its account, its times in UTC and empty cells for what it lacks", () => {
    expect(
      ticketRecord({
        account,
        ticket: {
          ticketID: "t-1",
          number: 42,
          title: "Payout delayed, again",
          contact: { email: "ada@example.com", name: "Ada Lovelace" },
          status: "in-progress",
          createdOn: "2026-03-01T10:00:00+02:00",
          updatedOn: "2026-03-02T08:30:00.000Z",
          latestMessageOn: "2026-03-02T08:30:00.5Z",
        },
      }),
    ).toBe(
      'Atlas Outfitters,acct-1,42,t-1,"Payout delayed, again",in-progress,Ada Lovelace,ada@example.com,' +
        "2026-03-01T08:00:00.000Z,2026-03-02T08:30:00.000Z,2026-03-02T08:30:00.500Z,,\r\n",
    );
  });

  it("neutralises a hostile account name, title and contact alike", () => {
    expect(
      ticketRecord({
        account: { accountID: "acct-2", displayName: "=cmd|' /C calc'!A0" },
        ticket: {
          ticketID: "t-2",
          number: 7,
          title: "@SUM(1+1)",
          contact: { email: "-x@example.com", name: "+Mallory" },
          status: "closed",
          createdOn: "2026-03-01T10:00:00.000Z",
          updatedOn: "2026-03-01T10:00:00.000Z",
          closedOn: "2026-03-04T00:00:00.000Z",
          foreignID: "=1",
        },
      }),
    ).toBe(
      '"\'=cmd|\' /C calc\'!A0",acct-2,7,t-2,"\'@SUM(1+1)",closed,"\'+Mallory","\'-x@example.com",' +
        '2026-03-01T10:00:00.000Z,2026-03-01T10:00:00.000Z,,2026-03-04T00:00:00.000Z,"\'=1"\r\n',
    );
  });
});
