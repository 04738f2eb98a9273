// Header/key name → record field mapping for the CSV/TSV and JSON readers.
#include "normalize/field_map.hpp"

#include <algorithm>
#include <cctype>

#include "qbank/fold.hpp"
#include "qbank/lang.hpp"
#include "normalize/question_cues.hpp"

namespace qbank::internal {
namespace {

// A known header name (in name_key form), the field it feeds and its rank (0 = best).
struct KnownName {
  std::string_view key;
  Field field;
  int rank;
};

constexpr KnownName kKnownNames[] = {
    {"question", Field::kText, 0}, {"questions", Field::kText, 0}, {"q", Field::kText, 0},
    {"front", Field::kText, 0}, {"questiontext", Field::kText, 0}, {"text", Field::kText, 1},
    {"prompt", Field::kText, 1}, {"title", Field::kText, 2}, {"term", Field::kText, 2},
    {"вопрос", Field::kText, 0}, {"питання", Field::kText, 0}, {"frage", Field::kText, 0},
    {"pregunta", Field::kText, 0}, {"pergunta", Field::kText, 0}, {"domanda", Field::kText, 0},
    {"问题", Field::kText, 0}, {"题目", Field::kText, 0}, {"問題", Field::kText, 0}, {"质问", Field::kText, 1},
    {"vraag", Field::kText, 0}, {"pytanie", Field::kText, 0}, {"soru", Field::kText, 0},
    {"질문", Field::kText, 0}, {"문제", Field::kText, 0}, {"質問", Field::kText, 0}, {"instruction", Field::kText, 2},
    {"текст", Field::kText, 1}, {"texte", Field::kText, 1}, {"texto", Field::kText, 1},
    {"answer", Field::kAnswer, 0}, {"a", Field::kAnswer, 0}, {"back", Field::kAnswer, 0},
    {"answertext", Field::kAnswer, 0}, {"correctanswer", Field::kAnswer, 1}, {"answers", Field::kAnswer, 1},
    {"solution", Field::kAnswer, 1}, {"response", Field::kAnswer, 1}, {"completion", Field::kAnswer, 2},
    {"rightanswer", Field::kAnswer, 1}, {"antwoord", Field::kAnswer, 0},
    {"odpowiedź", Field::kAnswer, 0}, {"odpowiedz", Field::kAnswer, 0}, {"cevap", Field::kAnswer, 0},
    {"yanıt", Field::kAnswer, 0}, {"답", Field::kAnswer, 0}, {"답변", Field::kAnswer, 0}, {"정답", Field::kAnswer, 0},
    {"правильныйответ", Field::kAnswer, 1}, {"правильнавідповідь", Field::kAnswer, 1},
    {"richtigeantwort", Field::kAnswer, 1}, {"respuestacorrecta", Field::kAnswer, 1},
    {"respostacorreta", Field::kAnswer, 1}, {"bonneréponse", Field::kAnswer, 1}, {"正确答案", Field::kAnswer, 1}, {"explanation", Field::kAnswer, 2}, {"definition", Field::kAnswer, 2},
    {"body", Field::kAnswer, 2}, {"output", Field::kAnswer, 2}, {"chosen", Field::kAnswer, 2}, {"details", Field::kAnswer, 3}, {"correct", Field::kAnswer, 1},
    {"correctindex", Field::kAnswer, 1}, {"answerindex", Field::kAnswer, 1}, {"correctoption", Field::kAnswer, 1},
    {"correctchoice", Field::kAnswer, 1}, {"correctanswerindex", Field::kAnswer, 1}, {"rightindex", Field::kAnswer, 1},
    {"ответ", Field::kAnswer, 0}, {"відповідь", Field::kAnswer, 0}, {"antwort", Field::kAnswer, 0},
    {"respuesta", Field::kAnswer, 0}, {"resposta", Field::kAnswer, 0}, {"risposta", Field::kAnswer, 0},
    {"réponse", Field::kAnswer, 0}, {"reponse", Field::kAnswer, 0}, {"答案", Field::kAnswer, 0},
    {"回答", Field::kAnswer, 0}, {"答え", Field::kAnswer, 0}, {"解答", Field::kAnswer, 0}, {"答复", Field::kAnswer, 0},
    {"tags", Field::kTags, 0}, {"tag", Field::kTags, 0}, {"labels", Field::kTags, 1},
    {"keywords", Field::kTags, 1}, {"теги", Field::kTags, 0}, {"метки", Field::kTags, 1},
    {"теґи", Field::kTags, 0}, {"etiquetas", Field::kTags, 0}, {"标签", Field::kTags, 0},
    {"topic", Field::kTopic, 0}, {"category", Field::kTopic, 0}, {"section", Field::kTopic, 1},
    {"subject", Field::kTopic, 1}, {"deck", Field::kTopic, 2}, {"тема", Field::kTopic, 0},
    {"категория", Field::kTopic, 0}, {"раздел", Field::kTopic, 1}, {"категорія", Field::kTopic, 0},
    {"розділ", Field::kTopic, 1}, {"thema", Field::kTopic, 0}, {"kategorie", Field::kTopic, 0},
    {"tema", Field::kTopic, 0}, {"categoría", Field::kTopic, 0}, {"categoria", Field::kTopic, 0},
    {"catégorie", Field::kTopic, 0}, {"thème", Field::kTopic, 0}, {"theme", Field::kTopic, 1},
    {"rubrique", Field::kTopic, 1}, {"主题", Field::kTopic, 0}, {"分类", Field::kTopic, 0},
    {"类别", Field::kTopic, 0},
    {"code", Field::kCode, 0}, {"snippet", Field::kCode, 1}, {"codesnippet", Field::kCode, 1},
    {"код", Field::kCode, 0}, {"código", Field::kCode, 0}, {"codigo", Field::kCode, 0}, {"代码", Field::kCode, 0},
    {"lang", Field::kLang, 0}, {"language", Field::kLang, 0}, {"locale", Field::kLang, 1},
    {"язык", Field::kLang, 0}, {"мова", Field::kLang, 0}, {"sprache", Field::kLang, 0},
    {"idioma", Field::kLang, 0}, {"langue", Field::kLang, 0}, {"语言", Field::kLang, 0},
    {"choices", Field::kChoices, 0}, {"options", Field::kChoices, 0}, {"variants", Field::kChoices, 1},
    {"варианты", Field::kChoices, 0}, {"варіанти", Field::kChoices, 0}, {"opciones", Field::kChoices, 0},
    {"选项", Field::kChoices, 0}, {"propositions", Field::kChoices, 0}, {"alternatives", Field::kChoices, 1},
    {"antwortmöglichkeiten", Field::kChoices, 0}, {"opções", Field::kChoices, 0}, {"opcoes", Field::kChoices, 0},
    {"opzioni", Field::kChoices, 0}, {"optionen", Field::kChoices, 0},
    // Names in further languages: question, answer, topic.
    {"otázka", Field::kText, 0}, {"pertanyaan", Field::kText, 0}, {"tanya", Field::kText, 1},
    {"soal", Field::kText, 0}, {"câuhỏi", Field::kText, 0}, {"fråga", Field::kText, 0},
    {"spørgsmål", Field::kText, 0}, {"spørsmål", Field::kText, 0}, {"kysymys", Field::kText, 0},
    {"ερώτηση", Field::kText, 0}, {"հարց", Field::kText, 0}, {"კითხვა", Field::kText, 0},
    {"שאלה", Field::kText, 0}, {"سؤال", Field::kText, 0}, {"السؤال", Field::kText, 0}, {"پرسش", Field::kText, 0},
    {"سوال", Field::kText, 0}, {"प्रश्न", Field::kText, 0}, {"คำถาม", Field::kText, 0}, {"întrebare", Field::kText, 0},
    {"odpověď", Field::kAnswer, 0}, {"správnáodpověď", Field::kAnswer, 1}, {"jawaban", Field::kAnswer, 0},
    {"jawab", Field::kAnswer, 1}, {"trảlời", Field::kAnswer, 0}, {"đápán", Field::kAnswer, 0},
    {"svar", Field::kAnswer, 0}, {"vastaus", Field::kAnswer, 0}, {"απάντηση", Field::kAnswer, 0},
    {"պատասխան", Field::kAnswer, 0}, {"პასუხი", Field::kAnswer, 0}, {"תשובה", Field::kAnswer, 0},
    {"جواب", Field::kAnswer, 0}, {"الجواب", Field::kAnswer, 0}, {"إجابة", Field::kAnswer, 0},
    {"الإجابة", Field::kAnswer, 0}, {"پاسخ", Field::kAnswer, 0}, {"उत्तर", Field::kAnswer, 0},
    {"คำตอบ", Field::kAnswer, 0}, {"răspuns", Field::kAnswer, 0}, {"rispostacorretta", Field::kAnswer, 1},
    {"okruh", Field::kTopic, 1}, {"téma", Field::kTopic, 0},
    {"kategori", Field::kTopic, 0}, {"topik", Field::kTopic, 0}, {"argomento", Field::kTopic, 0},
    {"categorie", Field::kTopic, 0}, {"onderwerp", Field::kTopic, 0}, {"kategoria", Field::kTopic, 0},
    {"temat", Field::kTopic, 0}, {"konu", Field::kTopic, 0}, {"chủđề", Field::kTopic, 0},
    {"ämne", Field::kTopic, 0}, {"aihe", Field::kTopic, 0}, {"ενότητα", Field::kTopic, 0},
    {"κατηγορία", Field::kTopic, 0}, {"θέμα", Field::kTopic, 0}, {"բաժին", Field::kTopic, 0},
    {"թեմա", Field::kTopic, 0}, {"თემა", Field::kTopic, 0}, {"კატეგორია", Field::kTopic, 0},
    {"נושא", Field::kTopic, 0}, {"קטגוריה", Field::kTopic, 0}, {"الفئة", Field::kTopic, 0},
    {"التصنيف", Field::kTopic, 0}, {"الموضوع", Field::kTopic, 0}, {"دسته", Field::kTopic, 0},
    {"موضوع", Field::kTopic, 0}, {"विषय", Field::kTopic, 0}, {"श्रेणी", Field::kTopic, 0},
    {"หมวด", Field::kTopic, 0}, {"หมวดหมู่", Field::kTopic, 0}, {"分類", Field::kTopic, 0},
    {"カテゴリ", Field::kTopic, 0}, {"カテゴリー", Field::kTopic, 0}, {"분류", Field::kTopic, 0},
    {"카테고리", Field::kTopic, 0}, {"주제", Field::kTopic, 0},
};

// Names (in name_key form, without a trailing number or letter) of columns that each hold one wrong option.
constexpr std::string_view kWrongOptionNames[] = {
    "wrong", "wronganswer", "incorrect", "incorrectanswer", "distractor", "false", "falseanswer", "falsch",
    "falscheantwort", "incorrecta", "respuestaincorrecta", "incorreta", "respostaerrada", "errada",
    "mauvaiseréponse", "fausse", "неправильный", "неверный", "неправильныйответ", "неверныйответ",
    "неправильна", "неправильнавідповідь", "错误答案", "错误", "干扰项",
};

// Names (in name_key form, without a trailing number or letter) of columns that each hold one option.
constexpr std::string_view kOptionColumnNames[] = {
    "option", "choice", "alternative", "proposition", "variant", "opción", "opcion", "opção", "opcao",
    "вариант", "варіант", "选项",
};

// Keys (in name_key form) that name a collection of questions rather than its topic.
constexpr std::string_view kCollectionNames[] = {
    "items", "data", "records", "entries", "results", "cards", "list", "quiz", "quizzes", "categories",
    "topics", "sections", "groups", "content", "contents", "faq", "faqs", "all", "set", "sets", "collection"};

// Keys (in name_key form) whose string value names the section the other members of its object belong to.
// Names of a column that grades a question (difficulty, level, points) rather than placing it.
constexpr std::string_view kGradeNames[] = {
    "difficulty", "level", "points", "score", "marks", "weight", "niveau", "difficulté", "nivel", "dificultad",
    "dificuldade", "schwierigkeit", "stufe", "punkte", "livello", "difficoltà", "punti", "poziom", "trudność",
    "punkty", "уровень", "сложность", "баллы", "рівень", "складність", "бали", "难度", "级别", "難易度",
    "レベル", "난이도", "레벨", "zorluk", "seviye", "puan", "moeilijkheid", "tingkat", "kesulitan", "độ khó",
    "cấp độ", "صعوبة", "مستوى", "קושי", "רמה", "कठिनाई", "स्तर", "δυσκολία", "επίπεδο", "obtížnost", "úroveň"};

constexpr std::string_view kSectionLabelNames[] = {
    "name", "title", "label", "heading", "caption", "nombre", "nom", "titre", "titel", "título", "titulo",
    "nome", "название", "назва", "заголовок", "标题", "名称", "名前", "タイトル", "見出し", "이름", "제목",
    "nama", "judul", "nazwa", "tytuł", "název", "isim", "başlık", "naam", "namn", "όνομα", "τίτλος", "שם",
    "اسم", "عنوان", "नाम", "tên"};

// The names --column accepts for each field.
struct OptionName {
  std::string_view name;
  Field field;
};

constexpr OptionName kOptionNames[] = {
    {"text", Field::kText},     {"question", Field::kText},  {"answer", Field::kAnswer},
    {"tags", Field::kTags},     {"tag", Field::kTags},       {"topic", Field::kTopic},
    {"category", Field::kTopic}, {"code", Field::kCode},     {"lang", Field::kLang},
    {"choices", Field::kChoices}, {"options", Field::kChoices},
};

// Parses a 1-based column number; returns nullopt when the value is not a plain number.
std::optional<std::size_t> column_number(std::string_view v) {
  if (v.empty() || v.size() > 4) return std::nullopt;
  std::size_t n = 0;
  for (char c : v) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  if (n == 0) return std::nullopt;
  return n - 1;
}

// Joins header cells for messages.
std::string join_header(const std::vector<std::string>& header) {
  std::string out;
  for (const auto& h : header) out += (out.empty() ? "" : ", ") + h;
  return out.empty() ? "(no header)" : out;
}

}  // namespace

const char* field_name(Field field) {
  switch (field) {
    case Field::kText: return "text";
    case Field::kAnswer: return "answer";
    case Field::kTags: return "tags";
    case Field::kTopic: return "topic";
    case Field::kCode: return "code";
    case Field::kLang: return "lang";
    case Field::kChoices: return "choices";
  }
  return "text";
}

std::string name_key(std::string_view name) {
  std::string out;
  for (char c : fold(name))
    if (c != ' ' && c != '_' && c != '-' && c != '#' && c != '.' && c != '*') out.push_back(c);
  while (!out.empty() && out.back() == ':') out.pop_back();
  if (out.size() >= 3 && out.substr(out.size() - 3) == "\xEF\xBC\x9A") out.resize(out.size() - 3);
  return out;
}

std::string_view described_name(std::string_view name) {
  for (std::size_t i = 1; i < name.size(); ++i) {
    if (name[i] == '(') return name.substr(0, i);
    if (name[i] != ' ') continue;
    std::string_view rest = name.substr(i + 1);
    if (rest.starts_with("- ") || rest.starts_with("– ") || rest.starts_with("— ")) return name.substr(0, i);
  }
  return {};
}

namespace {

// The keys of kKnownNames as name_key gives them (folding rewrites some letters, e.g. Thai "ำ" into two).
const std::vector<std::string>& known_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const auto& k : kKnownNames) out.push_back(name_key(k.key));
    return out;
  }();
  return keys;
}

}  // namespace

