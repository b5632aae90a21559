#include "tests/views/layoutcheck.h"

#include <cstdio>
#include <functional>

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTabWidget>

namespace supolka::test {

namespace {

// A pixel of rounding is not a cut.
constexpr int Slack = 1;

QString shownText(QWidget *widget)
{
    if (const auto *label = qobject_cast<QLabel *>(widget))
        return label->text();
    if (const auto *button = qobject_cast<QAbstractButton *>(widget))
        return button->text();
    if (const auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    return {};
}

// "EventsPage/registrationBar/QPushButton addGuestButton «Add guest…»": the named ancestors, the widget and its
// text, enough to find it.
QString describe(QWidget *widget)
{
    QStringList path;
    for (QWidget *up = widget->parentWidget(); up && !up->isWindow(); up = up->parentWidget()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(up->objectName());
    }
    QString self = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        self += QLatin1Char(' ') + widget->objectName();
    const QString text = shownText(widget).simplified();
    if (!text.isEmpty())
        self += QStringLiteral(" «%1»").arg(text.left(60));
    path.append(self);
    return path.join(QLatin1Char('/'));
}

bool isManagedBy(const QLayout *layout, const QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return true;
        if (item->layout() && isManagedBy(item->layout(), widget))
            return true;
    }
    return false;
}

class Checker
{
public:
    QStringList found;

    void visit(QWidget *widget)
    {
        lookAt(widget);
        const QList<QWidget *> children = widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *child : children) {
            if (child->isWindow() || !child->isVisible())
                continue;
            if (auto *tabs = qobject_cast<QTabWidget *>(child))
                visitEveryTab(tabs);
            else
                visit(child);
        }
    }

private:
    void report(QWidget *widget, const QString &what) { found.append(describe(widget) + QStringLiteral(": ") + what); }

    // Each tab is shown in turn, as a user would click through them, and the tab shown first is shown again.
    void visitEveryTab(QTabWidget *tabs)
    {
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            visit(tabs);
        }
        tabs->setCurrentIndex(shown);
        QCoreApplication::processEvents();
    }

    void lookAt(QWidget *widget)
    {
        if (auto *label = qobject_cast<QLabel *>(widget))
            lookAtLabel(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            lookAtButton(button);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            lookAtCombo(combo);
        else if (auto *tabBar = qobject_cast<QTabBar *>(widget))
            lookAtTabBar(tabBar);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            lookAtHeader(header);
        else if (auto *chart = qobject_cast<QChartView *>(widget))
            lookAtChart(chart);
        else if (qobject_cast<QAbstractSpinBox *>(widget) ||
                 (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) &&
                  !qobject_cast<QComboBox *>(widget->parentWidget()))) // those place their own line edit
            lookAtField(widget);
        if (widget->layout())
            lookAtLayout(widget);
    }

