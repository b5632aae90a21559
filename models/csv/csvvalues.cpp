#include "models/csv/csvvalues.h"

#include <QRegularExpression>
#include <QTime>

namespace supolka {

namespace {

bool validTime(const QRegularExpressionMatch &match, int hourGroup)
{
    if (match.captured(hourGroup).isEmpty())
        return true;
    return QTime(match.captured(hourGroup).toInt(), match.captured(hourGroup + 1).toInt(),
                 match.captured(hourGroup + 2).toInt())
        .isValid();
}

} // namespace

Result<QDate> CsvValues::parseDate(const QString &text, CsvSource source)
{
    using R = Result<QDate>;
    const QString value = text.trimmed();
    if (value.isEmpty())
        return QDate();

    const auto notReal = [&value] {
        return R::failure(tr("“%1” is not a real date: there is no such day in the calendar.").arg(value));
    };

    // 2024-03-01, the form of most files, read without the regular expressions below.
    const auto digitsAt = [&value](qsizetype from, qsizetype count) {
        int number = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = value.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            number = number * 10 + (c - u'0');
        }
        return number;
    };
    if (value.size() == 10 && value.at(4) == QLatin1Char('-') && value.at(7) == QLatin1Char('-')) {
        const int year = digitsAt(0, 4);
        const int month = digitsAt(5, 2);
        const int day = digitsAt(8, 2);
        if (year >= 0 && month >= 0 && day >= 0) {
            const QDate date(year, month, day);
            return date.isValid() ? R(date) : notReal();
        }
    }

    // 2024-03-01, 2024-03-01T10:05:00, 2021-05-05T04:43:00.000+03:00: the date as written.
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$)"));
    if (const auto match = iso.match(value); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (!date.isValid() || !validTime(match, 4))
            return notReal();
        return date;
    }

    // 01.03.2024 and 1.3.2024, as Excel writes them in Belarusian and Russian locales (with a time, too).
    static const QRegularExpression dotted(
        QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"));
    if (const auto match = dotted.match(value); match.hasMatch()) {
        const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
        if (!date.isValid() || !validTime(match, 4))
            return notReal();
        return date;
    }

    // 3/14/2021, 3/14/2021 10:05:33, 3/5/21 18:02: month first, only where the program is known to write it so.
    static const QRegularExpression slashed(QStringLiteral(
        R"(^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?$)"));
    if (const auto match = slashed.match(value); match.hasMatch()) {
        if (source != CsvSource::GoogleForms && source != CsvSource::Eventbrite)
            return R::failure(tr("“%1” is ambiguous: it could be month/day/year or day/month/year. Write dates as "
                                 "yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).")
                                  .arg(value));
        int year = match.captured(3).toInt();
        if (match.captured(3).size() == 2) {
            const int thisCentury = QDate::currentDate().year() / 100 * 100;
            year += thisCentury;
            if (year > QDate::currentDate().year())
                year -= 100;
        }
        const QDate date(year, match.captured(1).toInt(), match.captured(2).toInt());
        if (!date.isValid())
            return notReal();
        if (!match.captured(4).isEmpty()) {
            const int hour = match.captured(4).toInt();
            const bool twelveHour = !match.captured(7).isEmpty();
            if ((twelveHour && (hour < 1 || hour > 12)) || !validTime(match, 4))
                return notReal();
        }
        return date;
    }

    return R::failure(tr("“%1” is not a date Supolka can read. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy "
                         "(01.03.2024).")
                          .arg(value));
}

Result<bool> CsvValues::parseBool(const QString &text)
{
    const QString value = text.trimmed().toCaseFolded();
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                 QStringLiteral("y"), QStringLiteral("да"),   QStringLiteral("так"),
                                 QStringLiteral("x"), QStringLiteral("х")}; // the last one is Cyrillic
    static const QStringList no{QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                QStringLiteral("n"), QStringLiteral("нет"),   QStringLiteral("не")};
    if (value.isEmpty() || no.contains(value))
        return false;
    if (yes.contains(value))
        return true;
    return Result<bool>::failure(
        tr("“%1” is not a yes/no answer. Write yes or no (also 1/0, true/false, да/нет, так/не, or x for yes).")
            .arg(text.trimmed()));
}

QString CsvValues::excelDamage(const QString &field, const QString &text)
{
    const QString value = text.trimmed();
    if (field == u"phone") {
        static const QRegularExpression scientific(QStringLiteral(R"(^[+-]?\d+(?:[.,]\d+)?[Ee]\+?\d+$)"));
        // The quick look first: a whole column of phones goes through here.
        if (value.contains(QLatin1Char('E'), Qt::CaseInsensitive) && scientific.match(value).hasMatch())
            return tr("Excel turned the phone number into the number “%1”, and its last digits were lost. Enter the "
                      "phone again, with the column formatted as text.")
                .arg(value);
        return QString();
    }
    static const QStringList nameFields{QStringLiteral("first_name"), QStringLiteral("middle_name"),
                                        QStringLiteral("last_name"), QStringLiteral("full_name"),
                                        QStringLiteral("city")};
    if (nameFields.contains(field)) {
        static const QRegularExpression questionInWord(QStringLiteral(R"(\p{L}\?|\?\p{L})"));
        // A link's query ("…/join?invite=…") has its "?" between letters on purpose.
        static const QRegularExpression link(QStringLiteral(R"(://|^www\.|\?[\w.-]+=)"));
        if (value.contains(QLatin1Char('?')) && questionInWord.match(value).hasMatch() && !link.match(value).hasMatch())
            return tr("“%1” has a “?” inside a word: a letter could not be saved because the file was saved in a "
                      "code page without it. Save the file as “CSV UTF-8”, or correct the text.")
                .arg(value);
    }
    return QString();
}

} // namespace supolka
