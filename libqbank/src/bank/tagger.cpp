// The compiled tagger: every rule pattern in one RE2::Set, one scan of the folded text per record.
#include "qbank/tag.hpp"

#include <re2/set.h>

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "fold/fold_one_pass.hpp"
#include "base/regex.hpp"
#include "qbank/fold.hpp"
#include "bank/tag_internal.hpp"

namespace qbank::internal {

// A tag rule ready to apply (named outside the anonymous namespace: Tagger::Impl holds a vector of them).
struct CompiledRule {
  std::string tag;                  // Normalised tag.
  std::vector<std::string> langs;   // Languages it applies to (empty: any).
  std::unique_ptr<RE2> topic;       // Topic condition (null: any).
  std::unique_ptr<RE2> re;          // The pattern alone, used when the set runs out of memory (null: always).
};

namespace {

// How many distinct topics the tagger remembers before it starts over.
constexpr std::size_t kMaxCachedTopics = 4096;

// Compiles a pattern unless it is empty.
Result<std::unique_ptr<RE2>> compile_optional(const std::string& pattern, const std::string& what) {
  if (pattern.empty()) return std::unique_ptr<RE2>();
  return compile_regex(pattern, what);
}

// Adds tag to tags unless it is there already; returns whether it was added.
bool add_unique(std::vector<std::string>& tags, const std::string& tag) {
  if (std::find(tags.begin(), tags.end(), tag) != tags.end()) return false;
  tags.push_back(tag);
  return true;
}

// True when tag is want or one of its children ("want::...").
bool is_or_under(const std::string& tag, const std::string& want) {
  return tag.compare(0, want.size(), want) == 0 &&
         (tag.size() == want.size() || tag.compare(want.size(), 2, "::") == 0);
}

// Names a field of a rule for messages: "rules.json: rules[3].pattern", or "--add 'sql': pattern" for a rule
// from the command line (an origin starting with "--").
std::string field_path(const std::string& where, const char* field) {
  return where + (where.rfind("--", 0) == 0 ? ": " : ".") + field;
}

}  // namespace

Status check_rule(const TagRule& rule, const std::string& where) {
  if (normalize_tag(rule.tag).empty())
    return Status::InvalidArgument(field_path(where, "tag") + ": '" + rule.tag + "' has no letters or digits");
  for (const auto& l : rule.langs)
    if (l.empty()) return Status::InvalidArgument(field_path(where, "lang") + ": empty language code");
  auto re = compile_optional(rule.pattern, field_path(where, "pattern"));
  if (!re.ok()) return re.status();
  auto topic = compile_optional(rule.topic, field_path(where, "topic"));
  return topic.ok() ? Status::Ok() : topic.status();
}

}  // namespace qbank::internal

namespace qbank {

struct [[gnu::visibility("hidden")]] Tagger::Impl {
  TagOptions opt;
  std::vector<internal::CompiledRule> rules;
  std::unique_ptr<RE2::Set> set;  // Every non-empty pattern; set index i is rule set_rule[i].
  std::vector<std::size_t> set_rule;
  // Per-topic results (topic condition per rule, rules that apply from the topic alone, topic tag), cached.
  struct TopicInfo {
    std::vector<char> ok;
    std::vector<std::size_t> hit;  // Rules without a pattern, and with --match-topic rules the topic matches.
    std::string tag;
  };
  std::unordered_map<std::string, TopicInfo> topics;
  TopicInfo no_topic;
  const TopicInfo* topic = nullptr;
  // Scratch space reused across records.
  std::vector<int> hits;
  std::vector<std::size_t> hit;
  std::string folded;

