#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace supolka {

class Database;

// Charts over the chapter: members by country and new members per month, and attendance at events per month.
// Recomputed when shown after a change.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TopCountries = 10;

    explicit DashboardPage(Database &database, QWidget *parent = nullptr);

    // Members or events changed: recompute now when visible, else the next time the page is shown.
    void invalidate();
    void refresh();

    QChart *countryChart() const;
    QChart *monthChart() const;
    QChart *attendanceChart() const;

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
    QChartView *m_attendanceView = nullptr;
};

} // namespace supolka
