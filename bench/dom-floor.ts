/**
 * `npm run bench:dom-floor -- [--rounds N] [--requests N]`
 *
 * How much of the queue page's cost is its HTML itself. Reads the queue of
 * Atlas's agent from the built app, turns its body into a tree of plain
 * elements (the same tags, attributes and text, no components, no data, no
 * scripts), and serves that tree from a bare Next.js app of its own as a
 * client component rendered per request: the framework's floor for this
 * much DOM. Then reads the bare page, that same-DOM page and the queue in
 * interleaved rounds, and prints each one's server CPU per request (/proc)
 * and whole response, beside the new-ticket page (the account's frame with
 * no Moov read of its own). What the queue costs above the same-DOM page is
 * the work behind its HTML: the session, the Moov calls, the SDK's
 * validation, the RSC payload, React Query, the components. A tool for looking, not a
 * goal: `npm run bench` is where goals are judged.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Window } from "happy-dom";
import { startAtlasStack } from "./lib/atlas-stack";
import { ensureBareApp, startBareApp } from "./lib/bare-app";
import { benchDistDir, buildKeepingTsconfig } from "./lib/build";
import { keepAliveAgent, request } from "./lib/http";
import { type PageReads, readPageRepeatedly } from "./lib/page-reads";
import { exitCleanlyOnSignals, stopAll } from "./lib/processes";
import { atlasID } from "./lib/setup";
import { median } from "./lib/stats";

const { values: flags } = parseArgs({
  options: {
    rounds: { type: "string", default: "7" },
    requests: { type: "string", default: "40" },
  },
  strict: true,
});
const rounds = Number(flags.rounds);
const requests = Number(flags.requests);
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(requests) || requests < 1) {
  throw new Error("--rounds and --requests take whole numbers");
}

/** An element as [tag, props, children]; text as a string. */
type TreeNode = string | [string, Record<string, string | boolean>, TreeNode[]];
type DomNode = ChildNode & { tagName?: string; attributes?: NamedNodeMap };

/** HTML attribute names React wants spelled its own way. */
const propNames: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  tabindex: "tabIndex",
  datetime: "dateTime",
  maxlength: "maxLength",
  autocomplete: "autoComplete",
  colspan: "colSpan",
  viewbox: "viewBox",
  "stroke-width": "strokeWidth",
  "stroke-linecap": "strokeLinecap",
  "stroke-linejoin": "strokeLinejoin",
};
/** Not DOM to draw: the framework's scripts and styles, and what only the client uses. */
const skipped = new Set(["script", "style", "link", "template", "noscript"]);
const booleans = new Set(["checked", "disabled", "hidden", "selected", "required"]);

function toTree(node: DomNode, count: { elements: number }): TreeNode | null {
  if (node.nodeType === 3) return node.textContent ?? "";
  if (node.nodeType !== 1 || !node.tagName || !node.attributes) return null;
  const tag = node.tagName.toLowerCase();
  if (skipped.has(tag)) return null;
  count.elements++;
  const props: Record<string, string | boolean> = {};
  for (const attribute of Array.from(node.attributes)) {
    if (attribute.name === "style") continue;
    const name = propNames[attribute.name] ?? attribute.name;
    props[name] = booleans.has(attribute.name) ? true : attribute.value;
  }
  // Uncontrolled, as the server's HTML is: no handlers to pair a value with.
  if (tag === "input" && props.checked) {
    props.defaultChecked = true;
    delete props.checked;
  }
  if (tag === "input" && typeof props.value === "string") {
    props.defaultValue = props.value;
    delete props.value;
  }
  if (tag === "option") delete props.selected;
  const children = Array.from(node.childNodes)
    .map((child) => toTree(child as DomNode, count))
    .filter((child): child is TreeNode => child !== null);
  return [tag, props, children];
}

