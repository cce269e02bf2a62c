#pragma once

#include <memory>

class MainWindow;
class TestDatabase;
struct Actor;

// Refreshes the window, shows it and waits until it is exposed, as a person opening the desk
// would see it; false when it never is (QVERIFY it). In the gui half of the support library,
// so that tests of core do not link widgets.
[[nodiscard]] bool showMainWindow(MainWindow &window);

// showMainWindow(), then signs `actor` in and waits for the first rows, the first one current:
// the window as a person sees it once signed in. False when it never gets there.
[[nodiscard]] bool showSignedIn(MainWindow &window, const Actor &actor);
// A window on `db`'s file, shown signed in as showSignedIn() leaves it; nothing when it never
// gets there (QVERIFY it).
[[nodiscard]] std::unique_ptr<MainWindow> signedInWindow(TestDatabase &db, const Actor &actor);
