#include "widgets/titlewidth.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QWidget>

void TitleWidth::fit(QWidget *window)
{
    // About the room a title bar takes for its close and other buttons.
    constexpr int Buttons = 120;
    const QString title =
        window->windowTitle() + QStringLiteral(" — ") + QGuiApplication::applicationDisplayName();
    window->setMinimumWidth(
        qMax(window->minimumWidth(), window->fontMetrics().horizontalAdvance(title) + Buttons));
}
