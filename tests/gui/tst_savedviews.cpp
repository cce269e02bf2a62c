#include "savedviews.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestSavedViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void saveListReplaceAndRemove()
    {
        SavedView interviews;
        interviews.name = "My interviews";
        interviews.filter.statuses = {ApplicationStatus::InterviewScheduled,
                                      ApplicationStatus::Interviewed};
        interviews.filter.ownerId = 7;
        interviews.filter.appliedFrom = QDate(2026, 11, 23);
        interviews.filter.appliedTo = QDate(2026, 11, 29);
        interviews.filter.search = "garc";
        interviews.sortColumn = 8;
        interviews.sortOrder = Qt::DescendingOrder;
        SavedViews::save(interviews);
        SavedView waitlist;
        waitlist.name = "Waitlist SWE";
        waitlist.filter.statuses = {ApplicationStatus::Waitlisted};
        waitlist.filter.trackId = 1;
        SavedViews::save(waitlist);

        QList<SavedView> views = SavedViews::list();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views[0].name, QStringLiteral("My interviews"));
        QCOMPARE(views[0].filter, interviews.filter);
        QCOMPARE(views[0].sortColumn, 8);
        QCOMPARE(views[0].sortOrder, Qt::DescendingOrder);
        QCOMPARE(views[1].filter, waitlist.filter);

        waitlist.filter.trackId = 2; // same name: replaced, not added
        SavedViews::save(waitlist);
        views = SavedViews::list();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views[1].filter.trackId, 2);

        SavedViews::remove("My interviews");
        views = SavedViews::list();
        QCOMPARE(views.size(), 1);
        QCOMPARE(views[0].name, QStringLiteral("Waitlist SWE"));
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
