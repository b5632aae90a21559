#include "views/exitpoll/flaggedrowdelegate.h"

#include "models/exitpoll/stationtablemodel.h"
#include "views/exitpoll/exitpollcharts.h"

namespace supolka {

QColor FlaggedRowDelegate::flaggedBackground()
{
    return QColor(0xfc, 0xe8, 0xe6);
}

void FlaggedRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(StationTableModel::FlaggedRole).toBool())
        return;
    option->backgroundBrush = flaggedBackground();
    option->palette.setColor(QPalette::Text, QColor(0x20, 0x21, 0x24));
    if (index.column() == StationTableModel::Flags) {
        option->palette.setColor(QPalette::Text, ExitPollCharts::flaggedColor().darker(130));
        option->font.setBold(true);
    }
}

} // namespace supolka
