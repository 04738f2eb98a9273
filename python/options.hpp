#pragma once
// Reading keyword options handed over from the Python layer.

#include <string>
#include <vector>

#include <pybind11/pybind11.h>

namespace qbank::python {

// The string in options[key], or fallback when it is missing or None.
std::string get_string(const pybind11::dict& options, const char* key, const std::string& fallback = "");

// The bool in options[key], or fallback when it is missing or None.
bool get_bool(const pybind11::dict& options, const char* key, bool fallback);

// The non-negative integer in options[key], or fallback when it is missing or None.
long long get_int(const pybind11::dict& options, const char* key, long long fallback);

// The list of strings in options[key] (a single string is a list of one), or empty.
std::vector<std::string> get_strings(const pybind11::dict& options, const char* key);

}  // namespace qbank::python
