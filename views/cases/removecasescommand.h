#pragma once

#include "models/cases/caserepository.h"
#include "views/common/removerowscommand.h"

namespace supolka {

// Deletes aid cases (tombstones) and brings them back on undo.
using RemoveCasesCommand = RemoveRowsCommand<CaseRepository>;

} // namespace supolka
