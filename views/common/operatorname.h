#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace supolka {

// Who is at this computer, as the chapter knows them: written as who checked people in at the door and who wrote
// an aid case's notes. Asked once (the door asks when it opens), changed from the File menu.
class OperatorName final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::OperatorName)

public:
    // The name given; empty until someone gives it.
    static QString current();
    static void set(const QString &name);
    // The name to write: the one given, else the computer account's.
    static QString orAccount();
    // Who checks people in, as written with each check-in (the door's and the command line's): the name given, else
    // the account and the computer (EventRepository::defaultStation).
    static QString atTheDoor();
    // Asks for the name, starting from the one given; false when cancelled.
    static bool ask(QWidget *parent);
};

} // namespace supolka
