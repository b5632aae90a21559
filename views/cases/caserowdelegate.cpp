#include "views/cases/caserowdelegate.h"

#include "models/cases/casetablemodel.h"
#include "views/common/theme.h"

namespace supolka {

void CaseRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(CaseTableModel::SensitiveRole).toBool())
        option->font.setItalic(true);
    if (!index.data(CaseTableModel::OverdueRole).toBool())
        return;
    const QColor overdue = Theme::colours(Theme::Signal::Error, option->palette).text;
    option->palette.setColor(QPalette::Text, overdue);
    option->palette.setColor(QPalette::WindowText, overdue);
    if (index.column() == CaseTableModel::DueOn)
        option->font.setBold(true);
}

} // namespace supolka
