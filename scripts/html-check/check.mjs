// Opens each HTML page in headless Chromium (the system's, never a downloaded one) and checks it as
// a reader's browser sees it: axe-core finds no violation (every rule, best practices included) at
// a phone width and a desktop width, the page requests nothing from outside and logs no error, the
// phone layout needs no sideways scrolling; it keeps a full-page screenshot at each width and the
// page printed to PDF (the print stylesheet's A4 pages) for a person or pdftotext to look at.
//   node check.mjs --chromium PATH --out DIR PAGE.html...
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const widths = [375, 1280];

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); const value = args[i + 1]; args.splice(i, 2); return value; };
const chromium = option("--chromium");
const out = option("--out");
const pages = args;
fs.mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

let problems = 0;
const fail = (where, message) => { problems++; console.log(`${where}: ${message}`); };

try {
  for (const file of pages) {
    const name = path.basename(file, ".html");
    const url = "file://" + path.resolve(file);
    for (const width of widths) {
      const where = `${name} @${width}px`;
      const page = await browser.newPage();
      const requests = [];
      const errors = [];
      page.on("request", (request) => { if (request.url() !== url && !request.url().startsWith("data:")) requests.push(request.url()); });
      page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.setViewport({ width, height: 900 });
      await page.goto(url, { waitUntil: "load" });

      requests.forEach((r) => fail(where, `requested ${r}`));
      errors.forEach((e) => fail(where, `browser error: ${e}`));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) fail(where, `${overflow}px wider than the screen: the reader must scroll sideways`);
      // Headings are not hyphenated: a word of one that runs over two lines was cut where it did not fit.
      const cut = await page.evaluate(() => {
        const found = [];
        for (const heading of document.querySelectorAll("h1,h2,h3,h4,h5,h6")) {
          const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.data.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1) found.push(match[0]);
            }
          }
        }
        return found;
      });
      cut.forEach((word) => fail(where, `heading word "${word}" is cut over two lines: it does not fit the screen's width`));

      // Evaluated through the DevTools protocol: the page's own policy forbids scripts, and must stay as it is.
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      for (const violation of result.violations) {
        fail(where, `axe ${violation.id} (${violation.impact}): ${violation.help}`);
        violation.nodes.slice(0, 5).forEach((node) => console.log(`    ${node.target.join(" ")}: ${node.failureSummary.replace(/\n/g, " ")}`));
      }
      result.incomplete.forEach((item) => console.log(`    to review: ${item.id}: ${item.help} (${item.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`));
      console.log(`${where}: axe ran ${result.passes.length + result.violations.length + result.incomplete.length + result.inapplicable.length} rules, ${result.violations.length} violations, ${result.incomplete.length} to review by hand`);

      await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: true });
      if (width === widths[widths.length - 1]) {
        await page.pdf({ path: path.join(out, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
      }

      await page.close();
    }
  }
} finally {
  await browser.close();
}

console.log(problems === 0 ? `html-check: ${pages.length} pages clean` : `html-check: ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
