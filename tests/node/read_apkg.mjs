// Reads .apkg packages with anki-reader (an independent reader) and prints one JSON line per card:
// {"deck", "fields": [...]}. Usage: node read_apkg.mjs FILE...; a package that fails to read is reported and
// the exit code is 1.
import { readFileSync } from "node:fs";
import { readAnkiPackage } from "anki-reader";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node read_apkg.mjs FILE...");
  process.exit(2);
}
let failures = 0;
for (const file of files) {
  try {
    const { collection } = await readAnkiPackage(new Blob([readFileSync(file)]));
    for (const deck of Object.values(collection.getDecks()))
      for (const card of Object.values(deck.getCards()))
        console.log(JSON.stringify({ deck: deck.getName(), fields: card.getFields() }));
  } catch (e) {
    failures++;
    console.error(`${file}: ${e && e.message ? e.message : e}`);
  }
}
process.exit(failures ? 1 : 0);
