# Installs the library, its headers, a find_package(qbank) config with version file, and qbank.pc.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS qbank EXPORT qbankTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/libqbank/include/qbank DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/generated/qbank/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/qbank)
if(TARGET qbank-cli)
  install(TARGETS qbank-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES ${PROJECT_SOURCE_DIR}/schemas/question.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/qbank)

set(QBANK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/qbank)
install(EXPORT qbankTargets NAMESPACE qbank:: DESTINATION ${QBANK_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/qbankConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/qbankConfig.cmake INSTALL_DESTINATION ${QBANK_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/qbankConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/qbankConfig.cmake ${PROJECT_BINARY_DIR}/qbankConfigVersion.cmake
        DESTINATION ${QBANK_CMAKE_DIR})

configure_file(${PROJECT_SOURCE_DIR}/cmake/qbank.pc.in ${PROJECT_BINARY_DIR}/qbank.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/qbank.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
