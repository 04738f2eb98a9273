// Tests for qbank/io.hpp: JSON writing, record parsing with schema checks, JSONL reading, atomic output.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <iterator>

#include "qbank/fold.hpp"
#include "qbank/io.hpp"
#include "test_helpers.hpp"

namespace {

// Builds a minimal valid record.
qbank::Question sample() {
  qbank::Question q;
  q.text = "What is the GIL?";
  q.lang = "en";
  q.sources.push_back({"a.txt", 3, "* What is the GIL?", "text", std::nullopt, {}});
  q.id = qbank::compute_id(q);
  return q;
}

// Returns true when some problem names the field.
bool has_problem(const qbank::RecordItem& item, const std::string& field) {
  for (const auto& p : item.problems)
    if (p.field == field) return true;
  return false;
}

}  // namespace

TEST_CASE("every control character is escaped and survives a round trip") {
  std::string text;
  for (int c = 1; c < 0x20; ++c) text.push_back(static_cast<char>(c));
  text += "\x7f\"\\ end \u2028\u2029 ✓";
  qbank::Question q = sample();
  q.text = "x" + text;
  std::string json = qbank::to_json(q);
  for (char c : json) CHECK(static_cast<unsigned char>(c) >= 0x20);
  CHECK(json.find("\\u2028") != std::string::npos);
  auto item = qbank::parse_record(json, "t", 1);
  REQUIRE(item.usable());
  CHECK(item.record.text == q.text);
}

TEST_CASE("invalid UTF-8 in a string is written as U+FFFD") {
  std::string out;
  qbank::append_json_string(out, std::string("a\xff" "b"));
  CHECK(out == "\"a\xEF\xBF\xBD" "b\"");
}

TEST_CASE("a record round-trips through JSON with every field") {
  qbank::Question q = sample();
  q.topic = "Python";
  q.tags = {"python", "concurrency::gil"};
  q.answer = "A lock.";
  q.code = "import threading\n";
  q.choices = {"A: yes", "B: no"};
  q.notes = {"repaired"};
  q.extra = {{"x_rank", "3"}};
  q.id = qbank::compute_id(q);
  auto item = qbank::parse_record(qbank::to_json(q), "t", 1);
  REQUIRE(item.problems.empty());
  CHECK(qbank::to_json(item.record) == qbank::to_json(q));
}

TEST_CASE("schema violations name the field") {
  auto empty_text = qbank::parse_record(
      R"({"id":"q0000000000000001","text":" ","lang":"en","topic":null,"tags":[],"answer":null,"code":null,)"
      R"("sources":[{"file":"f","line":1,"raw":""}]})", "f", 4);
  CHECK(has_problem(empty_text, "text"));
  CHECK_FALSE(empty_text.usable());
  CHECK(empty_text.problems[0].line == 4);

  auto bad = qbank::parse_record(
      R"({"id":5,"text":"t","lang":"en","topic":1,"tags":["a","a"],"answer":null,"code":[],)"
      R"("sources":[{"file":"f","line":0,"raw":""}]})", "f", 1);
  CHECK(has_problem(bad, "id"));
  CHECK(has_problem(bad, "topic"));
  CHECK(has_problem(bad, "tags"));
  CHECK(has_problem(bad, "code"));
  CHECK(has_problem(bad, "sources[0].line"));

  auto no_sources = qbank::parse_record(R"({"id":"q0000000000000001","text":"t","lang":"en"})", "f", 1);
  CHECK(has_problem(no_sources, "sources"));
  CHECK_FALSE(no_sources.usable());

  auto not_json = qbank::parse_record("{\"text\":", "f", 9);
  REQUIRE_FALSE(not_json.problems.empty());
  CHECK(not_json.problems[0].to_string().rfind("f:9: invalid JSON", 0) == 0);
}

TEST_CASE("unknown fields are kept; x_ fields are allowed silently") {
  auto item = qbank::parse_record(
      R"({"id":"q0000000000000001","text":"t","lang":"en","topic":null,"tags":[],"answer":null,"code":null,)"
      R"("sources":[{"file":"f","line":1,"raw":"","page":2}],"x_note":{"a":1},"colour":"red"})", "f", 1);
  CHECK(item.usable());
  CHECK(has_problem(item, "colour"));
  CHECK_FALSE(has_problem(item, "x_note"));
  std::string json = qbank::to_json(item.record);
  CHECK(json.find(R"("x_note":{"a":1})") != std::string::npos);
  CHECK(json.find(R"("page":2)") != std::string::npos);
}

