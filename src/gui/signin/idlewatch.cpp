#include "signin/idlewatch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

#include <algorithm>

namespace {
const QString MinutesKey = QStringLiteral("security/lockAfterMinutes");

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}
} // namespace

int IdleWatch::savedMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(MinutesKey, DefaultMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, MaximumMinutes) : DefaultMinutes;
}

void IdleWatch::saveMinutes(int minutes)
{
    QSettings().setValue(MinutesKey, std::clamp(minutes, 0, MaximumMinutes));
}

IdleWatch::IdleWatch(QObject *parent)
    : QObject(parent), m_timeout(std::chrono::minutes(savedMinutes()))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::check);
}

IdleWatch::~IdleWatch()
{
    stop();
}

void IdleWatch::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_watching)
        start();
}

void IdleWatch::start()
{
    stop();
    m_watching = true; // with a timeout of 0, until the timeout changes
    if (m_timeout.count() <= 0)
        return;
    QCoreApplication::instance()->installEventFilter(this);
    m_sinceInput.start();
    m_timer.start(m_timeout);
}

void IdleWatch::stop()
{
    m_watching = false;
    m_timer.stop();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

// Every input event passes here: it only notes the time. The timer is not restarted for each
// mouse move; when it fires, it waits again for what is left.
bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void IdleWatch::check()
{
    const auto left = m_timeout - std::chrono::milliseconds(m_sinceInput.elapsed());
    if (left.count() > 0) {
        m_timer.start(left);
        return;
    }
    stop();
    Q_EMIT idle();
}
