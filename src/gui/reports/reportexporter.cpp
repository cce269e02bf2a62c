#include "reports/reportexporter.h"

#include "files/privatefile.h"
#include "reports/reportchartbuilder.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QUrl>

namespace {
// The chart in a PDF: drawn at this size, at twice the pixels for print, then shown this wide
// (within a portrait A4 page's text).
const QSize PrintedChart(760, 420);
constexpr int PrintedChartWidth = 640;
// A table with more columns than this is printed across a landscape page.
constexpr int PortraitColumns = 6;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tableHtml(const ReportTable &table)
{
    // Cells that do not wrap: "Interviewed" over two lines reads as two words.
    QString html = QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" style=\"white-space: nowrap\"><tr>")
                       .arg(escaped(table.title));
    for (const ReportColumn &column : table.columns)
        html += QStringLiteral("<th>%1</th>").arg(escaped(column.title));
    html += QStringLiteral("</tr>");
    for (int row = 0; row < table.rows.size(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < table.columns.size(); ++column) {
            const bool isText = table.columns.at(column).value == ReportValue::Text;
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(isText ? QStringLiteral("left") : QStringLiteral("right"),
                             escaped(table.text(row, column)));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// The report's chart as paper shows it: the light theme, whatever the window's.
QImage printedChart(const Report &report)
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Base, Qt::white);
    QChartView view(ReportChartBuilder::build(report));
    ReportChartBuilder::applyTheme(view.chart(), light);
    view.setFrameShape(QFrame::NoFrame);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(PrintedChart);
    // A hidden view holds its resize back, and with it the chart's layout: grab() delivers it.
    // Then the scene is drawn at twice the pixels for print (the view would clip it to its size).
    view.grab();
    QImage image(PrintedChart * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view.scene()->render(&painter, QRectF(image.rect()), QRectF(QPointF(), QSizeF(PrintedChart)));
    return image;
}
} // namespace

ReportExporter::ReportExporter(QString databasePath) : m_databasePath(std::move(databasePath)) {}

Status ReportExporter::writePng(QChartView *chart, const QString &path) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!chart->grab().save(&buffer, "PNG"))
        return Error{tr("The chart could not be drawn as PNG for %1.").arg(path), {}};
    return PrivateFile::write(path, bytes, m_databasePath);
}

Status ReportExporter::writeSvg(QChartView *chart, const QString &path) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(chart->size());
    svg.setViewBox(QRect(QPoint(), chart->size()));
    svg.setTitle(chart->chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return Error{tr("The chart could not be drawn as SVG for %1.").arg(path), {}};
    chart->render(&painter);
    painter.end();
    return PrivateFile::write(path, bytes, m_databasePath);
}

Status ReportExporter::writePdf(const Report &report, const QStringList &filters,
                                const QString &path) const
{
    QTextDocument document;
    const QUrl chartUrl(QStringLiteral("report://chart.png"));
    QString html =
        QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
            .arg(escaped(ReportKindInfo::title(report.kind)),
                 escaped(ReportKindInfo::description(report.kind)),
                 filters.isEmpty() ? QString()
                                   : escaped(filters.join(QLatin1Char('\n')))
                                         .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (report.chart.kind != ReportChart::Kind::None) {
        document.addResource(QTextDocument::ImageResource, chartUrl, printedChart(report));
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>")
                    .arg(chartUrl.toString())
                    .arg(PrintedChartWidth);
    }
    for (const ReportTable &table : report.tables)
        html += tableHtml(table);
    for (const QString &note : report.notes)
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(note));
    document.setHtml(html);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        int columns = 0;
        for (const ReportTable &table : report.tables)
            columns = qMax(columns, int(table.columns.size()));
        pdf.setPageOrientation(columns > PortraitColumns ? QPageLayout::Landscape
                                                         : QPageLayout::Portrait);
        pdf.setTitle(ReportKindInfo::title(report.kind));
        pdf.setCreator(QStringLiteral("Admissions Desk"));
        document.print(&pdf);
    } // the writer finishes the file when it goes
    if (bytes.isEmpty())
        return Error{tr("The report could not be drawn as PDF for %1.").arg(path), {}};
    return PrivateFile::write(path, bytes, m_databasePath);
}
