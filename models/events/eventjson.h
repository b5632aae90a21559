#pragma once

#include <QJsonObject>

#include "models/events/event.h"
#include "models/events/eventrepository.h"
#include "models/events/registration.h"

// What the command line's --json says of events and registrants: the same keys wherever they are printed.
namespace supolka::eventjson {

// id, title.
QJsonObject event(const Event &event);
// The event with its counts, for `report events`.
QJsonObject summary(const EventSummary &summary);
// A registrant, with the ticket code as printed.
QJsonObject registration(const Registration &registration);

} // namespace supolka::eventjson
