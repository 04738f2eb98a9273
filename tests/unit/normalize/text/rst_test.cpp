// reStructuredText read through the plain-text outline: titles by adornment, directives, roles, targets.
#include <catch2/catch.hpp>

#include <set>

#include "normalize_expect.hpp"

using namespace qbank_test;

namespace {

// Normalizes a text document.
qbank::NormalizeResult run(const std::string& text) {
  auto r = run_format(text, qbank::InputFormat::kText);
  REQUIRE(r.ok());
  return std::move(*r);
}

// Checks that every non-blank line of text is a question's, inside an answer or code, or rejected with a
// documented reason, and that no line is rejected twice.
void check_every_line_accounted(const qbank::NormalizeResult& r, const std::string& text) {
  std::map<std::int64_t, int> rejected;
  for (const auto& x : r.rejected) {
    INFO("line " << x.line << " reason '" << x.reason << "'");
    CHECK(qbank::is_rejection_reason(x.reason));
    CHECK(++rejected[x.line] == 1);
  }
  std::set<std::int64_t> questions;
  for (const auto& q : r.records) questions.insert(q.sources.at(0).line);
  std::int64_t first = questions.empty() ? 0 : *questions.begin();
  std::int64_t number = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    ++number;
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(' ') == std::string::npos) continue;
    INFO("line " << number << ": " << line);
    if (number < first) CHECK(rejected.count(number) == 1);  // Nothing before the first question is kept silently.
  }
}

// Checks the reason each listed line was rejected with.
void check_reasons(const qbank::NormalizeResult& r, const std::vector<std::pair<std::int64_t, std::string>>& want) {
  for (const auto& [line, reason] : want) {
    INFO("line " << line);
    CHECK(reason_of(r, line) == reason);
  }
}

}  // namespace

TEST_CASE("reStructuredText: over- and underlined title, directives, roles and targets read as an outline") {
  const std::string doc =
      "=======================\n"
      "Perguntas frequentes\n"
      "=======================\n"
      "\n"
      ".. contents:: Índice\n"
      "   :local:\n"
      "\n"
      ".. note::\n"
      "   Veja também :doc:`instalacao`.\n"
      "\n"
      "Esta página reúne as dúvidas mais comuns sobre o :ref:`cliente <cliente-ref>`.\n"
      "\n"
      ".. _pergunta-licenca:\n"
      "\n"
      "Posso usar o programa em projetos comerciais?\n"
      "----------------------------------------------\n"
      "\n"
      "Sim. A licença é a `MIT <https://opensource.org/licenses/MIT>`_ [#n1]_.\n"
      "\n"
      ".. warning::\n"
      "   Mantenha o aviso de **copyright**.\n"
      "\n"
      "Quero desinstalar o programa\n"
      "----------------------------\n"
      "\n"
      "Remova a pasta de configuração do utilizador com o comando:\n"
      "\n"
      ".. code-block:: bash\n"
      "\n"
      "   rm -rf ~/.cliente\n"
      "\n"
      "Depois apague o executável.\n"
      "\n"
      ".. isto é um comentário que não aparece\n"
      "\n"
      ".. toctree::\n"
      "   :maxdepth: 1\n"
      "\n"
      "   avancado\n"
      "\n"
      ".. [#n1] A licença completa está no repositório.\n";
  auto r = run(doc);
  check_records(r, {
                       {15, "Posso usar o programa em projetos comerciais?", "Perguntas frequentes",
                        "Sim. A licença é a MIT.\n\nMantenha o aviso de copyright."},
                       {23, "Quero desinstalar o programa", "Perguntas frequentes",
                        "Remova a pasta de configuração do utilizador com o comando:\n\nrm -rf ~/.cliente\n\nDepois apague o "
                        "executável."},
                   });
  check_reasons(r, {{1, "separator"},
                    {3, "separator"},
                    {5, "contents (not read)"},
                    {6, "contents (not read)"},
                    {8, "markup"},
                    {13, "link definition"},
                    {16, "separator"},
                    {34, "comment"},
                    {36, "toctree (not read)"},
                    {39, "toctree (not read)"},
                    {41, "footnote"}});
  CHECK_FALSE(reason_of(r, 9).empty());   // The note before the first entry is the section's text.
  CHECK_FALSE(reason_of(r, 11).empty());
  check_every_line_accounted(r, doc);
}

