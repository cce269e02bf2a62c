#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

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
