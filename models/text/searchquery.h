#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace supolka::search {

// One word of a type-ahead query: a row matches when one of its keys starts with one of `prefixes`; the match is
// whole when the key equals the word's full form (`exact`, one per prefix).
struct QueryWord
{
    QStringList prefixes;
    QStringList exact;
    // Other forms of a given name typed whole (Анна for Ганна): matched whole only, never as prefixes.
    QStringList alternatives;
    // Those of the alternatives that are diminutives (Ганначка for Анна): ranked last.
    QStringList diminutives;
    // The word as typed, case-folded: a stored name with this word is what the person meant first.
    QString typed;

    void add(const QString &prefix, const QString &whole);
    void addAlternative(const QString &whole);
    // What one range scan each looks up: the whole keys and the alternatives (`whole`) or the prefixes, each once,
    // leaving out a prefix whose range lies inside another's ("mark" inside "mar"), so that no row is found by two
    // scans.
    QStringList scanForms(bool whole) const;
};

// The words of what someone typed, in key form: names (any script), the start of an e-mail address, a phone
// number (taken whole, spaces and all). At most eight words.
QList<QueryWord> parseQuery(const QString &text);

// Whether a person with these keys (allKeysText) matches every word, as the index search would find them: for
// lists filtered in memory.
bool matches(const QList<QueryWord> &words, const QString &allKeys);

// The search keys of a person: name words in key form, the e-mail address, the phone's digits (international and
// national). Members and event registrants are found by the same keys.
QStringList personKeys(const QString &firstName, const QString &middleName, const QString &lastName,
                       const QString &email, const QString &phone);

// " key key ... ": every key between spaces, so that `instr(all_keys, ' ' || prefix)` checks one word.
QString allKeysText(const QStringList &keys);

// The smallest string greater than every string that starts with `prefix` (for range scans).
QString upperBound(const QString &prefix);

// The ASCII digits of `text`, in order.
QString digitsOf(const QString &text);

} // namespace supolka::search
