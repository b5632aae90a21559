#include "models/demo/democases.h"

#include <array>

#include <QSqlError>
#include <QUuid>

#include "models/cases/caserepository.h"
#include "models/cases/volunteersuggester.h"
#include "models/db/database.h"
#include "models/db/savepoint.h"

namespace supolka {

namespace {

struct DemoCase
{
    const char *name;
    const char *contact;
    const char *city;
    const char *country;
    const char *languages;
    const char *needs;
    CasePriority priority;
    const char *summary;
    int openedDaysAgo;
    int dueInDays; // from opening; 0 = no due date
    CaseStatus status;
    bool sensitive;
    const char *note;
    qint64 paidMinor; // 0 = nothing paid
    const char *currency;
    const char *purpose;
};

constexpr std::array<DemoCase, 16> Cases{{
    {"Аляксей Наумовіч", "+48 601 220 310", "Warszawa", "PL", "be;ru", "legal;documents", CasePriority::High,
     "Asylum interview in three weeks; needs a lawyer and translated court papers", 12, 21, CaseStatus::InProgress,
     false, "Collected the court papers; the translator starts on Monday", 0, "", ""},
    {"Вольга Ш.", "olga.sh@example.org", "Vilnius", "LT", "ru", "housing;food", CasePriority::Urgent,
     "Mother with two children arrived yesterday; needs a room for two weeks and food", 3, 2, CaseStatus::New, true, "",
     0, "", ""},
    {"Dzianis Ivashyn", "+44 7700 900123", "London", "GB", "be;en", "psychological", CasePriority::Normal,
     "Support after release from prison", 40, 30, CaseStatus::Waiting, true,
     "Waiting for the first free slot with the therapist", 18000, "GBP", "Two therapy sessions"},
    {"Марына Казлова", "+370 612 40 111", "Kaunas", "LT", "be;ru;lt", "employment", CasePriority::Low,
     "Looking for work as an accountant", 25, 0, CaseStatus::InProgress, false, "Sent her CV to three firms", 0, "",
     ""},
    {"Павел Сідарэнка", "+49 151 2233 4455", "Berlin", "DE", "ru;de", "medical", CasePriority::High,
     "Needs a doctor for a heart condition; no insurance yet", 30, 14, CaseStatus::InProgress, false,
     "Appointment at the charity clinic on Thursday", 12000, "EUR", "Medicines"},
    {"Iryna M.", "@iryna_m", "Praha", "CZ", "be;cs", "documents", CasePriority::Normal,
     "Residence permit renewal; the visa expires next month", 50, 20, CaseStatus::InProgress, false,
     "The appointment at the immigration office is booked", 0, "", ""},
    {"Сяргей Каваленка", "+48 512 300 400", "Białystok", "PL", "be", "financial;housing", CasePriority::High,
     "Rent for December after losing his job", 20, 10, CaseStatus::Resolved, false,
     "Paid the rent directly to the landlord", 150000, "PLN", "Rent, December"},
    {"Hanna Lis", "hanna.lis@example.org", "Riga", "LV", "ru;lv", "food", CasePriority::Normal,
     "Food parcels for a family of four", 60, 7, CaseStatus::Closed, false, "Three parcels delivered", 8000, "EUR",
     "Food parcels"},
    {"Юрый Р.", "+48 690 123 456", "Kraków", "PL", "be;ru", "legal", CasePriority::Urgent,
     "Extradition request from Belarus; needs a lawyer today", 5, 1, CaseStatus::InProgress, true,
     "The lawyer filed a complaint with the court", 250000, "PLN", "Lawyer's fee"},
    {"Tatsiana Hrynevich", "+995 555 123 456", "Tbilisi", "GE", "ru;en", "documents;employment", CasePriority::Normal,
     "Needs help with a work permit", 15, 30, CaseStatus::New, false, "", 0, "", ""},
    {"Андрэй Мароз", "+1 202 555 0147", "Washington", "US", "be;en", "medical;financial", CasePriority::High,
     "Dental surgery after injuries from detention", 35, 15, CaseStatus::Waiting, false,
     "Waiting for the clinic's estimate", 50000, "USD", "Advance to the clinic"},
    {"Ніна Б.", "+48 601 999 000", "Gdańsk", "PL", "be;pl", "psychological;housing", CasePriority::Normal,
     "Elderly woman alone; needs company and a cheaper flat", 80, 30, CaseStatus::Closed, false,
     "Moved to a room with a Belarusian family", 0, "", ""},
    {"Kiryl Ahiejeu", "+370 600 11 222", "Vilnius", "LT", "be;ru;en", "legal", CasePriority::Low,
     "Question about recognising a Belarusian diploma", 9, 0, CaseStatus::Resolved, false,
     "Explained the procedure; the university accepted the papers", 0, "", ""},
    {"Людміла Т.", "+48 600 700 800", "Warszawa", "PL", "ru", "food;financial", CasePriority::Normal,
     "Pensioner who cannot receive her pension from Belarus", 45, 14, CaseStatus::InProgress, false,
     "Monthly food card arranged", 20000, "PLN", "Food card, two months"},
    {"Maksim Z.", "maksim.z@example.org", "Wien", "AT", "be;de", "employment;documents", CasePriority::Normal,
     "Needs a translator for a job interview", 18, 5, CaseStatus::New, false, "", 0, "", ""},
    {"Алена П.", "+48 733 100 200", "Wrocław", "PL", "be;ru;pl", "legal;psychological", CasePriority::High,
     "Her husband is a political prisoner; needs legal advice and support", 70, 60, CaseStatus::Waiting, true,
     "Letters to the prison are sent every week", 30000, "EUR", "Parcels to the prison"},
}};

QString demoCaseId(int number)
{
    static const QUuid space(QStringLiteral("{0a6d2b7e-95c3-4f21-8d6e-2c1b7a9f3e10}"));
    return QUuid::createUuidV5(space, QStringLiteral("demo-case-%1").arg(number)).toString(QUuid::WithoutBraces);
}

// The steps from new to `status` the workflow allows.
QList<CaseStatus> pathTo(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
        return {};
    case CaseStatus::InProgress:
        return {CaseStatus::InProgress};
    case CaseStatus::Waiting:
        return {CaseStatus::InProgress, CaseStatus::Waiting};
    case CaseStatus::Resolved:
        return {CaseStatus::InProgress, CaseStatus::Resolved};
    case CaseStatus::Closed:
        return {CaseStatus::InProgress, CaseStatus::Resolved, CaseStatus::Closed};
    }
    return {};
}

} // namespace

