#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    // QCoreApplication: the command line must run where there is no display.
    QCoreApplication app(argc, argv);
    Translations::install();
    // stderr is for the command's own messages; QT_LOGGING_RULES can still turn these on.
    QLoggingCategory::setFilterRules(QStringLiteral("admissions.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Admissions Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("admissions-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADMISSIONS_VERSION));
    return CommandLine(QCoreApplication::arguments()).run();
}
