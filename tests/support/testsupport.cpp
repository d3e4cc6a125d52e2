#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace testsupport {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        // Connection refused returns at once; yield briefly before trying again.
        QThread::msleep(20);
    }
    return false;
}

QString mosquittoPath()
{
    const QString env = qEnvironmentVariable("MOSQUITTO");
    if (!env.isEmpty() && QFile::exists(env))
        return env;
    QString found = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return found;
}

// --- Certificates ---------------------------------------------------------------------------

Certificates::Certificates()
{
    const QString days = QStringLiteral("2");
    auto subj = [](const QString &cn) { return QStringLiteral("/CN=%1").arg(cn); };
    QFile ext(path("server.ext"));
    if (!ext.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1").arg(ext.fileName());
        return;
    }
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
    ext.close();
    m_ok = run({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", caKeyFile(), "-out",
                caFile(), "-days", days, "-subj", subj("Workbench Test CA")})
        && run({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", serverKeyFile(), "-out",
                path("server.csr"), "-subj", subj("localhost")})
        && run({"x509", "-req", "-in", path("server.csr"), "-CA", caFile(), "-CAkey", caKeyFile(),
                "-CAcreateserial", "-out", serverCertFile(), "-days", days, "-extfile",
                path("server.ext")})
        && run({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", clientKeyFile(), "-out",
                path("client.csr"), "-subj", subj("client1")})
        && run({"x509", "-req", "-in", path("client.csr"), "-CA", caFile(), "-CAkey", caKeyFile(),
                "-CAcreateserial", "-out", clientCertFile(), "-days", days});
}

QString Certificates::path(const char *name) const
{
    return m_dir.filePath(QString::fromLatin1(name));
}

bool Certificates::run(const QStringList &args)
{
    QString openssl = qEnvironmentVariable("OPENSSL");
    if (openssl.isEmpty())
        openssl = QStringLiteral("openssl");
    QProcess p;
    p.start(openssl, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(args.join(' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

// --- Mosquitto ------------------------------------------------------------------------------

Mosquitto::Mosquitto()
{
    m_config = QStringLiteral("allow_anonymous true\nlog_dest stderr\nlog_type error\n"
                              "log_type warning\nper_listener_settings false\n"
                              "max_inflight_messages 0\nmax_queued_messages 100000\n");
    // As root, mosquitto drops to user "mosquitto", which cannot write our 0700 temp dirs.
    if (::geteuid() == 0)
        m_config += QStringLiteral("user root\n");
}

Mosquitto::~Mosquitto()
{
    stop();
}

quint16 Mosquitto::addTcpListener()
{
    const quint16 port = freePort();
    m_config += QStringLiteral("listener %1 127.0.0.1\n").arg(port);
    m_ports << port;
    return port;
}

quint16 Mosquitto::addTlsListener(const Certificates &certs, bool requireClientCert)
{
    const quint16 port = freePort();
    m_config += QStringLiteral("listener %1 127.0.0.1\ncafile %2\ncertfile %3\nkeyfile %4\n"
                               "require_certificate %5\n")
                    .arg(port)
                    .arg(certs.caFile(), certs.serverCertFile(), certs.serverKeyFile(),
                         requireClientCert ? QStringLiteral("true") : QStringLiteral("false"));
    m_ports << port;
    return port;
}

quint16 Mosquitto::addWebSocketListener()
{
    const quint16 port = freePort();
    m_config += QStringLiteral("listener %1 127.0.0.1\nprotocol websockets\n").arg(port);
    m_ports << port;
    return port;
}

quint16 Mosquitto::addSecureWebSocketListener(const Certificates &certs)
{
    const quint16 port = freePort();
    m_config += QStringLiteral("listener %1 127.0.0.1\nprotocol websockets\ncafile %2\n"
                               "certfile %3\nkeyfile %4\n")
                    .arg(port)
                    .arg(certs.caFile(), certs.serverCertFile(), certs.serverKeyFile());
    m_ports << port;
    return port;
}

void Mosquitto::addConfig(const QString &lines)
{
    m_config += lines;
    if (!lines.endsWith('\n'))
        m_config += '\n';
}

void Mosquitto::enablePersistence()
{
    addConfig(QStringLiteral("persistence true\npersistence_location %1/\nautosave_interval 1\n")
                  .arg(m_dir.path()));
}

bool Mosquitto::start()
{
    const QString configPath = m_dir.filePath(QStringLiteral("mosquitto.conf"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(m_config.toUtf8());
    file.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("mosquitto.log")), QIODevice::Append);
    m_process->start(mosquittoPath(), {QStringLiteral("-c"), configPath});
    if (!m_process->waitForStarted(5000))
        return false;
    for (quint16 port : std::as_const(m_ports)) {
        if (!waitForPort(port))
            return false;
    }
    return true;
}

void Mosquitto::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void Mosquitto::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool Mosquitto::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString Mosquitto::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("mosquitto.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
}

} // namespace testsupport
