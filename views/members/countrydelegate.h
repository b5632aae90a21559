#pragma once

#include <QStyledItemDelegate>

namespace supolka {

// Shows a member's country (the ISO code in the model's raw value) by its name in the GUI's language.
class CountryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text shown for a cell of the country column.
    static QString displayedText(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace supolka
