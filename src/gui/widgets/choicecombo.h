#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QComboBox;

// A combo box of rows chosen by id (a track, a cohort, an owner), its first item `any` (id 0):
// filled again, it keeps the row chosen while that row is still offered, and says nothing.
namespace ChoiceCombo {
void fill(QComboBox *combo, const QString &any, const QList<QPair<qint64, QString>> &items);
} // namespace ChoiceCombo
