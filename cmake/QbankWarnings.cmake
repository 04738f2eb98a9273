# An interface target that carries the project's warning and sanitizer flags to its own targets only.
add_library(qbank_warnings INTERFACE)
target_compile_options(qbank_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>
  # GCC 12 reports -Wrestrict false positives inside libstdc++'s std::string operator+ at -O3 (GCC bug 105329).
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>
  $<$<BOOL:${QBANK_WERROR}>:-Werror>)
if(QBANK_SANITIZE)
  target_compile_options(qbank_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
  target_link_options(qbank_warnings INTERFACE -fsanitize=address,undefined)
endif()
