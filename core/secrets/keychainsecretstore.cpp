// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <memory>

namespace rca {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "rcarchiver.core.secrets", QtInfoMsg)

enum class Operation { Read, Write, Remove };

QString operationName(Operation op)
{
    switch (op) {
    case Operation::Read:
        return QCoreApplication::translate("rca::KeychainSecretStore", "read");
    case Operation::Write:
        return QCoreApplication::translate("rca::KeychainSecretStore", "write");
    case Operation::Remove:
        return QCoreApplication::translate("rca::KeychainSecretStore", "remove");
    }
    return {};
}

const char *errorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return "NoError";
    case QKeychain::EntryNotFound:
        return "EntryNotFound";
    case QKeychain::CouldNotDeleteEntry:
        return "CouldNotDeleteEntry";
    case QKeychain::AccessDeniedByUser:
        return "AccessDeniedByUser";
    case QKeychain::AccessDenied:
        return "AccessDenied";
    case QKeychain::NoBackendAvailable:
        return "NoBackendAvailable";
    case QKeychain::NotImplemented:
        return "NotImplemented";
    case QKeychain::OtherError:
        return "OtherError";
    }
    return "?";
}

struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString; // from the backend; never contains the secret
    QString value;
    bool finished = false;
};

// Shared between the waiting caller and the job, which may outlive a caller that timed out.
struct PendingJob
{
    QMutex mutex;
    QWaitCondition done;
    JobOutcome outcome;
    QPointer<QEventLoop> loop; // set when the caller waits on the main thread
};

// Runs on the main thread.
void startJob(Operation op, const QString &service, const QString &key, const QString &value,
              const std::shared_ptr<PendingJob> &pending)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text copy
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [pending, op](QKeychain::Job *finished) {
        JobOutcome outcome;
        outcome.error = finished->error();
        outcome.errorString = finished->errorString();
        if (op == Operation::Read && outcome.error == QKeychain::NoError)
            outcome.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        outcome.finished = true;
        {
            QMutexLocker lock(&pending->mutex);
            pending->outcome = outcome;
            pending->done.wakeAll();
        }
        if (pending->loop)
            pending->loop->quit();
        finished->deleteLater();
    });
    job->start();
}

JobOutcome runJob(Operation op, const QString &service, const QString &key, const QString &value,
                  int timeoutMs)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app) {
        JobOutcome outcome;
        outcome.error = QKeychain::OtherError;
        outcome.errorString =
            QCoreApplication::translate("rca::KeychainSecretStore", "no application object");
        outcome.finished = true;
        return outcome;
    }
    auto pending = std::make_shared<PendingJob>();

    if (QThread::currentThread() == app->thread()) {
        QEventLoop loop;
        pending->loop = &loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        startJob(op, service, key, value, pending);
        // start() is queued, so the job cannot have finished yet; check anyway.
        bool finished = false;
        {
            QMutexLocker lock(&pending->mutex);
            finished = pending->outcome.finished;
        }
        if (!finished)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    } else {
        QMetaObject::invokeMethod(
            app, [=] { startJob(op, service, key, value, pending); }, Qt::QueuedConnection);
        QMutexLocker lock(&pending->mutex);
        const QDeadlineTimer deadline(timeoutMs);
        while (!pending->outcome.finished) {
            if (!pending->done.wait(&pending->mutex, deadline))
                break;
        }
    }
    QMutexLocker lock(&pending->mutex);
    return pending->outcome;
}

