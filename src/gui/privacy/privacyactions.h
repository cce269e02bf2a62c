#pragma once

#include "services/privacyservice.h"

#include <QObject>
#include <QString>

class ApplicantPanel;
class MainWindow;
class QAction;

// Application → Erase Personal Data… (the applicant shown in the panel) and Settings →
// Retention Review…, for administrators (Action::HandlePrivacyRequests); core refuses anyone
// else anyway. Each erase is confirmed by typing, and runs on a worker thread with a
// connection of its own: merging the search index takes seconds on a large file.
class PrivacyActions : public QObject
{
    Q_OBJECT

public:
    PrivacyActions(QString databasePath, MainWindow *window, ApplicantPanel *panel);

    QAction *eraseAction() const { return m_erase; }
    QAction *retentionAction() const { return m_retention; }

    // How long a backup made before an erase can keep the person, for what the dialogs say.
    static QString backupsKeepText();

Q_SIGNALS:
    // People were erased (error empty), or the erase failed.
    void erased(const PrivacyService::Erasure &erasure, const Error &error);

private:
    void showActions();
    void eraseShownApplicant();
    void showRetentionReview();
    void finish(const Result<PrivacyService::Erasure> &erasure);

    QString m_databasePath;
    MainWindow *m_window;
    ApplicantPanel *m_panel;
    QAction *m_erase;
    QAction *m_retention;
};
