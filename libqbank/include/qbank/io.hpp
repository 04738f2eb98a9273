#pragma once
// All of record I/O in one include: records as JSON (record_json.hpp), JSONL banks (jsonl.hpp) and files
// (file.hpp).

#include "qbank/file.hpp"
#include "qbank/jsonl.hpp"
#include "qbank/record_json.hpp"
