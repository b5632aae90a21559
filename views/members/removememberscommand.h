#pragma once

#include "models/members/memberrepository.h"
#include "views/common/removerowscommand.h"

namespace supolka {

// Deletes members (tombstones) and brings them back on undo.
using RemoveMembersCommand = RemoveRowsCommand<MemberRepository>;

} // namespace supolka