TEST_CASE("JsonlReader reports the line of each record and skips blank lines") {
  auto dir = std::filesystem::temp_directory_path() / "qbank_test_io";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "in.jsonl").string();
  qbank::Question q = sample();
  qbank_test::spit(path, "\xEF\xBB\xBF" + qbank::to_json(q) + "\r\n\n  \n{bad\n" + qbank::to_json(q) + "\n");
  auto reader = qbank::JsonlReader::open(path);
  REQUIRE(reader.ok());
  qbank::RecordItem item;
  std::vector<std::int64_t> lines;
  std::vector<bool> usable;
  while (true) {
    auto more = (*reader)->next(item);
    REQUIRE(more.ok());
    if (!*more) break;
    lines.push_back(item.line);
    usable.push_back(item.usable());
  }
  CHECK(lines == std::vector<std::int64_t>{1, 4, 5});
  CHECK(usable == std::vector<bool>{true, false, true});

  std::vector<qbank::Question> out;
  std::vector<qbank::Diagnostic> diags;
  CHECK_FALSE(qbank::read_records({path}, false, out, diags).ok());
  out.clear();
  diags.clear();
  CHECK(qbank::read_records({path}, true, out, diags).ok());
  CHECK(out.size() == 2);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].line == 4);
}

TEST_CASE("JsonlReader gives each record only its own fields, whatever came before") {
  auto dir = std::filesystem::temp_directory_path() / "qbank_test_io_reuse";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "in.jsonl").string();
  qbank::Question rich = sample();
  rich.topic = "Python";
  rich.tags = {"python", "gil"};
  rich.answer = "A lock.";
  rich.code = "x = 1";
  rich.choices = {"a", "b"};
  rich.notes = {"repaired"};
  rich.extra = {{"x_rank", "3"}};
  rich.sources.push_back({"b.txt", 9, "GIL?", "markdown", "GIL", {{"x_page", "2"}}});
  rich.sources.push_back({"c.txt", 4, "the GIL", "", std::nullopt, {}});
  qbank::Question plain = sample();
  plain.text = "What is MRO?";
  plain.sources[0].raw = "MRO?";
  plain.id = qbank::compute_id(plain);
  qbank_test::spit(path, qbank::to_json(rich) + "\n" + qbank::to_json(plain) + "\n" + qbank::to_json(rich) +
                             "\n{\"text\":\"no sources\"}\n[1]\n" + qbank::to_json(plain) + "\n");
  auto reader = qbank::JsonlReader::open(path);
  REQUIRE(reader.ok());
  qbank::RecordItem item;
  std::vector<std::string> seen;
  while (true) {
    auto more = (*reader)->next(item);
    REQUIRE(more.ok());
    if (!*more) break;
    seen.push_back(item.usable() ? qbank::to_json(item.record)
                                 : "unusable, sources " + std::to_string(item.record.sources.size()));
  }
  CHECK(seen == std::vector<std::string>{qbank::to_json(rich), qbank::to_json(plain), qbank::to_json(rich),
                                         "unusable, sources 0", "unusable, sources 0", qbank::to_json(plain)});
}

TEST_CASE("JSON strings: every byte string is written as the per-character rules say") {
  // The rules, one code point at a time: escapes for '"', '\\', controls and DEL, U+2028/9 as \u,
  // invalid bytes as U+FFFD, everything else copied.
  auto reference = [](std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
      std::size_t start = i;
      auto b = static_cast<unsigned char>(s[i]);
      std::size_t len = b < 0x80                 ? 1
                        : b >= 0xC2 && b <= 0xDF ? 2
                        : b >= 0xE0 && b <= 0xEF ? 3
                        : b >= 0xF0 && b <= 0xF4 ? 4
                                                 : 0;
      std::string seq(s.substr(i, len));
      bool valid = len > 0 && i + len <= s.size() && qbank::is_valid_utf8(seq);
      if (!valid) {
        out += "\xEF\xBF\xBD";
        i = start + 1;
        continue;
      }
      i += len;
      const char* named[] = {"\\b", "\\t", "\\n", "", "\\f", "\\r"};
      if (b == '"') out += "\\\"";
      else if (b == '\\') out += "\\\\";
      else if (b >= 8 && b <= 13 && b != 11) out += named[b - 8];
      else if (b < 0x20 || b == 0x7F) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", b);
        out += buf;
      } else if (seq == "\u2028") out += "\\u2028";
      else if (seq == "\u2029") out += "\\u2029";
      else out += seq;
    }
    return out + "\"";
  };
  const char* pieces[] = {"a", "Z", " ", "\"", "\\", "\n", "\x01", "\x7f", "\xd0\xb0", "\xe2\x80\xa8",
                          "\xe2\x80\xa9", "\xe2\x80\xa7", "\xef\xbf\xbd", "\xff", "\xc3", "\xe4\xb8\xad",
                          "\xf0\x9f\x98\x80", "plain text", "\xed\xa0\x80", "\xed\x9e\xa3", "\xed\x9f\xbf", "\xea\xb0\x80", "\xc0\xaf", "\xe0\x80\x80", "\xe2\x80"};
  std::uint32_t state = 12345;
  auto next = [&state] { return state = state * 1103515245U + 12345U, state >> 8; };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    std::uint32_t count = round % 200 == 0 ? 2000 + next() % 3000 : next() % 24;  // Some past 4 KB.
    for (std::uint32_t k = count; k > 0; --k) {
      if (next() % 4 == 0) s.push_back(static_cast<char>(next() & 0xFF));
      else s += pieces[next() % std::size(pieces)];
    }
    std::string out;
    qbank::append_json_string(out, s);
    INFO("round " << round);
    REQUIRE(out == reference(s));
  }
}

