#include "views/members/countrydelegate.h"

#include "models/members/membertablemodel.h"
#include "models/text/countries.h"
#include "views/common/uilanguage.h"

namespace supolka {

QString CountryDelegate::displayedText(const QModelIndex &index)
{
    const QString code = index.data(MemberTableModel::RawValueRole).toString();
    return countries::isKnownCode(code) ? countries::name(code, uiLanguage()) : index.data().toString();
}

void CountryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = displayedText(index);
}

} // namespace supolka
