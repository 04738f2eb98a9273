// Tests of qbank/review.hpp and review/: the recorder passes dedup's output on unchanged, the page holds every
// merged cluster with its evidence and the pairs kept apart, escapes every text, and is deterministic.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "qbank/dedup.hpp"
#include "qbank/review.hpp"
#include "review/review_data.hpp"

using namespace qbank;

namespace {

// Builds a record with one source.
Question rec(std::string text, std::string lang, std::string file, std::int64_t line,
             std::optional<std::string> topic = std::nullopt) {
  Question q;
  q.text = std::move(text);
  q.lang = std::move(lang);
  q.topic = std::move(topic);
  Source s;
  s.file = std::move(file);
  s.line = line;
  s.raw = q.text;
  q.sources.push_back(s);
  q.id = compute_id(q);
  return q;
}

// Counts the occurrences of needle in hay.
std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

// A sink that collects the ids it receives.
struct IdSink : DedupSink {
  Status begin(DedupSummary& s) override {
    begun = s.output_records;
    return Status::Ok();
  }
  Status add(DedupOutput& o) override {
    ids.push_back(o.record.id);
    return Status::Ok();
  }
  std::size_t begun = 0;
  std::vector<std::string> ids;
};

// The review set: two merges (one with markup in its text), a pair kept apart, a singleton.
std::vector<Question> sample() {
  return {rec("What does <script>alert(1)</script> do?", "en", "a.md", 1, "T \"1\" & <i>"),
          rec("what does <script>alert(1)</script> do", "en", "b.md", 4, "T \"1\" & <i>"),
          rec("Что такое срез в Go?", "ru", "a.md", 2, "Go"),
          rec("Что такое срез в Rust?", "ru", "b.md", 5, "Rust"),
          rec("ما هو الفرق بين TCP و UDP؟", "ar", "a.md", 3),
          rec("ما هو الفرق بين tcp و udp؟", "ar", "b.md", 6),
          rec("What is {{c1::cloze}} [sound:x.mp3]?", "en", "c.md", 1)};
}

// Runs dedup through a recorder (with explanations) and returns the page.
std::string page_of(std::vector<Question> records, DedupSink* next = nullptr) {
  ReviewRecorder review(next);
  DedupOptions opt;
  opt.explain = opt.explain_rejected = true;
  opt.threads = 1;
  REQUIRE(dedup(std::move(records), review, opt).ok());
  auto html = review.html();
  REQUIRE(html.ok());
  return *html;
}

}  // namespace

TEST_CASE("append_escaped escapes markup and quotes and drops control characters") {
  std::string out;
  internal::review::append_escaped(out, "<a href=\"x\">&'\x01\x7f\tb\nc</a>");
  CHECK(out == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;\tb\nc&lt;/a&gt;");
}

TEST_CASE("the recorder passes dedup's output on unchanged") {
  IdSink ids;
  std::string page = page_of(sample(), &ids);
  auto direct = dedup(sample());
  REQUIRE(direct.ok());
  REQUIRE(ids.ids.size() == direct->records.size());
  CHECK(ids.begun == direct->records.size());
  for (std::size_t i = 0; i < ids.ids.size(); ++i) CHECK(ids.ids[i] == direct->records[i].id);
}

TEST_CASE("the page shows merges with evidence, pairs kept apart and a summary") {
  std::string page = page_of(sample());
  CHECK(count(page, "<article class=\"cluster\"") == 2);
  CHECK(count(page, "<article class=\"pair\"") == 1);
  CHECK(page.find("id=\"n-input\">7<") != std::string::npos);
  CHECK(page.find("id=\"n-output\">5<") != std::string::npos);
  CHECK(page.find("id=\"n-merged\">2<") != std::string::npos);
  CHECK(page.find("id=\"n-absorbed\">2<") != std::string::npos);
  CHECK(page.find("id=\"n-apart\">1<") != std::string::npos);
  CHECK(count(page, "<p class=\"evidence\">merged, score ") == 2);
  CHECK(count(page, "seed: the text the others were compared with") == 2);
  CHECK(page.find("kept apart: different contexts") != std::string::npos);
  CHECK(page.find("a.md:2") != std::string::npos);
  CHECK(page.find("b.md:5") != std::string::npos);
  // Filters list each language and topic once, with the number of items holding it.
  CHECK(page.find("<option data-value=\"ru\">ru (1)</option>") != std::string::npos);
  CHECK(page.find("<option data-value=\"\">(no topic) (1)</option>") != std::string::npos);
}

TEST_CASE("the page escapes every text and loads nothing") {
  std::string page = page_of(sample());
  CHECK(count(page, "<script") == 1);
  CHECK(page.find("<i>") == std::string::npos);
  CHECK(page.find("What does &lt;script&gt;alert(1)&lt;/script&gt; do?") != std::string::npos);
  CHECK(page.find("data-topic=\"T &quot;1&quot; &amp; &lt;i&gt;\"") != std::string::npos);
  CHECK(page.find("lang=\"ar\" dir=\"auto\"") != std::string::npos);
  CHECK(page.find("default-src 'none'") != std::string::npos);
  CHECK(page.find("src=\"") == std::string::npos);
  CHECK(page.find("://") == std::string::npos);
}

TEST_CASE("the page does not depend on the order of the records") {
  auto records = sample();
  std::string a = page_of(records);
  std::reverse(records.begin(), records.end());
  CHECK(page_of(records) == a);
}

TEST_CASE("a review without explanations still counts, and write_html commits the page") {
  ReviewRecorder review;
  REQUIRE(dedup(sample(), review).ok());
  auto html = review.html();
  REQUIRE(html.ok());
  CHECK(count(*html, "<article class=\"cluster\"") == 2);
  CHECK(html->find("No candidate pair was kept apart.") != std::string::npos);
}