TEST_CASE("a missing file and a directory are clear errors") {
  auto missing = qbank::JsonlReader::open("/nonexistent/x.jsonl");
  CHECK(missing.status().code() == qbank::StatusCode::kNotFound);
  CHECK(missing.status().message().find("/nonexistent/x.jsonl") != std::string::npos);
  auto dir = qbank::read_file("/tmp");
  CHECK_FALSE(dir.ok());
  CHECK(dir.status().message().find("is a directory") != std::string::npos);
}

TEST_CASE("OutputFile writes atomically") {
  auto dir = std::filesystem::temp_directory_path() / "qbank_test_out";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string path = (dir / "out.txt").string();
  {
    auto out = qbank::OutputFile::open(path);
    REQUIRE(out.ok());
    CHECK((*out)->write("partial").ok());
  }  // Not committed: nothing may be left behind.
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator{}) == 0);
  {
    auto out = qbank::OutputFile::open(path);
    REQUIRE(out.ok());
    CHECK((*out)->write("done\n").ok());
    CHECK((*out)->commit().ok());
  }
  CHECK(qbank_test::slurp(path) == "done\n");
  auto bad = qbank::OutputFile::open((dir / "missing" / "x.txt").string());
  CHECK_FALSE(bad.ok());
}

TEST_CASE("OutputFile keeps the order of small and large writes") {
  auto dir = std::filesystem::temp_directory_path() / "qbank_test_out_order";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string path = (dir / "out.txt").string();
  std::string big(200000, 'b'), mid(40000, 'm'), expected;
  {
    auto out = qbank::OutputFile::open(path);
    REQUIRE(out.ok());
    for (const std::string& piece : {std::string("head\n"), big, std::string("x"), mid, mid, big, std::string("end")}) {
      CHECK((*out)->write(piece).ok());
      expected += piece;
    }
    CHECK((*out)->commit().ok());
  }
  CHECK(qbank_test::slurp(path) == expected);
  std::filesystem::remove_all(dir);
}

TEST_CASE("JsonlWriter tells how many bytes wait for flush") {
  auto dir = std::filesystem::temp_directory_path() / "qbank_test_jsonl_buffered";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string path = (dir / "out.jsonl").string();
  auto out = qbank::OutputFile::open(path);
  REQUIRE(out.ok());
  qbank::JsonlWriter lines(**out);
  CHECK(lines.buffered() == 0);
  lines.add(sample());
  std::size_t one = lines.buffered();
  CHECK(one == qbank::to_json(sample()).size() + 1);
  lines.add(sample());
  CHECK(lines.buffered() == 2 * one);
  CHECK(lines.flush().ok());
  CHECK(lines.buffered() == 0);
  CHECK((*out)->commit().ok());
  CHECK(qbank_test::slurp(path).size() == 2 * one);
  std::filesystem::remove_all(dir);
}

TEST_CASE("ForeignLines: other data before any record is reported once; broken records later are not") {
  qbank::ForeignLines foreign("notes.jsonl");
  std::string message;
  auto other = qbank::parse_record("{\"text\":\"What is X?\"}", "notes.jsonl", 1);
  CHECK(other.kind == qbank::LineKind::kOtherObject);
  CHECK(foreign.take(other, message));
  CHECK(message == "not a qbank record; run 'qbank normalize notes.jsonl' first: it turns {\"text\": …} lines "
                   "and Markdown/CSV files into records");
  auto markdown = qbank::parse_record("# Notes", "notes.jsonl", 2);
  CHECK(markdown.kind == qbank::LineKind::kNotObject);
  CHECK(foreign.take(markdown, message));
  CHECK(message.empty());
  CHECK(foreign.count() == 2);

  qbank::ForeignLines bank("bank.jsonl");
  auto record = qbank::parse_record(
      "{\"text\":\"What?\",\"sources\":[{\"file\":\"a\",\"line\":1,\"raw\":\"What?\"}]}", "bank.jsonl", 1);
  CHECK(record.kind == qbank::LineKind::kRecord);
  CHECK_FALSE(bank.take(record, message));
  CHECK_FALSE(bank.take(qbank::parse_record("{\"text\":5}", "bank.jsonl", 2), message));
  CHECK_FALSE(bank.take(qbank::parse_record("{\"text\":", "bank.jsonl", 3), message));
  CHECK(bank.count() == 0);
}

