import {
  APIError,
  ConnectionError,
  CreateTicketError,
  RequestTimeoutError,
  ResponseValidationError,
} from "@moovio/sdk/models/errors/index.js";
import { describe, expect, it } from "vitest";
import { errorForStatus, mapMoovError, parseRetryAfter } from "./errors";

const requestId = "7d3f2b9e-1c4a-4e8b-9f6d-2a1b3c4d5e6f";

function httpMeta(status: number, body = "", headers: Record<string, string> = {}) {
  return {
    response: new Response(body === "" ? null : body, {
      status,
      headers: { "content-type": "application/json", "x-request-id": requestId, ...headers },
    }),
    request: new Request("http://127.0.0.1:4010/accounts/a/tickets/t", { method: "PATCH" }),
    body,
  };
}

const apiError = (status: number, body = "", headers: Record<string, string> = {}) =>
  new APIError("API error occurred", httpMeta(status, body, headers));

describe("mapMoovError: statuses", () => {
  const cases: Array<[number, string]> = [
    [400, "bad_request"],
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "not_found"],
    [409, "conflict"],
    [422, "invalid"],
    [429, "rate_limited"],
    [500, "server_error"],
    [502, "bad_gateway"],
    [503, "unavailable"],
    [504, "gateway_timeout"],
  ];

  it.each(cases)("%i → %s, with the request ID and a plain sentence", (status, code) => {
    const mapped = mapMoovError(apiError(status, '{"error":"raw upstream detail"}'));
    expect(mapped.code).toBe(code);
    expect(mapped.status).toBe(status);
    expect(mapped.requestId).toBe(requestId);
    expect(mapped.message).toMatch(/^[A-Z].*\.$/);
    expect(mapped.message).not.toContain("raw upstream detail");
    expect(mapped.message).not.toContain("{");
  });

  it("gives every code its own message", () => {
    const messages = cases.map(([status]) => errorForStatus(status).message);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it("429 says how long to wait when Retry-After does", () => {
    const mapped = mapMoovError(apiError(429, "", { "retry-after": "7" }));
    expect(mapped.retryAfterSeconds).toBe(7);
    expect(mapped.message).toBe("Moov is busy right now. Try again in 7 seconds.");
    expect(mapMoovError(apiError(429)).message).toBe(
      "Moov is busy right now. Try again in a moment.",
    );
  });

  it("an unlisted 5xx is a server error and an unlisted 4xx a bad request", () => {
    expect(mapMoovError(apiError(507)).code).toBe("server_error");
    expect(mapMoovError(apiError(418)).code).toBe("bad_request");
  });
});

describe("mapMoovError: 422 field errors", () => {
  it("flattens Moov's per-field body, nested contact included", () => {
    const body = JSON.stringify({
      title: "title is required",
      contact: { email: "must be a valid email" },
    });
    const error = new CreateTicketError(JSON.parse(body), httpMeta(422, body));
    expect(mapMoovError(error)).toMatchObject({
      code: "invalid",
      requestId,
      fieldErrors: { title: "title is required", "contact.email": "must be a valid email" },
    });
  });

  it("leaves fieldErrors out when the body has none", () => {
    expect(mapMoovError(apiError(422, "not json")).fieldErrors).toBeUndefined();
  });
});

describe("mapMoovError: no response", () => {
  it("a timeout", () => {
    const mapped = mapMoovError(
      new RequestTimeoutError("Request timed out", { cause: new Error("t") }),
    );
    expect(mapped).toMatchObject({ code: "timeout", status: 504 });
    expect(mapped.requestId).toBeUndefined();
  });

  it("a refused connection", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4010"), {
      code: "ECONNREFUSED",
    });
    const mapped = mapMoovError(new ConnectionError("Unable to make request", { cause: refused }));
    expect(mapped).toMatchObject({ code: "unreachable", status: 502 });
    expect(mapped.message).not.toContain("ECONNREFUSED");
  });

  it("a response the SDK could not read", () => {
    const error = new ResponseValidationError("Response validation failed", {
      ...httpMeta(200, "{}"),
      cause: new Error("bad"),
      rawValue: {},
      rawMessage: "bad",
    });
    expect(mapMoovError(error)).toMatchObject({ code: "bad_gateway", requestId });
  });

  it("anything else", () => {
    expect(mapMoovError(new TypeError("x is undefined"))).toMatchObject({
      code: "unexpected",
      status: 500,
    });
    expect(mapMoovError("boom").message).not.toContain("boom");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2026-04-01T12:00:00Z");
    expect(parseRetryAfter("12", now)).toBe(12);
    expect(parseRetryAfter("Wed, 01 Apr 2026 12:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
