#include "domain/applicationstatus.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

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

    void coreAndCommandLineMessagesAreGerman()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("ApplicantService", "First name is required."),
                 QStringLiteral("Der Vorname ist eine Pflichtangabe."));
        QCOMPARE(QCoreApplication::translate("CommandLine", "No command given."),
                 QStringLiteral("Kein Befehl angegeben."));
    }

    // A message left unfinished shows up in English in the middle of German text.
    void everyMessageIsTranslated()
    {
        QFile file(QStringLiteral(ADMISSIONS_GERMAN_TS));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation" &&
                       xml.attributes().value(QLatin1String("type")) == u"unfinished") {
                unfinished.append(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 400);
        QCOMPARE(unfinished, QStringList());
    }

    void noTranslationForEnglish()
    {
        QVERIFY(!Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
