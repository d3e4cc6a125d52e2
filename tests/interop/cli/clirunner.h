#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <memory>

/// Runs the real mqtt-workbench binary ($MQTT_WORKBENCH) for the CLI tests.
namespace clitest {

struct Result
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

/// Runs `mqtt-workbench args...` to completion (bounded), feeding `input` on stdin.
Result run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 20000);
/// As run(), in the given environment instead of the test's.
Result runIn(const QProcessEnvironment &environment, const QStringList &args,
             int timeoutMs = 20000);

/// Starts `mqtt-workbench args...` and leaves it running.
std::unique_ptr<QProcess> start(const QStringList &args);

/// Starts `mqtt-workbench sub args... -d` and waits (bounded) until its SUBACK arrived, so that
/// what is published next reaches it.
std::unique_ptr<QProcess> startSubscribed(const QStringList &args);

/// Waits (bounded) for a started process to end.
bool finish(QProcess &process, int timeoutMs = 20000);

} // namespace clitest
