#include "browse/applicationquery.h"
#include "csv/applicationexport.h"
#include "csv/applicationimport.h"
#include "csv/formpreset.h"
#include "services/desksettingsservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QBuffer>
#include <QTest>

namespace {
const QDateTime Now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

// An export as the tool writes it: the header line and one entry, each cell quoted.
QByteArray exportOf(const QStringList &header, const QStringList &entry)
{
    const auto line = [](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << QLatin1Char('"') + cell + QLatin1Char('"');
        return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    return line(header) + line(entry);
}

// A Gravity Forms export of entries (id, email, entry date), one a line, all to the same track.
struct Entry
{
    QString id;
    QString email;
    QString date = QStringLiteral("2026-11-20 14:02:11");
};
QByteArray gravityExport(const QList<Entry> &entries)
{
    QByteArray csv = "\"Name (First)\",\"Name (Last)\",\"Email\",\"Career Track\",\"Entry Id\","
                     "\"Entry Date\",\"Source Url\"\r\n";
    for (const Entry &e : entries)
        csv += QStringLiteral("\"Ada\",\"Lovelace\",\"%1\",\"SWE\",\"%2\",\"%3\","
                              "\"https://bootcamp.example/apply/\"\r\n")
                   .arg(e.email, e.id, e.date)
                   .toUtf8();
    return csv;
}
} // namespace

// The exports of the common form builders import with no mapping file: each tool's preset
// (resources/forms) recognises its header, and every field lands where it belongs.
class TestFormPresets : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{Now};

