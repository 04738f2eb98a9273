// Recognizes the headings of a README's furniture sections (contributing, licence, credits, resources, contact),
// whose lists are steps, links and names rather than questions.
#include <string_view>

#include "normalize/markdown/walker.hpp"
#include "normalize/text/words.hpp"

namespace qbank::internal::md {
namespace {

// Furniture section titles, lowercase, in the languages question lists are published in.
constexpr std::string_view kFurnitureSections[] = {
    // en
    "contributing", "contribute", "contributors", "contribution", "contributions", "how to contribute",
    "license", "licence", "credits", "acknowledgements", "acknowledgments", "sponsors", "support", "donate",
    "resources", "references", "further reading", "see also", "links", "useful links", "contact", "authors",
    "about the author", "changelog", "disclaimer", "star history",
    // ru, uk
    "участие", "как помочь", "лицензия", "благодарности", "ресурсы", "ссылки", "полезные ссылки", "контакты",
    "источники", "ліцензія", "контакти", "ресурси", "посилання", "подяки",
    // de, fr, es, pt, it, pl, tr
    "mitmachen", "beitragen", "lizenz", "danksagung", "quellen", "weiterführende links", "kontakt",
    "contribuer", "ressources", "liens", "remerciements", "crédits", "contribuir", "cómo contribuir",
    "licencia", "recursos", "enlaces", "agradecimientos", "contacto", "como contribuir", "licença",
    "agradecimentos", "contato", "contribuire", "licenza", "risorse", "ringraziamenti", "contatti",
    "licencja", "zasoby", "linki", "podziękowania", "katkıda bulunma", "lisans", "kaynaklar", "teşekkürler",
    // zh, ja, ko, vi, ar
    "贡献", "参与贡献", "如何贡献", "贡献者", "许可证", "开源协议", "参考资料", "参考链接", "致谢", "鸣谢",
    "联系我们", "貢献", "ライセンス", "参考文献", "参考資料", "謝辞", "기여", "기여 방법", "기여하기", "라이선스",
    "참고 자료", "참고자료", "đóng góp", "giấy phép", "tài liệu tham khảo", "المساهمة", "الترخيص", "المراجع"};

}  // namespace

bool is_furniture_section(std::string_view heading) {
  std::string lower = txt::lower_text(txt::clean_topic(heading));
  std::string_view l = lower;
  bool asks = !l.empty() && l.back() == '?';
  for (std::string_view s : kFurnitureSections) {
    if (l == s) return true;
    // A title of several words may go on ("how to contribute to this project", "как помочь проекту").
    if (!asks && s.find(' ') != std::string_view::npos && l.size() > s.size() && l.substr(0, s.size()) == s &&
        l[s.size()] == ' ')
      return true;
  }
  return false;
}

}  // namespace qbank::internal::md
