#pragma once

#include <QDialog>

class QSpinBox;

// Settings → Preferences: this computer's settings of the desk (QSettings). For now how long
// the window stays open without input before it locks.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Saves the settings.
    void accept() override;

private:
    QSpinBox *m_lockAfter;
};
