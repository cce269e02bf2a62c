#include "browse/applicationtablemodel.h"
#include "csv/importissuemodel.h"
#include "csv/importmappingpage.h"
#include "csv/importpreviewpage.h"
#include "csv/importwizard.h"
#include "heldthreadpool.h"
#include "mainwindow.h"
#include "showmainwindow.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

namespace {
const QByteArray WebFormHeader =
    "\"First Name\",\"Last Name\",\"Email Address\",\"Phone Number\",\"Career Track\","
    "\"Timestamp\"\r\n";

QString writeFile(const TestDatabase &db, const QString &name, const QByteArray &contents)
{
    const QString path = db.dir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return QString();
    return path;
}

// n rows of the web form, applicants n, n+1, …, every one to the SE track.
QByteArray webFormRows(int first, int count)
{
    QByteArray rows;
    for (int n = first; n < first + count; ++n)
        rows += QStringLiteral("\"Given%1\",\"Family%1\",\"person%1@example.org\",\"+49 30 %2\","
                               "\"Software Engineering\",\"11/20/2026 14:03:00\"\r\n")
                    .arg(n)
                    .arg(1000000 + n)
                    .toUtf8();
    return rows;
}

QComboBox *fieldCombo(const ImportWizard &wizard, int column)
{
    return wizard.findChild<QComboBox *>(QStringLiteral("field%1").arg(column));
}

QLabel *countOf(const ImportWizard &wizard, ImportWizard::PageId page, const char *name)
{
    return wizard.page(page)->findChild<QLabel *>(QLatin1String(name));
}

void click(ImportWizard &wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard.button(which);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void mapsAWebFormExportAutomatically();
    void recognisesAFormBuildersExport();
    void asksTheOrderOfAmbiguousDates();
    void importsOnlyTheEntriesSinceTheLastImport();
    void showsWhyAFileCannotBeRead();
    void mappingProblemsKeepNextOff();
    void exportOnlyColumnsAreNotImported();
    void chosenMappingIsReappliedNextTime();
    void previewListsABadRowWithItsLine();
    void importWritesTheRowsAndTheWindowShowsThem();
    void cancelledImportWritesNothing();
    void issueModelShowsLineKindColumnAndReason();
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportWizard::init()
{
    QSettings().clear();
    QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
}

void TestImportWizard::mapsAWebFormExportAutomatically()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString path =
        writeFile(db, QStringLiteral("form.csv"), WebFormHeader + webFormRows(1, 3));
    ImportWizard wizard(db.path(), Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet

    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    const QString found = wizard.findChild<QLabel *>(QStringLiteral("found"))->text();
    QVERIFY2(found.contains(QLatin1String("UTF-8")) && found.contains(QLatin1String("Comma")) &&
                 found.contains(QLatin1String("6")),
             qPrintable(found));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));

