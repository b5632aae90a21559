#include "views/cases/memberpicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

#include "models/members/memberrepository.h"

namespace supolka {

namespace {

constexpr int NameRole = Qt::UserRole + 1;
constexpr int IndexRole = Qt::UserRole + 2;

QString describe(const Member &member)
{
    QStringList details;
    for (const QString &detail : {member.city, member.email, member.phone}) {
        if (!detail.isEmpty())
            details.append(detail);
    }
    if (details.isEmpty())
        return member.displayName();
    return member.displayName() + QStringLiteral(" — ") + details.join(QStringLiteral(", "));
}

} // namespace

MemberPicker::MemberPicker(MemberRepository &repository, QWidget *parent)
    : QLineEdit(parent)
    , m_repository(repository)
{
    setClearButtonEnabled(true);
    m_items = new QStandardItemModel(this);
    m_completer = new QCompleter(m_items, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &MemberPicker::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &MemberPicker::choose);
}

void MemberPicker::search(const QString &text)
{
    m_items->clear();
    m_matches =
        text.trimmed().isEmpty() ? QList<Member>() : m_repository.searchMembers(text, Limit).value_or(QList<Member>());
    for (int i = 0; i < m_matches.size(); ++i) {
        auto *item = new QStandardItem(describe(m_matches.at(i)));
        item->setData(m_matches.at(i).displayName(), NameRole);
        item->setData(i, IndexRole);
        item->setEditable(false);
        m_items->appendRow(item);
    }
    if (m_matches.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void MemberPicker::choose(const QModelIndex &index)
{
    const int i = index.data(IndexRole).toInt();
    if (i < 0 || i >= m_matches.size())
        return;
    const Member member = m_matches.at(i);
    setText(member.displayName());
    emit memberChosen(member);
}

} // namespace supolka
