#include "staff/newpassworddialog.h"

#include "signin/passwordfields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NewPasswordDialog::NewPasswordDialog(const QString &title, const QString &explanation,
                                     QWidget *parent)
    : QDialog(parent), m_password(new PasswordFields(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    m_password->addRowsTo(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_password, &PasswordFields::changed, this,
            [this, ok] { ok->setEnabled(m_password->isAcceptable()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NewPasswordDialog::password() const
{
    return m_password->password();
}
