#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace supolka {

class Database;

// Charts over the chapter: members by country and new members per month. Recomputed when shown after a change.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TopCountries = 10;

    explicit DashboardPage(Database &database, QWidget *parent = nullptr);

    // Members changed: recompute now when visible, else the next time the page is shown.
    void invalidate();
    void refresh();

    QChart *countryChart() const;
    QChart *monthChart() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    bool m_dirty = true;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QChartView *m_countryView = nullptr;
    QChartView *m_monthView = nullptr;
};

} // namespace supolka
