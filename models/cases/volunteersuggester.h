#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "models/cases/aidcase.h"
#include "models/members/member.h"

namespace supolka {

class Database;

// A member who could take a case, and why.
struct VolunteerSuggestion
{
    Member member;
    int score = 0;
    int openCases = 0;
    QStringList reasons; // translated: "lawyer for legal help", "speaks Belarusian", ...
};

// Ranks active members for a case: skills that fit its needs (legal -> lawyer, medical -> doctor, ...) weigh
// most, then languages shared with the person helped, the same country and city; every open case a member
// already holds counts against them.
class VolunteerSuggester final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::VolunteerSuggester)

public:
    // The skill tags (English, Belarusian, Russian; lower case) that fit a need.
    static QStringList skillsFor(const QString &need);

    static QList<VolunteerSuggestion> suggest(Database &database, const AidCase &aidCase, int limit = 10);
};

} // namespace supolka
