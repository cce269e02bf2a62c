#include "commandline.h"
#include "files/fileaccess.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    FileAccess::keepNewFilesPrivate();
    // QCoreApplication: the command line must run where there is no display.
    QCoreApplication app(argc, argv);
    Translations::install();
    // stderr is for the command's own messages, which say what went wrong in a person's words:
    // the program's and Qt's internal log lines only on request (QT_LOGGING_RULES, which
    // overrides these rules).
    QLoggingCategory::setFilterRules(
        QStringLiteral("admissions.*=false\ndefault.warning=false\nqt.*=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Admissions Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("admissions-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADMISSIONS_VERSION));
    return CommandLine(QCoreApplication::arguments()).run();
}
