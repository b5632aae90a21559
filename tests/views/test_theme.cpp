#include <QAction>
#include <QApplication>
#include <QChart>
#include <cmath>

#include "models/demo/demodata.h"
#include "models/demo/demoexitpoll.h"
#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/i18n/languages.h"
#include "tests/views/viewfixture.h"
#include "views/common/messagebar.h"
#include "views/common/theme.h"
#include "views/dashboard/dashboardpage.h"
#include "views/exitpoll/exitpollcharts.h"
#include "views/mainwindow.h"
#include "views/settings/settings.h"

namespace supolka::test {

namespace {

// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &colour) {
        auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

int averageLightness(const QImage &image)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++count;
        }
    }
    return int(sum / std::max<qint64>(count, 1));
}

} // namespace

class ThemeView : public ViewTest
{
protected:
    void TearDown() override
    {
        Theme::apply(Theme::Mode::System);
        ViewTest::TearDown();
    }
};

// Every signal colour (message bars, the door, error texts, overdue cases) reads at 4.5:1 or more on its own
// background and on the window's, in the light and in the dark look.
TEST_F(ThemeView, SignalTextsReadOnTheirBackgroundsAndOnTheWindowInBothLooks)
{
    for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        Theme::apply(mode);
        EXPECT_EQ(Theme::isDark(), mode == Theme::Mode::Dark);
        const QPalette palette = QApplication::palette();
        for (const Theme::Signal signal :
             {Theme::Signal::Positive, Theme::Signal::Warning, Theme::Signal::Error, Theme::Signal::Information}) {
            const Theme::Colours colours = Theme::colours(signal);
            EXPECT_GE(contrast(colours.text, colours.background), 4.5) << Theme::name(mode).toStdString();
            EXPECT_GE(contrast(colours.text, palette.color(QPalette::Window)), 4.5) << Theme::name(mode).toStdString();
            EXPECT_GE(contrast(colours.text, palette.color(QPalette::Base)), 4.5) << Theme::name(mode).toStdString();
        }
        EXPECT_GE(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)), 7.0);
        EXPECT_GE(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)), 7.0);
    }
}

// A message bar shown in one look takes the other's colours when the look changes.
TEST_F(ThemeView, AMessageBarFollowsTheLook)
{
    Theme::apply(Theme::Mode::Light);
    MessageBar bar;
    bar.showMessage(QStringLiteral("Saved."), MessageBar::Kind::Positive);
    bar.show();
    const QColor lightText = bar.palette().color(QPalette::WindowText);
    EXPECT_EQ(lightText, Theme::colours(Theme::Signal::Positive).text);
    Theme::apply(Theme::Mode::Dark);
    QCoreApplication::processEvents();
    EXPECT_EQ(bar.palette().color(QPalette::WindowText), Theme::colours(Theme::Signal::Positive).text);
    EXPECT_NE(bar.palette().color(QPalette::WindowText), lightText);
}

// The dashboard's charts turn dark with the window (and back), while a chart made for a file stays light.
TEST_F(ThemeView, ChartsFollowTheLookOnScreenButNotOnPaper)
{
    ASSERT_TRUE(DemoData::load(m_db.get()).ok());
    Theme::apply(Theme::Mode::Light);
    DashboardPage page(m_db.get());
    page.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(page.countryChart()->theme(), QChart::ChartThemeLight);
    ASSERT_FALSE(page.countryChart()->series().isEmpty());

    Theme::apply(Theme::Mode::Dark);
    QCoreApplication::processEvents();
    EXPECT_EQ(page.countryChart()->theme(), QChart::ChartThemeDark);
    EXPECT_FALSE(page.countryChart()->series().isEmpty()) << "filled again after the change";
    EXPECT_LT(page.countryChart()->backgroundBrush().color().lightness(), 100);

    ExitPollRepository repository(m_db.get());
    const std::optional<Election> election = repository.findElection(DemoExitPoll::electionName());
    ASSERT_TRUE(election.has_value());
    const ExitPollAnalysis analysis(repository.load(election->pk));
    const QImage image = ExitPollCharts::render(ExitPollCharts::Kind::Totals, analysis, analysis.data().options.first(),
                                                QSize(600, 400));
    EXPECT_GT(averageLightness(image), 180) << "a chart for a file or paper stays light";

    Theme::apply(Theme::Mode::Light);
    QCoreApplication::processEvents();
    EXPECT_EQ(page.countryChart()->theme(), QChart::ChartThemeLight);
}

// View ▸ Look: the choice applies at once and is remembered for the next start.
TEST_F(ThemeView, TheLookChosenInTheMenuIsAppliedAndRemembered)
{
    Languages languages;
    MainWindow window(m_db.get(), languages);
    window.show();
    auto *dark = window.findChild<QAction *>(QStringLiteral("look_dark"));
    ASSERT_NE(dark, nullptr);
    EXPECT_FALSE(dark->text().isEmpty());
    dark->trigger();
    EXPECT_TRUE(Theme::isDark());
    EXPECT_EQ(settings::theme.value(), QStringLiteral("dark"));
    window.findChild<QAction *>(QStringLiteral("look_light"))->trigger();
    EXPECT_FALSE(Theme::isDark());
    EXPECT_EQ(settings::theme.value(), QStringLiteral("light"));
    EXPECT_EQ(Theme::fromName(QStringLiteral("Dark")), Theme::Mode::Dark);
    EXPECT_FALSE(Theme::fromName(QStringLiteral("purple")).has_value());
}

} // namespace supolka::test
