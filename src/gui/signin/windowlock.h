#pragma once

#include "signin/lockcover.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

// Locks every window of the desk at once: the main window and each dialog, message box or
// floating panel open over it, and each one that opens while locked, gets a LockCover. Locked,
// any cover's password field unlocks (an open modal dialog keeps the main window from taking
// input, so its own cover must be able to). Signed out, the covers hold nothing but the
// sign-in dialog is exempt.
class WindowLock : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Open,
        Locked,
        SignedOut,
    };

    explicit WindowLock(QWidget *mainWindow);

    void lock(const LockCover::Unlocker &unlocker);
    void showSignedOut();
    // Takes the covers away.
    void release();
    State state() const { return m_state; }

    // A window that is shown uncovered while the desk is locked or signed out: the sign-in
    // dialogs.
    static void exempt(QWidget *window);

Q_SIGNALS:
    void unlocked();
    void signOutRequested();
    void quitRequested();

protected:
    // While covered: each window shown gets its cover too.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void coverAll();
    void cover(QWidget *window);
    bool isCovered(const QWidget *window) const;

    QWidget *m_main;
    State m_state = State::Open;
    std::optional<LockCover::Unlocker> m_unlocker;
    QList<QPointer<LockCover>> m_covers;
};
