#pragma once

#include <QtGlobal>

/// \file
/// Export macro of MqttWorkbench::Broker (`<broker/...>`). Shared libraries export only what
/// is marked; a static build (MQTTWORKBENCH_STATIC, set for you by the CMake package) marks
/// nothing.

#if defined(MQTTWORKBENCH_STATIC)
#define MQTTBROKER_EXPORT
#elif defined(MQTTBROKER_BUILD)
#define MQTTBROKER_EXPORT Q_DECL_EXPORT
#else
/// Marks a class or function of the broker library's API.
#define MQTTBROKER_EXPORT Q_DECL_IMPORT
#endif

// Internals that the project's own tests call: exported only from a build with tests.
#if defined(MQTTWORKBENCH_AUTOTEST_EXPORTS)
#define MQTTBROKER_AUTOTEST_EXPORT MQTTBROKER_EXPORT
#else
/// Marks an internal symbol the project's tests use (exported in builds with tests).
#define MQTTBROKER_AUTOTEST_EXPORT
#endif
