#include "passwordvault.h"

#include <QTimer>

#ifdef WITH_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace gui {

namespace {
#ifdef WITH_QTKEYCHAIN
const QString ServiceName = QStringLiteral("mqtt-workbench");
#endif
} // namespace

PasswordVault::PasswordVault(QObject *parent) : QObject(parent) {}

bool PasswordVault::isCompiledIn()
{
#ifdef WITH_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

void PasswordVault::store(const QString &profileId, const QByteArray &password,
                          std::function<void(bool, QString)> done)
{
#ifdef WITH_QTKEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(ServiceName, this);
    job->setKey(profileId);
    job->setBinaryData(password);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
#else
    Q_UNUSED(profileId);
    Q_UNUSED(password);
    if (done)
        QTimer::singleShot(0, this,
                           [done] { done(false, tr("No keychain support in this build")); });
#endif
}

void PasswordVault::read(const QString &profileId, std::function<void(bool, QByteArray)> done)
{
#ifdef WITH_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(ServiceName, this);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        const bool found = j->error() == QKeychain::NoError;
        done(found, found ? readJob->binaryData() : QByteArray());
    });
    job->start();
#else
    Q_UNUSED(profileId);
    QTimer::singleShot(0, this, [done] { done(false, {}); });
#endif
}

void PasswordVault::remove(const QString &profileId)
{
#ifdef WITH_QTKEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(ServiceName, this);
    job->setKey(profileId);
    job->start();
#else
    Q_UNUSED(profileId);
#endif
}

} // namespace gui
