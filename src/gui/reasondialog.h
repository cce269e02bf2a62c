#pragma once

#include "domain/applicationstatus.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <optional>

class QComboBox;
class QPushButton;

// Asks why applications leave for an exit status (not qualified, declined, withdrawn, dropped,
// refunded): the usual reasons of that status to pick, or one's own words. OK stays disabled
// until there is a reason, so a move never fails for lack of one after the dialog.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(ApplicationStatus to, const QString &question, QWidget *parent = nullptr);

    QString reason() const;
    // The usual reasons for the status, in the user's language.
    static QStringList standardReasons(ApplicationStatus to);
    // The reason, or nothing when the person cancelled.
    static std::optional<QString> ask(ApplicationStatus to, const QString &question,
                                      QWidget *parent);

private:
    QComboBox *m_reason;
    QPushButton *m_ok;
};
