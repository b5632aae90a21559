#pragma once

#include "views/common/importdialog.h"

namespace supolka {

class Database;

// The import dialog's target for member lists: the columns mapped to the members' fields.
ImportTarget memberImportTarget(Database &database);

} // namespace supolka
