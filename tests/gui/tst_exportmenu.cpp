#include "browse/applicationfilter.h"
#include "browse/applicationtablemodel.h"
#include "csv/applicationexport.h"
#include "csv/exportmenu.h"
#include "csv/statushistoryexport.h"
#include "csv/waitlistexport.h"
#include "domain/timestamp.h"
#include "heldthreadpool.h"
#include "mainwindow.h"
#include "modalwindows.h"
#include "savedviews.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "urlcatcher.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace {
// Applications first..first+count-1 in the cohort (and their applicants), odd ones applied and
// even ones waitlisted, each with the status events that brought it there, application n at
// 2026-11-02 09:00 UTC and n seconds. Returns an error or nothing.
QString addApplications(TestDatabase &db, qint64 trackId, qint64 cohortId, int first, int count)
{
    const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    return db.addApplications(
        first, count, [&](int n, ApplicantRow &applicant, ApplicationRow &application) {
            applicant.createdAt = application.appliedAt = Timestamp::format(start.addSecs(n));
            application.trackId = trackId;
            application.cohortId = cohortId;
            application.history = {QStringLiteral("applied")};
            if (n % 2 == 0) {
                application.status = QStringLiteral("waitlisted");
                application.qualifiedAt = application.appliedAt;
                application.history << application.status;
            }
        });
}

// The filter the window starts with, as a person left it last time.
void startWithFilter(const ApplicationFilter &filter)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("applications/filter"));
    SavedViews::writeFilter(settings, filter);
}

QAction *exportAction(const MainWindow &window, const QString &text)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Fills in the export dialog the action opened and starts the export.
void exportTo(MainWindow &window, const QString &path, const QString &delimiter = QString(),
              bool forExcel = false)
{
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("path"));
    // The default name is dated.
    QVERIFY2(
        file->text().endsWith(QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv")),
        qPrintable(file->text()));
    file->setText(QDir::toNativeSeparators(path));
    if (!delimiter.isEmpty()) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("delimiter"));
        combo->setCurrentIndex(combo->findData(delimiter));
    }
    dialog->findChild<QCheckBox *>(QStringLiteral("forExcel"))->setChecked(forExcel);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// The export dialog the action opened, its file set to `path`; nullptr when it did not open.
QDialog *exportDialogFor(MainWindow &window, const QString &path)
{
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("exportDialog"));
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return nullptr;
    dialog->findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    return dialog;
}

void pressExport(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

QList<QByteArray> linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line = line.trimmed(); // CRLF
    return lines;
}
} // namespace

class TestExportMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportsTheApplicationsOnScreen();
    void everythingHasEveryColumnForExcel();
    void statusHistoryOfTheFilteredApplications();
    void waitlistsOfTheFilteredCohort();
    void cancelledExportLeavesNoFile();
    void choicesAreRemembered();
    void aMissingFolderIsCreatedAndOpened();
    void aFolderThatCannotBeMadeKeepsTheDialogOpen();
};

void TestExportMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportMenu::init()
{
    QSettings().clear();
    QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
}

void TestExportMenu::exportsTheApplicationsOnScreen()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const qint64 track = db.addTrack(QStringLiteral("SE"));
    const QString error =
        addApplications(db, track, db.addCohort(track, QStringLiteral("SE March"), 30), 1, 40);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ApplicationFilter waitlisted;
    waitlisted.statuses = {ApplicationStatus::Waitlisted};
    startWithFilter(waitlisted);

    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::ReadOnly)); // anyone signed in may export
    QVERIFY(showMainWindow(window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    QCOMPARE(table->model()->rowCount(), 20);
    // The view as a person arranged it: email first, no phone, newest first.
    QHeaderView *header = table->horizontalHeader();
    header->moveSection(header->visualIndex(ApplicationTableModel::EmailColumn), 0);
    header->hideSection(ApplicationTableModel::PhoneColumn);
    header->setSortIndicator(ApplicationTableModel::IdColumn, Qt::DescendingOrder);

    QAction *onScreen = exportAction(window, ExportMenu::tr("Applications on &Screen…"));
    QVERIFY(onScreen);
    onScreen->trigger();
    const QString path = db.dir() + QStringLiteral("/waitlisted.csv");
    exportTo(window, path, QStringLiteral(";"));
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("waitlisted.csv")),
                 qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("20")),
             qPrintable(window.statusBar()->currentMessage()));

    const QList<QByteArray> lines = linesOf(path);
    QCOMPARE(lines.size(), 1 + 20);
    QCOMPARE(lines.at(0), QByteArray("email;application_id;first_name;last_name;track;cohort;"
                                     "status;owner;applied_at;status_changed_at;score;"
                                     "refund_window_ends_on"));
    QVERIFY2(lines.at(1).startsWith("person40@example.org;40;First40;Last40;SE;SE March;"
                                    "waitlisted;"),
             lines.at(1).constData());
    QVERIFY(lines.at(20).startsWith("person2@example.org;2;"));
    for (const QByteArray &line : lines.mid(1))
        QVERIFY2(line.contains(";waitlisted;"), line.constData());
}

