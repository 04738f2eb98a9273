"""qbank: question datasets in Python, on libqbank.

Records are plain dicts with exactly the fields of the JSONL record schema (schemas/question.schema.json):
id, text, lang, topic, tags, answer, code, choices, sources, notes. Every function takes records as any
iterable of such dicts (or of JSON texts, one record each), or as the path of a JSONL bank.

    import qbank
    records = qbank.normalize("# Python\\n\\n1. What is the GIL?\\n2. what is the GIL\\n", file="list.md")
    merged = qbank.dedup(records)
    print(qbank.export(merged, to="csv"))

Failures raise qbank.Error (a ValueError) whose message names file and line.
"""
import json
import os
import queue
import threading
import warnings

from . import _qbank
from ._qbank import Error

__all__ = ["Error", "Warning", "normalize", "iter_normalize", "read_jsonl", "dedup", "iter_dedup", "compare",
           "filter", "iter_filter", "tag", "iter_tag", "export"]


class Warning(UserWarning):  # noqa: A001 (qbank.Warning, as qbank.Error)
    """A problem normalize found but got past ("list.md:3: section 'SQL' declares 10 questions, found 9"),
    issued through the warnings module."""

# Extensions that make a one-word str a file name even when the file is missing (so the error names it).
_INPUT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".csv", ".tsv", ".json", ".jsonl", ".gift")


def _is_path(value):
    """True when value names a file: a path object, or a one-line str naming an existing file or directory
    (reading a directory fails with an error that says so), or a str without whitespace ending in an input
    extension ("missing.md")."""
    if isinstance(value, os.PathLike):
        return True
    if not isinstance(value, str) or "\n" in value or len(value) >= 4096:
        return False
    if os.path.exists(value):
        return True
    return not any(c.isspace() for c in value) and value.lower().endswith(_INPUT_EXTENSIONS)


def _json_lines(records, origin):
    """Returns records as a list of JSON texts: from a JSONL path (read by the library), or from an iterable
    of dicts or JSON texts."""
    if _is_path(records):
        return _qbank.read_jsonl(os.fspath(records))
    return [text for _, text in _numbered_json(records, origin)]


def _open_input(path):
    """Opens an input file (JSONL, rules) for reading bytes; a file that cannot be opened raises qbank.Error
    naming it, with the code the library gives (invalid_argument for a directory, not_found, io_error)."""
    try:
        return open(path, "rb")
    except IsADirectoryError:
        error = Error(f"{os.fspath(path)}: is a directory")
        error.code = "invalid_argument"
    except OSError as e:
        error = Error(f"{os.fspath(path)}: {e.strerror or e}")
        error.code = "not_found" if isinstance(e, FileNotFoundError) else "io_error"
    raise error from None


def _numbered_json(records, origin):
    """Yields (line, JSON text) for each record, lazily: a JSONL path's non-blank lines with their line
    numbers, or an iterable's dicts and JSON texts with their 1-based positions."""
    if isinstance(records, dict):
        raise TypeError("records must be an iterable of records (dicts), not one dict; wrap it in a list")
    if _is_path(records):
        # Lines go to the library as bytes, as the command line reads them: a UTF-8 BOM on the first line is
        # dropped, and invalid UTF-8 or binary data is reported there with its file and line.
        with _open_input(records) as f:
            for line, text in enumerate(f, 1):
                if line == 1 and text.startswith(b"\xef\xbb\xbf"):
                    text = text[3:]
                if text.strip(b" \t\r\n"):
                    yield line, text.strip(b" \t\r\n")
        return
    if isinstance(records, (str, bytes)):
        raise TypeError("records must be an iterable of records or the path of an existing JSONL file")
    for position, record in enumerate(records, 1):
        if isinstance(record, str):
            yield position, record
        elif isinstance(record, dict):
            yield position, json.dumps(record, ensure_ascii=False)
        else:
            raise TypeError(f"{origin}:{position}: a record must be a dict or a JSON text, "
                            f"not {type(record).__name__}")


def _batches(records, origin, size=1024):
    """Yields (first line, [JSON texts]) batches of consecutive records, lazily."""
    batch, first, last = [], 0, 0
    for line, text in _numbered_json(records, origin):
        if batch and (len(batch) >= size or line != last + 1):
            yield first, batch
            batch = []
        if not batch:
            first = line
        batch.append(text)
        last = line
    if batch:
        yield first, batch


def _origin(records, default):
    """The name errors give for records: the JSONL file's path, or default."""
    return os.fspath(records) if _is_path(records) else default


def _dicts(json_texts):
    """Turns the JSON texts the extension returns into dicts."""
    return [json.loads(t) for t in json_texts]


def _normalize_options(format, lang, topic, encoding, file, columns):
    """The keyword options of normalize as the extension reads them."""
    return {"format": format, "lang": lang, "topic": topic, "encoding": encoding, "file": file,
            "columns": columns}


