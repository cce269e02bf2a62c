#include "applicationspage.h"
#include "browse/applicationsearchindex.h"
#include "browse/applicationtablemodel.h"
#include "domain/applicationstatus.h"
#include "mainwindow.h"
#include "modalwindows.h"
#include "reasondialog.h"
#include "savedviews.h"
#include "services/paymentservice.h"
#include "showmainwindow.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace {
// count applications, the first half applied, the rest waitlisted, all at FixtureTime; returns
// an error or nothing.
QString addApplications(TestDatabase &db, int count)
{
    const qint64 track = db.addTrack(QStringLiteral("SE"), QStringLiteral("Software engineering"));
    const qint64 cohort = db.addCohort(track, QStringLiteral("SE 2027 March"), 30);
    return db.addApplications(1, count, [&](int n, ApplicantRow &, ApplicationRow &application) {
        application.trackId = track;
        application.cohortId = cohort;
        application.status =
            n <= count / 2 ? QStringLiteral("applied") : QStringLiteral("waitlisted");
    });
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    // Answers the next question box with `button`, keeping its text in `asked`.
    void answerQuestion(QMessageBox::StandardButton button, QString *asked = nullptr)
    {
        ModalWindows::whenShown<QMessageBox>([button, asked](QMessageBox *box) {
            if (asked)
                *asked = box->text();
            box->button(button)->click();
        });
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void searchBoxFiltersAsYouType();
    void filtersAndSortPersistBetweenRuns();
    void cohortFilterPersistsBetweenRuns();
    void statusActionsMoveTheSelection();
    void savedViewIsRecalledFromTheMenu();
    void refundShowsItsAmountBeforeItIsPaid();
    void ownerIsAssignedToTheSelection();
    void largeBulkMovesBesideTheWindow();
    void showsTheApplicationsAndTrueCounts();
    void showsWholeColumnTitles();
    void aboutSaysTheLicence();
    void quitClosesTheWindow();
    void showsDatabaseErrorsInAMessageBox();
};

void TestMainWindow::initTestCase()
{
    // Settings go to a test folder, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
    QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
}

void TestMainWindow::showsTheApplicationsAndTrueCounts()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const int count = 1234;
    const QString error = addApplications(db, count);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    MainWindow window(db.connectionName(), db.path());
    QSignalSpy painted(&window, &MainWindow::tablePainted);
    QVERIFY(showMainWindow(window));
    QTRY_COMPARE(painted.count(), 1);
    QVERIFY(window.windowTitle().contains(QStringLiteral("test.sqlite")));

    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    QVERIFY(table);
    auto *model = qobject_cast<ApplicationTableModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), count);
    QCOMPARE(table->indexAt(QPoint(1, 1)).row(), 0);
    QVERIFY(table->rowAt(table->viewport()->height() - 1) > 10);
    const QModelIndex firstName = model->index(0, ApplicationTableModel::NameColumn);
    QCOMPARE(firstName.data().toString(), QStringLiteral("First1 Last1"));

    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    const QLocale locale;
    // The totals by status arrive right after the first rows are painted.
    QTRY_VERIFY2(counts->text().contains(locale.toString(count / 2)), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(locale.toString(count)), qPrintable(counts->text()));

    // Scrolling to the end reads the last page, and the model still holds only a few.
    table->scrollToBottom();
    QTRY_COMPARE(table->indexAt(QPoint(1, table->viewport()->height() - 2)).row(), count - 1);
    QCOMPARE(model->index(count - 1, ApplicationTableModel::IdColumn).data().toString(),
             QString::number(count));
    QVERIFY(model->cachedRowCount() <=
            ApplicationTableModel::CachedPages * ApplicationTableModel::PageSize);

    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
}

