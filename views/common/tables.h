#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QTableView;
class QTableWidget;
class QWidget;

namespace supolka {

// A table of rows to read and pick one of: whole rows selected, no editing in place, no row numbers, the last
// column taking the rest of the width.
QTableWidget *makeReadOnlyTable(QWidget *parent, const QString &objectName);

// Gives each listed column its width in pixels, or the width its title needs when that is more (titles are longer in
// Belarusian and Russian), and widens them again when the titles change with the language. Call it once the table
// has its model.
void setColumnWidths(QTableView *table, const QList<QPair<int, int>> &widths);

} // namespace supolka
