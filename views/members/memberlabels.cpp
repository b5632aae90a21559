#include "views/members/memberlabels.h"
#include "models/core/shownformats.h"

#include <QLocale>

namespace supolka {

QString MemberLabels::status(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return tr("Active", "member status");
    case MemberStatus::Inactive:
        return tr("Inactive", "member status");
    case MemberStatus::Pending:
        return tr("Pending", "member status");
    }
    return QString();
}

QString MemberLabels::field(const QString &field)
{
    static const char *const labels[][2] = {
        {"id", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Id")},
        {"first_name", QT_TRANSLATE_NOOP("supolka::MemberLabels", "First name")},
        {"middle_name", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Middle name")},
        {"last_name", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Last name")},
        {"full_name", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Full name")},
        {"submitted_at", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Form sent on")},
        {"birth_date", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Birth date")},
        {"email", QT_TRANSLATE_NOOP("supolka::MemberLabels", "E-mail")},
        {"phone", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Phone")},
        {"city", QT_TRANSLATE_NOOP("supolka::MemberLabels", "City")},
        {"country", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Country")},
        {"languages", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Languages")},
        {"skills", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Skills")},
        {"groups", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Groups")},
        {"status", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Status")},
        {"joined_on", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Joined")},
        {"consent", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Consent")},
        {"consent_at", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Consent given on")},
        {"consent_share", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Sharing with the secretariat")},
        {"notes", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Notes")},
        {"created_at", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Created")},
        {"updated_at", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Updated")},
        {"deleted_at", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Deleted")},
        {"origin", QT_TRANSLATE_NOOP("supolka::MemberLabels", "Chapter of origin")},
    };
    for (const auto &label : labels) {
        if (field == QLatin1String(label[0]))
            return tr(label[1]);
    }
    return field;
}

QString MemberLabels::consent(const QString &key)
{
    if (key == QLatin1String("contact"))
        return tr("May be contacted");
    if (key == QLatin1String("newsletter"))
        return tr("Newsletter");
    if (key == QLatin1String("photos"))
        return tr("Photos may be published");
    return key;
}

QString MemberLabels::dateText(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QLocale().toString(date, shown::dateFormat());
}

QString MemberLabels::dateFormatHint()
{
    return QLocale().toString(QDate(2025, 12, 31), shown::dateFormat());
}

QDate MemberLabels::dateFromText(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *ok = true;
        return QDate();
    }
    const QStringList formats = {shown::dateFormat(), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
                                 QStringLiteral("yyyy-MM-dd")};
    for (const QString &format : formats) {
        const QDate date = QLocale().toDate(trimmed, format);
        if (date.isValid()) {
            *ok = true;
            return date;
        }
    }
    *ok = false;
    return QDate();
}

} // namespace supolka
