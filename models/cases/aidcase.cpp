#include "models/cases/aidcase.h"

#include <QHash>

#include "models/cases/casenote.h"

#include <array>
#include <utility>

namespace supolka {

namespace {

constexpr std::array<std::pair<CaseStatus, const char *>, 5> StatusKeys{{
    {CaseStatus::New, "new"},
    {CaseStatus::InProgress, "in_progress"},
    {CaseStatus::Waiting, "waiting"},
    {CaseStatus::Resolved, "resolved"},
    {CaseStatus::Closed, "closed"},
}};

constexpr std::array<std::pair<CasePriority, const char *>, 4> PriorityKeys{{
    {CasePriority::Low, "low"},
    {CasePriority::Normal, "normal"},
    {CasePriority::High, "high"},
    {CasePriority::Urgent, "urgent"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return QString::fromLatin1(key);
    }
    return QString::fromLatin1(table.front().second);
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    QString folded = key.trimmed().toLower();
    folded.replace(QLatin1Char(' '), QLatin1Char('_'));
    folded.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &[entry, name] : table) {
        if (folded == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

constexpr std::array<const char *, 9> NeedKeys{"housing",       "food",      "legal",      "documents", "medical",
                                               "psychological", "financial", "employment", "other"};

} // namespace

QString caseStatusKey(CaseStatus status)
{
    return keyOf(StatusKeys, status);
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    return valueOf(StatusKeys, key);
}

QString casePriorityKey(CasePriority priority)
{
    return keyOf(PriorityKeys, priority);
}

std::optional<CasePriority> casePriorityFromKey(const QString &key)
{
    return valueOf(PriorityKeys, key);
}

std::optional<CasePriority> casePriorityFromText(const QString &text)
{
    if (const auto key = casePriorityFromKey(text))
        return key;
    // Lower case, with "_" and "-" as spaces: KoBo's choice names ("very_high") and words people type alike.
    QString folded = text.simplified().toLower();
    folded.replace(QLatin1Char('_'), QLatin1Char(' '));
    folded.replace(QLatin1Char('-'), QLatin1Char(' '));
    folded = folded.simplified();
    static const QHash<QString, CasePriority> words = [] {
        QHash<QString, CasePriority> all;
        const auto add = [&all](CasePriority priority, std::initializer_list<const char16_t *> list) {
            for (const char16_t *word : list)
                all.insert(QString::fromUtf16(word), priority);
        };
        add(CasePriority::Low,
            {u"lowest", u"minor", u"not urgent", u"can wait", u"низкий", u"низкая", u"низкое", u"не срочно",
             u"несрочно", u"нізкі", u"нізкая", u"нізкае", u"не тэрмінова", u"нетэрмінова"});
        add(CasePriority::Normal, {u"medium", u"moderate", u"average", u"standard", u"regular", u"средний", u"средняя",
                                   u"среднее", u"обычный", u"обычная", u"обычно", u"нормальный", u"сярэдні",
                                   u"сярэдняя", u"сярэдняе", u"звычайны", u"звычайная", u"звычайна", u"нармальны"});
        add(CasePriority::High, {u"important", u"высокий", u"высокая", u"высокое", u"важно", u"важный", u"высокі",
                                 u"высокая", u"высокае", u"важна", u"важны"});
        add(CasePriority::Urgent,
            {u"critical",  u"emergency", u"very high",   u"highest",     u"immediate", u"asap",      u"срочно",
             u"срочный",   u"срочная",   u"критический", u"критическая", u"критично",  u"экстренно", u"очень высокий",
             u"тэрмінова", u"тэрміновы", u"тэрміновая",  u"крытычны",    u"крытычная", u"крытычна",  u"вельмі высокі"});
        return all;
    }();
    if (const auto it = words.constFind(folded); it != words.cend())
        return it.value();
    return casePriorityFromKey(folded);
}

namespace caseneeds {

QStringList keys()
{
    QStringList all;
    for (const char *key : NeedKeys)
        all.append(QString::fromLatin1(key));
    return all;
}

bool isKnown(const QString &key)
{
    return keys().contains(key);
}

QString name(const QString &key)
{
    if (key == QLatin1String("housing"))
        return AidCase::tr("housing");
    if (key == QLatin1String("food"))
        return AidCase::tr("food");
    if (key == QLatin1String("legal"))
        return AidCase::tr("legal help");
    if (key == QLatin1String("documents"))
        return AidCase::tr("documents, visa, asylum");
    if (key == QLatin1String("medical"))
        return AidCase::tr("medical");
    if (key == QLatin1String("psychological"))
        return AidCase::tr("psychological");
    if (key == QLatin1String("financial"))
        return AidCase::tr("financial");
    if (key == QLatin1String("employment"))
        return AidCase::tr("employment");
    if (key == QLatin1String("other"))
        return AidCase::tr("other", "need of an aid case");
    return key;
}

} // namespace caseneeds

QString caseNoteKindKey(CaseNote::Kind kind)
{
    switch (kind) {
    case CaseNote::Kind::Note:
        return QStringLiteral("note");
    case CaseNote::Kind::Call:
        return QStringLiteral("call");
    case CaseNote::Kind::Meeting:
        return QStringLiteral("meeting");
    case CaseNote::Kind::StatusChange:
        return QStringLiteral("status");
    case CaseNote::Kind::Assignment:
        return QStringLiteral("assignment");
    }
    return QStringLiteral("note");
}

std::optional<CaseNote::Kind> caseNoteKindFromKey(const QString &key)
{
    const QString folded = key.trimmed().toLower();
    for (const CaseNote::Kind kind : {CaseNote::Kind::Note, CaseNote::Kind::Call, CaseNote::Kind::Meeting,
                                      CaseNote::Kind::StatusChange, CaseNote::Kind::Assignment}) {
        if (folded == caseNoteKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace supolka
