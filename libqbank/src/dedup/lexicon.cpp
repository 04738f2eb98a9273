// The built-in word lists dedup uses, in one place, and the dedup key index.
#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dedup/features.hpp"
#include "base/utf8.hpp"
#include "lang/fast_evidence.hpp"
#include "lang/lang_internal.hpp"

namespace qbank::internal {
namespace {

constexpr std::uint32_t kNoId = std::numeric_limits<std::uint32_t>::max();

// Names of languages and frameworks commonly appended to questions ("... in Python", "(JavaScript)").
constexpr std::array<std::string_view, 56> kContextWords = {
    "python", "python3", "питон", "питоне", "питона", "javascript", "js", "java", "typescript", "ts",
    "golang", "go", "php", "ruby", "rust", "kotlin", "swift", "c#", "c++", "csharp",
    "cpp", "sql", "react", "reactjs", "node", "nodejs", "django", "flask", "linux", "unix",
    "html", "css", "es6", "ecmascript", "jquery", "vue", "angular", "dotnet", "net", "scala",
    "express", "spring", "rails", "laravel", "symfony", "fastapi", "perl", "lua", "haskell", "elixir",
    "erlang", "clojure", "dart", "flutter", "svelte", "julia"};

// Prepositions that introduce a trailing context phrase, in the supported languages.
constexpr std::array<std::string_view, 23> kContextPrepositions = {
    "in", "on", "with", "using", "for", "в", "во", "на", "с", "для", "en", "con", "para", "mit", "im", "dans",
    "avec", "у", "auf", "bei", "em", "com", "із"};

// Words whose two sides carry direction, by class: 't' towards ("to", "в"), 'f' away from ("from", "из"); the
// "than" of a comparative is one ("X faster than Y" is not "Y faster than X").
constexpr std::array<std::pair<std::string_view, char>, 33> kDirectional = {{
    {"to", 't'}, {"into", 't'}, {"in", 't'}, {"en", 't'}, {"->", 't'}, {"=>", 't'}, {"→", 't'}, {"в", 't'}, {"во", 't'}, {"вместо", 't'},
    {"a", 't'}, {"hacia", 't'}, {"nach", 't'}, {"zu", 't'}, {"vers", 't'}, {"转换为", 't'}, {"over", 't'},
    {"em", 't'}, {"у", 't'}, {"naar", 't'}, {"than", 't'}, {"niż", 't'}, {"ніж", 't'}, {"než", 't'}, {"än", 't'},
    {"from", 'f'}, {"из", 'f'}, {"desde", 'f'}, {"von", 'f'}, {"із", 'f'}, {"з", 'f'}, {"van", 'f'}}};

// Phrases (folded, matched as substrings) by which a question refers to code attached to it.
constexpr std::array<std::string_view, 28> kCodeReferences = {
    "following code", "this code", "code below", "snippet", "the output", "what's the output",
    "will be printed", "does this print", "print out", "following program", "следующ", "этот код",
    "данный код", "код ниже", "вывод", "выведет", "输出", "以下代码", "下面的代码", "这段代码",
    "código", "salida", "siguiente", "folgende", "ausgabe", "dieser code", "ce code", "suivant"};

// Demonstrative determiners that point at something shown with the question when a noun follows them ("this
// function", "этот метод", "diese Abfrage"): closed word classes of each supported language. Pronoun-only or
// ambiguous forms ("that", "это", "ce" before a verb) are left out.
constexpr std::array<std::string_view, 40> kDemonstratives = {
    "this", "these", "этот", "эта", "эти", "этого", "этой", "этом", "этим", "этих", "данный", "данная",
    "данного", "данной", "цей", "ця", "ці", "цього", "цієї", "este", "esta", "estos", "estas", "esse", "essa",
    "dieser", "diese", "dieses", "diesem", "diesen", "cet", "cette", "ces", "questo", "questa", "questi",
    "queste", "deze", "dit", "이"};

// Demonstratives written without spaces in Chinese and Japanese ("这段代码", "この関数").
constexpr std::array<std::string_view, 7> kCjkDemonstratives = {"这段", "这个", "这些", "以下", "下面", "この",
                                                                "次の"};

// Question words (folded tokens; CJK as bigrams) and the form of question each one asks. Two questions whose
// forms differ ("what is X" / "which X exist" / "why X") are different questions. The interrogatives of each
// supported language (a closed class); forms that are another listed language's ordinary word are left out
// (Romanian "ce" is French "this", Hungarian "mi" Spanish "my", Dutch "wie" German "how", Swedish "var" "was",
// Arabic "ما" also negates, Hindi "क्या" also asks yes or no).
constexpr std::array<std::pair<std::string_view, char>, 178> kQuestionForms = {{
    {"what", 'w'}, {"what's", 'w'}, {"что", 'w'}, {"qué", 'w'}, {"que", 'w'}, {"什么", 'w'}, {"was", 'w'},
    {"що", 'w'}, {"quoi", 'w'}, {"cosa", 'w'}, {"which", 'l'}, {"какие", 'l'}, {"каких", 'l'}, {"какой", 'l'},
    {"какая", 'l'}, {"какое", 'l'}, {"cuál", 'l'}, {"cuáles", 'l'}, {"哪些", 'l'}, {"哪个", 'l'}, {"welche", 'l'},
    {"welcher", 'l'}, {"welches", 'l'}, {"які", 'l'}, {"який", 'l'}, {"яка", 'l'}, {"яке", 'l'}, {"quel", 'l'},
    {"quels", 'l'}, {"quelle", 'l'}, {"quelles", 'l'}, {"qual", 'l'}, {"quais", 'l'}, {"quale", 'l'},
    {"quali", 'l'}, {"why", 'y'}, {"зачем", 'y'}, {"почему", 'y'}, {"为什", 'y'}, {"warum", 'y'}, {"wieso", 'y'},
    {"weshalb", 'y'}, {"чому", 'y'}, {"навіщо", 'y'}, {"pourquoi", 'y'}, {"perché", 'y'}, {"porque", 'y'},
    {"porqué", 'y'}, {"how", 'h'}, {"how's", 'h'}, {"как", 'h'}, {"cómo", 'h'}, {"como", 'h'}, {"如何", 'h'},
    {"怎么", 'h'}, {"怎样", 'h'}, {"wie", 'h'}, {"як", 'h'}, {"comment", 'h'}, {"come", 'h'}, {"when", 'n'},
    {"когда", 'n'}, {"cuándo", 'n'}, {"wann", 'n'}, {"коли", 'n'}, {"quand", 'n'}, {"quando", 'n'},
    {"什么时", 'n'}, {"where", 'r'}, {"where's", 'r'}, {"где", 'r'}, {"dónde", 'r'}, {"wo", 'r'}, {"де", 'r'},
    {"où", 'r'}, {"onde", 'r'}, {"dove", 'r'}, {"哪里", 'r'}, {"who", 'o'}, {"кто", 'o'}, {"quién", 'o'},
    {"wer", 'o'}, {"хто", 'o'}, {"为什么", 'y'}, {"什么时候", 'n'}, {"何", 'w'}, {"なぜ", 'y'}, {"どう", 'h'},
    {"どのように", 'h'}, {"いつ", 'n'}, {"どこ", 'r'}, {"무엇", 'w'}, {"뭐", 'w'}, {"어떻게", 'h'}, {"왜", 'y'}, {"언제", 'n'},
    {"어디", 'r'}, {"어디서", 'r'}, {"어떤", 'l'}, {"누구", 'o'}, {"czym", 'w'}, {"co", 'w'}, {"vad", 'w'},
    {"nedir", 'w'}, {"apa", 'w'}, {"mikä", 'w'}, {"mitä", 'w'}, {"wat", 'w'}, {"τι", 'w'}, {"ماذا", 'w'},
    {"מה", 'w'}, {"מהו", 'w'}, {"מהי", 'w'}, {"מהם", 'w'}, {"מהן", 'w'}, {"چیست", 'w'}, {"gì", 'w'},
    {"dlaczego", 'y'}, {"proč", 'y'}, {"varför", 'y'}, {"neden", 'y'}, {"mengapa", 'y'}, {"kenapa", 'y'},
    {"miksi", 'y'}, {"waarom", 'y'}, {"miért", 'y'}, {"γιατί", 'y'}, {"لماذا", 'y'}, {"למה", 'y'},
    {"מדוע", 'y'}, {"क्यों", 'y'}, {"چرا", 'y'}, {"jak", 'h'}, {"hur", 'h'}, {"nasıl", 'h'}, {"cum", 'h'},
    {"bagaimana", 'h'}, {"miten", 'h'}, {"kuinka", 'h'}, {"hoe", 'h'}, {"hogyan", 'h'}, {"πώς", 'h'},
    {"كيف", 'h'}, {"איך", 'h'}, {"כיצד", 'h'}, {"कैसे", 'h'}, {"چگونه", 'h'}, {"kiedy", 'n'}, {"kdy", 'n'},
    {"milloin", 'n'}, {"wanneer", 'n'}, {"mikor", 'n'}, {"πότε", 'n'}, {"متى", 'n'}, {"מתי", 'n'}, {"कब", 'n'},
    {"gdzie", 'r'}, {"kde", 'r'}, {"nerede", 'r'}, {"unde", 'r'}, {"missä", 'r'}, {"waar", 'r'}, {"hol", 'r'},
    {"πού", 'r'}, {"أين", 'r'}, {"איפה", 'r'}, {"कहाँ", 'r'}, {"کجا", 'r'}, {"kto", 'o'}, {"kdo", 'o'},
    {"vem", 'o'}, {"kim", 'o'}, {"cine", 'o'}, {"siapa", 'o'}, {"kuka", 'o'}, {"ποιος", 'o'}, {"מי", 'o'},
    {"कौन", 'o'}}};

// Words that make a question a comparison of two things, in the supported languages (CJK as bigrams): the
// nouns and verbs of "difference" / "differ" and the imperative "compare" of each language (a closed class).
constexpr std::string_view kComparisonCues[] = {
    "difference", "differences", "differ", "differs", "vs", "versus", "разница", "разницу", "разнице",
    "отличается", "отличаются", "отличие", "отличия", "различие", "различия", "различаются", "отличаться",
    "різниця", "різницю", "відрізняється", "відрізняються", "відмінність", "відмінності", "diferencia",
    "diferencias", "difiere", "difieren", "unterschied", "unterschiede", "unterscheidet", "unterscheiden",
    "différence", "différences", "diffère", "diffèrent", "diferença", "diferenças", "difere", "diferem",
    "differenza", "differenze", "differisce", "区别", "差异", "diferencian", "diferenciar", "différencier",
    "distinguono", "차이", "차이점", "違い",
    "różnica", "różnice", "różnicy", "różnicę", "różni", "różnią", "rozdíl", "rozdíly", "rozdílu", "liší",
    "skillnad", "skillnaden", "skillnaderna", "skiljer", "fark", "farkı", "farklar", "farkları", "farklılık",
    "perbedaan", "beda", "berbeda", "diferența", "diferență", "diferențele", "diferențe", "diferă", "különbség",
    "különbséget", "különbségek", "különbözik", "διαφορά", "διαφορές", "διαφέρει", "διαφέρουν", "ero", "eroa",
    "erot", "eroavat", "eroaa", "تفاوت", "فرق", "الفرق", "اختلاف", "الاختلاف", "הבדל", "ההבדל", "ההבדלים",
    "अंतर", "फर्क", "verschil", "verschillen", "verschilt", "違", "razlika", "razlike", "razliku", "razlikuje",
    "razlikuju", "rozdiel", "rozdiely", "rozdielu", "líši", "разлика", "разликата", "разлики", "разликите",
    "различава", "различават", "atšķirība", "atšķirības", "atšķiras", "skirtumas", "skirtumai", "skiriasi",
    "erinevus", "erinevused", "erineb", "erinevad", "perbezaan", "beza", "পার্থক্য", "வேறுபாடு", "வேறுபாடுகள்",
    "வித்தியாசம்", "forskjell", "forskjellen", "forskjellene", "forskel", "forskellen", "forskellene", "tofauti",
    "diferència", "diferències", "diferenza", "diferenzas", "desberdintasuna", "desberdintasunak", "vahe",
    "vahet", "pagkakaiba", "განსხვავება", "განსხვავებაა", "განსხვავებები", "տարբերություն", "տարբերությունը",
    "տարբերությունները", "compare", "comparer", "comparez", "compara", "vergleiche", "vergleichen",
    "сравните", "сравни", "порівняйте"};

// Two-word comparison cues of languages that write a word as several syllables (Vietnamese "khác biệt",
// "khác nhau": "difference", "differ"), as (first, second).
constexpr std::pair<std::string_view, std::string_view> kComparisonPairs[] = {{"khác", "biệt"}, {"khác", "nhau"}};

// Imperatives that ask for a definition when they open a question ("Explain X" asks "What is X?"): "explain",
// "describe", "define" (and Russian "tell about") of each supported language, in the forms a question bank
// addresses its reader with (a closed class).
constexpr std::string_view kDefinitionVerbs[] = {
    "explain", "describe", "define", "tell", "объясни", "объясните", "расскажи", "расскажите", "опиши",
    "опишите", "поясни", "поясните", "поясніть", "розкажи", "розкажіть", "опишіть", "explica", "explique",
    "explicad", "describa", "defina", "define", "erkläre", "erklären", "erklaere", "beschreibe", "beschreiben",
    "definiere", "expliquez", "décrivez", "décris", "définissez", "descreva", "explicar", "spiega", "spieghi",
    "descrivi", "descriva", "definisci", "解释", "介绍", "wyjaśnij", "wyjaśnijcie", "opisz", "zdefiniuj", "omów",
    "vysvětlete", "vysvětli", "popište", "popiš", "definujte", "förklara", "beskriv", "definiera", "açıklayın",
    "açıkla", "tanımlayın", "tanımla", "anlatın", "explicați", "explică", "descrieți", "descrie", "definiți",
    "jelaskan", "terangkan", "uraikan", "definisikan", "selitä", "selittäkää", "kuvaile", "kuvailkaa",
    "määrittele", "verklaar", "beschrijf", "definieer", "magyarázd", "magyarázza", "ismertesd", "εξηγήστε",
    "εξήγησε", "περιγράψτε", "περίγραψε", "הסבר", "הסבירו", "תאר", "اشرح", "وضح", "समझाइए", "समझाएं", "समझाओ", "forklar", "forklare", "beskriv",
    "vysvetlite", "vysvetli", "opíšte", "objasnite", "objasni", "objasniti", "opišite", "opiši", "paaiškinkite",
    "paaiškink", "paskaidrojiet", "paskaidro", "izskaidrojiet", "selgitage", "selgita", "kirjeldage", "обяснете",
    "обясни", "обясните", "опишете", "опиши", "eleza", "elezea", "fafanua", "expliqueu", "descriu", "azaldu", "expliquer",
    "uitleggen", "説明", "설명해", "설명하세요", "설명해주세요", "설명하시오", "설명해줘", "ব্যাখ্যা", "விளக்குங்கள்",
    "விளக்கவும்", "توضيح", "وضاحت", "बताइए", "spiegare", "descrivere", "definire", "wyjaśnić", "opisać",
    "vysvětlit", "popsat", "opisati", "объяснить", "пояснить", "рассказать", "описать", "пояснити", "розповісти",
    "descrever", "beschrijven", "förklara", "expliquer", "објасни", "објасните", "објаснити", "објаснете"};

// Two-word imperatives that ask for a definition, as (first, second): Vietnamese "giải thích" (explain) is two
// syllables, Dutch "leg uit" a separable verb.
constexpr std::pair<std::string_view, std::string_view> kDefinitionPairs[] = {{"giải", "thích"}, {"leg", "uit"}};

// Words of a request for an explanation and what each does (see request_role()): politeness words ('p'), the
// auxiliaries and courtesy endings after an imperative that closes a sentence ('a': Korean "주세요", Bengali
// "করুন", Urdu "کریں", Persian "دهید", Hindi "कीजिए"), the modal and pronoun of "could you" at the opening
// ('r'), the nouns "concept" and "notion" and the conjunction "that" after "explain" ('c') and the postpositions
// "about" and object markers before a closing "explain" ('l'), of each supported language (closed classes; Arabic-script letters as ascii_digits() writes them).
constexpr std::pair<std::string_view, char> kRequestWords[] = {
    {"please", 'p'}, {"pls", 'p'}, {"пожалуйста", 'p'}, {"bitte", 'p'}, {"alsjeblieft", 'p'}, {"alstublieft", 'p'}, {"proszę", 'p'}, {"prosím", 'p'}, {"prosim", 'p'}, {"lütfen", 'p'},
    {"tolong", 'p'}, {"mohon", 'p'}, {"kérem", 'p'}, {"kérlek", 'p'}, {"vennligst", 'p'}, {"venligst", 'p'},
    {"snälla", 'p'}, {"molim", 'p'}, {"कृपया", 'p'}, {"لطفا", 'p'}, {"בבקשה", 'p'}, {"παρακαλώ", 'p'},
    {"hãy", 'p'}, {"моля", 'p'}, {"prašome", 'p'}, {"lūdzu", 'p'}, {"palun", 'p'},
    {"주세요", 'a'}, {"줘", 'a'}, {"করুন", 'a'}, {"كريں", 'a'}, {"كنيد", 'a'}, {"دهيد", 'a'}, {"कीजिए", 'a'},
    {"करें", 'a'}, {"করো", 'a'},
    {"you", 'r'}, {"u", 'r'}, {"du", 'r'}, {"kan", 'r'}, {"kunt", 'r'}, {"kun", 'r'}, {"je", 'r'},
    {"könnten", 'r'}, {"können", 'r'}, {"kannst", 'r'}, {"könntest", 'r'}, {"sie", 'r'}, {"puedes", 'r'},
    {"puede", 'r'}, {"podrías", 'r'}, {"podría", 'r'}, {"pourriez", 'r'}, {"pouvez", 'r'}, {"peux", 'r'},
    {"vous", 'r'}, {"tu", 'r'}, {"pots", 'r'}, {"podeu", 'r'}, {"podes", 'r'}, {"pode", 'r'}, {"você", 'r'},
    {"potresti", 'r'}, {"puoi", 'r'}, {"può", 'r'}, {"možete", 'r'}, {"možeš", 'r'}, {"li", 'r'}, {"ли", 'r'},
    {"můžete", 'r'}, {"můžeš", 'r'}, {"możesz", 'r'}, {"можете", 'r'}, {"можешь", 'r'}, {"можеш", 'r'},
    {"вы", 'r'}, {"ви", 'r'}, {"bisakah", 'r'}, {"bisa", 'r'}, {"anda", 'r'}, {"kamu", 'r'},
    {"voitko", 'r'}, {"voisitko", 'r'},
    {"concept", 'c'}, {"notion", 'c'}, {"konzept", 'c'}, {"begriff", 'c'}, {"concepto", 'c'}, {"conceito", 'c'},
    {"concetto", 'c'}, {"begrip", 'c'}, {"понятие", 'c'}, {"концепцию", 'c'}, {"поняття", 'c'}, {"pojęcie", 'c'},
    {"pojem", 'c'}, {"kavramını", 'c'}, {"kavramı", 'c'}, {"konsep", 'c'}, {"fogalmát", 'c'}, {"käsitettä", 'c'},
    {"käsite", 'c'}, {"έννοια", 'c'}, {"مفهوم", 'c'}, {"מושג", 'c'}, {"conceptul", 'c'}, {"koncept", 'c'},
    {"begreppet", 'c'}, {"begrebet", 'c'}, {"begrepet", 'c'}, {"концепция", 'c'}, {"концепцията", 'c'},
    {"대해", 'l'}, {"대하여", 'l'}, {"관해", 'l'}, {"관하여", 'l'}, {"को", 'l'}, {"তা", 'l'}, {"என்பதை", 'l'},
    {"كہ", 'c'}, {"कि", 'c'}};

// Two-word concept nouns of languages that write a word as several syllables (Vietnamese "khái niệm").
constexpr std::pair<std::string_view, std::string_view> kConceptPairs[] = {{"khái", "niệm"}};

// Two-word question templates "what is" whose first word alone is no question word (Arabic "ما" also negates,
// Hindi and Urdu "क्या" / "کیا" also ask yes or no; Hebrew "מה זה"), as (first, second), Arabic-script letters
// as ascii_digits() writes them.
constexpr std::pair<std::string_view, std::string_view> kWhatIsPairs[] = {
    {"ما", "هو"}, {"ما", "هي"}, {"מה", "זה"}, {"क्या", "है"}, {"क्या", "हैं"}, {"كيا", "ہے"}, {"كيا", "ہيں"}};

// The present forms of "to be" of languages whose stop words lack some of them, by language: "Čo sú indexy?"
// and "Čo je index?" ask one thing.
constexpr std::pair<std::string_view, std::string_view> kCopulas[] = {
    {"sk", "je sú"}, {"cs", "je jsou"}, {"hr", "je su"}, {"sr", "je su"}, {"bs", "je su"}, {"sl", "je so"},
    {"pl", "jest są"}, {"uk", "є"}, {"eu", "da dira"}, {"lv", "ir"},
    {"lt", "yra"}, {"et", "on"}, {"ro", "este sunt"}, {"hu", "van vannak"}};

// Languages without a stemmer whose nouns inflect by their final vowels in Latin script (Polish, Czech, Slovak,
// Croatian, Slovene, Bosnian, Serbian in Latin letters): "výhody" / "výhoda", "indexy" / "index".
constexpr std::string_view kVowelInflected[] = {"pl", "cs", "sk", "hr", "sl", "bs", "sr"};

// The number words two to ten of each supported language, by language ("one" is left out: it is also an
// article or a pronoun). Each entry is a language and its words, the value of a word being its place + 2,
// several spellings of one number separated by "|".
constexpr std::pair<std::string_view, std::array<std::string_view, 9>> kNumberWords[] = {
    {"en", {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}},
    {"de", {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"}},
    {"fr", {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"}},
    {"es", {"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"}},
    {"pt", {"dois|duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"}},
    {"it", {"due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"}},
    {"nl", {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"}},
    {"ru", {"два|две|двух", "три|трех|трёх", "четыре|четырех|четырёх", "пять|пяти", "шесть|шести", "семь|семи",
            "восемь|восьми", "девять|девяти", "десять|десяти"}},
    {"uk", {"два|дві|двох", "три|трьох", "чотири|чотирьох", "п'ять|пять|п’ять", "шість", "сім", "вісім",
            "дев'ять|дев’ять", "десять"}},
    {"bg", {"два|две", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет"}},
    {"pl", {"dwa|dwie|dwóch", "trzy|trzech", "cztery|czterech", "pięć|pięciu", "sześć", "siedem", "osiem",
            "dziewięć", "dziesięć"}},
    {"cs", {"dva|dvě", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "deset"}},
    {"sk", {"dva|dve", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť", "desať"}},
    {"hr", {"dva|dvije", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet", "deset"}},
    {"sr", {"dva|dve", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet", "deset"}},
    {"sv", {"två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"}},
    {"da", {"to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti"}},
    {"no", {"to", "tre", "fire", "fem", "seks", "sju|syv", "åtte", "ni", "ti"}},
    {"tr", {"iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on"}},
    {"ro", {"doi|două", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă", "zece"}},
    {"hu", {"két|kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc", "tíz"}},
    {"fi", {"kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen"}},
    {"id", {"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"}},
    {"ms", {"dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan", "sepuluh"}},
    {"ca", {"dos|dues", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou", "deu"}},
    {"gl", {"dous|dúas", "tres", "catro", "cinco", "seis", "sete", "oito", "nove", "dez"}},
    {"el", {"δύο", "τρία|τρεις", "τέσσερα|τέσσερις", "πέντε", "έξι", "επτά|εφτά", "οκτώ|οχτώ", "εννέα|εννιά", "δέκα"}},
    {"ko", {"두|둘", "세|셋", "네|넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열"}}};

// Plural suffixes written on to a noun that stays whole, in the scripts without a stemmer (a closed class of
// each language): Hebrew -ים, Persian -ها, Urdu -ز (an English plural) and -یں, Hindi -ेज / -ें / -ों and -एँ / -एं
// of nouns in -ā ("भाषा" / "भाषाएँ"), Bengali -গুলো / -গুলি / -সমূহ; Arabic-script letters as ascii_digits() writes them.
constexpr std::string_view kPluralSuffixes[] = {"ים", "ها", "ز", "يں", "ेज", "ें", "ों", "एँ", "एं", "গুলো", "গুলি", "সমূহ"};

// Korean counters: a native number word counts only before one of them ("다섯 가지", "두 개").
constexpr std::string_view kKoreanCounters[] = {"가지", "개", "개의", "번", "단계", "종류", "가지의"};

// Listed prepositions and directional words that are function words of another kind in some languages, with
// those languages: Scandinavian "en" is "a", Dutch "and"; Finnish and Estonian "on" is "is"; Hungarian "mit" is
// "what" and "van" "is"; Czech, Slovak and Polish "a" is "and", Hungarian "a" "the".
constexpr std::pair<std::string_view, std::string_view> kOtherWordIn[] = {
    {"en", "sv da no nl et"}, {"on", "fi et"}, {"mit", "hu"}, {"van", "hu"}, {"a", "cs sk pl hu"}};

// Negations in the supported languages; "n't" contractions are recognised by their ending. Particles that
// negate a verb as a word of their own, from each language's grammar (a closed class): Vietnamese không, chẳng,
// chưa, đừng; Indonesian tidak, bukan, belum, jangan; Turkish değil; Greek δεν, μην, μη, όχι; Arabic لا, لم,
// لن, ليس, ليست; Hebrew לא, אין; Hindi नहीं, मत; Korean 안, 못; Finnish eivät, älä; Swedish ej, icke; Danish
// and Norwegian ikke; the negated "is" and "are" of the languages whose "is" dedup drops (Croatian and Serbian
// nije, nisu; Czech není, nejsou; Lithuanian nėra; Hungarian nincs, nincsenek). Forms that are another listed language's ordinary word are left out (Indonesian "tak"
// is Polish "so", Hungarian "sem" is Portuguese "without", Finnish "en" is Swedish "a").
constexpr std::string_view kNegations[] = {
    "not", "no", "never", "cannot", "не", "нет", "ни", "ні", "nicht", "kein", "keine", "keinen", "keiner", "nunca",
    "ne", "pas", "non", "jamais", "não", "nem", "mai", "nie", "niet", "nu", "ei", "inte", "不是", "geen", "nooit",
    "niemals", "jamás", "nessun", "nessuno", "nenhum", "ningún", "ない", "않", "không", "chẳng", "chưa", "đừng",
    "tidak", "bukan", "belum", "jangan", "değil", "δεν", "μην", "μη", "όχι", "لا", "لم", "لن", "ليس", "ليست",
    "לא", "אין", "नहीं", "मत", "안", "못", "eivät", "älä", "ej", "icke", "ikke", "nije", "nisu", "není", "nejsou",
    "nėra", "nincs", "nincsenek", "mitte"};

// Words that leave something out ("without X"): content, not stop words. The preposition "without" of each
// supported language (a closed class): Polish and Czech bez, Indonesian tanpa, Turkish olmadan, Hungarian
// nélkül, Finnish ilman, Greek χωρίς, Arabic and Persian بدون, Hebrew בלי and ללא, Hindi बिना, Danish uden,
// Norwegian uten, Korean 없이.
constexpr std::array<std::string_view, 23> kPrivatives = {"without", "без", "sin", "ohne", "sans", "sem", "senza",
                                                          "zonder", "utan", "fără", "bez", "tanpa", "olmadan",
                                                          "nélkül", "ilman", "χωρίς", "بدون", "בלי", "ללא",
                                                          "बिना", "uden", "uten", "없이"};

// Prepositions that name what a question asks about, of the supported languages whose stop lists hold them (a
// closed class; Spanish and Portuguese "sobre", not the "de" that also opens a context).
constexpr std::array<std::string_view, 8> kObjectPrepositions = {"about", "of", "о", "об", "про", "über", "acerca",
                                                                 "sobre"};

// Prepositions of order in time or place that have an opposite ("before" / "after", "above" / "below"): content,
// never stop words, in the languages whose stop lists hold them (a closed class).
constexpr std::array<std::string_view, 5> kOrderPrepositions = {"before", "after", "above", "below", "beneath"};

// Irregular plurals (English, and Latin plurals German keeps) and their lemmas.
constexpr std::array<std::pair<std::string_view, std::string_view>, 19> kIrregular = {{
    {"indizes", "index"}, {"matrizen", "matrix"}, {"schemata", "schema"},
    {"children", "child"}, {"people", "person"}, {"men", "man"}, {"women", "woman"}, {"indices", "index"},
    {"matrices", "matrix"}, {"vertices", "vertex"}, {"analyses", "analysis"}, {"criteria", "criterion"},
    {"mice", "mouse"}, {"leaves", "leaf"}, {"halves", "half"}, {"phenomena", "phenomenon"}, {"theses", "thesis"},
    {"hypotheses", "hypothesis"}, {"appendices", "appendix"}}};

// Endings that derive another word rather than inflect one (folded, accents removed; "-dor" and "-tor" are the
// Latin agent noun of the Romance languages: "compilador", "compilator"): a pair of forms
// whose tails start with one of these are different words even when Snowball gives them one stem.
constexpr std::array<std::string_view, 25> kDerivational = {
    "ост", "ейш", "ция", "ции", "цию", "цией", "ций", "cion", "dor", "tor", "idad", "dade", "ment", "heit", "keit",
    "ung", "lich", "isch", "ismo", "ista", "able", "ible", "ance", "ence", "zion"};

// True when the word appears in the list.
template <typename List>
bool contains(const List& list, std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}


// The first two bytes of a text at i as one number.
std::uint16_t pair_at(std::string_view s, std::size_t i) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[i]) << 8 | static_cast<unsigned char>(s[i + 1]));
}

// The first four bytes of a word (of eight or more) as one number.
std::uint32_t head_of(std::string_view w) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(w[0])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(w[1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(w[2])) << 8 | static_cast<unsigned char>(w[3]);
}

// The code-reference phrases indexed by their first two bytes, so a text is scanned once.
struct CodeReferenceIndex {
  std::vector<std::uint64_t> starts = std::vector<std::uint64_t>(1 << 10, 0);  // Bitset of two-byte openings.
  std::vector<std::uint16_t> opening;  // Each phrase's opening (phrases of 2+ bytes).
  bool has_short = false;              // Some phrase is shorter than two bytes and is searched for directly.
  CodeReferenceIndex() {
    for (auto p : kCodeReferences) {
      has_short = has_short || p.size() < 2;
      opening.push_back(p.size() >= 2 ? pair_at(p, 0) : 0);
      if (p.size() >= 2) starts[opening.back() >> 6] |= std::uint64_t{1} << (opening.back() & 63);
    }
  }
  // True when some phrase occurs in text.
  bool any_in(std::string_view text) const {
    if (has_short && std::any_of(kCodeReferences.begin(), kCodeReferences.end(), [&](std::string_view p) {
          return p.size() < 2 && text.find(p) != std::string_view::npos;
        }))
      return true;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
      std::uint16_t here = pair_at(text, i);
      if (!(starts[here >> 6] >> (here & 63) & 1)) continue;
      for (std::size_t k = 0; k < kCodeReferences.size(); ++k)
        if (opening[k] == here && kCodeReferences[k].size() >= 2 &&
            text.compare(i, kCodeReferences[k].size(), kCodeReferences[k]) == 0)
          return true;
    }
    return false;
  }
};

}  // namespace

bool is_context_word(std::string_view stem) { return contains(kContextWords, stem); }
std::uint32_t particle_sides(std::string_view word, std::string_view lang) {
  // Particles with an opposite that a phrasal or separable verb takes ("turn the cache on" / "off", "schalte …
  // ein" / "aus"), by language: a closed class, of the languages whose verbs take them.
  static constexpr struct {
    std::string_view lang, first, second;
  } kOpposed[] = {{"en", "on", "off"}, {"en", "in", "out"}, {"en", "up", "down"}, {"de", "ein", "aus"},
                  {"de", "an", "aus"}, {"de", "auf", "zu"}, {"nl", "aan", "uit"}, {"nl", "in", "uit"},
                  {"sv", "på", "av"},  {"no", "på", "av"}};
  std::uint32_t bits = 0;
  if (word.size() < 2 || word.size() > 4) return bits;  // Every particle listed has two to four bytes.
  for (std::size_t k = 0; k < std::size(kOpposed); ++k)
    if (kOpposed[k].lang == lang) bits |= (word == kOpposed[k].first ? 1u : 0u) << (2 * k) |
                                          (word == kOpposed[k].second ? 1u : 0u) << (2 * k + 1);
  return bits;
}

bool opposed_particles(std::uint32_t a, std::uint32_t b) {
  constexpr std::uint32_t kFirst = 0x55555555u;  // The first word of each pair.
  std::uint32_t only_a = a & ~b, only_b = b & ~a;
  return (((only_a & kFirst) << 1) & only_b) != 0 || (((only_b & kFirst) << 1) & only_a) != 0;
}

bool is_context_preposition(std::string_view word) { return contains(kContextPrepositions, word); }
bool is_comparison_cue(std::string_view word) { return contains(kComparisonCues, word); }
bool is_definition_verb(std::string_view word) { return contains(kDefinitionVerbs, word); }
bool is_privative(std::string_view word) { return contains(kPrivatives, word); }
bool is_object_preposition(std::string_view word) { return contains(kObjectPrepositions, word); }

char request_role(std::string_view word) { return word_info(word).request; }

namespace {

// Splits a list of words written with a separator.
std::vector<std::string_view> split_words(std::string_view words, char separator) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0; at <= words.size();) {
    std::size_t end = std::min(words.find(separator, at), words.size());
    out.push_back(words.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

}  // namespace

char word_pair_role(std::string_view first, std::string_view second) {
  // The listed pairs by their first word, with and without marks: a pair typed without its marks ("khac biet")
  // says what the pair with them says.
  static const auto* table = [] {
    static std::deque<std::string> forms;  // The keys' storage.
    auto* t = new std::unordered_map<std::string_view, std::vector<std::pair<std::string, char>>>();
    auto add = [&](std::string_view a, std::string_view b, char role) {
      (*t)[a].emplace_back(std::string(b), role);
      if (!has_marks(a)) return;
      std::string bare = without_marks(a);
      auto it = t->find(bare);
      if (it == t->end()) it = t->emplace(forms.emplace_back(std::move(bare)), std::vector<std::pair<std::string, char>>{}).first;
      it->second.emplace_back(without_marks(b), role);
    };
    for (const auto& [a, b] : kComparisonPairs) add(a, b, 'd');
    for (const auto& [a, b] : kDefinitionPairs) add(a, b, 'e');
    for (const auto& [a, b] : kConceptPairs) add(a, b, 'c');
    for (const auto& [a, b] : kWhatIsPairs) add(a, b, 'w');
    return t;
  }();
  auto it = table->find(first);
  if (it == table->end()) return 0;
  for (const auto& [b, role] : it->second)
    if (b == second) return role;
  return 0;
}

bool vowel_inflected(std::string_view lang) { return contains(kVowelInflected, lang); }

int LanguageWords::number(std::string_view w) const {
  if (w.empty() || !first_bytes[static_cast<unsigned char>(w[0])]) return 0;
  for (const auto& [word, value] : numbers)
    if (word == w) return value;
  return 0;
}

bool LanguageWords::copula(std::string_view w) const {
  return !w.empty() && first_bytes[static_cast<unsigned char>(w[0])] && contains(copulas, w);
}

const LanguageWords* language_words(std::string_view lang) {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, LanguageWords>();
    for (const auto& [code, words] : kNumberWords)
      for (std::size_t k = 0; k < words.size(); ++k)
        for (auto w : split_words(words[k], '|')) (*t)[code].numbers.emplace_back(w, static_cast<int>(k) + 2);
    for (const auto& [code, words] : kCopulas)
      for (auto w : split_words(words, ' ')) (*t)[code].copulas.push_back(w);
    for (auto& [code, words] : *t) {
      for (const auto& [w, value] : words.numbers) words.first_bytes.set(static_cast<unsigned char>(w[0]));
      for (auto w : words.copulas) words.first_bytes.set(static_cast<unsigned char>(w[0]));
    }
    return t;
  }();
  auto it = table->find(lang);
  return it == table->end() ? nullptr : &it->second;
}

bool suffixed_plural(std::string_view a, std::string_view b) {
  if (a.size() == b.size()) return false;
  std::string_view shorter = a.size() < b.size() ? a : b, longer = a.size() < b.size() ? b : a;
  if (shorter.empty() || static_cast<unsigned char>(shorter[0]) < 0x80 || longer.compare(0, shorter.size(), shorter) != 0)
    return false;
  constexpr std::size_t kMinBase = 3;  // The noun keeps three letters at least.
  if (static_cast<std::size_t>(std::count_if(shorter.begin(), shorter.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      })) < kMinBase)
    return false;
  return contains(kPluralSuffixes, longer.substr(shorter.size()));
}

std::string_view plural_base(std::string_view word) {
  // Every listed suffix is Hebrew or Arabic (lead bytes D7–DB) or Devanagari or Bengali (E0 A4–A7): a word that
  // opens in another script is passed at once.
  if (word.size() < 2) return {};
  auto b0 = static_cast<unsigned char>(word[0]), b1 = static_cast<unsigned char>(word[1]);
  if (!((b0 >= 0xD7 && b0 <= 0xDB) || (b0 == 0xE0 && b1 >= 0xA4 && b1 <= 0xA7))) return {};
  for (std::string_view suffix : kPluralSuffixes)
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      std::string_view base = word.substr(0, word.size() - suffix.size());
      return suffixed_plural(base, word) ? base : std::string_view();
    }
  return {};
}

bool is_korean_counter(std::string_view word) { return contains(kKoreanCounters, word); }

bool other_word_in(std::string_view word, std::string_view lang) {
  for (const auto& [w, langs] : kOtherWordIn) {
    if (w != word) continue;
    for (std::size_t at = 0; at < langs.size(); at += 3)
      if (langs.substr(at, 2) == lang) return true;
  }
  return false;
}

bool is_negation(std::string_view word) {
  if (word.size() > 3 && word.compare(word.size() - 3, 3, "n't") == 0) return true;
  return contains(kNegations, word);
}

WordInfo word_info(std::string_view word) {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, WordInfo>();
    for (auto w : kContextPrepositions) (*t)[w].context_preposition = true;
    for (auto w : kComparisonCues) (*t)[w].comparison_cue = true;
    for (auto w : kDefinitionVerbs) (*t)[w].definition_verb = true;
    for (auto w : kNegations) (*t)[w].negation = true;
    for (auto w : kPrivatives) (*t)[w].privative = true;
    for (auto w : kOrderPrepositions) (*t)[w].order = true;
    for (const auto& [w, cls] : kDirectional) (*t)[w].direction = cls;
    for (const auto& [w, form] : kQuestionForms) (*t)[w].form = form;
    for (const auto& [w, role] : kRequestWords) (*t)[w].request = role;
    static std::deque<std::string> bare_forms;  // The keys' storage for pair openings typed without marks.
    auto opens_pair = [&](std::string_view w) {
      (*t)[w].pair_opening = true;
      if (has_marks(w)) (*t)[bare_forms.emplace_back(without_marks(w))].pair_opening = true;
    };
    for (const auto& [a, b] : kComparisonPairs) opens_pair(a);
    for (const auto& [a, b] : kDefinitionPairs) opens_pair(a);
    for (const auto& [a, b] : kConceptPairs) opens_pair(a);
    for (const auto& [a, b] : kWhatIsPairs) opens_pair(a);
    return t;
  }();
  WordInfo info;
  if (auto it = table->find(word); it != table->end()) info = it->second;
  if (!info.negation && word.size() > 3 && word.compare(word.size() - 3, 3, "n't") == 0) info.negation = true;
  return info;
}

namespace {

// The shape of a short ASCII word (its first two letters and its length) as a bit number.
std::size_t shape_of(std::string_view w) {
  auto b = [&](std::size_t k) { return k < w.size() ? static_cast<std::size_t>(w[k] & 0x1F) : 0; };
  return b(0) << 10 | b(1) << 5 | std::min<std::size_t>(w.size(), 31);
}

// The shapes of every form bare_word_info() (table 0) or bare_stop_word() (table 1) knows, so most words are
// passed at once; each is filled while its table is built, before any reader sees it.
std::vector<bool>& bare_shapes(int table) {
  static std::vector<bool> shapes[2] = {std::vector<bool>(std::size_t{1} << 15, false),
                                        std::vector<bool>(std::size_t{1} << 15, false)};
  return shapes[table];
}

}  // namespace

WordInfo bare_word_info(std::string_view word) {
  // The listed words that carry marks, by their forms without them; a form that is itself some language's
  // stop word ("ou" of "où") is left out.
  static const auto* table = [] {
    static std::deque<std::string> forms;  // The keys' storage.
    auto* t = new std::unordered_map<std::string_view, WordInfo>();
    auto add = [&](std::string_view w) {
      std::string bare = without_marks(w);
      if (bare == w || find_stop_word(bare) != nullptr || t->count(bare)) return;
      bare_shapes(0)[shape_of(bare)] = true;
      (*t)[forms.emplace_back(std::move(bare))] = word_info(w);
    };
    for (auto w : kComparisonCues) add(w);
    for (auto w : kDefinitionVerbs) add(w);
    for (auto w : kNegations) add(w);
    for (auto w : kPrivatives) add(w);
    for (const auto& [w, form] : kQuestionForms) add(w);
    return t;
  }();
  if (!bare_shapes(0)[shape_of(word)]) return {};
  auto it = table->find(word);
  return it == table->end() ? WordInfo{} : it->second;
}

bool bare_stop_word(std::string_view word, std::string_view lang) {
  // Each language's stop words that carry marks, by their forms without them, with the languages listing them.
  static const auto* table = [] {
    static std::deque<std::string> forms;  // The keys' storage.
    auto* t = new std::unordered_map<std::string_view, std::vector<std::string_view>>();
    for (const auto& p : language_profiles())
      for (const auto& w : p.stop) {
        std::string bare = without_marks(w);
        if (bare == w) continue;
        bare_shapes(1)[shape_of(bare)] = true;
        auto it = t->find(bare);
        if (it == t->end()) it = t->emplace(forms.emplace_back(std::move(bare)), std::vector<std::string_view>{}).first;
        it->second.push_back(p.code);
      }
    return t;
  }();
  if (!bare_shapes(1)[shape_of(word)]) return false;
  auto it = table->find(word);
  return it != table->end() && std::find(it->second.begin(), it->second.end(), lang) != it->second.end();
}

char directional_class(std::string_view word) {
  for (const auto& [w, cls] : kDirectional)
    if (w == word) return cls;
  return 0;
}

std::string_view irregular_lemma(std::string_view word) {
  // A bit per (first letter, length) of the forms, so most words are told apart without a comparison.
  static const auto* shapes = [] {
    auto* bits = new std::array<std::uint32_t, 256>();
    for (const auto& [form, lemma] : kIrregular) (*bits)[static_cast<unsigned char>(form[0])] |= 1u << form.size();
    return bits;
  }();
  if (word.empty() || word.size() >= 32 || !((*shapes)[static_cast<unsigned char>(word[0])] >> word.size() & 1))
    return {};
  for (const auto& [form, lemma] : kIrregular)
    if (form == word) return lemma;
  return {};
}

namespace {

// Removes the accents of common Latin letters, so "transacción" and "transaccion" compare equal.
std::u32string without_accents(std::u32string s) {
  static constexpr std::pair<std::u32string_view, char32_t> kGroups[] = {
      {U"àáâãäåā", U'a'}, {U"çč", U'c'}, {U"èéêëē", U'e'}, {U"ìíîïī", U'i'}, {U"ñ", U'n'}, {U"òóôõöō", U'o'},
      {U"ùúûüū", U'u'}, {U"ýÿ", U'y'}, {U"ё", U'е'}, {U"ї", U'і'}};
  for (auto& c : s)
    if (c >= 0xC0)
      for (const auto& [from, to] : kGroups)
        if (from.find(c) != std::u32string_view::npos) c = to;
  return s;
}

// Inflectional endings of Russian and Ukrainian nouns and adjectives (folded, ё as е), for forms whose
// Snowball stems differ.
constexpr std::string_view kNominalEndings[] = {
    "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й", "і", "ї", "є", "ом", "ем", "ой", "ей", "ою", "ею", "ам",
    "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ів", "ью", "ий", "ый", "ій", "ая", "яя", "ое", "ее", "ые", "ие", "ого",
    "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими", "ия", "ию", "ии", "ией", "иям", "иями",
    "иях"};

// Inflectional endings of Russian and Ukrainian verbs ("используете" / "используешь").
constexpr std::string_view kVerbalEndings[] = {
    "у", "ю", "ешь", "ет", "ем", "ете", "ут", "ют", "ишь", "ит", "им", "ите", "ат", "ят", "ется", "ются", "ится",
    "ятся", "атся", "ть", "ти", "ться", "л", "ла", "ло", "ли", "ся", "сь", "еш", "уть", "ють", "ить", "ять", "єш",
    "ає", "ають", "аєш", "ують", "уєш", "ує"};

// True when both pieces are empty or endings of one paradigm (two noun forms, or two verb forms: "-ит" and
// "-ов" are not forms of one word).
bool slavic_endings(std::string_view a, std::string_view b) {
  static const std::unordered_set<std::string_view> nominal(std::begin(kNominalEndings), std::end(kNominalEndings));
  static const std::unordered_set<std::string_view> verbal(std::begin(kVerbalEndings), std::end(kVerbalEndings));
  auto in = [](const std::unordered_set<std::string_view>& set, std::string_view t) { return t.empty() || set.count(t) > 0; };
  return (in(nominal, a) && in(nominal, b)) || (in(verbal, a) && in(verbal, b));
}

}  // namespace

bool slavic_forms(std::string_view a, std::string_view b) {
  // Cyrillic letters are two bytes each in UTF-8, so positions step by two bytes.
  auto cyrillic = [](std::string_view w) {
    if (w.size() % 2) return false;
    for (std::size_t i = 0; i < w.size(); i += 2)
      if (static_cast<unsigned char>(w[i]) != 0xD0 && static_cast<unsigned char>(w[i]) != 0xD1) return false;
    return true;
  };
  if (a.empty() || b.empty() || !cyrillic(a) || !cyrillic(b)) return false;
  std::size_t common = 0;
  while (common + 1 < a.size() && common + 1 < b.size() && a[common] == b[common] && a[common + 1] == b[common + 1])
    common += 2;
  constexpr std::size_t kMinBase = 3 * 2;  // The part both forms share is at least three letters long.
  for (std::size_t k = common; k >= kMinBase && k + 5 * 2 > common; k -= 2)
    if (slavic_endings(a.substr(k), b.substr(k))) return true;
  // A fleeting vowel: a form without an ending drops the о/е/і before its last consonant when an ending
  // follows ("список" / "списком", "потрібен" / "потрібні"); the other form is that base plus an ending.
  auto fleeting = [](std::string_view bare, std::string_view other) {
    std::size_t n = bare.size();
    if (n < kMinBase + 4 || other.size() <= n - 2 || other.compare(0, n - 4, bare, 0, n - 4) != 0 ||
        other.compare(n - 4, 2, bare, n - 2, 2) != 0)
      return false;  // The other form is the word without the vowel before its last letter, plus more.
    auto letter = [&](std::size_t at) { return static_cast<std::uint16_t>(pair_at(bare, at)); };
    auto vowel = [](std::uint16_t c) {  // а е ё и о у ы э ю я і ї є ь й, as their two UTF-8 bytes.
      static constexpr std::uint16_t kVowels[] = {0xD0B0, 0xD0B5, 0xD191, 0xD0B8, 0xD0BE, 0xD183, 0xD18B, 0xD18D,
                                                  0xD18E, 0xD18F, 0xD196, 0xD197, 0xD194, 0xD18C, 0xD0B9};
      return std::find(std::begin(kVowels), std::end(kVowels), c) != std::end(kVowels);
    };
    std::uint16_t v = letter(n - 4);
    bool fleeting_vowel = v == 0xD0BE || v == 0xD0B5 || v == 0xD196 || v == 0xD191 || v == 0xD194;  // о е і ё є
    if (!fleeting_vowel || vowel(letter(n - 2)) || vowel(letter(n - 6))) return false;
    std::string_view ending = other.substr(n - 2);
    return slavic_endings(ending, ending);
  };
  return fleeting(a, b) || fleeting(b, a);
}

namespace {

// The derivational suffix a word's part past its stem opens with (one vowel before it allowed: "-ador" reads
// as "-dor"), or "" when none: two forms of one word carry the same one.
std::string_view derivation_of(std::u32string_view past_stem) {
  std::string tail = utf8::encode(past_stem);
  for (std::size_t skip = 0; skip <= 1 && skip < tail.size(); ++skip) {
    if (skip == 1 && std::string_view("aeiou").find(tail[0]) == std::string_view::npos) break;
    for (auto d : kDerivational)
      if (tail.compare(skip, d.size(), d) == 0) return d;
  }
  return {};
}

}  // namespace

bool inflectional_pair(std::string_view a, std::string_view b, std::string_view stem) {
  if (a == b) return true;
  std::u32string ua = without_accents(utf8::decode(a)), ub = without_accents(utf8::decode(b));
  std::size_t common = 0;
  while (common < ua.size() && common < ub.size() && ua[common] == ub[common]) ++common;
  constexpr std::size_t kMaxEnding = 4;  // Inflectional endings are short ("-ями", "-ются", "-es").
  if (ua.size() - common > kMaxEnding || ub.size() - common > kMaxEnding || common < 2) return false;
  std::size_t stem_len = std::min({utf8::decode(stem).size(), ua.size(), ub.size()});
  return derivation_of(std::u32string_view(ua).substr(stem_len)) == derivation_of(std::u32string_view(ub).substr(stem_len));
}

// True when two code point strings are at most one edit apart (substitution, insertion, deletion, swap).
bool within_one_edit(const std::u32string& a, const std::u32string& b) {
  std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > 1) return false;
  std::size_t i = 0;
  while (i < n && i < m && a[i] == b[i]) ++i;
  auto rest_equal = [&](std::size_t ia, std::size_t ib) {
    return std::u32string_view(a).substr(std::min(ia, n)) == std::u32string_view(b).substr(std::min(ib, m));
  };
  if (n == m) {
    if (i == n || rest_equal(i + 1, i + 1)) return true;
    return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && rest_equal(i + 2, i + 2);
  }
  return n > m ? rest_equal(i + 1, i) : rest_equal(i, i + 1);
}

WordInfo misspelt_word_info(std::string_view word) {
  // The long structure words by their first four bytes (a misspelling after them is looked for), decoded once.
  struct Entry {
    std::size_t bytes;  // Its length in bytes: one edit changes it by at most four.
    std::u32string letters;
    WordInfo info;
  };
  static const auto* entries = [] {
    auto* t = new std::unordered_map<std::uint32_t, std::vector<Entry>>();
    auto add = [&](std::string_view w, WordInfo info) {
      std::u32string letters = utf8::decode(w);
      if (letters.size() >= kTypoMinLength) (*t)[head_of(w)].push_back({w.size(), letters, info});
    };
    for (auto w : kComparisonCues) add(w, WordInfo{false, true, false, false, false, 0, 0});
    for (auto w : kDefinitionVerbs) add(w, WordInfo{false, false, true, false, false, 0, 0});
    return t;
  }();
  if (word.size() < kTypoMinLength) return {};
  static const auto* openings = [] {  // A bit per first byte pair of the entries.
    auto* bits = new std::vector<std::uint64_t>(1024, 0);
    for (const auto& [head, list] : *entries) (*bits)[head >> 22] |= std::uint64_t{1} << (head >> 16 & 63);
    return bits;
  }();
  std::uint32_t head = head_of(word);
  if (!((*openings)[head >> 22] >> (head >> 16 & 63) & 1)) return {};
  auto it = entries->find(head);
  if (it == entries->end()) return {};
  std::u32string letters;
  for (const auto& e : it->second) {
    if ((e.bytes > word.size() ? e.bytes - word.size() : word.size() - e.bytes) > 4) continue;
    if (letters.empty()) letters = utf8::decode(word);
    // Only an accent apart is another language's word ("different" / "diffèrent"), not a misspelling.
    if (letters.size() >= kTypoMinLength && within_one_edit(letters, e.letters) &&
        without_accents(letters) != without_accents(e.letters))
      return e.info;
  }
  return {};
}

namespace {

// True for a code point of the Latin or Greek blocks without_marks() reads.
bool latin_or_greek(char32_t c) {
  return (c >= 0xC0 && c < 0x250) || (c >= 0x1E00 && c < 0x2000) || (c >= 0x370 && c < 0x400);
}

// The letter a Latin or Greek code point is typed as without its marks.
char32_t unmarked(char32_t c) {
  if (c == U'ł') return U'l';
  if (c == U'đ') return U'd';
  if (c == U'ı') return U'i';
  if (c == U'ø') return U'o';
  if (c == U'ð') return U'd';
  utf8proc_int32_t buf[4];
  int last = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buf, 4,
                                               static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK), &last);
  return n >= 1 ? static_cast<char32_t>(buf[0]) : c;
}

// True when a lead byte opens a code point of the Latin or Greek blocks without_marks() reads (U+00C0-U+03FF,
// U+1E00-U+1FFF).
bool marked_lead(unsigned char b, unsigned char next) {
  return (b >= 0xC3 && b <= 0xCF) || (b == 0xE1 && next >= 0xB8 && next <= 0xBF);
}

}  // namespace

std::string without_marks(std::string_view folded) {
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t start = i;
    auto byte = static_cast<unsigned char>(folded[i]);
    char32_t c = byte < 0x80 ? (++i, byte) : utf8::next(folded, i);
    if (latin_or_greek(c)) utf8::append(out, unmarked(c));
    else out.append(folded, start, i - start);
  }
  return out;
}

std::string keyboard_spelling(std::string_view folded) {
  std::string out;
  out.reserve(folded.size() + 4);
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t start = i;
    char32_t c = utf8::next(folded, i);
    switch (c) {
      case U'ä': case U'æ': out += "ae"; break;
      case U'ö': case U'œ': case U'ø': out += "oe"; break;
      case U'ü': out += "ue"; break;
      case U'ß': out += "ss"; break;
      case U'þ': out += "th"; break;
      case U'å': out += "aa"; break;
      default:
        if (latin_or_greek(c)) utf8::append(out, unmarked(c));
        else out.append(folded, start, i - start);
    }
  }
  return out;
}

bool has_marks(std::string_view folded) {
  std::size_t i = 0;
  for (std::uint64_t w; i + 8 <= folded.size(); i += 8) {  // ASCII eight bytes at a time.
    std::memcpy(&w, folded.data() + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  for (; i < folded.size(); ++i) {
    auto b = static_cast<unsigned char>(folded[i]);
    if (b < 0xC3) continue;  // ASCII, a continuation byte, or a code point below U+00C0.
    unsigned char next = i + 1 < folded.size() ? static_cast<unsigned char>(folded[i + 1]) : 0;
    if (!marked_lead(b, next)) continue;
    std::size_t k = i;
    char32_t c = utf8::next(folded, k);
    if (latin_or_greek(c) && unmarked(c) != c) return true;
  }
  return false;
}

char question_form(std::string_view word) {
  for (const auto& [w, form] : kQuestionForms)
    if (w == word) return form;
  return 0;
}

bool refers_to_code(std::string_view folded) {
  static const CodeReferenceIndex index;
  return index.any_in(folded);
}

bool points_at_shown_item(std::string_view folded) {
  for (std::string_view d : kCjkDemonstratives)
    if (folded.find(d) != std::string_view::npos) return true;
  // Words are runs of letters (any byte of a multi-byte character counts as one); a demonstrative counts
  // when a word follows it after spaces only.
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; };
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !letter(folded[i])) ++i;
    std::size_t start = i;
    while (i < folded.size() && letter(folded[i])) ++i;
    if (start == i || !contains(kDemonstratives, folded.substr(start, i - start))) continue;
    std::size_t j = i;
    while (j < folded.size() && folded[j] == ' ') ++j;
    if (j > i && j < folded.size() && letter(folded[j])) return true;
  }
  return false;
}

void Vocab::grow() {
  std::size_t size = table_.empty() ? 1024 : table_.size() * 2;
  table_.assign(size, kNoId);
  for (std::uint32_t id = 0; id < this->size(); ++id) {
    std::string_view s = str(id);
    std::size_t i = XXH3_64bits(s.data(), s.size()) & (size - 1);
    while (table_[i] != kNoId) i = (i + 1) & (size - 1);
    table_[i] = id;
  }
}

std::uint32_t Vocab::intern(std::string_view s) {
  if ((size() + 1) * 2 > table_.size()) grow();
  std::size_t mask = table_.size() - 1;
  std::size_t i = XXH3_64bits(s.data(), s.size()) & mask;
  for (; table_[i] != kNoId; i = (i + 1) & mask)
    if (str(table_[i]) == s) return table_[i];
  auto id = static_cast<std::uint32_t>(size());
  chars_.append(s);
  offsets_.push_back(chars_.size());
  table_[i] = id;
  return id;
}

namespace {

constexpr int kShardBits = 6;                      // 64 shards, chosen by the top bits of a key.
constexpr std::uint64_t kEmptySlot = ~std::uint64_t{0};
constexpr std::size_t kFirstShardSize = 1024;

// The 32 bits of a key a slot keeps.
std::uint32_t check_of(std::uint64_t k) { return static_cast<std::uint32_t>(k); }

// The first slot to probe for a check value in a shard of the given size.
std::size_t home_of(std::uint32_t check, std::size_t size) {
  return static_cast<std::size_t>((static_cast<std::uint64_t>(check) * size) >> 32);
}

}  // namespace

KeyIndex::KeyIndex(std::uint32_t cap) : shards_(std::size_t{1} << kShardBits), cap_(cap) {}

void KeyIndex::reserve(std::size_t n) {
  std::size_t per_shard = std::max(kFirstShardSize, n / shards_.size() * 7 / 5 + 1);  // Load about 0.7.
  for (auto& s : shards_)
    if (s.slots.size() < per_shard) grow(s, per_shard);
}

void KeyIndex::grow(Shard& s, std::size_t size) {
  std::vector<std::uint64_t> old = std::move(s.slots);
  if (size == 0) size = old.empty() ? kFirstShardSize : old.size() + old.size() / 2;
  size = std::max({size, kFirstShardSize, (s.used + 1) * 2});  // Always room to spare: probes end at an empty slot.
  s.slots.assign(size, kEmptySlot);
  for (std::uint64_t e : old) {
    if (e == kEmptySlot) continue;
    std::size_t i = home_of(static_cast<std::uint32_t>(e >> 32), size);
    while (s.slots[i] != kEmptySlot) i = i + 1 == size ? 0 : i + 1;
    s.slots[i] = e;
  }
}

void KeyIndex::add(std::uint64_t k, std::uint32_t c) {
  Shard& s = shards_[k >> (64 - kShardBits)];
  if ((s.used + 1) * 4 > s.slots.size() * 3) grow(s);
  std::uint32_t check = check_of(k);
  std::size_t size = s.slots.size();
  std::size_t i = home_of(check, size);
  std::uint32_t same = 0;
  while (s.slots[i] != kEmptySlot) {
    if (static_cast<std::uint32_t>(s.slots[i] >> 32) == check && ++same >= cap_) return;
    i = i + 1 == size ? 0 : i + 1;
  }
  s.slots[i] = static_cast<std::uint64_t>(check) << 32 | c;
  ++s.used;
}

void KeyIndex::find(std::uint64_t k, std::vector<std::uint32_t>& out) const {
  const Shard& s = shards_[k >> (64 - kShardBits)];
  if (s.slots.empty()) return;
  std::uint32_t check = check_of(k);
  std::size_t size = s.slots.size();
  for (std::size_t i = home_of(check, size); s.slots[i] != kEmptySlot; i = i + 1 == size ? 0 : i + 1)
    if (static_cast<std::uint32_t>(s.slots[i] >> 32) == check) out.push_back(static_cast<std::uint32_t>(s.slots[i]));
}

void KeyIndex::prefetch(std::uint64_t k) const {
  const Shard& s = shards_[k >> (64 - kShardBits)];
  if (!s.slots.empty()) __builtin_prefetch(&s.slots[home_of(check_of(k), s.slots.size())]);
}

}  // namespace qbank::internal
