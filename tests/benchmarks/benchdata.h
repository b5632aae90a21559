#pragma once

#include <algorithm>

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QElapsedTimer;

namespace supolka::bench {

// A scratch folder that lives as long as the benchmark program.
QString scratchFolder();

// Removes a database file and everything SQLite and Supolka keep beside it, for a run to start afresh.
void removeDatabase(const QString &path);

// A CSV of `rows` members in the canonical columns as chapter leads' files hold them: names in Belarusian and
// Russian Cyrillic and in Latin, e-mail, optionally a phone in national or international format, city, country,
// birth date, skills, status, joining date. Written once per (rows, phones) and reused.
QString membersCsv(int rows, bool withPhones);

// A database holding the members of membersCsv(rows, false), imported once and reused (a copy path is returned).
QString membersDatabase(int rows);

// A database with the members of membersDatabase(rows) and the demo data set's events, registrations and aid
// cases (DemoData), for the reports on events and cases at that many members. Built once per run and reused.
QString reportsDatabase(int rows);

// The members of membersDatabase(cases) and as many aid cases: two in three for members, the rest for people named
// only in the case, with needs, priorities, due dates and volunteers assigned.
QString casesDatabase(int cases);

// Reads what a table's screen of 40 rows from `first` paints: every column's display text.
void readScreen(const QAbstractItemModel &model, int first);
// The heap the process holds now (glibc's count of the blocks in use), in megabytes; 0 where it cannot be told.
// Unlike the resident memory, it shrinks when memory is given back and grows only by what is in use.
double heapMegabytes();
// The time on `timer`, in milliseconds.
double elapsedMs(const QElapsedTimer &timer);

// Sorts a list by each of its columns, descending then ascending, each until its first screen is read, and keeps
// the times: the average, the slowest and the slowest column's title.
struct SortTimes
{
    double totalMs = 0;
    double slowestMs = 0;
    int sorts = 0;
    QString slowestColumn;

    void sortEveryColumn(QAbstractItemModel &model);
    double averageMs() const { return totalMs / std::max(1, sorts); }
};

// A guest's full name in one script (Belarusian or Russian Cyrillic, or Latin), from the same names as the members.
QString guestName(int i);

// A database with the members of membersDatabase(registrants) and one event, "Door benchmark", with `registrants`
// registrations: three in five of them members, the rest guests with an e-mail and a phone. Built once per run with
// EventRepository::addRegistrations and reused.
QString checkinDatabase(int registrants);

// Sizes for the benchmarks' counters, in MB: the database file, and the pages of the tables and indexes whose names
// start with one of `prefixes` (SQLite's dbstat).
double fileMegabytes(const QString &path);
double tableMegabytes(const QString &databasePath, const QStringList &prefixes);

} // namespace supolka::bench
