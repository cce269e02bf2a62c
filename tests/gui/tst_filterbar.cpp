#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestFilterBar : public QObject
{
    Q_OBJECT

    static Cohort cohort(qint64 id, qint64 track, const QString &name)
    {
        Cohort c;
        c.id = id;
        c.trackId = track;
        c.name = name;
        return c;
    }

private Q_SLOTS:
    void everyPartMakesTheFilter()
    {
        FilterBar bar;
        bar.setTracks({Track{1, "SWE", "Software", true}, Track{2, "CYB", "Cyber", true}});
        bar.setCohorts({cohort(10, 1, "SWE-1"), cohort(11, 1, "SWE-2"), cohort(20, 2, "CYB-1")});
        bar.setOwners({StaffUser{5, "ada", "Ada", "admissions_officer", true}});
        QSignalSpy changed(&bar, &FilterBar::filterChanged);

        auto *track = bar.findChild<QComboBox *>("trackFilter");
        auto *cohorts = bar.findChild<QComboBox *>("cohortFilter");
        auto *owner = bar.findChild<QComboBox *>("ownerFilter");
        QCOMPARE(cohorts->count(), 1); // no track chosen: no cohort to choose
        QVERIFY(!cohorts->isEnabled());
        track->setCurrentIndex(track->findData(qint64(2)));
        QCOMPARE(cohorts->count(), 2); // "All cohorts" and CYB-1
        QCOMPARE(changed.count(), 1);
        cohorts->setCurrentIndex(cohorts->findData(qint64(20)));
        owner->setCurrentIndex(owner->findData(qint64(5)));
        auto *between = bar.findChild<QCheckBox *>("appliedBetween");
        bar.findChild<QDateEdit *>("appliedFrom")->setDate(QDate(2026, 1, 1));
        bar.findChild<QDateEdit *>("appliedTo")->setDate(QDate(2026, 1, 31));
        between->setChecked(true);
        QTest::keyClicks(bar.findChild<QLineEdit *>("searchBox"), "garc");

        const ApplicationFilter f = bar.filter();
        QCOMPARE(f.trackId, 2);
        QCOMPARE(f.cohortId, 20);
        QCOMPARE(f.ownerId, 5);
        QCOMPARE(f.appliedFrom, QDate(2026, 1, 1));
        QCOMPARE(f.appliedTo, QDate(2026, 1, 31));
        QCOMPARE(f.search, QStringLiteral("garc"));
        QCOMPARE(changed.last().first().value<ApplicationFilter>(), f);

        // Another track: its cohorts only, and the CYB cohort is no longer chosen.
        track->setCurrentIndex(track->findData(qint64(1)));
        QCOMPARE(bar.filter().cohortId, 0);

        // A saved filter comes back without a signal.
        const int before = changed.count();
        bar.setFilter(f);
        QCOMPARE(changed.count(), before);
        QCOMPARE(bar.filter(), f);
    }

    void statusMenuStaysOpenForSeveralStatuses()
    {
        FilterBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *button = bar.findChild<QToolButton *>("statusFilter");
        QMenu *menu = button->menu();
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        for (int i : {0, 1}) {
            QAction *action = menu->actions().at(i);
            const QPoint at = menu->actionGeometry(action).center();
            QTest::mouseMove(menu, at);
            QTest::mouseClick(menu, Qt::LeftButton, {}, at);
        }
        QVERIFY(menu->isVisible());
        QCOMPARE(bar.filter().statuses, (QList<ApplicationStatus>{ApplicationStatus::Applied,
                                                                  ApplicationStatus::Screening}));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(button->text(), FilterBar::tr("%n statuses", nullptr, 2));
        menu->close();
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
