#pragma once

#include <QDialog>

class QMenuBar;

// Help → Keyboard Shortcuts: every menu command that has a shortcut, read from the menus as
// they are (so the list never disagrees with them), and the keys that belong to no menu: the
// search box's, the list's and the panel's.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};
