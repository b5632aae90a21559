#include "models/exitpoll/stationtablemodel.h"

#include <algorithm>

#include <QLocale>

#include "models/text/countries.h"

namespace supolka {

namespace {

// The language of the GUI, for country names: the default locale follows it.
QString language()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString countText(qint64 value)
{
    return QLocale().toString(value);
}

QString fraction(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

QString number(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

QString countryName(const QString &code)
{
    return code.isEmpty() ? QString() : countries::name(code, language());
}

// The flag kinds of a station, each once, in the order they first appear.
QStringList kindTitles(const QList<ExitPollFlag> &flags)
{
    QStringList titles;
    for (const ExitPollFlag &flag : flags) {
        const QString title = StationTableModel::flagKindTitle(flag.kind);
        if (!titles.contains(title))
            titles.append(title);
    }
    return titles;
}

QString flagLine(const ExitPollFlag &flag)
{
    const QString title = StationTableModel::flagKindTitle(flag.kind);
    const QString head = flag.option.isEmpty() ? title : title + QStringLiteral(" (") + flag.option + QLatin1Char(')');
    return head + QStringLiteral(": ") + flag.detail;
}

} // namespace

StationTableModel::StationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StationTableModel::~StationTableModel() = default;

void StationTableModel::setAnalysis(std::shared_ptr<const ExitPollAnalysis> analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    const QStringList options = m_analysis ? m_analysis->data().options : QStringList();
    if (!options.contains(m_option))
        m_option = options.isEmpty() ? QString() : options.constFirst();
    endResetModel();
}

void StationTableModel::setOption(const QString &option)
{
    const QStringList options = m_analysis ? m_analysis->data().options : QStringList();
    const QString chosen = options.contains(option) ? option : (options.isEmpty() ? QString() : options.constFirst());
    if (chosen == m_option)
        return;
    m_option = chosen;
    emit headerDataChanged(Qt::Horizontal, ExitPollShare, OfficialShare);
    if (rowCount() > 0)
        emit dataChanged(index(0, ExitPollShare), index(rowCount() - 1, OfficialShare));
}

int StationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->stations().size());
}

int StationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const StationAnalysis &StationTableModel::stationAt(int row) const
{
    Q_ASSERT(m_analysis && row >= 0 && row < m_analysis->stations().size());
    return m_analysis->stations().at(row);
}

const StationAnalysis &StationTableModel::stationFromIndex(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return stationAt(index.row());
}

int StationTableModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (stationAt(row).station.code == code)
            return row;
    }
    return -1;
}

OptionShare StationTableModel::shareOf(const StationAnalysis &station) const
{
    return station.shares.value(m_option);
}

QVariant StationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StationAnalysis &station = stationAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(station, index.column());
    case Qt::ToolTipRole:
        return toolTip(station, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Respondents:
        case ExitPollShare:
        case OfficialShare:
        case BallotsCast:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case RawValueRole:
        return raw(station, index.column());
    case FlaggedRole:
        return !station.flags.isEmpty();
    case FlagDetailsRole: {
        QStringList details;
        for (const ExitPollFlag &flag : station.flags)
            details.append(flagLine(flag));
        return details;
    }
    case FlagKindsRole: {
        QStringList kinds;
        for (const ExitPollFlag &flag : station.flags)
            kinds.append(flagKindKey(flag.kind));
        return kinds;
    }
    case StationCodeRole:
        return station.station.code;
    default:
        return {};
    }
}

QVariant StationTableModel::display(const StationAnalysis &station, int column) const
{
    const StationData &s = station.station;
    switch (column) {
    case Code:
        return s.code;
    case City:
        return s.city.isEmpty() ? unknownText() : s.city;
    case Country:
        return s.country.isEmpty() ? unknownText() : countryName(s.country);
    case Respondents:
        return s.exitPollComplete(m_analysis->data().options) ? countText(station.respondents) : unknownText();
    case ExitPollShare:
        return exitPollShareText(shareOf(station));
    case OfficialShare: {
        const OptionShare share = shareOf(station);
        return share.official ? percentText(*share.official) : unknownText();
    }
    case BallotsCast:
        return s.ballotsCast ? countText(*s.ballotsCast) : unknownText();
    case Flags:
        if (station.flags.isEmpty())
            return QString();
        return QString(countText(station.flags.size()) + QStringLiteral(": ") +
                       kindTitles(station.flags).join(QStringLiteral(", ")));
    default:
        return {};
    }
}

QVariant StationTableModel::raw(const StationAnalysis &station, int column) const
{
    const StationData &s = station.station;
    switch (column) {
    case Code:
        return codeSortKey(s.code);
    case City:
        return s.city.isEmpty() ? QVariant() : QVariant(s.city.toCaseFolded());
    case Country:
        return s.country.isEmpty() ? QVariant() : QVariant(countryName(s.country).toCaseFolded());
    case Respondents:
        return s.exitPollComplete(m_analysis->data().options) ? QVariant(station.respondents) : QVariant();
    case ExitPollShare: {
        const OptionShare share = shareOf(station);
        return share.exitPoll ? QVariant(*share.exitPoll) : QVariant();
    }
    case OfficialShare: {
        const OptionShare share = shareOf(station);
        return share.official ? QVariant(*share.official) : QVariant();
    }
    case BallotsCast:
        return s.ballotsCast ? QVariant(*s.ballotsCast) : QVariant();
    case Flags:
        return int(station.flags.size());
    default:
        return {};
    }
}

