#include "signin/signinflow.h"

#include "mainwindow.h"
#include "services/signin.h"
#include "signin/firstadministratordialog.h"
#include "signin/signindialog.h"
#include "signin/windowlock.h"

#include <QMessageBox>

SignInFlow::SignInFlow(QString connectionName, MainWindow *window)
    : QObject(window), m_connection(std::move(connectionName)), m_window(window)
{
    connect(m_window, &MainWindow::signedOut, this, &SignInFlow::start);
}

void SignInFlow::start()
{
    m_window->showSignedOut();
    const auto needed = SignIn(m_connection).needsFirstAdministrator();
    if (!needed) {
        QMessageBox failed(QMessageBox::Critical, tr("Sign In"),
                           tr("Who may sign in could not be read."), QMessageBox::Ok, m_window);
        failed.setInformativeText(needed.error().text());
        WindowLock::exempt(&failed);
        failed.exec();
        Q_EMIT abandoned();
        return;
    }
    if (needed.value())
        askForFirstAdministrator();
    else
        askWhoSignsIn();
}

Status SignInFlow::signInWithToken(const QString &token)
{
    const auto signedIn = SignIn(m_connection).withToken(token);
    if (!signedIn)
        return signedIn.error();
    m_window->setActor(signedIn->actor);
    Q_EMIT this->signedIn();
    return {};
}

void SignInFlow::askForFirstAdministrator()
{
    open(new FirstAdministratorDialog(m_connection, m_window));
}

void SignInFlow::askWhoSignsIn()
{
    open(new SignInDialog(m_connection, m_window));
}

// Window-modal over the covered window, and exempt from its cover. Dialog: one of the sign-in
// dialogs, with signedIn() once accepted.
template <typename Dialog> void SignInFlow::open(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowLock::exempt(dialog);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted || !dialog->signedIn()) {
            Q_EMIT abandoned();
            return;
        }
        SignInDialog::rememberUsername(dialog->signedIn()->user.username);
        m_window->setActor(dialog->signedIn()->actor);
        Q_EMIT signedIn();
    });
    dialog->open();
}
