// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Accounts tab with the S3 connector, which the window knows only from its description:
// against the fake S3 (tests/fakes/s3), compliance mode shows the field where the bucket's
// name is typed to confirm it and refuses to connect without it, and once connected the tab
// shows the bucket's Object Lock and the retention each object gets; the secret went to the
// keychain and left the form.
#include "accounts/accountspage.h"
#include "accounts/setupform.h"
#include "common/messagebox.h"
#include "fakeserver.h"
#include "guifixture.h"
#include "redirectbrowser.h"
#include "store/settingsstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rca;
using namespace rca::test;
using namespace Qt::StringLiterals;

class TestAccountsS3 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complianceIsConfirmedAndTheLockShown();
};

void TestAccountsS3::complianceIsConfirmedAndTheLockShown()
{
    FakeServer fake;
    QVERIFY(fake.start(QStringLiteral(RCA_SOURCE_DIR "/tests/fakes/s3/fake_s3.py"),
                       {u"--bucket"_s, u"records:lock:COMPLIANCE:7y"_s}));
    GuiFixture fixture;
    QVERIFY(fixture.opened);
    RedirectBrowser browser;
    AccountsPage page(fixture.context, browser.opener());
    page.show();
    auto *kind = child<QComboBox>(&page, "storageKind");
    kind->setCurrentIndex(kind->findData(u"s3"_s));
    auto *form = child<SetUpForm>(&page, "s3Form");
    QVERIFY(form->isVisible());
    qobject_cast<QLineEdit *>(form->field(u"endpoint"_s))->setText(fake.url());
    qobject_cast<QLineEdit *>(form->field(u"bucket"_s))->setText(u"records"_s);
    qobject_cast<QLineEdit *>(form->field(u"accessKeyId"_s))->setText(u"AKIAIOSFODNN7EXAMPLE"_s);
    auto *secret = qobject_cast<QLineEdit *>(form->field(u"secretAccessKey"_s));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText(u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s);

    // The confirmation and the period appear with the modes they belong to.
    auto *mode = qobject_cast<QComboBox *>(form->field(u"retentionMode"_s));
    QWidget *confirm = form->field(u"confirmCompliance"_s);
    QWidget *days = form->field(u"retentionDays"_s);
    QVERIFY(!confirm->isVisibleTo(form));
    QVERIFY(!days->isVisibleTo(form));
    mode->setCurrentIndex(mode->findData(u"governance"_s));
    QVERIFY(days->isVisibleTo(form));
    QVERIFY(!confirm->isVisibleTo(form));
    mode->setCurrentIndex(mode->findData(u"compliance"_s));
    QVERIFY(confirm->isVisibleTo(form));
    qobject_cast<QLineEdit *>(days)->setText(u"30"_s);

    // Not confirmed: refused, saying what compliance mode means.
    QTest::mouseClick(child<QPushButton>(&page, "storageConnect"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
    const QString refusal = child<QLabel>(&page, "storageError")->text();
    QVERIFY2(refusal.contains(u"cannot be undone"_s), qPrintable(refusal));
    QCOMPARE(SettingsStore(fixture.context.db).stringValue(QLatin1String(SettingKey::StorageKind)),
             QString());

    qobject_cast<QLineEdit *>(confirm)->setText(u"records"_s);
    QSignalSpy changed(&page, &AccountsPage::connectionsChanged);
    QTest::mouseClick(child<QPushButton>(&page, "storageConnect"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QCOMPARE(child<QLabel>(&page, "storageState")->text(), u"S3-compatible storage"_s);
    const QString shown = child<QLabel>(&page, "storageLocation")->text();
    QVERIFY2(shown.contains(u"s3://records/RingCentral Application/"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Object Lock: on, compliance mode for 7 years by default"_s),
             qPrintable(shown));
    QVERIFY2(shown.contains(u"Each object: compliance mode for 30 days from the item's creation"_s),
             qPrintable(shown));
    QVERIFY(!fixture.secrets.isEmpty());
    QVERIFY(secret->text().isEmpty());
}

QTEST_MAIN(TestAccountsS3)
#include "tst_accountss3.moc"
