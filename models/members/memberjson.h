#pragma once

#include <QJsonObject>

#include "models/members/member.h"
#include "models/members/memberstatistics.h"

// What the command line's --json says of members: the same keys wherever they are printed.
namespace supolka::memberjson {

// `report members`: members, by_country, by_status, by_skill.
QJsonObject statistics(const MemberStatistics &statistics);
// A member as `search` lists them: id, names, contact, city, country.
QJsonObject searchHit(const Member &member);

} // namespace supolka::memberjson
