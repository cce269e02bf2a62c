#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// Notices changes that other connections commit to the window's file (another window, the
// command line, an import, a worker thread of this window) by polling PRAGMA data_version
// (Database::dataVersion) every IntervalMs, so that every view can show them within about a
// second without a click. The window's own writes refresh their views themselves.
class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 1000;

    explicit ChangeWatch(QString connectionName, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void changedElsewhere();

private:
    void poll();

    QString m_connection;
    QTimer m_timer;
    qint64 m_version = -1;
};
