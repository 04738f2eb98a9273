// The collection.anki2 SQLite file of an .apkg package: schema 11, one note and one or two cards per record.
#include <sqlite3.h>

#include <unordered_map>

#include "export/writers.hpp"

namespace qbank::internal {
namespace {

// The schema-11 tables Anki 2.1 reads from collection.anki2.
constexpr const char* kTables = R"(
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
)";

// The indexes Anki creates, built after the rows are in.
constexpr const char* kIndexes = R"(
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
)";

// Owns an open database.
struct Db {
  sqlite3* h = nullptr;
  ~Db() { sqlite3_close(h); }
};

// Owns a prepared statement.
struct Stmt {
  sqlite3_stmt* h = nullptr;
  ~Stmt() { sqlite3_finalize(h); }
};

// Returns an I/O error naming what failed and SQLite's message.
Status db_error(sqlite3* db, const std::string& what) {
  return Status::IoError("apkg: " + what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

// Runs SQL statements that return no rows.
Status exec(sqlite3* db, const char* sql) {
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK ? Status::Ok() : db_error(db, "sql");
}

// Binds text that outlives the statement's next step.
void bind_text(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
}

// Every deck the records use (parents first), with stable ids; fills deck_of with each record's deck id.
std::vector<ApkgDeck> collect_decks(const std::vector<Question>& records, const ExportOptions& options,
                                    std::vector<std::int64_t>& deck_of) {
  std::vector<ApkgDeck> decks;
  std::unordered_map<std::string, std::int64_t> ids;
  auto add = [&](const std::string& name) {
    for (std::size_t cut = name.find("::"); ; cut = name.find("::", cut + 2)) {
      std::string prefix = name.substr(0, cut);
      if (ids.emplace(prefix, 0).second) {
        decks.push_back({prefix, apkg_stable_id("qbank deck " + prefix)});
        ids[prefix] = decks.back().id;
      }
      if (cut == std::string::npos) return ids[name];
    }
  };
  add(anki_deck(Question{}, options));
  deck_of.reserve(records.size());
  for (const auto& q : records) deck_of.push_back(add(anki_deck(q, options)));
  return decks;
}

// Inserts the single col row.
Status insert_col(sqlite3* db, const ExportOptions& o, std::int64_t model_id, const std::vector<ApkgDeck>& decks,
                  std::size_t notes) {
  Stmt st;
  if (sqlite3_prepare_v2(db, "INSERT INTO col VALUES(1,?,?,?,11,0,0,0,?,?,?,?,'{}')", -1, &st.h, nullptr))
    return db_error(db, "prepare col");
  std::string conf = apkg_conf_json(model_id, decks.front().id, notes + 1);
  std::string models = apkg_models_json(model_id, decks.front().id, o.timestamp);
  std::string deck_json = apkg_decks_json(decks, o.timestamp), dconf = apkg_dconf_json();
  sqlite3_bind_int64(st.h, 1, o.timestamp);
  sqlite3_bind_int64(st.h, 2, o.timestamp * 1000);
  sqlite3_bind_int64(st.h, 3, o.timestamp * 1000);
  bind_text(st.h, 4, conf);
  bind_text(st.h, 5, models);
  bind_text(st.h, 6, deck_json);
  bind_text(st.h, 7, dconf);
  return sqlite3_step(st.h) == SQLITE_DONE ? Status::Ok() : db_error(db, "insert col");
}

// Inserts one card.
Status insert_card(sqlite3* db, sqlite3_stmt* st, std::int64_t id, std::int64_t nid, std::int64_t did, int ord,
                   std::int64_t due, std::int64_t time) {
  sqlite3_reset(st);
  const std::int64_t values[] = {id, nid, did, ord, time, -1, 0, 0, due};
  for (int i = 0; i < 9; ++i) sqlite3_bind_int64(st, i + 1, values[i]);
  return sqlite3_step(st) == SQLITE_DONE ? Status::Ok() : db_error(db, "insert card");
}

// Inserts one note per record and its cards.
Status insert_notes(sqlite3* db, const std::vector<Question>& records, const ExportOptions& o,
                    std::int64_t model_id, const std::vector<std::int64_t>& deck_of) {
  Stmt note, card;
  if (sqlite3_prepare_v2(db, "INSERT INTO notes VALUES(?,?,?,?,-1,?,?,?,?,0,'')", -1, &note.h, nullptr) ||
      sqlite3_prepare_v2(db, "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,0,0,0,0,0,0,0,0,'')", -1, &card.h,
                         nullptr))
    return db_error(db, "prepare notes");
  const std::int64_t base = o.timestamp * 1000;
  TranslationTexts tr;
  if (o.with_translations) {
    VectorSource source(records);
    if (Status s = tr.collect(source); !s.ok()) return s;
  }
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Question& q = records[i];
    std::string front = anki_front(q), back = anki_back(q), guid = anki_guid(q), tags = anki_tags(q);
    bool reverse = o.reversed && !back.empty();
    std::string sort = anki_strip_html(front);
    std::string flds = front + '\x1f' + back + '\x1f' + anki_topic(q) + '\x1f' + anki_source(q) + '\x1f' + (reverse ? "y" : "") +
                       '\x1f' + (o.with_translations ? anki_translations(q, tr) : std::string());
    if (!tags.empty()) tags = " " + tags + " ";
    std::int64_t nid = base + static_cast<std::int64_t>(i);
    sqlite3_reset(note.h);
    sqlite3_bind_int64(note.h, 1, nid);
    bind_text(note.h, 2, guid);
    sqlite3_bind_int64(note.h, 3, model_id);
    sqlite3_bind_int64(note.h, 4, o.timestamp);
    bind_text(note.h, 5, tags);
    bind_text(note.h, 6, flds);
    bind_text(note.h, 7, sort);
    sqlite3_bind_int64(note.h, 8, static_cast<std::int64_t>(std::stoull(sha1_hex(sort).substr(0, 8), nullptr, 16)));
    if (sqlite3_step(note.h) != SQLITE_DONE) return db_error(db, "insert note");
    std::int64_t cid = base + 2 * static_cast<std::int64_t>(i), due = static_cast<std::int64_t>(i) + 1;
    if (Status s = insert_card(db, card.h, cid, nid, deck_of[i], 0, due, o.timestamp); !s.ok()) return s;
    if (reverse)
      if (Status s = insert_card(db, card.h, cid + 1, nid, deck_of[i], 1, due, o.timestamp); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status write_collection(const std::string& db_path, const std::vector<Question>& records,
                        const ExportOptions& options) {
  Db db;
  if (sqlite3_open_v2(db_path.c_str(), &db.h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    return db_error(db.h, "cannot create " + db_path);
  if (Status s = exec(db.h, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536; "
                                    "PRAGMA temp_store=MEMORY; BEGIN;"); !s.ok()) return s;
  if (Status s = exec(db.h, kTables); !s.ok()) return s;
  std::vector<std::int64_t> deck_of;
  std::vector<ApkgDeck> decks = collect_decks(records, options, deck_of);
  std::int64_t model_id = apkg_stable_id("qbank note type v2");
  if (Status s = insert_col(db.h, options, model_id, decks, records.size()); !s.ok()) return s;
  if (Status s = insert_notes(db.h, records, options, model_id, deck_of); !s.ok()) return s;
  if (Status s = exec(db.h, kIndexes); !s.ok()) return s;
  if (Status s = exec(db.h, "COMMIT;"); !s.ok()) return s;
  if (sqlite3_close(db.h) != SQLITE_OK) return db_error(db.h, "close");
  db.h = nullptr;
  return Status::Ok();
}

}  // namespace qbank::internal
