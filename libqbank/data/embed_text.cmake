# Turns a data file into a C++ source holding its bytes, so the installed library carries it (same approach as
# embed_lang_data.cmake). Run with -DIN=<data file> -DOUT=<file.cpp> -DHEADER=<header to include>
# -DNAMESPACE=<namespace of the accessor> -DFUNCTION=<accessor returning the bytes as a std::string_view>.
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(RELATIVE_PATH source ${CMAKE_CURRENT_LIST_DIR}/.. ${IN})
set(body "// Generated from libqbank/${source} by embed_text.cmake; do not edit.\n")
string(APPEND body "#include \"${HEADER}\"\n\nnamespace ${NAMESPACE} {\nnamespace {\n")
string(APPEND body "const unsigned char kBytes[] = {${bytes}0x00};\n}  // namespace\n\n")
string(APPEND body "std::string_view ${FUNCTION}() {\n")
string(APPEND body "  return {reinterpret_cast<const char*>(kBytes), ${size}};\n}\n\n")
string(APPEND body "}  // namespace ${NAMESPACE}\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.tmp)
