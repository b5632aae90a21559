#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/cases/aidcase.h"

namespace supolka {

// The steps a case may take: new -> in progress -> waiting -> resolved -> closed, back from waiting to work,
// and reopening a resolved or closed case. A new request that needs nothing more can be closed at once.
class CaseWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CaseWorkflow)

public:
    static QList<CaseStatus> nextSteps(CaseStatus from);
    static bool allows(CaseStatus from, CaseStatus to);
    // Why `from` -> `to` is refused (translated); empty when it is allowed.
    static QString refusal(CaseStatus from, CaseStatus to);
    static bool isReopening(CaseStatus from, CaseStatus to);
    static QString statusName(CaseStatus status);       // translated
    static QString priorityName(CasePriority priority); // translated
};

} // namespace supolka
