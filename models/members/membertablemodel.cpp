#include "models/members/membertablemodel.h"

#include <algorithm>

#include <QHash>
#include <QLocale>

#include "models/core/shownformats.h"
#include "models/members/memberrepository.h"
#include "models/members/phonenormalizer.h"

namespace supolka {

namespace {

QString countryName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString statusText(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return MemberTableModel::tr("Active", "member status");
    case MemberStatus::Inactive:
        return MemberTableModel::tr("Inactive", "member status");
    case MemberStatus::Pending:
        return MemberTableModel::tr("Pending", "member status");
    }
    return {};
}

// Display text of every column but the phone, which the model formats and keeps.
QVariant displayValue(const Member &member, int column)
{
    switch (column) {
    case MemberTableModel::LastName:
        return member.lastName;
    case MemberTableModel::FirstName:
        return member.middleName.isEmpty() ? member.firstName : member.firstName + QLatin1Char(' ') + member.middleName;
    case MemberTableModel::Email:
        return member.email;
    case MemberTableModel::City:
        return member.city;
    case MemberTableModel::Country:
        return countryName(member.country);
    case MemberTableModel::Skills:
        return member.skills.join(QStringLiteral(", "));
    case MemberTableModel::Groups:
        return member.groups.join(QStringLiteral(", "));
    case MemberTableModel::Status:
        return statusText(member.status);
    case MemberTableModel::JoinedOn:
        return shown::date(member.joinedOn);
    default:
        return {};
    }
}

QVariant rawValue(const Member &member, int column)
{
    switch (column) {
    case MemberTableModel::LastName:
        return member.lastName.toCaseFolded();
    case MemberTableModel::FirstName:
        return member.firstName.toCaseFolded();
    case MemberTableModel::Email:
        return member.email;
    case MemberTableModel::Phone:
        return member.phone;
    case MemberTableModel::City:
        return member.city.toCaseFolded();
    case MemberTableModel::Country:
        return member.country;
    case MemberTableModel::Skills:
        return member.skills.join(QLatin1Char(';')).toCaseFolded();
    case MemberTableModel::Groups:
        return member.groups.join(QLatin1Char(';')).toCaseFolded();
    case MemberTableModel::Status:
        return memberStatusKey(member.status);
    case MemberTableModel::JoinedOn:
        return member.joinedOn;
    default:
        return {};
    }
}

} // namespace

MemberTableModel::MemberTableModel(MemberRepository &repository, QObject *parent)
    : WindowedTableModel(parent)
    , m_repository(repository)
{
    refresh(Everything);
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == PkRole)
        return pkAt(index.row());
    const Shown *row = shown(index.row());
    if (!row)
        return {};
    const Member *member = &row->member;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Phone)
            return row->phone;
        return displayValue(*member, index.column());
    case RawValueRole:
        return rawValue(*member, index.column());
    case MemberRole:
        return QVariant::fromValue(*member);
    case AttentionRole:
        return !member->attention.isEmpty();
    case Qt::ToolTipRole:
        if (member->attention.isEmpty())
            return {};
        return tr("An import kept something of this person that needs a look: %1. Open the member to check it; "
                  "saving clears the mark.")
            .arg(attentionText(member->attention));
    default:
        return {};
    }
}

QString MemberTableModel::attentionText(const QStringList &fields)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("phone"), QT_TR_NOOP("the phone number (kept as typed, not verified)")},
        {QStringLiteral("email"), QT_TR_NOOP("the e-mail address (kept as typed, not verified)")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("the birth date (could not be read)")},
        {QStringLiteral("joined_on"), QT_TR_NOOP("the joining date (could not be read)")},
        {QStringLiteral("consent_at"), QT_TR_NOOP("the date of consent (could not be read)")},
        {QStringLiteral("consent_share"), QT_TR_NOOP("sharing with the secretariat (could not be read)")},
        {QStringLiteral("country"), QT_TR_NOOP("the country (not one Supolka knows)")},
        {QStringLiteral("languages"), QT_TR_NOOP("the languages (some not known)")},
        {QStringLiteral("status"), QT_TR_NOOP("the status (not one Supolka knows)")},
        {QStringLiteral("first_name"), QT_TR_NOOP("the first name (a letter may be lost)")},
        {QStringLiteral("middle_name"), QT_TR_NOOP("the middle name (a letter may be lost)")},
        {QStringLiteral("last_name"), QT_TR_NOOP("the last name (a letter may be lost)")},
        {QStringLiteral("full_name"), QT_TR_NOOP("the name (a letter may be lost)")},
        {QStringLiteral("city"), QT_TR_NOOP("the city (a letter may be lost)")},
    };
    QStringList texts;
    for (const QString &field : fields) {
        const auto it = names.constFind(field);
        texts.append(it == names.cend() ? field : tr(it.value()));
    }
    return texts.join(QStringLiteral("; "));
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Skills:
        return tr("Skills");
    case Groups:
        return tr("Groups");
    case Status:
        return tr("Status");
    case JoinedOn:
        return tr("Joined");
    default:
        return {};
    }
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh(Order);
}

void MemberTableModel::setStatusFilter(std::optional<MemberStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refresh(Filters);
}

