// Validates every line of JSONL files against the record schema with ajv (an independent validator).
// Usage: node validate_jsonl.mjs SCHEMA FILE...; prints file:line: errors and exits 1 if any record fails.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node validate_jsonl.mjs SCHEMA FILE...");
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let records = 0;
let failures = 0;
for (const file of files) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    records++;
    let value;
    try {
      value = JSON.parse(line);
    } catch (e) {
      failures++;
      console.log(`${file}:${i + 1}: invalid JSON: ${e.message}`);
      return;
    }
    if (!validate(value)) {
      failures++;
      for (const err of validate.errors) console.log(`${file}:${i + 1}: ${err.instancePath || "/"} ${err.message}`);
    }
  });
}
console.log(`ajv: ${records} record(s), ${failures} invalid`);
process.exit(failures === 0 && records > 0 ? 0 : 1);
