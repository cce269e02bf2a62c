#include "browse/applicationquery.h"
#include "browse/applicationsearchindex.h"
#include "db/sql.h"
#include "repositories/applicantrepository.h"
#include "services/applicantservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestApplicationSearchIndex : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    // Registers an applicant with an application; returns the application's id.
    qint64 add(const QString &first, const QString &last, const QString &email,
               const QString &phone = {})
    {
        ApplicantService::NewApplication input;
        input.applicant.firstName = first;
        input.applicant.lastName = last;
        input.applicant.email = email;
        input.applicant.phone = phone;
        input.trackCode = "SWE";
        input.allowSamePhone = true;
        auto r = ApplicantService(m_db->connectionName(), m_db->actor()).registerApplication(input);
        if (!r) {
            QTest::qFail(qPrintable(r.error().text()), __FILE__, __LINE__);
            return 0;
        }
        return r->applicationId;
    }

    // The ids a view searching for the term shows, in its order; its count, its pages read
    // from the end and its export (selectSql) must say the same, or the test fails.
    QList<qint64> found(const QString &term,
                        ApplicationQuery::SortKey key = ApplicationQuery::SortKey::Id,
                        Qt::SortOrder order = Qt::AscendingOrder)
    {
        ApplicationFilter filter;
        filter.search = term;
        const ApplicationQuery query(filter, key, order);
        const Sql sql(m_db->connectionName());
        const auto toId = [](const QSqlQuery &q) { return q.value(0).toLongLong(); };
        const auto page = [&](bool reversed) {
            QVariantList values = query.values();
            values << 1000 << 0;
            auto ids = sql.rows<qint64>(query.pageIdsSql(reversed), values, toId);
            if (!ids)
                QTest::qFail(qPrintable(ids.error().text()), __FILE__, __LINE__);
            return ids ? ids.value() : QList<qint64>();
        };
        const QList<qint64> ids = page(false);
        QList<qint64> fromTheEnd = page(true);
        std::reverse(fromTheEnd.begin(), fromTheEnd.end());
        const auto count = sql.scalar(query.countSql(), query.values());
        const auto exported = sql.rows<qint64>(query.selectSql("a.id"), query.values(), toId);
        if (!count || !exported)
            QTest::qFail(qPrintable((count ? exported.error() : count.error()).text()), __FILE__,
                         __LINE__);
        else if (fromTheEnd != ids || exported.value() != ids ||
                 count.value().toLongLong() != ids.size())
            QTest::qFail(
                qPrintable(QStringLiteral("pages, export and count disagree on %1").arg(term)),
                __FILE__, __LINE__);
        return ids;
    }

    qint64 applicantOf(qint64 applicationId)
    {
        return m_db->scalar("SELECT applicant_id FROM applications WHERE id = ?", {applicationId})
            .toLongLong();
    }

    QList<qint64> search(const QString &term)
    {
        QSqlQuery query(QSqlDatabase::database(m_db->connectionName(), false));
        QList<qint64> ids;
        if (!query.prepare(ApplicationSearchIndex::idsMatchingSql() + " ORDER BY rowid")) {
            QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
            return ids;
        }
        query.addBindValue(ApplicationSearchIndex::matchValue(term));
        if (!query.exec()) {
            QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
            return ids;
        }
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addTrack("SWE");
    }

    void cleanup() { m_db.reset(); }

    void findsSubstrings()
    {
        const qint64 zoe = add("Zoë", "Müller", "zoe.mueller@mail.example.org", "+49 30 1234567");
        const qint64 ana = add("Ana", "O'Brien", "ana@obrien.example.net", "+353 1 555 0199");
        const qint64 kim = add("Kim", "Nguyễn", "kim.n@example.org");

        QCOMPARE(search("mueller@mail"), QList<qint64>{zoe}); // the middle of an email
        QCOMPARE(search("EXAMPLE"), (QList<qint64>{zoe, ana, kim}));
        QCOMPARE(search("oë Mü"), QList<qint64>{zoe}); // across first and last name
        QCOMPARE(search("nguyễn"), QList<qint64>{kim});
        QCOMPARE(search("o'brien"), QList<qint64>{ana});
        QCOMPARE(search("30 123-45"), QList<qint64>{zoe}); // typed with spaces and a dash
        QCOMPARE(search("5550199"), QList<qint64>{ana});
        QCOMPARE(search("nobody here"), QList<qint64>{});
    }

    void termsAreTakenLiterally_data()
    {
        QTest::addColumn<QString>("term");
        QTest::newRow("quote") << "a\"b OR c";
        QTest::newRow("fts operators") << "NEAR(x y) AND NOT z*";
        QTest::newRow("column filter") << "email:zoe";
        QTest::newRow("sql") << "'; DROP TABLE applicants; --";
    }

    void termsAreTakenLiterally()
    {
        QFETCH(QString, term);
        add("Zoë", "Müller", "zoe@example.org");
        QCOMPARE(search(term), QList<qint64>{});
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applicants").toInt(), 1);
    }

    void shortTermsAreNotSearchable_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("searchable");
        QTest::addColumn<bool>("substring");
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("one letter") << "z" << false << false;
        QTest::newRow("one letter in spaces") << "  z  " << false << false;
        QTest::newRow("one digit, an application's number") << "7" << true << false;
        QTest::newRow("zero, no application's number") << "0" << false << false;
        QTest::newRow("one emoji, two UTF-16 units") << "🎓" << false << false;
        QTest::newRow("two letters") << "zo" << true << false;
        QTest::newRow("two letters in spaces") << "  zo  " << true << false;
        QTest::newRow("three letters") << "zoe" << true << true;
        QTest::newRow("phone with separators, one digit") << "1 -" << false << false;
        QTest::newRow("phone with separators, two digits") << "1 - 2" << true << false;
        QTest::newRow("phone, three digits") << "1 2 3" << true << true;
    }

    void shortTermsAreNotSearchable()
    {
        QFETCH(QString, term);
        QFETCH(bool, searchable);
        QFETCH(bool, substring);
        QCOMPARE(ApplicationSearchIndex::isSearchable(term), searchable);
        QCOMPARE(ApplicationSearchIndex::isSubstring(term), substring);
    }

    // Two characters narrow to the first names, last names and emails that start with them, in
    // any case, and never to the middle of one. The query's count, pages (from either end)
    // and export agree.
    void twoCharactersAreTheStartOfANameOrEmail()
    {
        const qint64 li = add("Wei", "Li", "wei@example.org");
        const qint64 lisa = add("Lisa", "Schmidt", "ls@example.org");
        const qint64 email = add("Max", "Mustermann", "LI.max@example.org");
        const qint64 lindqvist = add("Anna", "Lindqvist", "anna@example.org");
        add("Carolina", "Oli", "carolina@example.org"); // "li" only inside
        add("Kim", "Wu", "kim@li.example.org");         // only in the domain
        const qint64 ozil = add("Mesut", "Özil", "mesut@example.org");
        const qint64 ng = add("Ng", "Ng", "ng@example.org");
        QCOMPARE(found("Li"), (QList<qint64>{li, lisa, email, lindqvist}));
        QCOMPARE(found("lI"), (QList<qint64>{li, lisa, email, lindqvist}));
        QCOMPARE(found("Li", ApplicationQuery::SortKey::Name),
                 (QList<qint64>{li, lindqvist, email, lisa})); // Li, Lindqvist, Mustermann, Schmidt
        QCOMPARE(found("öz"), QList<qint64>{ozil}); // beyond ASCII, which NOCASE does not fold
        QCOMPARE(found("ÖZ"), QList<qint64>{ozil});
        QCOMPARE(found("ng"), QList<qint64>{ng}); // one applicant, however many fields match
        QCOMPARE(found("zz"), QList<qint64>{});
        // Characters that bound a range: '@' is followed by '[' under NOCASE, not by 'A'.
        const qint64 at = add("X@y", "Z", "x@y.example.org");
        add("X[y", "Z", "xy@example.org");
        QCOMPARE(found("x@"), QList<qint64>{at});
        // LIKE and GLOB wildcards are plain characters.
        QCOMPARE(found("%%"), QList<qint64>{});
        QCOMPARE(found("_i"), QList<qint64>{});
    }

    // A number names an application: it comes first, whatever the sort, then the applications
    // whose phone (or name or email) contains it.
    void aNumberIsAnApplicationIdFirst()
    {
        const qint64 track = m_db->scalar("SELECT id FROM tracks").toLongLong();
        m_db->scalar("BEGIN");
        for (int i = 1; i <= 120; ++i) {
            const qint64 applicant =
                m_db->addApplicant(QStringLiteral("P%1").arg(i), QStringLiteral("Person"),
                                   QStringLiteral("p%1@example.org").arg(i),
                                   QStringLiteral("+1 555 %1").arg(1000 + i));
            QCOMPARE(m_db->addApplication(applicant, track), qint64(i));
        }
        m_db->scalar("COMMIT");
        QVERIFY(ApplicationSearchIndex(m_db->connectionName()).rebuild().ok());

        // Phones +15551100 to +15551109 and +15551110 hold "110".
        QList<qint64> phones;
        for (qint64 id = 100; id <= 109; ++id)
            phones << id;
        QCOMPARE(found("110"), QList<qint64>{110} + phones);
        std::reverse(phones.begin(), phones.end());
        QCOMPARE(found("110", ApplicationQuery::SortKey::Id, Qt::DescendingOrder),
                 QList<qint64>{110} + phones);
        QCOMPARE(found("110", ApplicationQuery::SortKey::Phone, Qt::DescendingOrder),
                 QList<qint64>{110} + phones);
        QCOMPARE(found(" 110 ", ApplicationQuery::SortKey::Name).first(), qint64(110));
        QCOMPARE(found("55"), QList<qint64>{55}); // too short for a phone: the id alone
        QCOMPARE(found("1555").size(), 120);      // no application 1555: every phone
        QCOMPARE(found("0110"), QList<qint64>{}); // a leading zero is no id
        QCOMPARE(found("999"), QList<qint64>{});
    }

    // One character is refused by whoever asks (a digit excepted: it is an application's
    // number); should it reach a query, it matches nothing rather than everything.
    void oneCharacterMatchesNothing()
    {
        add("Wei", "Li", "wei@example.org");
        add("Lisa", "Schmidt", "ls@example.org");
        QCOMPARE(found("L"), QList<qint64>{});
        QCOMPARE(found("1"), QList<qint64>{1});     // one digit is an application's number
        QCOMPARE(found("7"), QList<qint64>{});      // of no application here
        QCOMPARE(found(""), (QList<qint64>{1, 2})); // no search at all
    }

    // The start of a name or email is found through indexes, never by reading every applicant.
    void twoCharactersUseIndexes()
    {
        ApplicationFilter filter;
        filter.search = QStringLiteral("Li");
        const ApplicationQuery query(filter);
        QStringList plan;
        for (const QString &sql : {query.countSql(), query.pageIdsSql()}) {
            QVariantList values = query.values();
            if (sql == query.pageIdsSql())
                values << 100 << 0;
            const auto rows =
                Sql(m_db->connectionName())
                    .rows<QString>(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values,
                                   [](const QSqlQuery &q) { return q.value(3).toString(); });
            QVERIFY_OK(rows);
            plan << rows.value();
        }
        const QString text = plan.join('\n');
        for (const char *index : {"applicants_first_name", "applicants_last_name",
                                  "sqlite_autoindex_applicants_1", "applications_applicant"})
            QVERIFY2(text.contains(QLatin1String(index)), qPrintable(index + ("\n" + text)));
        QVERIFY2(!text.contains(QLatin1String("SCAN applicants")), qPrintable(text));
    }

    // A search finds applications: each of an applicant's applications, by its own id.
    void findsEveryApplicationOfAnApplicant()
    {
        add("Ana", "Lima", "ana@example.org");
        const qint64 first = add("Zoë", "Müller", "zoe@example.org");
        m_db->addTrack("DATA");
        ApplicantService service(m_db->connectionName(), m_db->actor());
        const auto second = service.addApplication(applicantOf(first), "DATA", {});
        QVERIFY_OK(second);
        QVERIFY(second.value() != first);
        QCOMPARE(search("zoe@"), (QList<qint64>{first, *second}));
    }

    void editsAreIndexed()
    {
        const qint64 first = add("Zoë", "Müller", "zoe@example.org");
        m_db->addTrack("DATA");
        ApplicantService service(m_db->connectionName(), m_db->actor());
        const auto second = service.addApplication(applicantOf(first), "DATA", {});
        QVERIFY(second);
        const qint64 other = add("Ana", "Müller", "ana@example.org");
        Applicant edited =
            *ApplicantRepository(m_db->connectionName()).find(applicantOf(first)).value();
        edited.email = "z.schmidt@example.org";
        edited.lastName = "Schmidt";
        QVERIFY(service.updateApplicant(edited).ok());
        QCOMPARE(search("Müller"), QList<qint64>{other});
        QCOMPARE(search("schmidt@"), (QList<qint64>{first, *second}));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM application_search").toInt(), 3);
    }

    void rebuildMatchesTheApplicants()
    {
        const qint64 a = add("Zoë", "Müller", "zoe@example.org");
        add("Ana", "Lima", "ana@example.org");
        m_db->scalar("DELETE FROM application_search");
        QCOMPARE(search("zoe@"), QList<qint64>{});
        QVERIFY(ApplicationSearchIndex(m_db->connectionName()).rebuild().ok());
        QCOMPARE(search("zoe@"), QList<qint64>{a});
        QCOMPARE(m_db->scalar("SELECT count(*) FROM application_search").toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestApplicationSearchIndex)
#include "tst_applicationsearchindex.moc"
