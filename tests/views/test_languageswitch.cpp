#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>

#include "models/i18n/languages.h"
#include "models/members/memberrepository.h"
#include "models/members/membertablemodel.h"
#include "models/text/countries.h"
#include "tests/views/viewfixture.h"
#include "views/mainwindow.h"
#include "views/members/countrydelegate.h"
#include "views/settings/settings.h"

namespace supolka::test {

namespace {

// Speaks a few words of Belarusian whenever Belarusian is the default locale, so that the switch shows even where
// the real translation files lack them (the real ones, installed later, win where they have them).
class BelarusianWords final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLocale().language() != QLocale::Belarusian)
            return QString();
        if (qstrcmp(context, "supolka::MainWindow") == 0 && qstrcmp(source, "Members") == 0)
            return QStringLiteral("Сябры");
        if (qstrcmp(context, "supolka::MembersFirstRun") == 0 && qstrcmp(source, "Add a member") == 0)
            return QStringLiteral("Дадаць сябра");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

class LanguageSwitchView : public ViewTest
{
protected:
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&m_words);
        ViewTest::TearDown();
    }

    BelarusianWords m_words;
};

} // namespace

TEST_F(LanguageSwitchView, RetranslatesVisibleTextAtRunTime)
{
    Languages languages;
    languages.apply(QStringLiteral("en"));
    QCoreApplication::installTranslator(&m_words);
    MainWindow window(m_db.get(), languages);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = find<QListWidget>(&window, QStringLiteral("sidebar"));
    auto *addButton = find<QPushButton>(&window, QStringLiteral("addFirstMemberButton"));
    EXPECT_EQ(sidebar->item(MainWindow::MembersArea)->text(), QStringLiteral("Members"));

    find<QAction>(&window, QStringLiteral("language_be"))->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(languages.current(), QStringLiteral("be"));
    EXPECT_EQ(sidebar->item(MainWindow::MembersArea)->text(),
              QCoreApplication::translate("supolka::MainWindow", "Members"));
    EXPECT_NE(sidebar->item(MainWindow::MembersArea)->text(), QStringLiteral("Members"));
    EXPECT_EQ(addButton->text(), QCoreApplication::translate("supolka::MembersFirstRun", "Add a member"));
    EXPECT_NE(addButton->text(), QStringLiteral("Add a member"));
    EXPECT_EQ(settings::language.value(), QStringLiteral("be"));
    EXPECT_TRUE(find<QAction>(&window, QStringLiteral("language_be"))->isChecked());

    find<QAction>(&window, QStringLiteral("language_en"))->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(sidebar->item(MainWindow::MembersArea)->text(), QStringLiteral("Members"));
    EXPECT_EQ(addButton->text(), QStringLiteral("Add a member"));
}

TEST_F(LanguageSwitchView, RealTranslationsAreUsedForTheSidebar)
{
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    find<QAction>(&window, QStringLiteral("language_ru"))->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(find<QListWidget>(&window, QStringLiteral("sidebar"))->item(MainWindow::DashboardArea)->text(),
              QCoreApplication::translate("supolka::MainWindow", "Dashboard"));
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QCoreApplication::translate("supolka::MainWindow", "&File"));
}

TEST_F(LanguageSwitchView, CountriesAreNamedInTheChosenLanguage)
{
    Member member;
    member.firstName = QStringLiteral("Ales");
    member.country = QStringLiteral("PL");
    ASSERT_TRUE(MemberRepository(m_db.get()).add(member).ok());
    Languages languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(m_db.get(), languages);
    window.show();
    auto *table = find<QTableView>(&window, QStringLiteral("membersTable"));
    auto *countryFilter = find<QComboBox>(&window, QStringLiteral("countryFilterCombo"));
    window.switchLanguage(QStringLiteral("be"));
    QCoreApplication::processEvents();

    const QString polish = countries::name(QStringLiteral("PL"), QStringLiteral("be"));
    EXPECT_NE(polish, countries::name(QStringLiteral("PL"), QStringLiteral("en")));
    const QModelIndex index = table->model()->index(0, MemberTableModel::Country);
    ASSERT_NE(qobject_cast<CountryDelegate *>(table->itemDelegateForIndex(index)), nullptr);
    EXPECT_EQ(CountryDelegate::displayedText(index), polish);
    ASSERT_GE(countryFilter->findData(QStringLiteral("PL")), 0);
    EXPECT_EQ(countryFilter->itemText(countryFilter->findData(QStringLiteral("PL"))), polish);
}

TEST_F(LanguageSwitchView, TheChosenLanguageIsRememberedForTheNextStart)
{
    Languages languages;
    languages.apply(QStringLiteral("en"));
    {
        MainWindow window(m_db.get(), languages);
        window.switchLanguage(QStringLiteral("ru"));
    }
    Languages next;
    next.apply(QStringLiteral("en"));
    MainWindow::applyRememberedLanguage(next);
    EXPECT_EQ(next.current(), QStringLiteral("ru"));
}

// Qt's own texts (button boxes, file dialogs) speak the UI language: Qt's translation for Russian, the one Supolka
// carries for Belarusian, which Qt does not ship.
TEST_F(LanguageSwitchView, QtsOwnTextsSpeakTheUiLanguage)
{
    Languages languages;
    ASSERT_TRUE(languages.apply(QStringLiteral("be")));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Скасаваць"));
    EXPECT_NE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Look in:"));
    EXPECT_NE(QCoreApplication::translate("QFileDialog", "File &name:"), QStringLiteral("File &name:"));
    ASSERT_TRUE(languages.apply(QStringLiteral("ru")));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
    ASSERT_TRUE(languages.apply(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

} // namespace supolka::test
