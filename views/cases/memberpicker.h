#pragma once

#include <QLineEdit>

#include "models/members/member.h"

class QCompleter;
class QStandardItemModel;

namespace supolka {

class MemberRepository;

// Type-ahead over the chapter's members (names in any script, e-mail, phone): the matches drop down as one types,
// and choosing one says which member it was.
class MemberPicker final : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int Limit = 10;

    explicit MemberPicker(MemberRepository &repository, QWidget *parent = nullptr);

    QCompleter *completer() const { return m_completer; }
    // The members offered for the text typed now, best first.
    QList<Member> matches() const { return m_matches; }

signals:
    void memberChosen(const supolka::Member &member);

private:
    void search(const QString &text);
    void choose(const QModelIndex &index);

    MemberRepository &m_repository;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_items = nullptr;
    QList<Member> m_matches;
};

} // namespace supolka
