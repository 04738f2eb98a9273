# Installs a qbank build into a fresh prefix and checks the installed tree.
#   cmake -DBUILD_DIR=build -DPREFIX=/tmp/qbank-prefix [-DCONFIG=Release] [-DCLEAN=dir] -P install_and_check.cmake
# CLEAN names a further folder to delete first (the consumer project's build folder).
foreach(var BUILD_DIR PREFIX)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "${var} is required")
  endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}" ${CLEAN})
set(config_args)
if(CONFIG)
  set(config_args --config ${CONFIG})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()

# Every file a consumer needs; the library folder is whatever GNUInstallDirs chose (lib, lib64...).
file(GLOB libdir LIST_DIRECTORIES true "${PREFIX}/lib*/cmake/qbank")
if(NOT libdir)
  message(FATAL_ERROR "no lib*/cmake/qbank under ${PREFIX}")
endif()
get_filename_component(libdir "${libdir}/../.." ABSOLUTE)
set(missing)
foreach(f include/qbank/qbank.h include/qbank/version.hpp include/qbank/status.hpp include/qbank/normalize.hpp)
  if(NOT EXISTS "${PREFIX}/${f}")
    list(APPEND missing ${f})
  endif()
endforeach()
foreach(f libqbank.a libqbank.so cmake/qbank/qbankConfig.cmake cmake/qbank/qbankConfigVersion.cmake
          cmake/qbank/qbankTargets.cmake cmake/qbank/qbankStaticTargets.cmake pkgconfig/qbank.pc)
  if(NOT EXISTS "${libdir}/${f}")
    list(APPEND missing ${libdir}/${f})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "missing from the installed tree: ${missing}")
endif()

# Public headers must not include third-party headers or use their types; comments (which may name RE2
# pattern syntax) are stripped before looking.
file(GLOB headers "${PREFIX}/include/qbank/*")
set(third_party "#include *[<\"](simdjson|re2/|utf8proc|xxhash|gumbo|cmark-gfm|sqlite3|zip\\.h|uchardet|expat\\.h|csv\\.h|compact_lang_det|libstemmer)"
    "|simdjson::|re2::|RE2|utf8proc_|XXH|Gumbo|sqlite3_|zip_t|sb_stemmer|CLD2")
string(CONCAT third_party ${third_party})
foreach(h ${headers})
  file(READ "${h}" code)
  string(REGEX REPLACE "/\\*[^*]*\\*+([^/*][^*]*\\*+)*/" "" code "${code}")
  string(REGEX REPLACE "//[^\n]*" "" code "${code}")
  if(code MATCHES "${third_party}")
    message(FATAL_ERROR "${h} exposes a third-party library: '${CMAKE_MATCH_0}'")
  endif()
endforeach()
list(LENGTH headers n)
message(STATUS "installed ${n} public headers and libqbank (shared + static) into ${PREFIX}")
