#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
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
        const QList<Cohort> all{cohort(10, 1, "SWE-1"), cohort(11, 1, "SWE-2"), cohort(20, 2, "CYB-1")};
        QList<qint64> asked; // the tracks whose cohorts were read
        bar.setCohortLookup([&all, &asked](qint64 trackId) {
            asked << trackId;
            QList<Cohort> ofTrack;
            for (const Cohort &one : all) {
                if (one.trackId == trackId)
                    ofTrack << one;
            }
            return ofTrack;
        });
        bar.setOwners({StaffUser{5, "ada", "Ada", StaffRole::Officer, true, true}});
        QSignalSpy changed(&bar, &FilterBar::filterChanged);

        auto *track = bar.findChild<QComboBox *>("trackFilter");
        auto *cohorts = bar.findChild<QComboBox *>("cohortFilter");
        auto *owner = bar.findChild<QComboBox *>("ownerFilter");
        QCOMPARE(cohorts->count(), 1); // no track chosen: no cohort to choose, none read
        QVERIFY(!cohorts->isEnabled());
        QVERIFY(asked.isEmpty());
        track->setCurrentIndex(track->findData(qint64(2)));
        QCOMPARE(cohorts->count(), 2); // "All cohorts" and CYB-1
        QCOMPARE(asked, QList<qint64>{2});
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

    // One character searches for nothing and says so; the view is not shown as if searched.
    // Two characters search for the start of a name or email, and the hint says that too.
    void oneCharacterIsNotASearch()
    {
        FilterBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        auto *search = bar.findChild<QLineEdit *>("searchBox");
        auto *hint = bar.findChild<QLabel *>("searchHint");
        QVERIFY(search && hint);
        QVERIFY(hint->text().isEmpty());

        QTest::keyClicks(search, "L");
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().value<ApplicationFilter>().search, QString());
        QCOMPARE(bar.filter().search, QString());
        QVERIFY2(hint->isVisible() && hint->isEnabled() && hint->text().contains("2"),
                 qPrintable(hint->text()));
        QVERIFY(!search->toolTip().isEmpty());

        QTest::keyClicks(search, "i");
        QCOMPARE(changed.last().first().value<ApplicationFilter>().search, QStringLiteral("Li"));
        QVERIFY2(hint->text().contains("starting with"), qPrintable(hint->text()));
        QVERIFY(!hint->isEnabled()); // greyed again: it explains, it does not warn
        QVERIFY(search->toolTip().isEmpty());

        QTest::keyClicks(search, "m");
        QCOMPARE(bar.filter().search, QStringLiteral("Lim"));
        QVERIFY(hint->text().isEmpty());

        search->clear();
        QTest::keyClicks(search, "81");
        QCOMPARE(bar.filter().search, QStringLiteral("81"));
        QVERIFY2(hint->text().contains("Application 81"), qPrintable(hint->text()));

        // A saved view with one character comes back as typed, not searched.
        ApplicationFilter saved;
        saved.search = QStringLiteral("x");
        bar.setFilter(saved);
        QCOMPARE(search->text(), QStringLiteral("x"));
        QCOMPARE(bar.filter().search, QString());
        QVERIFY(hint->isEnabled() && !hint->text().isEmpty());
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
