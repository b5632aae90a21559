#include "views/common/searchfield.h"

#include <QAction>
#include <QLineEdit>

#include "views/common/icons.h"

namespace supolka {

QLineEdit *makeSearchField(QWidget *parent, const QString &objectName, int minimumWidth)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(minimumWidth);
    edit->addAction(Icons::search(), QLineEdit::LeadingPosition);
    auto *clear = new QAction(edit);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(clear, &QAction::triggered, edit, &QLineEdit::clear);
    edit->addAction(clear);
    return edit;
}

} // namespace supolka