void TestMainWindow::searchBoxFiltersAsYouType()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const int count = 1234;
    const QString error = addApplications(db, count);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(ApplicationSearchIndex(db.connectionName()).rebuild().ok());

    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(search && table && counts);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("s"));
    QCOMPARE(table->model()->rowCount(), count); // one letter: nothing searched, and it says so
    auto *hint = window.findChild<QLabel *>(QStringLiteral("searchHint"));
    QVERIFY(hint && hint->text().contains(QLatin1String("2")));
    QTRY_VERIFY2(counts->text().contains(QLocale().toString(count)), qPrintable(counts->text()));
    // Two letters: the start of a name or email, never the middle ("person" has "so" inside).
    QTest::keyClicks(search, QStringLiteral("o"));
    QCOMPARE(table->model()->rowCount(), 0);
    // "son12" is in person12@, person120..129@ and person1200..1234@: the middle of an email.
    QTest::keyClicks(search, QStringLiteral("n12"));
    QCOMPARE(table->model()->rowCount(), 1 + 10 + 35);
    QCOMPARE(table->model()->index(0, ApplicationTableModel::EmailColumn).data().toString(),
             QStringLiteral("person12@example.org"));
    QTRY_VERIFY2(counts->text().contains(QLocale().toString(46)) &&
                     counts->text().contains(QLocale().toString(count)),
                 qPrintable(counts->text()));
    search->clear();
    QCOMPARE(table->model()->rowCount(), count);
}

void TestMainWindow::filtersAndSortPersistBetweenRuns()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const int count = 600;
    const QString error = addApplications(db, count);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        MainWindow window(db.connectionName(), db.path());
        QVERIFY(showMainWindow(window));
        auto *statuses = window.findChild<QToolButton *>(QStringLiteral("statusFilter"));
        QVERIFY(statuses && statuses->menu());
        QAction *waitlisted = nullptr;
        for (QAction *action : statuses->menu()->actions()) {
            if (action->data().toString() == QLatin1String("waitlisted"))
                waitlisted = action;
        }
        QVERIFY(waitlisted);
        waitlisted->setChecked(true);
        auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
        QCOMPARE(table->model()->rowCount(), count / 2);
        QCOMPARE(statuses->text(), Statuses::displayName(ApplicationStatus::Waitlisted));

        // A click on the Applied title sorts by it; a second click reverses the order.
        QHeaderView *header = table->horizontalHeader();
        const QPoint title(header->sectionViewportPosition(ApplicationTableModel::IdColumn) + 5,
                           header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, ApplicationTableModel::IdColumn).data().toString(),
                 QString::number(count));
        QVERIFY(window.close());
    }
    MainWindow again(db.connectionName(), db.path());
    again.refresh();
    auto *table = again.findChild<QTableView *>(QStringLiteral("applications"));
    QCOMPARE(table->model()->rowCount(), count / 2);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, ApplicationTableModel::IdColumn).data().toString(),
             QString::number(count));
}

// The cohorts are read only after the first rows are painted; the chosen one is kept anyway.
void TestMainWindow::cohortFilterPersistsBetweenRuns()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString error = addApplications(db, 40);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 track = db.scalar("SELECT id FROM tracks").toLongLong();
    const qint64 empty = db.addCohort(track, QStringLiteral("SE 2027 June"), 30);
    {
        MainWindow window(db.connectionName(), db.path());
        QVERIFY(showMainWindow(window));
        auto *trackBox = window.findChild<QComboBox *>(QStringLiteral("trackFilter"));
        auto *cohortBox = window.findChild<QComboBox *>(QStringLiteral("cohortFilter"));
        QVERIFY(trackBox && cohortBox);
        trackBox->setCurrentIndex(trackBox->findData(track));
        QTRY_VERIFY(cohortBox->findData(empty) > 0);
        cohortBox->setCurrentIndex(cohortBox->findData(empty));
        auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(window.close());
    }
    MainWindow again(db.connectionName(), db.path());
    again.refresh();
    auto *cohortBox = again.findChild<QComboBox *>(QStringLiteral("cohortFilter"));
    QCOMPARE(cohortBox->currentData().toLongLong(), empty);
    QCOMPARE(cohortBox->currentText(), QStringLiteral("SE 2027 June"));
    QCOMPARE(again.findChild<QTableView *>(QStringLiteral("applications"))->model()->rowCount(), 0);
}

