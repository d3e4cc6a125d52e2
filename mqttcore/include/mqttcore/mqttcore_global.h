#pragma once

#include <QtGlobal>

/// \file
/// Export macros of the two libraries whose headers are in `<mqttcore/...>`:
/// MqttWorkbench::Protocol (codec, topics, payload formats; QtCore only) and
/// MqttWorkbench::Core (the client). Shared libraries export only what is marked; a static
/// build (MQTTWORKBENCH_STATIC, set for you by the CMake package) marks nothing.

#if defined(MQTTWORKBENCH_STATIC)
#define MQTTPROTOCOL_EXPORT
#define MQTTCORE_EXPORT
#else
#if defined(MQTTPROTOCOL_BUILD)
#define MQTTPROTOCOL_EXPORT Q_DECL_EXPORT
#else
/// Marks a class or function of the protocol library's API.
#define MQTTPROTOCOL_EXPORT Q_DECL_IMPORT
#endif
#if defined(MQTTCORE_BUILD)
#define MQTTCORE_EXPORT Q_DECL_EXPORT
#else
/// Marks a class or function of the client library's API.
#define MQTTCORE_EXPORT Q_DECL_IMPORT
#endif
#endif

// Internal classes and functions that the project's own tests call are exported only from a
// build with tests (MQTTWORKBENCH_AUTOTEST_EXPORTS), like Qt's Q_AUTOTEST_EXPORT.
#if defined(MQTTWORKBENCH_AUTOTEST_EXPORTS)
#define MQTTPROTOCOL_AUTOTEST_EXPORT MQTTPROTOCOL_EXPORT
#define MQTTCORE_AUTOTEST_EXPORT MQTTCORE_EXPORT
#else
/// Marks an internal symbol of the protocol library the tests use.
#define MQTTPROTOCOL_AUTOTEST_EXPORT
/// Marks an internal symbol of the client library the tests use.
#define MQTTCORE_AUTOTEST_EXPORT
#endif
