// JsonlWriter: records serialised into one growing buffer that reaches the output in large blocks.
#include <algorithm>
#include <cstring>
#include <memory>

#include "qbank/jsonl.hpp"
#include "records/record_writer.hpp"

namespace qbank {

struct [[gnu::visibility("hidden")]] JsonlWriter::Impl {
  static constexpr std::size_t kFirstCapacity = std::size_t{16} << 20;  // Bytes of the first buffer.

  OutputFile& out;                // Where flush() writes.
  std::unique_ptr<char[]> data;   // The buffer; pages it does not use are never touched.
  std::size_t size = 0;           // Bytes in use.
  std::size_t capacity = 0;       // Bytes allocated.

  // Makes room for at least need bytes, keeping the bytes in use.
  void grow(std::size_t need) {
    std::size_t cap = std::max({need, 2 * capacity, kFirstCapacity});
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (size > 0) std::memcpy(bigger.get(), data.get(), size);
    data = std::move(bigger);
    capacity = cap;
  }
};

JsonlWriter::JsonlWriter(OutputFile& out) : impl_(new Impl{out, nullptr, 0, 0}) {}

JsonlWriter::~JsonlWriter() = default;

void JsonlWriter::add(const Question& record) {
  Impl& m = *impl_;
  std::size_t need = m.size + internal::json_bound(record) + 1;
  if (need > m.capacity) m.grow(need);
  char* end = internal::write_json(m.data.get() + m.size, record);
  *end++ = '\n';
  m.size = static_cast<std::size_t>(end - m.data.get());
}

Status JsonlWriter::flush() {
  Impl& m = *impl_;
  Status s = m.out.write(std::string_view(m.data.get(), m.size));
  m.size = 0;
  return s;
}

void JsonlWriter::discard() { impl_->size = 0; }

std::size_t JsonlWriter::buffered() const { return impl_->size; }

}  // namespace qbank