namespace {
QString statusInDatabase(TestDatabase &db, int id)
{
    return db.scalar("SELECT status FROM applications WHERE id = ?", {id}).toString();
}

QAction *moveAction(MainWindow &window, const QString &text)
{
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title() != ApplicationsPage::tr("&Move to"))
            continue;
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}
} // namespace

void TestMainWindow::statusActionsMoveTheSelection()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString error = addApplications(db, 10); // 1..5 applied, 6..10 waitlisted
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int id = 1; id <= 10; ++id) // a history to continue from
        db.scalar("INSERT INTO status_events (application_id, to_status, at) SELECT id, status, "
                  "applied_at FROM applications WHERE id = ?",
                  {id});
    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    table->setCurrentIndex(table->model()->index(0, 0));
    // Nothing changes before the desk knows who is acting.
    QAction *screening = moveAction(window, Statuses::displayName(ApplicationStatus::Screening));
    QVERIFY(screening);
    QVERIFY(!screening->isEnabled());

    window.setActor(Actor{db.addStaff("officer"), "officer"});
    screening = moveAction(window, Statuses::displayName(ApplicationStatus::Screening));
    QVERIFY(screening && screening->isEnabled());
    QCOMPARE(screening->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    screening->trigger();
    QCOMPARE(statusInDatabase(db, 1), QStringLiteral("screening"));
    QCOMPARE(table->model()->index(0, ApplicationTableModel::StatusColumn).data().toString(),
             Statuses::displayName(ApplicationStatus::Screening));

    // A mixed selection (1 in screening, 2 and 3 applied) is offered each move legal for at
    // least one of it, with how many it reaches; a move of several asks first, and goes only to
    // those that may make it.
    table->selectionModel()->select(
        QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(1, 0),
                                             QItemSelectionModel::NoUpdate);
    const QString toScreening = ApplicationsPage::tr("%1 (%L2 of %L3)")
                                    .arg(Statuses::displayName(ApplicationStatus::Screening))
                                    .arg(2)
                                    .arg(3);
    QVERIFY2(moveAction(window, toScreening), qPrintable(toScreening));
    QCOMPARE(moveAction(window, toScreening)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    const QString toInterview =
        ApplicationsPage::tr("%1 (%L2 of %L3)")
            .arg(Statuses::displayName(ApplicationStatus::InterviewScheduled))
            .arg(1)
            .arg(3);
    QVERIFY2(moveAction(window, toInterview), qPrintable(toInterview));
    QString asked;
    QString others;
    ModalWindows::whenShown<QMessageBox>([&asked, &others](QMessageBox *box) {
        asked = box->text();
        others = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    QVERIFY2(asked.contains(QLatin1String("Move 2 of the selected")), qPrintable(asked));
    QVERIFY2(others.contains(QLatin1String("other 1 selected")), qPrintable(others));
    QCOMPARE(statusInDatabase(db, 2), QStringLiteral("applied")); // cancelled: nothing moved
    // Offscreen, the closed question gives the activation back to nobody: the window takes it.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    answerQuestion(QMessageBox::Yes);
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(statusInDatabase(db, 2), QStringLiteral("screening"));
    QCOMPARE(statusInDatabase(db, 3), QStringLiteral("screening"));
    // Application 1 was not asked to move again: no refusal, no second event.
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("refusals")));
    QCOMPARE(db.scalar("SELECT count(*) FROM status_events WHERE application_id = 1").toInt(), 2);

    // A row that is current but not highlighted (Ctrl+click let it go) is no target.
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::ClearAndSelect |
                                        QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(1, 0),
                                             QItemSelectionModel::NoUpdate);
    QVERIFY(moveAction(window, Statuses::displayName(ApplicationStatus::InterviewScheduled)));
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(!moveAction(window, Statuses::displayName(ApplicationStatus::InterviewScheduled)));
    QVERIFY(!window.findChild<ApplicationsPage *>()->withdrawAction()->isEnabled());
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(statusInDatabase(db, 2), QStringLiteral("screening"));

    // Del withdraws, after asking why.
    table->selectionModel()->clearSelection();
    table->setCurrentIndex(table->model()->index(4, 0));
    window.activateWindow(); // after the refusals, as above
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ModalWindows::whenShown<ReasonDialog>([](ReasonDialog *dialog) {
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reason"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no reason yet
        QVERIFY(reason->findText(ReasonDialog::tr("Accepted another offer")) >= 0);
        reason->setEditText(QStringLiteral("Took another offer"));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(statusInDatabase(db, 5), QStringLiteral("withdrawn"));
    QCOMPARE(db.scalar("SELECT reason FROM status_events WHERE application_id = 5 ORDER BY id "
                       "DESC LIMIT 1")
                 .toString(),
             QStringLiteral("Took another offer"));
}

// Moving a refund request to refunded says what the refund comes to before anything is paid,
// then records it.
void TestMainWindow::refundShowsItsAmountBeforeItIsPaid()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const qint64 track = db.addTrack(QStringLiteral("SWE"));
    const qint64 cohort =
        db.addCohort(track, QStringLiteral("SWE now"), 10, QDate::currentDate().addDays(-3));
    ApplicationRow row(db.addApplicant("Ada", "Lovelace", "ada@example.org"), track,
                       QStringLiteral("refund_requested"));
    row.cohortId = cohort;
    row.appliedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    row.history = QStringList{QStringLiteral("active"), QStringLiteral("refund_requested")};
    const qint64 id = db.addApplication(row);
    const Actor officer{db.addStaff("officer"), "officer"};
    PaymentService money(db.connectionName(), officer);
    QVERIFY(money.setFees({cohort, QStringLiteral("USD"), 1000000, 100000}).ok());
    PaymentService::Entry paid;
    paid.amountCents = 400000;
    QVERIFY(money.record(id, paid).ok());

    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    window.setActor(officer);
    QString asked;
    ModalWindows::whenShown<ReasonDialog>([&asked](ReasonDialog *dialog) {
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            asked += label->text();
        dialog->findChild<QComboBox *>(QStringLiteral("reason"))
            ->setEditText(QStringLiteral("Moved abroad"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QAction *refunded = moveAction(window, Statuses::displayName(ApplicationStatus::Refunded) +
                                               ApplicationsPage::tr("…"));
    QVERIFY(refunded && refunded->isEnabled());
    refunded->trigger();
    const QString amount = Money{400000, QStringLiteral("USD")}.display();
    QVERIFY2(asked.contains(QStringLiteral("100%")) && asked.contains(amount), qPrintable(asked));
    QCOMPARE(statusInDatabase(db, int(id)), QStringLiteral("refunded"));
    QCOMPARE(db.scalar("SELECT amount_cents FROM payments WHERE kind = 'refund'").toLongLong(),
             qint64(400000));

    // Refund today has no order of its own: a click on its title keeps the order.
    QHeaderView *header = table->horizontalHeader();
    header->setSortIndicator(ApplicationTableModel::NameColumn, Qt::DescendingOrder);
    header->setSortIndicator(ApplicationTableModel::RefundColumn, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(ApplicationTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::savedViewIsRecalledFromTheMenu()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const int count = 300;
    const QString error = addApplications(db, count);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SavedView waitlisted;
    waitlisted.name = QStringLiteral("Waitlisted, newest first");
    waitlisted.filter.statuses = {ApplicationStatus::Waitlisted};
    waitlisted.sortColumn = ApplicationTableModel::IdColumn;
    waitlisted.sortOrder = Qt::DescendingOrder;
    SavedViews::save(waitlisted);

    MainWindow window(db.connectionName(), db.path());
    window.refresh();
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    QCOMPARE(table->model()->rowCount(), count);
    QMenu *views = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title() == MainWindow::tr("Saved &Views"))
            views = menu;
    }
    QVERIFY(views);
    Q_EMIT views->aboutToShow();
    QCOMPARE(views->actions().size(), 1);
    views->actions().first()->trigger();
    QCOMPARE(table->model()->rowCount(), count / 2);
    QCOMPARE(table->model()->index(0, ApplicationTableModel::IdColumn).data().toString(),
             QString::number(count));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::ownerIsAssignedToTheSelection()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString error = addApplications(db, 10);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 grace = db.addStaff("grace");
    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));
    window.setActor(Actor{db.addStaff("officer"), "officer"});
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    table->selectionModel()->select(
        QItemSelection(table->model()->index(2, 0), table->model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(2, 0),
                                             QItemSelectionModel::NoUpdate);
    QAction *assign = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == ApplicationsPage::tr("Assign &Owner…"))
            assign = action;
    }
    QVERIFY(assign);
    ModalWindows::whenShown<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("grace"));
        dialog->accept();
    });
    assign->trigger();
    QCOMPARE(db.scalar("SELECT group_concat(id) FROM applications WHERE owner_id = ?", {grace})
                 .toString(),
             QStringLiteral("3,4,5"));
    QCOMPARE(table->model()->index(3, ApplicationTableModel::OwnerColumn).data().toString(),
             QStringLiteral("grace"));
}