std::optional<std::pair<Field, int>> field_for_name(std::string_view name) {
  std::string key = name_key(name);
  const auto& keys = known_keys();
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (key == keys[i]) return std::make_pair(kKnownNames[i].field, kKnownNames[i].rank);
  if (std::string_view head = described_name(name); !head.empty()) return field_for_name(head);
  // A known name with a language code after '_' or '-' ("answer_sv", "question-en") names that field, after the
  // plain name.
  if (std::size_t cut = name.find_last_of("_-"); cut != std::string_view::npos && cut > 0 && name.size() - cut == 3) {
    std::string code = fold(name.substr(cut + 1));
    if (code != "id" && code != "no" && code != "nr" && is_language_code(code))  // "_id", "_no": ids, numbers
      if (auto f = field_for_name(name.substr(0, cut)); f && f->first != Field::kLang)
        return std::make_pair(f->first, f->second + 1);
  }
  return std::nullopt;
}

Result<std::array<std::optional<std::string>, kFieldCount>> parse_column_options(
    const std::map<std::string, std::string>& columns) {
  std::array<std::optional<std::string>, kFieldCount> out;
  for (const auto& [key, value] : columns) {
    std::string k = name_key(key);
    const OptionName* hit = nullptr;
    for (const auto& o : kOptionNames)
      if (k == o.name) hit = &o;
    if (hit) out[static_cast<std::size_t>(hit->field)] = value;
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> column_extensions(
    const std::map<std::string, std::string>& columns) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [key, value] : columns) {
    std::string k = name_key(key);
    bool known = false;
    for (const auto& o : kOptionNames) known = known || k == o.name;
    if (!known) out.emplace_back(key.rfind("x_", 0) == 0 ? key : "x_" + key, value);
  }
  return out;
}