    const QStringList expected{QStringLiteral("first_name"), QStringLiteral("last_name"),
                               QStringLiteral("email"),      QStringLiteral("phone"),
                               QStringLiteral("track"),      QStringLiteral("applied_at")};
    for (int column = 0; column < expected.size(); ++column) {
        QComboBox *combo = fieldCombo(wizard, column);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), expected.at(column));
        QCOMPARE(combo->currentText(), ImportMapping::label(expected.at(column)));
    }
    // The samples of a column are shown beside it (all of them in its tooltip).
    const auto labels = wizard.currentPage()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text().startsWith(QLatin1String("person1@example.org")) &&
               label->toolTip() == QLatin1String("person1@example.org\nperson2@example.org\n"
                                                 "person3@example.org");
    }));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("problems"))->isHidden());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::recognisesAFormBuildersExport()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString path = writeFile(
        db, QStringLiteral("gravity.csv"),
        "\"Name (First)\",\"Name (Last)\",\"Email\",\"Phone\",\"Career Track\",\"How did you "
        "hear about us?\",\"Entry Id\",\"Entry Date\",\"Source Url\"\r\n"
        "\"Ada\",\"Lovelace\",\"ada@example.org\",\"+1 555 010 0101\",\"Software "
        "Engineering\",\"Instagram\",\"101\",\"2026-11-20 14:02:11\",\"https://example.org/\"\r\n");
    ImportWizard wizard(db.path(), Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    const QString found = wizard.findChild<QLabel *>(QStringLiteral("found"))->text();
    QVERIFY2(found.contains(QLatin1String("Recognised: a Gravity Forms export.")),
             qPrintable(found));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    const QLabel *recognised =
        wizard.currentPage()->findChild<QLabel *>(QStringLiteral("recognised"));
    QVERIFY(recognised && recognised->isVisible());
    QCOMPARE(recognised->text(), QStringLiteral("Recognised: a Gravity Forms export."));
    // The preset's split name, the usual names for the questions, its meta columns left out.
    const QStringList expected{"first_name", "last_name", "email",      "phone", "track",
                               "source",     "entry_id",  "applied_at", ""};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(fieldCombo(wizard, column)->currentData().toString(), expected.at(column));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::asksTheOrderOfAmbiguousDates()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    db.addTrack(QStringLiteral("SWE"), QStringLiteral("Software Engineering"));
    const QByteArray header = "Timestamp,First Name,Last Name,Email Address,Career Track\r\n";
    const QString ambiguous =
        writeFile(db, QStringLiteral("ambiguous.csv"),
                  header + "11/04/2026 13:45,Ana,Silva,ana@example.org,SWE\r\n"
                           "01/02/2026 9:00,Bo,Diaz,bo@example.org,SWE\r\n");
    const QString decided = writeFile(db, QStringLiteral("decided.csv"),
                                      header + "11/04/2026 13:45,Ana,Silva,ana@example.org,SWE\r\n"
                                               "30/01/2026 9:00,Bo,Diaz,bo@example.org,SWE\r\n");
    ImportWizard wizard(db.path(), Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *order = wizard.findChild<QComboBox *>(QStringLiteral("dateOrder"));
    QVERIFY(order);
    QVERIFY(order->isHidden());

    // Every date could be either: the page asks, and Next waits for the answer.
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(ambiguous);
    QVERIFY(order->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("found"))->text().contains("line 2"),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("found"))->text()));
    order->setCurrentIndex(order->findData(int(ImportValues::DateOrder::DayFirst)));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.options().dateOrder, ImportValues::DateOrder::DayFirst);
    click(wizard, QWizard::NextButton); // reads the file again: the answer holds
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(wizard.options().dateOrder, ImportValues::DateOrder::DayFirst);
    click(wizard, QWizard::BackButton);

    // A file whose dates tell: no question, and the page says which line told.
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(decided);
    QVERIFY(order->isHidden());
    QCOMPARE(wizard.options().dateOrder, ImportValues::DateOrder::Undecided);
    const QString found = wizard.findChild<QLabel *>(QStringLiteral("found"))->text();
    QVERIFY2(found.contains("Dates: day first (line 3 has a day over 12)."), qPrintable(found));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::importsOnlyTheEntriesSinceTheLastImport()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    db.addTrack(QStringLiteral("SWE"), QStringLiteral("Software Engineering"));
    const QByteArray header = "\"Name (First)\",\"Name (Last)\",\"Email\",\"Career Track\","
                              "\"Entry Id\",\"Entry Date\",\"Source Url\"\r\n";
    const auto entry = [](const char *id, const char *email, const char *date) {
        return QStringLiteral("\"Ada\",\"Lovelace\",\"%1\",\"SWE\",\"%2\",\"%3\",\"\"\r\n")
            .arg(QLatin1String(email), QLatin1String(id), QLatin1String(date))
            .toUtf8();
    };
    const QString lastWeek =
        writeFile(db, QStringLiteral("last-week.csv"),
                  header + entry("101", "a@example.org", "2026-11-20 10:00:00"));
    const QString thisWeek =
        writeFile(db, QStringLiteral("this-week.csv"),
                  header + entry("100", "z@example.org", "2026-11-19 10:00:00") +
                      entry("101", "a@example.org", "2026-11-20 10:00:00") +
                      entry("102", "b@example.org", "2026-11-22 10:00:00"));
    const Actor officer{db.addStaff(QStringLiteral("officer")), "officer"};
    QFile file(lastWeek);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(ApplicationImport(db.connectionName(), officer).run(&file, {}).ok());

    ImportWizard wizard(db.path(), officer);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(thisWeek);
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    const auto count = [&wizard](const char *name) {
        return countOf(wizard, ImportWizard::PreviewPage, name)->text();
    };
    QTRY_COMPARE(count("rows"), QStringLiteral("3"));
    QCOMPARE(count("newEntries"), QStringLiteral("1"));
    QCOMPARE(count("alreadyThere"), QStringLiteral("1"));
    QCOMPARE(count("olderEntriesSkipped"), QStringLiteral("1"));
    QCOMPARE(count("applicationsAdded"), QStringLiteral("1"));

    // Asked for, the older entry the desk lacks comes too.
    wizard.findChild<QCheckBox *>(QStringLiteral("olderEntries"))->setChecked(true);
    QTRY_COMPARE(count("applicationsAdded"), QStringLiteral("2"));
    QCOMPARE(count("olderEntriesSkipped"), QStringLiteral("0"));
}