/** The queue's body as a tree, and how many elements it has. */
function treeOf(html: string): { tree: TreeNode[]; elements: number } {
  const window = new Window();
  window.document.write(html);
  const count = { elements: 0 };
  const tree = Array.from(window.document.body.childNodes)
    .map((node) => toTree(node as unknown as DomNode, count))
    .filter((node): node is TreeNode => node !== null);
  void window.happyDOM.close();
  return { tree, elements: count.elements };
}

/** The same-DOM page: a client component that builds the tree with createElement, per request. */
const sameDomFiles = (tree: TreeNode[]) => ({
  "app/same-dom/tree.json": JSON.stringify(tree),
  "app/same-dom/tree.jsx": `"use client";
import { createElement } from "react";
import tree from "./tree.json";

function build(node, key) {
  if (typeof node === "string") return node;
  const [tag, props, children] = node;
  return createElement(tag, key === undefined ? props : { ...props, key }, ...children.map((child) => build(child)));
}

export function Tree() {
  return tree.map((node, i) => build(node, i));
}
`,
  "app/same-dom/page.jsx": `import { Tree } from "./tree";

export const dynamic = "force-dynamic";

export default function Page() {
  return <Tree />;
}
`,
});

type Sample = { cpuMs: number[]; totalMs: number[] };

async function main(): Promise<void> {
  exitCleanlyOnSignals();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "support-desk-dom-floor-"));
  buildKeepingTsconfig(benchDistDir);
  const agent = keepAliveAgent();
  const { app, session } = await startAtlasStack({
    scratch,
    ports: { emulator: 4461, app: 3461 },
    distDir: benchDistDir,
    agent,
  });
  const queueURL = `${app.url}/accounts/${atlasID}/tickets`;
  const queueHTML = (await request(queueURL, { jar: session.jar, agent })).body;
  const { tree, elements } = treeOf(queueHTML);

  const bareDir = ensureBareApp({ name: "same-dom", files: sameDomFiles(tree) });
  const bare = await startBareApp({
    port: 3462,
    dir: bareDir,
    logFile: path.join(scratch, "bare.log"),
  });
  const sameDomHTML = (await request(`${bare.url}/same-dom`, { agent })).body;

  const pages = {
    "bare page": { url: `${bare.url}/dynamic`, pid: bare.managed.child.pid },
    "same DOM, nothing behind it": { url: `${bare.url}/same-dom`, pid: bare.managed.child.pid },
    // The account's frame with no Moov read of its own: session, proxy, layout, header, token check.
    "new-ticket page (the frame)": {
      url: `${app.url}/accounts/${atlasID}/tickets/new`,
      pid: app.managed.child.pid,
      jar: session.jar,
    },
    "queue page": { url: queueURL, pid: app.managed.child.pid, jar: session.jar },
  };
  const samples = new Map<string, Sample>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, page] of Object.entries(pages)) {
      const reads: PageReads = await readPageRepeatedly(() => page.url, {
        requests,
        warmup: round === 0 ? 20 : 3,
        agent,
        pid: page.pid,
        jar: "jar" in page ? page.jar : undefined,
      });
      const sample = samples.get(name) ?? { cpuMs: [], totalMs: [] };
      sample.cpuMs.push(reads.processCpuMs / requests);
      sample.totalMs.push(reads.total.p50);
      samples.set(name, sample);
    }
  }
  await stopAll();

  console.log(
    `\nThe queue's body: ${elements} elements, ${(queueHTML.length / 1024).toFixed(1)} KB of HTML ` +
      `(the same-DOM page: ${(sameDomHTML.length / 1024).toFixed(1)} KB, without the RSC payload's scripts)`,
  );
  console.log(
    `${rounds} interleaved rounds of ${requests}; medians of the rounds (CPU: the server process, all threads, /proc)\n`,
  );
  console.log(
    `${"page".padEnd(32)}${"CPU / request".padStart(15)}${"whole response p50".padStart(21)}`,
  );
  for (const [name, sample] of samples) {
    console.log(
      `${name.padEnd(32)}${`${median(sample.cpuMs).toFixed(2)} ms`.padStart(15)}${`${median(sample.totalMs).toFixed(1)} ms`.padStart(21)}`,
    );
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
