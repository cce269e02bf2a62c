#include "showmainwindow.h"

#include "mainwindow.h"
#include "testdatabase.h"

#include <QTableView>
#include <QTest>

bool showMainWindow(MainWindow &window)
{
    window.refresh();
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

bool showSignedIn(MainWindow &window, const Actor &actor)
{
    if (!showMainWindow(window))
        return false;
    window.setActor(actor);
    auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
    if (!table || !QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }))
        return false;
    table->setCurrentIndex(table->model()->index(0, 0));
    return true;
}

std::unique_ptr<MainWindow> signedInWindow(TestDatabase &db, const Actor &actor)
{
    auto window = std::make_unique<MainWindow>(db.connectionName(), db.path());
    if (!showSignedIn(*window, actor))
        return nullptr;
    return window;
}
