# Tests of the Python package qbank (python/): unittest under the interpreter the package is built for, with
# PYTHONPATH set to the build's python directory; and the package's example.
if(NOT QBANK_PYTHON)
  return()
endif()
add_test(NAME "package: python package"
         COMMAND ${QBANK_PYTHON_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/python/test_qbank_package.py)
add_test(NAME "package: python package example"
         COMMAND ${QBANK_PYTHON_EXECUTABLE} ${PROJECT_SOURCE_DIR}/examples/python/qbank_package.py)
set_tests_properties("package: python package" "package: python package example" PROPERTIES
                     LABELS "unit;package" ENVIRONMENT "PYTHONPATH=${PROJECT_BINARY_DIR}/python")

# The installed package (cmake --install, the "package: install" fixture) loads the installed library.
if(DEFINED QBANK_PACKAGE_DIR AND NOT IS_ABSOLUTE "${QBANK_PYTHON_INSTALL_DIR}")
  add_test(NAME "package: python installed"
           COMMAND ${QBANK_PYTHON_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/package/python_installed.py
                   ${QBANK_PACKAGE_DIR}/prefix)
  set_tests_properties("package: python installed" PROPERTIES FIXTURES_REQUIRED qbank_installed LABELS package
                       ENVIRONMENT "PYTHONPATH=${QBANK_PACKAGE_DIR}/prefix/${QBANK_PYTHON_INSTALL_DIR}")
endif()

# Dedup on a Dask cluster equals qbank dedup (LocalCluster, shard counts, --against, separate scheduler and
# workers with one killed); skipped (exit 77) when Debian's python3-distributed is not importable.
if(TARGET qbank-gen)
  add_test(NAME "python: dask dedup"
           COMMAND ${QBANK_PYTHON_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/python/test_dask_dedup.py
                   $<TARGET_FILE:qbank-cli> $<TARGET_FILE:qbank-gen>)
  set_tests_properties("python: dask dedup" PROPERTIES LABELS "python;dask" SKIP_RETURN_CODE 77 TIMEOUT 600
                       ENVIRONMENT "PYTHONPATH=${PROJECT_BINARY_DIR}/python")
endif()
