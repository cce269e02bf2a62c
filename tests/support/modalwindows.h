#pragma once

#include <QApplication>
#include <QPushButton>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

// A test meets the window's modal dialogs and questions while exec() waits for them: it answers
// them from a timer.
namespace ModalWindows {
// The push button of `in` whose text is `text` (mnemonic included), or nullptr.
QPushButton *button(const QWidget *in, const QString &text);

// Runs `answer` on the modal window of type W once it is shown. A window that `answer` left open
// (a failed check) is closed, rather than wait forever.
template <typename W> void whenShown(std::function<void(W *)> answer)
{
    QTimer::singleShot(0, [answer = std::move(answer)] {
        QTRY_VERIFY(qobject_cast<W *>(QApplication::activeModalWidget()));
        auto *shown = qobject_cast<W *>(QApplication::activeModalWidget());
        answer(shown);
        if (shown->isVisible())
            shown->close();
    });
}
} // namespace ModalWindows
