#include "modalwindows.h"
#include "setup/trackcheck.h"
#include "setup/trackdialog.h"
#include "setup/tracksdialog.h"
#include "testdatabase.h"
#include "widgets/emptylistnote.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

// Settings → Career Tracks…: adding, editing, deactivating; and the way out of a desk with no
// track when something needs one.
class TestTracksDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    }

    void cleanup() { m_db.reset(); }

    void tracksAreAddedEditedAndDeactivated()
    {
        TracksDialog dialog(m_db->connectionName(), m_db->actor(), true);
        auto *table = dialog.findChild<QTableWidget *>();
        auto *note = table->findChild<EmptyListNote *>();
        QVERIFY(note && !note->isHidden());

        ModalWindows::whenShown<TrackDialog>([](TrackDialog *d) {
            QPushButton *save = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QVERIFY(!save->isEnabled());
            QTest::keyClicks(d->findChild<QLineEdit *>("code"), "S W E");
            QVERIFY(d->findChild<QLabel *>("codeProblem")->text().contains("not a track code"));
            d->findChild<QLineEdit *>("code")->setText("SWE");
            QTest::keyClicks(d->findChild<QLineEdit *>("name"), "Software Engineering");
            QVERIFY(save->isEnabled());
            save->click();
        });
        ModalWindows::button(&dialog, TracksDialog::tr("&New Track…"))->click();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(note->isHidden());
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("SWE"));
        QVERIFY(dialog.changedAny());

        // A code already taken is refused in the dialog, which keeps what was typed.
        m_db->addTrack("DATA", "Data Science");
        QVERIFY(dialog.refresh().ok());
        table->setCurrentCell(1, 0); // by name: Data Science, Software Engineering
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("SWE"));
        ModalWindows::whenShown<TrackDialog>([](TrackDialog *d) {
            auto *code = d->findChild<QLineEdit *>("code");
            QCOMPARE(code->text(), QStringLiteral("SWE"));
            code->setText("data");
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            QVERIFY(d->isVisible());
            QVERIFY2(d->findChild<QLabel *>("problems")->text().contains("already a track DATA"),
                     qPrintable(d->findChild<QLabel *>("problems")->text()));
            QCOMPARE(code->text(), QStringLiteral("data"));
        });
        ModalWindows::button(&dialog, TracksDialog::tr("&Edit Track…"))->click();
        QCOMPARE(m_db->scalar("SELECT count(*) FROM tracks WHERE code = 'SWE'").toInt(), 1);

        QPushButton *toggle = ModalWindows::button(&dialog, TracksDialog::tr("&Deactivate"));
        toggle->click();
        QCOMPARE(m_db->scalar("SELECT active FROM tracks WHERE code = 'SWE'").toInt(), 0);
        QCOMPARE(table->item(1, 2)->text(), TracksDialog::tr("no (inactive)"));
        QCOMPARE(toggle->text(), TracksDialog::tr("&Activate"));
        toggle->click();
        QCOMPARE(m_db->scalar("SELECT active FROM tracks WHERE code = 'SWE'").toInt(), 1);
    }

    void withoutTheRoleTheTracksAreOnlyShown()
    {
        m_db->addTrack("SWE");
        TracksDialog dialog(m_db->connectionName(), m_db->actor(StaffRole::ReadOnly), false);
        QCOMPARE(dialog.findChild<QTableWidget *>()->rowCount(), 1);
        for (const QString &text :
             {TracksDialog::tr("&New Track…"), TracksDialog::tr("&Edit Track…"),
              TracksDialog::tr("&Deactivate")})
            QVERIFY2(ModalWindows::button(&dialog, text)->isHidden(), qPrintable(text));
    }

    void somethingThatNeedsATrackOffersToAddOne()
    {
        QWidget parent;
        // Declined: nothing is added, and the caller does not go on.
        ModalWindows::whenShown<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains("none yet"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!TrackCheck::ensureActiveTrack(m_db->connectionName(), m_db->actor(),
                                               QStringLiteral("A cohort"), &parent));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM tracks").toInt(), 0);

        // Accepted: the track dialog, and the caller goes on with the new track.
        ModalWindows::whenShown<QMessageBox>([](QMessageBox *box) {
            ModalWindows::whenShown<TrackDialog>([](TrackDialog *d) {
                d->findChild<QLineEdit *>("code")->setText("SWE");
                d->findChild<QLineEdit *>("name")->setText("Software Engineering");
                d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            });
            ModalWindows::button(box, TrackCheck::tr("&Add a Career Track…"))->click();
        });
        QVERIFY(TrackCheck::ensureActiveTrack(m_db->connectionName(), m_db->actor(),
                                              QStringLiteral("A cohort"), &parent));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM tracks WHERE active").toInt(), 1);
        // With an active track, nothing is asked.
        QVERIFY(TrackCheck::ensureActiveTrack(m_db->connectionName(), m_db->actor(),
                                              QStringLiteral("A cohort"), &parent));
    }
};

QTEST_MAIN(TestTracksDialog)
#include "tst_tracksdialog.moc"
