#pragma once
// The pieces of the _qbank extension module: each adds one verb of the library to the module.

#include <pybind11/pybind11.h>

namespace qbank::python {

// Adds qbank.Error (a ValueError) and the translation of library errors into it.
void bind_error(pybind11::module_& m);
// Adds read_jsonl.
void bind_records(pybind11::module_& m);
// Adds normalize_bytes and normalize_path.
void bind_normalize(pybind11::module_& m);
// Adds dedup and dedup_stream.
void bind_dedup(pybind11::module_& m);
// Adds compare.
void bind_compare(pybind11::module_& m);
// Adds Filter, a compiled filter.
void bind_filter(pybind11::module_& m);
// Adds Tagger, a compiled rule set.
void bind_tag(pybind11::module_& m);
// Adds export_string, export_file and export_jsonl.
void bind_export(pybind11::module_& m);
void bind_dedup_stages(pybind11::module_& m);

}  // namespace qbank::python
