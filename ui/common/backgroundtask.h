// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BackgroundTask: runs one blocking call (a sign-in, an SFTP connection test) in its own
// thread so the window stays responsive, and reports its Error back in the GUI thread. The
// call can open the browser through openBrowser(), which hops to the GUI thread and waits.
// Cancel raises the task's CancelToken; the call decides when to stop. Created in the GUI
// thread; deletes its thread when done.
#pragma once

#include "common/cancellation.h"
#include "common/error.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QThread;

namespace rca {

class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<bool(const QUrl &)>;

    // opener: how the GUI thread opens a sign-in page (the system browser, a test's stand-in).
    explicit BackgroundTask(Opener opener, QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Runs work in a new thread; finished() follows in this object's thread.
    void start(std::function<Error(const CancelToken &cancel)> work);
    void cancel();
    bool isRunning() const;
    const CancelToken &cancelToken() const { return m_cancel; }
    // For the work function: opens url from the GUI thread, whatever thread asks.
    Opener browserOpener();

Q_SIGNALS:
    void finished(const rca::Error &error);
    void browserOpened(const QUrl &url);

private:
    Opener m_opener;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
    Error m_result;
};

} // namespace rca

Q_DECLARE_METATYPE(rca::Error)
