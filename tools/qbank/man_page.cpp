// The qbank(1) manual page, generated from the registered verbs and their help text.
#include "man_page.hpp"

#include <cstdio>

namespace qbank::cli {
namespace {

// Returns text escaped for roff: backslashes written as \e, dashes as \-, other than ASCII as \[uXXXX], and
// a line starting with '.' or '\'' guarded so it is not read as a request.
std::string roff(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else if (c < 0x80) out += static_cast<char>(c);
    else {
      const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
      char32_t cp = c & (0x3F >> extra);
      for (int k = 0; k < extra && i + 1 < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[++i]) & 0x3F);
      char hex[16];
      std::snprintf(hex, sizeof hex, "\\[u%04X]", static_cast<unsigned>(cp));
      out += hex;
    }
  }
  return out;
}

// Returns "-o, --output" for an option, with " VALUE" when it takes one.
std::string option_label(const CLI::Option& opt) {
  std::string label;
  for (const auto& n : opt.get_snames()) label += (label.empty() ? "-" : ", -") + n;
  for (const auto& n : opt.get_lnames()) label += (label.empty() ? "--" : ", --") + n;
  if (opt.get_items_expected_max() > 0) label += " " + (opt.get_option_text().empty() ? std::string("VALUE") : opt.get_option_text());
  return label;
}

// Returns a footer as a no-fill block, so examples keep their columns.
std::string block(const std::string& text) { return ".nf\n" + roff(text) + "\n.fi\n"; }

}  // namespace

std::string man_page(const CLI::App& app, const std::string& version) {
  std::string out = ".TH QBANK 1 \"\" \"" + roff(version) + "\" \"User Commands\"\n";
  out += ".SH NAME\nqbank \\- " + roff(app.get_description().substr(app.get_description().find(':') + 2)) + "\n";
  out += ".SH SYNOPSIS\n.B qbank\n.I VERB\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]\n.br\n.B qbank help\n[\\fIVERB\\fR]\n";
  out += ".SH DESCRIPTION\n" + block(app.get_footer());
  out += ".SH VERBS\n";
  for (const CLI::App* sub : app.get_subcommands({})) {
    out += ".SS " + sub->get_name() + "\n" + roff(sub->get_description()) + "\n";
    for (const CLI::Option* opt : sub->get_options({})) {
      if (opt->get_positional()) continue;
      out += ".TP\n.B " + roff(option_label(*opt)) + "\n" + roff(opt->get_description()) + "\n";
    }
    if (!sub->get_footer().empty()) out += ".PP\n" + block(sub->get_footer());
  }
  out += ".SH \"EXIT STATUS\"\n0 ok, 1 data error, 2 usage error.\n";
  out += ".SH \"SEE ALSO\"\n.B qbank help\n.I VERB\nprints the same text for one verb.\n";
  return out;
}

}  // namespace qbank::cli