Result<ColumnIndex> map_header(const std::vector<std::string>& header,
                               const std::map<std::string, std::string>& columns, const std::string& file) {
  auto wanted = parse_column_options(columns);
  if (!wanted.ok()) return wanted.status();
  ColumnIndex index;
  std::array<int, kFieldCount> best_rank;
  best_rank.fill(1000);
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto f = field_for_name(header[i]);
    if (!f) continue;
    auto slot = static_cast<std::size_t>(f->first);
    if (f->second < best_rank[slot]) {
      best_rank[slot] = f->second;
      index[slot] = i;
    }
  }
  for (std::size_t slot = 0; slot < kFieldCount; ++slot) {
    if (!(*wanted)[slot]) continue;
    const std::string& name = *(*wanted)[slot];
    std::optional<std::size_t> hit;
    for (std::size_t i = 0; i < header.size() && !hit; ++i)
      if (name_key(header[i]) == name_key(name)) hit = i;
    if (!hit) hit = column_number(name);
    if (!hit)
      return Status::InvalidArgument(file + ": column '" + name + "' for " + field_name(static_cast<Field>(slot)) +
                                     " is not in the header (" + join_header(header) + ")");
    for (auto& other : index)
      if (other == hit) other.reset();
    index[slot] = hit;
  }
  return index;
}