def normalize(text_or_path, format="auto", lang=None, file=None, topic=None, encoding=None, columns=None):
    """Reads questions from a text or a file and returns them as a list of record dicts.

    text_or_path: the input itself (str, or bytes in UTF-8 or in `encoding`), or a file to read: a path
        object, a one-line str naming an existing file, or a str without spaces ending in an input
        extension (.md, .txt, .csv, .tsv, .json, .jsonl, .html, .gift), which raises qbank.Error when the
        file is missing.
    format: "auto" (default: detected from the file name and content), "text", "markdown", "html", "csv",
        "tsv", "json", "jsonl" or "gift".
    lang: an ISO 639-1 code forced on every record (default None: detected per question).
    file: the name recorded in each record's sources and used in error messages (default: the path, or "-"
        for a text); its extension also helps detect the format.
    topic: a topic forced on every record (default None: from headings).
    encoding: the input's legacy encoding, e.g. "cp1251" (default None: UTF-8, or UTF-16 with a BOM).
    columns: CSV/JSON field mapping such as {"text": "Frage", "answer": "Antwort"} (default: by header name).

    Raises qbank.Error (message "file:line: ...") on input that cannot be read, and on a bad option;
    problems it gets past are issued as qbank.Warning through the warnings module.
    """
    if _is_path(text_or_path):
        return list(iter_normalize(text_or_path, format=format, lang=lang, file=file, topic=topic,
                                   encoding=encoding, columns=columns))
    if not isinstance(text_or_path, (str, bytes, bytearray, memoryview)):
        raise TypeError("normalize takes a text (str or bytes) or a path, not " + type(text_or_path).__name__)
    data = text_or_path.encode("utf-8") if isinstance(text_or_path, str) else bytes(text_or_path)
    options = _normalize_options(format, lang, topic, encoding, file or "-", columns)
    records, problems = _qbank.normalize_bytes(data, options)
    _warn(problems)
    return _dicts(records)


def _warn(problems):
    """Issues each of the library's warnings as a qbank.Warning."""
    for problem in problems:
        warnings.warn(problem, Warning, stacklevel=3)


class _Stopped(Exception):
    """Raised in a library thread when the consumer of a streaming function stopped early."""


def _stream(run, buffer):
    """Runs run(sink) on a thread, where the library calls sink(*values) for each result as soon as it is
    built, and yields each values tuple; at most `buffer` wait for the consumer. An error of run is raised
    after the values before it were yielded; a consumer that stops early stops the library."""
    pending = queue.Queue(maxsize=max(1, buffer))
    done = object()
    stop = threading.Event()
    failure = []

    def sink(*values):
        while not stop.is_set():
            try:
                pending.put(values, timeout=0.1)
                return
            except queue.Full:
                continue
        raise _Stopped()

    def work():
        try:
            run(sink)
        except BaseException as e:  # Handed to the consumer, which raises it.
            failure.append(e)
        finally:
            while True:
                try:
                    pending.put(done, timeout=0.1)
                    return
                except queue.Full:
                    if stop.is_set():
                        return

    worker = threading.Thread(target=work, name="qbank-stream", daemon=True)
    worker.start()
    try:
        while True:
            item = pending.get()
            if item is done:
                break
            yield item
    finally:
        stop.set()
        worker.join()
    if failure and not isinstance(failure[0], _Stopped):
        raise failure[0]


def iter_normalize(path, format="auto", lang=None, file=None, topic=None, encoding=None, columns=None,
                   buffer=1024):
    """Reads questions from a file and yields each record dict as soon as the library builds it.

    A large plain-text or Markdown file is read piece by piece, so memory stays bounded however large the
    file; at most `buffer` records wait for the consumer. The other arguments are those of normalize(). An
    error raises qbank.Error from the iteration, after the records before it were yielded.
    """
    path = os.fspath(path)
    options = _normalize_options(format, lang, topic, encoding, file or path, columns)
    problems = []
    for (text,) in _stream(lambda sink: problems.extend(_qbank.normalize_path(path, options, sink)), buffer):
        yield json.loads(text)
    _warn(problems)


def read_jsonl(path):
    """Reads a JSONL bank and returns its records as dicts, each checked against the record schema.

    Raises qbank.Error naming the file and line of the first unusable record.
    """
    return _dicts(_qbank.read_jsonl(os.fspath(path)))


def _dedup_inputs(records, against, options):
    """The records and bank as JSON texts for the extension; a JSONL path is left to the library to read
    (options records_path / bank_path), which saves converting every record twice."""
    lines, bank = [], []
    if _is_path(records):
        options["records_path"] = os.fspath(records)
    else:
        lines = _json_lines(records, options["origin"])
    if against is not None and _is_path(against):
        options["bank_path"] = os.fspath(against)
    elif against is not None:
        bank = _json_lines(against, "against")
    return lines, bank