void TestImportWizard::showsWhyAFileCannotBeRead()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    // A quoted field opened on line 3 and never closed.
    const QString path = writeFile(db, QStringLiteral("broken.csv"),
                                   WebFormHeader + webFormRows(1, 1) + "\"Ada,Lovelace\r\n");
    ImportWizard wizard(db.path(), Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))
        ->setText(path + QStringLiteral(".missing"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("found"))
                ->text()
                .contains(QLatin1String("cannot be read")));

    const QString header = writeFile(db, QStringLiteral("header.csv"), "\"First Name,Email\r\n");
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(header);
    const QString found = wizard.findChild<QLabel *>(QStringLiteral("found"))->text();
    QVERIFY2(found.contains(QLatin1String("line 1")), qPrintable(found));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    const QString twice = writeFile(db, QStringLiteral("twice.csv"),
                                    "Email,First Name,Last Name,Career Track,Email\r\n");
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(twice);
    const QString named = wizard.findChild<QLabel *>(QStringLiteral("found"))->text();
    QVERIFY2(named.contains(QLatin1String("line 1: the header names two columns &quot;Email&quot; "
                                          "(columns 1 and 5)")),
             qPrintable(named));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("found"))
                 ->text()
                 .contains(QLatin1String("line 3")),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("found"))->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::mappingProblemsKeepNextOff()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString path =
        writeFile(db, QStringLiteral("form.csv"), WebFormHeader + webFormRows(1, 2));
    ImportWizard wizard(db.path(), Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    click(wizard, QWizard::NextButton);

    QComboBox *email = fieldCombo(wizard, 2);
    email->setCurrentIndex(email->findData(QString())); // (not imported)
    auto *problems = wizard.findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("email")), qPrintable(problems->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Two columns into one field is a problem too.
    email->setCurrentIndex(email->findData(QStringLiteral("phone")));
    QVERIFY2(problems->text().contains(QLatin1String("more than one column")),
             qPrintable(problems->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    email->setCurrentIndex(email->findData(QStringLiteral("email")));
    QVERIFY(problems->isHidden());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::exportOnlyColumnsAreNotImported()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString path = writeFile(db, QStringLiteral("ours.csv"),
                                   "application_id,first_name,last_name,email,track,status\r\n"
                                   "7,Ada,Lovelace,ada@example.org,SE,offered\r\n");
    ImportWizard wizard(db.path(), Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    click(wizard, QWizard::NextButton);
    for (int column : {0, 5}) {
        QComboBox *combo = fieldCombo(wizard, column);
        QVERIFY(!combo->isEnabled());
        QCOMPARE(combo->currentData().toString(), QString());
        QVERIFY(!combo->toolTip().isEmpty());
    }
    QVERIFY(fieldCombo(wizard, 1)->isEnabled());
    QCOMPARE(fieldCombo(wizard, 3)->currentData().toString(), QStringLiteral("email"));
}

void TestImportWizard::chosenMappingIsReappliedNextTime()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    db.addTrack(QStringLiteral("SE"), QStringLiteral("Software Engineering"));
    const qint64 officer = db.addStaff(QStringLiteral("officer"));
    // "Notes" is recognised by itself; "Wie gefunden" is not (its answers would be kept in the
    // notes).
    const QString path = writeFile(db, QStringLiteral("form.csv"),
                                   "First Name,Last Name,Email,Career Track,Wie gefunden\r\n"
                                   "Ada,Lovelace,ada@example.org,SE,Newsletter\r\n");
    {
        ImportWizard wizard(db.path(), Actor{officer, "officer"});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
        click(wizard, QWizard::NextButton);
        QComboBox *source = fieldCombo(wizard, 4);
        QCOMPARE(source->currentData().toString(), ImportMapping::QuestionField);
        source->setCurrentIndex(source->findData(QStringLiteral("source")));
        click(wizard, QWizard::NextButton); // remembers the mapping
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QTRY_COMPARE(countOf(wizard, ImportWizard::PreviewPage, "rows")->text(),
                     QStringLiteral("1"));
    }
    ImportWizard again(db.path(), Actor{officer, "officer"});
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    click(again, QWizard::NextButton);
    QCOMPARE(fieldCombo(again, 4)->currentData().toString(), QStringLiteral("source"));
    QCOMPARE(fieldCombo(again, 2)->currentData().toString(), QStringLiteral("email"));
}

void TestImportWizard::previewListsABadRowWithItsLine()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    db.addTrack(QStringLiteral("SE"), QStringLiteral("Software Engineering"));
    // Line 4: no email; line 5: a track that does not exist.
    const QString path =
        writeFile(db, QStringLiteral("form.csv"),
                  WebFormHeader + webFormRows(1, 2) +
                      "\"Alan\",\"Turing\",\"\",\"+44 20 7946 0003\",\"Software Engineering\","
                      "\"11/22/2026 10:00:00\"\r\n"
                      "\"Edsger\",\"Dijkstra\",\"edsger@example.org\",\"\",\"Astronomy\","
                      "\"11/22/2026 11:00:00\"\r\n");
    ImportWizard wizard(db.path(), Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    auto *page = static_cast<ImportPreviewPage *>(wizard.currentPage());
    QAbstractItemModelTester tester(page->issues());

    QTRY_COMPARE(countOf(wizard, ImportWizard::PreviewPage, "rows")->text(), QStringLiteral("4"));
    QCOMPARE(countOf(wizard, ImportWizard::PreviewPage, "badRows")->text(), QStringLiteral("2"));
    QCOMPARE(countOf(wizard, ImportWizard::PreviewPage, "applicationsAdded")->text(),
             QStringLiteral("2"));
    auto *issues = wizard.findChild<QTableView *>(QStringLiteral("issues"));
    QCOMPARE(issues->model()->rowCount(), 2);
    const auto cell = [issues](int row, int column) {
        return issues->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, ImportIssueModel::LineColumn), QStringLiteral("4"));
    QCOMPARE(cell(0, ImportIssueModel::FileColumn), QStringLiteral("Email Address"));
    QVERIFY(!cell(0, ImportIssueModel::ReasonColumn).isEmpty());
    QCOMPARE(cell(1, ImportIssueModel::LineColumn), QStringLiteral("5"));
    QCOMPARE(cell(1, ImportIssueModel::FileColumn), QStringLiteral("Career Track"));

    // Bad rows stop the import unless they are left out.
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.findChild<QCheckBox *>(QStringLiteral("skipBadRows"))->setChecked(true);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    // The dry run wrote nothing.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);

    // Skipping bad rows, the good ones are written.
    click(wizard, QWizard::CommitButton);
    QTRY_COMPARE(countOf(wizard, ImportWizard::ResultPage, "applicationsAdded")->text(),
                 QStringLiteral("2"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM applications")).toInt(), 2);
}

void TestImportWizard::importWritesTheRowsAndTheWindowShowsThem()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    db.addTrack(QStringLiteral("SE"), QStringLiteral("Software Engineering"));
    const QString path =
        writeFile(db, QStringLiteral("form.csv"), WebFormHeader + webFormRows(1, 3));
    MainWindow window(db.connectionName(), db.path());
    QVERIFY(showMainWindow(window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    QCOMPARE(table->model()->rowCount(), 0);

    QAction *import = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == MainWindow::tr("&Import Applications…"))
            import = action;
    }
    QVERIFY(import);
    QVERIFY(!import->isEnabled()); // nobody to import as yet
    window.setActor(Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    QVERIFY(import->isEnabled());
    import->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->windowModality(), Qt::WindowModal);

    wizard->findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    click(*wizard, QWizard::NextButton);
    click(*wizard, QWizard::NextButton);
    QTRY_VERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(countOf(*wizard, ImportWizard::PreviewPage, "applicationsAdded")->text(),
             QStringLiteral("3"));
    click(*wizard, QWizard::CommitButton);
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY2(wizard->findChild<QLabel *>(QStringLiteral("summary"))
                 ->text()
                 .contains(QLatin1String("form.csv")),
             qPrintable(wizard->findChild<QLabel *>(QStringLiteral("summary"))->text()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE status = "
                                      "'applied'"))
                 .toInt(),
             3);
    // The window shows the new applications.
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, ApplicationTableModel::EmailColumn).data().toString(),
             QStringLiteral("person1@example.org"));
    click(*wizard, QWizard::FinishButton);
    QTRY_VERIFY(!window.findChild<ImportWizard *>());
}

