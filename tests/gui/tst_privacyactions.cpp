#include "browse/applicationsearchindex.h"
#include "mainwindow.h"
#include "modalwindows.h"
#include "privacy/privacyactions.h"
#include "privacy/retentiondialog.h"
#include "privacy/typedconfirmation.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "verifyok.h"
#include "widgets/readonlytable.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

// Erasing a person from the window: confirmed only by typing their number, done through core,
// and every view shows the erased person at once. The retention review erases everyone due.
class TestPrivacyActions : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_applicant = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        m_applicant =
            m_db->addApplicant("Zoë", "Privatsphäre", "zoe.private@example.org", "+49 30 555 0101");
        m_db->addApplication(m_applicant, track);
        QVERIFY_OK(ApplicationSearchIndex(m_db->connectionName()).rebuild());
    }

    void cleanup() { m_db.reset(); }

    void erasingIsConfirmedByTypingTheNumber()
    {
        auto shown = signedInWindow(*m_db, m_db->actor(StaffRole::Administrator));
        QVERIFY(shown);
        auto *email = shown->findChild<QLineEdit *>(QStringLiteral("email"));
        QTRY_COMPARE(email->text(), QStringLiteral("zoe.private@example.org"));
        auto *actions = shown->findChild<PrivacyActions *>();
        QSignalSpy erased(actions, &PrivacyActions::erased);

        // A wrong number leaves the button off, and Cancel erases nothing.
        bool checked = false;
        ModalWindows::whenShown<TypedConfirmation>([this, &checked](TypedConfirmation *ask) {
            // Where typing goes once the dialog is active (activation itself is the platform's).
            QCOMPARE(ask->focusWidget(), static_cast<QWidget *>(ask->typed()));
            QVERIFY(!ask->confirmButton()->isEnabled());
            QTest::keyClicks(ask->typed(), QString::number(m_applicant + 1));
            QVERIFY(!ask->confirmButton()->isEnabled());
            QTest::keyClick(ask->typed(), Qt::Key_Return); // Cancel is the default
            checked = true;
        });
        actions->eraseAction()->trigger();
        QVERIFY(checked);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM erasures").toInt(), 0);
        QCOMPARE(email->text(), QStringLiteral("zoe.private@example.org"));

        ModalWindows::whenShown<TypedConfirmation>([this](TypedConfirmation *ask) {
            QTest::keyClicks(ask->typed(), QString::number(m_applicant));
            QVERIFY(ask->confirmButton()->isEnabled());
            QTest::keyClick(ask->typed(), Qt::Key_Return);
        });
        actions->eraseAction()->trigger();
        QTRY_COMPARE(erased.count(), 1);
        QVERIFY2(erased.at(0).at(1).value<Error>().message.isEmpty(),
                 qPrintable(erased.at(0).at(1).value<Error>().text()));

        // The panel shows the erased person at once, and the list finds nothing of them.
        QCOMPARE(email->text(), QString());
        QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("firstName"))->text(),
                 QStringLiteral("Erased"));
        // Shown, not edited, and not taken for a person with a missing email.
        QVERIFY(email->isReadOnly());
        QVERIFY(shown->findChild<QLabel *>(QStringLiteral("problems"))->text().isEmpty());
        QVERIFY(shown->findChild<QLabel *>(QStringLiteral("duplicates"))
                    ->text()
                    .startsWith(QStringLiteral("Erased on")));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM erasures WHERE applicant_id = ?", {m_applicant})
                     .toInt(),
                 1);
        auto *history = shown->findChild<QListWidget *>(QStringLiteral("history"));
        QVERIFY(history);
        QTRY_VERIFY(history->count() > 0);
        const QString last = history->item(history->count() - 1)->text();
        QVERIFY2(last.startsWith(QStringLiteral("Personal data erased\n")) &&
                     last.contains(QStringLiteral("privacy request")),
                 qPrintable(last));
        auto *search = shown->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        QVERIFY(search);
        auto *table = shown->findChild<QTableView *>(QStringLiteral("applications"));
        for (const QString &term : {QStringLiteral("Privatsph"), QStringLiteral("zoe.private"),
                                    QStringLiteral("5550101")}) {
            search->setText(term);
            QTRY_COMPARE(table->model()->rowCount(), 0);
        }
    }

    void retentionReviewErasesEveryoneDue()
    {
        m_db->scalar("UPDATE applications SET status = 'withdrawn', "
                     "status_changed_at = '2020-01-01T00:00:00.000Z'");
        auto shown = signedInWindow(*m_db, m_db->actor(StaffRole::Administrator));
        QVERIFY(shown);
        auto *actions = shown->findChild<PrivacyActions *>();
        QSignalSpy erased(actions, &PrivacyActions::erased);
        bool reviewed = false;
        ModalWindows::whenShown<RetentionDialog>([&](RetentionDialog *dialog) {
            QCOMPARE(dialog->dueTable()->rowCount(), 1);
            QCOMPARE(dialog->dueTable()->item(0, 0)->text(), QString::number(m_applicant));
            ModalWindows::whenShown<TypedConfirmation>([](TypedConfirmation *ask) {
                QTest::keyClicks(ask->typed(), QStringLiteral("1"));
                QTest::mouseClick(ask->confirmButton(), Qt::LeftButton);
            });
            QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
            QTRY_COMPARE(erased.count(), 1);
            QCOMPARE(dialog->dueTable()->rowCount(), 0);
            QVERIFY(!dialog->eraseButton()->isEnabled());
            reviewed = true;
            dialog->reject();
        });
        actions->retentionAction()->trigger();
        QVERIFY(reviewed);
        QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("email"))->text(), QString());
    }
};

QTEST_MAIN(TestPrivacyActions)
#include "tst_privacyactions.moc"
