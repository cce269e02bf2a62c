#pragma once

#include <QString>

#include <optional>

// The person at the keyboard, through the terminal itself rather than stdin and stdout, which
// may carry a CSV file or an export: prompts and answers never mix with a command's data.
namespace Terminal {
// Whether there is a terminal to ask.
bool available();
// Whether standard error goes to a terminal, where a person reads progress as it comes.
bool showsStandardError();
// Asks with `prompt` and reads one line; nothing when there is no terminal.
std::optional<QString> ask(const QString &prompt);
// The same, without showing what is typed: for passwords.
std::optional<QString> askHidden(const QString &prompt);
} // namespace Terminal
