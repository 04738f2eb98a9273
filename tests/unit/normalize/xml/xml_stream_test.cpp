// Tests for the XML reader fed block by block: with batches handed on every few bytes and elements decided soon
// after they start, data files and Moodle quizzes give the items and rejected lines of the whole read.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize/reader.hpp"

namespace {

using qbank::internal::ReaderOutput;

// Items as "line|topic|lang|text|answer|choices|tags|raw" and rejected lines as "line reason text".
struct Lines {
  std::vector<std::string> items;     // One line per item.
  std::vector<std::string> rejected;  // One line per rejected line.
  int batches = 0;                    // How many batches came.

  // Adds the items and rejected lines of a batch.
  void take(const ReaderOutput& b) {
    ++batches;
    for (const auto& it : b.items) {
      std::string list;
      for (const auto& c : it.choices) list += c + ";";
      list += "|";
      for (const auto& t : it.tags) list += t + ";";
      items.push_back(std::to_string(it.line) + "|" + it.topic.value_or("-") + "|" + it.lang_hint + "|" +
                      std::string(std::string_view(it.text)) + "|" + it.answer.value_or("-") + "|" + list + "|" +
                      it.raw);
    }
    for (const auto& r : b.rejected) rejected.push_back(std::to_string(r.line) + " " + r.reason + " " + r.text);
  }
};

// Reads xml whole, as normalize does for a small file.
Lines whole(const std::string& xml) {
  qbank::NormalizeOptions o;
  o.file = "dane.xml";
  ReaderOutput out;
  auto s = qbank::internal::read_moodle_xml(xml, o, out);
  REQUIRE(s.ok());
  Lines l;
  l.take(out);
  return l;
}

// Reads xml handed over `block` bytes at a time, with a batch past every flush bytes and elements decided hold
// bytes past their start; status is the read's.
Lines streamed(const std::string& xml, std::size_t block, std::size_t flush, std::size_t hold, qbank::Status& status) {
  std::size_t at = 0;
  qbank::internal::InputFeed feed = [&](std::string& buf, bool& eof) {
    buf.append(xml, at, block);
    at = std::min(xml.size(), at + block);
    eof = at == xml.size();
    return qbank::Status::Ok();
  };
  qbank::NormalizeOptions o;
  o.file = "dane.xml";
  qbank::internal::XmlStreamLimits limits;
  limits.flush_bytes = flush;
  limits.hold_bytes = hold;
  Lines l;
  bool html = false;
  status = qbank::internal::read_xml_stream(feed, o, limits, [&](ReaderOutput& b) {
    l.take(b);
    return qbank::Status::Ok();
  }, html);
  CHECK_FALSE(html);
  return l;
}

// Checks that every way of streaming xml gives the whole read (elements decided after their first child read
// as records, after a few as what they are), in more than one batch once lists are decided as lists.
void check_same(const std::string& xml) {
  Lines want = whole(xml);
  REQUIRE_FALSE(want.items.empty());
  for (std::size_t block : {5u, 64u, 4096u}) {
    for (std::size_t hold : {1u, 40u, 300u}) {
      INFO("block " << block << ", hold " << hold);
      qbank::Status s;
      Lines got = streamed(xml, block, 32, hold, s);
      REQUIRE(s.ok());
      CHECK(got.items == want.items);
      CHECK(got.rejected == want.rejected);
      if (hold == 300 && block < xml.size() / 2) CHECK(got.batches > 1);  // A list decided as one: batches.
    }
  }
}

}  // namespace

TEST_CASE("xml stream: labelled categories of records in Portuguese read as the whole file") {
  std::string xml = "<?xml version=\"1.0\"?>\n<base>\n  <titulo>Perguntas frequentes</titulo>\n";
  for (int c = 0; c < 3; ++c) {
    xml += "  <categoria nome=\"Rede " + std::to_string(c) + "\">\n";
    for (int i = 0; i < 6; ++i)
      xml += "    <item id=\"" + std::to_string(i) + "\">\n      <pergunta>O que é o protocolo " +
             std::to_string(c * 10 + i) + "?</pergunta>\n"
             "      <resposta>Uma regra de <b>comunicação</b> entre máquinas.</resposta>\n    </item>\n";
    xml += "  </categoria>\n";
  }
  xml += "</base>\n";
  check_same(xml);
}

