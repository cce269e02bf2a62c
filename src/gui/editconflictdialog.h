#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QRadioButton;

// Save found fields that the person changed and someone else changed too, to other values,
// since the person began: it shows both values of each and lets them choose which stays (theirs,
// until they pick the other).
class EditConflictDialog : public QDialog
{
    Q_OBJECT

public:
    struct Conflict
    {
        QString field; // machine name
        QString label; // as the form shows it
        QString mine;
        QString elsewhere;
    };

    explicit EditConflictDialog(const QList<Conflict> &conflicts, QWidget *parent = nullptr);

    // The fields (machine names) for which the value saved elsewhere stays.
    QStringList keptFromElsewhere() const;

private:
    QList<QPair<QString, QRadioButton *>> m_elsewhereChoices;
};
