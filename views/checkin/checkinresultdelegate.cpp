#include "views/checkin/checkinresultdelegate.h"

#include "models/events/checkinresultsmodel.h"
#include "views/common/theme.h"

namespace supolka {

void CheckInResultDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = CheckInResultsModel::State(index.data(CheckInResultsModel::StateRole).toInt());
    QColor colour;
    switch (state) {
    case CheckInResultsModel::State::Cancelled:
        colour = Theme::colours(Theme::Signal::Error, option->palette).text;
        option->font.setStrikeOut(index.column() == CheckInResultsModel::Ticket);
        break;
    case CheckInResultsModel::State::CheckedIn:
        colour = Theme::colours(Theme::Signal::Warning, option->palette).text;
        break;
    case CheckInResultsModel::State::Expected:
        return;
    }
    option->palette.setColor(QPalette::Text, colour);
    option->palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::Base));
    option->palette.setColor(QPalette::Highlight, colour);
}

} // namespace supolka
