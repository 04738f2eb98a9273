#pragma once
// Moodle category paths ("$course$/top/Deck/Topic"), as GIFT "$CATEGORY:" lines and Moodle XML category items
// write them.

#include <string>
#include <string_view>

namespace qbank::internal {

// The last part of a category path that is neither "top" nor a "$course$"-style placeholder ("$course$/top/
// Deck/Topic" gives "Topic"); "//" is a slash inside a part; "" when there is none.
std::string category_topic(std::string_view path);

}  // namespace qbank::internal
