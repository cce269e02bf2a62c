#include "csv/importissuemodel.h"

#include <QLocale>

ImportIssueModel::ImportIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::setIssues(QList<ImportIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        // Line 0 is the file as a whole.
        return issue.line > 0 ? QLocale().toString(issue.line) : tr("–");
    case KindColumn:
        return issue.kind == ImportIssue::Kind::Problem ? tr("Bad row") : tr("Duplicate");
    case FileColumn:
        return issue.column;
    case ReasonColumn:
        return issue.reason;
    default:
        return {};
    }
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case KindColumn:
        return tr("Kind");
    case FileColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Problem");
    default:
        return {};
    }
}