void TestMainWindow::largeBulkMovesBesideTheWindow()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const int count = 2 * (ApplicationsPage::BackgroundBulk + 50); // half applied, half waitlisted
    const QString error = addApplications(db, count);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));
    window.setActor(Actor{db.addStaff("officer"), "officer"});
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    table->selectAll();
    table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                             QItemSelectionModel::NoUpdate);
    // The waitlisted half cannot move to screening: the move reaches the applied half only.
    QAction *screening =
        moveAction(window, ApplicationsPage::tr("%1 (%L2 of %L3)")
                               .arg(Statuses::displayName(ApplicationStatus::Screening))
                               .arg(count / 2)
                               .arg(count));
    QVERIFY(screening && screening->isEnabled());
    answerQuestion(QMessageBox::Yes);
    screening->trigger();
    // The work runs on a worker thread; the window shows its progress meanwhile.
    QVERIFY(window.findChild<QProgressDialog *>(QStringLiteral("bulkProgress")));
    QTRY_COMPARE_WITH_TIMEOUT(
        db.scalar("SELECT count(*) FROM applications WHERE status = 'screening'").toInt(),
        count / 2, 30000);
    QTRY_COMPARE(table->model()->index(0, ApplicationTableModel::StatusColumn).data().toString(),
                 Statuses::displayName(ApplicationStatus::Screening));
    QCOMPARE(db.scalar("SELECT count(*) FROM applications WHERE status = 'waitlisted'").toInt(),
             count / 2);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("refusals")));
}

