#include "mainwindow.h"
#include "reports/reportrunner.h"
#include "reports/reportspage.h"
#include "services/statusservice.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <sys/stat.h>

namespace {
// Long enough for ChangeWatch to have noticed a change (it polls every second).
constexpr int ChangeWatchWait = 2500;

// The main road, in order: a history below is a start of it, or leaves it to an exit.
const QStringList Road{"applied",     "screening",  "interview_scheduled",
                       "interviewed", "qualified",  "offered",
                       "accepted",    "enrolled",   "active",
                       "graduated",   "job_search", "placed"};
// The funnel's stages, each named by the status that enters it.
const QStringList Stages{"applied",  "screening", "interviewed", "qualified", "offered",
                         "accepted", "enrolled",  "active",      "graduated", "placed"};

QStringList roadTo(const QString &status)
{
    return Road.mid(0, Road.indexOf(status) + 1);
}

// Every bit of the file's mode but the owner's.
int othersMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 077);
}
} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QList<QStringList> m_histories;
    QList<qint64> m_ids; // the applications of m_histories, in order

    // The applications reaching each stage, counted from the histories as written: a stage is
    // reached when the history entered its status.
    QList<qint64> reachedByHand() const
    {
        QList<qint64> reached;
        for (const QString &stage : Stages) {
            qint64 count = 0;
            for (const QStringList &history : m_histories)
                count += history.contains(stage) ? 1 : 0;
            reached << count;
        }
        return reached;
    }

    void addHistory(qint64 track, const QStringList &history)
    {
        const int n = int(m_histories.size()) + 1;
        ApplicationRow row(
            m_db->addApplicant("A", QString::number(n), QStringLiteral("a%1@example.org").arg(n)),
            track, history.last());
        row.history = history;
        const qint64 id = m_db->addApplication(row);
        QVERIFY(id > 0);
        m_histories << history;
        m_ids << id;
    }

    // The page on screen, signed in, with the report shown.
    std::unique_ptr<ReportsPage> shownPage(ReportKind kind)
    {
        auto page = std::make_unique<ReportsPage>(m_db->connectionName(), m_db->path());
        page->resize(1000, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        if (!page->refresh().ok())
            return nullptr;
        page->showReport(kind);
        page->setActor(m_db->actor());
        if (!waitForReport(*page))
            return nullptr;
        return page;
    }

    static bool waitForReport(ReportsPage &page)
    {
        const auto idle = [&page] { return !page.isRunning(); };
        if (!QTest::qWaitFor(idle, 10000))
            return false;
        // A run may be waiting for its filters to settle.
        QTest::qWait(ReportsPage::SettleMs + 50);
        return QTest::qWaitFor(idle, 10000);
    }

    static QList<qint64> column(const ReportTable &table, const QString &key)
    {
        QList<qint64> values;
        const int at = table.columnOf(key);
        for (const QVariantList &row : table.rows)
            values << row.value(at).toLongLong();
        return values;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        // Each run opens its own connection on a worker, and must leave no connection behind.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_histories.clear();
        m_ids.clear();
        const qint64 swe = m_db->addTrack("SWE", "Software Engineering");
        const qint64 data = m_db->addTrack("DATA", "Data Analytics");
        for (int i = 0; i < 4; ++i)
            addHistory(swe, roadTo("enrolled"));
        for (int i = 0; i < 3; ++i)
            addHistory(data, roadTo("qualified") << "waitlisted");
        for (int i = 0; i < 2; ++i)
            addHistory(swe, QStringList{"applied", "screening", "not_qualified"});
        for (int i = 0; i < 5; ++i)
            addHistory(data, roadTo("applied"));
        addHistory(swe, roadTo("placed"));
    }

    void cleanup() { m_db.reset(); }

    void theFunnelsChartHasTheTablesNumbers()
    {
        auto page = shownPage(ReportKind::Funnel);
        QVERIFY(page);
        QVERIFY(page->report().has_value());
        const ReportTable &stages = page->report()->tables.at(0);
        const QList<qint64> reached = column(stages, "reached");
        QCOMPARE(reached, reachedByHand());
        QCOMPARE(reached.first(), qint64(m_histories.size()));

        const auto own = ReportRunner(m_db->connectionName(), m_db->actor())
                             .run(ReportKind::Funnel, ReportFilter{});
        QVERIFY2(own.ok(), qPrintable(own ? QString() : own.error().text()));
        QCOMPARE(column(own->tables.at(0), "reached"), reached);

        auto *view = page->findChild<QChartView *>("reportChart");
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->chart()->series().size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(view->chart()->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 1);
        const QBarSet *set = bars->barSets().constFirst();
        QCOMPARE(set->count(), int(reached.size()));
        for (int i = 0; i < set->count(); ++i)
            QCOMPARE(qint64(set->at(i)), reached.at(i));

        // The same numbers in the table on screen, a tab a table.
        auto *tables = page->findChild<QTabWidget *>("reportTables");
        QCOMPARE(tables->count(), int(page->report()->tables.size()));
        auto *table = page->findChild<QTableView *>("reportTable_stages");
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int row = 0; row < int(reached.size()); ++row)
            QCOMPARE(table->model()->index(row, 1).data().toString(),
                     QString::number(reached.at(row)));
    }

    // The cohort choice offers the chosen track's cohorts, read from the file when the track is
    // chosen, and none before; the cohort chosen narrows the report.
    void theCohortChoiceIsTheTracks()
    {
        const qint64 swe = m_db->scalar("SELECT id FROM tracks WHERE code = 'SWE'").toLongLong();
        const qint64 data = m_db->scalar("SELECT id FROM tracks WHERE code = 'DATA'").toLongLong();
        const qint64 later = m_db->addCohort(swe, "SWE-Later", 20);
        m_db->addCohort(data, "DATA-Later", 20);
        auto page = shownPage(ReportKind::Funnel);
        QVERIFY(page);
        auto *track = page->findChild<QComboBox *>("reportTrack");
        auto *cohort = page->findChild<QComboBox *>("reportCohort");
        QVERIFY(track && cohort);
        QCOMPARE(cohort->count(), 1); // "All cohorts" alone
        track->setCurrentIndex(track->findData(swe));
        QVERIFY(cohort->findData(later) > 0);
        QStringList names;
        for (int i = 1; i < cohort->count(); ++i)
            names << cohort->itemText(i);
        QVERIFY2(!names.contains("DATA-Later"), qPrintable(names.join(", ")));
        cohort->setCurrentIndex(cohort->findData(later));
        QVERIFY(waitForReport(*page));
        QCOMPARE(column(page->report()->tables.at(0), "reached").first(), qint64(0));
    }

    void theFiltersShownAreTheReportsOwn()
    {
        auto page = shownPage(ReportKind::Funnel);
        QVERIFY(page);
        const auto shown = [&page](const char *name) {
            auto *widget = page->findChild<QWidget *>(name);
            return widget && widget->isVisibleTo(page.get());
        };
        for (const char *name : {"reportDatesOn", "reportTrack", "reportCohort", "reportOwner",
                                 "reportSource", "reportCampaign", "reportBreakdown"})
            QVERIFY2(shown(name), name);

        page->showReport(ReportKind::MentorLoad);
        QVERIFY(shown("reportTrack"));
        for (const char *name : {"reportDatesOn", "reportCohort", "reportOwner", "reportSource",
                                 "reportCampaign", "reportBreakdown"})
            QVERIFY2(!shown(name), name);

        page->showReport(ReportKind::CohortFill);
        for (const char *name : {"reportDatesOn", "reportTrack", "reportCohort"})
            QVERIFY2(shown(name), name);
        for (const char *name : {"reportOwner", "reportSource", "reportBreakdown"})
            QVERIFY2(!shown(name), name);
        QCOMPARE(page->findChild<QLabel *>("reportDatesMean")->text(),
                 ReportKindInfo::datesMean(ReportKind::CohortFill));

        // A source typed for the funnel is not sent to a report that cannot take it: the
        // report runs instead of being refused.
        page->showReport(ReportKind::Funnel);
        page->findChild<QLineEdit *>("reportSource")->setText("nowhere");
        page->showReport(ReportKind::TimeInStage);
        QVERIFY(waitForReport(*page));
        page->showReport(ReportKind::MentorLoad);
        QVERIFY(waitForReport(*page));
        QVERIFY(!page->findChild<QLabel *>("reportMessage")->text().contains("cannot be narrowed"));
    }

    void aTableExportsAsAPrivateCsv()
    {
        auto page = shownPage(ReportKind::Funnel);
        QVERIFY(page);
        const QString path = m_db->dir() + "/funnel.csv";
        const Status written = page->exportTable(path);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().text()));
        QCOMPARE(othersMode(path), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                      .split(QRegularExpression("\r?\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(Stages.size()) + 1);
        QVERIFY(lines.first().startsWith("stage,reached,"));
        const QList<qint64> reached = reachedByHand();
        for (int i = 0; i < reached.size(); ++i)
            QCOMPARE(lines.at(i + 1).split(',').at(1), QString::number(reached.at(i)));
    }

    void theChartAndTheReportExportAsFiles()
    {
        auto page = shownPage(ReportKind::Funnel);
        QVERIFY(page);
        for (const auto &[name, write] :
             {std::pair{QStringLiteral("funnel.png"), &ReportsPage::exportChartPng},
              std::pair{QStringLiteral("funnel.svg"), &ReportsPage::exportChartSvg},
              std::pair{QStringLiteral("funnel.pdf"), &ReportsPage::exportPdf}}) {
            const QString path = m_db->dir() + "/" + name;
            const Status written = (page.get()->*write)(path);
            QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().text()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(8);
            QVERIFY2(file.size() > 1000, qPrintable(name));
            QCOMPARE(othersMode(path), 0);
            if (name.endsWith(".png"))
                QVERIFY(head.startsWith("\x89PNG"));
            else if (name.endsWith(".pdf"))
                QVERIFY(head.startsWith("%PDF"));
            else
                QVERIFY(head.startsWith("<?xml"));
        }
    }

    void anErrorReplacesTheChart()
    {
        auto page = shownPage(ReportKind::Funnel);
        QVERIFY(page);
        auto *content = page->findChild<QChartView *>("reportChart");
        QVERIFY(content->isVisible());
        // A range that ends before it begins: refused by the runner, for every report. Three
        // edits in a row run the report once, after them.
        QSignalSpy shown(page.get(), &ReportsPage::reportShown);
        page->findChild<QCheckBox *>("reportDatesOn")->setChecked(true);
        page->findChild<QDateEdit *>("reportFrom")->setDate(QDate(2027, 1, 1));
        page->findChild<QDateEdit *>("reportTo")->setDate(QDate(2026, 1, 1));
        QVERIFY(!page->isRunning()); // still settling
        QVERIFY(waitForReport(*page));
        QCOMPARE(shown.count(), 1);
        auto *message = page->findChild<QLabel *>("reportMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains("before it begins"), qPrintable(message->text()));
        QVERIFY(!content->isVisible());
        QVERIFY(!page->report().has_value());
        for (QAction *action : page->exportActions())
            QVERIFY(!action->isEnabled());
        QVERIFY(!page->exportTable(m_db->dir() + "/stale.csv").ok());
        QVERIFY(!QFile::exists(m_db->dir() + "/stale.csv"));

        // Back to a range that holds the fixtures' day: the chart again.
        page->findChild<QDateEdit *>("reportFrom")->setDate(QDate(2026, 11, 1));
        page->findChild<QDateEdit *>("reportTo")->setDate(QDate(2026, 11, 30));
        QVERIFY(waitForReport(*page));
        QVERIFY(content->isVisible());
        QCOMPARE(column(page->report()->tables.at(0), "reached"), reachedByHand());
    }

    void onlyTheNewestRunIsShown()
    {
        auto page = shownPage(ReportKind::Funnel);
        QVERIFY(page);
        QSignalSpy shown(page.get(), &ReportsPage::reportShown);
        page->showReport(ReportKind::TimeInStage);
        page->showReport(ReportKind::Sources); // while the time in stage runs
        QVERIFY(waitForReport(*page));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(page->report()->kind, ReportKind::Sources);
        QCOMPARE(page->findChild<QLabel *>("reportTitle")->text(),
                 ReportKindInfo::title(ReportKind::Sources));
    }

    void theReportsMenuOpensThePageOnAReport()
    {
        auto window = signedInWindow(*m_db, m_db->actor());
        QVERIFY(window);
        auto *action = window->findChild<QAction *>("report_sources");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::ALT | Qt::Key_4));
        action->trigger();
        auto *page = window->findChild<ReportsPage *>();
        QVERIFY(page->isVisible());
        QCOMPARE(page->currentKind(), ReportKind::Sources);
        QVERIFY(waitForReport(*page));
        QVERIFY(page->report().has_value());
        QCOMPARE(page->report()->kind, ReportKind::Sources);
    }

    // Another program's change shows on the report on screen within about a second (ChangeWatch),
    // and waits for the page while it is not shown.
    void aChangeElsewhereShowsOnTheShownReportOnly()
    {
        auto window = signedInWindow(*m_db, m_db->actor());
        QVERIFY(window);
        Database elsewhere(QStringLiteral("elsewhere"));
        QVERIFY_OK(elsewhere.open(m_db->path(), Database::Check::Later, Database::Mode::Existing));
        StatusService otherDesk(elsewhere.connectionName(), m_db->actor());
        auto *page = window->findChild<ReportsPage *>();
        window->findChild<QAction *>("report_funnel")->trigger();
        QVERIFY(waitForReport(*page));
        const auto screened = [page] {
            return page->report() ? column(page->report()->tables.at(0), "reached").at(1) : -1;
        };
        const qint64 before = screened();
        QCOMPARE(before, reachedByHand().at(1));

        const int onlyApplied = int(m_histories.indexOf(roadTo("applied")));
        QVERIFY_OK(otherDesk.changeStatus(m_ids.at(onlyApplied), ApplicationStatus::Screening));
        QTRY_COMPARE_WITH_TIMEOUT(screened(), before + 1, 5000);

        // Hidden, the page does not run; shown again, it does.
        auto *pages = window->findChild<QTabWidget *>();
        pages->setCurrentIndex(0);
        QSignalSpy shown(page, &ReportsPage::reportShown);
        QVERIFY_OK(otherDesk.changeStatus(m_ids.at(onlyApplied + 1), ApplicationStatus::Screening));
        QTest::qWait(ChangeWatchWait);
        QCOMPARE(shown.count(), 0);
        pages->setCurrentWidget(page);
        QTRY_COMPARE_WITH_TIMEOUT(screened(), before + 2, 5000);
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
