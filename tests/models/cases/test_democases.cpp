#include <gtest/gtest.h>

#include <QSet>

#include "models/cases/caserepository.h"
#include "models/demo/democases.h"
#include "models/demo/demodata.h"
#include "tests/common/testsupport.h"

using namespace supolka;

TEST(DemoCases, FillEveryStateOnceAndOnlyOnce)
{
    test::ScratchDatabase db;
    // The demo data set loads its cases along with the members they need.
    const Result<DemoData::Summary> first = DemoData::load(db.get());
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_GE(first->cases, 15);

    CaseRepository cases(db.get());
    CaseFilter all;
    all.includeSensitive = true;
    const QList<AidCase> loaded = cases.cases(all);
    QSet<CaseStatus> states;
    int sensitive = 0;
    for (const AidCase &c : loaded) {
        states.insert(c.status);
        sensitive += c.sensitive ? 1 : 0;
        if (c.status != CaseStatus::New) {
            EXPECT_NE(c.assigneePk, 0) << c.number.toStdString() << " has a volunteer";
        }
        if (c.status == CaseStatus::Closed) {
            EXPECT_FALSE(c.outcome.isEmpty());
        }
    }
    EXPECT_EQ(states.size(), 5) << "every status is shown";
    EXPECT_GE(sensitive, 2);
    EXPECT_FALSE(cases.overdue().isEmpty());
    EXPECT_GE(cases.paymentTotals().size(), 3) << "payments in several currencies";

    const Result<int> again = DemoCases::load(db.get());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), 0);
    EXPECT_EQ(cases.cases(all).size(), loaded.size());
}
