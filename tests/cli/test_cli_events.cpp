// Events on the command line end to end: attendee lists in, the door's check-in, the export two laptops merge.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "tests/cli/clitest.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

using Outcome = test::CliOutcome;
using CliEvents = test::CliTest;

QString fixture(const QString &name)
{
    return test::dataPath(QStringLiteral("registrations/") + name);
}

QJsonObject eventTitled(const Outcome &report, const QString &title)
{
    for (const QJsonValue &value : report.json().value(QStringLiteral("events")).toArray()) {
        if (value.toObject().value(QStringLiteral("title")).toString() == title)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_F(CliEvents, ImportRegistrationsMakesTheEventOnFirstUse)
{
    EXPECT_EQ(
        run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("eventbrite.csv"))})
            .exitCode,
        2)
        << "the event must be named";

    const Outcome dry =
        run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("eventbrite.csv")),
             QStringLiteral("--event"), QStringLiteral("Freedom Day rally"), QStringLiteral("--dry-run"),
             QStringLiteral("--json")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.json().value(QStringLiteral("imported")).toInt(), 6);
    EXPECT_TRUE(dry.json().value(QStringLiteral("dry_run")).toBool());
    EXPECT_TRUE(run({QStringLiteral("report"), QStringLiteral("events"), QStringLiteral("--json")})
                    .json()
                    .value(QStringLiteral("events"))
                    .toArray()
                    .isEmpty())
        << "a dry run makes no event";

    const Outcome imported =
        run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("eventbrite.csv")),
             QStringLiteral("--event"), QStringLiteral("Freedom Day rally"), QStringLiteral("--json"),
             QStringLiteral("--errors"), file(QStringLiteral("rejected.csv"))});
    // The guest with an e-mail address that is not one is registered, with a warning.
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject json = imported.json();
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("registrations"));
    EXPECT_EQ(json.value(QStringLiteral("read")).toInt(), 6);
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 6);
    EXPECT_EQ(json.value(QStringLiteral("rejected")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("warnings")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(),
              6);
    EXPECT_TRUE(json.value(QStringLiteral("event_created")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("event")).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("Freedom Day rally"));
    QFile rejected(file(QStringLiteral("rejected.csv")));
    ASSERT_TRUE(rejected.open(QIODevice::ReadOnly));
    EXPECT_TRUE(rejected.readAll().contains("ihar.losik(at)example.org"));

    const Outcome again =
        run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("eventbrite.csv")),
             QStringLiteral("--event"), QStringLiteral("freedom day RALLY"), QStringLiteral("--json")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_FALSE(again.json().value(QStringLiteral("event_created")).toBool());
    EXPECT_EQ(again.json().value(QStringLiteral("unchanged")).toInt(), 6);
    EXPECT_EQ(again.json().value(QStringLiteral("imported")).toInt(), 0);

    const Outcome clean =
        run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("google_forms.csv")),
             QStringLiteral("--event"), QStringLiteral("Chapter meetup"), QStringLiteral("--dry-run")});
    EXPECT_EQ(clean.exitCode, 0);
    EXPECT_TRUE(clean.err.contains(QStringLiteral("dry run"))) << clean.err.toStdString();

    const Outcome report = run({QStringLiteral("report"), QStringLiteral("events"), QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0);
    const QJsonObject rally = eventTitled(report, QStringLiteral("Freedom Day rally"));
    EXPECT_EQ(rally.value(QStringLiteral("registered")).toInt(), 4);
    EXPECT_EQ(rally.value(QStringLiteral("cancelled")).toInt(), 2);
    EXPECT_EQ(rally.value(QStringLiteral("checked_in")).toInt(), 1);
    EXPECT_EQ(rally.value(QStringLiteral("walk_ins")).toInt(), 0);
    EXPECT_EQ(report.json().value(QStringLiteral("events")).toArray().size(), 1);

    const Outcome text = run({QStringLiteral("report"), QStringLiteral("events")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Freedom Day rally")) << text.out.constData();
}

// A check-in from the command line on a computer where the window was told who is at it (File ▸ Who is at this
// computer…) is written under that name, like the door's.
TEST_F(CliEvents, CheckInWritesWhoIsAtThisComputer)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("pretix.csv")),
                   QStringLiteral("--event"), QStringLiteral("Rally")})
                  .exitCode,
              0);
    ASSERT_TRUE(QDir().mkpath(file(QStringLiteral("config/Supolka"))));
    QFile settings(file(QStringLiteral("config/Supolka/Supolka.conf")));
    ASSERT_TRUE(settings.open(QIODevice::WriteOnly));
    settings.write("[people]\natThisComputer=Hanna Zialionka\n");
    settings.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), file(QStringLiteral("config")));
    const Outcome done = run({QStringLiteral("checkin"), QStringLiteral("Rally"), QStringLiteral("Andrei Kavalkou"),
                              QStringLiteral("--json")},
                             true, environment);
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_EQ(done.json().value(QStringLiteral("registration")).toObject().value(QStringLiteral("checked_in_by")),
              QStringLiteral("Hanna Zialionka"));
}

