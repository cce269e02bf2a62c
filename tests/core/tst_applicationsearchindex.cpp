#include "applicantrepository.h"
#include "applicantsearchindex.h"
#include "applicantservice.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestApplicantSearchIndex : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

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
        return r->applicantId;
    }

    QList<qint64> search(const QString &term)
    {
        QSqlQuery query(QSqlDatabase::database(m_db->connectionName(), false));
        QList<qint64> ids;
        if (!query.prepare(ApplicantSearchIndex::idsMatchingSql() + " ORDER BY rowid")) {
            QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
            return ids;
        }
        query.addBindValue(ApplicantSearchIndex::matchValue(term));
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
        QCOMPARE(ApplicantSearchIndex::isSearchable(term), searchable);
    }

    void editsAreIndexed()
    {
        const qint64 id = add("Zoë", "Müller", "zoe@example.org");
        Applicant edited = *ApplicantRepository(m_db->connectionName()).find(id).value();
        edited.email = "z.schmidt@example.org";
        edited.lastName = "Schmidt";
        QVERIFY(
            ApplicantService(m_db->connectionName(), Actor::desk()).updateApplicant(edited).ok());
        QCOMPARE(search("Müller"), QList<qint64>{});
        QCOMPARE(search("schmidt@"), QList<qint64>{id});
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applicant_search").toInt(), 1);
    }

    void rebuildMatchesTheApplicants()
    {
        const qint64 a = add("Zoë", "Müller", "zoe@example.org");
        add("Ana", "Lima", "ana@example.org");
        m_db->scalar("DELETE FROM applicant_search");
        QCOMPARE(search("zoe@"), QList<qint64>{});
        QVERIFY(ApplicantSearchIndex(m_db->connectionName()).rebuild().ok());
        QCOMPARE(search("zoe@"), QList<qint64>{a});
        QCOMPARE(m_db->scalar("SELECT count(*) FROM applicant_search").toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestApplicantSearchIndex)
#include "tst_applicantsearchindex.moc"
