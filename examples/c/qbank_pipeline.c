/* A C program on libqbank's C API: normalizes a raw question list, merges near-duplicates, keeps one
 * language, adds tags from the built-in rules and prints the result in an export format.
 *
 *   qbank_pipeline interview.md            # every language, Markdown
 *   qbank_pipeline interview.md en csv     # English questions only, as CSV
 */
#include <stdio.h>
#include <string.h>

#include "qbank/qbank.h"

/* Reports a failed call and returns 1. */
static int report(const char *what, qbank_status status) {
  fprintf(stderr, "qbank_pipeline: %s: %s: %s\n", what, qbank_status_name(status), qbank_last_error());
  return 1;
}

/* Replaces *jsonl by next, releasing the old buffer. */
static void advance(char **jsonl, char *next) {
  qbank_string_free(*jsonl);
  *jsonl = next;
}

int main(int argc, char **argv) {
  const char *langs = argc > 2 ? argv[2] : NULL;
  const char *format = argc > 3 ? argv[3] : "markdown";
  char *jsonl = NULL, *next = NULL, *text = NULL;
  size_t size = 0;
  qbank_filter *filter = NULL;
  qbank_tagger *tagger = NULL;
  qbank_status st;
  int rc = 1;

  if (argc < 2) {
    fprintf(stderr, "usage: qbank_pipeline FILE [LANGS] [FORMAT]   (libqbank %s)\n", qbank_version());
    return 2;
  }
  if ((st = qbank_normalize_file(argv[1], NULL, &jsonl, &size)) != QBANK_OK) return report("normalize", st);
  if ((st = qbank_dedup_jsonl(jsonl, size, &next, &size)) != QBANK_OK) {
    report("dedup", st);
    goto done;
  }
  advance(&jsonl, next);
  if ((st = qbank_filter_new(langs, NULL, NULL, 0, &filter)) != QBANK_OK ||
      (st = qbank_filter_jsonl(filter, jsonl, size, &next, &size)) != QBANK_OK) {
    report("filter", st);
    goto done;
  }
  advance(&jsonl, next);
  if ((st = qbank_tagger_new(NULL, &tagger)) != QBANK_OK ||
      (st = qbank_tag_jsonl(tagger, jsonl, size, &next, &size)) != QBANK_OK) {
    report("tag", st);
    goto done;
  }
  advance(&jsonl, next);
  if ((st = qbank_export_jsonl(jsonl, size, format, &text, &size)) != QBANK_OK) {
    report("export", st);
    goto done;
  }
  fwrite(text, 1, size, stdout);
  rc = 0;
done:
  qbank_string_free(text);
  qbank_string_free(jsonl);
  qbank_filter_free(filter);
  qbank_tagger_free(tagger);
  return rc;
}
