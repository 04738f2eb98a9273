// Moodle XML export: a category question per topic, then essay questions with HTML text in CDATA and tags.
#include "export/writers.hpp"

namespace qbank::internal {
namespace {

// Question names are cut to about this many bytes (at a UTF-8 boundary).
constexpr std::size_t kNameBytes = 80;

// Appends s as XML character data: & < > escaped, characters XML 1.0 forbids dropped.
void append_xml_text(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.push_back(c);
    }
  }
}

// Appends s as CDATA sections, splitting every "]]>" across two sections.
void append_cdata(std::string& out, std::string_view s) {
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
  std::string back = anki_back(q);
  out += "  <question type=\"essay\">\n    <name>\n      <text>";
  append_xml_text(out, question_name(q));
  out += "</text>\n    </name>\n";
  append_html_element(out, "questiontext", anki_front(q));
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

Status write_moodle_xml(const std::vector<Question>& records, const ExportOptions& options, ChunkWriter& w) {
  w.out() += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";
  for (const auto& group : group_by_topic(records)) {
    if (group.empty()) continue;
    append_category(w.out(), options.deck, records[group.front()].topic);
    for (std::size_t i : group) {
      append_essay(w.out(), records[i]);
      if (Status s = w.spill(); !s.ok()) return s;
    }
  }
  w.out() += "</quiz>\n";
  return Status::Ok();
}

}  // namespace qbank::internal
