// Parses GIFT files with gift-pegjs (an independent parser) and prints one JSON line per question:
// {"title", "type", "text", "answers": [...], "feedback"}. Usage: node parse_gift.mjs FILE...; a file that
// fails to parse is reported as file:line:column: message and the exit code is 1.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { parse } = require("gift-pegjs");
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node parse_gift.mjs FILE...");
  process.exit(2);
}
let failures = 0;
for (const file of files) {
  let questions;
  try {
    questions = parse(readFileSync(file, "utf8"));
  } catch (e) {
    failures++;
    const at = e.location ? `${e.location.start.line}:${e.location.start.column}` : "?";
    console.error(`${file}:${at}: ${e.message}`);
    continue;
  }
  for (const q of questions) {
    if (q.type === "Category") continue;
    const answers = (q.choices || []).filter((c) => c.isCorrect).map((c) => c.text && c.text.text);
    console.log(JSON.stringify({
      title: q.title, type: q.type, text: q.stem && q.stem.text, format: q.stem && q.stem.format, answers,
      feedback: q.globalFeedback ? q.globalFeedback.text : null,
    }));
  }
}
process.exit(failures ? 1 : 0);
