#include <QFile>

#include "models/i18n/languages.h"
#include "tests/views/viewfixture.h"
#include "views/mainwindow.h"
#include "views/settings/settings.h"

namespace supolka::test {

using SettingsView = ViewTest;

TEST_F(SettingsView, DefaultsUntilSetThenRemembered)
{
    EXPECT_EQ(settings::exportProfile.value(), QStringLiteral("excel"));
    EXPECT_TRUE(settings::lastImportFolder.value().isEmpty());
    settings::exportProfile.setValue(QStringLiteral("plain"));
    settings::lastImportFolder.setValue(QStringLiteral("/data/chapter"));
    EXPECT_EQ(settings::exportProfile.value(), QStringLiteral("plain"));
    EXPECT_EQ(settings::lastImportFolder.value(), QStringLiteral("/data/chapter"));
    EXPECT_TRUE(QFile::exists(SettingsStore::file()));
    settings::exportProfile.reset();
    EXPECT_EQ(settings::exportProfile.value(), QStringLiteral("excel"));
}

TEST_F(SettingsView, WindowRemembersGeometryAndPage)
{
    Languages languages;
    {
        MainWindow window(m_db.get(), languages);
        window.show();
        window.resize(1100, 700);
        window.showPage(MainWindow::DashboardArea);
        window.close();
    }
    EXPECT_FALSE(settings::windowGeometry.value().isEmpty());
    EXPECT_EQ(settings::lastPage.value(), int(MainWindow::DashboardArea));
    MainWindow again(m_db.get(), languages);
    EXPECT_EQ(again.size(), QSize(1100, 700));
}

} // namespace supolka::test
