#include "models/members/membertablemodel.h"

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
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_members = m_repository.all();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Phone ? QVariant(phoneText(member)) : displayValue(member, index.column());
    case RawValueRole:
        return rawValue(member, index.column());
    case PkRole:
        return member.pk;
    case MemberRole:
        return QVariant::fromValue(member);
    case AttentionRole:
        return !member.attention.isEmpty();
    case Qt::ToolTipRole:
        if (member.attention.isEmpty())
            return {};
        return tr("An import kept something of this person that needs a look: %1. Open the member to check it; "
                  "saving clears the mark.")
            .arg(attentionText(member.attention));
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

QString MemberTableModel::phoneText(const Member &member) const
{
    if (member.phone.isEmpty())
        return {};
    auto it = m_phoneText.find(member.pk);
    if (it == m_phoneText.end())
        it = m_phoneText.insert(member.pk, PhoneNormalizer::formatInternational(member.phone));
    return it.value();
}

void MemberTableModel::reload()
{
    beginResetModel();
    m_phoneText.clear();
    m_collator.setLocale(QLocale());
    for (auto &keys : m_sortKeys)
        keys.clear();
    m_members = m_repository.all();
    endResetModel();
}

const Member &MemberTableModel::memberAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_members.size());
    return m_members.at(row);
}

const Member &MemberTableModel::memberFromIndex(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return memberAt(index.row());
}

int MemberTableModel::rowOfPk(qint64 pk) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).pk == pk)
            return row;
    }
    return -1;
}

void MemberTableModel::memberAdded(const Member &member)
{
    if (member.isDeleted() || member.pk <= 0)
        return;
    if (rowOfPk(member.pk) >= 0) {
        memberChanged(member);
        return;
    }
    const int row = int(m_members.size());
    beginInsertRows({}, row, row);
    m_members.append(member);
    endInsertRows();
}

void MemberTableModel::memberChanged(const Member &member)
{
    const int row = rowOfPk(member.pk);
    if (row < 0) {
        memberAdded(member);
        return;
    }
    if (member.isDeleted()) {
        memberRemoved(member.pk);
        return;
    }
    m_members[row] = member;
    m_phoneText.remove(member.pk);
    for (auto &keys : m_sortKeys) {
        if (size_t(row) < keys.size())
            keys[size_t(row)].reset();
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MemberTableModel::memberRemoved(qint64 pk)
{
    const int row = rowOfPk(pk);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    m_phoneText.remove(pk);
    for (auto &keys : m_sortKeys) {
        if (size_t(row) < keys.size())
            keys.erase(keys.begin() + row);
    }
    endRemoveRows();
}

const QCollatorSortKey &MemberTableModel::sortKey(int row, int column) const
{
    auto &keys = m_sortKeys[size_t(column)];
    if (keys.size() < size_t(m_members.size()))
        keys.resize(size_t(m_members.size()));
    std::optional<QCollatorSortKey> &key = keys[size_t(row)];
    if (!key)
        // Folded first: where the collation has no case rules (the C locale), case still does not count.
        key.emplace(m_collator.sortKey(displayValue(m_members.at(row), column).toString().toCaseFolded()));
    return *key;
}

int MemberTableModel::compareRows(int leftRow, int rightRow, int column) const
{
    const Member &left = memberAt(leftRow);
    const Member &right = memberAt(rightRow);
    switch (column) {
    case LastName:
    case FirstName:
    case City:
    case Skills:
    case Groups:
        return sortKey(leftRow, column).compare(sortKey(rightRow, column));
    default:
        break;
    }
    const QPartialOrdering order = QVariant::compare(rawValue(left, column), rawValue(right, column));
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace supolka
