// The compiled record filter: RE2 patterns built once, cheap tests first, folding only when asked.
#include "qbank/filter.hpp"

#include <fnmatch.h>
#include <re2/re2.h>

#include <algorithm>

#include "qbank/lang.hpp"
#include "fold/fold_one_pass.hpp"
#include "base/regex.hpp"

namespace qbank {

struct [[gnu::visibility("hidden")]] Filter::Impl {
  FilterOptions opt;
  std::unique_ptr<RE2> topic, match, exclude;  // Null when the criterion is not set.

  bool passes(const Question& q) const;
  bool passes_tags(const Question& q) const;
  bool passes_sources(const Question& q) const;
  bool passes_text(const Question& q) const;
};

namespace {

// True when the string holds something other than whitespace.
bool not_blank(const std::optional<std::string>& s) {
  return s && s->find_first_not_of(" \t\r\n") != std::string::npos;
}

// True when the ASCII-case-insensitive tag equals want or is a child of it ("want::...").
bool tag_matches(std::string_view tag, std::string_view want) {
  if (tag.size() < want.size()) return false;
  for (std::size_t i = 0; i < want.size(); ++i)
    if (internal::ascii_lower(tag[i]) != internal::ascii_lower(want[i])) return false;
  return tag.size() == want.size() || tag.substr(want.size(), 2) == "::";
}

// Returns the part of a path after its last '/' (the whole path when it has none).
const char* file_name(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return path.c_str() + (slash == std::string::npos ? 0 : slash + 1);
}

// Returns the language code a mistyped one probably means ("RU" -> "ru", "en_US" -> "en"), or "".
std::string likely_language(std::string_view code) {
  std::string guess(code.substr(0, code.find_first_of("-_")));
  for (char& c : guess) c = internal::ascii_lower(c);
  return is_language_code(guess) ? guess : std::string();
}

// Checks the options that are not patterns.
Status check_options(const FilterOptions& opt) {
  for (const auto& l : opt.langs)
    if (l.empty()) return Status::InvalidArgument("--lang: empty language code");
  for (const auto& t : opt.tags)
    if (t.empty()) return Status::InvalidArgument("--tag: empty tag");
  if (opt.max_words > 0 && opt.min_words > opt.max_words)
    return Status::InvalidArgument("--min-words " + std::to_string(opt.min_words) + " is above --max-words " +
                                   std::to_string(opt.max_words));
  return Status::Ok();
}

}  // namespace

std::vector<std::string> filter_warnings(const FilterOptions& options) {
  std::vector<std::string> warnings;
  for (const auto& l : options.langs) {
    if (l.empty() || is_language_code(l)) continue;
    std::string guess = likely_language(l);
    if (!guess.empty())
      warnings.push_back("--lang " + l + " matches no record (records carry lowercase ISO 639-1 codes); did you mean '" +
                         guess + "'?");
    else
      warnings.push_back("--lang " + l + " is not an ISO 639-1 code or 'und'; it matches no record");
  }
  return warnings;
}

bool Filter::Impl::passes_tags(const Question& q) const {
  auto has = [&q](const std::string& want) {
    return std::any_of(q.tags.begin(), q.tags.end(), [&](const std::string& t) { return tag_matches(t, want); });
  };
  if (opt.all_tags) return std::all_of(opt.tags.begin(), opt.tags.end(), has);
  return std::any_of(opt.tags.begin(), opt.tags.end(), has);
}

bool Filter::Impl::passes_sources(const Question& q) const {
  for (const auto& src : q.sources)
    for (const auto& glob : opt.sources)
      if (::fnmatch(glob.c_str(), src.file.c_str(), 0) == 0 || ::fnmatch(glob.c_str(), file_name(src.file), 0) == 0)
        return true;
  return false;
}

bool Filter::Impl::passes_text(const Question& q) const {
  if (!match && !exclude) return true;
  thread_local std::string folded;
  std::string_view text = q.text;
  if (opt.fold) {
    internal::fold_into(q.text, folded);
    text = folded;
  }
  if (match && !RE2::PartialMatch(text, *match)) return false;
  return !(exclude && RE2::PartialMatch(text, *exclude));
}

bool Filter::Impl::passes(const Question& q) const {
  if (!opt.langs.empty() && std::find(opt.langs.begin(), opt.langs.end(), q.lang) == opt.langs.end()) return false;
  if (opt.answer == AnswerTest::kPresent && !not_blank(q.answer)) return false;
  if (opt.answer == AnswerTest::kAbsent && not_blank(q.answer)) return false;
  if (opt.has_code && !not_blank(q.code)) return false;
  if (!opt.tags.empty() && !passes_tags(q)) return false;
  if (!opt.sources.empty() && !passes_sources(q)) return false;
  if (topic) {
    if (!q.topic) return false;
    thread_local std::string folded_topic;
    if (opt.fold) internal::fold_into(*q.topic, folded_topic);
    if (!RE2::PartialMatch(opt.fold ? std::string_view(folded_topic) : std::string_view(*q.topic), *topic)) return false;
  }
  if (opt.min_words > 0 || opt.max_words > 0) {
    std::size_t n = count_words(q.text);
    if (n < opt.min_words || (opt.max_words > 0 && n > opt.max_words)) return false;
  }
  return passes_text(q);
}

Filter::Filter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Filter::Filter(Filter&&) noexcept = default;
Filter& Filter::operator=(Filter&&) noexcept = default;
Filter::~Filter() = default;

Result<Filter> Filter::compile(const FilterOptions& options) {
  if (Status s = check_options(options); !s.ok()) return s;
  auto impl = std::make_unique<Impl>();
  impl->opt = options;
  struct Slot { const std::string& pattern; const char* flag; std::unique_ptr<RE2>& re; };
  for (Slot slot : {Slot{options.topic, "--topic", impl->topic}, Slot{options.match, "--match", impl->match},
                    Slot{options.exclude, "--exclude", impl->exclude}}) {
    if (slot.pattern.empty()) continue;
    auto re = internal::compile_regex(slot.pattern, slot.flag);
    if (!re.ok()) return re.status();
    slot.re = std::move(*re);
  }
  return Filter(std::move(impl));
}

bool Filter::matches(const Question& q) const { return impl_->passes(q) != impl_->opt.invert; }

}  // namespace qbank
