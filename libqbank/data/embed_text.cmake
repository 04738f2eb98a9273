# Turns a data file into a C++ source holding its bytes, so the installed library carries it (same approach as
# embed_lang_data.cmake). Run with -DIN=<data file> -DOUT=<file.cpp> -DHEADER=<header to include>
# -DNAMESPACE=<namespace of the accessor> -DFUNCTION=<accessor returning the bytes as a std::string_view>.
include(${CMAKE_CURRENT_LIST_DIR}/embed_common.cmake)
qbank_file_bytes(${IN} bytes size)
file(RELATIVE_PATH source ${CMAKE_CURRENT_LIST_DIR}/.. ${IN})
set(body "// Generated from libqbank/${source} by embed_text.cmake; do not edit.\n")
string(APPEND body "#include \"${HEADER}\"\n\nnamespace ${NAMESPACE} {\nnamespace {\n")
string(APPEND body "const unsigned char kBytes[] = {${bytes}0x00};\n}  // namespace\n\n")
string(APPEND body "std::string_view ${FUNCTION}() {\n")
string(APPEND body "  return {reinterpret_cast<const char*>(kBytes), ${size}};\n}\n\n")
string(APPEND body "}  // namespace ${NAMESPACE}\n")
qbank_write_if_different(${OUT} "${body}")