std::optional<bool> option_column(std::string_view name) {
  if (std::string_view head = described_name(name); !head.empty())
    if (auto kind = option_column(head)) return kind;
  std::string key = name_key(name);
  if (key.size() > 60) return std::nullopt;
  auto strip = [](std::string k) {
    while (!k.empty() && std::isdigit(static_cast<unsigned char>(k.back()))) k.pop_back();
    return k;
  };
  std::string bare = strip(key);
  bool numbered = bare.size() < key.size();
  // "option a" / "choice b": a single trailing ASCII letter after the option word.
  std::string lettered = key.size() > 1 && std::islower(static_cast<unsigned char>(key.back())) ?
                         key.substr(0, key.size() - 1) : std::string();
  for (auto n : kWrongOptionNames)
    if (bare == n || (!lettered.empty() && lettered == n)) return true;
  for (auto n : kOptionColumnNames)
    if ((numbered && bare == n) || (!lettered.empty() && lettered == n)) return false;
  return std::nullopt;
}

bool is_collection_name(std::string_view name) {
  std::string k = name_key(name);
  for (auto c : kCollectionNames)
    if (k == c) return true;
  // An inflection of a question field's name ("preguntas", "fragen", "вопросы", "domande") names the list too:
  // the name without its last letter begins the key, which is at most a few bytes longer.
  const auto& keys = known_keys();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const KnownName& n = kKnownNames[i];
    std::string_view key = keys[i];
    if (n.field != Field::kText || n.rank != 0 || key.size() < 4 || k == key || k.size() > key.size() + 4) continue;
    std::size_t stem = key.size() - 1;
    while (stem > 0 && (static_cast<unsigned char>(key[stem]) & 0xC0) == 0x80) --stem;
    if (k.size() > stem && std::string_view(k).substr(0, stem) == key.substr(0, stem)) return true;
  }
  return false;
}

