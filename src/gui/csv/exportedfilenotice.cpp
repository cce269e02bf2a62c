#include "csv/exportedfilenotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QUrl>

ExportedFileNotice::ExportedFileNotice(QStatusBar *statusBar)
    : QPushButton(tr("Open Folder"), statusBar), m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("openExportFolder"));
    setFlat(true);
    // No Alt+letter: every letter of its name already has a place in the window.
    setVisible(false);
    connect(this, &QPushButton::clicked, this, &ExportedFileNotice::openFolder);
    // Leaves with its message: after 15 seconds, or when another message takes its place.
    connect(m_statusBar, &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_message)
            setVisible(false);
    });
    m_statusBar->addPermanentWidget(this);
}

void ExportedFileNotice::announce(const QString &message, const QString &filePath)
{
    m_message = message;
    m_folder = QFileInfo(filePath).absolutePath();
    setToolTip(tr("Shows %1 in the file manager.").arg(QDir::toNativeSeparators(m_folder)));
    m_statusBar->showMessage(message, 15000);
    setVisible(true);
}

void ExportedFileNotice::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}