TEST_CASE("xml stream: DocBook answers of several paragraphs in Polish are flattened as they stream") {
  const std::string answer_xml =
      "<answer><para>Edytuj plik <filename>/etc/usługa.conf</filename>.</para>\n"
      "<para>Potem uruchom ją <emphasis>ponownie</emphasis>.</para>\n<para>Gotowe.</para></answer>\n";
  std::vector<std::string> entries;
  for (int i = 0; i < 8; ++i)
    entries.push_back("<question><para>Jak skonfigurować usługę nr " + std::to_string(i) + "?</para></question>\n");
  std::string xml = "<qandaset>\n";
  for (const auto& question : entries) xml += "<qandaentry>\n" + question + answer_xml + "</qandaentry>\n";
  check_same(xml + "</qandaset>\n");
  xml += "</qandaset>\n";
  qbank::Status s;
  Lines got = streamed(xml, 7, 16, 1, s);
  REQUIRE(s.ok());
  REQUIRE(got.items.size() == 8);
  const std::string answer = "|Edytuj plik /etc/usługa.conf.\nPotem uruchom ją ponownie.\nGotowe.|";
  CHECK(got.items[0].find(answer) != std::string::npos);
}

TEST_CASE("xml stream: flat runs of question and answer elements in Dutch and a record holding a list in Turkish") {
  std::string flat = "<faq>\n";
  for (int i = 0; i < 10; ++i)
    flat += "<vraag>Wat betekent afkorting " + std::to_string(i) + "?</vraag>\n<antwoord>Een korte vorm.</antwoord>\n";
  flat += "</faq>\n";
  check_same(flat);
  std::string record = "<?xml version=\"1.0\"?>\n<sozluk>\n  <baslik>Ağ terimleri</baslik>\n  <sorular>\n";
  for (int i = 0; i < 9; ++i)
    record += "    <soru_kaydi>\n      <soru>Yönlendirici " + std::to_string(i) +
              " ne yapar?</soru>\n      <cevap>Paketleri iletir.</cevap>\n    </soru_kaydi>\n";
  record += "  </sorular>\n</sozluk>\n";
  check_same(record);
}

TEST_CASE("xml stream: a Moodle quiz in Italian gives categories, choices and rejected lines of the whole read") {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";
  for (int i = 0; i < 12; ++i) {
    if (i % 4 == 0)
      xml += "  <question type=\"category\"><category><text>$course$/Storia/Parte " + std::to_string(i / 4) +
             "</text></category></question>\n";
    xml += "  <question type=\"multichoice\">\n    <name><text>D" + std::to_string(i) +
           "</text></name>\n    <questiontext format=\"html\"><text><![CDATA[<p>Chi fondò la città " +
           std::to_string(i) + "?</p>]]></text></questiontext>\n"
           "    <answer fraction=\"100\"><text>Romolo</text></answer>\n"
           "    <answer fraction=\"0\"><text>Remo</text></answer>\n    <tags><tag><text>storia</text></tag></tags>\n"
           "  </question>\n";
  }
  xml += "  <question type=\"description\"><questiontext><text>Fine della prova</text></questiontext></question>\n";
  xml += "</quiz>\n";
  check_same(xml);
}

TEST_CASE("xml stream: malformed XML late in the input names the line of the whole read") {
  std::string xml = "<lista>\n";
  for (int i = 0; i < 20; ++i)
    xml += "<e><pytanie>Czym jest " + std::to_string(i) + "?</pytanie><odpowiedz>Tym.</odpowiedz></e>\n";
  xml += "<e><pytanie>Zepsute</odpowiedz></e>\n</lista>\n";
  qbank::NormalizeOptions o;
  o.file = "dane.xml";
  ReaderOutput out;
  auto want = qbank::internal::read_moodle_xml(xml, o, out);
  REQUIRE_FALSE(want.ok());
  CHECK(want.message().find("dane.xml:22: invalid XML") == 0);
  qbank::Status got;
  streamed(xml, 9, 16, 1, got);
  CHECK(got.message() == want.message());
}

TEST_CASE("xml stream: an XHTML root is left to the HTML reader, nothing read") {
  qbank::internal::InputFeed feed = [](std::string& buf, bool& eof) {
    buf = "<html><body><h2>Preguntas</h2><p>¿Qué es esto?</p></body></html>";
    eof = true;
    return qbank::Status::Ok();
  };
  int batches = 0;
  bool html = false;
  auto s = qbank::internal::read_xml_stream(feed, qbank::NormalizeOptions{}, {}, [&](ReaderOutput&) {
    ++batches;
    return qbank::Status::Ok();
  }, html);
  REQUIRE(s.ok());
  CHECK(html);
  CHECK(batches == 0);
}

TEST_CASE("xml stream: an element past the hold with nothing but a comment in it waits for its first child") {
  std::string xml = "<lijst>\n<!-- " + std::string(300, 'x') + " -->\n";
  for (int i = 0; i < 6; ++i)
    xml += "<vraag>Hoe werkt stap " + std::to_string(i) + "?</vraag>\n<antwoord>Zo.</antwoord>\n";
  xml += "</lijst>\n";
  qbank::Status s;
  Lines got = streamed(xml, 16, 32, 40, s);
  REQUIRE(s.ok());
  CHECK(got.items.size() == 6);
  CHECK(got.items == whole(xml).items);
}
