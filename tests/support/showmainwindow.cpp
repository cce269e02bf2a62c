#include "showmainwindow.h"

#include "mainwindow.h"

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
