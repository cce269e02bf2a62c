#include "csv/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
const QString FolderKey = QStringLiteral("export/folder");
const QString DelimiterKey = QStringLiteral("export/delimiter");
const QString ExcelKey = QStringLiteral("export/forExcel");
} // namespace

ExportDialog::ExportDialog(const QString &title, const QString &baseName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    const QSettings settings;
    // The folder used last, unless it has gone since; accept() offers to create a missing one.
    QString folder = settings.value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName =
        QStringLiteral("%1-%2.csv").arg(baseName, QDate::currentDate().toString(Qt::ISODate));

    m_path = new QLineEdit(QDir::toNativeSeparators(QDir(folder).filePath(fileName)), this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 50);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setCurrentIndex(
        qMax(0, m_delimiter->findData(settings.value(DelimiterKey, QStringLiteral(",")))));
    m_excel = new QCheckBox(tr("For Microsoft &Excel"), this);
    m_excel->setObjectName(QStringLiteral("forExcel"));
    m_excel->setToolTip(tr("Starts the file with a byte order mark, so that Excel reads names "
                           "with accents correctly. Other programs ignore it."));
    m_excel->setChecked(settings.value(ExcelKey, false).toBool());

    m_form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    m_form->addRow(fileLabel, file);
    m_form->addRow(tr("&Delimiter:"), m_delimiter);
    m_form->addRow(QString(), m_excel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setSizeGripEnabled(false);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

void ExportDialog::offerCohorts(const QList<Cohort> &cohorts, qint64 current)
{
    m_cohort = new QComboBox(this);
    m_cohort->setObjectName(QStringLiteral("cohort"));
    m_cohort->addItem(tr("Every cohort"), qint64(0));
    for (const Cohort &cohort : cohorts)
        m_cohort->addItem(cohort.name, cohort.id);
    m_cohort->setCurrentIndex(qMax(0, m_cohort->findData(current)));
    m_form->insertRow(0, tr("&Cohort:"), m_cohort);
    setTabOrder(m_cohort, m_path);
}

QString ExportDialog::path() const
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".csv") : path;
}

CsvWriter::Options ExportDialog::options() const
{
    CsvWriter::Options options;
    options.delimiter = m_delimiter->currentData().toString().at(0).toLatin1();
    options.byteOrderMark = m_excel->isChecked();
    return options;
}

qint64 ExportDialog::cohortId() const
{
    return m_cohort ? m_cohort->currentData().toLongLong() : 0;
}

bool ExportDialog::folderIsReady(const QFileInfo &file)
{
    const QString folder = file.absolutePath();
    const QString shown = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).exists()) {
        if (QMessageBox::question(
                this, windowTitle(), tr("The folder %1 does not exist. Create it?").arg(shown),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
            return false;
        if (!QDir().mkpath(folder)) {
            QMessageBox::warning(
                this, windowTitle(),
                tr("The folder %1 could not be created. Choose another folder.").arg(shown));
            return false;
        }
    }
    // Refused here, while the choice can still be changed, rather than after the export ran.
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isWritable()) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("Files cannot be written in %1. Choose another folder.").arg(shown));
        return false;
    }
    return true;
}

void ExportDialog::accept()
{
    const QFileInfo file(path());
    if (!folderIsReady(file)) {
        m_path->setFocus();
        return;
    }
    if (file.exists() &&
        QMessageBox::question(
            this, windowTitle(),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(file.filePath())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QSettings settings;
    settings.setValue(FolderKey, file.absolutePath());
    settings.setValue(DelimiterKey, m_delimiter->currentData());
    settings.setValue(ExcelKey, m_excel->isChecked());
    QDialog::accept();
}

void ExportDialog::browse()
{
    // accept() asks before replacing a file, whether it was typed or chosen here.
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path(),
                                                        tr("CSV files (*.csv);;All files (*)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}
