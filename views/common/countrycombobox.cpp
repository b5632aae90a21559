#include "views/common/countrycombobox.h"

#include <algorithm>

#include <QCollator>
#include <QEvent>

#include "models/text/countries.h"
#include "views/common/uilanguage.h"

namespace supolka {

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setMaxVisibleItems(20);
    fill();
}

QString CountryComboBox::code() const
{
    return currentData().toString();
}

void CountryComboBox::setCode(const QString &code)
{
    int index = findData(code.toUpper());
    if (index < 0 && !code.isEmpty()) {
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(std::max(index, 0));
}

void CountryComboBox::fill()
{
    const QString selected = code();
    const QString language = uiLanguage();
    QList<QPair<QString, QString>> entries;
    const QList<QString> codes = countries::allCodes();
    for (const QString &c : codes)
        entries.append({countries::name(c, language), c});
    QCollator collator{QLocale()};
    std::sort(entries.begin(), entries.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });

    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("— not given —"), QString());
    for (const auto &entry : std::as_const(entries))
        addItem(entry.first, entry.second);
    setCode(selected);
}

void CountryComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QComboBox::changeEvent(event);
}

} // namespace supolka
