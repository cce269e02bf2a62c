#include "csv/importfilepage.h"

#include "csv/applicationimport.h"
#include "csv/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const QString FolderKey = QStringLiteral("import/folder");
const QString Windows1252Key = QStringLiteral("import/windows1252");
} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Choose the File"));
    setSubTitle(tr("A CSV file of applications: the web form's export, a spreadsheet saved as "
                   "CSV, or an export of Admissions Desk."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    auto *browse = new QPushButton(tr("Br&owse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(delimiterName(QLatin1Char(',')), QStringLiteral(","));
    m_delimiter->addItem(delimiterName(QLatin1Char(';')), QStringLiteral(";"));
    m_delimiter->addItem(delimiterName(QLatin1Char('\t')), QStringLiteral("\t"));
    m_windows1252 = new QCheckBox(tr("Read files that are not UTF-8 as &Windows-1252"), this);
    m_windows1252->setObjectName(QStringLiteral("windows1252"));
    m_windows1252->setToolTip(tr("Older versions of Excel save CSV files in Windows-1252. "
                                 "Without this, such a file is refused rather than read with "
                                 "wrong letters."));
    m_windows1252->setChecked(QSettings().value(Windows1252Key, false).toBool());

    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("Choose…"), int(ImportValues::DateOrder::Undecided));
    m_dateOrder->addItem(tr("Day first (30/11/2026)"), int(ImportValues::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (11/30/2026)"), int(ImportValues::DateOrder::MonthFirst));
    m_dateOrder->setToolTip(tr("Every date of the file could be read either way (no number "
                               "is over 12): say how the form writes them."));
    m_dateOrderLabel = new QLabel(tr("Dates are &written:"), this);
    m_dateOrderLabel->setBuddy(m_dateOrder);

    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("found"));
    m_found->setWordWrap(true);
    m_found->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_windows1252);
    form->addRow(m_dateOrderLabel, m_dateOrder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_found);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::readFile);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::readFile);
    connect(m_windows1252, &QCheckBox::toggled, this, &ImportFilePage::readFile);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->options().dateOrder = chosenDateOrder();
        Q_EMIT completeChanged();
    });
    askDateOrder(DateOrderScan(), false);
}

ImportValues::DateOrder ImportFilePage::chosenDateOrder() const
{
    return m_dateOrder->isVisibleTo(this)
               ? ImportValues::DateOrder(m_dateOrder->currentData().toInt())
               : ImportValues::DateOrder::Undecided;
}

void ImportFilePage::askDateOrder(const DateOrderScan &dates, bool sameFile)
{
    // Asked again for another file: the answer was about the last one's dates.
    if (!sameFile || !dates.ambiguous())
        m_dateOrder->setCurrentIndex(0);
    m_dateOrder->setVisible(dates.ambiguous());
    m_dateOrderLabel->setVisible(dates.ambiguous());
    m_wizard->options().dateOrder = chosenDateOrder();
}

QString ImportFilePage::encodingName(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Utf8:
        return tr("UTF-8");
    case CsvReader::Encoding::Utf8WithBom:
        return tr("UTF-8 with byte order mark");
    case CsvReader::Encoding::Utf16LittleEndian:
        return tr("UTF-16 (little endian)");
    case CsvReader::Encoding::Utf16BigEndian:
        return tr("UTF-16 (big endian)");
    case CsvReader::Encoding::Windows1252:
        return tr("Windows-1252 (it is not UTF-8)");
    }
    return QString();
}

QString ImportFilePage::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ',':
        return tr("Comma ( , )");
    case ';':
        return tr("Semicolon ( ; )");
    case '\t':
        return tr("Tab");
    default:
        return QString(delimiter);
    }
}

bool ImportFilePage::isComplete() const
{
    return m_readable &&
           (m_dateOrder->isHidden() || chosenDateOrder() != ImportValues::DateOrder::Undecided);
}

bool ImportFilePage::validatePage()
{
    // Read again: the file may have changed since it was chosen.
    readFile();
    if (!m_readable)
        return false;
    QSettings settings;
    settings.setValue(FolderKey, QFileInfo(m_wizard->filePath()).absolutePath());
    settings.setValue(Windows1252Key, m_windows1252->isChecked());
    return true;
}

void ImportFilePage::browse()
{
    const QString folder =
        QSettings()
            .value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Applications"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::readFile()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    ApplicationImport::Options &options = m_wizard->options();
    const QString delimiter = m_delimiter->currentData().toString(); // empty: detect
    options.csv.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    options.csv.windows1252Fallback = m_windows1252->isChecked();
    const auto preview =
        path.isEmpty() ? Result<ApplicationImport::Preview>(Error{}) : readStart(path, options);
    m_readable = preview.ok();
    const bool sameFile = path == m_wizard->filePath();
    if (preview) {
        m_wizard->setFile(path, preview.value());
        QString found = tr("Encoding: %1<br>Delimiter: %2<br>Columns: %3")
                            .arg(encodingName(preview->encoding),
                                 delimiterName(preview->delimiter).toHtmlEscaped())
                            .arg(QLocale().toString(preview->header.size()));
        if (const QString recognised = preview->mapping.recognition(); !recognised.isEmpty())
            found += QStringLiteral("<br><b>%1</b>").arg(recognised.toHtmlEscaped());
        const DateOrderScan &dates = preview->dates;
        if (dates.settled())
            found += QStringLiteral("<br>") +
                     DateOrderScan::describe(dates.order(), dates.settlingLine()).toHtmlEscaped();
        else if (dates.ambiguous())
            found += QStringLiteral("<br>") +
                     tr("Dates: every one could be day first or month first (line %1: %2); "
                        "choose above how the form writes them.")
                         .arg(dates.firstLine())
                         .arg(dates.firstText().toHtmlEscaped());
        m_found->setText(found);
        askDateOrder(dates, sameFile);
    } else if (path.isEmpty()) {
        m_found->clear();
        askDateOrder(DateOrderScan(), false);
    } else {
        askDateOrder(DateOrderScan(), false);
        m_found->setText(tr("<b>This file cannot be read.</b><br>%1")
                             .arg(preview.error().text().toHtmlEscaped()));
    }
    Q_EMIT completeChanged(); // readable or not, and the dates' question asked or not
}

Result<ApplicationImport::Preview>
ImportFilePage::readStart(const QString &path, const ApplicationImport::Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.errorString(), {}};
    return ApplicationImport::preview(&file, options, SampleRows);
}
