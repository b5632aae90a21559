#pragma once

#include <optional>

#include <QString>

#include "models/cases/aidcase.h"

namespace supolka {

// One entry of a case's timeline.
struct CaseNote
{
    enum class Kind { Note, Call, Meeting, StatusChange, Assignment };

    qint64 pk = 0;
    QString id;
    qint64 casePk = 0;
    Kind kind = Kind::Note;
    QString body;                         // the note; for a status change the reason or outcome
    std::optional<CaseStatus> fromStatus; // status changes only
    std::optional<CaseStatus> toStatus;
    QString author; // who wrote it or made the change
    QString at;     // UTC ISO timestamp of what it records
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
    QString origin;
};

QString caseNoteKindKey(CaseNote::Kind kind); // "note", "call", "meeting", "status", "assignment"
std::optional<CaseNote::Kind> caseNoteKindFromKey(const QString &key);

} // namespace supolka
