#include "privacy/typedconfirmation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

TypedConfirmation::TypedConfirmation(const Text &text, QString expected, QWidget *parent)
    : QDialog(parent), m_expected(std::move(expected)), m_typed(new QLineEdit(this)),
      m_confirm(new QPushButton(text.action, this))
{
    setWindowTitle(text.title);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *question =
        new QLabel(QStringLiteral("<b>%1</b>").arg(text.question.toHtmlEscaped()), this);
    question->setWordWrap(true);
    auto *explanation = new QLabel(text.explanation, this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    auto *prompt = new QLabel(text.prompt, this);
    prompt->setBuddy(m_typed);
    m_typed->setObjectName(QStringLiteral("typedConfirmation"));
    form->addRow(prompt, m_typed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setEnabled(false);
    m_confirm->setAutoDefault(false);
    buttons->addButton(m_confirm, QDialogButtonBox::DestructiveRole);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);

    auto *words = new QVBoxLayout;
    words->addWidget(question);
    words->addWidget(explanation);
    words->addLayout(form);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(words, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_typed, &QLineEdit::textChanged, this, [this](const QString &typed) {
        const bool matches = typed.trimmed() == m_expected;
        m_confirm->setEnabled(matches);
        // Enter confirms only once the right thing is typed.
        m_confirm->setDefault(matches);
    });
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_typed->setFocus();
}