TEST_F(CliEvents, CheckInFindsTheOneRegistrantAndSaysWhenItCannot)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("pretix.csv")),
                   QStringLiteral("--event"), QStringLiteral("Rally")})
                  .exitCode,
              0);
    auto checkin = [this](const QString &event, const QString &text) {
        return run({QStringLiteral("checkin"), event, text, QStringLiteral("--json")});
    };

    const Outcome ambiguous = checkin(QStringLiteral("Rally"), QStringLiteral("Kaval"));
    EXPECT_EQ(ambiguous.exitCode, 3);
    EXPECT_EQ(ambiguous.json().value(QStringLiteral("status")).toString(), QStringLiteral("ambiguous"));
    const QJsonArray candidates = ambiguous.json().value(QStringLiteral("candidates")).toArray();
    ASSERT_EQ(candidates.size(), 2);
    EXPECT_TRUE(ambiguous.json().value(QStringLiteral("registration")).isNull());
    QString andreiCode;
    for (const QJsonValue &candidate : candidates) {
        if (candidate.toObject().value(QStringLiteral("name")).toString() == u"Andrei Kavalkou")
            andreiCode = candidate.toObject().value(QStringLiteral("ticket_code")).toString();
    }
    ASSERT_EQ(andreiCode.size(), 9) << "K7QX-M4TP";

    const Outcome byCode = checkin(QStringLiteral("Rally"), andreiCode.toLower());
    EXPECT_EQ(byCode.exitCode, 0) << byCode.err.toStdString();
    EXPECT_EQ(byCode.json().value(QStringLiteral("status")).toString(), QStringLiteral("checked_in"));
    const QJsonObject registration = byCode.json().value(QStringLiteral("registration")).toObject();
    EXPECT_EQ(registration.value(QStringLiteral("name")).toString(), QStringLiteral("Andrei Kavalkou"));
    EXPECT_FALSE(registration.value(QStringLiteral("checked_in_at")).toString().isEmpty());
    EXPECT_FALSE(registration.value(QStringLiteral("checked_in_by")).toString().isEmpty());
    EXPECT_TRUE(byCode.json().value(QStringLiteral("candidates")).toArray().isEmpty());

    const Outcome twice = checkin(QStringLiteral("rally"), QStringLiteral("Andrei Kavalkou"));
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_EQ(twice.json().value(QStringLiteral("status")).toString(), QStringLiteral("already_checked_in"));
    EXPECT_EQ(twice.json().value(QStringLiteral("registration")).toObject().value(QStringLiteral("checked_in_at")),
              registration.value(QStringLiteral("checked_in_at")))
        << "the first check-in's time";

    // A name in another script finds them.
    const Outcome latin = checkin(QStringLiteral("Rally"), QStringLiteral("Tsikhanouskaya"));
    EXPECT_EQ(latin.json().value(QStringLiteral("status")).toString(), QStringLiteral("already_checked_in"))
        << "checked in by pretix";
    EXPECT_EQ(latin.json().value(QStringLiteral("registration")).toObject().value(QStringLiteral("checked_in_by")),
              QStringLiteral("pretix"));

    const Outcome nobody = checkin(QStringLiteral("Rally"), QStringLiteral("Lukashenka"));
    EXPECT_EQ(nobody.exitCode, 3);
    EXPECT_EQ(nobody.json().value(QStringLiteral("status")).toString(), QStringLiteral("not_found"));
    EXPECT_EQ(checkin(QStringLiteral("No such event"), QStringLiteral("Ihar")).exitCode, 3);
    EXPECT_EQ(run({QStringLiteral("checkin"), QStringLiteral("Rally")}).exitCode, 2);

    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("eventbrite.csv")),
                   QStringLiteral("--event"), QStringLiteral("Meetup")})
                  .exitCode,
              0);
    const Outcome refused = checkin(QStringLiteral("Meetup"), QStringLiteral("Latushka"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.json().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    EXPECT_TRUE(refused.json()
                    .value(QStringLiteral("registration"))
                    .toObject()
                    .value(QStringLiteral("checked_in_at"))
                    .toString()
                    .isEmpty());

    // Of several matches, the one the text names whole.
    QFile list(file(QStringLiteral("list.csv")));
    ASSERT_TRUE(list.open(QIODevice::WriteOnly));
    list.write("name,email\r\nAnna Zhuk,anna@example.org\r\nAnna Zhukava,zhukava@example.org\r\n");
    list.close();
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("registrations"), list.fileName(),
                   QStringLiteral("--event"), QStringLiteral("Rally")})
                  .exitCode,
              0);
    EXPECT_EQ(checkin(QStringLiteral("Rally"), QStringLiteral("Anna Zhu")).json().value(QStringLiteral("status")),
              QStringLiteral("ambiguous"));
    const Outcome exact = checkin(QStringLiteral("Rally"), QStringLiteral("Анна Жук"));
    EXPECT_EQ(exact.exitCode, 0) << exact.err.toStdString();
    EXPECT_EQ(exact.json().value(QStringLiteral("registration")).toObject().value(QStringLiteral("email")),
              QStringLiteral("anna@example.org"));

    const Outcome counted = run({QStringLiteral("report"), QStringLiteral("events"), QStringLiteral("--json")});
    EXPECT_EQ(eventTitled(counted, QStringLiteral("Rally")).value(QStringLiteral("checked_in")).toInt(), 4);
}

