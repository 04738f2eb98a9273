#pragma once
// cmark-gfm for the Markdown outline: an arena its trees are allocated from, and one parse of a text with the GFM
// table extension and an extension that spares cmark the inline parsing of paragraphs and headings.

#include <cmark-gfm.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace qbank::internal::md {

// A bump allocator for cmark-gfm while one outline is built: its nodes and buffers are never freed one by one
// but all at once when the arena ends (cmark's allocator functions take no context, so the arena in force is
// per thread). Like cmark's own allocator, it aborts when memory runs out.
class CmarkArena {
 public:
  CmarkArena() : previous_(current_) { current_ = this; }
  ~CmarkArena() {
    current_ = previous_;
    while (head_ != nullptr) {
      Block* next = head_->next;
      std::free(head_);
      head_ = next;
    }
  }
  CmarkArena(const CmarkArena&) = delete;
  CmarkArena& operator=(const CmarkArena&) = delete;

  // The allocator functions cmark-gfm is given.
  static cmark_mem* mem() {
    static cmark_mem m{&arena_calloc, &arena_realloc, &arena_free};
    return &m;
  }

 private:
  // A chunk of memory allocations are cut from; the allocations follow this header.
  struct Block {
    Block* next;
    std::size_t size;  // Usable bytes after the header.
  };
  static constexpr std::size_t kAlign = 16;
  static constexpr std::size_t kHeader = 16;           // Each allocation's header: its size.
  static constexpr std::size_t kBlockBytes = 1u << 20;  // The usual size of a block.

  static std::size_t round_up(std::size_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }

  // Returns size bytes (16-aligned) after a header that records size.
  char* allocate(std::size_t size) {
    std::size_t need = kHeader + round_up(size);
    if (need < size || head_ == nullptr || used_ + need > head_->size) {
      std::size_t bytes = std::max(kBlockBytes, need);
      auto* b = static_cast<Block*>(std::malloc(round_up(sizeof(Block)) + bytes));
      if (b == nullptr || need < size) std::abort();
      b->next = head_;
      b->size = bytes;
      head_ = b;
      used_ = 0;
    }
    char* at = reinterpret_cast<char*>(head_) + round_up(sizeof(Block)) + used_;
    used_ += need;
    last_ = at + kHeader;
    std::memcpy(at, &size, sizeof size);
    return last_;
  }
  // The size recorded for an allocation.
  static std::size_t size_of(const void* p) {
    std::size_t size;
    std::memcpy(&size, static_cast<const char*>(p) - kHeader, sizeof size);
    return size;
  }
  static void* arena_calloc(std::size_t count, std::size_t size) {
    std::size_t bytes = count * size;
    if (size != 0 && bytes / size != count) std::abort();
    char* p = current_->allocate(bytes);
    std::memset(p, 0, bytes);
    return p;
  }
  static void* arena_realloc(void* old, std::size_t size) {
    CmarkArena& a = *current_;
    if (old == nullptr) return a.allocate(size);
    std::size_t was = size_of(old);
    // The last allocation grows in place while its block has room.
    if (old == a.last_ && round_up(size) >= round_up(was)) {
      std::size_t more = round_up(size) - round_up(was);
      if (a.used_ + more <= a.head_->size) {
        a.used_ += more;
        std::memcpy(static_cast<char*>(old) - kHeader, &size, sizeof size);
        return old;
      }
    }
    char* p = a.allocate(size);
    std::memcpy(p, old, std::min(was, size));
    return p;
  }
  static void arena_free(void*) {}

  static thread_local CmarkArena* current_;
  CmarkArena* previous_;
  Block* head_ = nullptr;
  std::size_t used_ = 0;    // Bytes used in head_.
  char* last_ = nullptr;    // The last allocation.
};

// A cmark-gfm parse of one text with the table extension, in the CmarkArena in force (which frees it).
class CmarkDocument {
 public:
  // Parses text.
  explicit CmarkDocument(std::string_view text);
  ~CmarkDocument() = default;  // The arena in force frees the parser, the tree and the iterator.
  CmarkDocument(const CmarkDocument&) = delete;
  CmarkDocument& operator=(const CmarkDocument&) = delete;
  // The iterator over the document's nodes.
  cmark_iter* iter() const { return iter_; }
  // The document node.
  cmark_node* root() const { return root_; }

 private:
  cmark_parser* parser_ = nullptr;  // The parser (its table and blocks-only extensions attached).
  cmark_node* root_ = nullptr;      // The document node.
  cmark_iter* iter_ = nullptr;      // The iterator over the tree.
};

}  // namespace qbank::internal::md
