// The dedup review page as one self-contained HTML document: inline style and script, no external asset.
#include <algorithm>
#include <charconv>
#include <map>
#include <string>
#include <string_view>

#include "review/review_data.hpp"

namespace qbank::internal::review {
namespace {

// The page's style: a summary bar, clusters with their variants side by side in a grid.
constexpr std::string_view kStyle = R"CSS(
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f4f5f7}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccd;padding:.6rem 1rem;z-index:1}
h1{font-size:1.25rem;margin:0 0 .4rem}
h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
main{padding:0 1rem 2rem}
.summary{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;margin:0}
.summary div{display:flex;gap:.35rem}
.summary dt{color:#556}
.summary dd{margin:0;font-weight:600}
.filters{margin-top:.5rem;display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center}
.cluster,.pair{background:#fff;border:1px solid #d6d8de;border-radius:6px;margin:.6rem 0;padding:.6rem .8rem}
.cluster h3,.pair h3{font-size:.95rem;margin:0 0 .4rem;font-weight:600}
.badge{display:inline-block;font-size:.75rem;font-weight:500;border-radius:3px;padding:0 .35rem;margin-left:.3rem;background:#e8eaf0;color:#334}
.variants{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.5rem}
.variant{border:1px solid #e0e2e8;border-radius:4px;padding:.4rem .55rem;background:#fafbfc}
.variant.seed{border-color:#7a9ad6}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 0 .3rem}
.src,.id{font:12px/1.3 ui-monospace,monospace;color:#556;overflow-wrap:anywhere;margin:.15rem 0}
.evidence{font-size:.82rem;color:#2f5d2f;margin:.25rem 0 0;overflow-wrap:anywhere}
.differs{font-size:.82rem;color:#8a2d2d;margin:.35rem 0 0;overflow-wrap:anywhere}
details{font-size:.85rem;margin-top:.25rem}
.code{font:12px/1.35 ui-monospace,monospace}
.empty{color:#667;font-style:italic}
[hidden]{display:none!important}
)CSS";

// The page's script: filters clusters and pairs by language and topic, from the selects or from the address
// ("#lang=ru&topic=SQL"; "topic=" alone selects records without a topic), and shows how many remain.
constexpr std::string_view kScript = R"JS(
(function () {
  var langSel = document.getElementById('f-lang'), topicSel = document.getElementById('f-topic');
  var items = Array.prototype.slice.call(document.querySelectorAll('.cluster,.pair'));
  function pick(sel, value) {
    for (var i = 1; i < sel.options.length; i++)
      if (sel.options[i].getAttribute('data-value') === value) { sel.selectedIndex = i; return; }
    sel.selectedIndex = 0;
  }
  function chosen(sel) {
    return sel.selectedIndex > 0 ? sel.options[sel.selectedIndex].getAttribute('data-value') : null;
  }
  function has(item, attr, value) {
    if (value === null) return true;
    var tagged = item.querySelectorAll('[' + attr + ']');
    for (var i = 0; i < tagged.length; i++) if (tagged[i].getAttribute(attr) === value) return true;
    return false;
  }
  function apply() {
    var lang = chosen(langSel), topic = chosen(topicSel), clusters = 0, pairs = 0;
    items.forEach(function (item) {
      var show = has(item, 'data-lang', lang) && has(item, 'data-topic', topic);
      item.hidden = !show;
      if (show && item.classList.contains('cluster')) clusters++;
      if (show && item.classList.contains('pair')) pairs++;
    });
    document.getElementById('shown-clusters').textContent = String(clusters);
    document.getElementById('shown-apart').textContent = String(pairs);
  }
  function fromAddress() {
    var h = location.hash.slice(1);
    if (h.indexOf('=') < 0) return false;
    var p = new URLSearchParams(h);
    pick(langSel, p.has('lang') ? p.get('lang') : null);
    pick(topicSel, p.has('topic') ? p.get('topic') : null);
    return true;
  }
  function toAddress() {
    var p = new URLSearchParams(), lang = chosen(langSel), topic = chosen(topicSel);
    if (lang !== null) p.set('lang', lang);
    if (topic !== null) p.set('topic', topic);
    try { history.replaceState(null, '', '#' + p.toString()); } catch (e) {}
  }
  langSel.addEventListener('change', function () { toAddress(); apply(); });
  topicSel.addEventListener('change', function () { toAddress(); apply(); });
  window.addEventListener('hashchange', function () { if (fromAddress()) apply(); });
  fromAddress();
  apply();
  document.documentElement.setAttribute('data-filtered', 'yes');
})();
)JS";

// Appends a decimal number.
void append_number(std::string& out, std::size_t n) { out += std::to_string(n); }

// Appends a score with two decimals, independent of the locale.
void append_score(std::string& out, double score) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, score, std::chars_format::fixed, 2);
  out.append(buf, r.ptr);
}

// Appends an attribute name="value" with the value escaped.
void append_attr(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_escaped(out, value);
  out += '"';
}

// Appends lang and dir attributes for a text in language lang ("und" and "" name no language).
void append_text_attrs(std::string& out, std::string_view lang) {
  if (!lang.empty() && lang != "und") append_attr(out, "lang", lang);
  out += " dir=\"auto\"";
}

// Appends one summary entry.
void append_stat(std::string& out, std::string_view id, std::string_view label, std::size_t n) {
  out += "<div><dt>";
  out += label;
  out += "</dt><dd";
  append_attr(out, "id", id);
  out += '>';
  append_number(out, n);
  out += "</dd></div>";
}

// Appends a filter select: "all", then one option per value with its count; "" is shown as none_label.
void append_select(std::string& out, std::string_view id, std::string_view label, std::string_view none_label,
                   const std::map<std::string, std::size_t>& counts) {
  out += "<label>";
  out += label;
  out += " <select";
  append_attr(out, "id", id);
  out += "><option>all</option>";
  for (const auto& [value, n] : counts) {
    out += "<option";
    append_attr(out, "data-value", value);
    out += '>';
    append_escaped(out, value.empty() ? none_label : std::string_view(value));
    out += " (";
    append_number(out, n);
    out += ")</option>";
  }
  out += "</select></label>";
}

// Appends a link to a merged cluster, or its id as text when the cluster is not on the page.
void append_cluster_ref(std::string& out, const std::string& id, bool merged) {
  if (id.empty()) return;
  if (merged) {
    out += "<a";
    append_attr(out, "href", "#c-" + id);
    out += '>';
    append_escaped(out, id);
    out += "</a>";
  } else {
    append_escaped(out, id);
  }
}

// Appends a collapsed block (an answer, code) when text is not empty.
void append_details(std::string& out, std::string_view summary, std::string_view text, std::string_view lang) {
  if (text.empty()) return;
  out += "<details><summary>";
  out += summary;
  out += summary == "code" ? "</summary><p class=\"text code\"" : "</summary><p class=\"text\"";
  append_text_attrs(out, lang);
  out += '>';
  append_escaped(out, text);
  out += "</p></details>";
}

// Appends one variant of a merged cluster.
void append_variant(std::string& out, const Variant& v, const Cluster& c) {
  out += v.seed ? "<div class=\"variant seed\"" : "<div class=\"variant\"";
  append_attr(out, "data-lang", v.lang);
  append_attr(out, "data-topic", v.topic);
  out += "><p class=\"text\"";
  append_text_attrs(out, v.lang);
  out += '>';
  append_escaped(out, v.text);
  out += "</p>";
  for (const auto& s : v.sources) {
    out += "<p class=\"src\">";
    append_escaped(out, s);
    out += "</p>";
  }
  out += "<p class=\"id\">";
  append_escaped(out, v.id);
  if (v.id == c.id) out += "<span class=\"badge\">cluster id</span>";
  if (v.text == c.text) out += "<span class=\"badge\">shown text</span>";
  if (!v.topic.empty() && v.topic != c.topic) {
    out += "<span class=\"badge\"";
    append_text_attrs(out, v.lang);
    out += ">topic ";
    append_escaped(out, v.topic);
    out += "</span>";
  }
  out += "</p>";
  append_details(out, "answer", v.answer, v.lang);
  append_details(out, "code", v.code, "");
  if (v.seed) {
    out += "<p class=\"evidence\">seed: the text the others were compared with</p>";
  } else {
    out += "<p class=\"evidence\">merged, score ";
    append_score(out, v.score);
    out += ": ";
    append_escaped(out, v.evidence);
    out += "</p>";
  }
  out += "</div>";
}

// Appends one merged cluster with its variants side by side.
void append_cluster(std::string& out, const Cluster& c) {
  out += "<article class=\"cluster\"";
  append_attr(out, "id", "c-" + c.id);
  append_attr(out, "data-lang", c.lang);
  append_attr(out, "data-topic", c.topic);
  append_attr(out, "data-size", std::to_string(c.variants.size()));
  out += "><h3><span";
  append_text_attrs(out, c.lang);
  out += '>';
  append_escaped(out, c.text);
  out += "</span><span class=\"badge\">";
  append_escaped(out, c.id);
  out += "</span><span class=\"badge\">";
  append_escaped(out, c.lang);
  out += "</span>";
  if (!c.topic.empty()) {
    out += "<span class=\"badge\"";
    append_text_attrs(out, c.lang);
    out += '>';
    append_escaped(out, c.topic);
    out += "</span>";
  }
  out += "<span class=\"badge variants-count\">";
  append_number(out, c.variants.size());
  out += " variants</span></h3><div class=\"variants\">";
  for (const auto& v : c.variants) append_variant(out, v, c);
  out += "</div></article>\n";
}

// Appends one side of a pair kept apart.
void append_side(std::string& out, const Side& s, std::string_view role) {
  out += "<div class=\"variant\"";
  if (!s.cluster_id.empty()) {
    append_attr(out, "data-lang", s.lang);
    append_attr(out, "data-topic", s.topic);
  }
  out += "><p class=\"src\">";
  out += role;
  out += "</p><p class=\"text\"";
  append_text_attrs(out, s.lang);
  out += '>';
  append_escaped(out, s.text);
  out += "</p>";
  if (!s.from.empty()) {
    out += "<p class=\"src\">";
    append_escaped(out, s.from);
    out += "</p>";
  }
  append_details(out, "code", s.code, "");
  if (!s.cluster_id.empty()) {
    out += "<p class=\"id\">in ";
    append_cluster_ref(out, s.cluster_id, s.merged);
    out += "</p>";
  }
  out += "</div>";
}

// Appends one candidate pair kept apart, with what differed.
void append_pair(std::string& out, const Pair& p) {
  out += "<article class=\"pair\"><div class=\"variants\">";
  append_side(out, p.record, "this record");
  append_side(out, p.compared, "was compared with");
  out += "</div><p class=\"differs\">kept apart: ";
  append_escaped(out, p.evidence);
  out += "</p></article>\n";
}

}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t': case '\n': out += ch; break;
      default:
        if (static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7f) out += ch;
    }
  }
}

std::string render_html(const Page& page, const ReviewOptions& options) {
  std::map<std::string, std::size_t> langs, topics;  // Filter values with the number of items holding them.
  auto count_item = [&](auto&& each) {
    std::map<std::string, bool> l, t;
    each(l, t);
    for (const auto& [k, _] : l) ++langs[k];
    for (const auto& [k, _] : t) ++topics[k];
  };
  std::size_t absorbed = 0;
  for (const auto& c : page.clusters) {
    absorbed += c.variants.size() - 1;
    count_item([&](auto& l, auto& t) {
      l[c.lang] = t[c.topic] = true;
      for (const auto& v : c.variants) l[v.lang] = t[v.topic] = true;
    });
  }
  for (const auto& p : page.apart)
    count_item([&](auto& l, auto& t) {
      for (const Side* s : {&p.record, &p.compared})
        if (!s->cluster_id.empty()) l[s->lang] = t[s->topic] = true;
    });

  std::string out;
  out.reserve(4096 + page.clusters.size() * 1024 + page.apart.size() * 512);
  out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  append_escaped(out, options.title);
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style></head>\n<body>\n<header><h1>";
  append_escaped(out, options.title);
  out += "</h1><dl class=\"summary\">";
  append_stat(out, "n-input", "input records", page.input_records);
  append_stat(out, "n-output", "output records", page.output_records);
  append_stat(out, "n-merged", "merged clusters", page.clusters.size());
  append_stat(out, "n-absorbed", "variants merged away", absorbed);
  append_stat(out, "n-apart", "near candidates kept apart", page.apart.size());
  out += "</dl>\n<div class=\"filters\">";
  append_select(out, "f-lang", "Language", "und", langs);
  append_select(out, "f-topic", "Topic", "(no topic)", topics);
  out += "<span>showing <b id=\"shown-clusters\">";
  append_number(out, page.clusters.size());
  out += "</b> merged clusters and <b id=\"shown-apart\">";
  append_number(out, page.apart.size());
  out += "</b> pairs kept apart</span></div></header>\n<main>\n<section id=\"clusters\"><h2>Merged clusters</h2>\n";
  if (page.clusters.empty()) out += "<p class=\"empty\">No records were merged.</p>\n";
  for (const auto& c : page.clusters) append_cluster(out, c);
  out += "</section>\n<section id=\"apart\"><h2>Near candidates kept apart</h2>\n";
  if (page.apart.empty()) out += "<p class=\"empty\">No candidate pair was kept apart.</p>\n";
  for (const auto& p : page.apart) append_pair(out, p);
  out += "</section>\n</main>\n<script>";
  out += kScript;
  out += "</script>\n</body></html>\n";
  return out;
}

}  // namespace qbank::internal::review