def dedup(records, against=None, explain=False, clusters=False, typos=True, threads=0):
    """Merges near-duplicate questions into one record each and returns the merged records as dicts.

    records: the records to deduplicate (dicts, JSON texts, or a JSONL path). Their order does not change
        the result; every source of every input record appears in exactly one output record.
    against: an existing bank (same forms) whose records keep their ids and order and absorb the new
        records that match them (default None).
    explain: also return one explanation per merge: {"cluster_id", "kept_text", "merged_text",
        "merged_from", "merged", "score", "evidence"} (default False).
    clusters: also return the membership of each output record: {"id", "members": [input indexes]}.
    typos: accept a one-letter typo in words of 7+ letters (default True).
    threads: worker threads for feature extraction (default 0: all cores).

    Returns the list of records, or a tuple (records, explanations) / (records, clusters) /
    (records, clusters, explanations) when explain and/or clusters are set.
    """
    origin = _origin(records, "records")
    options = {"explain": explain, "typos": typos, "threads": threads, "origin": origin,
               "against_origin": _origin(against, "against") if against is not None else "against"}
    lines, bank = _dedup_inputs(records, against, options)
    result = _qbank.dedup(lines, bank, options)
    merged = _dicts(result["records"])
    extra = ([result["clusters"]] if clusters else []) + ([result["explanations"]] if explain else [])
    return tuple([merged] + extra) if extra else merged


def iter_dedup(records, against=None, clusters=False, typos=True, threads=0, buffer=1024):
    """Merges near-duplicate questions like dedup() and yields each merged record as soon as the library
    builds it, in the same order, so the merged bank is never held twice; at most `buffer` wait.

    With clusters=True each item is a (record, members) pair, members being the input indexes the record
    absorbed. The other arguments are those of dedup().
    """
    origin = _origin(records, "records")
    options = {"typos": typos, "threads": threads, "origin": origin,
               "against_origin": _origin(against, "against") if against is not None else "against"}
    lines, bank = _dedup_inputs(records, against, options)
    for text, members in _stream(lambda sink: _qbank.dedup_stream(lines, bank, options, sink), buffer):
        yield (json.loads(text), members) if clusters else json.loads(text)


def compare(a, b, lang=None, typos=True):
    """Tells whether two questions ask the same thing, with dedup's bank-independent rules.

    a, b: records (dicts or JSON texts), or bare question texts (str), which are normalized first as one
        question each (lang forced when given, else detected).
    Returns {"merged": bool, "score": share of content matched (1.0 = identical), "evidence": why}.
    """
    def as_json(x, name):
        if isinstance(x, dict):
            return json.dumps(x, ensure_ascii=False)
        text = x.strip() if isinstance(x, str) else None
        if text and text.startswith("{"):
            return x
        if text is None:
            raise TypeError(f"{name} must be a record dict, a JSON text or a question text")
        found = normalize(x, format="text", lang=lang, file=name)
        if len(found) != 1:
            raise Error(f"{name}:1: expected one question, found {len(found)}")
        return json.dumps(found[0], ensure_ascii=False)

    return _qbank.compare(as_json(a, "a"), as_json(b, "b"), {"typos": typos})


def iter_filter(records, lang=None, pattern=None, exclude=None, topic=None, tags=None, all_tags=False,
           sources=None, fold=False, answer="any", has_code=False, min_words=0, max_words=0, invert=False):
    """Yields the records (dicts) that pass every criterion given, reading records lazily in batches, so a
    large bank or a generator streams through in bounded memory; criteria left at None are not tested.

    lang: a language code or a list of them ("en", ["ru", "uk"], "und").
    pattern / exclude: RE2 patterns the text must / must not match anywhere ("(?i)sql|join").
    topic: an RE2 pattern the topic must match (records without a topic fail).
    tags: a tag or list of tags, any of which must be present ("python" accepts "python::gil");
        all_tags=True requires every one.
    sources: fnmatch globs on the source file names ("*.md").
    fold: test pattern, exclude and topic on the folded text (case, look-alikes) (default False).
    answer: "any" (default), "present" or "absent"; has_code: require code.
    min_words / max_words: word count bounds (0: none); invert: keep the records that fail instead.

    Raises qbank.Error on an invalid pattern (quoting RE2) or a record that breaks the schema.
    """
    origin = _origin(records, "records")
    options = {"lang": lang, "pattern": pattern, "exclude": exclude, "topic": topic, "tags": tags,
               "all_tags": all_tags, "sources": sources, "fold": fold, "answer": answer,
               "has_code": has_code, "min_words": min_words, "max_words": max_words, "invert": invert,
               "origin": origin}
    compiled = _qbank.Filter(options)
    for first, batch in _batches(records, origin):
        for text, keep in zip(batch, compiled.select(batch, first)):
            if keep:
                yield json.loads(text)


