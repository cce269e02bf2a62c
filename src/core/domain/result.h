#pragma once

#include <QSqlError>
#include <QString>

#include <optional>
#include <utility>

// Errors are data in core: a message a person can read, and the driver's error if there was one.
struct Error
{
    QString message;
    QSqlError sqlError;

    QString text() const
    {
        // Not twice: a message made from the driver's error may already say its text.
        if (!sqlError.isValid() || sqlError.type() == QSqlError::NoError ||
            message.contains(sqlError.text()))
            return message;
        return message + QStringLiteral(" (") + sqlError.text() + QLatin1Char(')');
    }
};

// Either a value or an Error. Small on purpose: C++17 has no std::expected. [[nodiscard]]: an
// ignored failure is a lost write or a stale view, so every caller looks at the outcome.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// A result with no value: success, or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};
