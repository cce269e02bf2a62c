#include "csv/importmappingpage.h"

#include "csv/importwizard.h"
#include "widgets/elidedlabel.h"
#include "widgets/problemstyle.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString MappingKey = QStringLiteral("import/mapping");
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the field each column of the file is imported into. A name, an "
                   "email and a career track are required."));

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("columns"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    ProblemStyle::markMessage(m_problems);

    m_recognised = new QLabel(this);
    m_recognised->setObjectName(QStringLiteral("recognised"));
    m_recognised->setWordWrap(true);
    QFont bold = m_recognised->font();
    bold.setBold(true);
    m_recognised->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recognised);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problems);
}

void ImportMappingPage::initializePage()
{
    // A new grid for each file: a grid never forgets the rows of the last one.
    delete m_scroll->takeWidget();
    m_columns = new QWidget;
    m_grid = new QGridLayout(m_columns);
    m_grid->setColumnStretch(1, 1);
    m_fields.clear();

    m_mapping = m_wizard->preview().mapping;
    m_recognised->setText(m_mapping.recognition());
    m_recognised->setVisible(!m_mapping.form().isEmpty());
    const QByteArray saved = QSettings().value(MappingKey).toByteArray();
    if (!saved.isEmpty()) {
        // A saved mapping that no longer parses is only a lost preference.
        if (const auto remembered = m_mapping.overriddenBy(saved, tr("the saved mapping")))
            m_mapping = remembered.value();
    }
    const auto addHeading = [this](int column, const QString &text) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(text), m_columns);
        m_grid->addWidget(heading, 0, column);
    };
    addHeading(0, tr("Column in the file"));
    addHeading(1, tr("Values"));
    addHeading(2, tr("Imported as"));
    for (int column = 0; column < m_mapping.header().size(); ++column)
        addColumn(column);
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    m_scroll->setWidget(m_columns);
    showProblems();
}

void ImportMappingPage::addColumn(int column)
{
    const QString header = m_mapping.header().at(column);
    const int row = column + 1;

    auto *field = new QComboBox(m_columns);
    field->setObjectName(QStringLiteral("field%1").arg(column));
    field->setAccessibleName(header);
    field->addItem(tr("(not imported)"), QString());
    for (const QString &name : ImportMapping::fields())
        field->addItem(ImportMapping::label(name), name);
    if (ImportMapping::isExportOnly(header)) {
        // Our own export's bookkeeping (ids, status, owner…): an import makes new
        // applications in status applied.
        m_mapping.setField(column, QString());
        field->setEnabled(false);
        field->setToolTip(tr("This column of an Admissions Desk export is not imported: "
                             "imported applications are new, in status applied."));
    }
    field->setCurrentIndex(qMax(0, field->findData(m_mapping.field(column))));
    connect(field, &QComboBox::currentIndexChanged, this, [this, column, field] {
        m_mapping.setField(column, field->currentData().toString());
        showProblems();
    });
    m_fields << field;

    // A & in a header is text, not a mnemonic.
    auto *name =
        new QLabel(QString(header).replace(QLatin1Char('&'), QStringLiteral("&&")), m_columns);
    name->setBuddy(field);
    name->setToolTip(field->toolTip());

    QStringList values;
    for (const CsvReader::Record &record : m_wizard->preview().rows) {
        const QString value = record.fields.value(column).simplified();
        if (!value.isEmpty())
            values << value;
    }
    auto *samples = new ElidedLabel(values.join(QStringLiteral(" · ")), m_columns);
    samples->setToolTip(values.join(QLatin1Char('\n')));
    samples->setEnabled(field->isEnabled());

    m_grid->addWidget(name, row, 0);
    m_grid->addWidget(samples, row, 1);
    m_grid->addWidget(field, row, 2);
}

void ImportMappingPage::showProblems()
{
    const QStringList problems = m_mapping.problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_mapping.header().isEmpty() && m_mapping.problems().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    const QByteArray json = m_mapping.toJson();
    QSettings().setValue(MappingKey, json);
    m_wizard->options().mappingJson = json;
    m_wizard->options().mappingSource = tr("the chosen mapping");
    return true;
}