void TestExportMenu::everythingHasEveryColumnForExcel()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const qint64 track = db.addTrack(QStringLiteral("SE"));
    const QString error =
        addApplications(db, track, db.addCohort(track, QStringLiteral("SE March"), 30), 1, 10);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ApplicationFilter waitlisted; // the window shows some; everything has them all
    waitlisted.statuses = {ApplicationStatus::Waitlisted};
    startWithFilter(waitlisted);
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::ReadOnly)); // anyone signed in may export
    QVERIFY(showMainWindow(window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    QTRY_COMPARE(table->model()->rowCount(), 5);
    table->horizontalHeader()->hideSection(ApplicationTableModel::EmailColumn); // all the same

    exportAction(window, ExportMenu::tr("&Everything…"))->trigger();
    const QString path = db.dir() + QStringLiteral("/all.csv");
    exportTo(window, path, QStringLiteral(","), true);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("all.csv")));
    const QList<QByteArray> lines = linesOf(path);
    QCOMPARE(lines.size(), 1 + 10);
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF")); // for Excel
    QCOMPARE(QString::fromUtf8(lines.at(0).mid(3)),
             ApplicationExport::allColumns().join(QLatin1Char(',')));
}

void TestExportMenu::statusHistoryOfTheFilteredApplications()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const qint64 track = db.addTrack(QStringLiteral("SE"));
    const QString error =
        addApplications(db, track, db.addCohort(track, QStringLiteral("SE March"), 30), 1, 10);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ApplicationFilter waitlisted;
    waitlisted.statuses = {ApplicationStatus::Waitlisted};
    startWithFilter(waitlisted);
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::ReadOnly)); // anyone signed in may export
    QVERIFY(showMainWindow(window));

    exportAction(window, ExportMenu::tr("Status &History…"))->trigger();
    const QString path = db.dir() + QStringLiteral("/history.csv");
    exportTo(window, path);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("history.csv")));
    const QList<QByteArray> lines = linesOf(path);
    // Five waitlisted applications, two events each.
    QCOMPARE(lines.size(), 1 + 5 * 2);
    QCOMPARE(QString::fromUtf8(lines.at(0)), StatusHistoryExport::columns().join(QLatin1Char(',')));
}

void TestExportMenu::waitlistsOfTheFilteredCohort()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const qint64 track = db.addTrack(QStringLiteral("SE"));
    const qint64 march = db.addCohort(track, QStringLiteral("SE March"), 30);
    const qint64 june = db.addCohort(track, QStringLiteral("SE June"), 30, QDate(2027, 6, 1));
    QString error = addApplications(db, track, march, 1, 10);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = addApplications(db, track, june, 11, 6);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ApplicationFilter inJune;
    inJune.trackId = track; // the filter bar offers the cohorts of the track chosen
    inJune.cohortId = june;
    startWithFilter(inJune);
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::ReadOnly)); // anyone signed in may export
    QVERIFY(showMainWindow(window));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("applications"))->model()->rowCount(),
             6);

    exportAction(window, ExportMenu::tr("&Waitlists…"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    auto *cohort = dialog->findChild<QComboBox *>(QStringLiteral("cohort"));
    QVERIFY(cohort);
    QCOMPARE(cohort->currentData().toLongLong(), june); // the cohort filtered
    QCOMPARE(cohort->itemData(0).toLongLong(), 0);      // every cohort
    const QString path = db.dir() + QStringLiteral("/june.csv");
    exportTo(window, path);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("june.csv")));
    const QList<QByteArray> lines = linesOf(path);
    QCOMPARE(lines.size(), 1 + 3); // 12, 14, 16
    QCOMPARE(QString::fromUtf8(lines.at(0)), WaitlistExport::columns().join(QLatin1Char(',')));
    QVERIFY2(lines.at(1).startsWith("SE,SE June,1,12,"), lines.at(1).constData());

    exportAction(window, ExportMenu::tr("&Waitlists…"))->trigger();
    dialog = window.findChild<QDialog *>(QStringLiteral("exportDialog"));
    QTRY_VERIFY(dialog && dialog->isVisible());
    cohort = dialog->findChild<QComboBox *>(QStringLiteral("cohort"));
    cohort->setCurrentIndex(0);
    const QString every = db.dir() + QStringLiteral("/every.csv");
    exportTo(window, every);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("every.csv")));
    QCOMPARE(linesOf(every).size(), 1 + 5 + 3);
}