TEST_CASE("reStructuredText: title levels follow the order adornments first appear; sections head their entries") {
  const std::string doc =
      "Pytania i odpowiedzi\n"
      "####################\n"
      "\n"
      "Krótki wstęp do dokumentu.\n"
      "\n"
      "Czy program działa na Linuksie?\n"
      "*******************************\n"
      "\n"
      "Tak, na każdej dystrybucji.\n"
      "\n"
      "Chcę zmienić język interfejsu\n"
      "*****************************\n"
      "\n"
      "Wybierz język w ustawieniach.\n"
      "\n"
      ".. _rozne:\n"
      "\n"
      "Różne\n"
      "*****\n"
      "\n"
      "Dlaczego ta pętla się nie kończy?\n"
      "+++++++++++++++++++++++++++++++++\n"
      "\n"
      "Dany kod::\n"
      "\n"
      "    while True:\n"
      "        pass\n"
      "\n"
      "Warunek pętli jest zawsze prawdziwy.\n"
      "\n"
      "Jak zgłosić błąd?\n"
      "+++++++++++++++++\n"
      "\n"
      "Otwórz zgłoszenie w serwisie.\n";
  auto r = run(doc);
  check_records(r, {
                       {6, "Czy program działa na Linuksie?", "Pytania i odpowiedzi", "Tak, na każdej dystrybucji."},
                       {11, "Chcę zmienić język interfejsu", "Pytania i odpowiedzi", "Wybierz język w ustawieniach."},
                       {21, "Dlaczego ta pętla się nie kończy?", "Różne",
                        "Dany kod:\n\nWarunek pętli jest zawsze prawdziwy.", "while True:\n    pass"},
                       {31, "Jak zgłosić błąd?", "Różne", "Otwórz zgłoszenie w serwisie."},
                   });
  CHECK(reason_of(r, 4) == "section text");
  CHECK(reason_of(r, 16) == "link definition");
  CHECK(reason_of(r, 18) == "heading");
  check_every_line_accounted(r, doc);
}

TEST_CASE("reStructuredText: field lists, images, simple tables and argument-only admonitions") {
  const std::string doc =
      ":orphan:\n"
      ":tocdepth: 2\n"
      "\n"
      "よくある質問\n"
      "============\n"
      "\n"
      "対応している OS は？\n"
      "--------------------\n"
      "\n"
      "次の表のとおりです。\n"
      "\n"
      "======  ======\n"
      "OS      対応\n"
      "======  ======\n"
      "Linux   はい\n"
      "macOS   はい\n"
      "======  ======\n"
      "\n"
      ".. image:: os.png\n"
      "   :alt: 対応表\n"
      "\n"
      "ライセンスは何ですか？\n"
      "----------------------\n"
      "\n"
      ".. note:: Apache 2.0 です。\n";
  auto r = run(doc);
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].text == "対応している OS は？");
  CHECK(r.records[0].topic == "よくある質問");
  CHECK(r.records[0].answer.value_or("").find("Linux") != std::string::npos);
  CHECK(r.records[1].text == "ライセンスは何ですか？");
  CHECK(r.records[1].answer == "Apache 2.0 です。");
  check_reasons(r, {{1, "metadata"}, {2, "metadata"}, {12, "separator"}, {19, "image (not read)"}, {20, "image (not read)"}});
  check_every_line_accounted(r, doc);
}

TEST_CASE("a plain text with underlined headings and no reStructuredText markup keeps its lines as written") {
  auto r = run("Perguntas\n=========\n\nO que é um ponteiro?\n--------------------\n\nUm endereço, como em::\n\n"
               "O que é uma referência?\n-----------------------\n\nUm apelido, como **x**.\n");
  check_records(r, {{4, "O que é um ponteiro?", "Perguntas", "Um endereço, como em::"},
                    {9, "O que é uma referência?", "Perguntas", "Um apelido, como **x**."}});
}

TEST_CASE("plain text whose questions follow the previous answer with no blank line: every paragraph's last line") {
  const std::string doc =
      "Traduzido automaticamente do site do projeto\n"
      "\n"
      "Perguntas gerais\n"
      "O programa é gratuito?\n"
      "\n"
      "Sim, e o código está disponível para todos.\n"
      "Funciona sem ligação à internet?\n"
      "\n"
      "Funciona, exceto a atualização das listas.\n"
      "As minhas listas não são atualizadas desde ontem\n"
      "\n"
      "Verifique o proxy nas definições e tente de novo.\n"
      "Posso usar o programa num servidor com muitos utilizadores e pastas partilhadas, e quanto tempo\n"
      "demora a primeira análise?\n"
      "\n"
      "Depende do tamanho das pastas.\n"
      "Onde encontro mais ajuda?\n"
      "\n"
      "Na lista de correio do projeto.\n";
  auto r = run(doc);
  check_records(r, {
                       {4, "O programa é gratuito?", "Perguntas gerais", "Sim, e o código está disponível para todos."},
                       {7, "Funciona sem ligação à internet?", "Perguntas gerais",
                        "Funciona, exceto a atualização das listas."},
                       {10, "As minhas listas não são atualizadas desde ontem", "Perguntas gerais",
                        "Verifique o proxy nas definições e tente de novo."},
                       {13,
                        "Posso usar o programa num servidor com muitos utilizadores e pastas partilhadas, e quanto "
                        "tempo demora a primeira análise?",
                        "Perguntas gerais", "Depende do tamanho das pastas."},
                       {17, "Onde encontro mais ajuda?", "Perguntas gerais", "Na lista de correio do projeto."},
                   });
  check_every_line_accounted(r, doc);
}
