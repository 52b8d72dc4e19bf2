// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// MessageBox: a queued answer is returned once without showing anything; the next dialog is
// real again (answered here by a timer that presses a button of the open box).
#include "common/messagebox.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace rca;

class TestMessageBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queuedAnswerIsUsedOnce();
};

void TestMessageBox::queuedAnswerIsUsedOnce()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Disconnect?"),
                                  QStringLiteral("Backup stops.")),
             QMessageBox::Yes);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Disconnect?"));
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Backup stops."));

    // No answer queued: a real box opens; press its No button.
    bool sawBox = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        sawBox = true;
        box->button(QMessageBox::No)->click();
    });
    QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Again?"), QStringLiteral("Text")),
             QMessageBox::No);
    QVERIFY(sawBox);
}

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