void TestMainWindow::showsWholeColumnTitles()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(title),
                 qPrintable(title));
    }
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    QVERIFY2(counts->text().contains(QLocale().toString(0)), qPrintable(counts->text()));
}

void TestMainWindow::aboutSaysTheLicence()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));
    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("&About Admissions Desk"))
            about = action;
    }
    QVERIFY(about);
    QString said;
    ModalWindows::whenShown<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    about->trigger();
    QVERIFY2(said.contains(QLatin1String("GNU General Public License")) &&
                 said.contains(QLatin1String("version 3 of the License, or (at your option) any "
                                             "later version")),
             qPrintable(said));
}

void TestMainWindow::quitClosesTheWindow()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));

    QAction *quit = nullptr;
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q))
            quit = action;
    }
    QVERIFY(quit);
    QVERIFY(!quit->text().isEmpty());
    quit->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::showsDatabaseErrorsInAMessageBox()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    MainWindow window(db.connectionName(), db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSqlQuery alter(QSqlDatabase::database(db.connectionName()));
    // What the list counts from (its totals by status) is gone.
    QVERIFY2(alter.exec(QStringLiteral("ALTER TABLE status_totals RENAME TO totals_gone")),
             qPrintable(alter.lastError().text()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
    window.refresh();
    auto *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(!box->text().isEmpty());
    QVERIFY2(box->informativeText().contains(QStringLiteral("status_totals")),
             qPrintable(box->informativeText()));
    box->accept();
    QVERIFY2(alter.exec(QStringLiteral("ALTER TABLE totals_gone RENAME TO status_totals")),
             qPrintable(alter.lastError().text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
