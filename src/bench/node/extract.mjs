// Runs a JavaScript article extractor over pages for `broadsheet bench extract` (src/bench/java/.../NodePeer.java).
//
//   node extract.mjs readability|postlight PAGES.jsonl [WARM_UP_PASSES]
//
// PAGES.jsonl holds one {"name", "url", "html"} object per line. The script runs WARM_UP_PASSES untimed passes over
// every page (default 1), then one timed pass, and prints one JSON line per page of that pass:
// {"name", "html", "ms", "error"} (the article's HTML: the benchmark renders its text as it renders the expected
// text, with a line per paragraph, where textContent would run paragraphs together), then {"summary": true, "pages", "wallMs", "cpuMs"}: the pass's wall-clock time and
// the process's CPU time (user + system, all threads: garbage collection included) over it.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";
import Parser from "@postlight/parser";

const [which, file, warmUpArg] = process.argv.slice(2);
const warmUps = warmUpArg === undefined ? 1 : Number(warmUpArg);
const pages = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));

// jsdom reports CSS it cannot parse on its console; the pages are not ours to fix.
const quiet = new VirtualConsole();

/** Readability.js as Mozilla's own test harness runs it: on a jsdom document, the article's content. */
async function readability(page) {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article?.content ?? "";
}

/** Postlight Parser on the given HTML (no fetching, no next pages), its content. */
async function postlight(page) {
  const result = await Parser.parse(page.url, { html: page.html, contentType: "html", fetchAllPages: false });
  return result?.content ?? "";
}

const extractors = { readability, postlight };
const extract = extractors[which];
if (!extract || !file) {
  console.error("usage: node extract.mjs readability|postlight PAGES.jsonl [WARM_UP_PASSES]");
  process.exit(2);
}

async function pass(report) {
  for (const page of pages) {
    const start = performance.now();
    let html = "";
    let error = null;
    try {
      html = await extract(page);
    } catch (e) {
      error = String(e?.message ?? e);
    }
    if (report) {
      const ms = performance.now() - start;
      process.stdout.write(JSON.stringify({ name: page.name, html, ms, error }) + "\n");
    }
  }
}

for (let i = 0; i < warmUps; i++) {
  await pass(false);
}
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
await pass(true);
const wallMs = performance.now() - wallStart;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(
  JSON.stringify({ summary: true, pages: pages.length, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }) + "\n",
);
