#include "waitlisttab.h"

#include "services/waitlistplace.h"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

WaitlistTab::WaitlistTab(QWidget *parent)
    : QWidget(parent), m_position(new QLabel(this)), m_queueTime(new QLabel(this)),
      m_ahead(new QTreeWidget(this)), m_more(new QLabel(this))
{
    m_position->setObjectName(QStringLiteral("waitlistPosition"));
    m_position->setTextFormat(Qt::RichText);
    m_position->setWordWrap(true);
    m_queueTime->setObjectName(QStringLiteral("waitlistQueueTime"));
    m_queueTime->setWordWrap(true);
    m_queueTime->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ahead->setObjectName(QStringLiteral("waitlistAhead"));
    m_ahead->setAccessibleName(tr("Applications ahead"));
    m_ahead->setRootIsDecorated(false);
    m_ahead->setAlternatingRowColors(true);
    m_ahead->setHeaderLabels(
        {tr("#"), tr("Application"), tr("Applicant"), tr("Qualified"), tr("Applied"), tr("Why")});
    m_ahead->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ahead->header()->setStretchLastSection(true);
    m_more->setObjectName(QStringLiteral("waitlistMore"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addWidget(m_queueTime);
    layout->addWidget(m_ahead, 1);
    layout->addWidget(m_more);
}

void WaitlistTab::showPlace(const WaitlistPlace &place)
{
    m_position->setText(tr("<b style=\"font-size: large\">Place %1 of %2</b> waiting for a "
                           "seat of cohort %3")
                            .arg(place.position)
                            .arg(place.waiting)
                            .arg(place.cohortName.toHtmlEscaped()));
    QString queue = tr("Queue time: %1").arg(when(place.self.queueAt));
    if (const QString source = WaitlistPlace::queueTimeSource(place.self); !source.isEmpty())
        queue += QStringLiteral(" (%1)").arg(source);
    queue += QLatin1Char('\n') +
             (place.ahead.isEmpty()
                  ? tr("First in line: the next free seat is offered to this application.")
                  : tr("Ahead of it, in the order seats are offered: first come, first served "
                       "by queue time, then application time, then number."));
    m_queueTime->setText(queue);
    m_ahead->clear();
    m_ahead->setVisible(!place.ahead.isEmpty());
    const auto add = [this](int position, const QueueEntry &entry, const QString &why) {
        auto *item = new QTreeWidgetItem(
            m_ahead, {QString::number(position), QString::number(entry.applicationId),
                      entry.applicantName, when(entry.qualifiedAt), when(entry.appliedAt), why});
        item->setToolTip(5, tr("Queue time: %1").arg(when(entry.queueAt)));
        return item;
    };
    int position = 0;
    for (const WaitlistPlace::Ahead &ahead : place.ahead)
        add(++position, ahead.entry, ahead.why);
    if (place.aheadNotNamed == 0 && !place.ahead.isEmpty()) {
        // The application itself closes the list, so that the comparison reads in one place.
        QTreeWidgetItem *self = add(place.position, place.self, tr("this application"));
        QFont bold = self->font(0);
        bold.setBold(true);
        for (int column = 0; column < m_ahead->columnCount(); ++column)
            self->setFont(column, bold);
    }
    m_more->setText(tr("… and %L1 more ahead").arg(place.aheadNotNamed));
    m_more->setVisible(place.aheadNotNamed > 0);
}
