#pragma once

#include "db/database.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh Admissions Desk file on disk, made by the real migrations, for one test function.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &connectionName = QStringLiteral("test"));

    bool isOpen() const { return m_database.isOpen(); }
    QString openError() const { return m_openError; }
    const QString &connectionName() const { return m_database.connectionName(); }
    QString path() const { return m_database.path(); }
    QString dir() const { return m_dir.path(); }
    Database &database() { return m_database; }

    // Fixtures, written with plain SQL so tests of a repository do not depend on it.
    qint64 addTrack(const QString &code, const QString &name = {});
    qint64 addCohort(qint64 trackId, const QString &name, int capacity,
                     const QDate &startsOn = QDate(2027, 3, 1), int offerHoldDays = 7);
    qint64 addStaff(const QString &username);
    // An applicant written past ApplicantService, as an older version or another program may
    // have left it (control characters and all); the duplicate keys as the repository makes
    // them. Not in the search index: ApplicationSearchIndex::rebuild() after the fixtures.
    qint64 addApplicant(const QString &firstName, const QString &lastName, const QString &email,
                        const QString &phone = {});
    // An application of the applicant in status applied, with its first status event.
    qint64 addApplication(qint64 applicantId, qint64 trackId, const QString &reason = {});
    // A raw SQL scalar, failing the test (QVERIFY-style message in the result) on error.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

private:
    QTemporaryDir m_dir;
    Database m_database;
    QString m_openError;
};
