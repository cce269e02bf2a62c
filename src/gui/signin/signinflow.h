#pragma once

#include "domain/result.h"

#include <QObject>
#include <QString>

class MainWindow;

// Who is at the desk, asked over the main window while it shows nothing: the first
// administrator on a desk without passwords, otherwise the sign-in dialog. Signing out asks
// again. Cancel means nobody will sign in: abandoned() (the program quits). An unattended run
// (tests, screenshots) signs in with a personal access token instead, without dialogs.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    SignInFlow(QString connectionName, MainWindow *window);

    // Shows the window signed out and opens the dialog that fits the desk.
    void start();
    // Signs in with a personal access token (SignIn::TokenVariable), verified like a password.
    Status signInWithToken(const QString &token);

Q_SIGNALS:
    void signedIn();
    void abandoned();

private:
    void askForFirstAdministrator();
    void askWhoSignsIn();
    template <typename Dialog> void open(Dialog *dialog);

    QString m_connection;
    MainWindow *m_window;
};
