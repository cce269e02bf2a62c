#include "browse/applicationsearchindex.h"
#include "mainwindow.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// The keyboard paths of the list: from the search box to the results and back, page to page,
// and between the list and the applicant panel.
class TestKeyboardPaths : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    std::unique_ptr<MainWindow> window()
    {
        auto made = signedInWindow(*m_db, m_db->actor());
        if (!made)
            return nullptr;
        made->activateWindow();
        if (!QTest::qWaitForWindowActive(made.get()))
            return nullptr;
        return made;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 track = m_db->addTrack(QStringLiteral("SWE"));
        for (const char *name : {"Ada", "Grace", "Hedy"})
            m_db->addApplication(
                m_db->addApplicant(name, "Keys", QString(name).toLower() + "@example.org"), track);
        QVERIFY_OK(ApplicationSearchIndex(m_db->connectionName()).rebuild());
    }

    void cleanup() { m_db.reset(); }

    void searchBoxLeadsToTheResults()
    {
        auto shown = window();
        QVERIFY(shown);
        auto *search = shown->findChild<QLineEdit *>(QStringLiteral("searchBox"));
        auto *table = shown->findChild<QTableView *>(QStringLiteral("applications"));
        QTest::keyClick(shown.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
        QTest::keyClicks(search, QStringLiteral("Keys"));
        QTRY_COMPARE(table->model()->rowCount(), 3);

        // Down: the list, its first row current and selected; the next Down is the second row.
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);

        // Enter does the same from the search box.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        QCOMPARE(table->currentIndex().row(), 0);

        // Esc clears the search, and every application shows again.
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("Grace"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(table->model()->rowCount(), 3);
    }

    void pagesTurnAndF6MovesBetweenListAndPanel()
    {
        auto shown = window();
        QVERIFY(shown);
        auto *pages = shown->findChild<QTabWidget *>();
        auto *table = shown->findChild<QTableView *>(QStringLiteral("applications"));
        QCOMPARE(pages->currentIndex(), 0);
        QTest::keyClick(shown.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 1);
        QTest::keyClick(shown.get(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 2);
        QTest::keyClick(shown.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 3); // Reports
        QTest::keyClick(shown.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 0); // round to the first
        QTest::keyClick(shown.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 3);
        QTest::keyClick(shown.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), 0);

        table->setFocus();
        QTest::keyClick(shown.get(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(),
                 shown->findChild<QWidget *>(QStringLiteral("firstName")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
    }
};

QTEST_MAIN(TestKeyboardPaths)
#include "tst_keyboardpaths.moc"