void TestExportMenu::cancelledExportLeavesNoFile()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const qint64 track = db.addTrack(QStringLiteral("SE"));
    // More rows than an export writes between two reports of progress.
    const QString error =
        addApplications(db, track, db.addCohort(track, QStringLiteral("SE March"), 30), 1, 5000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::ReadOnly)); // anyone signed in may export
    QVERIFY(showMainWindow(window));

    exportAction(window, ExportMenu::tr("&Everything…"))->trigger();
    const QString path = db.dir() + QStringLiteral("/stopped.csv");
    HeldThreadPool pool;
    exportTo(window, path);
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("jobProgress"));
    QVERIFY(progress);
    QCOMPARE(progress->windowModality(), Qt::WindowModal);
    Q_EMIT progress->canceled(); // as its Cancel button does
    pool.release();
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("not written")),
                 qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!QFile::exists(path));
    // No half-written temporary file either.
    const QStringList left = QDir(db.dir()).entryList(QDir::Files);
    QVERIFY2(left.filter(QStringLiteral("stopped")).isEmpty(), qPrintable(left.join(' ')));
}

void TestExportMenu::choicesAreRemembered()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::ReadOnly)); // anyone signed in may export
    QVERIFY(showMainWindow(window));
    exportAction(window, ExportMenu::tr("Applications on &Screen…"))->trigger();
    QDir(db.dir()).mkdir(QStringLiteral("exports"));
    const QString path = db.dir() + QStringLiteral("/exports/empty.csv");
    exportTo(window, path, QStringLiteral("\t"), true);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("empty.csv")));
    QCOMPARE(linesOf(path).size(), 1); // the header only

    exportAction(window, ExportMenu::tr("Status &History…"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("exportDialog"));
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString next = dialog->findChild<QLineEdit *>(QStringLiteral("path"))->text();
    QCOMPARE(QFileInfo(next).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY2(QFileInfo(next).fileName().startsWith(QLatin1String("status-history-")),
             qPrintable(next));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("delimiter"))->currentData(),
             QVariant(QStringLiteral("\t")));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("forExcel"))->isChecked());
    dialog->reject();
}

void TestExportMenu::aMissingFolderIsCreatedAndOpened()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::ReadOnly));
    QVERIFY(showMainWindow(window));
    const QString folder = db.dir() + QStringLiteral("/reports/december");
    const QString path = folder + QStringLiteral("/applications.csv");

    // Asked first; No keeps the dialog open and makes nothing.
    exportAction(window, ExportMenu::tr("Applications on &Screen…"))->trigger();
    QDialog *dialog = exportDialogFor(window, path);
    QVERIFY(dialog);
    QString asked;
    ModalWindows::whenShown<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    pressExport(dialog);
    QVERIFY2(asked.contains(QDir::toNativeSeparators(folder)), qPrintable(asked));
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFileInfo::exists(folder));

    // Yes makes the folder, and the export goes on.
    ModalWindows::whenShown<QMessageBox>(
        [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    pressExport(dialog);
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("applications.csv")),
                 qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(linesOf(path).size(), 1); // the header only

    // Open Folder, beside the message, shows the folder in the file manager.
    auto *openFolder = window.findChild<QPushButton *>(QStringLiteral("openExportFolder"));
    QVERIFY(openFolder && openFolder->isVisible());
    UrlCatcher catcher({QStringLiteral("file")});
    QTest::mouseClick(openFolder, Qt::LeftButton);
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(folder)});
    // It leaves with its message.
    window.statusBar()->showMessage(QStringLiteral("Something else"));
    QVERIFY(openFolder->isHidden());
}

void TestExportMenu::aFolderThatCannotBeMadeKeepsTheDialogOpen()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    MainWindow window(db.connectionName(), db.path());
    window.setActor(db.actor(StaffRole::ReadOnly));
    QVERIFY(showMainWindow(window));
    // A file where the folder would have to be: no folder can be made there, even by root.
    QFile blocker(db.dir() + QStringLiteral("/taken"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    exportAction(window, ExportMenu::tr("Applications on &Screen…"))->trigger();
    QDialog *dialog = exportDialogFor(window, blocker.fileName() + QStringLiteral("/sub/a.csv"));
    QVERIFY(dialog);
    QString warned;
    ModalWindows::whenShown<QMessageBox>([&warned](QMessageBox *box) {
        // The question to create it, then the warning that it could not be.
        if (box->button(QMessageBox::Yes)) {
            ModalWindows::whenShown<QMessageBox>([&warned](QMessageBox *warning) {
                warned = warning->text();
                warning->accept();
            });
            box->button(QMessageBox::Yes)->click();
        }
    });
    pressExport(dialog);
    QTRY_VERIFY2(warned.contains(QLatin1String("could not be created")), qPrintable(warned));
    QVERIFY(dialog->isVisible()); // the person can choose another folder
    dialog->reject();
}

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"