bool is_grade_name(std::string_view name) {
  std::string k = name_key(name);
  for (auto c : kGradeNames)
    if (k == c) return true;
  return false;
}

bool is_section_label_name(std::string_view name) {
  std::string k = name_key(name);
  for (auto c : kSectionLabelNames)
    if (k == c) return true;
  auto f = field_for_name(name);
  return f && f->first == Field::kTopic;
}

bool looks_like_header(const std::vector<std::string>& cells) {
  std::size_t known = 0;
  bool text = false;
  for (const auto& c : cells) {
    if (question_cue(c) == QuestionCue::kStrong) return false;  // a data row ("Which one?,A")
    auto f = c.size() < 40 ? field_for_name(c) : std::nullopt;
    known += f.has_value() || (c.size() < 40 && option_column(c).has_value());
    text = text || (f && f->first == Field::kText);
  }
  return known >= 2 || text;
}

namespace {

// True when every filled body cell of column c is a number of at most four digits ("1", "12."): a numbering column.
bool numbering_column(const std::vector<std::vector<std::string>>& body, std::size_t c) {
  std::size_t filled = 0;
  for (const auto& row : body) {
    if (c >= row.size() || row[c].empty()) continue;
    std::string_view t = row[c];
    if (t.back() == '.' || t.back() == ')') t.remove_suffix(1);
    if (t.empty() || t.size() > 4 || t.find_first_not_of("0123456789") != std::string_view::npos) return false;
    ++filled;
  }
  return filled > 0;
}

// True when every filled body cell of column c is a short code with a digit ("A1", "Q12", "3."), at least two
// filled: a column that numbers or labels its rows.
bool code_column(const std::vector<std::vector<std::string>>& body, std::size_t c) {
  std::size_t filled = 0;
  for (const auto& row : body) {
    if (c >= row.size() || row[c].empty()) continue;
    std::string_view t = row[c];
    if (t.back() == '.' || t.back() == ')') t.remove_suffix(1);
    if (t.empty() || t.size() > 6 || t.find_first_of("0123456789") == std::string_view::npos) return false;
    for (char ch : t)
      if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
    ++filled;
  }
  return filled >= 2;
}

// The column where at least two cells and two thirds of the filled ones read as questions (the most such cells
// wins), other than skip; filled and bytes get each column's count of filled cells and their bytes.
std::optional<std::size_t> asking_column(const std::vector<std::vector<std::string>>& body,
                                         std::optional<std::size_t> skip, std::vector<std::size_t>& filled,
                                         std::vector<std::size_t>& bytes) {
  std::size_t width = 0;
  for (const auto& row : body) width = std::max(width, row.size());
  filled.assign(width, 0);
  bytes.assign(width, 0);
  std::vector<std::size_t> asking(width, 0);
  for (const auto& row : body)
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (row[c].empty()) continue;
      ++filled[c];
      bytes[c] += row[c].size();
      asking[c] += question_cue(row[c]) != QuestionCue::kNone ? 1 : 0;
    }
  std::optional<std::size_t> best;
  for (std::size_t c = 0; c < width; ++c)
    if (c != skip && asking[c] >= 2 && asking[c] * 3 >= filled[c] * 2 && (!best || asking[c] > asking[*best]))
      best = c;
  return best;
}

}  // namespace

