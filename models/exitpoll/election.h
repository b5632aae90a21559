#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace supolka {

// An election with its options (candidates, "against all"), in ballot order. Respondents who would not answer
// are counted apart ("refused"), never as an option.
struct Election
{
    qint64 pk = 0;
    QString id;
    QString name;
    QDate heldOn;
    QStringList options;
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
    QString origin;
};

// A polling station abroad: its number as the election commission gives it, the city and country.
struct PollingStation
{
    qint64 pk = 0;
    QString id;
    qint64 electionPk = 0;
    QString code;
    QString city;
    QString country;                        // ISO 3166-1 alpha-2
    std::optional<qint64> registeredVoters; // unknown until a list or protocol gives it
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
    QString origin;
};

// Counts of one station, by option name. An option that is missing is unknown, never zero.
using OptionCounts = QList<QPair<QString, std::optional<qint64>>>;

} // namespace supolka
