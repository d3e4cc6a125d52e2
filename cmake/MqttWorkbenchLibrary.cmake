# How the installable libraries (MqttProtocol, MqttCore, MqttBroker) are built and installed.
#
# Shared by default, with hidden symbols except those marked MQTT*_EXPORT (mqttcore_global.h,
# broker_global.h) and a SONAME that changes with every ABI break: while the version is 0.x
# that is every minor version (libmqttworkbench-core.so.0.1). -DMQTTWORKBENCH_STATIC=ON (or
# -DBUILD_SHARED_LIBS=OFF) builds static libraries instead; fuzzer builds are static by default,
# so that libFuzzer sees the instrumented code in the executable itself.
if((DEFINED BUILD_SHARED_LIBS AND NOT BUILD_SHARED_LIBS) OR WITH_FUZZERS)
    set(_mqttworkbench_static_default ON)
else()
    set(_mqttworkbench_static_default OFF)
endif()
option(MQTTWORKBENCH_STATIC "Build the libraries static instead of shared" ${_mqttworkbench_static_default})
if(MQTTWORKBENCH_STATIC)
    set(MQTTWORKBENCH_LIBRARY_TYPE STATIC)
else()
    set(MQTTWORKBENCH_LIBRARY_TYPE SHARED)
endif()
if(PROJECT_VERSION_MAJOR EQUAL 0)
    set(MQTTWORKBENCH_SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})
else()
    set(MQTTWORKBENCH_SOVERSION ${PROJECT_VERSION_MAJOR})
endif()

# Compile flags of every target whose code goes into one of the libraries (the library itself
# and its object-library layers). `build_define` says which library is being built, for the
# export macro.
function(mqttworkbench_library_flags target build_define)
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON
                          CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
    target_compile_definitions(${target} PRIVATE ${build_define})
    if(MQTTWORKBENCH_STATIC)
        target_compile_definitions(${target} PUBLIC MQTTWORKBENCH_STATIC)
    endif()
    if(WITH_TESTS)
        # Internals that tests call (MQTT*_AUTOTEST_EXPORT) are exported from a build with tests.
        target_compile_definitions(${target} PRIVATE MQTTWORKBENCH_AUTOTEST_EXPORTS)
    endif()
endfunction()

# Names, versions and install rules of one library: MqttWorkbench::<export_name>, file
# lib<output_name>.so.<SOVERSION>.
function(mqttworkbench_library target export_name output_name)
    set_target_properties(${target} PROPERTIES OUTPUT_NAME ${output_name} EXPORT_NAME ${export_name}
                          VERSION ${PROJECT_VERSION} SOVERSION ${MQTTWORKBENCH_SOVERSION}
                          INSTALL_RPATH "$ORIGIN")
    add_library(MqttWorkbench::${export_name} ALIAS ${target})
    install(TARGETS ${target} EXPORT MqttWorkbenchTargets
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime
            LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Runtime
                    NAMELINK_COMPONENT Development
            ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development
            INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endfunction()
