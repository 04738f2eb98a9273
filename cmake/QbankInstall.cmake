# Installs the library (shared and static), its headers, a find_package(qbank) config with version file,
# and qbank.pc. `cmake --install build --prefix DIR` gives a relocatable tree: nothing names the prefix.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
set(QBANK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/qbank)

# The shared and static libraries are exported separately: qbankConfig.cmake always loads qbank::qbank and
# loads qbank::qbank_static only when the static library's dependencies can be found.
install(TARGETS qbank EXPORT qbankTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS qbank_static EXPORT qbankStaticTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(EXPORT qbankTargets NAMESPACE qbank:: DESTINATION ${QBANK_CMAKE_DIR})
install(EXPORT qbankStaticTargets NAMESPACE qbank:: DESTINATION ${QBANK_CMAKE_DIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/libqbank/include/qbank DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/generated/qbank/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/qbank)
if(TARGET qbank-cli)
  install(TARGETS qbank-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${PROJECT_BINARY_DIR}/man/qbank.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/schemas/question.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/qbank)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/qbankConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/qbankConfig.cmake INSTALL_DESTINATION ${QBANK_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/qbankConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/qbankConfig.cmake ${PROJECT_BINARY_DIR}/qbankConfigVersion.cmake
        DESTINATION ${QBANK_CMAKE_DIR})

# qbank.pc finds its prefix from its own location (${pcfiledir}), so it stays right under --prefix.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(QBANK_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(QBANK_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  string(REGEX REPLACE "[^/]+" ".." QBANK_PC_UP "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
  set(QBANK_PC_PREFIX "\${pcfiledir}/${QBANK_PC_UP}")
  set(QBANK_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(QBANK_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(QBANK_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/qbank.pc.in ${PROJECT_BINARY_DIR}/qbank.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/qbank.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