void move_question_column_off_codes(const std::vector<std::vector<std::string>>& body, ColumnIndex& index) {
  auto& text = index[static_cast<std::size_t>(Field::kText)];
  auto& answer = index[static_cast<std::size_t>(Field::kAnswer)];
  if (!text || !code_column(body, *text)) return;
  std::vector<std::size_t> filled, bytes;
  auto best = asking_column(body, text, filled, bytes);
  if (!best) return;
  text = best;
  if (answer == best) answer.reset();
}

void infer_answer_column(const std::vector<std::string>& names, const std::vector<std::vector<std::string>>& body,
                         ColumnIndex& index) {
  if (!index[static_cast<std::size_t>(Field::kText)] || index[static_cast<std::size_t>(Field::kAnswer)]) return;
  std::optional<std::size_t> free;
  for (std::size_t c = 0; c < names.size(); ++c) {
    bool taken = false;
    for (const auto& i : index) taken = taken || i == c;
    if (taken || option_column(names[c]) || numbering_column(body, c)) continue;
    if (free) return;  // two candidates: neither is known to be the answer
    free = c;
  }
  if (!free) return;
  std::size_t filled = 0, bytes = 0;
  for (const auto& row : body)
    if (*free < row.size() && !row[*free].empty()) ++filled, bytes += row[*free].size();
  if (filled > 0 && bytes >= filled * 12) index[static_cast<std::size_t>(Field::kAnswer)] = free;
}

void infer_question_column(const std::vector<std::vector<std::string>>& body, ColumnIndex& index) {
  auto& text = index[static_cast<std::size_t>(Field::kText)];
  auto& answer = index[static_cast<std::size_t>(Field::kAnswer)];
  if (text) return;
  std::vector<std::size_t> filled, bytes;
  auto best = asking_column(body, std::nullopt, filled, bytes);
  if (!best) return;
  std::size_t width = filled.size();
  text = best;
  if (answer) return;
  for (std::size_t c = 0; c < width; ++c) {
    bool taken = false;
    for (const auto& i : index) taken = taken || i == c;
    if (!taken && filled[c] > 0 && bytes[c] >= filled[c] * 12 && (!answer || bytes[c] > bytes[*answer])) answer = c;
  }
  if (!answer && *best + 1 < width) answer = *best + 1;
}

}  // namespace qbank::internal
