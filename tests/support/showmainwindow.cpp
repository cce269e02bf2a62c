#include "showmainwindow.h"

#include "mainwindow.h"

#include <QTest>

bool showMainWindow(MainWindow &window)
{
    window.refresh();
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}
