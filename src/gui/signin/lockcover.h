#pragma once

#include "domain/actor.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class UnlockForm;

// An opaque cover over the whole of one window (the main window or a dialog open over it) while
// the desk is locked or nobody is signed in: nothing of the window shows through, and the
// window's own widgets are disabled, so no key or shortcut reaches them. Locked, it holds the
// password field that unlocks; the main window's cover also offers to sign out or quit.
// Taking it away gives the window back as it was.
class LockCover : public QWidget
{
    Q_OBJECT

public:
    // Who may unlock; none while nobody is signed in.
    struct Unlocker
    {
        QString connectionName;
        Actor actor;
        QString displayName;
    };

    LockCover(QWidget *window, const std::optional<Unlocker> &unlocker, bool isMainWindow);
    ~LockCover() override;

    void focusPassword();
    // Gives the window back at once (the cover is deleted later).
    void uncover();

Q_SIGNALS:
    void unlocked();
    void signOutRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Keys stop here: Esc or Enter must not reach the dialog underneath.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void disable(QWidget *child);
    void keepContentOnScreen();
    void enableWindow();

    QPointer<QWidget> m_window;
    QSize m_windowMinimumSize;
    UnlockForm *m_form = nullptr;
    QList<QPointer<QWidget>> m_disabled; // the window's widgets this cover disabled
};
