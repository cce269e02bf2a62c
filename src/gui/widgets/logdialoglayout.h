#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

// The layout of a dialog that logs one thing (a check-in, a mentor call): an introduction, the
// form, the line where core's refusal shows, and OK named for what it logs beside Cancel, which
// rejects. Sized to `widthInChars` average characters and to its title; the caller connects
// accepted().
namespace LogDialogLayout {
QDialogButtonBox *lay(QDialog *dialog, const QString &intro, QFormLayout *form, QLabel *problem,
                      const QString &okText, int widthInChars);
} // namespace LogDialogLayout