    Result<ApplicationImport::Report>
    import(const QByteArray &csv, std::optional<QByteArray> mapping = {}, bool olderEntries = false)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ApplicationImport::Options options;
        options.fileName = QStringLiteral("entries.csv");
        // The form's zone: times the tool writes without an offset are New York's (UTC-5 in
        // November), unless the tool writes them in UTC.
        options.localTimeZone = QTimeZone("America/New_York");
        options.mappingJson = std::move(mapping);
        options.mappingSource = QStringLiteral("map.json");
        options.olderEntries = olderEntries;
        return ApplicationImport(m_db->connectionName(), m_db->actor(StaffRole::Officer), m_clock)
            .run(&buffer, options);
    }

    // What the desk holds of the one imported entry, field by field.
    QString imported()
    {
        return m_db
            ->scalar("SELECT p.first_name || '|' || p.last_name || '|' || p.email || '|' || "
                     "p.phone || '|' || t.code || '|' || a.applied_at || '|' || p.source || '|' "
                     "|| p.campaign || '|' || p.notes || '|' || p.referrer FROM applicants p "
                     "JOIN applications a ON a.applicant_id = p.id JOIN tracks t ON t.id = "
                     "a.track_id")
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addTrack("SWE", "Software Engineering");
        m_db->addTrack("DATA", "Data Analytics");
    }
    void cleanup() { m_db.reset(); }

    void everyPresetLoads()
    {
        QStringList names;
        for (const FormPreset &preset : FormPreset::all())
            names << preset.name();
        names.sort();
        QCOMPARE(names, QStringList({"Contact Form 7 (Flamingo)", "Google Forms", "Gravity Forms",
                                     "HubSpot", "Jotform", "Microsoft Forms", "Ninja Forms",
                                     "Tally", "Typeform", "WPForms"}));
    }

    void importsEachToolsExport_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QByteArray>("csv");
        // first|last|email|phone|track|applied_at (UTC)|source|campaign|notes|referrer
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("entry"); // the form entry kept: source:id; empty: none

        QTest::newRow("Gravity Forms")
            << "Gravity Forms"
            << exportOf({"Name (Prefix)",
                         "Name (First)",
                         "Name (Middle)",
                         "Name (Last)",
                         "Name (Suffix)",
                         "Email",
                         "Phone",
                         "Career Track",
                         "How did you hear about us?",
                         "Why do you want to join?",
                         "Created By (User Id)",
                         "Entry Id",
                         "Entry Date",
                         "Date Updated",
                         "Source Url",
                         "Transaction Id",
                         "Payment Amount",
                         "Payment Date",
                         "Payment Status",
                         "Post Id",
                         "User Agent",
                         "User IP"},
                        {"",
                         "Ada",
                         "",
                         "Lovelace",
                         "",
                         "ada@example.org",
                         "+1 555 010 0101",
                         "Software Engineering",
                         "Instagram",
                         "I like engines",
                         "1",
                         "101",
                         "2026-11-20 14:02:11",
                         "2026-11-20 14:02:11",
                         "https://bootcamp.example/apply/",
                         "",
                         "",
                         "",
                         "",
                         "",
                         "Mozilla/5.0 (X11; Linux x86_64)",
                         "203.0.113.7"})
            << "Ada|Lovelace|ada@example.org|+1 555 010 0101|SWE|2026-11-20T19:02:11.000Z|"
               "Instagram||Why do you want to join? I like engines|"
            << "Gravity Forms:101";
        QTest::newRow("WPForms")
            << "WPForms"
            << exportOf({"Name", "Email", "Phone", "Career Track", "How did you hear about us?",
                         "Comment or Message", "Entry ID", "Date", "Entry Notes", "Viewed",
                         "Starred", "User Agent", "User IP", "Unique Generated User ID"},
                        {"Grace Hopper", "grace@example.org", "+1 555 010 0102", "Data Analytics",
                         "A friend", "Compilers!", "57", "November 20, 2026 2:02 pm", "", "1", "0",
                         "Mozilla/5.0", "203.0.113.8", "0123abcd"})
            << "Grace|Hopper|grace@example.org|+1 555 010 0102|DATA|2026-11-20T19:02:00.000Z|"
               "A friend||Compilers!|"
            << "WPForms:57";
        QTest::newRow("Contact Form 7 (Flamingo)")
            << "Contact Form 7 (Flamingo)"
            << exportOf({"your-name", "your-email", "your-tel", "career-track", "utm_source",
                         "utm_campaign", "your-message", "Date"},
                        {"Alan Turing", "alan@example.org", "+44 20 7946 0000", "SWE", "newsletter",
                         "winter-2026", "Hello", "2026-11-20T14:02:11+00:00"})
            << "Alan|Turing|alan@example.org|+44 20 7946 0000|SWE|2026-11-20T14:02:11.000Z|"
               "newsletter|winter-2026|Hello|"
            << "";
        QTest::newRow("Ninja Forms")
            << "Ninja Forms"
            << exportOf({"#", "Date Submitted", "First Name", "Last Name", "Email", "Phone",
                         "Career Track", "How did you hear about us?"},
                        {"12", "11/20/2026", "Katherine", "Johnson", "katherine@example.org",
                         "+1 555 010 0104", "Software Engineering", "Podcast"})
            << "Katherine|Johnson|katherine@example.org|+1 555 010 0104|SWE|"
               "2026-11-20T05:00:00.000Z|Podcast|||"
            << "Ninja Forms:12";
        QTest::newRow("Google Forms")
            << "Google Forms"
            << exportOf({"Timestamp", "Email Address", "First name", "Last name", "Phone number",
                         "Career Track", "How did you hear about us?", "Why do you want to join?"},
                        {"11/20/2026 14:02:11", "margaret@example.org", "Margaret", "Hamilton",
                         "+1 555 010 0105", "Data Analytics", "Google search", "To build things"})
            << "Margaret|Hamilton|margaret@example.org|+1 555 010 0105|DATA|"
               "2026-11-20T19:02:11.000Z|Google search||Why do you want to join? To build things|"
            << "";
        QTest::newRow("Microsoft Forms")
            << "Microsoft Forms"
            << exportOf({"ID", "Start time", "Completion time", "Email", "Name",
                         "Last modified time", "First name", "Last name", "Email address",
                         "Phone number", "Career Track", "How did you hear about us?"},
                        {"3", "11/20/2026 13:58:40", "11/20/2026 14:02:11", "anonymous", "", "",
                         "Edsger", "Dijkstra", "edsger@example.org", "+31 20 555 0106", "SWE",
                         "LinkedIn"})
            << "Edsger|Dijkstra|edsger@example.org|+31 20 555 0106|SWE|"
               "2026-11-20T19:02:11.000Z|LinkedIn|||"
            << "Microsoft Forms:3";
        QTest::newRow("Typeform")
            << "Typeform"
            << exportOf({"#", "First name", "Last name", "Phone number", "Email", "Career Track",
                         "utm_source", "utm_campaign", "Response Type", "Start Date (UTC)",
                         "Stage Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"},
                        {"a1b2c3d4e5f6g7h8", "Barbara", "Liskov", "+1 555 010 0107",
                         "barbara@example.org", "Software Engineering", "facebook", "spring-intake",
                         "completed", "2026-11-20 13:58:40", "", "2026-11-20 14:02:11",
                         "5d7c1a9e2f", ""})
            << "Barbara|Liskov|barbara@example.org|+1 555 010 0107|SWE|"
               "2026-11-20T14:02:11.000Z|facebook|spring-intake||"
            << "Typeform:a1b2c3d4e5f6g7h8";
        QTest::newRow("Jotform")
            << "Jotform"
            << exportOf({"Submission Date", "Full Name", "E-mail", "Phone Number", "Career Track",
                         "How did you hear about us?", "Submission IP", "Submission ID"},
                        {"Nov 20, 2026", "Radia Perlman", "radia@example.org", "+1 555 010 0108",
                         "Data Analytics", "Twitter", "203.0.113.9", "5912345678901234567"})
            << "Radia|Perlman|radia@example.org|+1 555 010 0108|DATA|2026-11-20T05:00:00.000Z|"
               "Twitter|||"
            << "Jotform:5912345678901234567";
        QTest::newRow("HubSpot")
            << "HubSpot"
            << exportOf({"Conversion Date", "Conversion Page", "Page URL", "First name",
                         "Last name", "Email", "Phone number", "Career Track", "utm_source",
                         "utm_campaign"},
                        {"2026-11-20 14:02", "Apply now", "https://bootcamp.example/apply",
                         "Frances", "Allen", "frances@example.org", "+1 555 010 0109", "SWE",
                         "google", "brand-search"})
            << "Frances|Allen|frances@example.org|+1 555 010 0109|SWE|2026-11-20T19:02:00.000Z|"
               "google|brand-search||"
            << "";
        QTest::newRow("Tally")
            << "Tally"
            << exportOf({"Submission ID", "Respondent ID", "Submitted at", "First name",
                         "Last name", "Email", "Phone number", "Career Track",
                         "How did you hear about us?", "Why do you want to join?"},
                        {"mYx0Ab", "3xKzP1", "2026-11-20 14:02:11", "Shafi", "Goldwasser",
                         "shafi@example.org", "+1 555 010 0110", "Data Analytics", "Reddit",
                         "Security"})
            << "Shafi|Goldwasser|shafi@example.org|+1 555 010 0110|DATA|"
               "2026-11-20T14:02:11.000Z|Reddit||Why do you want to join? Security|"
            << "Tally:mYx0Ab";
    }
    void importsEachToolsExport()
    {
        QFETCH(QString, tool);
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QFETCH(QString, entry);
        const auto report = import(csv);
        QVERIFY_OK(report);
        QVERIFY2(report->issues.isEmpty(), qPrintable(report->issues.value(0).column + ": " +
                                                      report->issues.value(0).reason));
        QCOMPARE(report->mapping.form(), tool);
        QVERIFY(report->written);
        QCOMPARE(report->applicationsAdded, 1);
        QCOMPARE(imported(), expected);
        QCOMPARE(m_db->scalar("SELECT coalesce(group_concat(source || ':' || entry_id), '') FROM "
                              "form_entries WHERE application_id = 1")
                     .toString(),
                 entry);
    }

    // The weekly routine: this week's export overlaps last week's. Entries imported before are
    // recognised by their id and counted as already there, not as duplicates to resolve.
    void reimportingAnOverlappingExportAddsOnlyTheNewEntries()
    {
        const auto report =
            import(gravityExport({{"101", "ada@example.org"}, {"102", "grace@example.org"}}));
        QVERIFY_OK(report);
        QCOMPARE(report->applicationsAdded, 2);
        const auto again =
            import(gravityExport({{"102", "grace@example.org"}, {"103", "alan@example.org"}}));
        QVERIFY_OK(again);
        QVERIFY(again->issues.isEmpty());
        QCOMPARE(again->applicationsAdded, 1);
        QCOMPARE(again->alreadyThere, 1);
        QCOMPARE(again->duplicatesSkipped, 0);
        QCOMPARE(m_db->scalar("SELECT group_concat(entry_id, ' ') FROM (SELECT entry_id FROM "
                              "form_entries WHERE source = 'Gravity Forms' ORDER BY entry_id)")
                     .toString(),
                 QStringLiteral("101 102 103"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applications").toInt(), 3);
    }

    // The person changed their email after applying: the entry is still the one imported.
    void anEntryWhoseEmailChangedIsMatchedByItsId()
    {
        QVERIFY_OK(import(gravityExport({{"101", "ada@example.org"}})));
        const auto again = import(gravityExport({{"101", "ada.lovelace@example.org"}}));
        QVERIFY_OK(again);
        QVERIFY(again->issues.isEmpty());
        QCOMPARE(again->applicantsAdded, 0);
        QCOMPARE(again->applicationsAdded, 0);
        QCOMPARE(again->alreadyThere, 1);
        QCOMPARE(m_db->scalar("SELECT group_concat(email) FROM applicants").toString(),
                 QStringLiteral("ada@example.org"));
    }

    // The weekly routine: an entry older than the newest one imported from the same form, which
    // the desk does not have (a bad row left out last week), waits until asked for.
    void onlyTheEntriesSinceTheLastImportUnlessAsked()
    {
        const auto first = import(gravityExport({{"101", "a@example.org", "2026-11-20 10:00:00"},
                                                 {"102", "b@example.org", "2026-11-21 10:00:00"}}));
        QVERIFY_OK(first);
        QCOMPARE(first->newEntries, 2); // a source never imported: all of them are new
        const QByteArray week = gravityExport({{"100", "z@example.org", "2026-11-19 10:00:00"},
                                               {"102", "b@example.org", "2026-11-21 10:00:00"},
                                               {"104", "d@example.org", "2026-11-21 10:00:00"},
                                               {"103", "c@example.org", "2026-11-22 10:00:00"}});
        const auto weekly = import(week);
        QVERIFY_OK(weekly);
        QVERIFY(weekly->issues.isEmpty());
        // 104 has the newest entry's very time: new, not older.
        QCOMPARE(weekly->newEntries, 2);
        QCOMPARE(weekly->alreadyThere, 1);
        QCOMPARE(weekly->olderEntriesSkipped, 1);
        QCOMPARE(weekly->applicationsAdded, 2);
        QCOMPARE(m_db->scalar("SELECT group_concat(entry_id, ' ') FROM (SELECT entry_id FROM "
                              "form_entries ORDER BY entry_id)")
                     .toString(),
                 QStringLiteral("101 102 103 104"));

        const auto all = import(week, {}, true);
        QVERIFY_OK(all);
        QCOMPARE(all->applicationsAdded, 1);
        QCOMPARE(all->olderEntriesSkipped, 0);
        QCOMPARE(all->alreadyThere, 3);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM form_entries WHERE entry_id = '100'").toInt(),
                 1);
    }

    // What the form asked and the desk has no field for is kept in the notes, under its
    // question, after the form's own message; the panel shows the notes and the export
    // carries them.
    void answersTheDeskHasNoFieldForAreKeptInTheNotes()
    {
        const auto report = import(exportOf(
            {"Name", "Email", "Career Track", "Comment or Message", "Why do you want to join?",
             "Anything else?", "Motivation", "Entry ID", "Date", "User IP"},
            {"Grace Hopper", "grace@example.org", "SWE", "Compilers!", "To build things", "",
             "High", "57", "November 20, 2026 2:02 pm", "203.0.113.8"}));
        QVERIFY_OK(report);
        QCOMPARE(report->mapping.form(), QStringLiteral("WPForms"));
        QVERIFY(report->written);
        const QString notes(
            "Compilers!\nWhy do you want to join? To build things\nMotivation: High");
        QCOMPARE(m_db->scalar("SELECT notes FROM applicants").toString(), notes);

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY_OK(ApplicationExport(m_db->connectionName(), m_db->actor(StaffRole::Officer))
                       .write(ApplicationQuery(), {"email", "notes"}, &out, {}));
        QCOMPARE(QString::fromUtf8(out.data()),
                 QStringLiteral("email,notes\r\ngrace@example.org,\"%1\"\r\n").arg(notes));
    }

    // Times without an offset are in the form's time zone, a setting per source; the
    // bootcamp's for the others.
    void timesWithoutAnOffsetAreInTheFormsTimeZone()
    {
        DeskSettingsService settings(m_db->connectionName(), m_db->actor(StaffRole::Administrator));
        QVERIFY_OK(settings.setTimeZone("Europe/Berlin"));
        QVERIFY_OK(settings.setFormTimeZone("Gravity Forms", "Asia/Tokyo"));
        ApplicationImport::Options options;
        options.fileName = QStringLiteral("entries.csv");
        const auto importWith = [&](const QByteArray &csv) {
            QBuffer buffer;
            buffer.setData(csv);
            buffer.open(QIODevice::ReadOnly);
            return ApplicationImport(m_db->connectionName(), m_db->actor(StaffRole::Officer),
                                     m_clock)
                .run(&buffer, options);
        };
        QVERIFY_OK(importWith(gravityExport({{"101", "a@example.org", "2026-11-20 14:02:11"}})));
        // A file no preset recognises: the bootcamp's (Berlin, UTC+1 in November).
        QVERIFY_OK(importWith("First Name,Last Name,Email,Career Track,Date Applied\r\n"
                              "Bo,Diaz,b@example.org,SWE,2026-11-20 14:02:11\r\n"));
        QCOMPARE(m_db->scalar("SELECT group_concat(applied_at, ' ') FROM (SELECT applied_at FROM "
                              "applications ORDER BY id)")
                     .toString(),
                 QStringLiteral("2026-11-20T05:02:11.000Z 2026-11-20T13:02:11.000Z"));
    }

    void anEntryTwiceInTheFileIsAProblem()
    {
        const auto report =
            import(gravityExport({{"101", "ada@example.org"}, {"101", "ada2@example.org"}}));
        QVERIFY_OK(report);
        QCOMPARE(report->issues.size(), 1);
        QCOMPARE(report->issues.first().line, 3);
        QCOMPARE(report->issues.first().column, QStringLiteral("Entry Id"));
        QCOMPARE(report->issues.first().reason,
                 QStringLiteral("The same entry as line 2 (a duplicate in the file)."));
        QVERIFY(!report->written);
    }

    void recognition_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("tool"); // empty: none
        // "#" alone is Typeform's and Ninja Forms': their other columns tell them apart.
        QTest::newRow("typeform") << QStringList{"#", "Email", "Submit Date (UTC)"} << "Typeform";
        QTest::newRow("ninja") << QStringList{"#", "Email", "Date Submitted"} << "Ninja Forms";
        QTest::newRow("gravity, not wpforms")
            << QStringList{"Email", "Entry Id", "Entry Date", "Source Url", "User IP"}
            << "Gravity Forms";
        QTest::newRow("older wpforms")
            << QStringList{"Name", "Email", "Date", "Date GMT", "ID"} << "WPForms";
        QTest::newRow("jotform without ids")
            << QStringList{"Submission Date", "E-mail", "Submission IP"} << "Jotform";
        QTest::newRow("case and spaces")
            << QStringList{"  ENTRY  id", "entry date", "SOURCE URL"} << "Gravity Forms";
        QTest::newRow("a plain web form")
            << QStringList{"First Name", "Last Name", "Email Address", "Career Track"} << "";
        QTest::newRow("our export")
            << QStringList{"application_id", "first_name", "email", "track", "applied_at"} << "";
    }
    void recognition()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, tool);
        QCOMPARE(ImportMapping::automatic(header).form(), tool);
    }

    void aUsersMappingOverridesThePreset()
    {
        const QByteArray csv =
            exportOf({"Name (First)", "Name (Last)", "Email", "Career Track",
                      "Why do you want to join?", "Entry Id", "Entry Date", "Source Url"},
                     {"Ada", "Lovelace", "ada@example.org", "SWE", "Engines", "7",
                      "2026-11-20 14:02:11", "https://bootcamp.example/apply/"});
        const auto report = import(csv, QByteArray(R"({"Why do you want to join?": "notes",
            "Source Url": "referrer", "Entry Date": ""})"));
        QVERIFY_OK(report);
        QCOMPARE(report->mapping.form(), QStringLiteral("Gravity Forms"));
        QVERIFY(report->written);
        // No applied_at column: the entry applied when it was imported.
        QCOMPARE(imported(), QStringLiteral("Ada|Lovelace|ada@example.org||SWE|"
                                            "2026-11-24T12:00:00.000Z|||Engines|"
                                            "https://bootcamp.example/apply/"));
    }

    void badPresets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("broken") << QByteArray("{\"name\": ")
                                << "preset.json: the form preset "
                                   "is not valid JSON";
        QTest::newRow("no name") << QByteArray(R"({"recognisedBy": [["Entry Id"]]})")
                                 << "has no name";
        QTest::newRow("nothing recognises it")
            << QByteArray(R"({"name": "X", "recognisedBy": []})") << "names no header";
        QTest::newRow("unknown field")
            << QByteArray(
                   R"({"name": "X", "recognisedBy": [["Entry Id"]], "columns": {"Entry Id": "id"}})")
            << "the column \"Entry Id\" maps to \"id\", which is not a field";
        QTest::newRow("unknown zone")
            << QByteArray(
                   R"({"name": "X", "recognisedBy": [["Entry Id"]], "timeZone": "Mars/Base"})")
            << "\"Mars/Base\" is not a time zone";
    }
    void badPresets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto preset = FormPreset::fromJson(json, "preset.json");
        QVERIFY(!preset);
        QVERIFY2(preset.error().text().contains(error), qPrintable(preset.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestFormPresets)
#include "tst_formpresets.moc"