void TestImportWizard::cancelledImportWritesNothing()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    db.addTrack(QStringLiteral("SE"), QStringLiteral("Software Engineering"));
    // More rows than the import reads between two reports of progress.
    const QString path =
        writeFile(db, QStringLiteral("form.csv"), WebFormHeader + webFormRows(1, 5000));
    ImportWizard wizard(db.path(), Actor{db.addStaff(QStringLiteral("officer")), "officer"});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 30000);
    HeldThreadPool pool;
    click(wizard, QWizard::CommitButton);
    auto *progress = wizard.findChild<QProgressDialog *>(QStringLiteral("jobProgress"));
    QVERIFY(progress);
    Q_EMIT progress->canceled(); // as its Cancel button does
    pool.release();
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("nothing was written")), 30000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    QCOMPARE(imported.count(), 0);
}

void TestImportWizard::issueModelShowsLineKindColumnAndReason()
{
    ImportIssueModel model;
    QAbstractItemModelTester tester(&model);
    model.setIssues({ImportIssue{ImportIssue::Kind::Problem, 12, QStringLiteral("Email"),
                                 QStringLiteral("the email is required")},
                     ImportIssue{ImportIssue::Kind::Duplicate, 1234, QString(),
                                 QStringLiteral("already in the database")},
                     ImportIssue{ImportIssue::Kind::Problem, 0, QString(),
                                 QStringLiteral("the file as a whole")}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ImportIssueModel::ColumnCount));
    QCOMPARE(model.index(0, ImportIssueModel::LineColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(model.index(0, ImportIssueModel::FileColumn).data().toString(),
             QStringLiteral("Email"));
    QCOMPARE(model.index(0, ImportIssueModel::KindColumn).data().toString(),
             ImportIssueModel::tr("Bad row"));
    QCOMPARE(model.index(1, ImportIssueModel::LineColumn).data().toString(),
             QLocale().toString(1234));
    QCOMPARE(model.index(1, ImportIssueModel::KindColumn).data().toString(),
             ImportIssueModel::tr("Duplicate"));
    QCOMPARE(model.index(2, ImportIssueModel::LineColumn).data().toString(),
             ImportIssueModel::tr("–"));
    model.setIssues({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
