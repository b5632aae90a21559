#include "models/cases/volunteersuggester.h"

#include <algorithm>

#include <QLocale>

#include "models/cases/caserepository.h"
#include "models/members/memberlist.h"

namespace supolka {

namespace {

constexpr int SkillWeight = 3;
constexpr int LanguageWeight = 2;
constexpr int PlaceWeight = 1;
constexpr int OpenCaseWeight = 1;

QString languageName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

} // namespace

QStringList VolunteerSuggester::skillsFor(const QString &need)
{
    if (need == QLatin1String("legal"))
        return {QStringLiteral("lawyer"), QStringLiteral("attorney"), QStringLiteral("advocate"),
                QStringLiteral("jurist"), QStringLiteral("юрыст"),    QStringLiteral("адвакат"),
                QStringLiteral("юрист"),  QStringLiteral("адвокат")};
    if (need == QLatin1String("documents"))
        return {QStringLiteral("lawyer"),    QStringLiteral("translator"),  QStringLiteral("interpreter"),
                QStringLiteral("юрыст"),     QStringLiteral("перакладчык"), QStringLiteral("юрист"),
                QStringLiteral("переводчик")};
    if (need == QLatin1String("medical"))
        return {QStringLiteral("doctor"),    QStringLiteral("physician"), QStringLiteral("nurse"),
                QStringLiteral("paramedic"), QStringLiteral("доктар"),    QStringLiteral("урач"),
                QStringLiteral("медсястра"), QStringLiteral("врач"),      QStringLiteral("медсестра")};
    if (need == QLatin1String("psychological"))
        return {QStringLiteral("psychologist"), QStringLiteral("psychotherapist"), QStringLiteral("therapist"),
                QStringLiteral("псіхолаг"), QStringLiteral("психолог")};
    if (need == QLatin1String("housing"))
        return {QStringLiteral("realtor"), QStringLiteral("housing"), QStringLiteral("рыэлтар"),
                QStringLiteral("риелтор")};
    if (need == QLatin1String("food"))
        return {QStringLiteral("cook"),    QStringLiteral("driver"), QStringLiteral("кухар"),
                QStringLiteral("кіроўца"), QStringLiteral("повар"),  QStringLiteral("водитель")};
    if (need == QLatin1String("financial"))
        return {QStringLiteral("accountant"), QStringLiteral("economist"), QStringLiteral("бухгалтар"),
                QStringLiteral("эканаміст"),  QStringLiteral("бухгалтер"), QStringLiteral("экономист")};
    if (need == QLatin1String("employment"))
        return {QStringLiteral("recruiter"), QStringLiteral("hr"), QStringLiteral("career advisor"),
                QStringLiteral("рэкрутэр"), QStringLiteral("рекрутер")};
    return {};
}

QList<VolunteerSuggestion> VolunteerSuggester::suggest(Database &database, const AidCase &aidCase, int limit)
{
    QList<VolunteerSuggestion> ranked;
    const QHash<qint64, int> load = CaseRepository(database).openCasesByAssignee();
    const auto better = [](const VolunteerSuggestion &a, const VolunteerSuggestion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.openCases != b.openCases)
            return a.openCases < b.openCases;
        return a.member.displayName() < b.member.displayName();
    };
    // Every member is looked at, one at a time; only the best few are kept, so a million members cost no memory.
    const qsizetype keep = std::max(limit, 0);
    const auto trim = [&] {
        std::stable_sort(ranked.begin(), ranked.end(), better);
        if (ranked.size() > keep)
            ranked.resize(keep);
    };
    const auto consider = [&](const Member &member) {
        if (member.status != MemberStatus::Active || member.pk == aidCase.memberPk)
            return;
        VolunteerSuggestion suggestion;
        suggestion.member = member;
        for (const QString &need : aidCase.needs) {
            const QStringList fitting = skillsFor(need);
            const auto match =
                std::find_if(member.skills.begin(), member.skills.end(),
                             [&fitting](const QString &skill) { return fitting.contains(skill.toLower()); });
            if (match != member.skills.end()) {
                suggestion.score += SkillWeight;
                suggestion.reasons.append(tr("%1 for %2", "skill for need").arg(*match, caseneeds::name(need)));
            }
        }
        for (const QString &language : aidCase.personLanguages) {
            if (member.languages.contains(language)) {
                suggestion.score += LanguageWeight;
                suggestion.reasons.append(tr("speaks %1").arg(languageName(language)));
            }
        }
        if (!aidCase.personCountry.isEmpty() && member.country == aidCase.personCountry) {
            suggestion.score += PlaceWeight;
            suggestion.reasons.append(tr("lives in the same country"));
            if (!aidCase.personCity.isEmpty() && member.city.compare(aidCase.personCity, Qt::CaseInsensitive) == 0) {
                suggestion.score += PlaceWeight;
                suggestion.reasons.append(tr("in the same city"));
            }
        }
        if (suggestion.score == 0)
            return;
        suggestion.openCases = load.value(member.pk);
        if (suggestion.openCases > 0) {
            suggestion.score -= OpenCaseWeight * suggestion.openCases;
            suggestion.reasons.append(tr("already holds %n open case(s)", nullptr, suggestion.openCases));
        }
        ranked.append(suggestion);
        if (ranked.size() >= 8 * keep + 64)
            trim();
    };
    // A failed read suggests nobody: the editor's other fields do not depend on it.
    if (!MemberList::forEach(database, consider))
        ranked.clear();
    trim();
    return ranked;
}

} // namespace supolka
