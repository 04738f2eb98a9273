#pragma once
// Jupyter notebooks (.ipynb) read as the Markdown document their cells make.

#include <string_view>

#include "normalize/reader.hpp"

namespace qbank::internal {

// True when a JSON text is a Jupyter notebook: an object with "cells" and "nbformat" keys.
bool looks_like_notebook(std::string_view text);

// Reads a notebook's markdown and code cells (code as fenced blocks) with the Markdown reader into out, each
// line numbered as the line of the file its text sits on; outputs and raw cells are not read.
Status read_notebook(std::string_view text, const NormalizeOptions& options, ReaderOutput& out);

}  // namespace qbank::internal
