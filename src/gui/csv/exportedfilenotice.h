#pragma once

#include <QPushButton>
#include <QString>

class QStatusBar;

// "Applications exported to …: 20." in the status bar, with an Open Folder button beside it for
// as long as the message shows: the file is one click away in the file manager.
class ExportedFileNotice : public QPushButton
{
    Q_OBJECT

public:
    explicit ExportedFileNotice(QStatusBar *statusBar);

    void announce(const QString &message, const QString &filePath);

private:
    void openFolder();

    QStatusBar *m_statusBar;
    QString m_message;
    QString m_folder;
};
