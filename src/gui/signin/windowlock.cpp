#include "signin/windowlock.h"

#include <QApplication>
#include <QEvent>
#include <QToolTip>
#include <QWidget>

#include <utility>

namespace {
const char ExemptProperty[] = "admissionsLockExempt";

bool needsCover(const QWidget *window)
{
    // Menus and tooltips close when the lock comes; the desktop's own windows are not ours.
    const Qt::WindowType type = window->windowType();
    return window->isWindow() && type != Qt::Popup && type != Qt::ToolTip && type != Qt::Desktop &&
           !window->property(ExemptProperty).toBool();
}
} // namespace

WindowLock::WindowLock(QWidget *mainWindow) : QObject(mainWindow), m_main(mainWindow) {}

void WindowLock::exempt(QWidget *window)
{
    window->setProperty(ExemptProperty, true);
}

void WindowLock::lock(const LockCover::Unlocker &unlocker)
{
    release();
    m_state = State::Locked;
    m_unlocker = unlocker;
    coverAll();
}

void WindowLock::showSignedOut()
{
    release();
    m_state = State::SignedOut;
    m_unlocker.reset();
    coverAll();
}

void WindowLock::release()
{
    qApp->removeEventFilter(this);
    for (const QPointer<LockCover> &cover : std::as_const(m_covers)) {
        if (cover)
            cover->uncover();
    }
    m_covers.clear();
    m_state = State::Open;
    m_unlocker.reset();
}

void WindowLock::coverAll()
{
    // An open menu or tooltip could show what is underneath.
    for (int i = 0; i < 10 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    QToolTip::hideText();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible() && needsCover(window))
            cover(window);
    }
    if (!isCovered(m_main) && needsCover(m_main))
        cover(m_main);
    qApp->installEventFilter(this);
    // The password goes where the keys go: the modal dialog on top, or the main window.
    QWidget *active = QApplication::activeModalWidget();
    if (!active)
        active = m_main;
    for (const QPointer<LockCover> &cover : std::as_const(m_covers)) {
        if (cover && cover->parentWidget() == active)
            cover->focusPassword();
    }
}

bool WindowLock::isCovered(const QWidget *window) const
{
    for (const QPointer<LockCover> &cover : m_covers) {
        if (cover && cover->parentWidget() == window)
            return true;
    }
    return false;
}

void WindowLock::cover(QWidget *window)
{
    auto *cover = new LockCover(window, m_unlocker, window == m_main);
    connect(cover, &LockCover::unlocked, this, [this] {
        release();
        Q_EMIT unlocked();
    });
    connect(cover, &LockCover::signOutRequested, this, &WindowLock::signOutRequested);
    connect(cover, &LockCover::quitRequested, this, &WindowLock::quitRequested);
    m_covers << cover;
}

bool WindowLock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *window = static_cast<QWidget *>(watched);
        if (window->isWindow() && needsCover(window) && !isCovered(window)) {
            cover(window);
            if (window == QApplication::activeModalWidget() || window->isModal())
                m_covers.constLast()->focusPassword();
        }
    }
    return QObject::eventFilter(watched, event);
}