TEST_CASE("OutputFile writes through a symlink and into devices without replacing them") {
  namespace fs = std::filesystem;
  auto dir = fs::temp_directory_path() / "qbank_test_out_links";
  fs::remove_all(dir);
  fs::create_directories(dir / "real");
  fs::create_symlink("real/target.txt", dir / "link.txt");  // Dangling until the first commit.
  for (const char* text : {"first\n", "second\n"}) {
    auto out = qbank::OutputFile::open((dir / "link.txt").string());
    REQUIRE(out.ok());
    CHECK_FALSE((*out)->is_stdout());
    CHECK((*out)->write(text).ok());
    CHECK((*out)->commit().ok());
    CHECK(fs::is_symlink(dir / "link.txt"));
    CHECK(qbank_test::slurp((dir / "real" / "target.txt").string()) == text);
  }
  // No temporary file is left beside the target.
  CHECK(std::distance(fs::directory_iterator(dir / "real"), fs::directory_iterator{}) == 1);
  auto null = qbank::OutputFile::open("/dev/null");
  REQUIRE(null.ok());
  CHECK((*null)->write("x").ok());
  CHECK((*null)->commit().ok());
  CHECK(fs::is_character_file("/dev/null"));
  auto dash = qbank::OutputFile::open("-");
  REQUIRE(dash.ok());
  CHECK((*dash)->is_stdout());
  CHECK(qbank::OutputFile::open(dir.string()).status().code() == qbank::StatusCode::kInvalidArgument);
  fs::create_symlink("loop2", dir / "loop1");
  fs::create_symlink("loop1", dir / "loop2");
  CHECK_FALSE(qbank::OutputFile::open((dir / "loop1").string()).ok());
  fs::remove_all(dir);
}

TEST_CASE("a line that is not JSON says what the file is: compressed, UTF-16 or binary") {
  auto gz = qbank::parse_record(std::string("\x1F\x8B\x08\x00\xAB\x00\x01", 7), "bank.jsonl.gz", 1);
  REQUIRE_FALSE(gz.usable());
  CHECK(gz.kind == qbank::LineKind::kRecord);
  CHECK(gz.problems[0].message.find("gzip-compressed data, not JSONL records") != std::string::npos);
  std::string utf16 = std::string("{\0\"\0i\0d\0\"\0:\0", 12);
  auto wide = qbank::parse_record(utf16, "bank.jsonl", 2);
  CHECK(wide.problems[0].message.find("looks UTF-16") != std::string::npos);
  auto junk = qbank::parse_record(std::string("{\"id\": \"q1\x01\x02\x03\x04\x05\x06\x00\x07\x08\x09\"", 22), "x.jsonl", 3);
  CHECK(junk.problems[0].message.find("UTF-16") == std::string::npos);
  CHECK(junk.problems[0].message.find("NUL bytes") != std::string::npos);
}

TEST_CASE("JsonlReader and read_records refuse compressed data at line 1 with what it is") {
  auto dir = std::filesystem::temp_directory_path() / "qbank_test_io_packed";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "packed.jsonl.gz").string();
  qbank_test::spit(path, std::string("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03\n\x01\x02\n", 14));
  auto reader = qbank::JsonlReader::open(path);
  REQUIRE(reader.ok());
  qbank::RecordItem item;
  auto more = (*reader)->next(item);
  REQUIRE_FALSE(more.ok());
  CHECK(more.status().code() == qbank::StatusCode::kDataError);
  CHECK(more.status().message().find("packed.jsonl.gz:1: gzip-compressed data") != std::string::npos);
  std::vector<qbank::Question> records;
  std::vector<qbank::Diagnostic> diags;
  qbank::Status s = qbank::read_records({path}, true, records, diags);
  CHECK(s.code() == qbank::StatusCode::kDataError);
  CHECK(records.empty());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message.find("decompress it first") != std::string::npos);
  std::filesystem::remove_all(dir);
}