  Status add_rule(const TagRule& rule, const std::string& where);
  void scan(std::string_view text, std::vector<std::size_t>& out);
  void topic_hits(const std::string* folded_topic, TopicInfo& info);
  void update_topic(const std::optional<std::string>& topic);
  void normalize_existing(Question& q) const;
};

Status Tagger::Impl::add_rule(const TagRule& rule, const std::string& where) {
  internal::CompiledRule c;
  c.tag = normalize_tag(rule.tag);
  if (c.tag.empty())
    return Status::InvalidArgument(internal::field_path(where, "tag") + ": '" + rule.tag + "' has no letters or digits");
  c.langs = rule.langs;
  auto re = internal::compile_optional(rule.pattern, internal::field_path(where, "pattern"));
  if (!re.ok()) return re.status();
  auto cond = internal::compile_optional(rule.topic, internal::field_path(where, "topic"));
  if (!cond.ok()) return cond.status();
  c.re = std::move(*re);
  c.topic = std::move(*cond);
  if (c.re) {
    std::string error;
    if (set->Add(rule.pattern, &error) < 0)
      return Status::InvalidArgument(internal::field_path(where, "pattern") + ": invalid pattern '" + rule.pattern +
                                     "': " + error);
    set_rule.push_back(rules.size());
  }
  rules.push_back(std::move(c));
  return Status::Ok();
}

void Tagger::Impl::scan(std::string_view text, std::vector<std::size_t>& out) {
  out.clear();
  hits.clear();
  RE2::Set::ErrorInfo info{};
  if (set_rule.empty()) return;
  if (set->Match(text, &hits, &info)) {
    for (int i : hits) out.push_back(set_rule[static_cast<std::size_t>(i)]);
    return;
  }
  if (info.kind == RE2::Set::kNoError) return;
  for (std::size_t i = 0; i < rules.size(); ++i)  // The DFA ran out of memory: match rule by rule.
    if (rules[i].re && RE2::PartialMatch(text, *rules[i].re)) out.push_back(i);
}

void Tagger::Impl::topic_hits(const std::string* folded_topic, TopicInfo& info) {
  info.hit.clear();
  if (opt.match_topic && folded_topic) scan(*folded_topic, info.hit);
  for (std::size_t i = 0; i < rules.size(); ++i)
    if (!rules[i].re) info.hit.push_back(i);
}

void Tagger::Impl::update_topic(const std::optional<std::string>& t) {
  if (!t) {
    if (no_topic.ok.size() != rules.size()) {
      no_topic.ok.assign(rules.size(), 1);
      for (std::size_t i = 0; i < rules.size(); ++i) no_topic.ok[i] = !rules[i].topic;
      topic_hits(nullptr, no_topic);
    }
    topic = &no_topic;
    return;
  }
  if (auto it = topics.find(*t); it != topics.end()) {
    topic = &it->second;
    return;
  }
  if (topics.size() >= internal::kMaxCachedTopics) topics.clear();
  TopicInfo& info = topics[*t];
  std::string folded_topic = fold(*t);
  info.ok.assign(rules.size(), 1);
  for (std::size_t i = 0; i < rules.size(); ++i)
    if (rules[i].topic) info.ok[i] = RE2::PartialMatch(folded_topic, *rules[i].topic);
  topic_hits(&folded_topic, info);
  if (opt.topic_tags) info.tag = topic_to_tag(*t);
  topic = &info;
}

void Tagger::Impl::normalize_existing(Question& q) const {
  bool clean = true;
  for (std::size_t i = 0; clean && i < q.tags.size(); ++i)
    clean = internal::is_normal_tag(q.tags[i]) &&
            std::find(q.tags.begin(), q.tags.begin() + static_cast<std::ptrdiff_t>(i), q.tags[i]) ==
                q.tags.begin() + static_cast<std::ptrdiff_t>(i);
  if (clean) return;
  std::vector<std::string> tags;
  tags.reserve(q.tags.size());
  for (auto& t : q.tags) {
    std::string n = normalize_tag(t);
    if (!n.empty() && std::find(tags.begin(), tags.end(), n) == tags.end()) tags.push_back(std::move(n));
  }
  q.tags = std::move(tags);
}

Tagger::Tagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;
Tagger::~Tagger() = default;

Result<Tagger> Tagger::compile(const TagOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->opt = options;
  RE2::Options set_options = internal::regex_options();
  set_options.set_max_mem(256 << 20);
  impl->set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
  if (options.default_rules) {
    auto defaults = parse_tag_rules(default_tag_rules_json(), "default_rules.json");
    if (!defaults.ok()) return Status::Internal(defaults.status().message());
    for (const auto& rule : *defaults)
      if (Status s = impl->add_rule(rule, rule.origin); !s.ok()) return Status::Internal(s.message());
  }
  for (std::size_t i = 0; i < options.rules.size(); ++i)
    if (Status s = impl->add_rule(options.rules[i], options.rules[i].origin.empty() ? "rules[" + std::to_string(i) + "]"
                                                                                   : options.rules[i].origin);
        !s.ok())
      return s;
  for (auto& r : impl->opt.remove) {
    r = normalize_tag(r);
    if (r.empty()) return Status::InvalidArgument("--remove: tag has no letters or digits");
  }
  if (!impl->set_rule.empty() && !impl->set->Compile())
    return Status::InvalidArgument("the tag rules are too large to compile together");
  return Tagger(std::move(impl));
}

std::size_t Tagger::apply(Question& q) {
  Impl& m = *impl_;
  m.normalize_existing(q);
  const std::size_t before = q.tags.size();
  m.update_topic(q.topic);
  internal::fold_into(q.text, m.folded);
  m.scan(m.folded, m.hit);
  m.hit.insert(m.hit.end(), m.topic->hit.begin(), m.topic->hit.end());
  std::sort(m.hit.begin(), m.hit.end());  // Tags are added in rule order.
  m.hit.erase(std::unique(m.hit.begin(), m.hit.end()), m.hit.end());
  for (std::size_t i : m.hit) {
    const internal::CompiledRule& r = m.rules[i];
    if (!m.topic->ok[i]) continue;
    if (!r.langs.empty() && std::find(r.langs.begin(), r.langs.end(), q.lang) == r.langs.end()) continue;
    internal::add_unique(q.tags, r.tag);
  }
  if (!m.topic->tag.empty()) internal::add_unique(q.tags, m.topic->tag);
  std::size_t added = 0, kept = 0;
  for (std::size_t i = 0; i < q.tags.size(); ++i) {
    const std::string& t = q.tags[i];
    if (std::any_of(m.opt.remove.begin(), m.opt.remove.end(), [&](const std::string& r) { return internal::is_or_under(t, r); }))
      continue;
    added += i >= before;
    if (kept != i) q.tags[kept] = std::move(q.tags[i]);
    ++kept;
  }
  q.tags.resize(kept);
  return added;
}

std::size_t Tagger::rule_count() const { return impl_->rules.size(); }

}  // namespace qbank