TEST_F(CliEvents, TwoLaptopsMergeThroughExportAndImport)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("registrations"), fixture(QStringLiteral("pretix.csv")),
                   QStringLiteral("--event"), QStringLiteral("Rally")})
                  .exitCode,
              0);
    const Outcome shared =
        run({QStringLiteral("export"), QStringLiteral("registrations"), file(QStringLiteral("a.csv")),
             QStringLiteral("--event"), QStringLiteral("Rally"), QStringLiteral("--json")});
    ASSERT_EQ(shared.exitCode, 0) << shared.err.toStdString();
    EXPECT_EQ(shared.json().value(QStringLiteral("exported")).toInt(), 5);
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("registrations"), file(QStringLiteral("x.csv"))}).exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("export"), QStringLiteral("registrations"), file(QStringLiteral("x.csv")),
                   QStringLiteral("--event"), QStringLiteral("Nothing")})
                  .exitCode,
              3);

    const QString laptopB = file(QStringLiteral("b.db"));
    auto onB = [&](QStringList arguments) {
        return run(QStringList{QStringLiteral("--db"), laptopB, QStringLiteral("--lang"), QStringLiteral("en")} +
                       arguments,
                   false);
    };
    const Outcome copied =
        onB({QStringLiteral("import"), QStringLiteral("registrations"), file(QStringLiteral("a.csv")),
             QStringLiteral("--event"), QStringLiteral("Rally"), QStringLiteral("--json")});
    ASSERT_EQ(copied.exitCode, 0) << copied.err.toStdString();
    EXPECT_EQ(copied.json().value(QStringLiteral("imported")).toInt(), 5);
    EXPECT_EQ(copied.json().value(QStringLiteral("event")).toObject().value(QStringLiteral("id")),
              shared.json().value(QStringLiteral("event")).toObject().value(QStringLiteral("id")))
        << "both laptops know the event by one id";

    // Each laptop checks someone in; then each takes the other's export.
    ASSERT_EQ(run({QStringLiteral("checkin"), QStringLiteral("Rally"), QStringLiteral("Andrei Kavalkou")}).exitCode, 0);
    ASSERT_EQ(onB({QStringLiteral("checkin"), QStringLiteral("Rally"), QStringLiteral("Ihar Losik")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("registrations"), file(QStringLiteral("a2.csv")),
                   QStringLiteral("--event"), QStringLiteral("Rally")})
                  .exitCode,
              0);
    ASSERT_EQ(onB({QStringLiteral("export"), QStringLiteral("registrations"), file(QStringLiteral("b2.csv")),
                   QStringLiteral("--event"), QStringLiteral("Rally")})
                  .exitCode,
              0);
    const Outcome intoA =
        run({QStringLiteral("import"), QStringLiteral("registrations"), file(QStringLiteral("b2.csv")),
             QStringLiteral("--event"), QStringLiteral("Rally"), QStringLiteral("--json")});
    const Outcome intoB =
        onB({QStringLiteral("import"), QStringLiteral("registrations"), file(QStringLiteral("a2.csv")),
             QStringLiteral("--event"), QStringLiteral("Rally"), QStringLiteral("--json")});
    ASSERT_EQ(intoA.exitCode, 0) << intoA.err.toStdString();
    ASSERT_EQ(intoB.exitCode, 0) << intoB.err.toStdString();
    EXPECT_EQ(intoA.json().value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_EQ(intoB.json().value(QStringLiteral("updated")).toInt(), 1);

    const QJsonObject a = eventTitled(
        run({QStringLiteral("report"), QStringLiteral("events"), QStringLiteral("--json")}), QStringLiteral("Rally"));
    const QJsonObject b = eventTitled(
        onB({QStringLiteral("report"), QStringLiteral("events"), QStringLiteral("--json")}), QStringLiteral("Rally"));
    EXPECT_EQ(a.value(QStringLiteral("checked_in")).toInt(), 4);
    EXPECT_EQ(a, b);
}

