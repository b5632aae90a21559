#include <gtest/gtest.h>

#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/exitpollrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

TEST(ShiftCounts, ASheetIsWrittenWholeAndItsUndoLeavesUnknownNotZero)
{
    test::ScratchDatabase db;
    ExitPollRepository repository(db.get());
    const Election election = repository.ensureElection(QStringLiteral("Referendum")).value();
    const qint64 yes = repository.ensureOption(election.pk, QStringLiteral("Yes")).value();
    const qint64 no = repository.ensureOption(election.pk, QStringLiteral("No")).value();
    const PollingStation station = repository.ensureStation(election.pk, QStringLiteral("101")).value();
    const QString morning = QStringLiteral("morning");

    ASSERT_TRUE(repository.setShiftCounts(station.pk, morning, {{yes, 40}, {no, 7}, {ExitPollRepository::Refused, 2}}));
    // The same sheet typed twice is counted once.
    ASSERT_TRUE(repository.setShiftCounts(station.pk, morning, {{yes, 40}, {no, 7}, {ExitPollRepository::Refused, 2}}));
    QHash<qint64, qint64> counts = repository.tallies(station.pk, morning);
    EXPECT_EQ(counts.value(yes), 40);
    EXPECT_EQ(counts.value(no), 7);
    EXPECT_EQ(counts.value(ExitPollRepository::Refused), 2);

    // A negative count stops the whole sheet: nothing of it is written.
    const Status refused = repository.setShiftCounts(station.pk, morning, {{yes, 41}, {no, -1}});
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().isEmpty());
    EXPECT_EQ(repository.tallies(station.pk, morning).value(yes), 40);

    // Forgetting every count makes the station's exit poll unknown again.
    ASSERT_TRUE(repository.setShiftCounts(
        station.pk, morning, {{yes, std::nullopt}, {no, std::nullopt}, {ExitPollRepository::Refused, std::nullopt}}));
    EXPECT_TRUE(repository.tallies(station.pk, morning).isEmpty());
    const ExitPollAnalysis analysis(repository.load(election.pk));
    ASSERT_EQ(analysis.stations().size(), 1);
    EXPECT_FALSE(analysis.stations().first().station.hasExitPoll);
}
