import { expect, test } from "../fixtures";

/**
 * The public folder: what a browser installs (manifest, icons) and what keeps
 * the dashboard out of search engines. All of it is served to the signed-out
 * too: a manifest behind the sign-in redirect would be HTML, not a manifest.
 */
test("robots.txt keeps every crawler out, and pages say noindex too", async ({ page, request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Disallow: \/$/m);

  await page.goto("/sign-in");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
});

test("the web app manifest is linked from every page and each of its icons loads", async ({
  page,
  request,
}) => {
  await page.goto("/sign-in");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    "href",
    "/icons/apple-touch-icon.png",
  );

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
  };
  expect(body).toMatchObject({ name: "Support Desk", start_url: "/", display: "standalone" });
  expect(body.icons.map((icon) => icon.sizes)).toEqual(["any", "192x192", "512x512", "512x512"]);
  expect(body.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  for (const icon of [...body.icons, { src: "/icons/apple-touch-icon.png", type: "image/png" }]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
  }
});
