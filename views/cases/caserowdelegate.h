#pragma once

#include <QStyledItemDelegate>

namespace supolka {

// Paints the rows of the cases table: overdue cases in red with the due date in bold, sensitive ones in italics.
class CaseRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace supolka
