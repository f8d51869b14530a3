/**
 * A small HTTP client for measuring: node:http with a keep-alive agent, so the
 * time to first byte is the time to the status line of the response (not
 * fetch's internal buffering), and a cookie jar that follows Set-Cookie the
 * way a browser would.
 */
import http from "node:http";

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  update(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      if (index < 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = "", raw = ""] = attribute.split("=");
        const lower = key.trim().toLowerCase();
        return (
          (lower === "max-age" && Number(raw) <= 0) ||
          (lower === "expires" && Date.parse(raw) < Date.now())
        );
      });
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  entries(): Array<[string, string]> {
    return [...this.cookies];
  }
}

export type Timed = {
  status: number;
  ttfbMs: number;
  totalMs: number;
  bytes: number;
  body: string;
  headers: http.IncomingHttpHeaders;
};

export type RequestOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  jar?: CookieJar;
  agent?: http.Agent;
  timeoutMs?: number;
  keepBody?: boolean;
};

export const keepAliveAgent = (maxSockets = 64) =>
  new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });

export function request(url: string, options: RequestOptions = {}): Promise<Timed> {
  const target = new URL(url);
  const headers: Record<string, string> = { ...options.headers };
  const cookie = options.jar?.header();
  if (cookie) headers.cookie = cookie;
  if (options.body !== undefined)
    headers["content-length"] = String(Buffer.byteLength(options.body));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttfb = 0;
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        headers,
        agent: options.agent,
      },
      (res) => {
        ttfb = performance.now() - started;
        const setCookie = res.headers["set-cookie"];
        if (setCookie && options.jar) options.jar.update(setCookie);
        const chunks: Buffer[] = [];
        let bytes = 0;
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          if (options.keepBody !== false) chunks.push(chunk);
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            ttfbMs: ttfb,
            totalMs: performance.now() - started,
            bytes,
            body: Buffer.concat(chunks).toString("utf8"),
            headers: res.headers,
          }),
        );
        res.on("error", reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 30_000, () =>
      req.destroy(new Error(`timeout after ${options.timeoutMs ?? 30_000} ms: ${url}`)),
    );
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