TEST_F(CliEvents, ImportRegistrationsIntoAnEventIdThatIsNotThereFails)
{
    const QStringList import{QStringLiteral("import"), QStringLiteral("registrations"),
                             fixture(QStringLiteral("eventbrite.csv")), QStringLiteral("--event")};
    const Outcome dry = run(import + QStringList{QStringLiteral("Freedom Day rally"), QStringLiteral("--dry-run"),
                                                 QStringLiteral("--json")});
    EXPECT_FALSE(dry.json().value(QStringLiteral("event_created")).toBool()) << "a dry run makes no event";

    const Outcome made = run(import + QStringList{QStringLiteral("Freedom Day rally"), QStringLiteral("--json")});
    const QString id = made.json().value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty()) << made.out.constData();
    {
        auto database = Database::open(dbPath());
        ASSERT_TRUE(database.ok()) << database.error().toStdString();
        EventRepository events(*database.value());
        ASSERT_TRUE(events.removeEvent(events.findEventById(id)->pk).ok());
    }

    const Outcome deleted = run(import + QStringList{id});
    EXPECT_NE(deleted.exitCode, 0);
    EXPECT_TRUE(deleted.err.contains(QStringLiteral("was deleted"))) << deleted.err.toStdString();
    const Outcome unknown = run(import + QStringList{QStringLiteral("{5f3b2a10-4c6d-4e8f-9a1b-2c3d4e5f6a70}")});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no event with the id"))) << unknown.err.toStdString();
    EXPECT_TRUE(run({QStringLiteral("report"), QStringLiteral("events"), QStringLiteral("--json")})
                    .json()
                    .value(QStringLiteral("events"))
                    .toArray()
                    .isEmpty())
        << "no event is made with an id for a title";
}
