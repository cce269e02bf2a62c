#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Which field of an application each column of a CSV file is imported into, by the columns'
// header names. Fields have the stable snake_case names of our export ("first_name", "email",
// "track", "applied_at", …) plus "full_name", which is split into first and last name.
//
// The automatic mapping recognises our export's headers and the usual headers of web form
// exports ("First Name", "Email Address", "E-mail", "Phone Number", "Career Track", "Program",
// "Full Name", "Timestamp", "Submitted At", …) whatever their case, spaces and punctuation.
// Our export's other columns (application_id, status, owner, …) are known but not imported: an
// imported application is a new application, in status applied.
//
// The export of a known form builder (Gravity Forms, Typeform, …: FormPreset) is recognised by
// its own columns, which its preset maps first ("Name (First)", "Entry Date"); the usual names
// map the form's questions.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    // The field of the form's questions that the desk has no field for ("Why do you want to
    // join?"): each answer is kept in the applicant's notes under its question. The automatic
    // mapping gives it every column no other field took, except a preset's meta columns and
    // our export's bookkeeping.
    static inline const QString QuestionField = QStringLiteral("question");

    // Every field a column can be imported into, in the order a person fills a form.
    static QStringList fields();
    // The field's name for a person ("First name"), translated.
    static QString label(const QString &field);
    // Our export's columns that an import leaves out on purpose.
    static bool isExportOnly(const QString &column);

    // Refuses a header that gives two columns the same name, naming it and both columns: a
    // mapping goes by names, so the second column could never be imported. Empty names (a
    // spreadsheet's unnamed columns) name nothing and may repeat.
    static Status checkHeader(const QStringList &header);

    // The automatic mapping of a header row: the preset of the form builder that wrote it, if
    // one recognises it, then the usual header names for the columns it does not name.
    static ImportMapping automatic(const QStringList &header);

    explicit ImportMapping(QStringList header = {});

    const QStringList &header() const { return m_header; }
    // The field column `column` is imported into; empty when it is not imported.
    QString field(int column) const;
    void setField(int column, const QString &field);
    // The column imported into `field`, or -1.
    int column(const QString &field) const;
    // Every column imported into `field` (the questions: any number).
    QList<int> columns(const QString &field) const;

    // What makes the mapping unusable, for a person: a required field without a column
    // (first and last name, or full name; email; track), a field with two columns.
    QStringList problems() const;

    // The form builder whose export the header is ("Gravity Forms"); empty when none is
    // recognised.
    const QString &form() const { return m_form; }
    // Where the file's entries come from, as the desk keeps it (their ids, their time zone):
    // the form builder's name, or "web form" when none is recognised. Not translated.
    QString entrySource() const;
    // For a person: "Recognised: a Gravity Forms export."; empty when no tool is recognised.
    QString recognition() const;
    // The zone of the form builder's times without an offset, when it writes them in one zone
    // whatever the form's (Typeform: UTC); nothing when they are in the form's.
    const std::optional<QTimeZone> &formTimeZone() const { return m_formTimeZone; }

    // As a JSON object from header name to field ("" for a column left out), to save and to
    // edit by hand.
    QByteArray toJson() const;
    // This mapping with the columns named in `json` (from toJson(), or written by hand) mapped
    // as it says; columns it does not name keep their mapping, names not in the header are
    // ignored. An error says where the JSON is broken or which field is unknown, naming
    // `source` (the file it came from).
    Result<ImportMapping> overriddenBy(const QByteArray &json, const QString &source) const;

private:
    QStringList m_header;
    QStringList m_fields; // one per header column
    QString m_form;
    std::optional<QTimeZone> m_formTimeZone;
};
