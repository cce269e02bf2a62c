#include "signin/lockcover.h"

#include "signin/unlockform.h"

#include <QChildEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <utility>

LockCover::LockCover(QWidget *window, const std::optional<Unlocker> &unlocker, bool isMainWindow)
    : QWidget(window), m_window(window)
{
    setObjectName(QStringLiteral("lockCover"));
    setAutoFillBackground(true); // opaque: the window's own pixels never show through
    setFocusPolicy(Qt::StrongFocus);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *title = new QLabel(content);
    title->setObjectName(QStringLiteral("lockTitle"));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    if (unlocker) {
        title->setText(isMainWindow ? tr("<h2>Admissions Desk is locked</h2>")
                                    : tr("<h3>Locked</h3>"));
        m_form = new UnlockForm(unlocker->connectionName, unlocker->actor, unlocker->displayName,
                                content);
        layout->addWidget(m_form);
        connect(m_form, &UnlockForm::unlocked, this, &LockCover::unlocked);
    } else {
        title->setText(isMainWindow ? tr("<h2>Nobody is signed in</h2>")
                                    : tr("<h3>Signed out</h3>"));
    }
    if (unlocker && isMainWindow) {
        auto *signOut = new QPushButton(tr("Sign &Out…"), content);
        signOut->setObjectName(QStringLiteral("lockSignOut"));
        auto *quit = new QPushButton(tr("&Quit"), content);
        connect(signOut, &QPushButton::clicked, this, &LockCover::signOutRequested);
        connect(quit, &QPushButton::clicked, this, &LockCover::quitRequested);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(signOut);
        buttons->addWidget(quit);
        layout->addLayout(buttons);
    }
    // One width, so that the wrapped lines get the height they need at it.
    content->setFixedWidth(fontMetrics().averageCharWidth() * (isMainWindow ? 64 : 48));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content);
    row->addStretch(1);
    // Locked, the form is in the upper third. Signed out, the line stays at the top, above the
    // sign-in dialog that opens in the middle.
    auto *centred = new QVBoxLayout(this);
    centred->addStretch(unlocker ? 1 : 0);
    centred->addLayout(row);
    centred->addStretch(2);

    // The window's widgets take no input while covered; those already disabled stay so.
    const QList<QWidget *> children =
        window->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *child : children)
        disable(child);
    // A small message box still has room for the password field.
    m_windowMinimumSize = window->minimumSize();
    window->setMinimumSize(m_windowMinimumSize.expandedTo(minimumSizeHint()));
    setGeometry(window->rect());
    window->installEventFilter(this);
    raise();
    show();
    keepContentOnScreen();
}

// A window larger than the screen, or partly off it, still shows the password field: the
// content is centred in the part of the window that is on the screen.
void LockCover::keepContentOnScreen()
{
    const QScreen *shownOn = m_window ? m_window->screen() : nullptr;
    if (!shownOn || !m_window->isVisible())
        return;
    const QRect onScreen =
        rect().intersected(QRect(mapFromGlobal(shownOn->availableGeometry().topLeft()),
                                 shownOn->availableGeometry().size()));
    if (onScreen.isEmpty())
        return;
    layout()->setContentsMargins(onScreen.left(), onScreen.top(), width() - onScreen.right() - 1,
                                 height() - onScreen.bottom() - 1);
}

LockCover::~LockCover()
{
    enableWindow();
}

void LockCover::focusPassword()
{
    if (m_form)
        m_form->focusPassword();
    else
        setFocus();
}

void LockCover::uncover()
{
    hide();
    enableWindow();
    deleteLater();
}

void LockCover::disable(QWidget *child)
{
    if (child == this || child->isWindow() || !child->isEnabled())
        return;
    child->setEnabled(false);
    m_disabled << child;
}

void LockCover::enableWindow()
{
    if (m_window) {
        m_window->removeEventFilter(this);
        m_window->setMinimumSize(m_windowMinimumSize);
    }
    for (const QPointer<QWidget> &child : std::as_const(m_disabled)) {
        if (child)
            child->setEnabled(true);
    }
    m_disabled.clear();
}

bool LockCover::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Resize) {
            setGeometry(m_window->rect());
            keepContentOnScreen();
        } else if (event->type() == QEvent::Move || event->type() == QEvent::Show) {
            keepContentOnScreen();
        } else if (event->type() == QEvent::ChildPolished) {
            // A widget the window gets while covered stays underneath, and takes no input.
            if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
                disable(child);
            raise();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LockCover::keyPressEvent(QKeyEvent *event)
{
    event->accept();
}
