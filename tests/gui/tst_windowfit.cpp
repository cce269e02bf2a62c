#include "applicantpanel.h"
#include "browse/applicationsearchindex.h"
#include "mainwindow.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

namespace {
// The smallest screen the desk is for, 1280×720 (logical: a 2560×1440 screen at scale 2), less
// a window frame and a panel of the desktop.
const QSize Room(1260, 680);
const QSize Screen(1280, 720);

// The widgets that ask for the most width, widest first: what to look at when the window does
// not fit.
QString widest(const QWidget *window)
{
    QList<const QWidget *> widgets;
    for (const QWidget *child : window->findChildren<QWidget *>()) {
        if (child->isVisible() && child->minimumSizeHint().width() > 300)
            widgets << child;
    }
    std::sort(widgets.begin(), widgets.end(), [](const QWidget *a, const QWidget *b) {
        return a->minimumSizeHint().width() > b->minimumSizeHint().width();
    });
    QStringList lines;
    for (const QWidget *widget : widgets.mid(0, 12)) {
        const QSize hint = widget->minimumSizeHint();
        lines << QStringLiteral("%1 \"%2\": %3×%4")
                     .arg(QString::fromLatin1(widget->metaObject()->className()),
                          widget->objectName())
                     .arg(hint.width())
                     .arg(hint.height());
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

// The window fits a 1280×720 screen, at scale 1 and (ctest tst_windowfit_scale2) at scale 2,
// with long names everywhere; and nothing but the person changes its size.
class TestWindowFit : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    // The Save button of the panel, and whether the person can see and reach it.
    static QString saveOutOfReach(const MainWindow &window)
    {
        const auto *save =
            window.findChild<ApplicantPanel *>()->findChild<QPushButton *>(QStringLiteral("save"));
        if (!save || !save->isVisible())
            return QStringLiteral("no Save button to be seen");
        const QRect inWindow(save->mapTo(&window, QPoint(0, 0)), save->size());
        if (!window.rect().contains(inWindow))
            return QStringLiteral("Save at %1,%2 %3×%4 is outside the window's %5×%6")
                .arg(inWindow.x())
                .arg(inWindow.y())
                .arg(inWindow.width())
                .arg(inWindow.height())
                .arg(window.width())
                .arg(window.height());
        // Not cut off by the panel or the dock around it.
        if (save->visibleRegion().boundingRect() != save->rect())
            return QStringLiteral("Save is partly hidden");
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear(); // no geometry remembered from another run
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        // Long names wherever the window shows one.
        const qint64 track = m_db->addTrack(
            QStringLiteral("FSWEB"),
            QStringLiteral("Full-stack web development with TypeScript, React and PostgreSQL"));
        m_db->addTrack(QStringLiteral("DSML"),
                       QStringLiteral("Data science and machine learning for working analysts"));
        QList<qint64> cohorts;
        for (int i = 1; i <= 3; ++i)
            cohorts << m_db->addCohort(
                track,
                QStringLiteral("Full-stack web development, evening and weekend cohort %1, "
                               "Berlin and remote")
                    .arg(i),
                30);
        for (const char *owner : {"maximiliana.von-hohenzollern-sigmaringen",
                                  "bartholomew.featherstonehaugh-cholmondeley"})
            m_db->addStaff(QString::fromLatin1(owner));
        const QStringList statuses{QStringLiteral("applied"), QStringLiteral("screening"),
                                   QStringLiteral("waitlisted"), QStringLiteral("offered")};
        const QString error = m_db->addApplications(
            1, 400, [&](int n, ApplicantRow &applicant, ApplicationRow &application) {
                applicant.firstName = QStringLiteral("Maximiliana-Josefina %1").arg(n);
                applicant.lastName =
                    QStringLiteral("von Hohenzollern-Sigmaringen de la Cruz Featherstonehaugh");
                applicant.email =
                    QStringLiteral(
                        "maximiliana.josefina.%1.von.hohenzollern@example-university.edu")
                        .arg(n);
                applicant.phone = QStringLiteral("+49 30 1234 %1").arg(n, 4, 10, QLatin1Char('0'));
                applicant.timeZone = QStringLiteral("America/Argentina/ComodRivadavia");
                application.trackId = track;
                application.cohortId = cohorts.at(n % cohorts.size());
                application.status = statuses.at(n % statuses.size());
                application.offerExpiresAt =
                    application.status == QLatin1String("offered") ? FixtureTime : QString();
            });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_db->scalar(QStringLiteral("UPDATE applicants SET country = ?, linkedin_url = ?, "
                                    "github_url = ?, portfolio_url = ?, source = ?"),
                     {QStringLiteral("Bosnia and Herzegovina"),
                      QStringLiteral("https://www.linkedin.com/in/"
                                     "maximiliana-josefina-von-hohenzollern-sigmaringen-1234567"),
                      QStringLiteral("https://github.com/maximiliana-josefina-von-hohenzollern"),
                      QStringLiteral("https://maximiliana-josefina-von-hohenzollern.example-"
                                     "portfolio-hosting.com/projects/all"),
                      QStringLiteral("Recommended by a former student at a meetup in Kreuzberg")});
        // The name the status bar shows for whoever signed in.
        m_db->scalar(
            QStringLiteral("UPDATE staff_users SET display_name = ? WHERE id = ?"),
            {QStringLiteral("Bartholomew Featherstonehaugh-Cholmondeley"), m_db->actor().userId});
        QVERIFY_OK(ApplicationSearchIndex(m_db->connectionName()).rebuild());
    }

    void cleanup() { m_db.reset(); }

    void theScaleIsTheOneAskedFor()
    {
        auto shown = signedInWindow(*m_db, m_db->actor());
        QVERIFY(shown);
        const qreal scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
                                : 1.0;
        QCOMPARE(shown->devicePixelRatio(), scale);
    }

    void theWindowFitsTheSmallestScreen()
    {
        auto shown = signedInWindow(*m_db, m_db->actor());
        QVERIFY(shown);
        QVERIFY(shown->findChild<QDockWidget *>(QStringLiteral("applicantDock"))->isVisible());
        auto *pages = shown->findChild<QTabWidget *>();
        // Each page, as each may ask for more room than the others.
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QCoreApplication::processEvents();
            const QSize hint = shown->minimumSizeHint();
            const QSize minimum = shown->minimumSize();
            qInfo("page %d: the window needs at least %d×%d", page, hint.width(), hint.height());
            const QString why =
                QStringLiteral("page %1: the window needs %2×%3 (minimum %4×%5)\n%6")
                    .arg(page)
                    .arg(hint.width())
                    .arg(hint.height())
                    .arg(minimum.width())
                    .arg(minimum.height())
                    .arg(widest(shown.get()));
            QVERIFY2(hint.width() <= Room.width() && hint.height() <= Room.height(),
                     qPrintable(why));
            QVERIFY2(minimum.width() <= Room.width() && minimum.height() <= Room.height(),
                     qPrintable(why));
        }
        // Where the window opens on its own, it fits too.
        QVERIFY(shown->width() <= Screen.width() || shown->screen()->size().width() > 1280);
    }

    void searchingAndFilteringLeaveTheSizeAlone()
    {
        auto shown = signedInWindow(*m_db, m_db->actor());
        QVERIFY(shown);
        shown->resize(Screen);
        QTRY_COMPARE(shown->size(), Screen);
        {
            const QString unreachable = saveOutOfReach(*shown);
            QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable));
        }

