# Installed-package tests: `cmake --install` this build into a temporary prefix and check the tree, then
# build examples/ against the installed qbank with `ctest --build-and-test` on tests/package and run them;
# and run the Python ctypes example against the built shared library. Sanitized builds are skipped: their
# library needs the sanitizer runtime in every program that loads it.
if(QBANK_SANITIZE OR QBANK_FUZZ)
  return()
endif()
set(QBANK_PACKAGE_DIR ${PROJECT_BINARY_DIR}/package-test)
add_test(NAME "package: install"
         COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR} -DPREFIX=${QBANK_PACKAGE_DIR}/prefix
                 -DCONFIG=$<CONFIG> -DCLEAN=${QBANK_PACKAGE_DIR}/build
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/package/install_and_check.cmake)
add_test(NAME "package: examples"
         COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test ${CMAKE_CURRENT_SOURCE_DIR}/package
                 ${QBANK_PACKAGE_DIR}/build --build-generator ${CMAKE_GENERATOR}
                 --build-makeprogram ${CMAKE_MAKE_PROGRAM} --build-noclean
                 --build-options -DCMAKE_PREFIX_PATH=${QBANK_PACKAGE_DIR}/prefix -DCMAKE_BUILD_TYPE=$<CONFIG>
                                 -DQBANK_EXPECTED_PREFIX=${QBANK_PACKAGE_DIR}/prefix
                                 -DCMAKE_C_COMPILER=${CMAKE_C_COMPILER} -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
                                 -DQBANK_EXAMPLES_DIR=${PROJECT_SOURCE_DIR}/examples
                 --test-command ${CMAKE_CTEST_COMMAND} --output-on-failure)
set_tests_properties("package: install" PROPERTIES FIXTURES_SETUP qbank_installed LABELS package)
set_tests_properties("package: examples" PROPERTIES FIXTURES_REQUIRED qbank_installed LABELS package
                     ENVIRONMENT CMAKE_BUILD_PARALLEL_LEVEL=2)

find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_FOUND)
  add_test(NAME "package: python ctypes"
           COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/examples/python/qbank_ctypes.py $<TARGET_FILE:qbank>)
  set_tests_properties("package: python ctypes" PROPERTIES LABELS package)
endif()

# libqbank.so exports the public API and nothing else (checked with nm).
if(Python3_FOUND)
  add_test(NAME "package: exported symbols"
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/package/exported_symbols.py $<TARGET_FILE:qbank>
                   ${PROJECT_SOURCE_DIR}/libqbank/include)
  set_tests_properties("package: exported symbols" PROPERTIES LABELS package)
endif()
