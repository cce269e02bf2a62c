#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// What one form builder's export looks like, kept as data (resources/forms/*.json, one file
// per tool): the headers that recognise it, the field each of its own columns is imported
// into ("" for a column left out on purpose), and the time zone of its times when the tool
// writes them in one zone whatever the form's (Typeform and Tally: UTC).
//
// A preset names only the tool's own columns (its meta columns, its split name fields); the
// form's questions ("Career Track", "How did you hear about us?") are left to the usual
// header names of ImportMapping. Headers are compared as the tool writes them, ignoring case
// and repeated spaces: "#" and "Name (First)" are exact names, not words.
class FormPreset
{
    Q_DECLARE_TR_FUNCTIONS(FormPreset)

public:
    // Every preset of the resources, by name.
    static const QList<FormPreset> &all();
    // The preset that recognises `header`: of those whose headers it has all of (in one of
    // their alternatives), the one that names the most of them. Nothing for another file.
    static std::optional<FormPreset> recognise(const QStringList &header);
    // A preset from its JSON; an error names `source` and what is wrong.
    static Result<FormPreset> fromJson(const QByteArray &json, const QString &source);

    // The tool's name, as the tool writes it ("Gravity Forms"): a name, not translated.
    const QString &name() const { return m_name; }
    // The times of its columns without an offset are in this zone; nothing: the form's.
    const std::optional<QTimeZone> &timeZone() const { return m_timeZone; }
    // Whether the preset names `header`, and the field it gives it ("" for left out).
    bool names(const QString &header) const;
    QString fieldOf(const QString &header) const;
    // How many headers of the best alternative that `header` has all of; 0 for none.
    int recognitionStrength(const QStringList &header) const;

private:
    static QString key(const QString &header);

    QString m_name;
    QList<QStringList> m_recognisedBy; // alternatives, each of keys
    QStringList m_columns;             // keys
    QStringList m_fields;              // one per column
    std::optional<QTimeZone> m_timeZone;
};