        auto *search = shown->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QVERIFY(search);
        // One letter (too short: a hint says so), a prefix, an application id, a long term and
        // a term nothing matches.
        for (const QString &term :
             {QStringLiteral("M"), QStringLiteral("Ma"), QStringLiteral("12"),
              QStringLiteral("maximiliana.josefina.3.von.hohenzollern@example-university.edu"),
              QStringLiteral("Featherstonehaugh Sigmaringen"), QStringLiteral("zzqqxxnothing")}) {
            search->clear();
            QTest::keyClicks(search, term);
            QCoreApplication::processEvents();
            QVERIFY2(shown->size() == Screen, qPrintable(QStringLiteral("after \"%1\": %2×%3\n%4")
                                                             .arg(term)
                                                             .arg(shown->width())
                                                             .arg(shown->height())
                                                             .arg(widest(shown.get()))));
            const QString unreachable = saveOutOfReach(*shown);
            QVERIFY2(unreachable.isEmpty(), qPrintable(term + QStringLiteral(": ") + unreachable));
        }
        search->clear();

        // One status, two, then all of them again.
        auto *statuses = shown->findChild<QToolButton *>(QStringLiteral("statusFilter"));
        QVERIFY(statuses);
        const QList<QAction *> choices = statuses->menu()->actions();
        for (QAction *action : {choices.at(1), choices.at(3), choices.last()}) {
            action->trigger();
            QCoreApplication::processEvents();
            QVERIFY2(shown->size() == Screen, qPrintable(QStringLiteral("after \"%1\": %2×%3\n%4")
                                                             .arg(action->text())
                                                             .arg(shown->width())
                                                             .arg(shown->height())
                                                             .arg(widest(shown.get()))));
        }

        // A track and a cohort with long names.
        auto *track = shown->findChild<QComboBox *>(QStringLiteral("trackFilter"));
        auto *cohort = shown->findChild<QComboBox *>(QStringLiteral("cohortFilter"));
        track->setCurrentIndex(track->findText(QStringLiteral("FSWEB"), Qt::MatchStartsWith));
        QTRY_VERIFY(cohort->count() > 1);
        cohort->setCurrentIndex(cohort->count() - 1);
        QCoreApplication::processEvents();
        QCOMPARE(shown->size(), Screen);

        // Another applicant, and the other pages.
        auto *pages = shown->findChild<QTabWidget *>();
        for (int page = pages->count() - 1; page >= 0; --page) {
            pages->setCurrentIndex(page);
            QCoreApplication::processEvents();
            QCOMPARE(shown->size(), Screen);
        }
        const QString unreachable = saveOutOfReach(*shown);
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable));
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
