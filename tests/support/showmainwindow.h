#pragma once

class MainWindow;

// Refreshes the window, shows it and waits until it is exposed, as a person opening the desk
// would see it; false when it never is (QVERIFY it). In the gui half of the support library,
// so that tests of core do not link widgets.
[[nodiscard]] bool showMainWindow(MainWindow &window);
