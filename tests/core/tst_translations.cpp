#include "applicationstatus.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTest>

// The German translation is built into the program and found for a German locale.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsFilledIn()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Quit"), QStringLiteral("&Beenden"));
        QCOMPARE(Statuses::displayName(ApplicationStatus::Withdrawn),
                 QStringLiteral("Zurückgezogen"));
        // Machine names never change with the language.
        QCOMPARE(Statuses::machineName(ApplicationStatus::Withdrawn), QStringLiteral("withdrawn"));
    }

    void noTranslationForEnglish()
    {
        QVERIFY(!Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