Error toError(Operation op, const JobOutcome &outcome, int timeoutMs)
{
    if (!outcome.finished) {
        return Error::source(
            QCoreApplication::translate(
                "rca::KeychainSecretStore",
                "The system keychain did not answer within %1 seconds. If it asks for "
                "a password to unlock it, enter it and try again.")
                .arg(timeoutMs / 1000));
    }
    const QString detail = outcome.errorString.isEmpty()
                               ? QString()
                               : QStringLiteral(" (%1)").arg(outcome.errorString);
    switch (outcome.error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {}; // callers treat absence as empty
    case QKeychain::NoBackendAvailable:
        return Error::source(
            QCoreApplication::translate("rca::KeychainSecretStore",
                                        "The system keychain is not available (no Secret "
                                        "Service running). Unlock or start your keyring "
                                        "(e.g. GNOME Keyring, KWallet) and try again.%1")
                .arg(detail));
    case QKeychain::AccessDenied:
        return Error::source(
            QCoreApplication::translate("rca::KeychainSecretStore",
                                        "The keychain is locked or refused access. Unlock "
                                        "your keyring (e.g. GNOME Keyring, KWallet) and try "
                                        "again.%1")
                .arg(detail));
    case QKeychain::AccessDeniedByUser:
        return Error::source(QCoreApplication::translate(
            "rca::KeychainSecretStore", "Access to the keychain was denied. Allow RC "
                                        "Archiver to use the keychain and try again."));
    case QKeychain::CouldNotDeleteEntry:
        return Error::source(
            QCoreApplication::translate("rca::KeychainSecretStore",
                                        "The keychain could not delete the saved entry.%1")
                .arg(detail));
    case QKeychain::NotImplemented:
        return Error::source(
            QCoreApplication::translate("rca::KeychainSecretStore",
                                        "This system has no keychain that RC Archiver can use.%1")
                .arg(detail));
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing Secret Service (or D-Bus) as OtherError.
    return Error::source(
        QCoreApplication::translate("rca::KeychainSecretStore",
                                    "The system keychain could not %1 a secret%2. Make sure "
                                    "a keyring (e.g. GNOME Keyring, KWallet) is running and "
                                    "unlocked, then try again.")
            .arg(operationName(op), detail));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs)
    : m_service(service)
    , m_timeoutMs(timeoutMs)
{}

Error KeychainSecretStore::read(const QString &key, QString *value)
{
    const JobOutcome outcome = runJob(Operation::Read, m_service, key, QString(), m_timeoutMs);
    if (value)
        value->clear();
    const Error error = toError(Operation::Read, outcome, m_timeoutMs);
    if (error) {
        qCWarning(lcSecrets).noquote()
            << "keychain read of" << key
            << "failed:" << (outcome.finished ? errorName(outcome.error) : "no answer")
            << outcome.errorString;
        return error;
    }
    if (value && outcome.error == QKeychain::NoError)
        *value = outcome.value;
    return {};
}

Error KeychainSecretStore::write(const QString &key, const QString &value)
{
    const JobOutcome outcome = runJob(Operation::Write, m_service, key, value, m_timeoutMs);
    const Error error = toError(Operation::Write, outcome, m_timeoutMs);
    if (error)
        qCWarning(lcSecrets).noquote()
            << "keychain write of" << key
            << "failed:" << (outcome.finished ? errorName(outcome.error) : "no answer")
            << outcome.errorString;
    return error;
}

Error KeychainSecretStore::remove(const QString &key)
{
    const JobOutcome outcome = runJob(Operation::Remove, m_service, key, QString(), m_timeoutMs);
    const Error error = toError(Operation::Remove, outcome, m_timeoutMs);
    if (error)
        qCWarning(lcSecrets).noquote()
            << "keychain remove of" << key
            << "failed:" << (outcome.finished ? errorName(outcome.error) : "no answer")
            << outcome.errorString;
    return error;
}

Error KeychainSecretStore::probe(const QString &service, int timeoutMs)
{
    KeychainSecretStore store(service, timeoutMs);
    const QString key = QStringLiteral("rc-archiver-probe");
    const QString expected = QStringLiteral("probe");
    if (Error error = store.write(key, expected))
        return error;
    QString read;
    if (Error error = store.read(key, &read))
        return error;
    if (Error error = store.remove(key))
        return error;
    if (read != expected) {
        return Error::source(QCoreApplication::translate(
            "rca::KeychainSecretStore", "The system keychain did not give back what was "
                                        "stored in it."));
    }
    return {};
}

} // namespace rca
