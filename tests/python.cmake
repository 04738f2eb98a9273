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