    void lookAtLabel(QLabel *label)
    {
        if (label->text().isEmpty())
            return;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + Slack)
                report(label,
                       QStringLiteral("its lines need %1 px of height, it has %2").arg(needed).arg(label->height()));
            return;
        }
        const QSize needed = label->sizeHint();
        if (needed.width() > label->width() + Slack || needed.height() > label->height() + Slack)
            report(label, QStringLiteral("needs %1x%2, has %3x%4")
                              .arg(needed.width())
                              .arg(needed.height())
                              .arg(label->width())
                              .arg(label->height()));
    }

    void lookAtButton(QAbstractButton *button)
    {
        if (button->text().isEmpty())
            return;
        const QSize needed = button->sizeHint();
        if (needed.width() > button->width() + Slack || needed.height() > button->height() + Slack)
            report(button, QStringLiteral("needs %1x%2, has %3x%4")
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(button->width())
                               .arg(button->height()));
    }

    // The chosen entry must be readable whole; longer entries are read in the open list.
    void lookAtCombo(QComboBox *combo)
    {
        if (combo->isEditable() && combo->lineEdit()) {
            // The name written in the field is read whole, not scrolled.
            const QLineEdit *edit = combo->lineEdit();
            const int needed = edit->fontMetrics().horizontalAdvance(edit->text()) + 2 * 2 + 2; // the edit's margins
            if (needed > edit->width() + Slack)
                report(combo, QStringLiteral("its text needs %1 px, the field has %2").arg(needed).arg(edit->width()));
            return lookAtField(combo);
        }
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        const QRect field =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (!combo->itemIcon(combo->currentIndex()).isNull())
            needed += combo->iconSize().width() + 4;
        if (needed > field.width() + Slack)
            report(combo, QStringLiteral("its text needs %1 px, the field has %2").arg(needed).arg(field.width()));
    }

    void lookAtField(QWidget *field)
    {
        // A hint shown in an empty field (what to type) is read whole too.
        if (const auto *edit = qobject_cast<QLineEdit *>(field);
            edit && edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
            const QStyleOptionFrame option = [edit] {
                QStyleOptionFrame frame;
                frame.initFrom(edit);
                frame.rect = edit->rect();
                frame.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
                return frame;
            }();
            QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
            room = room.marginsRemoved(edit->textMargins());
            int actions = 0; // icons in the field (a search glass, a clear button) take room of their own
            for (const QAction *action : edit->actions())
                actions += action->isVisible() ? edit->height() : 0;
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 4;
            if (needed > room.width() - actions + Slack)
                report(field, QStringLiteral("its hint «%1» needs %2 px, the field has %3")
                                  .arg(edit->placeholderText())
                                  .arg(needed)
                                  .arg(room.width() - actions));
        }
        const QSize needed = field->minimumSizeHint();
        if (needed.width() > field->width() + Slack || needed.height() > field->height() + Slack)
            report(field, QStringLiteral("squeezed below its minimum %1x%2 to %3x%4")
                              .arg(needed.width())
                              .arg(needed.height())
                              .arg(field->width())
                              .arg(field->height()));
    }

    void lookAtTabBar(QTabBar *bar)
    {
        const bool horizontal = bar->shape() == QTabBar::RoundedNorth || bar->shape() == QTabBar::RoundedSouth ||
                                bar->shape() == QTabBar::TriangularNorth || bar->shape() == QTabBar::TriangularSouth;
        // The bar's size hint lays every tab out at its natural size, one after the other.
        const int needed = horizontal ? bar->sizeHint().width() : bar->sizeHint().height();
        const int has = horizontal ? bar->width() : bar->height();
        if (needed > has + Slack)
            report(bar, QStringLiteral("its tabs need %1 px, it has %2").arg(needed).arg(has));
    }

    void lookAtHeader(QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString title = header->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
            if (title.isEmpty())
                continue;
            QFont font = header->font();
            font.setBold(true); // the title of the sorted column may be bold
            const QFontMetrics metrics(font);
            int needed = 0;
            for (const QString &line : title.split(QLatin1Char('\n')))
                needed = qMax(needed, metrics.horizontalAdvance(line));
            needed += 2 * margin;
            if (needed > header->sectionSize(section) + Slack)
                found.append(describe(header) + QStringLiteral(": the title «%1» needs %2 px, the column has %3")
                                                    .arg(title.simplified())
                                                    .arg(needed)
                                                    .arg(header->sectionSize(section)));
        }
    }

    // Qt Charts shortens what does not fit with an ellipsis; rotated or placed texts may also run out of the view.
    void lookAtChart(QChartView *view)
    {
        if (!view->scene())
            return;
        const QRectF visible =
            view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-Slack, -Slack, Slack, Slack);
        const QList<QGraphicsItem *> items = view->scene()->items();
        for (const QGraphicsItem *item : items) {
            if (!item->isVisible())
                continue;
            QString text;
            if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
                text = rich->toPlainText();
            else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            else
                continue;
            if (text.trimmed().isEmpty())
                continue;
            if (text.contains(QLatin1String("...")) || text.contains(QChar(0x2026)))
                found.append(describe(view) + QStringLiteral(": the chart shortens «%1»").arg(text.simplified()));
            else if (!visible.contains(item->sceneBoundingRect()))
                found.append(describe(view) +
                             QStringLiteral(": the chart text «%1» runs out of the chart").arg(text.simplified()));
        }
    }

    // Widgets that share a layout must not lie on each other, nor out of their parent.
    void lookAtLayout(QWidget *parent)
    {
        if (qobject_cast<QAbstractScrollArea *>(parent))
            return; // its scroll bars and viewport are placed by itself
        QList<QWidget *> laidOut;
        const QList<QWidget *> children = parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *child : children) {
            if (!child->isWindow() && child->isVisible() && isManagedBy(parent->layout(), child))
                laidOut.append(child);
        }
        const QRect inside = parent->rect().adjusted(-Slack, -Slack, Slack, Slack);
        for (qsizetype i = 0; i < laidOut.size(); ++i) {
            const QRect a = laidOut.at(i)->geometry();
            if (!inside.contains(a))
                report(laidOut.at(i), QStringLiteral("runs out of its parent (%1,%2 %3x%4 in %5x%6)")
                                          .arg(a.x())
                                          .arg(a.y())
                                          .arg(a.width())
                                          .arg(a.height())
                                          .arg(parent->width())
                                          .arg(parent->height()));
            for (qsizetype j = i + 1; j < laidOut.size(); ++j) {
                const QRect overlap = a.intersected(laidOut.at(j)->geometry());
                if (overlap.width() > Slack && overlap.height() > Slack)
                    report(laidOut.at(i), QStringLiteral("overlaps %1").arg(describe(laidOut.at(j))));
            }
        }
    }
};

} // namespace

QStringList LayoutCheck::problems(QWidget *window, QSize available)
{
    if (qEnvironmentVariableIsSet("SUPOLKA_LAYOUT_TREE")) {
        std::function<void(QWidget *, int)> dump = [&dump](QWidget *w, int depth) {
            if (!w->isVisible())
                return;
            fprintf(stderr, "%*s%s %s min %dx%d has %dx%d\n", depth * 2, "", w->metaObject()->className(),
                    qPrintable(w->objectName()), w->minimumSizeHint().width(), w->minimumSizeHint().height(),
                    w->width(), w->height());
            for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                dump(child, depth + 1);
        };
        dump(window, 0);
    }
    Checker checker;
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (needed.width() > available.width() || needed.height() > available.height())
        checker.found.append(QStringLiteral("%1: needs at least %2x%3, the screen has %4x%5")
                                 .arg(describe(window))
                                 .arg(needed.width())
                                 .arg(needed.height())
                                 .arg(available.width())
                                 .arg(available.height()));
    if (window->width() > available.width() || window->height() > available.height())
        checker.found.append(QStringLiteral("%1: is %2x%3, larger than the screen's %4x%5")
                                 .arg(describe(window))
                                 .arg(window->width())
                                 .arg(window->height())
                                 .arg(available.width())
                                 .arg(available.height()));
    checker.visit(window);
    checker.found.removeDuplicates();
    return checker.found;
}

} // namespace supolka::test
