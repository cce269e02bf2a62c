#include "domain/validation.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

// The text rules every field shares (length, control characters, bidirectional controls) and
// the escaping of stored text for a terminal.
class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textProblem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<Validation::TextKind>("kind");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: no problem
        using K = Validation::TextKind;
        const QString hundred(100, QLatin1Char('a'));
        QTest::newRow("plain") << "Zoë Müller" << 100 << K::Identifier << "";
        QTest::newRow("accents and CJK") << "Nguyễn 李" << 100 << K::Identifier << "";
        QTest::newRow("Arabic, no marks") << "محمد" << 100 << K::Identifier << "";
        QTest::newRow("at the limit") << hundred << 100 << K::Identifier << "";
        QTest::newRow("one over") << hundred + 'a' << 100 << K::Identifier << "101 characters";
        // A character outside the BMP is one character, two UTF-16 units.
        QTest::newRow("emoji count once")
            << QString(hundred.left(99)) + QStringLiteral("🎓") << 100 << K::Identifier << "";
        QTest::newRow("spaces around do not count")
            << QStringLiteral("  ") + hundred + QStringLiteral("\n") << 100 << K::Line << "";
        QTest::newRow("NUL") << QStringLiteral("Zo") + QChar(0) + QStringLiteral("e") << 100
                             << K::Identifier << "U+0000";
        QTest::newRow("ESC sequence") << "Zoe\x1b[2J\x1b[31m" << 100 << K::Identifier << "U+001B";
        QTest::newRow("bell") << "Zoe\a" << 100 << K::Line << "U+0007";
        QTest::newRow("DEL") << "Zoe\x7f" << 100 << K::Line << "U+007F";
        QTest::newRow("C1 CSI") << QStringLiteral("Zoe") + QChar(0x9b) + QStringLiteral("2J") << 100
                                << K::Line << "U+009B";
        QTest::newRow("tab inside a name") << "Zoe\tMüller" << 100 << K::Identifier << "U+0009";
        QTest::newRow("line break inside a line") << "Zoe\nMüller" << 100 << K::Line << "U+000A";
        QTest::newRow("notes keep tabs and lines") << "Called\tTuesday\r\nwill send CV\n"
                                                   << 100 << K::Lines << "";
        QTest::newRow("notes refuse ESC") << "Called\x1b[8m hidden" << 100 << K::Lines << "U+001B";
        for (const char16_t bidi :
             {u'\u202a', u'\u202b', u'\u202c', u'\u202d', u'\u202e', u'\u2066', u'\u2067',
              u'\u2068', u'\u2069', u'\u200e', u'\u200f', u'\u061c'}) {
            const QString code =
                QStringLiteral("U+%1").arg(uint(bidi), 4, 16, QLatin1Char('0')).toUpper();
            const QString text = QStringLiteral("Ann") + QChar(bidi) + QStringLiteral("ennaM");
            QTest::addRow("bidi %s in a name", qPrintable(code))
                << text << 100 << K::Identifier << code;
            QTest::addRow("bidi %s elsewhere", qPrintable(code)) << text << 100 << K::Line << "";
        }
    }

    void textProblem()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLength);
        QFETCH(Validation::TextKind, kind);
        QFETCH(QString, problem);
        const QString message =
            Validation::textProblem(QStringLiteral("First name"), text, maxLength, kind);
        if (problem.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY2(message.startsWith(QLatin1String("First name ")), qPrintable(message));
            QVERIFY2(message.contains(problem), qPrintable(message));
        }
    }

    // 50 MB of first name is refused at once, its length named.
    void aHugeTextIsRefusedQuickly()
    {
        const QString huge(50 * 1024 * 1024, QLatin1Char('x'));
        QElapsedTimer timer;
        timer.start();
        const QString message =
            Validation::textProblem(QStringLiteral("First name"), huge, Validation::MaxLength::Name,
                                    Validation::TextKind::Identifier);
        QVERIFY2(message.contains(QLocale().toString(huge.size())), qPrintable(message));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void printable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "Zoë Müller 李 🎓"
                               << "Zoë Müller 李 🎓";
        QTest::newRow("ESC") << "\x1b[31mred\x1b[0m"
                             << "\\x1b[31mred\\x1b[0m";
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << "a\\x00b";
        QTest::newRow("line breaks and tab") << "a\r\nb\tc"
                                             << "a\\r\\nb\\tc";
        QTest::newRow("bell, backspace, DEL") << "a\a\b\x7f"
                                              << "a\\x07\\x08\\x7f";
        QTest::newRow("C1 CSI and NEL")
            << QStringLiteral("a") + QChar(0x9b) + QChar(0x85) << "a\\x9b\\x85";
        QTest::newRow("bidi override") << QStringLiteral("evil") + QChar(0x202e) + "gpj.exe"
                                       << "evil\\u202egpj.exe";
        QTest::newRow("isolate and mark")
            << QStringLiteral("a") + QChar(0x2067) + QChar(0x200f) << "a\\u2067\\u200f";
        QTest::newRow("line separator") << QStringLiteral("a") + QChar(0x2028) << "a\\u2028";
    }

    void printable()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(Validation::printable(text), shown);
    }

    void quotedIsShortAndPrintable()
    {
        QCOMPARE(Validation::quoted(QStringLiteral("abc\x1b"), 10), QStringLiteral("abc\\x1b"));
        QCOMPARE(Validation::quoted(QString(100, QLatin1Char('a')), 5), QStringLiteral("aaaaa…"));
        // Never half a surrogate pair.
        QCOMPARE(Validation::quoted(QStringLiteral("ab🎓cd"), 3), QStringLiteral("ab…"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
