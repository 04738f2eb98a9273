// Tests for the document shapes of bench/unseen-6: banner headings, definition lists, label sheets, wiki pages.
#include <catch2/catch.hpp>

#include "normalize_expect.hpp"

using qbank::InputFormat;
using qbank_test::Expect;
using qbank_test::check_records;
using qbank_test::reason_of;
using qbank_test::run_format;

TEST_CASE("text: a rule drawn over a heading ends the answer above and is no code of it") {
  std::string text = "Networking notes\n\n"
                     "Q1: How do I list open ports?\n"
                     "A: Use ss:\n"
                     "    ss -tlnp\n"
                     "or netstat on older systems.\n\n"
                     "***************\n"
                     "Part 2: Storage\n"
                     "***************\n\n"
                     "Q2: What is RAID 1?\n"
                     "A: Mirroring.\n";
  auto r = run_format(text, InputFormat::kText);
  REQUIRE(r.ok());
  check_records(*r, {Expect{3, "How do I list open ports?", "Networking notes",
                            "Use ss:\nss -tlnp\nor netstat on older systems."},
                     Expect{12, "What is RAID 1?", "Storage", "Mirroring."}});
  CHECK(reason_of(*r, 8) == "separator");
}

TEST_CASE("markdown: a list of bold terms each set off by a dash or colon asks the term and answers with the rest") {
  std::string text = "# Glosario de bases de datos\n\n"
                     "## Transacciones\n\n"
                     "1. **Atomicidad:** todo o nada.\n"
                     "2. **Aislamiento** – las transacciones no se ven entre sí.\n"
                     "3. **Durabilidad** - lo confirmado no se pierde.\n"
                     "4. **Consistencia:**\n\n"
                     "## Notas\n\n"
                     "- **Importante:** ¿Qué pasa si se cae el servidor?\n";
  auto r = run_format(text, InputFormat::kMarkdown);
  REQUIRE(r.ok());
  REQUIRE(r->records.size() == 5);
  check_records(*r, {Expect{5, "Atomicidad", "Transacciones", "todo o nada."},
                     Expect{6, "Aislamiento", "Transacciones", "las transacciones no se ven entre sí."},
                     Expect{7, "Durabilidad", "Transacciones", "lo confirmado no se pierde."},
                     Expect{8, "Consistencia", "Transacciones"},
                     Expect{12, "Importante: ¿Qué pasa si se cae el servidor?", "Notas"}});
}
