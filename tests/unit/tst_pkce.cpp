// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Pkce: the RFC 7636 vector, verifier shape and randomness, state shape.
#include "oauth/pkce.h"

#include <QSet>
#include <QTest>

using namespace rca;

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB()
    {
        // RFC 7636 appendix B: the 32 example octets, base64url-encoded, give this verifier.
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QVERIFY(Pkce::isValidVerifier(verifier));
        QCOMPARE(Pkce::challengeS256(verifier),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifierShape_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << 64 << 64;
        QTest::newRow("minimum") << 43 << 43;
        QTest::newRow("maximum") << 128 << 128;
        QTest::newRow("too short is clamped") << 10 << 43;
        QTest::newRow("too long is clamped") << 500 << 128;
    }

    void verifierShape()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        const QByteArray verifier = Pkce::randomVerifier(requested);
        QCOMPARE(verifier.size(), expected);
        QVERIFY2(Pkce::isValidVerifier(verifier), verifier.constData());
    }

    void verifierValidation()
    {
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(43, 'a') + '+'));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(50, '/')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(43, '~')));
    }

    void generateIsFreshAndConsistent()
    {
        QSet<QByteArray> verifiers;
        QSet<QByteArray> states;
        for (int i = 0; i < 200; ++i) {
            const Pkce pkce = Pkce::generate();
            QCOMPARE(pkce.challenge, Pkce::challengeS256(pkce.verifier));
            QCOMPARE(pkce.challenge.size(), 43); // 32 bytes, base64url, no padding
            QVERIFY(!pkce.challenge.contains('='));
            QCOMPARE(pkce.state.size(), 43);
            for (char c : pkce.state)
                QVERIFY(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
            verifiers.insert(pkce.verifier);
            states.insert(pkce.state);
        }
        QCOMPARE(verifiers.size(), 200);
        QCOMPARE(states.size(), 200);
        QCOMPARE(QByteArray(Pkce::challengeMethod), QByteArray("S256"));
    }

    void everyCharacterOccurs()
    {
        // Over many draws every one of the 66 unreserved characters shows up, and none other.
        QSet<char> seen;
        for (int i = 0; i < 100; ++i) {
            for (char c : Pkce::randomVerifier(128))
                seen.insert(c);
        }
        QCOMPARE(seen.size(), 66);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
