#include "widgets/choicecombo.h"

#include <QComboBox>
#include <QSignalBlocker>

void ChoiceCombo::fill(QComboBox *combo, const QString &any,
                       const QList<QPair<qint64, QString>> &items)
{
    const qint64 current = combo->currentData().toLongLong();
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(any, qint64(0));
    for (const auto &[id, text] : items)
        combo->addItem(text, id);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}
