#include "terminal.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {
#ifdef Q_OS_WIN
std::optional<QString> readLine(const QString &prompt, bool echo)
{
    const HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE,
                                  FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0,
                                  nullptr);
    const HANDLE out = CreateFileW(L"CONOUT$", GENERIC_WRITE, FILE_SHARE_WRITE, nullptr,
                                   OPEN_EXISTING, 0, nullptr);
    if (in == INVALID_HANDLE_VALUE || out == INVALID_HANDLE_VALUE) {
        CloseHandle(in);
        CloseHandle(out);
        return std::nullopt;
    }
    const std::wstring text = prompt.toStdWString();
    DWORD written = 0;
    WriteConsoleW(out, text.c_str(), DWORD(text.size()), &written, nullptr);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    if (!echo)
        SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    wchar_t buffer[1024];
    DWORD read = 0;
    const bool ok = ReadConsoleW(in, buffer, 1023, &read, nullptr);
    SetConsoleMode(in, mode);
    if (!echo)
        WriteConsoleW(out, L"\r\n", 2, &written, nullptr);
    CloseHandle(in);
    CloseHandle(out);
    if (!ok)
        return std::nullopt;
    return QString::fromWCharArray(buffer, int(read)).trimmed();
}
#else
std::optional<QString> readLine(const QString &prompt, bool echo)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const bool hide = !echo && tcgetattr(fileno(tty), &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    std::string line;
    bool ended = false;
    for (int c = std::fgetc(tty); c != EOF; c = std::fgetc(tty)) {
        if (c == '\n') {
            ended = true;
            break;
        }
        line += char(c);
    }
    if (hide) {
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    if (!ended && line.empty())
        return std::nullopt; // end of input: nobody answered
    QString answer = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    if (answer.endsWith(QLatin1Char('\r')))
        answer.chop(1);
    return answer;
}
#endif
} // namespace

namespace Terminal {
bool available()
{
#ifdef Q_OS_WIN
    const HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ, FILE_SHARE_READ, nullptr,
                                  OPEN_EXISTING, 0, nullptr);
    if (in == INVALID_HANDLE_VALUE)
        return false;
    CloseHandle(in);
    return true;
#else
    FILE *tty = std::fopen("/dev/tty", "r");
    if (!tty)
        return false;
    std::fclose(tty);
    return true;
#endif
}

bool showsStandardError()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

std::optional<QString> ask(const QString &prompt)
{
    return readLine(prompt, true);
}

std::optional<QString> askHidden(const QString &prompt)
{
    return readLine(prompt, false);
}
} // namespace Terminal
