#pragma once

#include <QStyledItemDelegate>

namespace supolka {

// Colours the door's results by how each registrant stands: cancelled ones in red, those already checked in in
// orange, so that a glance says who must not be let in again.
class CheckInResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace supolka
