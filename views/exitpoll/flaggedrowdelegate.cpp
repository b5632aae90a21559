#include "views/exitpoll/flaggedrowdelegate.h"

#include "models/exitpoll/stationtablemodel.h"
#include "views/common/theme.h"
#include "views/exitpoll/exitpollcharts.h"

namespace supolka {

QColor FlaggedRowDelegate::flaggedBackground()
{
    return Theme::colours(Theme::Signal::Error).background;
}

void FlaggedRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(StationTableModel::FlaggedRole).toBool())
        return;
    option->backgroundBrush = flaggedBackground();
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::WindowText));
    if (index.column() == StationTableModel::Flags) {
        option->palette.setColor(QPalette::Text, Theme::colours(Theme::Signal::Error).text);
        option->font.setBold(true);
    }
}

} // namespace supolka
