#include "views/common/taglineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace supolka {

TagLineEdit::TagLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStringListModel(this))
{
    m_completer->setModel(m_suggestions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagLineEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagLineEdit::complete);
}

void TagLineEdit::setSuggestions(const QStringList &suggestions)
{
    QStringList sorted = suggestions;
    sorted.removeDuplicates();
    sorted.sort(Qt::CaseInsensitive);
    m_suggestions->setStringList(sorted);
}

QStringList TagLineEdit::tags() const
{
    QStringList result;
    const QStringList parts = text().split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !result.contains(tag))
            result.append(tag);
    }
    return result;
}

void TagLineEdit::setTags(const QStringList &tags)
{
    setText(tags.join(QStringLiteral(", ")));
}

QString TagLineEdit::currentTag() const
{
    const QString before = text().left(cursorPosition());
    return before.section(QLatin1Char(','), -1).trimmed();
}

void TagLineEdit::complete()
{
    const QString prefix = currentTag();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagLineEdit::insertCompletion(const QString &completion)
{
    const QString before = text().left(cursorPosition());
    const QString after = text().mid(cursorPosition());
    const qsizetype comma = before.lastIndexOf(QLatin1Char(','));
    const QString head = comma < 0 ? QString() : before.left(comma + 1) + QLatin1Char(' ');
    const QString replaced = head + completion + QStringLiteral(", ");
    setText(replaced + after);
    setCursorPosition(static_cast<int>(replaced.size()));
}

void TagLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace supolka
