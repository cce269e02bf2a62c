#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void switchesBetweenLightDarkAndSystem()
    {
        const QString platform = QApplication::style()->name();
        Theme::apply(Theme::Dark);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        Theme::apply(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        Theme::apply(Theme::System);
        QCOMPARE(QApplication::style()->name(), platform);
    }

    // A widget with a style sheet of its own (the applicant panel's red frame for a field in
    // error) takes the new palette too: its texts readable, its fields dark.
    void widgetsWithStyleSheetsFollowTheTheme()
    {
        Theme::apply(Theme::Light);
        QWidget panel;
        panel.setStyleSheet(
            QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid red; }"));
        auto *title = new QLabel(QStringLiteral("<h3>Ada Lovelace</h3>"), &panel);
        auto *field = new QLineEdit(&panel);
        auto *layout = new QVBoxLayout(&panel);
        layout->addWidget(title);
        layout->addWidget(field);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        Theme::apply(Theme::Dark);
        QTRY_VERIFY(title->palette().color(QPalette::WindowText).lightness() > 180);
        QVERIFY(field->palette().color(QPalette::Base).lightness() < 80);
        QVERIFY(field->palette().color(QPalette::Text).lightness() > 180);
        Theme::apply(Theme::Light);
        QTRY_VERIFY(title->palette().color(QPalette::WindowText).lightness() < 80);
        QVERIFY(field->palette().color(QPalette::Base).lightness() > 180);
    }

    void theChoiceIsKept()
    {
        Theme::save(Theme::Dark);
        QCOMPARE(Theme::saved(), Theme::Dark);
        Theme::save(Theme::System);
        QCOMPARE(Theme::saved(), Theme::System);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
