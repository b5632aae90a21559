#pragma once

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace supolka {

class Database;

// The aid-cases charts: open cases by need and by status (bars), and payments per month with one line per
// currency (amounts shown as money, never added up across currencies). Recomputed when shown after a change.
class CaseCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit CaseCharts(Database &database, QWidget *parent = nullptr);

    // Cases changed: recompute now when visible, else the next time the charts are shown.
    void invalidate();
    void refresh();

    QChart *needChart() const;
    QChart *statusChart() const;
    QChart *paymentsChart() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    bool m_dirty = true;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_needView = nullptr;
    QChartView *m_statusView = nullptr;
    QChartView *m_paymentsView = nullptr;
};

} // namespace supolka
