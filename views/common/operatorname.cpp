#include "views/common/operatorname.h"

#include <QDir>

#include "models/events/eventrepository.h"
#include "views/common/dialogs.h"
#include "views/settings/settings.h"

namespace supolka {

QString OperatorName::current()
{
    const QString given = settings::operatorName.value().simplified();
    // Before the name was asked for, the aid cases' "written by" kept it.
    return given.isEmpty() ? settings::caseAuthor.value().simplified() : given;
}

void OperatorName::set(const QString &name)
{
    settings::operatorName.setValue(name.simplified());
}

QString OperatorName::orAccount()
{
    const QString given = current();
    if (!given.isEmpty())
        return given;
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME");
    if (account.isEmpty())
        account = QDir::home().dirName();
    return account;
}

QString OperatorName::atTheDoor()
{
    const QString given = current();
    return given.isEmpty() ? EventRepository::defaultStation() : given;
}

bool OperatorName::ask(QWidget *parent)
{
    Dialogs::TextRequest request;
    request.title = tr("Who is at this computer?");
    request.text = tr("Your name as the chapter knows you. It is written as who checked people in at the door and "
                      "who wrote an aid case's notes; change it from the File menu when someone else takes over.");
    request.value = current();
    request.acceptText = tr("Save");
    request.required = true;
    request.singleLine = true;
    const Dialogs::TextAnswer answer = Dialogs::askText(parent, request);
    if (!answer.accepted || answer.value.simplified().isEmpty())
        return false;
    set(answer.value);
    return true;
}

} // namespace supolka
