#include "models/cases/caseworkflow.h"

namespace supolka {

QList<CaseStatus> CaseWorkflow::nextSteps(CaseStatus from)
{
    switch (from) {
    case CaseStatus::New:
        return {CaseStatus::InProgress, CaseStatus::Closed};
    case CaseStatus::InProgress:
        return {CaseStatus::Waiting, CaseStatus::Resolved};
    case CaseStatus::Waiting:
        return {CaseStatus::InProgress, CaseStatus::Resolved};
    case CaseStatus::Resolved:
        return {CaseStatus::Closed, CaseStatus::InProgress};
    case CaseStatus::Closed:
        return {CaseStatus::InProgress};
    }
    return {};
}

bool CaseWorkflow::allows(CaseStatus from, CaseStatus to)
{
    return nextSteps(from).contains(to);
}

bool CaseWorkflow::isReopening(CaseStatus from, CaseStatus to)
{
    return (from == CaseStatus::Resolved || from == CaseStatus::Closed) && to == CaseStatus::InProgress;
}

QString CaseWorkflow::refusal(CaseStatus from, CaseStatus to)
{
    if (allows(from, to))
        return {};
    if (from == to)
        return tr("The case is already “%1”.").arg(statusName(from));
    QStringList steps;
    for (const CaseStatus next : nextSteps(from))
        steps.append(QStringLiteral("“%1”").arg(statusName(next)));
    return tr("A case that is “%1” cannot become “%2”; from here it can become %3.")
        .arg(statusName(from), statusName(to), steps.join(tr(" or ", "joins the allowed next states")));
}

QString CaseWorkflow::statusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return tr("new", "case status");
    case CaseStatus::InProgress:
        return tr("in progress", "case status");
    case CaseStatus::Waiting:
        return tr("waiting", "case status");
    case CaseStatus::Resolved:
        return tr("resolved", "case status");
    case CaseStatus::Closed:
        return tr("closed", "case status");
    }
    return {};
}

QString CaseWorkflow::priorityName(CasePriority priority)
{
    switch (priority) {
    case CasePriority::Low:
        return tr("low", "case priority");
    case CasePriority::Normal:
        return tr("normal", "case priority");
    case CasePriority::High:
        return tr("high", "case priority");
    case CasePriority::Urgent:
        return tr("urgent", "case priority");
    }
    return {};
}

} // namespace supolka
