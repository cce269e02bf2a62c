#include "csv/importmapping.h"
#include "verifyok.h"

#include <QTest>

// Which column becomes which field: the automatic mapping by header, its problems, and a
// mapping file over it.
class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field"); // empty: not imported
        const std::pair<const char *, const char *> rows[] = {
            {"first_name", "first_name"},
            {"First Name", "first_name"},
            {"FIRST NAME", "first_name"},
            {"Given name", "first_name"},
            {"Vorname", "first_name"},
            {"last_name", "last_name"},
            {"Surname", "last_name"},
            {"Full Name", "full_name"},
            {"Name", "full_name"},
            {"email", "email"},
            {"Email Address", "email"},
            {"E-mail", "email"},
            {"e_mail", "email"},
            {"Phone Number", "phone"},
            {"Mobile", "phone"},
            {"Career Track", "track"},
            {"Program", "track"},
            {"track", "track"},
            {"Cohort", "cohort"},
            {"Timestamp", "applied_at"},
            {"Submitted At", "applied_at"},
            {"applied_at", "applied_at"},
            {"Time zone", "time_zone"},
            {"LinkedIn", "linkedin_url"},
            {"github_url", "github_url"},
            {"Website", "portfolio_url"},
            {"How did you hear about us?", "source"},
            {"utm_campaign", "campaign"},
            {"Referred by", "referrer"},
            {"consent", "consent"},
            {"Comments", "notes"},
            {"application_id", ""},
            {"status", ""},
            // A question the desk has no field for: its answers are kept in the notes.
            {"Favourite colour", "question"},
            {"", ""}};
        for (const auto &[header, field] : rows)
            QTest::newRow(*header ? header : "(empty)")
                << QString::fromUtf8(header) << QString::fromLatin1(field);
    }
    void recognisesHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(ImportMapping::automatic({header}).field(0), field);
    }

    void webFormExportIsReady()
    {
        const ImportMapping mapping =
            ImportMapping::automatic({"Timestamp", "First Name", "Last Name", "Email Address",
                                      "Phone Number", "Career Track", "Anything else?"});
        QCOMPARE(mapping.problems(), QStringList());
        QCOMPARE(mapping.column("applied_at"), 0);
        QCOMPARE(mapping.column("track"), 5);
        QCOMPARE(mapping.field(6), QStringLiteral("question"));
    }

    void fullNameOnlyWithoutFirstAndLast()
    {
        // "Name" next to first and last names is something else (a nickname, a company).
        const ImportMapping both =
            ImportMapping::automatic({"First Name", "Last Name", "Name", "Email", "Track"});
        QCOMPARE(both.field(2), QString());
        QCOMPARE(both.problems(), QStringList());
        const ImportMapping full = ImportMapping::automatic({"Full Name", "Email", "Program"});
        QCOMPARE(full.field(0), QStringLiteral("full_name"));
        QCOMPARE(full.problems(), QStringList());
    }

    void theFirstColumnOfAFieldWins()
    {
        const ImportMapping mapping =
            ImportMapping::automatic({"Email", "First", "Last", "E-mail", "Track"});
        QCOMPARE(mapping.column("email"), 0);
        // The second is kept in the notes, not dropped.
        QCOMPARE(mapping.field(3), QStringLiteral("question"));
    }

    // Any number of questions; a preset's meta columns and our export's bookkeeping are not
    // questions.
    void questionsAreTheColumnsNoFieldTook()
    {
        const ImportMapping mapping = ImportMapping::automatic(
            {"Name (First)", "Name (Last)", "Email", "Career Track", "Why do you want to join?",
             "Anything else?", "Entry Id", "Entry Date", "Source Url", "User Agent", "status"});
        QCOMPARE(mapping.form(), QStringLiteral("Gravity Forms"));
        QCOMPARE(mapping.columns(ImportMapping::QuestionField), (QList<int>{4, 5}));
        QCOMPARE(mapping.field(8), QString());
        QCOMPARE(mapping.field(9), QString());
        QCOMPARE(mapping.field(10), QString());
        QCOMPARE(mapping.problems(), QStringList());
    }

    void problems_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no name") << QStringList{"Email", "Track"} << "as the name";
        QTest::newRow("only a first name")
            << QStringList{"First", "Email", "Track"} << "as the name";
        QTest::newRow("no email") << QStringList{"First", "Last", "Track"} << "as the email";
        QTest::newRow("no track") << QStringList{"First", "Last", "Email"} << "as the career track";
    }
    void problems()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, problem);
        const QStringList problems = ImportMapping::automatic(header).problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }

    void checkHeader_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("error");
        QTest::newRow("every name once")
            << QStringList{"First", "Last", "Email", "Track"} << QString();
        QTest::newRow("a name twice")
            << QStringList{"First", "Email", "Last", "Track", "Email"}
            << "the header names two columns \"Email\" (columns 2 and 5); give each column its "
               "own name";
        QTest::newRow("the first name that repeats")
            << QStringList{"Notes", "Email", "Email", "Notes"}
            << "the header names two columns \"Email\" (columns 2 and 3); give each column its "
               "own name";
        QTest::newRow("a name with %2 in it")
            << QStringList{"Score %2", "Email", "Score %2"}
            << "the header names two columns \"Score %2\" (columns 1 and 3); give each column its "
               "own name";
        QTest::newRow("unnamed columns") << QStringList{"First", "", "Last", ""} << QString();
        QTest::newRow("names apart in case or spaces")
            << QStringList{"Email", "email", "Email "} << QString();
    }
    void checkHeader()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, error);
        const Status checked = ImportMapping::checkHeader(header);
        QCOMPARE(checked.ok(), error.isEmpty());
        QCOMPARE(checked.error().message, error);
    }

    void aFieldTwiceIsAProblem()
    {
        ImportMapping mapping =
            ImportMapping::automatic({"First", "Last", "Email", "Track", "Mail"});
        mapping.setField(4, "email");
        QCOMPARE(mapping.problems(),
                 QStringList{"Email is imported from more than one column: \"Email\", \"Mail\"."});
    }

    void mappingFileOverridesByHeaderName()
    {
        const ImportMapping automatic =
            ImportMapping::automatic({"Vorname", "Familienname", "Mail", "Kurs", "Email"});
        const auto mapping = automatic.overriddenBy(
            R"({"Familienname": "last_name", "Mail": "email", "Email": "", "Kurs": "track",
                "Not in this file": "notes"})",
            "map.json");
        QVERIFY_OK(mapping);
        QCOMPARE(mapping->field(0), QStringLiteral("first_name")); // automatic, kept
        QCOMPARE(mapping->field(1), QStringLiteral("last_name"));
        QCOMPARE(mapping->field(2), QStringLiteral("email"));
        QCOMPARE(mapping->field(3), QStringLiteral("track"));
        QCOMPARE(mapping->field(4), QString());
        QCOMPARE(mapping->problems(), QStringList());
    }

    void savedMappingReadsBack()
    {
        ImportMapping mapping = ImportMapping::automatic({"A", "B", "Email", "Track"});
        mapping.setField(0, "first_name");
        mapping.setField(1, "last_name");
        const auto again =
            ImportMapping::automatic(mapping.header()).overriddenBy(mapping.toJson(), "saved");
        QVERIFY(again);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(again->field(i), mapping.field(i));
    }

    void badMappingFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("broken json") << QByteArray("{\n\"Email\": \"email\",\n\"Track\" \"track\"}")
                                     << "map.json:3: the mapping is not valid JSON";
        QTest::newRow("not an object") << QByteArray("[\"email\"]") << "must be a JSON object";
        QTest::newRow("unknown field")
            << QByteArray(R"({"Email": "e_mail"})") << "\"e_mail\", which is not a field";
        QTest::newRow("not text") << QByteArray(R"({"Email": 3})") << "must map to a field name";
    }
    void badMappingFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto mapping = ImportMapping::automatic({"First", "Last", "Email", "Track"})
                                 .overriddenBy(json, "map.json");
        QVERIFY(!mapping);
        QVERIFY2(mapping.error().text().contains(error), qPrintable(mapping.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
