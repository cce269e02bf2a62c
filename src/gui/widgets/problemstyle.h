#pragma once

class QLabel;
class QWidget;

// The one red of problems: a message in red, a field in error framed in red. Readable on the
// light and the dark theme alike.
namespace ProblemStyle {
// A label that says what is wrong (or, with false, a label that says it went well).
void markMessage(QLabel *label, bool isProblem = true);
// A field whose value is refused; false takes the frame away.
void markField(QWidget *field, bool isProblem);
} // namespace ProblemStyle
