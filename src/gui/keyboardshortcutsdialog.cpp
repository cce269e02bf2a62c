#include "keyboardshortcutsdialog.h"

#include "widgets/readonlytable.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

// Rows of keys, command and where it lives, for the menu and its submenus.
void collect(const QMenu *menu, const QString &path, QList<QStringList> &rows)
{
    for (const QAction *action : menu->actions()) {
        const QString name = withoutMnemonic(action->text());
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" → ") + name, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys << shortcut.toString(QKeySequence::NativeText);
        if (!keys.isEmpty() && action->isVisible())
            rows << QStringList{keys.join(QStringLiteral(", ")), name, path};
    }
}
} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<QStringList> rows;
    for (const QAction *action : menus->actions()) {
        if (action->menu())
            collect(action->menu(), withoutMnemonic(action->text()), rows);
    }
    const QString list = tr("Applications list");
    const QString search = tr("Search box");
    const QString anywhere = tr("Anywhere");
    rows << QStringList{tr("Esc"), tr("Clear the search"), search}
         << QStringList{tr("Down, Enter"), tr("Go to the first result, selected"), search}
         << QStringList{tr("Del"), tr("Withdraw the selected applications"), list}
         << QStringList{tr("Alt + underlined letter"), tr("Go to that field or button"), anywhere}
         << QStringList{tr("Tab, Shift+Tab"), tr("Next or previous field"), anywhere};

    auto *table = new ReadOnlyTable({tr("Keys"), tr("Command"), tr("Where")},
                                    QStringLiteral("shortcuts"), tr("Keyboard shortcuts"), this);
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < 3; ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
    table->resizeColumnsToContents();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 32);
}
