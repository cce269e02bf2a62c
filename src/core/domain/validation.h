#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

// One problem with one field of a form or an input row.
struct FieldError
{
    QString field;   // machine name, e.g. "email"
    QString message; // says why, for a person
};

using FieldErrors = QList<FieldError>;

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static bool isEmail(const QString &text);
    static bool isPhone(const QString &text);        // empty is allowed: the phone is optional
    static bool isTimeZone(const QString &ianaName); // empty is allowed
    static bool isHttpUrl(const QString &text);      // empty is allowed
    // "field: message; field: message" for command lines and logs.
    static QString describe(const FieldErrors &errors);

    // The most characters (Unicode code points) a stored text may have. README.md, "What is
    // stored", lists them for people.
    struct MaxLength
    {
        static constexpr int Name = 100;  // first and last name
        static constexpr int Email = 254; // RFC 5321's limit of a forward path
        static constexpr int Phone = 40;  // 15 digits of E.164 and room for spaces and an extension
        static constexpr int Url = 2048;  // what browsers and servers reliably take
        static constexpr int ShortText = 200; // country, time zone, source, campaign, referrer
        static constexpr int Notes = 10000;   // notes, summaries, reasons
    };

    // What a text field may hold besides its length.
    enum class TextKind
    {
        Line,       // one line: no control characters (C0, DEL, C1)
        Identifier, // a name or an email: one line, and no bidirectional controls, which can make
                    // one name read as another
        Lines       // notes: tab, line feed and carriage return too
    };

    // The first problem of a text, as a sentence naming the field by its label ("First name has
    // 120 characters; at most 100 are allowed."), or an empty string when there is none. The text
    // is looked at as it is stored: without the whitespace around it, except for Lines.
    static QString textProblem(const QString &label, const QString &text, int maxLength,
                               TextKind kind);

    // Characters that move the cursor, ring, erase or start an escape sequence on a terminal: C0
    // (U+0000-U+001F), DEL (U+007F) and C1 (U+0080-U+009F).
    static bool isControl(char16_t c);
    // Characters that change the direction of the text around them: the embeddings, overrides and
    // isolates U+202A-U+202E and U+2066-U+2069, the marks U+200E, U+200F and U+061C.
    static bool isBidiControl(char16_t c);
    // Unicode code points, not UTF-16 units: "Zoë 🎓" has 5.
    static qsizetype characterCount(QStringView text);

    // The text with every control character, bidirectional control and line or paragraph separator
    // written as a visible escape (\x1b, \n, \u202e), so that stored text printed to a terminal
    // cannot move the cursor, change colours, hide what follows or reorder a line.
    static QString printable(QStringView text);
    // A value echoed in a message: printable, and cut after `maxShown` characters with "…".
    static QString quoted(QStringView text, int maxShown = 60);
};
