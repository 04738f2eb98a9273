/* The C API of libqbank, for C programs and for other languages through their C foreign-function
 * interface (Python ctypes, Rust, Go cgo...). Strings are UTF-8; records travel as JSONL buffers (one
 * JSON record per line, see schemas/question.schema.json). Every function returns a qbank_status; on
 * failure qbank_last_error() holds a message for the calling thread. Strings returned through `char **out`
 * are NUL-terminated, allocated by the library and released with qbank_string_free(). No function throws,
 * aborts or keeps a pointer to its arguments.
 *
 *   char *jsonl = NULL, *csv = NULL;
 *   size_t size = 0;
 *   if (qbank_normalize_file("list.md", NULL, &jsonl, &size) != QBANK_OK) {
 *     fprintf(stderr, "qbank: %s\n", qbank_last_error());
 *     return 1;
 *   }
 *   if (qbank_export_jsonl(jsonl, size, "csv", &csv, &size) == QBANK_OK) fputs(csv, stdout);
 *   qbank_string_free(csv);
 *   qbank_string_free(jsonl);
 */
#ifndef QBANK_QBANK_H
#define QBANK_QBANK_H

#include <stddef.h>

/* QBANK_C_EXPORT marks the functions that libqbank.so exports. */
#if defined(_WIN32)
#define QBANK_C_EXPORT
#else
#define QBANK_C_EXPORT __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The outcome of a call; the values match qbank::StatusCode and never change. */
typedef enum qbank_status {
  QBANK_OK = 0,               /* Success. */
  QBANK_INVALID_ARGUMENT = 1, /* A bad argument: NULL pointer, unknown format name, invalid pattern. */
  QBANK_DATA_ERROR = 2,       /* Malformed input data: bad JSON, invalid UTF-8, schema violation. */
  QBANK_NOT_FOUND = 3,        /* A named file does not exist. */
  QBANK_IO_ERROR = 4,         /* Reading or writing a file failed. */
  QBANK_UNSUPPORTED = 5,      /* The request needs a feature that is not available. */
  QBANK_INTERNAL = 6,         /* A bug in qbank, or memory ran out. */
  QBANK_CLOSED_PIPE = 7,      /* The reader of an output went away (never returned by these functions today). */
} qbank_status;

/* A compiled record filter (see qbank_filter_new); opaque. */
typedef struct qbank_filter qbank_filter;
/* A compiled tagging rule set (see qbank_tagger_new); opaque, not thread-safe. */
typedef struct qbank_tagger qbank_tagger;

/* Filter flags for qbank_filter_new, combined with |. */
enum {
  QBANK_FILTER_FOLD = 1,        /* Match patterns against the folded text (case and look-alikes unified). */
  QBANK_FILTER_INVERT = 2,      /* Keep the records that fail the criteria instead. */
  QBANK_FILTER_HAS_ANSWER = 4,  /* Keep only records with a non-blank answer. */
  QBANK_FILTER_HAS_CODE = 8,    /* Keep only records with a non-blank code field. */
};

/* Returns the library version as "MAJOR.MINOR.PATCH"; the string is static. */
QBANK_C_EXPORT const char *qbank_version(void);

/* Returns the name of a status ("ok", "invalid argument", ...); the string is static. */
QBANK_C_EXPORT const char *qbank_status_name(qbank_status status);

/* Returns the message of the last failed call on this thread ("" when none); valid until the next failure. */
QBANK_C_EXPORT const char *qbank_last_error(void);

/* Releases a string returned by the library; NULL is ignored. */
QBANK_C_EXPORT void qbank_string_free(char *s);

/* Normalizes raw question text (Markdown, plain text, HTML, CSV/TSV, JSON, GIFT) held in memory into
 * JSONL records. file_name is recorded in sources[].file and hints the format (NULL: "-"); format is a
 * format name such as "markdown" or "csv" (NULL or "auto": detected). */
QBANK_C_EXPORT qbank_status qbank_normalize_buffer(const char *data, size_t size, const char *file_name, const char *format,
                                    char **out_jsonl, size_t *out_size);

/* Reads and normalizes a file into JSONL records; format as for qbank_normalize_buffer. */
QBANK_C_EXPORT qbank_status qbank_normalize_file(const char *path, const char *format, char **out_jsonl, size_t *out_size);

/* Folds a NUL-terminated text to its comparison form (case-folded, NFKC, look-alikes unified). */
QBANK_C_EXPORT qbank_status qbank_fold(const char *text, char **out_folded);

/* Detects the ISO 639-1 language of a short text ("und" when unsure); prior is the surrounding document's
 * language or NULL. */
QBANK_C_EXPORT qbank_status qbank_detect_language(const char *text, const char *prior, char **out_lang);

/* Merges near-duplicate records of a JSONL buffer; every input source is kept in exactly one output record. */
QBANK_C_EXPORT qbank_status qbank_dedup_jsonl(const char *data, size_t size, char **out_jsonl, size_t *out_size);

/* Adds the records of incoming to an already deduplicated bank without re-clustering it: bank records keep
 * their ids and order, matching incoming records are absorbed, the others are appended. */
QBANK_C_EXPORT qbank_status qbank_dedup_against_jsonl(const char *bank, size_t bank_size, const char *incoming,
                                       size_t incoming_size, char **out_jsonl, size_t *out_size);

/* Compiles a filter: langs is a comma-separated list of language codes ("en,ru"; NULL or "": any); match
 * and exclude are RE2 patterns the text must / must not match (NULL or "": not tested); flags combine
 * QBANK_FILTER_* values. */
QBANK_C_EXPORT qbank_status qbank_filter_new(const char *langs, const char *match, const char *exclude, int flags,
                              qbank_filter **out_filter);

/* Keeps the records of a JSONL buffer that the filter selects. */
QBANK_C_EXPORT qbank_status qbank_filter_jsonl(const qbank_filter *filter, const char *data, size_t size, char **out_jsonl,
                                size_t *out_size);

/* Releases a filter; NULL is ignored. */
QBANK_C_EXPORT void qbank_filter_free(qbank_filter *filter);

/* Compiles a tagger from the built-in default rules plus the rules of a JSON rules document (NULL: the
 * default rules only). */
QBANK_C_EXPORT qbank_status qbank_tagger_new(const char *rules_json, qbank_tagger **out_tagger);

/* Adds the tags of matching rules to every record of a JSONL buffer. */
QBANK_C_EXPORT qbank_status qbank_tag_jsonl(qbank_tagger *tagger, const char *data, size_t size, char **out_jsonl,
                             size_t *out_size);

/* Releases a tagger; NULL is ignored. */
QBANK_C_EXPORT void qbank_tagger_free(qbank_tagger *tagger);

/* Exports the records of a JSONL buffer in a text format: "csv", "tsv", "anki", "markdown", "gift",
 * "moodle-xml", "json" or "jsonl" ("apkg" needs qbank_export_jsonl_to_file). */
QBANK_C_EXPORT qbank_status qbank_export_jsonl(const char *data, size_t size, const char *format, char **out_text,
                                size_t *out_size);

/* Exports the records of a JSONL buffer to a file, written atomically; any format, including "apkg"; an empty path is
 * QBANK_INVALID_ARGUMENT. */
QBANK_C_EXPORT qbank_status qbank_export_jsonl_to_file(const char *data, size_t size, const char *format, const char *path);

#ifdef __cplusplus
}
#endif

#endif /* QBANK_QBANK_H */
