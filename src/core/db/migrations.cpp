#include "db/migrations.h"

#include <QDir>
#include <QRegularExpression>

const std::vector<Migrations::Step> &Migrations::steps()
{
    static const std::vector<Step> all = [] {
        std::vector<Step> found;
        const QStringList files =
            QDir(QStringLiteral(":/sql"))
                .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            found.push_back(
                {file.section(QLatin1Char('_'), 0, 0).toInt(), QStringLiteral(":/sql/") + file});
        return found;
    }();
    return all;
}

int Migrations::latestVersion()
{
    return steps().empty() ? 0 : steps().back().version;
}

QStringList Migrations::statements(const QString &script)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList result;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        current += line + QLatin1Char('\n');
        const bool ends =
            inTrigger ? triggerEnd.match(line).hasMatch() : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            result << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}
