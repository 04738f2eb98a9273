// The JSON documents of an Anki schema-11 `col` row: conf, models (note types), decks, deck options.
#include <string>

#include "export/writers.hpp"
#include "qbank/io.hpp"

namespace qbank::internal {
namespace {

// The card style shared by both templates.
constexpr const char* kCss =
    ".card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }\n"
    "pre { text-align: left; }\n"
    ".meta { font-size: 12px; color: gray; margin-top: 1em; }\n"
    ".translations { font-size: 16px; color: #444; margin-top: 1em; }\n";

// Appends one template object of a note type.
void append_template(std::string& out, const char* name, int ord, const char* qfmt, const char* afmt) {
  out += "{\"name\":";
  append_json_string(out, name);
  out += ",\"ord\":" + std::to_string(ord) + ",\"qfmt\":";
  append_json_string(out, qfmt);
  out += ",\"afmt\":";
  append_json_string(out, afmt);
  out += ",\"bqfmt\":\"\",\"bafmt\":\"\",\"did\":null,\"bfont\":\"\",\"bsize\":0}";
}

// Appends one field object of a note type.
void append_field(std::string& out, const char* name, int ord) {
  out += "{\"name\":";
  append_json_string(out, name);
  out += ",\"ord\":" + std::to_string(ord) +
         ",\"sticky\":false,\"rtl\":false,\"font\":\"Arial\",\"size\":20,\"media\":[]}";
}

// Appends one deck object.
void append_deck(std::string& out, const ApkgDeck& d, std::int64_t time) {
  append_json_string(out, std::to_string(d.id));
  out += ":{\"id\":" + std::to_string(d.id) + ",\"name\":";
  append_json_string(out, d.name);
  out += ",\"mod\":" + std::to_string(time) +
         ",\"usn\":-1,\"desc\":\"\",\"dyn\":0,\"conf\":1,\"collapsed\":false,\"browserCollapsed\":false,"
         "\"extendNew\":10,\"extendRev\":50,\"newToday\":[0,0],\"revToday\":[0,0],\"lrnToday\":[0,0],"
         "\"timeToday\":[0,0]}";
}

}  // namespace

std::int64_t apkg_stable_id(std::string_view key) {
  std::string hex = sha1_hex(key).substr(0, 12);
  std::int64_t v = static_cast<std::int64_t>(std::stoull(hex, nullptr, 16));
  return 1'000'000'000'000 + v % 1'000'000'000'000;  // Looks like the millisecond ids Anki makes.
}

std::string apkg_conf_json(std::int64_t model_id, std::int64_t deck_id, std::size_t next_pos) {
  return "{\"activeDecks\":[" + std::to_string(deck_id) + "],\"curDeck\":" + std::to_string(deck_id) +
         ",\"newSpread\":0,\"collapseTime\":1200,\"timeLim\":0,\"estTimes\":true,\"dueCounts\":true,"
         "\"curModel\":" + std::to_string(model_id) + ",\"nextPos\":" + std::to_string(next_pos) +
         ",\"sortType\":\"noteFld\",\"sortBackwards\":false,\"addToCur\":true}";
}

std::string apkg_models_json(std::int64_t model_id, std::int64_t deck_id, std::int64_t time) {
  std::string id = std::to_string(model_id);
  std::string out = "{\"" + id + "\":{\"id\":" + id + ",\"name\":";
  append_json_string(out, "qbank Basic (optional reversed card)");
  out += ",\"type\":0,\"mod\":" + std::to_string(time) + ",\"usn\":-1,\"sortf\":0,\"did\":" +
         std::to_string(deck_id) + ",\"tmpls\":[";
  append_template(out, "Card 1", 0, "{{Front}}",
                  "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n"
                  "{{#Translations}}<div class=translations>{{Translations}}</div>{{/Translations}}\n"
                  "<div class=meta>{{Topic}}{{#Source}}<br>{{Source}}{{/Source}}</div>");
  out.push_back(',');
  append_template(out, "Card 2", 1, "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                  "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}");
  out += "],\"flds\":[";
  int ord = 0;
  for (const char* field : kApkgFields) {
    if (ord > 0) out.push_back(',');
    append_field(out, field, ord++);
  }
  out += "],\"css\":";
  append_json_string(out, kCss);
  out += ",\"latexPre\":";
  append_json_string(out,
                     "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                     "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                     "\\begin{document}\n");
  out += ",\"latexPost\":\"\\\\end{document}\",\"latexsvg\":false,\"req\":[[0,\"any\",[0]],[1,\"all\",[1,4]]";
  out += "],\"tags\":[],\"vers\":[]}}";
  return out;
}

std::string apkg_decks_json(const std::vector<ApkgDeck>& decks, std::int64_t time) {
  std::string out = "{";
  append_deck(out, ApkgDeck{"Default", 1}, time);
  for (const auto& d : decks) {
    out.push_back(',');
    append_deck(out, d, time);
  }
  out.push_back('}');
  return out;
}

std::string apkg_dconf_json() {
  return "{\"1\":{\"id\":1,\"name\":\"Default\",\"mod\":0,\"usn\":0,\"maxTaken\":60,\"autoplay\":true,"
         "\"timer\":0,\"replayq\":true,\"dyn\":false,"
         "\"new\":{\"delays\":[1,10],\"ints\":[1,4,7],\"initialFactor\":2500,\"order\":1,\"perDay\":20,"
         "\"bury\":true,\"separate\":true},"
         "\"rev\":{\"perDay\":200,\"ease4\":1.3,\"fuzz\":0.05,\"ivlFct\":1,\"maxIvl\":36500,\"minSpace\":1,"
         "\"bury\":true,\"hardFactor\":1.2},"
         "\"lapse\":{\"delays\":[10],\"mult\":0,\"minInt\":1,\"leechFails\":8,\"leechAction\":0}}}";
}

}  // namespace qbank::internal
