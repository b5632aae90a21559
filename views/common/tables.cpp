#include "views/common/tables.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QTableWidget>

namespace supolka {

QTableWidget *makeReadOnlyTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

namespace {

// The title's widest line, with the header's margins and room for the sort arrow; bold, as a sorted column's title
// may be drawn.
int titleWidth(const QHeaderView *header, int column)
{
    const QString title = header->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    if (title.isEmpty())
        return 0;
    QFont font = header->font();
    font.setBold(true);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &line : title.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    const QStyle *style = header->style();
    return widest + 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
           (header->isSortIndicatorShown() ? style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) : 0);
}

} // namespace

void setColumnWidths(QTableView *table, const QList<QPair<int, int>> &widths)
{
    QHeaderView *header = table->horizontalHeader();
    auto apply = [table, header, widths] {
        if (!header->model())
            return;
        for (const auto &[column, width] : widths)
            table->setColumnWidth(column, qMax(width, titleWidth(header, column)));
        // A column that takes the rest of the width keeps at least its title's when the rest is little (the table
        // then scrolls). The header has one minimum for all columns; the listed ones are wider anyway.
        int stretched = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (header->sectionResizeMode(column) == QHeaderView::Stretch)
                stretched = qMax(stretched, titleWidth(header, column));
        }
        if (stretched > header->minimumSectionSize())
            header->setMinimumSectionSize(stretched);
    };
    apply();
    QObject::connect(header->model(), &QAbstractItemModel::headerDataChanged, table, apply);
}

} // namespace supolka
