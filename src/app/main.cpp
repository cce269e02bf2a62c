#include "backupactions.h"
#include "db/database.h"
#include "db/databaseworkers.h"
#include "db/statementinterrupter.h"
#include "domain/actor.h"
#include "files/fileaccess.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "recentdatabases.h"
#include "services/cohortstateservice.h"
#include "services/signin.h"
#include "services/statusservice.h"
#include "signin/signinflow.h"
#include "signin/windowlock.h"
#include "theme.h"

#include <QApplication>
#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "admissions.app", QtInfoMsg)

namespace {
constexpr int OfferReleaseIntervalMs = 60 * 1000;
constexpr int TransientMessageMs = 15 * 1000;

const QString DbOption = QStringLiteral("db");
const QString NewOption = QStringLiteral("new");
const QString ScreenshotOption = QStringLiteral("screenshot");

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Admissions desk for a coding bootcamp."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({DbOption,
                      QCoreApplication::translate("main", "Open the database <path> (default: %1).")
                          .arg(QDir::toNativeSeparators(Database::defaultPath())),
                      QCoreApplication::translate("main", "path")});
    parser.addOption(
        {NewOption,
         QCoreApplication::translate("main", "Create a new database at <path> and open it."),
         QCoreApplication::translate("main", "path")});
    parser.addOption(
        {ScreenshotOption,
         QCoreApplication::translate(
             "main", "Save a picture of the main window to <file> once the database file "
                     "has been checked, then quit. Nobody signs in unless the environment "
                     "variable %1 holds a personal access token.")
             .arg(QLatin1String(SignIn::TokenVariable)),
         QCoreApplication::translate("main", "file")});
    parser.addPositionalArgument(
        QCoreApplication::translate("main", "file"),
        QCoreApplication::translate("main", "The database to open, as with --db."),
        QCoreApplication::translate("main", "[file]"));
}

// QApplication aborts when there is no display, and help or version text needs none.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

bool saveScreenshot(const QPixmap &picture, const QString &path)
{
    QSaveFile file(path);
    const QByteArray format = QFileInfo(path).suffix().toLatin1();
    if (!file.open(QIODevice::WriteOnly) ||
        !picture.save(&file, format.isEmpty() ? "PNG" : format.constData()) || !file.commit()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Cannot save the screenshot to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())));
        return false;
    }
    return true;
}

// Over the window while nobody is signed in: the window's cover leaves this message alone.
void showFailure(QWidget *window, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Admissions Desk"),
                    text, QMessageBox::Ok, window);
    WindowLock::exempt(&box);
    box.exec();
}

// An older file is upgraded on a worker thread while a dialog says so: on a large file the
// upgrade takes a minute, once, and the desktop must not see a program that hangs.
Status upgradeShowingProgress(const QString &path)
{
    QProgressDialog progress(
        QCoreApplication::translate(
            "main",
            "Upgrading %1 for this version of Admissions Desk.\nThis happens once and can take "
            "a minute on a large file.")
            .arg(QDir::toNativeSeparators(path)),
        QString(), 0, 0);
    progress.setWindowTitle(QCoreApplication::translate("main", "Admissions Desk"));
    progress.setMinimumDuration(0);
    QFutureWatcher<Status> upgrade;
    QEventLoop loop;
    QObject::connect(&upgrade, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    upgrade.setFuture(QtConcurrent::run(databaseWorkers(), &Database::upgrade, path));
    progress.show();
    loop.exec();
    return upgrade.result();
}
} // namespace

