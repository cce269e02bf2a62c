#include "setup/trackdialog.h"

#include "services/catalogservice.h"

#include "widgets/fieldmessages.h"
#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TrackDialog::TrackDialog(QString connectionName, Actor actor, std::optional<Track> track,
                         QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_original(std::move(track)), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_active(new QCheckBox(tr("Takes new &applications and cohorts"), this)),
      m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_original ? tr("Edit Career Track") : tr("New Career Track"));
    const Track t = m_original.value_or(Track());
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setText(t.code);
    m_code->setMaxLength(16);
    m_code->setPlaceholderText(tr("e.g. SWE"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(t.name);
    m_name->setPlaceholderText(tr("e.g. Software Engineering"));
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(t.active);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    ProblemStyle::markMessage(m_problems);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), m_active);
    m_fieldMessages = new FieldMessages(form);
    auto *hint = new QLabel(tr("The code is how CSV files and the command line name the track: "
                               "1 to 16 letters, digits, - or _."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    TitleWidth::fit(this);

    connect(m_code, &QLineEdit::textChanged, this, &TrackDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &TrackDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Track TrackDialog::entered() const
{
    Track t = m_original.value_or(Track());
    t.code = m_code->text().trimmed();
    t.name = m_name->text().trimmed();
    t.active = m_active->isChecked();
    return t;
}

// Only the fields typed in so far: an empty form is not a list of errors.
void TrackDialog::validate()
{
    const FieldErrors errors = CatalogService::validate(entered());
    m_problems->setText(m_fieldMessages->showTyped(errors).join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty());
}

void TrackDialog::accept()
{
    CatalogService catalog(m_connection, m_actor);
    const Track track = entered();
    if (m_original) {
        if (const Status saved = catalog.updateTrack(track); !saved) {
            m_problems->setText(saved.error().text());
            return;
        }
        m_trackId = track.id;
    } else {
        const auto id = catalog.addTrack(track);
        if (!id) {
            m_problems->setText(id.error().text());
            return;
        }
        m_trackId = id.value();
    }
    QDialog::accept();
}
