#include "applicantrepository.h"
#include "applicantservice.h"
#include "applicationsearchindex.h"
#include "testdatabase.h"

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
        auto r = ApplicantService(m_db->connectionName(), Actor::desk()).registerApplication(input);
        if (!r) {
            QTest::qFail(qPrintable(r.error().text()), __FILE__, __LINE__);
            return 0;
        }
        return r->applicationId;
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
        QTest::newRow("empty") << "" << false;
        QTest::newRow("two letters") << "zo" << false;
        QTest::newRow("two letters in spaces") << "  zo  " << false;
        QTest::newRow("three letters") << "zoe" << true;
        QTest::newRow("phone with separators, two digits") << "1 - 2" << false;
        QTest::newRow("phone, three digits") << "1 2 3" << true;
    }

    void shortTermsAreNotSearchable()
    {
        QFETCH(QString, term);
        QFETCH(bool, searchable);
        QCOMPARE(ApplicationSearchIndex::isSearchable(term), searchable);
    }

    // A search finds applications: each of an applicant's applications, by its own id.
    void findsEveryApplicationOfAnApplicant()
    {
        add("Ana", "Lima", "ana@example.org");
        const qint64 first = add("Zoë", "Müller", "zoe@example.org");
        m_db->addTrack("DATA");
        ApplicantService service(m_db->connectionName(), Actor::desk());
        const auto second = service.addApplication(applicantOf(first), "DATA", {});
        QVERIFY2(second, second ? "" : qPrintable(second.error().text()));
        QVERIFY(second.value() != first);
        QCOMPARE(search("zoe@"), (QList<qint64>{first, *second}));
    }

    void editsAreIndexed()
    {
        const qint64 first = add("Zoë", "Müller", "zoe@example.org");
        m_db->addTrack("DATA");
        ApplicantService service(m_db->connectionName(), Actor::desk());
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
