#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

#include "models/core/result.h"

namespace supolka {

class Database;

// One number of the report, in a long form a spreadsheet pivots: which section, which chapter (the rows'
// origin), what it is about, and the measure with its value.
struct ChapterReportLine
{
    QString section; // "members_joined", "members_left", "events", "cases_opened", "cases_closed", "payments",
                     // "exitpoll", "reported"
    QString chapter; // the chapter code; empty for a total over every chapter
    QString item;    // a country, an event's title, a need, a currency, an election
    QString detail;  // the event's date, an option of the ballot, a reported count's key
    QString measure; // "members", "registered", "checked_in", "cases", "amount_minor", "exitpoll_share", ...
    QString value;   // a whole number, or a share with four decimals
};

// The report a chapter sends the secretariat for a date range, and the secretariat's across chapters: members who
// joined and left by country, events and their attendance, cases opened and closed by need, payments per
// currency, exit-poll summaries, and (at the secretariat) the counts chapters sent in aggregate bundles. Every
// number is cut by chapter (the origin of the rows it counts).
class ChapterReport final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ChapterReport)

public:
    static Result<ChapterReport> compute(Database &database, const QDate &from, const QDate &to);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString chapterCode() const { return m_chapterCode; }
    QString chapterName() const { return m_chapterName; }
    // The chapters the numbers come from; more than one at the secretariat.
    QStringList chapters() const { return m_chapters; }
    const QList<ChapterReportLine> &lines() const { return m_lines; }

    // The values of a section and measure summed over chapters, by item, in the order first met.
    QList<QPair<QString, qint64>> totals(const QString &section, const QString &measure) const;
    // The values of a section and measure summed by chapter.
    QList<QPair<QString, qint64>> byChapter(const QString &section, const QString &measure) const;

    static QStringList csvHeader();
    // Atomic, UTF-8 with a BOM so that spreadsheets read it right.
    Status writeCsv(const QString &path) const;
    // A section's name for people, translated.
    static QString sectionTitle(const QString &section);

private:
    QDate m_from;
    QDate m_to;
    QString m_chapterCode;
    QString m_chapterName;
    QStringList m_chapters;
    QList<ChapterReportLine> m_lines;
};

} // namespace supolka