Result<int> DemoCases::load(Database &database)
{
    using R = Result<int>;
    const QString lead = tr("Chapter lead (demo)");
    const QDate today = QDate::currentDate();
    CaseRepository repository(database);
    // A savepoint, so that the whole demo data set can be loaded in one transaction.
    Savepoint savepoint(database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not start writing the demo data."));
    int added = 0;
    for (int number = 0; number < int(Cases.size()); ++number) {
        const DemoCase &demo = Cases[size_t(number)];
        const QString id = demoCaseId(number);
        if (repository.findById(id))
            continue;
        AidCase c;
        c.id = id;
        c.personName = QString::fromUtf8(demo.name);
        c.personContact = QString::fromUtf8(demo.contact);
        c.personCity = QString::fromUtf8(demo.city);
        c.personCountry = QString::fromLatin1(demo.country);
        c.personLanguages = QString::fromLatin1(demo.languages).split(QLatin1Char(';'));
        c.needs = QString::fromLatin1(demo.needs).split(QLatin1Char(';'));
        c.priority = demo.priority;
        c.summary = QString::fromUtf8(demo.summary);
        c.openedOn = today.addDays(-demo.openedDaysAgo);
        if (demo.dueInDays > 0)
            c.dueOn = c.openedOn.addDays(demo.dueInDays);
        c.sensitive = demo.sensitive;
        Result<AidCase> opened = repository.add(c, lead);
        if (!opened)
            return R::failure(tr("Could not write the demo data: %1").arg(opened.error()));
        ++added;
        if (demo.status != CaseStatus::New) {
            const QList<VolunteerSuggestion> suggestions = VolunteerSuggester::suggest(database, opened.value(), 1);
            if (!suggestions.isEmpty()) {
                if (Result<AidCase> assigned = repository.assign(opened->pk, suggestions.first().member.pk, lead);
                    !assigned)
                    return R::failure(tr("Could not write the demo data: %1").arg(assigned.error()));
            }
        }
        for (const CaseStatus step : pathTo(demo.status)) {
            const QString outcome = step == CaseStatus::Closed ? QString::fromUtf8(demo.note) : QString();
            if (Result<AidCase> moved = repository.changeStatus(opened->pk, step, lead, QString(), outcome); !moved)
                return R::failure(tr("Could not write the demo data: %1").arg(moved.error()));
        }
        if (demo.note[0] != '\0' && demo.status != CaseStatus::Closed) {
            CaseNote note;
            note.casePk = opened->pk;
            note.kind = number % 3 == 0 ? CaseNote::Kind::Call : CaseNote::Kind::Note;
            note.body = QString::fromUtf8(demo.note);
            note.author = lead;
            if (Result<CaseNote> written = repository.addNote(note); !written)
                return R::failure(tr("Could not write the demo data: %1").arg(written.error()));
        }
        if (demo.paidMinor > 0) {
            // Paid in two parts a few days apart, so that the monthly chart has more than one bar.
            for (const int part : {0, 1}) {
                CasePayment payment;
                payment.casePk = opened->pk;
                payment.amountMinor = part == 0 ? demo.paidMinor / 2 : demo.paidMinor - demo.paidMinor / 2;
                payment.currency = QString::fromLatin1(demo.currency);
                payment.purpose = QString::fromUtf8(demo.purpose);
                payment.paidOn = std::min(today, c.openedOn.addDays(2 + part * 30));
                if (Result<CasePayment> paid = repository.addPayment(payment); !paid)
                    return R::failure(tr("Could not write the demo data: %1").arg(paid.error()));
            }
        }
    }
    if (!savepoint.release())
        return R::failure(tr("Could not save the demo data: %1").arg(savepoint.error()));
    return added;
}

} // namespace supolka
