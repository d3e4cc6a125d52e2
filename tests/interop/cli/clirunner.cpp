#include "clirunner.h"

#include <QDeadlineTimer>
#include <QtTest>

namespace clitest {

static QString binary()
{
    return qEnvironmentVariable("MQTT_WORKBENCH");
}

static Result runProcess(QProcess &process, const QStringList &args, const QByteArray &input,
                         int timeoutMs)
{
    process.start(binary(), args);
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Result run(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    return runProcess(process, args, input, timeoutMs);
}

Result runIn(const QProcessEnvironment &environment, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    return runProcess(process, args, {}, timeoutMs);
}

std::unique_ptr<QProcess> start(const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    process->start(binary(), args);
    process->waitForStarted(10000);
    return process;
}

std::unique_ptr<QProcess> startSubscribed(const QStringList &args)
{
    auto process =
        start(QStringList{QStringLiteral("sub")} + args + QStringList{QStringLiteral("-d")});
    QByteArray err;
    const QDeadlineTimer deadline(15000);
    while (!err.contains("received SUBACK") && !deadline.hasExpired() &&
           process->state() == QProcess::Running) {
        process->waitForReadyRead(100);
        err += process->readAllStandardError();
    }
    return process;
}

bool finish(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    if (process.waitForFinished(timeoutMs))
        return true;
    process.kill();
    process.waitForFinished(5000);
    return false;
}

} // namespace clitest
