#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace supolka {

// The search field of a page's list: a magnifier, a clear button, and Esc to empty it.
QLineEdit *makeSearchField(QWidget *parent, const QString &objectName, int minimumWidth);

} // namespace supolka
