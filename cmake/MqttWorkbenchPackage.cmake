# What `cmake --install` puts in place for other projects (CMake package, pkg-config files),
# the API reference target, and the Debian package of the application (`cpack -G DEB`).
include(CMakePackageConfigHelpers)

set(MQTTWORKBENCH_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/MqttWorkbench)
set(MQTTWORKBENCH_QT_MIN 6.4)
install(EXPORT MqttWorkbenchTargets NAMESPACE MqttWorkbench:: DESTINATION ${MQTTWORKBENCH_CMAKEDIR}
        COMPONENT Development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/MqttWorkbenchConfig.cmake.in
    ${PROJECT_BINARY_DIR}/MqttWorkbenchConfig.cmake INSTALL_DESTINATION ${MQTTWORKBENCH_CMAKEDIR})
# 0.x: a new minor version may break the API, so only the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/MqttWorkbenchConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/MqttWorkbenchConfig.cmake
              ${PROJECT_BINARY_DIR}/MqttWorkbenchConfigVersion.cmake
        DESTINATION ${MQTTWORKBENCH_CMAKEDIR} COMPONENT Development)

# pkg-config: mqttworkbench-protocol, mqttworkbench-core, mqttworkbench-broker.
function(mqttworkbench_pkgconfig name description requires requires_private libs_private)
    set(PC_NAME ${name})
    set(PC_DESCRIPTION "${description}")
    set(PC_CFLAGS "")
    if(MQTTWORKBENCH_STATIC)
        set(PC_CFLAGS " -DMQTTWORKBENCH_STATIC")
    endif()
    set(PC_REQUIRES "${requires}")
    set(PC_REQUIRES_PRIVATE "${requires_private}")
    set(PC_LIBS_PRIVATE "${libs_private}")
    file(RELATIVE_PATH PC_PREFIX_FROM_PCFILEDIR ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig
         ${CMAKE_INSTALL_PREFIX})
    configure_file(${PROJECT_SOURCE_DIR}/cmake/mqttworkbench.pc.in ${PROJECT_BINARY_DIR}/pkgconfig/${name}.pc @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/${name}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
            COMPONENT Development)
endfunction()
mqttworkbench_pkgconfig(mqttworkbench-protocol "MQTT 3.1/3.1.1/5 codec, topics and payload formats for Qt 6"
                        "Qt6Core" "" "")
mqttworkbench_pkgconfig(mqttworkbench-core "MQTT client library for Qt 6"
                        "mqttworkbench-protocol Qt6Core" "Qt6Network Qt6WebSockets" "")
mqttworkbench_pkgconfig(mqttworkbench-broker "Embeddable MQTT broker for Qt 6"
                        "mqttworkbench-protocol Qt6Core Qt6Network"
                        "mqttworkbench-core Qt6WebSockets Qt6Sql yaml-cpp" "")

# API reference: `cmake --build build --target docs` (needs doxygen); fails on any warning.
find_package(Doxygen QUIET)
if(DOXYGEN_FOUND)
    add_custom_target(docs
        COMMAND ${CMAKE_COMMAND} -E env DOXYGEN_OUTPUT=${PROJECT_BINARY_DIR}/docs
                DOXYGEN_PROJECT_NUMBER=${PROJECT_VERSION} ${DOXYGEN_EXECUTABLE} docs/Doxyfile
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "API reference in ${PROJECT_BINARY_DIR}/docs/html"
        VERBATIM)
endif()

# Debian package of the application: the Runtime component (the program, its libraries,
# desktop file, AppStream metadata, icon, man page); headers and CMake/pkg-config files are the
# Development component, which `cmake --install` installs and the .deb leaves out.
set(CPACK_PACKAGE_NAME mqtt-workbench)
set(CPACK_PACKAGE_VENDOR "MQTT Workbench")
# Debian wants a maintainer with an address: give yours with -DCPACK_PACKAGE_CONTACT=...
if(NOT CPACK_PACKAGE_CONTACT)
    set(CPACK_PACKAGE_CONTACT "MQTT Workbench developers <mqtt-workbench@localhost>")
endif()
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL Runtime)
set(CPACK_DEBIAN_PACKAGE_NAME mqtt-workbench)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Watch topics live, publish test messages and run a local test broker, \
from one program that also works headless as the pub / sub / broker / bench command-line tool.")
# Libraries the program links come from dpkg-shlibdeps; Qt plugins it loads at run time do not.
# The program's RUNPATH ($ORIGIN/../lib) lets dpkg-shlibdeps find the package's own libraries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
if(WITH_GUI)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()
include(CPack)
