#pragma once
// Paired Hugo shortcodes on lines of their own ("{{< details "How do I …?" >}}" … "{{< /details >}}"), read like
// a <details> element whose summary is the shortcode's title.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace qbank::internal::md {

// A shortcode's opening line, read.
struct Shortcode {
  std::string_view name;   // The shortcode name ("details", "hint").
  std::string_view title;  // Its first quoted argument or title="…"/summary="…" ("" when none).
};

// Reads a line holding only an opening shortcode ("{{< name args >}}" or "{{% name args %}}"); nullopt for
// any other line, a closing shortcode included.
std::optional<Shortcode> shortcode_opener(std::string_view line);

// The index of the line in [opener + 1, to) that closes the shortcode named name ("{{< /name >}}"), or npos
// when none does before another opens with that name.
std::size_t shortcode_close(const std::vector<std::string_view>& lines, std::size_t opener, std::size_t to,
                            std::string_view name);

}  // namespace qbank::internal::md
