#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

// Catches the URLs of `schemes` that QDesktopServices::openUrl would give the desktop (a mail
// program, a browser, the file manager), for as long as it lives.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    explicit UrlCatcher(QStringList schemes);
    ~UrlCatcher() override;

    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }

private:
    QStringList m_schemes;
};
