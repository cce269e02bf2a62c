#include "csv/dateorderscan.h"

void DateOrderScan::add(const QString &text, qint64 line)
{
    if (settled())
        return;
    const auto parts = ImportValues::slashDateParts(text);
    if (!parts)
        return;
    if (m_firstLine == 0) {
        m_firstLine = line;
        m_firstText = text.trimmed();
    }
    if (parts->first > 12)
        m_order = ImportValues::DateOrder::DayFirst;
    else if (parts->second > 12)
        m_order = ImportValues::DateOrder::MonthFirst;
    if (settled())
        m_settlingLine = line;
}

QString DateOrderScan::describe(ImportValues::DateOrder order, qint64 settlingLine)
{
    switch (order) {
    case ImportValues::DateOrder::DayFirst:
        return tr("Dates: day first (line %1 has a day over 12).").arg(settlingLine);
    case ImportValues::DateOrder::MonthFirst:
        return tr("Dates: month first (line %1 has a day over 12).").arg(settlingLine);
    case ImportValues::DateOrder::Undecided:
        break;
    }
    return {};
}