void MemberTableModel::setCountryFilter(const QString &country)
{
    const QString code = country.trimmed().toUpper();
    if (m_country == code)
        return;
    m_country = code;
    refresh(Filters);
}

void MemberTableModel::setSkillFilter(const QString &skill)
{
    const QString trimmed = skill.trimmed();
    if (m_skill == trimmed)
        return;
    m_skill = trimmed;
    refresh(Filters);
}

void MemberTableModel::setGroupFilter(const QString &group)
{
    const QString trimmed = group.trimmed();
    if (m_group == trimmed)
        return;
    m_group = trimmed;
    refresh(Filters);
}

void MemberTableModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    if (m_searchText.trimmed().isEmpty()) {
        m_searchHits.reset();
    } else {
        const QList<qint64> pks = m_repository.search(m_searchText, m_searchLimit);
        m_searchHits = QSet<qint64>(pks.cbegin(), pks.cend());
    }
    refresh(Filters);
}

void MemberTableModel::setSearchLimit(int limit)
{
    if (m_searchLimit == limit || limit <= 0)
        return;
    m_searchLimit = limit;
    if (m_searchHits)
        reload();
}

void MemberTableModel::setAttentionOnly(bool only)
{
    if (m_attentionOnly == only)
        return;
    m_attentionOnly = only;
    refresh(Filters);
}

void MemberTableModel::setOnlyMembers(const std::optional<QSet<qint64>> &pks)
{
    if (m_only == pks)
        return;
    m_only = pks;
    refresh(Filters);
}

void MemberTableModel::reload()
{
    // A member added or renamed while a search is shown is matched again, so that it appears (or goes) at once.
    if (m_searchHits) {
        const QList<qint64> pks = m_repository.search(m_searchText, m_searchLimit);
        m_searchHits = QSet<qint64>(pks.cbegin(), pks.cend());
    }
    refresh(Everything);
}

MemberListQuery MemberTableModel::query() const
{
    MemberListQuery query;
    query.order = MemberListQuery::Order(m_sortColumn);
    query.descending = m_sortOrder == Qt::DescendingOrder;
    query.language = QLocale().language();
    query.status = m_status;
    query.attentionOnly = m_attentionOnly;
    query.country = m_country;
    // A skill or group typed in two cases is one: every spelling of it counts.
    const auto spellings = [this](const QString &value, MemberList::Values values) {
        QStringList found;
        if (value.isEmpty())
            return found;
        for (const QString &stored : valuesInUse(values)) {
            if (stored.compare(value, Qt::CaseInsensitive) == 0)
                found.append(stored);
        }
        // A value no member has any more still filters: to nobody.
        return found.isEmpty() ? QStringList{value} : found;
    };
    query.skills = spellings(m_skill, MemberList::Values::Skills);
    query.groups = spellings(m_group, MemberList::Values::Groups);
    if (m_searchHits && m_only)
        query.only = *m_searchHits & *m_only;
    else if (m_searchHits)
        query.only = m_searchHits;
    else
        query.only = m_only;
    return query;
}

void MemberTableModel::refresh(Refresh what)
{
    const MemberListQuery asked = query();
    std::vector<qint64> order;
    if (what & Order) {
        Result<std::vector<qint64>> read = MemberList::order(m_repository.database(), asked);
        if (!read) {
            fail(read.error());
            return;
        }
        order = std::move(read).value();
    }
    std::optional<std::vector<bool>> mask;
    if (what & Filters) {
        Result<std::optional<std::vector<bool>>> matching = MemberList::matching(m_repository.database(), asked);
        if (!matching) {
            fail(matching.error());
            return;
        }
        mask = std::move(matching).value();
    }
    if (what & Order)
        m_language = asked.language;
    show(what & Order ? std::optional<std::vector<qint64>>(std::move(order)) : std::nullopt,
         what & Filters ? std::optional<Mask>(std::move(mask)) : std::nullopt);
}

std::optional<Member> MemberTableModel::memberAt(int row) const
{
    const Shown *found = shown(row);
    return found ? std::optional<Member>(found->member) : std::nullopt;
}

QStringList MemberTableModel::valuesInUse(MemberList::Values values) const
{
    Result<QStringList> found = MemberList::valuesInUse(m_repository.database(), values);
    if (!found) {
        fail(found.error());
        return {};
    }
    return std::move(found).value();
}

const MemberTableModel::Shown *MemberTableModel::shown(int row) const
{
    QString error;
    const Shown *found = m_rows.at(
        row, shownPks(),
        [this](const std::vector<qint64> &pks) {
            Result<QList<Member>> read = MemberList::read(m_repository.database(), pks);
            if (!read)
                return Result<std::vector<std::optional<Shown>>>::failure(read.error());
            // A member deleted since the order was read shows as an empty row until the next reload.
            return Result(RowPages<Shown>::aligned(
                pks, std::move(read).value(), [](const Member &r) { return r.pk; },
                [](Member &&r) {
                    QString phone = r.phone.isEmpty() ? QString() : PhoneNormalizer::formatInternational(r.phone);
                    return Shown{std::move(r), std::move(phone)};
                }));
        },
        error);
    if (!error.isEmpty())
        fail(error);
    return found;
}

} // namespace supolka
