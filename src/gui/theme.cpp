#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace {
const QString ThemeKey = QStringLiteral("appearance/theme");

QPalette darkPalette()
{
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(127, 127, 127);
    const QColor highlight(42, 130, 218);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}
} // namespace

QString Theme::s_platformStyle;

Theme::Kind Theme::saved()
{
    const int kind = QSettings().value(ThemeKey, int(System)).toInt();
    return kind == Light || kind == Dark ? Kind(kind) : System;
}

void Theme::save(Kind kind)
{
    QSettings().setValue(ThemeKey, int(kind));
}

void Theme::apply(Kind kind)
{
    if (s_platformStyle.isEmpty())
        s_platformStyle = QApplication::style()->name();
    if (kind == System) {
        QApplication::setStyle(QStyleFactory::create(s_platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(kind == Dark ? darkPalette()
                                              : QApplication::style()->standardPalette());
    }
    // A widget with a style sheet of its own keeps the palette it was polished with (the
    // applicant panel stayed light, its header dark on dark): it is polished again.
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(widget->styleSheet());
    }
}
