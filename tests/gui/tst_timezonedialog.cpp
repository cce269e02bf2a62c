#include "services/desksettingsservice.h"
#include "testdatabase.h"
#include "timezonedialog.h"
#include "verifyok.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

// Settings → Time Zone…: the bootcamp's zone as stored, today's date there for the zone chosen,
// an unknown zone refused in the dialog, a known one saved.
class TestTimeZoneDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRefusesAndSavesTheZone()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const Actor admin = db.actor(StaffRole::Administrator);
        QVERIFY_OK(DeskSettingsService(db.connectionName(), admin).setTimeZone("Europe/Berlin"));

        TimeZoneDialog dialog(db.connectionName(), admin);
        dialog.show();
        auto *zone = dialog.findChild<QComboBox *>("timeZone");
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Berlin"));
        auto *today = dialog.findChild<QLabel *>("todayThere");
        QVERIFY(!today->text().isEmpty());

        zone->setCurrentText("Mars/Olympus_Mons");
        QCOMPARE(today->text(), QStringLiteral("—"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.findChild<QLabel *>("problems")->text().contains("Mars/Olympus_Mons"),
                 qPrintable(dialog.findChild<QLabel *>("problems")->text()));

        zone->setCurrentText("Asia/Tokyo");
        QVERIFY(today->text() != QStringLiteral("—"));
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = DeskSettingsService(db.connectionName(), admin).timeZone();
        QVERIFY_OK(saved);
        QCOMPARE(saved.value().id(), QByteArray("Asia/Tokyo"));
    }
};

QTEST_MAIN(TestTimeZoneDialog)
#include "tst_timezonedialog.moc"
