#pragma once

#include <QSize>
#include <QStringList>

class QWidget;

namespace supolka::test {

// Looks at a shown window the way a reader would and lists what cannot be read whole:
// - a label, button, check box or combo box narrower (or lower) than its text needs;
// - a word-wrapped label whose lines do not fit its height;
// - a tab bar whose tabs do not fit (they scroll or are elided);
// - a table header section narrower than its title;
// - a chart text (axis label or title, legend entry, value label) that Qt Charts shortened with "...", or that
//   runs out of the chart;
// - two widgets of one layout overlapping, or a widget of a layout running out of its parent;
// - a window that needs more room than `available`.
// Every tab of every tab widget is looked at in turn. Hidden widgets (other pages of a stack) are not looked at;
// widgets inside a scroll area are, for their own size only.
class LayoutCheck final
{
public:
    // The problems found in `window`, each as "where: what" (empty when everything can be read).
    static QStringList problems(QWidget *window, QSize available);
};

} // namespace supolka::test
