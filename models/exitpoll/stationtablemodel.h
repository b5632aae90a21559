#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QStringList>

#include "models/exitpoll/exitpollanalysis.h"

namespace supolka {

// The polling stations of an election's analysis, one row each, for one chosen option: the exit-poll share with its
// 95% interval beside the official share, and the station's flags. Unknown values read "—", never 0; RawValueRole
// gives numbers as numbers (an invalid QVariant where unknown) for sorting. Returns data only: the colour of a
// flagged row comes from views/.
class StationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, City, Country, Respondents, ExitPollShare, OfficialShare, BallotsCast, Flags, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        FlaggedRole,     // bool, on every column: the station has at least one flag
        FlagDetailsRole, // QStringList: per flag, its short name (and option) and what it rests on
        FlagKindsRole,   // QStringList: per flag, flagKindKey()
        StationCodeRole, // QString
    };

    explicit StationTableModel(QObject *parent = nullptr);
    ~StationTableModel() override;

    // The analysis shown; null shows nothing.
    void setAnalysis(std::shared_ptr<const ExitPollAnalysis> analysis);
    const ExitPollAnalysis *analysis() const { return m_analysis.get(); }
    // The option whose shares are shown; one the election does not have means its first option.
    void setOption(const QString &option);
    const QString &option() const { return m_option; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const StationAnalysis &stationAt(int row) const;
    const StationAnalysis &stationFromIndex(const QModelIndex &index) const;
    int rowOfCode(const QString &code) const; // -1 when absent

    // Display texts and headers again, in the language now chosen.
    void retranslate();

    // How an unknown value reads: "—".
    static QString unknownText();
    // A flag kind's short name, translated ("Outside the exit-poll interval").
    static QString flagKindTitle(ExitPollFlag::Kind kind);
    // "86.5%" in the current locale.
    static QString percentText(double share);
    // "86.5% (83.9–88.8)", or unknownText().
    static QString exitPollShareText(const OptionShare &share);
    // A key that orders station numbers as numbers ("9" before "10", "75a" after "75") whatever the locale.
    static QString codeSortKey(const QString &code);

    // The table as a CSV export gives it: canonical column names, and per row the cells with numbers as numbers
    // (shares as fractions, "0.8650") and unknown cells empty.
    static QStringList exportHeader();
    QStringList exportRow(int row) const;

private:
    QVariant display(const StationAnalysis &station, int column) const;
    QVariant raw(const StationAnalysis &station, int column) const;
    QVariant toolTip(const StationAnalysis &station, int column) const;
    OptionShare shareOf(const StationAnalysis &station) const;

    std::shared_ptr<const ExitPollAnalysis> m_analysis;
    QString m_option;
};

} // namespace supolka
