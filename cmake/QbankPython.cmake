# QBANK_PYTHON: build the Python package qbank (pybind11 extension over the library). On by default when
# pybind11 (Debian pybind11-dev) and Debian's /usr/bin/python3 with its headers are found; the package is
# built for that interpreter, not for another python3 first on PATH.
include(GNUInstallDirs)
set(QBANK_PYTHON_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "The Python interpreter the qbank package is built for")
set(QBANK_PYTHON_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/python3/dist-packages
    CACHE STRING "Where cmake --install puts the qbank package (relative to the prefix)")

set(QBANK_PYTHON_DEFAULT OFF)
if(EXISTS ${QBANK_PYTHON_EXECUTABLE} AND NOT QBANK_SANITIZE AND NOT QBANK_FUZZ)
  set(Python_EXECUTABLE ${QBANK_PYTHON_EXECUTABLE})
  find_package(Python COMPONENTS Interpreter Development.Module QUIET)
  if(Python_FOUND)
    set(PYBIND11_FINDPYTHON ON)
    find_package(pybind11 CONFIG QUIET)
    if(pybind11_FOUND)
      set(QBANK_PYTHON_DEFAULT ON)
    endif()
  endif()
endif()
option(QBANK_PYTHON "Build the Python package qbank (needs pybind11-dev and /usr/bin/python3)" ${QBANK_PYTHON_DEFAULT})
if(QBANK_PYTHON AND NOT pybind11_FOUND)
  set(Python_EXECUTABLE ${QBANK_PYTHON_EXECUTABLE})
  find_package(Python COMPONENTS Interpreter Development.Module REQUIRED)
  set(PYBIND11_FINDPYTHON ON)
  find_package(pybind11 CONFIG REQUIRED)
endif()
