// Renders Markdown files to HTML with commonmark.js (the CommonMark reference implementation), raw HTML
// passed through as a CommonMark renderer does by default. Usage: node render_markdown.mjs FILE...; the HTML
// goes to stdout.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Parser, HtmlRenderer } = require("commonmark");
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node render_markdown.mjs FILE...");
  process.exit(2);
}
const reader = new Parser(), writer = new HtmlRenderer();
for (const file of files) process.stdout.write(writer.render(reader.parse(readFileSync(file, "utf8"))));
