// Moodle XML export: a category question per topic, then essay questions with HTML text in CDATA and tags.
#include "export/writers.hpp"

namespace qbank::internal {
namespace {

// Question names are cut to about this many bytes (at a UTF-8 boundary).
constexpr std::size_t kNameBytes = 80;

// Returns s without U+FFFE and U+FFFF, the two characters of valid UTF-8 above the controls that XML 1.0
// forbids (surrogates never reach here); storage holds the copy when one was needed.
std::string_view without_xml_nonchars(std::string_view s, std::string& storage) {
  auto nonchar = [](std::string_view t, std::size_t i) {
    return t.substr(i, 3) == "\xEF\xBF\xBE" || t.substr(i, 3) == "\xEF\xBF\xBF";
  };
  std::size_t first = s.find("\xEF\xBF");
  while (first != std::string_view::npos && !nonchar(s, first)) first = s.find("\xEF\xBF", first + 1);
  if (first == std::string_view::npos) return s;
  storage.assign(s.substr(0, first));
  for (std::size_t i = first; i < s.size();) {
    if (nonchar(s, i)) i += 3;
    else storage.push_back(s[i++]);
  }
  return storage;
}

// Appends s as XML character data: & < > escaped, characters XML 1.0 forbids dropped.
void append_xml_text(std::string& out, std::string_view text) {
  std::string storage;
  for (char c : without_xml_nonchars(text, storage)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.push_back(c);
    }
  }
}

// Appends s as CDATA sections, splitting every "]]>" across two sections; characters XML 1.0 forbids dropped.
void append_cdata(std::string& out, std::string_view text) {
  std::string storage;
  std::string_view s = without_xml_nonchars(text, storage);
  out += "<![CDATA[";
  std::size_t start = 0;
  for (std::size_t end = s.find("]]>"); end != std::string_view::npos; end = s.find("]]>", start)) {
    append_printable(out, s.substr(start, end + 2 - start));
    out += "]]><![CDATA[";
    start = end + 2;
  }
  append_printable(out, s.substr(start));
  out += "]]>";
}

// Appends <tag format="html"><text>CDATA</text></tag>.
void append_html_element(std::string& out, const char* tag, std::string_view html) {
  out += std::string("    <") + tag + " format=\"html\">\n      <text>";
  append_cdata(out, html);
  out += std::string("</text>\n    </") + tag + ">\n";
}

// Returns a one-line question name: the text cut to kNameBytes at a character boundary.
std::string question_name(const Question& q) {
  std::string name;
  for (char c : q.text) name.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
  if (name.size() > kNameBytes) {
    std::size_t cut = kNameBytes;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name = name.substr(0, cut) + "…";
  }
  return name;
}

// Appends the category pseudo-question that files the following questions under deck/topic.
void append_category(std::string& out, const std::string& deck, const std::optional<std::string>& topic) {
  std::string path = "$course$/top/";
  auto add = [&path](std::string_view part) {
    for (char c : part) path += c == '/' ? std::string("//") : std::string(1, c);
  };
  add(deck);
  if (topic && !topic->empty()) {
    path.push_back('/');
    add(*topic);
  }
  out += "  <question type=\"category\">\n    <category>\n      <text>";
  append_xml_text(out, path);
  out += "</text>\n    </category>\n  </question>\n";
}

// Appends one essay question.
void append_essay(std::string& out, const Question& q) {
  std::string back = anki_back(q, false);
  out += "  <question type=\"essay\">\n    <name>\n      <text>";
  append_xml_text(out, question_name(q));
  out += "</text>\n    </name>\n";
  append_html_element(out, "questiontext", anki_front(q, false));
  append_html_element(out, "generalfeedback", back);
  out += "    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n    <idnumber>";
  append_xml_text(out, anki_guid(q));
  out += "</idnumber>\n    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n"
         "    <responsefieldlines>15</responsefieldlines>\n    <attachments>0</attachments>\n"
         "    <attachmentsrequired>0</attachmentsrequired>\n";
  append_html_element(out, "graderinfo", back);
  append_html_element(out, "responsetemplate", "");
  if (!q.tags.empty()) {
    out += "    <tags>\n";
    for (const auto& t : q.tags) {
      out += "      <tag><text>";
      append_xml_text(out, t);
      out += "</text></tag>\n";
    }
    out += "    </tags>\n";
  }
  out += "  </question>\n";
}

}  // namespace

Status write_moodle_xml(RecordSource& records, const ExportOptions& options, ChunkWriter& w) {
  w.out() += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";
  Status s = records.each_by_topic([&](const Question& q, bool first) {
    if (first) append_category(w.out(), options.deck, q.topic);
    append_essay(w.out(), q);
    return w.spill();
  });
  if (!s.ok()) return s;
  w.out() += "</quiz>\n";
  return Status::Ok();
}

}  // namespace qbank::internal
