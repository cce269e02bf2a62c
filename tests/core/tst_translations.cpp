#include "domain/applicationstatus.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
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

    // "1 second", "2 seconds", "1 person", "3 people": never "second(s)".
    void englishSaysItsPlurals()
    {
        Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
        const char *wait = "Too many failed sign-ins: try again in %n second(s).";
        QCOMPARE(QCoreApplication::translate("SignInDialog", wait, nullptr, 1),
                 QStringLiteral("Too many failed sign-ins: try again in 1 second."));
        QCOMPARE(QCoreApplication::translate("SignInDialog", wait, nullptr, 30),
                 QStringLiteral("Too many failed sign-ins: try again in 30 seconds."));
        QCOMPARE(QCoreApplication::translate("PrivacyActions", "Erased %n person(s).", nullptr, 3),
                 QStringLiteral("Erased 3 people."));
    }

    // Every plural message of the program has its English forms.
    void everyPluralHasEnglishForms()
    {
        QFile file(QStringLiteral(ADMISSIONS_ENGLISH_TS));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString source;
        QStringList unfinished;
        int plurals = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++plurals;
            } else if (xml.name() == u"translation" &&
                       xml.attributes().value(QLatin1String("type")) == u"unfinished") {
                unfinished.append(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(plurals > 10);
        QCOMPARE(unfinished, QStringList());
    }

    // Each test starts with no translation installed.
    void cleanup()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