def filter(records, lang=None, pattern=None, exclude=None, topic=None, tags=None, all_tags=False,
           sources=None, fold=False, answer="any", has_code=False, min_words=0, max_words=0, invert=False):
    """Returns the list of records (dicts) that pass every criterion given; see iter_filter for the criteria.

    Raises qbank.Error on an invalid pattern (quoting RE2) or a record that breaks the schema.
    """
    return list(iter_filter(records, lang=lang, pattern=pattern, exclude=exclude, topic=topic, tags=tags,
                            all_tags=all_tags, sources=sources, fold=fold, answer=answer, has_code=has_code,
                            min_words=min_words, max_words=max_words, invert=invert))


def iter_tag(records, rules=None, default_rules=True, remove=None, topic_tags=False, match_topic=True):
    """Adds tags to records from rules and yields the tagged records (dicts), reading records lazily in
    batches, so a large bank or a generator streams through in bounded memory.

    rules: further rules, applied after the built-in ones: a list of {"tag", "pattern", "lang", "topic"}
        dicts, a JSON rules document (str), or the path of a rules file (default None).
    default_rules: use the built-in rule set for common interview domains (default True).
    remove: tags (with their children) to remove afterwards.
    topic_tags: add each record's topic as a tag (default False).
    match_topic: also try the rules on the topic (default True).

    Raises qbank.Error on a bad rule (naming the rule) or a record that breaks the schema.
    """
    rules_origin = "rules"
    if rules is None:
        rules_json = ""
    elif _is_path(rules):
        rules_origin = os.fspath(rules)
        with _open_input(rules) as f:  # Bytes, read by the library as the command line reads them.
            rules_json = f.read()
    elif isinstance(rules, str):
        rules_json = rules
    else:
        rules_json = json.dumps(list(rules), ensure_ascii=False)
    origin = _origin(records, "records")
    options = {"rules": rules_json, "rules_origin": rules_origin, "default_rules": default_rules,
               "remove": remove, "topic_tags": topic_tags, "match_topic": match_topic, "origin": origin}
    compiled = _qbank.Tagger(options)
    for first, batch in _batches(records, origin):
        yield from _dicts(compiled.apply(batch, first))


def tag(records, rules=None, default_rules=True, remove=None, topic_tags=False, match_topic=True):
    """Adds tags to records from rules and returns the list of tagged records (dicts); see iter_tag.

    Raises qbank.Error on a bad rule (naming the rule) or a record that breaks the schema.
    """
    return list(iter_tag(records, rules=rules, default_rules=default_rules, remove=remove,
                         topic_tags=topic_tags, match_topic=match_topic))


def export(records, to=None, path=None, columns=None, tag_separator=" ", bom=False, crlf=False, raw=False,
           deck="qbank", subdecks=False, reversed=False, pretty=False, timestamp=0, with_translations=False):
    """Writes records in another format: returns the text when path is None, else writes the file atomically.

    to: "csv" (default without a path), "tsv", "anki", "apkg" (needs a path), "markdown", "gift",
        "moodle-xml", "json" or "jsonl"; with a path and no `to`, the path's extension decides.
    columns: CSV/TSV columns (default id,text,answer,tags,topic,lang,code; also choices, source, notes,
        translations).
    tag_separator, bom, crlf, raw: CSV/TSV details (raw=False guards cells against spreadsheet formulas).
    deck, subdecks, reversed: Anki deck name, one deck per topic, back-to-front cards.
    pretty: indented JSON; timestamp: fixed apkg time (default 0: now).
    with_translations: show the linked translations (dedup --link-languages) as "lang: text": a CSV/TSV
        translations column, the Anki Translations field, a list under each Markdown question.

    A JSONL bank given by its path and written to a path streams through without being held in memory
    (except for apkg, and Markdown, GIFT and Moodle XML keep 16 bytes per record to group by topic).

    Returns the exported text (str), or None after writing path.
    """
    origin = _origin(records, "records")
    options = {"to": to, "columns": columns, "tag_separator": tag_separator, "bom": bom, "crlf": crlf,
               "raw": raw, "deck": deck, "subdecks": subdecks, "reversed": reversed, "pretty": pretty,
               "timestamp": timestamp, "with_translations": with_translations, "origin": origin}
    if path is not None and os.fspath(path) == "":
        error = Error("path: an empty path names no file (leave path out to get the text)")
        error.code = "invalid_argument"
        raise error
    if path is not None and _is_path(records):
        _qbank.export_jsonl(os.fspath(records), os.fspath(path), options)
        return None
    lines = _json_lines(records, origin)
    if path is None:
        return _qbank.export_string(lines, options)
    _qbank.export_file(lines, os.fspath(path), options)
    return None
