#include "modalwindows.h"

QPushButton *ModalWindows::button(const QWidget *in, const QString &text)
{
    for (QPushButton *candidate : in->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}