QVariant StationTableModel::toolTip(const StationAnalysis &station, int column) const
{
    const StationData &s = station.station;
    switch (column) {
    case Country:
        return s.country;
    case Respondents:
        if (!s.exitPollComplete(m_analysis->data().options))
            return tr("No exit poll at this station");
        return tr("%1 respondents, of whom %2 named an option and %3 refused to answer")
            .arg(countText(station.respondents), countText(station.named),
                 s.refused ? countText(*s.refused) : unknownText());
    case ExitPollShare: {
        if (station.named == 0)
            return tr("No respondent named an option here");
        return tr("%1 of %2 respondents who named an option; 95% interval")
            .arg(countText(s.exitPoll.value(m_option)), countText(station.named));
    }
    case OfficialShare: {
        const std::optional<qint64> votes = s.officialVotes.value(m_option);
        if (!s.hasProtocol)
            return tr("No protocol published for this station");
        if (!votes || !s.ballotsCast)
            return tr("The protocol does not give this number");
        return tr("%1 of %2 ballots cast").arg(countText(*votes), countText(*s.ballotsCast));
    }
    case Flags: {
        QStringList details;
        for (const ExitPollFlag &flag : station.flags)
            details.append(flagLine(flag));
        return details.isEmpty() ? QVariant() : QVariant(details.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant StationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Station");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Respondents:
        return tr("Respondents");
    case ExitPollShare:
        return m_option.isEmpty() ? tr("Exit poll\n(95% interval)") : tr("Exit poll: %1\n(95% interval)").arg(m_option);
    case OfficialShare:
        return m_option.isEmpty() ? tr("Official") : tr("Official:\n%1").arg(m_option);
    case BallotsCast:
        return tr("Ballots cast");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

void StationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString StationTableModel::unknownText()
{
    return QStringLiteral("—");
}

QString StationTableModel::flagKindTitle(ExitPollFlag::Kind kind)
{
    switch (kind) {
    case ExitPollFlag::Kind::OfficialOutsideCi:
        return tr("Outside the exit-poll interval");
    case ExitPollFlag::Kind::VerifiedExceedsOfficial:
        return tr("More ballots seen than the protocol gives");
    case ExitPollFlag::Kind::TurnoutExceedsObserved:
        return tr("More ballots cast than voters counted");
    case ExitPollFlag::Kind::ProtocolSumMismatch:
        return tr("Protocol does not add up");
    }
    return {};
}

QString StationTableModel::percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString StationTableModel::exitPollShareText(const OptionShare &share)
{
    if (!share.exitPoll)
        return unknownText();
    QString text = percentText(*share.exitPoll);
    if (share.ciLow && share.ciHigh) {
        const QLocale locale;
        text += QStringLiteral(" (") + locale.toString(*share.ciLow * 100.0, 'f', 1) + QChar(0x2013) +
                locale.toString(*share.ciHigh * 100.0, 'f', 1) + QLatin1Char(')');
    }
    return text;
}

QString StationTableModel::codeSortKey(const QString &code)
{
    constexpr int Width = 12;
    QString key;
    QString digits;
    auto flush = [&] {
        if (digits.isEmpty())
            return;
        qsizetype first = 0;
        while (first < digits.size() - 1 && digits.at(first) == QLatin1Char('0'))
            ++first;
        const QString number = digits.mid(first);
        key += QString(std::max<qsizetype>(0, Width - number.size()), QLatin1Char('0')) + number;
        digits.clear();
    };
    for (const QChar c : code.trimmed()) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits += c;
            continue;
        }
        flush();
        key += c.toCaseFolded();
    }
    flush();
    return key;
}

QStringList StationTableModel::exportHeader()
{
    return {QStringLiteral("station_code"),   QStringLiteral("city"),         QStringLiteral("country"),
            QStringLiteral("respondents"),    QStringLiteral("named"),        QStringLiteral("option"),
            QStringLiteral("exitpoll_share"), QStringLiteral("ci_low"),       QStringLiteral("ci_high"),
            QStringLiteral("official_share"), QStringLiteral("ballots_cast"), QStringLiteral("flag_count"),
            QStringLiteral("flags"),          QStringLiteral("flag_details")};
}

QStringList StationTableModel::exportRow(int row) const
{
    const StationAnalysis &station = stationAt(row);
    const StationData &s = station.station;
    const OptionShare share = shareOf(station);
    QStringList kinds;
    QStringList details;
    for (const ExitPollFlag &flag : station.flags) {
        kinds.append(flag.option.isEmpty() ? flagKindKey(flag.kind)
                                           : flagKindKey(flag.kind) + QLatin1Char(':') + flag.option);
        details.append(flagLine(flag));
    }
    const std::optional<qint64> respondents =
        s.exitPollComplete(m_analysis->data().options) ? std::optional<qint64>(station.respondents) : std::nullopt;
    const std::optional<qint64> named =
        s.exitPollComplete(m_analysis->data().options) ? std::optional<qint64>(station.named) : std::nullopt;
    return {s.code,
            s.city,
            s.country,
            number(respondents),
            number(named),
            m_option,
            fraction(share.exitPoll),
            fraction(share.ciLow),
            fraction(share.ciHigh),
            fraction(share.official),
            number(s.ballotsCast),
            QString::number(station.flags.size()),
            kinds.join(QLatin1Char(';')),
            details.join(QStringLiteral(" | "))};
}

} // namespace supolka
