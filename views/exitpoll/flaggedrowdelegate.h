#pragma once

#include <QStyledItemDelegate>

namespace supolka {

// Paints the rows of flagged stations (StationTableModel::FlaggedRole) on a red tint, their flags column in red.
class FlaggedRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor flaggedBackground();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace supolka
