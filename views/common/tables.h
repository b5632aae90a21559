#pragma once

#include <QString>

class QTableWidget;
class QWidget;

namespace supolka {

// A table of rows to read and pick one of: whole rows selected, no editing in place, no row numbers, the last
// column taking the rest of the width.
QTableWidget *makeReadOnlyTable(QWidget *parent, const QString &objectName);

} // namespace supolka