int main(int argc, char *argv[])
{
    FileAccess::keepNewFilesPrivate();
    // Before anything reads QStandardPaths (the default database path).
    QCoreApplication::setOrganizationName(QStringLiteral("Admissions Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("admissions-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADMISSIONS_VERSION));

    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints the text and exits
        return 0;
    }

    QApplication app(argc, argv);
    Translations::install();
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "Admissions Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(ADMISSIONS_APP_ID)); // the Wayland app id
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/admissions-desk.svg")));
    Theme::apply(Theme::saved());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    if (files.size() + int(parser.isSet(DbOption)) + int(parser.isSet(NewOption)) > 1) {
        // Where QCommandLineParser puts its own complaints: on the terminal.
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "main", "Open one database: give a file name, --db or --new, not "
                                          "more than one.") +
                              QLatin1Char('\n')),
                   stderr);
        return 2;
    }
    Database database;
    const QString path = !files.isEmpty()          ? files.first()
                         : parser.isSet(DbOption)  ? parser.value(DbOption)
                         : parser.isSet(NewOption) ? parser.value(NewOption)
                                                   : Database::defaultPath();
    // Only File → New (--new) and the default file make a database: a mistyped name does not.
    const bool creates = parser.isSet(NewOption) || (files.isEmpty() && !parser.isSet(DbOption));
    if (parser.isSet(NewOption) && QFileInfo::exists(path)) {
        std::fputs(
            qPrintable(QCoreApplication::translate(
                           "main", "%1 already exists: a new database never replaces a file.")
                           .arg(QDir::toNativeSeparators(path)) +
                       QLatin1Char('\n')),
            stderr);
        return 2;
    }
    QElapsedTimer sinceStart;
    sinceStart.start();
    Status opened;
    if (Database::needsUpgrade(path))
        opened = upgradeShowingProgress(path);
    if (opened)
        opened =
            database.open(path, Database::Check::Later,
                          creates ? Database::Mode::CreateIfMissing : Database::Mode::Existing);
    if (!opened) {
        qCCritical(lcApp).noquote() << opened.error().text();
        // A screenshot run is unattended: nobody would close the dialog.
        if (!parser.isSet(ScreenshotOption))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Admissions Desk"),
                                  opened.error().text());
        return 1;
    }

    RecentDatabases::add(database.path());
    MainWindow window(database.connectionName(), database.path());
    // Nothing shows until somebody signs in.
    window.showSignedOut();
    auto *signIn = new SignInFlow(database.connectionName(), &window);
    QObject::connect(signIn, &SignInFlow::abandoned, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    auto *backups = new BackupActions(database, &window);
    window.addFileActions({backups->backUpAction(), backups->restoreAction()});
    // A background chore: a failure is noted in the status bar, not in a dialog every minute.
    const auto releaseExpiredOffers = [&database, &window] {
        const auto released =
            StatusService(database.connectionName(), Actor::desk()).releaseExpiredOffers();
        if (!released) {
            qCWarning(lcApp).noquote()
                << "releasing expired offers failed:" << released.error().text();
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "Expired offers could not be released: %1")
                    .arg(released.error().text()),
                TransientMessageMs);
        } else if (!released->isEmpty()) {
            window.refresh();
        }
    };
    // The same chore for cohorts: each follows its dates and seats (CohortStateService).
    const auto followCohortDates = [&database, &window] {
        const auto followed =
            CohortStateService(database.connectionName(), Actor::desk()).followDates();
        if (!followed) {
            qCWarning(lcApp).noquote()
                << "moving cohorts along their dates failed:" << followed.error().text();
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "Cohorts could not follow their dates: %1")
                    .arg(followed.error().text()),
                TransientMessageMs);
        } else if (!followed->states.isEmpty()) {
            window.refresh();
        }
    };
    QTimer offerTimer;
    offerTimer.setInterval(OfferReleaseIntervalMs);
    QObject::connect(&offerTimer, &QTimer::timeout, &window, releaseExpiredOffers);
    QObject::connect(&offerTimer, &QTimer::timeout, &window, followCohortDates);

    // The whole-file check runs beside the window: on a million applications it reads for a
    // minute, and people sign in and work meanwhile, as with the CLI's commands (SQLite reports
    // damage in any page it reads). The desk's own chores (expired offers, cohort dates, the due
    // backup) wait until the file has passed it, and damage found stops the program. A
    // screenshot run waits for it too, so it shows a file that passed it.
    const QString screenshot = parser.value(ScreenshotOption);
    StatementInterrupter checkStopper;
    QFutureWatcher<Status> verification;
    QObject::connect(
        &verification, &QFutureWatcher<Status>::finished, &window,
        [&verification, &window, &offerTimer, releaseExpiredOffers, followCohortDates, screenshot,
         backups] {
            const Status verified = verification.result();
            if (!verified) {
                qCCritical(lcApp).noquote() << verified.error().text();
                if (screenshot.isEmpty())
                    showFailure(&window, verified.error().text());
                QCoreApplication::exit(1);
                return;
            }
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "The database file passed its check."),
                TransientMessageMs);
            releaseExpiredOffers();
            followCohortDates();
            offerTimer.start();
            // An unattended screenshot run leaves the user's backups alone.
            if (screenshot.isEmpty())
                backups->backUpIfDue();
            if (!screenshot.isEmpty())
                QCoreApplication::exit(saveScreenshot(window.grab(), screenshot) ? 0 : 1);
        });
    window.statusBar()->showMessage(
        QCoreApplication::translate("main", "Checking the database file…"));
    verification.setFuture(QtConcurrent::run(databaseWorkers(), [&checkStopper, &database] {
        return Database::verify(database.path(), checkStopper);
    }));

    QObject::connect(&window, &MainWindow::tablePainted, &window, [&sinceStart] {
        qCInfo(lcApp) << "first rows painted after" << sinceStart.elapsed() << "ms";
    });

    window.refresh();
    window.show();
    // An unattended run (tests, screenshots) signs in with a token or not at all: a screenshot
    // without one shows the window signed out. Nobody would answer a dialog.
    if (const QString token = qEnvironmentVariable(SignIn::TokenVariable); !token.isEmpty()) {
        if (const Status signedIn = signIn->signInWithToken(token); !signedIn) {
            qCCritical(lcApp).noquote() << signedIn.error().text();
            if (screenshot.isEmpty())
                showFailure(&window, QCoreApplication::translate("main", "%1: %2")
                                         .arg(QLatin1String(SignIn::TokenVariable),
                                              signedIn.error().text()));
            checkStopper.cancel();
            verification.waitForFinished();
            return 1;
        }
    } else if (screenshot.isEmpty()) {
        signIn->start();
    }
    const int exitCode = app.exec();
    // A check still running stops at once rather than holding the exit for a minute, and ends
    // before the application closes every connection left, its own among them.
    checkStopper.cancel();
    verification.waitForFinished();
    return exitCode;
}
